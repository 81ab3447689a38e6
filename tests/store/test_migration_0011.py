"""Migration 0011 fills the answered date of the requests answered before it, from their timelines."""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import text

from dpo_workbench.store.db import Database, alembic_config


def test_answered_date_is_the_earlier_of_the_answer_and_the_first_answering_letter(tmp_path):
    database = Database.sqlite(tmp_path / "old.db")
    try:
        with database.engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0008")
        rows = [
            # id, state, events (kind, on, detail)
            (1, "closed", [("answered", "2026-03-20", {"outcome": "granted"}),
                           ("letter-saved", "2026-03-18", {"letter": "access-reply"})]),
            (2, "answered", [("letter-saved", "2026-04-01", {"letter": "acknowledgement"}),
                             ("answered", "2026-04-20", {"outcome": "granted"})]),
            (3, "withdrawn", [("withdrawn", "2026-05-02", {})]),
            (4, "open", [("letter-saved", "2026-05-10", {"letter": "access-reply"})]),  # saved, not answered yet
        ]
        with database.engine.begin() as conn:
            for request_id, state, events in rows:
                conn.execute(text(
                    "INSERT INTO request (id, reference, requester_name, requester_email, requester_phone, "
                    "requester_address, relation, channel, received_on, registered_number, rights_text, notes, "
                    "language, state, suspended_days, extended, extension_reason, outcome_reason, region, due_on, "
                    "name_key, email_key, created_at, updated_at) VALUES (:id, :ref, 'A', '', '', '', 'customer', "
                    "'email', '2026-03-02', '', 'access', '', 'fr', :state, 0, 0, '', '', 'FR', '2026-04-02', 'a', "
                    "'', '2026-03-02 10:00:00', '2026-03-02 10:00:00')"),
                    {"id": request_id, "ref": f"DSR-2026-000{request_id}", "state": state})
                for kind, on, detail in events:
                    conn.execute(text(
                        'INSERT INTO event (request_id, at, "on", actor, kind, detail) VALUES '
                        "(:id, '2026-03-02 10:00:00', :on, 'dpo', :kind, :detail)"),
                        {"id": request_id, "on": on, "kind": kind, "detail": json.dumps(detail)})
        database.upgrade()
        with database.engine.connect() as conn:
            found = dict(conn.execute(text("SELECT id, answered_on FROM request ORDER BY id")).all())
        assert found == {1: "2026-03-18", 2: "2026-04-20", 3: None, 4: None}
    finally:
        database.dispose()
