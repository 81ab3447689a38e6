"""`python -m dpo_workbench.cli`, as it worked when the command line was one module."""

from dpo_workbench.cli import main

raise SystemExit(main())
