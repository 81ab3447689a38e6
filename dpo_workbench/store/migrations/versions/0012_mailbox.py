"""the DPO mailbox: mail accounts, fetch state (UIDVALIDITY, UIDs), warnings of imported e-mails

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("intake_message") as batch:
        batch.add_column(sa.Column("warnings", sa.Text(), nullable=False, server_default="[]"))
    op.create_table(
        "mail_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("imap_host", sa.String(length=255), nullable=False),
        sa.Column("imap_port", sa.Integer(), nullable=False),
        sa.Column("imap_security", sa.String(length=16), nullable=False),
        sa.Column("login", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("after_import", sa.String(length=16), nullable=False),
        sa.Column("move_to", sa.String(length=200), nullable=False),
        sa.Column("smtp_host", sa.String(length=255), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=True),
        sa.Column("smtp_security", sa.String(length=16), nullable=False),
        sa.Column("imap_pin", sa.String(length=64), nullable=False),
        sa.Column("smtp_pin", sa.String(length=64), nullable=False),
        sa.Column("password_store", sa.String(length=16), nullable=False),
        sa.Column("password_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("password_wrapped_key", sa.LargeBinary(), nullable=True),
        sa.Column("password_key_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_fetch_at", sa.DateTime(), nullable=True),
        sa.Column("last_fetch_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "mail_folder_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("last_uid", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["mail_account.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mail_folder_state_account_folder", "mail_folder_state", ["account_id", "folder"],
                    unique=True)
    op.create_table(
        "mail_fetched",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.Column("acted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["mail_account.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mail_fetched_uid", "mail_fetched", ["account_id", "folder", "uidvalidity", "uid"],
                    unique=True)
    op.create_index("ix_mail_fetched_pending", "mail_fetched", ["account_id", "acted"])


def downgrade() -> None:
    op.drop_index("ix_mail_fetched_pending", table_name="mail_fetched")
    op.drop_index("ix_mail_fetched_uid", table_name="mail_fetched")
    op.drop_table("mail_fetched")
    op.drop_index("ix_mail_folder_state_account_folder", table_name="mail_folder_state")
    op.drop_table("mail_folder_state")
    op.drop_table("mail_account")
    with op.batch_alter_table("intake_message") as batch:
        batch.drop_column("warnings")
