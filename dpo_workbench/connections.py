"""Which register this computer opens, and how it reaches a team database: the local choice of the window.

A person starts the window on their data folder (one seat, SQLite) or on a team database (PostgreSQL).
The choice, and the connection to the server (host, port, database, the server role, TLS mode and CA
file, the last login signed in), are kept in `connection.json` in the local data folder, readable by
the user only. The server role's password is never written there: it is kept in the system keyring
when that is a safe store (`server_password`, `keep_server_password`), else typed at each start.
Nothing personal is in the file: a host, a database name, the logins of the team's staff.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from sqlalchemy.engine import URL, make_url

from dpo_workbench.errors import InputError, TeamError
from dpo_workbench.store.db import check_url
from dpo_workbench.team import connect, schema_problem, server_name
from dpo_workbench.vault._atomic import atomic_write
from dpo_workbench.vault.keystore import SERVICE_NAME, is_safe_backend

FILE_NAME = "connection.json"
TLS_MODES = ("verify-full", "require", "disable")
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_SECONDS = 10  # an unreachable server is said after this, not after the system's minutes


@dataclass(frozen=True)
class TeamConnection:
    """Where a team database is and how to reach it; the password is not part of it."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""  # the server role the application connects as (e.g. dpo_app), not a person's login
    tls: str = "verify-full"
    ca_file: str = ""  # the certificate authority that signed the server's certificate (verify-full)

    def checked(self) -> TeamConnection:
        """The same connection with its fields trimmed, or InputError naming the field to fix."""
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host:
            raise InputError("host", "connection.host-missing")
        if any(c.isspace() or c in "/@?#" for c in host):
            raise InputError("host", "connection.host-invalid", host=repr(host))
        if not 0 < int(self.port) < 65536:
            raise InputError("port", "connection.port-invalid", port=self.port)
        if not database:
            raise InputError("database", "connection.database-missing")
        if not user:
            raise InputError("user", "connection.user-missing")
        if self.tls not in TLS_MODES:
            raise InputError("tls", "connection.tls-unknown", mode=repr(self.tls), modes=", ".join(TLS_MODES))
        ca_file = self.ca_file.strip()
        if self.tls == "verify-full":
            if not ca_file:
                raise InputError("ca_file", "connection.ca-missing")
            if not Path(ca_file).expanduser().is_file():
                raise InputError("ca_file", "connection.ca-not-found", path=ca_file)
        return replace(self, host=host, database=database, user=user, port=int(self.port),
                       ca_file=ca_file if self.tls == "verify-full" else "")

    def url(self, password: str | None = None) -> str:
        """The database URL (with the password only when one is given: it then stays in memory)."""
        query = {"sslmode": self.tls, "connect_timeout": str(CONNECT_TIMEOUT_SECONDS)}
        if self.tls == "verify-full" and self.ca_file:
            query["sslrootcert"] = str(Path(self.ca_file).expanduser())
        url = URL.create("postgresql+psycopg", username=self.user or None, password=password or None,
                         host=self.host or None, port=self.port or None, database=self.database or None,
                         query=query)
        return url.render_as_string(hide_password=False)

    @property
    def where(self) -> str:
        """"register@db.example.fr" (":port" when not the usual one): what the window's title says."""
        port = f":{self.port}" if self.port != DEFAULT_PORT else ""
        return f"{self.database}@{self.host}{port}"

    @classmethod
    def from_url(cls, url: str) -> tuple[TeamConnection, str | None]:
        """The connection a database URL names, and the password written in it (or None)."""
        parsed = make_url(check_url(url))
        if parsed.get_backend_name() != "postgresql":
            raise TeamError("team.url-scheme", scheme=parsed.get_backend_name())
        tls = str(parsed.query.get("sslmode", "") or "")
        ca_file = str(parsed.query.get("sslrootcert", "") or "")
        return cls(host=parsed.host or "localhost", port=parsed.port or DEFAULT_PORT, database=parsed.database or "",
                   user=parsed.username or "", tls=tls if tls in TLS_MODES else "require",
                   ca_file=ca_file), parsed.password

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TeamConnection:
        try:
            port = int(data.get("port", DEFAULT_PORT))
        except (TypeError, ValueError):
            port = DEFAULT_PORT
        return cls(host=str(data.get("host", "")), port=port, database=str(data.get("database", "")),
                   user=str(data.get("user", "")), tls=str(data.get("tls", "verify-full")),
                   ca_file=str(data.get("ca_file", "")))


