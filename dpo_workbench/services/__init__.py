"""Areas of the application service, mixed into `Workbench` (one module per area)."""
