"""Team mode in the window: connecting to a team database, signing in, the team's users, switching."""
