"""request_search: the folded search text in a narrow table of its own

Searching 100,000 requests scanned the whole (wide, encrypted) request table;
the narrow table keeps a text search far under 100 ms.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_search",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("request_id"),
    )
    op.execute("INSERT INTO request_search (request_id, key) SELECT id, search_key FROM request")
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_column("search_key")


def downgrade() -> None:
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
    op.execute("UPDATE request SET search_key = (SELECT key FROM request_search "
               "WHERE request_search.request_id = request.id)")
    op.drop_table("request_search")
