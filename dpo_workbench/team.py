"""Opening a team database (PostgreSQL): connect, check its schema, sign a user in, unlock the team key.

The counterpart of `datafolder` for team mode. A team database holds everything (scans included) and
nothing personal in clear: the personal columns are sealed with the team key (`store.sealing`), which
each user unlocks with their own passphrase, or with their own computer's keyring
(`vault.teamkeys`). What is opened is a `TeamFolder`: the `DataFolder` the services know, whose keys are
the team key ring and whose vault is a table of the database. The local data folder only keeps what is
the user's own (letter templates, logs); nothing personal is written there.

Every way this can fail is one `TeamError` naming what to do: a URL that is not a PostgreSQL one, a
server that does not answer or refuses the password, a database without the schema, with an older or
a newer one, a login that is not a user of it, a wrong passphrase.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import keyring
import keyring.errors
from sqlalchemy import delete, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from dpo_workbench.audit import journal
from dpo_workbench.datafolder import DataFolder
from dpo_workbench.errors import PassphraseRequired, TeamError, WrongPassphrase
from dpo_workbench.store.db import HEAD_REVISION, Database, check_url
from dpo_workbench.store.models import ROLES, AppUser, TeamKey, VaultBlob
from dpo_workbench.store.sealing import Sealer
from dpo_workbench.vault.blobs import BlobStore
from dpo_workbench.vault.keystore import (
    SERVICE_NAME,
    KeyStore,
    MasterKeys,
    ScryptParams,
    is_safe_backend,
    passphrase_from_env,
)
from dpo_workbench.vault.teamkeys import (
    UserKeyPair,
    new_key_pair,
    open_private_key,
    protect_private_key,
    unwrap_ring,
    wrap_ring,
)

DATABASE_URL_ENV = "DPO_WORKBENCH_DATABASE_URL"
USER_ENV = "DPO_WORKBENCH_USER"
LOGIN_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


def database_url_from_env() -> str | None:
    return os.environ.get(DATABASE_URL_ENV) or None


def login_from_env() -> str | None:
    return os.environ.get(USER_ENV) or None


def check_login(login: str) -> str:
    """A login: lower-case letters, digits, '.', '_', '-', at most 64 characters."""
    cleaned = (login or "").strip()
    if not LOGIN_PATTERN.fullmatch(cleaned):
        raise TeamError("team.login-invalid", login=repr(login))
    return cleaned


def check_role(role: str) -> str:
    if role not in ROLES:
        raise TeamError("team.role-unknown", role=repr(role), roles=", ".join(ROLES))
    return role


def server_name(url: str) -> str:
    """The server and database of a URL, without the password (for messages)."""
    parsed = make_url(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


# -- connecting ------------------------------------------------------------------------------------


def connection_problem(exc: DBAPIError, url: str) -> TeamError:
    """What went wrong reaching the server, as one message naming what to do."""
    text = str(getattr(exc, "orig", exc) or exc)
    where = server_name(url)
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return TeamError("team.server-password", server=where, user=make_url(url).username or "")
    if "does not exist" in lowered and "database" in lowered:
        return TeamError("team.no-database", server=where)
    if "pg_hba.conf" in lowered or "ssl" in lowered or "certificate" in lowered:
        reason = text.strip().splitlines()[0][:200] if text.strip() else "refused"
        return TeamError("team.server-refused", server=where, reason=reason)
    return TeamError("team.server-unreachable", server=where)


def connect(url: str) -> Database:
    """A database for a checked PostgreSQL URL, once the server answered."""
    url = check_url(url)
    if not url.startswith("postgresql"):
        raise TeamError("team.url-scheme", scheme=make_url(url).get_backend_name())
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        db.dispose()
        raise connection_problem(exc, url) from None
    return db


def schema_problem(db: Database) -> TeamError | None:
    """None when the schema is this version's; else what to do (initialise, upgrade, or a newer program)."""
    revision = db.current_revision()
    if revision == HEAD_REVISION:
        return None
    where = server_name(db.url)
    if revision is None:
        return TeamError("team.not-initialised", server=where)
    from alembic.script import ScriptDirectory

    from dpo_workbench.store.db import alembic_config

    known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision in known:
        return TeamError("team.schema-older", server=where, revision=revision, head=HEAD_REVISION)
    return TeamError("team.schema-newer", server=where, revision=revision)


# -- the team's keys as the services know keys ----------------------------------------------------------