@dataclass(frozen=True)
class LocalChoice:
    """What this computer opens at start: "folder" (the data folder) or "team" (the connection below)."""

    mode: str = "folder"
    connection: TeamConnection | None = None
    login: str = ""  # the last person signed in here (offered again at the next sign-in)
    team_id: str = ""  # the team last signed in to: whether the keyring keeps a user's key for it

    @property
    def team(self) -> bool:
        return self.mode == "team" and self.connection is not None


def load_choice(data_dir: Path) -> LocalChoice:
    """The choice kept in the data folder; the data folder when there is none or it cannot be read."""
    try:
        data = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return LocalChoice()
    if not isinstance(data, dict):
        return LocalChoice()
    connection = data.get("connection")
    return LocalChoice(mode="team" if data.get("mode") == "team" else "folder",
                       connection=TeamConnection.from_dict(connection) if isinstance(connection, dict) else None,
                       login=str(data.get("login") or ""), team_id=str(data.get("team_id") or ""))


def save_choice(data_dir: Path, choice: LocalChoice) -> None:
    """Written whole (a crash leaves the old file or the new one), readable by the user only."""
    data = {"mode": choice.mode, "connection": choice.connection.as_dict() if choice.connection else None,
            "login": choice.login, "team_id": choice.team_id}
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(data_dir / FILE_NAME, json.dumps(data, indent=2).encode("utf-8"), durable=False)
    os.chmod(data_dir / FILE_NAME, 0o600)


@dataclass(frozen=True)
class Probe:
    """What "Test connection" found: a team register of this version's schema, and how many use it."""

    server: str
    users: int


def probe(url: str) -> Probe:
    """Connect, check the schema and that a team was created; TeamError saying what is wrong otherwise."""
    from sqlalchemy import func, select

    from dpo_workbench.store.models import AppUser, TeamKey

    db = connect(url)
    try:
        problem = schema_problem(db)
        if problem is not None:
            raise problem
        with db.session_factory() as s:
            if s.get(TeamKey, 1) is None:
                raise TeamError("team.not-initialised", server=server_name(db.url))
            users = s.execute(select(func.count()).select_from(AppUser).where(AppUser.disabled_at.is_(None))
                              ).scalar_one()
        return Probe(server=server_name(db.url), users=int(users))
    finally:
        db.dispose()


# -- the server role's password, in the system keyring ----------------------------------------------------


def keyring_is_safe() -> bool:
    return is_safe_backend(keyring.get_keyring())


def _password_entry(connection: TeamConnection) -> str:
    return f"server:{connection.user}@{connection.host}:{connection.port}/{connection.database}"


def server_password(connection: TeamConnection) -> str | None:
    """The password kept for this server role, or None (no safe keyring, nothing kept, a keyring that refuses)."""
    if not keyring_is_safe():
        return None
    try:
        return keyring.get_password(SERVICE_NAME, _password_entry(connection)) or None
    except keyring.errors.KeyringError:
        return None


def keep_server_password(connection: TeamConnection, password: str) -> None:
    """Keep the password in the system keyring; refused, saying so, when it is not a safe store."""
    if not keyring_is_safe():
        raise TeamError("connection.keyring-unsafe")
    try:
        keyring.set_password(SERVICE_NAME, _password_entry(connection), password)
    except keyring.errors.KeyringError as exc:
        raise TeamError("team.keyring-refused", reason=type(exc).__name__) from None


def forget_server_password(connection: TeamConnection) -> bool:
    try:
        keyring.delete_password(SERVICE_NAME, _password_entry(connection))
        return True
    except keyring.errors.KeyringError:
        return False
