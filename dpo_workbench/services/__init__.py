"""Parts of the workbench API, one module per area, mixed into `Workbench`."""
