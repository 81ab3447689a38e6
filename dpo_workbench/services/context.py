"""What every service shares: the database, the data folder, the clock, who acts, the journal.

One `Context` per open data folder. The services receive it and never reach
into each other's private state; what one service needs of another is a
public method, passed in when the workbench composes them.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_workbench.audit import journal
from dpo_workbench.core.clock import Clock, local_today
from dpo_workbench.datafolder import DataFolder
from dpo_workbench.settings import OPTIONS, PER_USER, SettingsValues, user_key
from dpo_workbench.store.db import Database
from dpo_workbench.store.models import Event, Request, Setting

VIEW_SESSION = timedelta(minutes=15)  # a view shown again within this time is the same viewing (journaled once)


@dataclass
class Context:
    """One data folder, one database, one clock, one person at the keyboard."""

    folder: DataFolder
    db: Database
    clock: Clock
    given_actor: str | None = None
    _settings_actor: str | None = field(default=None, repr=False)
    _views_journaled: dict[tuple, datetime] = field(default_factory=dict, repr=False)
    _my_id: int | None = field(default=None, repr=False)

    # -- who and when ---------------------------------------------------------------------------

    @property
    def actor(self) -> str:
        """Who is at the keyboard: given at opening, else the `user_name` setting, else the system account."""
        if self.given_actor:
            return self.given_actor
        if self._settings_actor is None:
            self._settings_actor = self.settings()["user_name"] or getpass.getuser()
        return self._settings_actor

    @property
    def team_login(self) -> str | None:
        """The signed-in user of a team database; None on a one-person data folder (no roles there)."""
        from dpo_workbench.team import TeamFolder

        return self.folder.login if isinstance(self.folder, TeamFolder) else None

    def user_id(self, session: Session, login: str | None = None) -> int | None:
        """The id of a user of the team database (the signed-in one by default); None on one seat or unknown."""
        login = login or self.team_login
        if login is None:
            return None
        from dpo_workbench.store.models import AppUser

        return session.execute(select(AppUser.id).where(AppUser.login == login)).scalar_one_or_none()

    def my_user_id(self) -> int | None:
        """The signed-in user's id in a team database (kept: a user's id never changes); None on one seat."""
        if self.team_login is None:
            return None
        if self._my_id is None:
            with self.db.reading() as s:
                self._my_id = self.user_id(s)
        return self._my_id

    def forget_actor(self) -> None:
        """The `user_name` setting changed: read it again next time."""
        self._settings_actor = None

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return local_today(self.clock)

    def settings(self) -> SettingsValues:
        with self.db.reading() as s:
            rows = {r.key: r.value for r in s.execute(select(Setting)).scalars().all()}
        values = {key: json.loads(value) for key, value in rows.items() if key in OPTIONS}
        login = self.team_login
        if login is not None:  # in a team, a user's own language (else the team's)
            for name in PER_USER:
                if user_key(name, login) in rows:
                    values[name] = json.loads(rows[user_key(name, login)])
        return SettingsValues(values)

    # -- the journal and the timelines ----------------------------------------------------------

    def journal(self, session: Session, action: str, object_type: str, object_id: str, **details: Any) -> int:
        """An entry of the hash-chained journal, in the caller's transaction (never personal data); its number."""
        return journal.append(session, at=self.now(), actor=self.actor, action=action,
                              object_type=object_type, object_id=object_id, details=details).id

    def journal_view(self, session: Session, action: str, object_type: str, object_id: str,
                     **details: Any) -> None:
        """Journal a view, once per viewing: the same thing shown again to the same person within
        VIEW_SESSION (a preview redrawn while the DPO types, a record shown again after a save) is
        the same viewing, already in the journal."""
        key = (action, object_type, object_id, tuple(sorted(details.items())), self.actor)
        now = self.now()
        last = self._views_journaled.get(key)
        if last is not None and timedelta(0) <= now - last <= VIEW_SESSION:
            return
        self.journal(session, action, object_type, object_id, **details)
        self._views_journaled[key] = now

    def timeline(self, session: Session, req: Request, event: str, on: date, **detail: Any) -> None:
        """A line of the request's timeline, in the caller's transaction."""
        session.add(Event(request_id=req.id, at=self.now(), on=on, actor=self.actor, kind=event,
                          detail=json.dumps(detail, ensure_ascii=False)))
