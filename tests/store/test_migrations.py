"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from dpo_workbench.store import db as db_module
from dpo_workbench.store.db import HEAD_REVISION, Database, alembic_config
from dpo_workbench.store.models import Base


@pytest.fixture
def database(tmp_path):
    database = Database.sqlite(tmp_path / "test.db")
    yield database
    database.dispose()


def _schema(database: Database) -> list[tuple]:
    with database.engine.connect() as conn:
        return list(conn.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")))


def test_empty_database_has_no_revision(database):
    assert database.current_revision() is None


def test_upgrade_creates_every_table_of_the_models(database):
    database.upgrade()
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert {"request", "request_right", "event", "audit_entry", "audit_head", "setting",
            "organisation", "reference_counter"} <= tables
    assert database.current_revision() == HEAD_REVISION


def test_head_revision_constant_is_the_alembic_head():
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"the migrations have several heads: {heads}"
    assert heads[0] == db_module.HEAD_REVISION


def test_every_migration_file_is_in_the_revision_chain():
    script = ScriptDirectory.from_config(alembic_config())
    files = {p.stem for p in (db_module.MIGRATIONS_DIR / "versions").glob("*.py") if p.stem != "__init__"}
    revisions = list(script.walk_revisions())
    assert len(revisions) == len(files)
    assert revisions[-1].down_revision is None  # a single chain down to the first revision


def test_upgrading_twice_is_a_no_op(database):
    database.upgrade()
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('language', '\"fr\"')"))
    before = _schema(database)
    database.upgrade()
    assert _schema(database) == before
    assert database.current_revision() == HEAD_REVISION
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM setting WHERE key = 'language'")).scalar() == '"fr"'
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


def schema_differences(database: Database) -> list:
    """What the migrated schema lacks or has more than the models (none, when they agree exactly).

    An index the models declare for one database only (`Index(...).ddl_if(dialect=...)`, the blind
    index's GIN index on PostgreSQL) is expected on that database only.
    """
    dialect = database.engine.dialect.name

    def include(obj, name, kind, reflected, compare_to):
        condition = getattr(obj, "_ddl_if", None)
        return condition is None or condition.dialect in (None, dialect)

    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True, "include_object": include}
        )
        return compare_metadata(context, Base.metadata)


def test_migrated_schema_matches_the_models(database):
    database.upgrade()
    # UTCDateTime is a TypeDecorator over DateTime, so even with compare_type on there is
    # no type difference to excuse: the schema and the models must agree exactly.
    assert schema_differences(database) == []


def test_downgrade_to_base_then_upgrade_again(database):
    database.upgrade()
    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with database.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    assert database.current_revision() is None
    database.upgrade()
    assert database.current_revision() == HEAD_REVISION


def test_sqlite_file_is_in_wal_mode(tmp_path):
    path = tmp_path / "wal.db"
    database = Database.sqlite(path)
    try:
        database.upgrade()
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.dispose()
    # WAL is a property of the file: a plain connection that sets nothing sees it too
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        plain.close()


def test_workbench_database_file_is_in_wal_mode(workbench, data_dir):
    """The application's own (encrypted) database, not just a plain test one."""
    with workbench.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    workbench.settings.set("language", "fr")  # a write goes to the write-ahead log beside the file
    assert (data_dir / "workbench.db-wal").exists()


def test_workbench_open_creates_the_database_at_head(data_dir):
    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(data_dir)
    try:
        assert (data_dir / "workbench.db").is_file()
        assert wb.db.current_revision() == HEAD_REVISION
    finally:
        wb.close()
    wb = Workbench.open(data_dir)  # opening again leaves it as it is
    try:
        assert wb.db.current_revision() == HEAD_REVISION
    finally:
        wb.close()
