"""team mode: users and their copies of the team key, the team key's identity, files kept in the database;
on PostgreSQL every personal column sealed (BYTEA) and the search keys as blind indexes (INTEGER[], GIN)

On SQLite (one seat, SQLCipher) the personal columns stay TEXT: only the new tables are added, and the
default of `intake_message.warnings` moves to the application (it is sealed where the database is shared).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# the personal columns of the tables before this revision, sealed on PostgreSQL (store.types.Personal)
PERSONAL = {
    "setting": ["value"],
    "organisation": ["address", "dpo_name", "dpo_email", "dpo_phone", "profile"],
    "request": ["requester_name", "requester_email", "requester_phone", "requester_address", "registered_number",
                "notes", "extension_reason", "outcome_reason"],
    "event": ["detail"],
    "document": ["label"],
    "identity_check": ["document_type", "note"],
    "breach": ["summary", "decision_reason"],
    "breach_detail": ["fields", "assessment"],
    "intake_message": ["warnings"],
    "mail_account": ["login", "last_fetch_error"],
}
SEARCH = {"request_search": "key", "breach": "search_key"}  # store.types.SearchText


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.Column("disabled_by", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=True),
        sa.Column("private_key", sa.LargeBinary(), nullable=True),
        sa.Column("team_keys", sa.LargeBinary(), nullable=True),
        sa.Column("team_key_id", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("login"),
    )
    op.create_table(
        "team_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("current_key_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("rotated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "vault_blob",
        sa.Column("blob_id", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("blob_id"),
    )
    if op.get_bind().dialect.name != "postgresql":
        with op.batch_alter_table("intake_message") as batch:
            batch.alter_column("warnings", existing_type=sa.Text(), server_default=None)
        return
    _seal_columns_on_postgresql()


def _seal_columns_on_postgresql() -> None:
    conn = op.get_bind()
    for table in {*PERSONAL, *SEARCH}:
        if conn.execute(sa.text(f'SELECT EXISTS (SELECT 1 FROM "{table}")')).scalar():
            raise RuntimeError(f"the table {table} holds rows written in clear: a team database is created "
                               "empty by `init`, its personal values are sealed by the application")
    op.alter_column("intake_message", "warnings", server_default=None)
    for table, names in [*PERSONAL.items(), ("app_user", ["display_name"])]:
        for name in names:
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{name}" TYPE BYTEA USING NULL')
    for table, name in SEARCH.items():
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{name}" TYPE INTEGER[] USING NULL')
    op.create_index("ix_request_search_tokens", "request_search", ["key"], postgresql_using="gin")


def downgrade() -> None:
    postgresql_ = op.get_bind().dialect.name == "postgresql"
    if postgresql_:
        op.drop_index("ix_request_search_tokens", table_name="request_search")
        # sealed values cannot go back to clear text: the tables are emptied (a team database goes back
        # to a schema without team mode only from a dump)
        for table in ("mail_account", "intake_message", "breach_detail", "breach", "identity_check", "document",
                      "event", "request_search", "request", "organisation", "setting"):
            op.execute(f'DELETE FROM "{table}"')
        for table, names in PERSONAL.items():
            for name in names:
                op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{name}" TYPE TEXT USING NULL')
        for table, name in SEARCH.items():
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{name}" TYPE TEXT USING NULL')
        op.alter_column("intake_message", "warnings", server_default="[]")
    else:
        with op.batch_alter_table("intake_message") as batch:
            batch.alter_column("warnings", existing_type=sa.Text(), server_default="[]")
    op.drop_table("vault_blob")
    op.drop_table("team_key")
    op.drop_table("app_user")
