"""The journal: verify its hash chain."""

from __future__ import annotations

from dpo_workbench.audit import journal
from dpo_workbench.services.context import Context
from dpo_workbench.services.policy import requires


class AuditService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @requires("journal.verify")
    def verify(self) -> journal.Verification:
        with self.ctx.db.reading() as s:
            return journal.verify(s)
