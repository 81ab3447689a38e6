"""Engine, sessions, schema migrations, and what keeps several writers from stepping on each other.

The default database is SQLite (SQLCipher) in WAL mode inside the data folder; a PostgreSQL URL can be
given instead (team mode): the same Alembic migrations run on both. Start-up compares the stored
revision with the head revision first, so Alembic is only imported when there is something to migrate.

Concurrency, which the services rely on:

* on SQLite a write transaction starts with BEGIN IMMEDIATE, so it takes the database's write lock at
  once (a deferred transaction that reads then writes can fail with "database is locked" however long
  the busy timeout); a process that finds the lock taken waits (busy timeout), and the BEGIN is tried
  again a few times before giving up with a clear message. Reads never wait (WAL);
* on PostgreSQL (READ COMMITTED) the counters of references are one atomic upsert (`next_number`),
  the journal's appends take a transaction-scoped advisory lock (`audit.journal`), and a write
  transaction of a team holds a shared advisory lock that a rotation of the team key takes exclusively:
  no value is sealed with a key that was just retired.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from dpo_workbench.errors import ServiceError, TeamError
from dpo_workbench.store.types import SEALED_DIALECTS, SealerLike, attach_sealer, sealer_of

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Keep equal to the newest file in migrations/versions (a test checks it).
HEAD_REVISION = "0016"

SQLITE_BUSY_SECONDS = 10  # a writer waits this long for another's write lock, per try
SQLITE_BEGIN_TRIES = 3
# the advisory locks of a team database (pg_advisory_xact_lock keys; any constant unique to the application)
JOURNAL_LOCK = 0x44504F0001  # appends to the hash chain, one at a time
ROTATION_LOCK = 0x44504F0002  # shared by every write, exclusive while the team key is rotated


def postgres_url(url: str) -> str:
    """A PostgreSQL URL for SQLAlchemy with psycopg 3 (`postgresql://`, `postgres://` are accepted)."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def check_url(url: str) -> str:
    """The URL normalised, or TeamError saying what a database URL looks like."""
    try:
        parsed = make_url(postgres_url(url.strip()))
    except ArgumentError:
        raise TeamError("team.url-invalid") from None
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise TeamError("team.url-scheme", scheme=parsed.get_backend_name())
    if parsed.get_backend_name() == "postgresql" and not parsed.database:
        raise TeamError("team.url-no-database")
    return parsed.render_as_string(hide_password=False)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # the driver's own transaction handling is off: BEGIN is ours (deferred to read, IMMEDIATE to write)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("dpo_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _is_locked(exc: OperationalError) -> bool:
    return "database is locked" in str(exc.orig) or "database is busy" in str(exc.orig)


