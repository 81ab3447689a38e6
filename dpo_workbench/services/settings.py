"""The settings every part of the application reads (declared once in `dpo_workbench.settings`)."""

from __future__ import annotations

import json
from typing import Any

from dpo_workbench.errors import InputError
from dpo_workbench.services.context import Context
from dpo_workbench.services.policy import permit
from dpo_workbench.settings import OPTIONS, PER_USER, SettingsValues, user_key
from dpo_workbench.store.db import take_turns
from dpo_workbench.store.models import Setting


class SettingsService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def values(self) -> SettingsValues:
        return self.ctx.settings()

    def set(self, name: str, value: Any) -> Any:
        """Check and keep a setting; returns the value as stored (e.g. "30" becomes 30).

        In a team database a setting is the team's (a dpo or deputy changes it), except the PER_USER ones:
        each user keeps their own (the interface's language), whatever their role."""
        if name not in OPTIONS:
            raise InputError(name, "setting.unknown", name=repr(name), known=", ".join(OPTIONS))
        login = self.ctx.team_login
        key = user_key(name, login) if login is not None and name in PER_USER else name
        if key == name:
            permit(self.ctx, "settings.change")
        value = OPTIONS[name].check(value)
        with self.ctx.db.transaction() as s:
            take_turns(s, f"setting {key}")
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            # the setting's name, not its value: a user name is personal data
            self.ctx.journal(s, "settings.change", "setting", name)
        self.ctx.forget_actor()
        return value