class TeamKeyStore(KeyStore):
    """Where a team's key ring comes from: the user's own wrap in the database (never saved from here)."""

    kind = "team"

    def __init__(self, login: str, via: str) -> None:
        self.login = login
        self.via = via  # "passphrase" | "keyring"

    def description(self) -> str:
        how = "their passphrase" if self.via == "passphrase" else "this computer's keyring"
        return f"Team key of {self.login}, unlocked with {how}"

    def exists(self) -> bool:
        return True

    def load(self) -> MasterKeys:
        raise TeamError("team.not-on-server", what="load the key ring from a key store")

    def save(self, keys: MasterKeys) -> None:
        raise TeamError("team.not-on-server", what="save the key ring to a key store")


class DatabaseBlobStore(BlobStore):
    """The vault's encrypted files as rows of `vault_blob` (team mode): nobody's disk holds them.

    Each write commits on its own, as a file write would: the caller deletes the blobs of a
    transaction that did not commit, and `vault check --repair` removes what a crash left.
    """

    def __init__(self, db: Database, now: Callable[[], datetime]) -> None:  # no folder: not BlobStore's
        self.db = db
        self.now = now
        self.root = Path("/nonexistent-team-vault")

    def __repr__(self) -> str:
        return "DatabaseBlobStore()"

    def path_of(self, blob_id: str) -> Path:
        raise TeamError("team.not-on-server", what="give a file path of the vault")

    @staticmethod
    def path_check(blob_id: str) -> str:
        from dpo_workbench.vault.blobs import check_blob_id

        return check_blob_id(blob_id)

    def write(self, blob_id: str, data: bytes | bytearray, *, durable: bool = True) -> None:
        self.path_check(blob_id)
        with self.db.engine.begin() as conn:
            conn.execute(delete(VaultBlob).where(VaultBlob.blob_id == blob_id))
            conn.execute(insert(VaultBlob).values(blob_id=blob_id, data=bytes(data), written_at=self.now()))

    def make_durable(self, blob_ids: list[str]) -> None:
        """Each write has committed already (the server makes it durable)."""

    def read(self, blob_id: str) -> bytes:
        from dpo_workbench.errors import MissingBlob

        with self.db.engine.connect() as conn:
            data = conn.execute(select(VaultBlob.data).where(VaultBlob.blob_id == blob_id)).scalar_one_or_none()
        if data is None:
            raise MissingBlob("vault.blob-missing", blob=blob_id, folder="database")
        return bytes(data)

    def exists(self, blob_id: str) -> bool:
        with self.db.engine.connect() as conn:
            return conn.execute(select(VaultBlob.blob_id).where(VaultBlob.blob_id == blob_id)).first() is not None

    def delete(self, blob_id: str) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(delete(VaultBlob).where(VaultBlob.blob_id == blob_id))

    def ids(self) -> set[str]:
        with self.db.engine.connect() as conn:
            return set(conn.execute(select(VaultBlob.blob_id)).scalars())

    def leftovers(self) -> list[Path]:
        return []  # a write is one statement: it leaves no partial file

    def remove_leftovers(self) -> int:
        return 0


@dataclass
class TeamFolder(DataFolder):
    """A signed-in user's view of a team database, as a data folder: the team key ring, the vault in the
    database, and `path` a local folder for what is the user's own (letter templates).

    What only a one-seat data folder has (its SQLite file, its backups, its recovery key, its master key
    rotation) is refused here with a message saying what the team does instead.
    """

    database: Database | None = None
    login: str = ""
    team_id: str = ""
    pair: UserKeyPair | None = field(default=None, repr=False)
    now: Callable[[], datetime] | None = field(default=None, repr=False)

    @property
    def sealer(self) -> Sealer:
        assert self.database is not None and isinstance(self.database.sealer, Sealer)
        return self.database.sealer

    @property
    def unlocked_keys(self) -> MasterKeys:
        return self.sealer.keys  # follows a rotation made by another user

    @property
    def blobs(self) -> BlobStore:
        assert self.database is not None and self.now is not None
        return DatabaseBlobStore(self.database, self.now)

    @property
    def install_id(self) -> str:
        return self.team_id

    @property
    def is_new(self) -> bool:
        return False

    @property
    def uses_passphrase(self) -> bool:
        return isinstance(self.store, TeamKeyStore) and self.store.via == "passphrase"

    def _refuse(self, what: str) -> TeamError:
        return TeamError("team.not-on-server", what=what)

    def create_keys(self, passphrase: str | None = None) -> None:
        raise self._refuse("create master keys (the team key is made by init)")

    def unlock(self, passphrase: str | None = None) -> None:
        raise self._refuse("unlock a data folder")

    def open_database(self, before_migration=None) -> Database:
        raise self._refuse("open a SQLite database")

    def database_master(self) -> bytes:
        raise self._refuse("a SQLCipher key")

    def rekey_database(self, db: Database, new_master: bytes) -> Database:
        raise self._refuse("re-key a SQLite database (the team key rotates with 'team rotate-key')")

    def snapshot_database(self, target: Path) -> str:
        raise self._refuse("back up a data folder (a team database is backed up with pg_dump)")

    def create_recovery_key(self, now: datetime):
        raise self._refuse("make a recovery key (each user unlocks the team key with their own passphrase)")

    def save_keys(self, keys: MasterKeys) -> bool | None:
        raise self._refuse("save master keys")

    def rekey_user_wraps(self) -> None:
        """The ring this process holds changed (a rotation by this user): nothing to save locally."""


