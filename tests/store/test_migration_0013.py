"""Migration 0013 moves the profile's processing activities into the register without loss, and back."""

from __future__ import annotations

import json
from importlib.resources import files

from alembic import command
from sqlalchemy import text

from dpo_workbench.core.profile import ProfileDetails
from dpo_workbench.core.register import Processing
from dpo_workbench.store.db import Database, alembic_config


def _to(database: Database, revision: str, down: bool = False) -> None:
    with database.engine.connect() as connection, connection.begin():
        config = alembic_config()
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def test_the_profile_activities_become_processings_in_their_order_and_come_back_on_downgrade(tmp_path):
    shipped = json.loads(files("dpo_workbench.resources").joinpath("profiles/cloud-solutions.json").read_text("utf-8"))
    profile = shipped["profile"]
    assert len(profile["activities"]) == 5
    database = Database.sqlite(tmp_path / "old.db")
    try:
        _to(database, "0012")
        with database.engine.begin() as conn:
            conn.execute(text("INSERT INTO organisation (id, name, address, siren, dpo_name, dpo_email, dpo_phone, "
                              "region, profile) VALUES (1, 'Cloud Solutions', '', '', '', '', '', 'FR', :p)"),
                         {"p": json.dumps(profile, ensure_ascii=False)})
        database.upgrade()
        with database.engine.connect() as conn:
            rows = conn.execute(text("SELECT reference, role, status, dpia_status, record FROM processing "
                                     "ORDER BY reference")).all()
            versions = conn.execute(text("SELECT number, change, actor FROM processing_version")).all()
            stored = json.loads(conn.execute(text("SELECT profile FROM organisation")).scalar_one())
        assert [r.reference for r in rows] == ["TRT-001", "TRT-002", "TRT-003", "TRT-004", "TRT-005"]
        assert {(r.role, r.status, r.dpia_status) for r in rows} == {("controller", "active", "unscreened")}
        assert set(versions) == {(1, "migrated", "migration")}
        assert "activities" not in stored and stored["place"] == profile["place"]  # the rest of the profile stays
        before = ProfileDetails.from_dict(profile).activities
        after = [Processing.from_dict(json.loads(r.record)).activity() for r in rows]
        assert after == before  # every text of every activity, in both languages, in the same order
        _to(database, "0012", down=True)
        with database.engine.connect() as conn:
            back = json.loads(conn.execute(text("SELECT profile FROM organisation")).scalar_one())
        assert ProfileDetails.from_dict(back).activities == before
    finally:
        database.dispose()


def test_a_profile_without_activities_migrates_to_an_empty_register(tmp_path):
    database = Database.sqlite(tmp_path / "old.db")
    try:
        _to(database, "0012")
        with database.engine.begin() as conn:
            conn.execute(text("INSERT INTO organisation (id, name, address, siren, dpo_name, dpo_email, dpo_phone, "
                              "region, profile) VALUES (1, 'X', '', '', '', '', '', 'FR', '{\"place\": \"Lyon\"}')"))
        database.upgrade()
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM processing")).scalar_one() == 0
            assert json.loads(conn.execute(text("SELECT profile FROM organisation")).scalar_one()) == {"place": "Lyon"}
    finally:
        database.dispose()
