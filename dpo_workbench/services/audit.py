"""The journal: verify its hash chain."""

from __future__ import annotations

from dpo_workbench.audit import journal
from dpo_workbench.services.context import Context


class AuditService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def verify(self) -> journal.Verification:
        with self.ctx.db.reading() as s:
            return journal.verify(s)
