"""Entry point of the frozen application: the same `main` as the `dpo-workbench` console script."""

from dpo_workbench.cli import main

raise SystemExit(main())
