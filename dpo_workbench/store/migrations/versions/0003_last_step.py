"""request.last_step_on: the date of the latest life-cycle step

A later step cannot be dated before it (e.g. two suspensions may not overlap).
Filled from the timelines of existing requests.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STEPS = ("received", "identity-requested", "identity-received", "extended", "answered", "closed", "withdrawn")


def upgrade() -> None:
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_step_on", sa.Date(), nullable=True))
    kinds = ", ".join(f"'{k}'" for k in STEPS)
    op.execute(
        "UPDATE request SET last_step_on = (SELECT max(event.\"on\") FROM event "
        f"WHERE event.request_id = request.id AND event.kind IN ({kinds}))"
    )


def downgrade() -> None:
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_column("last_step_on")
