"""Engine, sessions and schema migrations.

The default database is SQLite in WAL mode inside the data folder; a
PostgreSQL URL can be given instead (team use): the same Alembic migrations
run on both. Start-up compares the stored revision with the head revision
first, so Alembic is only imported when there is something to migrate.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Keep equal to the newest file in migrations/versions (a test checks it).
HEAD_REVISION = "0015"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    def __init__(self, url: str):
        self.url = url
        options = {}
        if url.startswith("sqlite") and ":memory:" not in url:
            # SQLCipher's dialect defaults to one shared connection per thread: a second
            # session would then roll back the first one's work. One connection per session.
            options["poolclass"] = QueuePool
        self.engine: Engine = create_engine(url, **options)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def sqlite(cls, path: Path) -> Database:
        return cls(f"sqlite:///{path}")

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits together, or not at all."""
        with self.session_factory() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.session_factory() as session:
            yield session

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
