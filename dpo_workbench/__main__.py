from dpo_workbench.cli import main

raise SystemExit(main())
