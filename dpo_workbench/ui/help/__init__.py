"""Help: the user guide (the README and the docs shipped with the application) and the keyboard shortcuts."""