# -- signing in -----------------------------------------------------------------------------------


def _keyring_user(team_id: str, login: str) -> str:
    return f"team-user:{team_id}:{login}"


def keyring_private_key(team_id: str, login: str) -> UserKeyPair | None:
    """The user's private key kept in this computer's keyring (`user keyring save`), if it is there."""
    if not is_safe_backend(keyring.get_keyring()):
        return None
    try:
        text = keyring.get_password(SERVICE_NAME, _keyring_user(team_id, login))
    except keyring.errors.KeyringError:
        return None
    if not text:
        return None
    try:
        return UserKeyPair.from_private(bytes.fromhex(text))
    except ValueError:
        return None


def keep_in_keyring(team_id: str, login: str, pair: UserKeyPair) -> None:
    if not is_safe_backend(keyring.get_keyring()):
        raise TeamError("team.keyring-unsafe")
    try:
        keyring.set_password(SERVICE_NAME, _keyring_user(team_id, login), pair.private.hex())
    except keyring.errors.KeyringError as exc:
        raise TeamError("team.keyring-refused", reason=type(exc).__name__) from None


def forget_in_keyring(team_id: str, login: str) -> bool:
    try:
        keyring.delete_password(SERVICE_NAME, _keyring_user(team_id, login))
        return True
    except keyring.errors.KeyringError:
        return False


@dataclass(frozen=True)
class _Credentials:
    """What signing a user in reads of their row (nothing sealed: the key is not unlocked yet)."""

    login: str
    public_key: bytes | None
    private_key: bytes | None
    team_keys: bytes | None
    disabled_at: datetime | None


def _load_user(db: Database, login: str) -> _Credentials:
    with db.session_factory() as s:
        row = s.execute(select(AppUser.login, AppUser.public_key, AppUser.private_key, AppUser.team_keys,
                               AppUser.disabled_at).where(AppUser.login == login)).one_or_none()
    if row is None:
        raise TeamError("team.unknown-user", login=login, server=server_name(db.url))
    user = _Credentials(*row)
    if user.disabled_at is not None or not user.team_keys or not user.private_key:
        raise TeamError("team.user-removed", login=login)
    return user


def _team_row(db: Database) -> TeamKey:
    with db.session_factory() as s:
        row = s.get(TeamKey, 1)
    if row is None:
        raise TeamError("team.not-initialised", server=server_name(db.url))
    return row


def sign_in(db: Database, login: str, passphrase: str | None = None) -> tuple[UserKeyPair, str]:
    """The user's key pair: from this computer's keyring if kept there, else from the passphrase (given,
    or DPO_WORKBENCH_PASSPHRASE). Returns it with how it was unlocked ("keyring" | "passphrase")."""
    team = _team_row(db)
    user = _load_user(db, login)
    pair = keyring_private_key(team.team_id, login) if passphrase is None else None
    if pair is not None and pair.public == user.public_key:
        return pair, "keyring"
    passphrase = passphrase if passphrase is not None else passphrase_from_env()
    if passphrase is None:
        raise PassphraseRequired("team.passphrase-needed", login=login)
    assert user.private_key is not None
    try:
        return open_private_key(user.private_key, passphrase, login), "passphrase"
    except WrongPassphrase:
        raise WrongPassphrase("team.wrong-passphrase") from None


