"""The application's services, one per area, composed by `dpo_workbench.workbench.Workbench`.

Each receives the shared `context.Context` (database, data folder, clock, acting user,
journal, timeline) and the other services it needs; none reaches into another's state.
"""