class Database:
    def __init__(self, url: str, *, sealer: SealerLike | None = None, module: Any = None):
        """`module`: another DB-API module for SQLite (the benchmark's plain file through SQLCipher's build)."""
        self.url = postgres_url(url)
        options: dict[str, Any] = {"module": module} if module is not None else {}
        if self.url.startswith("sqlite") and ":memory:" not in self.url:
            # SQLCipher's dialect defaults to one shared connection per thread: a second
            # session would then roll back the first one's work. One connection per session.
            options["poolclass"] = QueuePool
        elif self.url.startswith("postgresql"):
            options.update(pool_pre_ping=True, pool_size=4, max_overflow=8,
                           connect_args={"connect_timeout": 10, "application_name": "dpo-workbench"})
        self.engine: Engine = create_engine(self.url, **options)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._writer_factory = sessionmaker(self.engine.execution_options(dpo_write=True), expire_on_commit=False)
        if sealer is not None:
            self.use_sealer(sealer)

    @classmethod
    def sqlite(cls, path: Path) -> Database:
        return cls(f"sqlite:///{path}")

    # -- what kind of database -------------------------------------------------------------------

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def sealed(self) -> bool:
        """Personal values are sealed by the application here (a team database on a server)."""
        return self.dialect in SEALED_DIALECTS

    @property
    def sealer(self) -> SealerLike | None:
        return sealer_of(self.engine.dialect)

    def use_sealer(self, sealer: SealerLike | None) -> None:
        attach_sealer(self.engine.dialect, sealer)

    # -- sessions ----------------------------------------------------------------------------------

    @contextmanager
    def transaction(self, *, rotation: bool = False) -> Iterator[Session]:
        """A session whose work commits together, or not at all (it holds the write lock at once on SQLite).

        `rotation`: the transaction that rotates a team's key, alone (every other write waits for it).
        """
        session, begun = self._begin_writing()
        try:
            with begun:
                if rotation:
                    session.execute(select(text(f"pg_advisory_xact_lock({ROTATION_LOCK})")))
                else:
                    self._after_begin(session)
                yield session
        except StaleDataError:
            # a request or breach updated by someone else between this transaction's read and its update (the
            # services lock what they change first, so this is the net under them): nothing was written
            raise ServiceError("record.changed-meanwhile") from None
        finally:
            session.close()

    def _begin_writing(self) -> tuple[Session, SessionTransaction]:
        """A writing session and its transaction, begun: on SQLite the write lock is taken here, before any
        work, so that a busy database is waited for and tried again without losing anything."""
        for attempt in range(SQLITE_BEGIN_TRIES):
            session = self._writer_factory()
            begun = session.begin()
            try:
                session.connection()
                return session, begun
            except OperationalError as exc:
                session.close()
                if self.dialect != "sqlite" or not _is_locked(exc):
                    raise
                if attempt == SQLITE_BEGIN_TRIES - 1:
                    raise TeamError("database.busy", seconds=SQLITE_BUSY_SECONDS * SQLITE_BEGIN_TRIES) from None
                time.sleep(0.05 * (attempt + 1))  # another process held the write lock all along: try again
        raise AssertionError("unreachable")

    def _after_begin(self, session: Session) -> None:
        sealer = self.sealer
        if sealer is None or self.dialect != "postgresql":
            return
        from dpo_workbench.store.models import TeamKey

        # one round trip: the shared side of the rotation lock, then the team key in use once it is held
        current = session.execute(select(
            text(f"pg_advisory_xact_lock_shared({ROTATION_LOCK})"),
            select(TeamKey.current_key_id).where(TeamKey.id == 1).scalar_subquery())).one()[1]
        if current is not None and current != getattr(sealer, "current_key_id", current):
            refresh = getattr(sealer, "refresh", None)
            if refresh is not None:
                refresh()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.session_factory() as session:
            yield session

    # -- the schema --------------------------------------------------------------------------------

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def upgrade(self) -> None:
        """Bring the schema to the head revision (creates it in an empty database)."""
        if self.current_revision() == HEAD_REVISION:
            return
        from alembic import command

        with self.engine.connect() as connection:
            sqlite = self.engine.dialect.name == "sqlite"
            if sqlite:
                # SQLite migrations rebuild tables (copy, drop, rename): with foreign keys on,
                # dropping the old table would cascade-delete every row that refers to it.
                # The pragma only works outside a transaction, so it goes to the driver directly.
                _driver(connection).execute("PRAGMA foreign_keys=OFF")
            try:
                with connection.begin():
                    config = alembic_config()
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                    if sqlite:
                        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise RuntimeError(f"the migration broke {len(broken)} references; nothing was changed")
            finally:
                if sqlite:
                    _driver(connection).execute("PRAGMA foreign_keys=ON")

    def dispose(self) -> None:
        self.engine.dispose()


def next_number(session: Session, model: type, year: int) -> int:
    """The next number of a per-year counter (`reference_counter`, `breach_counter`), atomically.

    One statement (an upsert returning the new value): two writers never get the same number, and
    the first number of a year cannot be created twice.
    """
    table = cast(Table, getattr(model, "__table__"))  # noqa: B009  (a model of a counter: year, last)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        upsert: Any = pg_insert(table)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        upsert = sqlite_insert(table)
    stmt = (upsert.values(year=year, last=1)
            .on_conflict_do_update(index_elements=[table.c.year], set_={"last": table.c.last + 1})
            .returning(table.c.last))
    return int(session.execute(stmt).scalar_one())


def take_turns(session: Session, what: str) -> None:
    """Writers of `what` (a get-or-create, a once-a-day upkeep) take turns until the end of the transaction.

    SQLite's write transactions already follow each other; PostgreSQL's run side by side (READ
    COMMITTED), so two could both find nothing and both create it: an advisory lock named after `what`
    makes the second one wait, then see what the first one wrote.
    """
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(f"dpo-workbench {what}".encode()).digest()[:8], "big", signed=True)
        session.execute(select(text(f"pg_advisory_xact_lock({key})")))


def _driver(connection: Connection) -> Any:
    """The DB-API connection under a SQLAlchemy connection (for pragmas outside any transaction)."""
    raw = connection.connection.dbapi_connection
    if raw is None:
        raise RuntimeError("the connection is closed")
    return raw


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
