"""the casework the register drives: requests linked to processings, internal data requests, retention purges

Nothing is linked for the requests already there: a link is the DPO's statement that a processing concerns
the person, so the request's panel suggests them (from the requester's category) the first time it is shown,
and the DPO accepts or changes them.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from dpo_workbench.store.types import Personal

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_processing",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("processing_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=12), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.Column("linked_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["processing_id"], ["processing.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("request_id", "processing_id"),
    )
    op.create_index("ix_request_processing_processing_id", "request_processing", ["processing_id"])
    op.create_table(
        "data_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("contact_name", Personal(), nullable=False),
        sa.Column("contact_email", Personal(), nullable=False),
        sa.Column("processings", sa.String(length=400), nullable=False),
        sa.Column("kinds", sa.String(length=80), nullable=False),
        sa.Column("details", Personal(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("due_set", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("reminders", sa.Integer(), nullable=False),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("answer_note", Personal(), nullable=False),
        sa.Column("cancel_reason", Personal(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_data_task_request_id", "data_task", ["request_id"])
    op.create_index("ix_data_task_state_due", "data_task", ["state", "due_on"])
    op.create_table(
        "data_task_file",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["data_task.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("task_id", "document_id"),
    )
    op.create_table(
        "retention_purge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record", sa.String(length=8), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.Column("purged_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_retention_purge_record", "retention_purge", ["record", "record_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_retention_purge_record", table_name="retention_purge")
    op.drop_table("retention_purge")
    op.drop_table("data_task_file")
    op.drop_index("ix_data_task_state_due", table_name="data_task")
    op.drop_index("ix_data_task_request_id", table_name="data_task")
    op.drop_table("data_task")
    op.drop_index("ix_request_processing_processing_id", table_name="request_processing")
    op.drop_table("request_processing")
