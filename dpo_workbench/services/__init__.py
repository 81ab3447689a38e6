"""Parts of the application service (`Workbench`), one mixin per area, kept in their own modules."""
