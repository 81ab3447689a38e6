"""The same migrations build the same schema on PostgreSQL (team mode), sealed columns and blind index included."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from dpo_workbench.store.db import HEAD_REVISION, Database, alembic_config
from dpo_workbench.store.models import Base
from tests.store.test_migrations import schema_differences


def test_the_migrations_build_the_models_schema_on_postgresql(empty_postgres_url):
    database = Database(empty_postgres_url)
    try:
        assert database.current_revision() is None
        database.upgrade()
        assert database.current_revision() == HEAD_REVISION
        assert schema_differences(database) == []
        with database.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            types = dict(conn.execute(text(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'public'")).all())
            triggers = set(conn.execute(text(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = 'request'::regclass")).scalars())
            gin = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_request_search_tokens'")
                               ).scalar()
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
        # every personal column is stored sealed (bytes), every search key as tokens
        assert types["request.requester_name"] == types["event.detail"] == types["breach.summary"] == "bytea"
        assert types["request_search.key"] == types["breach.search_key"] == "ARRAY"
        assert types["request.reference"] == "character varying"
        assert triggers == {"figure_request_insert", "figure_request_update", "figure_request_delete",
                            "request_assignee_active"}  # 0016: never assigned to a removed user
        assert "USING gin" in gin
    finally:
        database.dispose()


def test_downgrade_to_base_then_upgrade_again_on_postgresql(empty_postgres_url):
    database = Database(empty_postgres_url)
    try:
        database.upgrade()
        with database.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        with database.engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
            assert not conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'figure_mark%' "
                                         "OR proname = 'dpo_assignee_active'")).scalar()
        database.upgrade()
        assert database.current_revision() == HEAD_REVISION
        assert schema_differences(database) == []
    finally:
        database.dispose()
