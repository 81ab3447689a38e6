"""The people of a team database and the team key they share (`wb.users`).

Adding a user wraps the team key ring for their new key pair: nobody's password is shared (the new
user's first passphrase is given once and changed by them with `change_passphrase`). Removing a user
deletes their wrap and their keys, and disables the row (the journal and the case files keep naming
who did what). Rotating the team key makes a new key, seals every personal value and every blind-index
token again under it, re-wraps the vault's data keys, and wraps the new ring for each remaining user
only: what a removed user copied before stops opening anything written after.

The roles are kept here (`dpo`, `deputy`, `contributor`, `reader`); what each may do is the table of
`core.roles`, enforced by the services that act (`services.policy`). Two rules are the register's own: nobody removes
themselves, and the last `dpo` stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from dpo_workbench.core.text import fold
from dpo_workbench.errors import TeamError, WrongPassphrase
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import key_aad
from dpo_workbench.services.mail import rewrap_mail_passwords
from dpo_workbench.services.policy import requires
from dpo_workbench.services.requests import search_key
from dpo_workbench.store.models import AppUser, Base, Breach, Document, Request, RequestSearch, TeamKey
from dpo_workbench.store.types import Personal
from dpo_workbench.team import (
    TeamFolder,
    check_login,
    check_role,
    forget_in_keyring,
    keep_in_keyring,
    new_user_row,
)
from dpo_workbench.vault import crypto
from dpo_workbench.vault.keystore import MasterKeys, ScryptParams, check_new_passphrase
from dpo_workbench.vault.teamkeys import open_private_key, protect_private_key, wrap_ring

BATCH = 2000


@dataclass(frozen=True)
class UserInfo:
    login: str
    display_name: str
    role: str
    created_at: datetime
    created_by: str
    disabled_at: datetime | None
    disabled_by: str
    is_you: bool = False

    @property
    def active(self) -> bool:
        return self.disabled_at is None

    def as_dict(self) -> dict[str, Any]:
        return {"login": self.login, "display_name": self.display_name, "role": self.role,
                "created_at": self.created_at.isoformat(), "created_by": self.created_by,
                "active": self.active, "disabled_at": self.disabled_at.isoformat() if self.disabled_at else None,
                "disabled_by": self.disabled_by or None}


@dataclass(frozen=True)
class Rotation:
    """What a rotation of the team key did (counts only)."""

    new_key_id: str
    values: int  # personal values sealed again
    rows: int  # rows whose blind-index tokens were computed again
    documents: int  # data keys of the vault wrapped again
    users: int  # users the new ring was wrapped for


def _info(u: AppUser, me: str) -> UserInfo:
    return UserInfo(login=u.login, display_name=u.display_name, role=u.role, created_at=u.created_at,
                    created_by=u.created_by, disabled_at=u.disabled_at, disabled_by=u.disabled_by,
                    is_you=u.login == me)


def personal_columns(table: Table) -> list[str]:
    """The sealed columns of a table (whatever module declared it: `Personal` is what counts)."""
    return [c.name for c in table.columns if isinstance(c.type, Personal)]


class UserService:
    """Users of a team database and its key (refused, saying so, on a one-seat data folder)."""

    def __init__(self, ctx: Context, scrypt: ScryptParams | None = None) -> None:
        self.ctx = ctx
        self.scrypt = scrypt  # tests may make the key derivation cheaper; None is the production cost

    def _team(self, what: str) -> TeamFolder:
        folder = self.ctx.folder
        if not isinstance(folder, TeamFolder):
            raise TeamError("team.only", what=what)
        return folder

    @property
    def in_team(self) -> bool:
        return isinstance(self.ctx.folder, TeamFolder)

    # -- who -------------------------------------------------------------------------------------

    def all(self) -> list[UserInfo]:
        """Every user, active ones first (by login), then the removed ones."""
        folder = self._team("list users")
        with self.ctx.db.reading() as s:
            users = s.execute(select(AppUser).order_by(AppUser.disabled_at.is_not(None), AppUser.login)).scalars()
            return [_info(u, folder.login) for u in users]

    def me(self) -> UserInfo:
        folder = self._team("show the signed-in user")
        with self.ctx.db.reading() as s:
            return _info(self._load(s, folder.login), folder.login)

    @staticmethod
    def _load(s: Session, login: str) -> AppUser:
        user = s.execute(select(AppUser).where(AppUser.login == login)).scalar_one_or_none()
        if user is None:
            raise TeamError("team.no-such-user", login=login)
        return user

    # -- adding and removing ------------------------------------------------------------------------

    @requires("users.manage")
    def add(self, login: str, role: str, passphrase: str, display_name: str = "") -> UserInfo:
        """A new user with `role`, whose first passphrase is `passphrase` (they change it themselves)."""
        folder = self._team("add a user")
        login, role = check_login(login), check_role(role)
        check_new_passphrase(passphrase)
        display_name = " ".join(display_name.split())
        if len(display_name) > 200:
            raise TeamError("team.name-too-long", limit=200)
        now = self.ctx.now()
        values, _pair = new_user_row(login, role, passphrase, folder.unlocked_keys, display_name=display_name,
                                     created_by=folder.login, now=now, scrypt=self.scrypt)
        with self.ctx.db.transaction() as s:
            existing = s.execute(select(AppUser).where(AppUser.login == login)).scalar_one_or_none()
            if existing is not None:
                code = "team.user-exists" if existing.disabled_at is None else "team.user-exists-removed"
                raise TeamError(code, login=login)
            user = AppUser(**values)
            s.add(user)
            s.flush()
            self.ctx.journal(s, "user.add", "user", login, role=role)
            return _info(user, folder.login)

    @requires("users.manage")
    def remove(self, login: str) -> UserInfo:
        """Delete a user's keys and disable them. Their wrap of the team key is gone from the database; rotate
        the team key (`rotate_team_key`) if they may have kept a copy of what they could open."""
        folder = self._team("remove a user")
        login = check_login(login)
        if login == folder.login:
            raise TeamError("team.remove-self")
        with self.ctx.db.transaction() as s:
            user = self._load(s, login)
            if user.disabled_at is not None:
                raise TeamError("team.user-removed", login=login)
            if user.role == "dpo":
                dpos = s.execute(select(func.count()).where(AppUser.role == "dpo", AppUser.disabled_at.is_(None))
                                 ).scalar_one()
                if dpos <= 1:
                    raise TeamError("team.last-dpo", login=login)
            user.disabled_at, user.disabled_by = self.ctx.now(), folder.login
            user.public_key = user.private_key = user.team_keys = user.team_key_id = None
            self.ctx.journal(s, "user.remove", "user", login, role=user.role)
            s.flush()
            return _info(user, folder.login)

    @requires("users.manage")
    def set_role(self, login: str, role: str) -> UserInfo:
        """Give a user another role (effective at their next act: the services read the role each time)."""
        folder = self._team("change a user's role")
        login, role = check_login(login), check_role(role)
        if login == folder.login:
            raise TeamError("team.own-role")
        with self.ctx.db.transaction() as s:
            user = self._load(s, login)
            if user.disabled_at is not None:
                raise TeamError("team.user-removed", login=login)
            if user.role == role:
                raise TeamError("team.same-role", login=login, role=role)
            if user.role == "dpo":
                dpos = s.execute(select(func.count()).where(AppUser.role == "dpo", AppUser.disabled_at.is_(None))
                                 ).scalar_one()
                if dpos <= 1:
                    raise TeamError("team.last-dpo", login=login)
            before, user.role = user.role, role
            self.ctx.journal(s, "user.role", "user", login, role=role, before=before)
            s.flush()
            return _info(user, folder.login)

    # -- the signed-in user's own key ---------------------------------------------------------------

    def change_passphrase(self, new: str, current: str | None = None) -> None:
        """The signed-in user's private key under a new passphrase (the team key does not change). With
        `current` (the window asks it), nothing changes unless it opens the user's stored key."""
        folder = self._team("change a user's passphrase")
        assert folder.pair is not None
        check_new_passphrase(new)
        if current is not None:
            self.check_passphrase(current)
        protected = protect_private_key(folder.pair, new, folder.login,
                                        **({"scrypt": self.scrypt} if self.scrypt else {}))
        with self.ctx.db.transaction() as s:
            self._load(s, folder.login).private_key = protected
            self.ctx.journal(s, "user.passphrase", "user", folder.login)

    def check_passphrase(self, passphrase: str) -> None:
        """WrongPassphrase unless `passphrase` opens the signed-in user's stored key."""
        folder = self._team("check a user's passphrase")
        with self.ctx.db.reading() as s:
            stored = self._load(s, folder.login).private_key
        if stored is None:
            raise TeamError("team.user-removed", login=folder.login)
        try:
            open_private_key(stored, passphrase, folder.login)
        except WrongPassphrase:
            raise WrongPassphrase("team.wrong-passphrase") from None

    def keep_key_in_keyring(self) -> None:
        """Keep the signed-in user's private key in this computer's keyring: no passphrase to type here."""
        folder = self._team("keep a user's key in the keyring")
        assert folder.pair is not None
        keep_in_keyring(folder.team_id, folder.login, folder.pair)
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "user.keyring-save", "user", folder.login)

    def forget_key_in_keyring(self) -> bool:
        folder = self._team("forget a user's key in the keyring")
        removed = forget_in_keyring(folder.team_id, folder.login)
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "user.keyring-forget", "user", folder.login, removed=removed)
        return removed

    # -- rotating the team key ----------------------------------------------------------------------

    @requires("users.manage")
    def rotate_team_key(self, progress: Callable[[str, int], None] | None = None) -> Rotation:
        """A new team key: every personal value and blind-index token again, the vault's data keys re-wrapped,
        the new ring wrapped for each active user. One transaction, other writers waiting: all or nothing."""
        folder = self._team("rotate the team key")
        sealer = folder.sealer
        old = folder.unlocked_keys
        both, new_id = old.with_new_key()
        final = MasterKeys(current=new_id, keys={new_id: both.get(new_id)})
        sealer.replace(both)  # opens what the old key sealed, seals with the new one
        try:
            with self.ctx.db.transaction(rotation=True) as s:
                current = s.execute(select(TeamKey.current_key_id).where(TeamKey.id == 1)).scalar_one()
                if current != old.current:
                    raise TeamError("team.rotated-meanwhile")
                values = self._reseal(s, progress)
                rows = self._reindex(s, progress)
                documents = self._rewrap_documents(s, both)
                rewrap_mail_passwords(s, both)
                users = 0
                for user in s.execute(select(AppUser).where(AppUser.disabled_at.is_(None),
                                                            AppUser.public_key.is_not(None))).scalars():
                    assert user.public_key is not None
                    user.team_keys = wrap_ring(final, user.public_key, user.login)
                    user.team_key_id = new_id
                    users += 1
                team = s.get(TeamKey, 1)
                assert team is not None
                team.current_key_id, team.rotated_at = new_id, self.ctx.now()
                self.ctx.journal(s, "team.rotate-key", "team", folder.team_id, key=new_id, previous=old.current,
                                 values=values, rows=rows, documents=documents, users=users)
        except BaseException:
            sealer.replace(old)
            raise
        sealer.replace(final)
        return Rotation(new_id, values, rows, documents, users)

    @staticmethod
    def _chunks(s: Session, table: Any) -> list[list[Any]]:
        [key] = table.primary_key.columns
        ids = list(s.execute(select(key).order_by(key)).scalars())
        return [ids[i:i + BATCH] for i in range(0, len(ids), BATCH)]

    def _reseal(self, s: Session, progress: Callable[[str, int], None] | None) -> int:
        count = 0
        for table in Base.metadata.sorted_tables:
            names = personal_columns(table)
            if not names:
                continue
            [key] = table.primary_key.columns
            statement = update(table).where(key == bindparam("row_key"))
            for chunk in self._chunks(s, table):
                rows = s.execute(select(key, *(table.c[n] for n in names)).where(key.in_(chunk))).all()
                s.execute(statement, [{"row_key": r[0], **dict(zip(names, r[1:], strict=True))} for r in rows])
                count += len(rows) * len(names)
                if progress:
                    progress(table.name, count)
        return count

    def _reindex(self, s: Session, progress: Callable[[str, int], None] | None) -> int:
        """The blind-index tokens, from the opened values, under the new key."""
        count = 0
        requests: Any = Request.__table__
        search: Any = RequestSearch.__table__
        for chunk in self._chunks(s, requests):
            rows = s.execute(select(Request.id, Request.reference, Request.requester_name, Request.requester_email)
                             .where(Request.id.in_(chunk))).all()
            s.execute(update(requests).where(requests.c.id == bindparam("row_key")),
                      [{"row_key": r.id, "name_key": fold(r.requester_name), "email_key": fold(r.requester_email)}
                       for r in rows])
            s.execute(update(search).where(search.c.request_id == bindparam("row_key")),
                      [{"row_key": r.id, "key": search_key(r.requester_name, r.requester_email, r.reference)}
                       for r in rows])
            count += len(rows)
            if progress:
                progress("request_search", count)
        breaches: Any = Breach.__table__
        for chunk in self._chunks(s, breaches):
            found = s.execute(select(Breach.id, Breach.reference, Breach.summary).where(Breach.id.in_(chunk))).all()
            s.execute(update(breaches).where(breaches.c.id == bindparam("row_key")),
                      [{"row_key": b.id, "search_key": fold(f"{b.reference} {b.summary}")} for b in found])
            count += len(found)
        return count

    @staticmethod
    def _rewrap_documents(s: Session, keys: MasterKeys) -> int:
        count = 0
        rows = s.execute(select(Document.id, Document.key_id, Document.wrapped_key).where(
            Document.wrapped_key.is_not(None), Document.key_id != keys.current)).all()
        for doc_id, key_id, wrapped in rows:
            assert key_id is not None and wrapped is not None  # selected for having a key
            data_key = crypto.unwrap_key(keys.get(key_id), wrapped, aad=key_aad(doc_id))
            s.execute(update(Document).where(Document.id == doc_id).values(
                wrapped_key=crypto.wrap_key(keys.current_key, data_key, aad=key_aad(doc_id)), key_id=keys.current))
            count += 1
        return count

