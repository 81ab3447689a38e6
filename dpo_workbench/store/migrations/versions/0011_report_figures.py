"""request.answered_on, refusal_ground, extension_ground; the figure cells and the triggers that keep them

The answered date is the earlier of the recorded answer's date and the date of the
first answering letter saved in the case file; existing requests get it from their
timelines. The grounds of refusals and extensions recorded before stay empty ("not
recorded" in the report).

Revision ID: 0011
Revises: 0008
Create Date: 2026-11-26
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None

# letters that answer a request (services.requests.ANSWER_LETTERS, frozen here as this revision knew them)
ANSWER_LETTERS = ("access-reply", "rectification-done", "erasure-done", "erasure-refused", "restriction-answer",
                  "objection-answer", "post-mortem-registered", "portability-reply", "refusal", "no-data")
REPORT_COLUMNS = ["received_on", "state", "channel", "relation", "rights_text", "outcome", "extended",
                  "extension_ground", "refusal_ground", "suspended_days", "suspended_since", "due_on",
                  "answered_on"]


def upgrade() -> None:
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answered_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("refusal_ground", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("extension_ground", sa.String(length=24), nullable=True))
    conn = op.get_bind()
    answered: dict[int, str] = {}
    rows = conn.execute(sa.text(
        "SELECT event.request_id, event.\"on\", event.kind, event.detail FROM event JOIN request "
        "ON request.id = event.request_id WHERE request.state IN ('answered', 'closed') "
        "AND event.kind IN ('answered', 'letter-saved')"))
    for request_id, on, kind, detail in rows:
        if kind == "letter-saved":
            try:
                letter = json.loads(detail).get("letter")
            except ValueError:
                continue
            if letter not in ANSWER_LETTERS:
                continue
        day = str(on)
        if request_id not in answered or day < answered[request_id]:
            answered[request_id] = day
    for request_id, day in answered.items():
        conn.execute(sa.text("UPDATE request SET answered_on = :day WHERE id = :id"), {"day": day, "id": request_id})
    op.create_index("ix_request_figures", "request", REPORT_COLUMNS)
    op.create_table(
        "figure_cell",
        sa.Column("right", sa.String(length=24), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("dimension", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=24), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("right", "month", "channel", "dimension", "value"),
    )
    op.create_table("figure_dirty", sa.Column("month", sa.String(length=7), nullable=False),
                    sa.PrimaryKeyConstraint("month"))
    # a change to what the figures count marks its month (and the month it had) to recompute
    # not due_on nor suspended_since: the daily move of suspended deadlines changes no cell (what a running
    # suspension adds is read live), and an answered request's deadline moves only with its answer
    columns = ", ".join(["rights_text", *(c for c in REPORT_COLUMNS if c not in ("due_on", "suspended_since"))])
    if conn.dialect.name == "postgresql":
        _postgresql_triggers(", ".join(dict.fromkeys(columns.split(", "))))  # each column once
        op.execute("INSERT INTO figure_dirty (month) SELECT DISTINCT to_char(received_on, 'YYYY-MM') FROM request")
        return
    mark = "INSERT OR IGNORE INTO figure_dirty (month) VALUES (substr({row}.received_on, 1, 7));"
    op.execute(f"CREATE TRIGGER figure_request_insert AFTER INSERT ON request BEGIN {mark.format(row='NEW')} END")
    op.execute(f"CREATE TRIGGER figure_request_update AFTER UPDATE OF {columns} ON request "
               f"BEGIN {mark.format(row='OLD')} {mark.format(row='NEW')} END")
    op.execute(f"CREATE TRIGGER figure_request_delete AFTER DELETE ON request BEGIN {mark.format(row='OLD')} END")
    op.execute("INSERT INTO figure_dirty (month) SELECT DISTINCT substr(received_on, 1, 7) FROM request")


def _postgresql_triggers(columns: str) -> None:
    """The same marks on PostgreSQL: per statement for inserts and deletes (transition tables: one INSERT for a
    batch of requests), per row for updates (PostgreSQL allows no transition table with a column list).
    `services.reports.refresh_cells` locks `figure_dirty` against these inserts while it recomputes."""
    op.execute("""
        CREATE FUNCTION figure_mark_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO figure_dirty (month) SELECT DISTINCT to_char(received_on, 'YYYY-MM') FROM new_rows
                    ON CONFLICT DO NOTHING;
            ELSE
                INSERT INTO figure_dirty (month) SELECT DISTINCT to_char(received_on, 'YYYY-MM') FROM old_rows
                    ON CONFLICT DO NOTHING;
            END IF;
            RETURN NULL;
        END $$""")
    op.execute("""
        CREATE FUNCTION figure_mark_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO figure_dirty (month)
                SELECT DISTINCT m FROM (VALUES (to_char(OLD.received_on, 'YYYY-MM')),
                                               (to_char(NEW.received_on, 'YYYY-MM'))) AS v (m)
                ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$""")
    op.execute("CREATE TRIGGER figure_request_insert AFTER INSERT ON request REFERENCING NEW TABLE AS new_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION figure_mark_rows()")
    op.execute(f"CREATE TRIGGER figure_request_update AFTER UPDATE OF {columns} ON request "
               "FOR EACH ROW EXECUTE FUNCTION figure_mark_change()")
    op.execute("CREATE TRIGGER figure_request_delete AFTER DELETE ON request REFERENCING OLD TABLE AS old_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION figure_mark_rows()")


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for trigger in ("figure_request_insert", "figure_request_update", "figure_request_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}" + (" ON request" if postgresql else ""))
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS figure_mark_rows()")
        op.execute("DROP FUNCTION IF EXISTS figure_mark_change()")
    op.drop_table("figure_dirty")
    op.drop_table("figure_cell")
    op.drop_index("ix_request_figures", table_name="request")
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_column("extension_ground")
        batch_op.drop_column("refusal_ground")
        batch_op.drop_column("answered_on")
