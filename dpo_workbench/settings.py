"""Settings declared once: name, type, default, label, and how to check a value.

Values live in the database (`setting` table) so the GUI and the command
line see the same ones. The UI builds its settings form from `OPTIONS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dpo_workbench.errors import InputError


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    label: str  # English source text; the UI translates it
    choices: tuple = ()
    minimum: int | None = None
    maximum: int | None = None
    help: str = ""

    def check(self, value: Any) -> Any:
        """Return the value in its type, or raise InputError saying what is allowed."""
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                raise InputError(self.name, "setting.not-whole-number", label=self.label)
            try:
                value = int(value)
            except ValueError:
                raise InputError(self.name, "setting.not-whole-number-value", label=self.label,
                                 value=repr(value)) from None
            if self.minimum is not None and value < self.minimum:
                raise InputError(self.name, "setting.too-small", label=self.label, minimum=self.minimum)
            if self.maximum is not None and value > self.maximum:
                raise InputError(self.name, "setting.too-large", label=self.label, maximum=self.maximum)
            return value
        value = str(value)
        if self.choices and value not in self.choices:
            raise InputError(self.name, "setting.not-a-choice", label=self.label, choices=", ".join(self.choices))
        return value


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in [
        Option("language", str, "auto", "Language", choices=("auto", "fr", "en"),
               help="auto follows the system language"),
        Option("user_name", str, "", "Your name (recorded in the journal and timelines)",
               help="empty: the operating-system user name"),
        Option("repeat_window_months", int, 12, "Warn of a repeated request within (months)",
               minimum=1, maximum=60),
        Option("id_copy_grace_days", int, 0, "Keep ID copies after verification (days)",
               minimum=0, maximum=30, help="0 destroys the copy as soon as identity is verified"),
        Option("backup_folder", str, "", "Backup folder",
               help="empty: backups/ in the data folder; another disk or a network drive keeps them safer"),
        Option("mail_poll_minutes", int, 0, "Fetch mail every (minutes)", minimum=0, maximum=1440,
               help="0: only when asked (Fetch mail); the mail accounts are set up in Intake > Mail accounts"),
    ]
}


@dataclass
class SettingsValues:
    values: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        if name not in OPTIONS:
            raise KeyError(f"unknown setting {name!r}")
        return self.values.get(name, OPTIONS[name].default)
