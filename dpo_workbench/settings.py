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
        # -- the casework the register drives (issue 14) --------------------------------------------------------
        Option("task_lead_days", int, 10, "Departments answer before the request's due date (days)",
               minimum=0, maximum=30,
               help="the due date given to a department asked for the data: this many calendar days before the "
                    "request's own due date (the previous working day), to leave time to write the answer; never "
                    "after the request's due date, and moved with it"),
        Option("retention_requests_years", int, 5, "Keep closed requests (years after closing)",
               minimum=1, maximum=30,
               help="5 years: the requests file proves how each right was answered, and a claim about it can be "
                    "brought for 5 years (limitation period of art. 2224 Code civil); the customer-data policy "
                    "(§ 9) keeps such proof in intermediate archive no longer than needed, then deletes or "
                    "anonymises it for statistics. Past it, the request is anonymised: reference, dates, rights, "
                    "channel and outcome stay for the figures"),
        Option("retention_breaches_years", int, 5, "Keep closed breach records (years after closing)",
               minimum=1, maximum=30,
               help="5 years: the register documents each breach so the CNIL can check compliance (Art. 33(5)), "
                    "and the people affected may claim damages (Art. 82) for 5 years (art. 2224 Code civil). Past "
                    "it, the free texts (circumstances, consequences, contacts) are removed; dates, nature, "
                    "categories, counts, severity and notifications stay in the register"),
        Option("retention_messages_years", int, 1, "Keep the e-mails of closed requests (years after closing)",
               minimum=1, maximum=30,
               help="1 year: the request's record keeps when and how it arrived and what was asked; the e-mail as "
                    "received (its full text, attachments, the addresses in copy) is kept for the follow-ups and "
                    "complaints of the year after the answer; set it to the requests' period to keep it as long"),
        Option("retention_journal_years", int, 6, "Keep journal entries (years)",
               minimum=1, maximum=30,
               help="journal entries prove what was done with the records: they are kept as long as those records "
                    "(6 years covers a request's life and its 5 years after closing), and an entry that still "
                    "proves a request or a breach whose personal data are kept is never purged, nor any after it"),
    ]
}


@dataclass
class SettingsValues:
    values: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        if name not in OPTIONS:
            raise KeyError(f"unknown setting {name!r}")
        return self.values.get(name, OPTIONS[name].default)


# In a team database the settings are the team's, except these: each user's own (the interface's language).
PER_USER = frozenset({"language"})


def user_key(name: str, login: str) -> str:
    """The `setting` row of a user's own value of a PER_USER option (a key of at most 64 characters)."""
    key = f"{name}@{login}"
    if len(key) <= 64:
        return key
    import hashlib

    return f"{name}@#{hashlib.sha256(login.encode()).hexdigest()[:40]}"

