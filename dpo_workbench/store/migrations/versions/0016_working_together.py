"""working together: requests and breaches assigned to a user, their version (optimistic locking) and who last
changed them; comments on a request or a breach (the text sealed on PostgreSQL)

On PostgreSQL a trigger also refuses to assign a request or a breach to a removed user, whoever writes.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLES = ("request", "breach")

ASSIGNEE_CHECK = """
CREATE FUNCTION dpo_assignee_active() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.assigned_to IS NOT NULL AND NEW.assigned_to IS DISTINCT FROM OLD.assigned_to
       AND NOT EXISTS (SELECT 1 FROM app_user WHERE id = NEW.assigned_to AND disabled_at IS NULL) THEN
        RAISE EXCEPTION 'dpo-workbench: % % cannot be assigned to a removed user', TG_TABLE_NAME, NEW.reference
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
"""


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        op.add_column(table, sa.Column("updated_by", sa.String(length=64), nullable=True))
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        if postgresql:
            op.add_column(table, sa.Column("assigned_to", sa.Integer(), nullable=True))
            op.create_foreign_key(f"fk_{table}_assigned_to", table, "app_user", ["assigned_to"], ["id"])
        else:
            # SQLite adds a column with its reference in place (a batch rebuild would drop 0011's triggers)
            op.execute(f'ALTER TABLE "{table}" ADD COLUMN assigned_to INTEGER REFERENCES app_user (id)')
        op.create_index(f"ix_{table}_assigned_to", table, ["assigned_to"])
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("breach_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("text", sa.LargeBinary() if postgresql else sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["breach_id"], ["breach.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_comment_request_id", "comment", ["request_id"])
    op.create_index("ix_comment_breach_id", "comment", ["breach_id"])
    if postgresql:
        op.execute(ASSIGNEE_CHECK)
        for table in TABLES:
            op.execute(f'CREATE TRIGGER {table}_assignee_active BEFORE UPDATE OF assigned_to ON "{table}" '
                       "FOR EACH ROW EXECUTE FUNCTION dpo_assignee_active()")


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    if postgresql:
        for table in TABLES:
            op.execute(f'DROP TRIGGER {table}_assignee_active ON "{table}"')
        op.execute("DROP FUNCTION dpo_assignee_active()")
    op.drop_index("ix_comment_breach_id", table_name="comment")
    op.drop_index("ix_comment_request_id", table_name="comment")
    op.drop_table("comment")
    for table in TABLES:
        op.drop_index(f"ix_{table}_assigned_to", table_name=table)
        if postgresql:
            op.drop_constraint(f"fk_{table}_assigned_to", table, type_="foreignkey")
            for name in ("assigned_to", "version", "updated_by"):
                op.drop_column(table, name)
            continue
        # SQLite rebuilds the table to drop a column with a reference: its triggers (0011's) are made again
        triggers = op.get_bind().execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                                 "tbl_name = :t"), {"t": table}).scalars().all()
        with op.batch_alter_table(table) as batch:
            for name in ("assigned_to", "version", "updated_by"):
                batch.drop_column(name)
        for sql in triggers:
            op.execute(sql)
