"""breach register: breaches, their record, CNIL notifications sent, reference counter

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breach",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("aware_at", sa.DateTime(), nullable=False),
        sa.Column("aware_offset", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("severity_score", sa.Float(), nullable=True),
        sa.Column("severity_level", sa.String(length=12), nullable=True),
        sa.Column("notified", sa.Boolean(), nullable=False),
        sa.Column("first_notified_at", sa.DateTime(), nullable=True),
        sa.Column("people_informed", sa.String(length=12), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    with op.batch_alter_table("breach", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_breach_aware_at"), ["aware_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_breach_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_breach_severity_level"), ["severity_level"], unique=False)
    op.create_table(
        "breach_detail",
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["breach_id"], ["breach.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("breach_id"),
    )
    op.create_table(
        "breach_notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("cnil_reference", sa.String(length=60), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["breach_id"], ["breach.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("breach_notification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_breach_notification_breach_id"), ["breach_id"], unique=False)
    op.create_table(
        "breach_counter",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )


def downgrade() -> None:
    op.drop_table("breach_counter")
    with op.batch_alter_table("breach_notification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_notification_breach_id"))
    op.drop_table("breach_notification")
    op.drop_table("breach_detail")
    with op.batch_alter_table("breach", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_severity_level"))
        batch_op.drop_index(batch_op.f("ix_breach_state"))
        batch_op.drop_index(batch_op.f("ix_breach_aware_at"))
    op.drop_table("breach")