def ring_of(db: Database, login: str, pair: UserKeyPair) -> MasterKeys:
    """The team key ring, from the user's wrap (read again after a rotation)."""
    with db.session_factory() as s:
        wrapped = s.execute(select(AppUser.team_keys).where(AppUser.login == login,
                                                           AppUser.disabled_at.is_(None))).scalar_one_or_none()
    if not wrapped:
        raise TeamError("team.user-removed", login=login)
    return unwrap_ring(wrapped, pair, login)


def open_team(url: str, login: str, data_dir: Path, now: Callable[[], datetime],
              passphrase: str | None = None) -> TeamFolder:
    """Connect, check the schema, sign `login` in, unlock the team key: the folder the workbench runs on.

    Every failure is a TeamError (or WrongPassphrase / PassphraseRequired) and leaves nothing open.
    """
    login = check_login(login)
    db = connect(url)
    try:
        problem = schema_problem(db)
        if problem is not None:
            raise problem
        pair, via = sign_in(db, login, passphrase)
        team = _team_row(db)
        ring = ring_of(db, login, pair)
        db.use_sealer(Sealer(ring, reload=lambda: ring_of(db, login, pair)))
    except BaseException:
        db.dispose()
        raise
    return TeamFolder(path=data_dir, store=TeamKeyStore(login, via), keys=ring, database=db, login=login,
                      team_id=team.team_id, pair=pair, now=now)


# -- creating a team database -------------------------------------------------------------------------


def new_user_row(login: str, role: str, passphrase: str, ring: MasterKeys, *, display_name: str, created_by: str,
                 now: datetime, scrypt: ScryptParams | None = None) -> tuple[dict, UserKeyPair]:
    """The values of a new user's row: their key pair under their passphrase, the ring wrapped for them."""
    pair = new_key_pair()
    protected = protect_private_key(pair, passphrase, login, **({"scrypt": scrypt} if scrypt else {}))
    return dict(login=login, display_name=display_name, role=role, created_at=now, created_by=created_by,
                disabled_by="", public_key=pair.public, private_key=protected,
                team_keys=wrap_ring(ring, pair.public, login), team_key_id=ring.current), pair


def initialise(url: str, login: str, passphrase: str | None, now: datetime, *, display_name: str = "") -> str:
    """Create the schema of an empty database, the team key, and its first user (a dpo); returns the team id.

    Refused, with nothing written, on a database that already has a team, or whose schema is not this
    version's; the passphrase (or DPO_WORKBENCH_PASSPHRASE) is checked first.
    """
    from dpo_workbench.vault.keystore import check_new_passphrase

    login = check_login(login)
    passphrase = passphrase if passphrase is not None else passphrase_from_env()
    if passphrase is None:
        raise PassphraseRequired("team.passphrase-to-create", login=login)
    check_new_passphrase(passphrase)
    db = connect(url)
    try:
        problem = schema_problem(db)
        if problem is not None and problem.code != "team.not-initialised":
            raise problem
        if problem is None and _has_team(db):
            raise TeamError("team.already-initialised", server=server_name(db.url))
        if problem is not None:
            db.upgrade()
        ring = MasterKeys.generate()
        team_id = secrets.token_hex(16)
        values, pair = new_user_row(login, "dpo", passphrase, ring, display_name=display_name, created_by=login,
                                    now=now)
        db.use_sealer(Sealer(ring))
        with db.transaction() as s:
            if s.get(TeamKey, 1) is not None:  # another init won the race
                raise TeamError("team.already-initialised", server=server_name(db.url))
            s.add(TeamKey(id=1, team_id=team_id, current_key_id=ring.current, created_at=now))
            s.add(AppUser(**values))
            journal.append(s, at=now, actor=login, action="team.init", object_type="team", object_id=team_id,
                           details={"key": ring.current})
            journal.append(s, at=now, actor=login, action="user.add", object_type="user", object_id=login,
                           details={"role": "dpo"})
        return team_id
    finally:
        db.dispose()


def _has_team(db: Database) -> bool:
    with db.session_factory() as s:
        return s.get(TeamKey, 1) is not None


def upgrade(url: str) -> tuple[str | None, str]:
    """Migrate a team database of an older schema to this version's (`team upgrade`); (before, after).

    A newer schema is refused. PostgreSQL runs the migration in one transaction: all of it or nothing.
    """
    db = connect(url)
    try:
        before = db.current_revision()
        problem = schema_problem(db)
        if problem is not None and problem.code in ("team.schema-newer", "team.not-initialised"):
            raise problem
        db.upgrade()
        return before, HEAD_REVISION
    except OperationalError as exc:
        raise connection_problem(exc, db.url) from None
    finally:
        db.dispose()
