"""intake_message: imported e-mails (hashes for duplicates, suggested rights)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("message_id_hash", sa.String(length=64), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_source", sa.String(length=16), nullable=False),
        sa.Column("suggested_rights", sa.String(length=200), nullable=False),
        sa.Column("name_from_address", sa.Boolean(), nullable=False),
        sa.Column("rights_confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("attachment_ids", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_intake_message_request_id", "intake_message", ["request_id"])
    op.create_index("ix_intake_message_message_id_hash", "intake_message", ["message_id_hash"])
    op.create_index("ix_intake_message_content_hash", "intake_message", ["content_hash"])


def downgrade() -> None:
    op.drop_index("ix_intake_message_content_hash", table_name="intake_message")
    op.drop_index("ix_intake_message_message_id_hash", table_name="intake_message")
    op.drop_index("ix_intake_message_request_id", table_name="intake_message")
    op.drop_table("intake_message")
