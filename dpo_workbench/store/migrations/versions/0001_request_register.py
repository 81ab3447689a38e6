"""request register

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26 05:37:03.668378
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('object_type', sa.String(length=32), nullable=False),
    sa.Column('object_id', sa.String(length=64), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('siren', sa.String(length=20), nullable=False),
    sa.Column('dpo_name', sa.String(length=200), nullable=False),
    sa.Column('dpo_email', sa.String(length=254), nullable=False),
    sa.Column('dpo_phone', sa.String(length=40), nullable=False),
    sa.Column('region', sa.String(length=8), nullable=False),
    sa.Column('profile', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('reference_counter',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year')
    )
    op.create_table('request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('requester_name', sa.String(length=200), nullable=False),
    sa.Column('requester_email', sa.String(length=254), nullable=False),
    sa.Column('requester_phone', sa.String(length=40), nullable=False),
    sa.Column('requester_address', sa.Text(), nullable=False),
    sa.Column('relation', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=True),
    sa.Column('registered_number', sa.String(length=40), nullable=False),
    sa.Column('rights_text', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('suspended_days', sa.Integer(), nullable=False),
    sa.Column('suspended_since', sa.Date(), nullable=True),
    sa.Column('extended', sa.Boolean(), nullable=False),
    sa.Column('extension_reason', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('outcome_reason', sa.Text(), nullable=False),
    sa.Column('region', sa.String(length=8), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('email_key', sa.String(length=254), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference')
    )
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_email_key'), ['email_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_state'), ['state'], unique=False)
        batch_op.create_index('ix_request_state_due', ['state', 'due_on'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_request_id'), ['request_id'], unique=False)

    op.create_table('request_right',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('right', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('request_id', 'right')
    )
    with op.batch_alter_table('request_right', schema=None) as batch_op:
        batch_op.create_index('ix_request_right_right', ['right', 'request_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('request_right', schema=None) as batch_op:
        batch_op.drop_index('ix_request_right_right')

    op.drop_table('request_right')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_request_id'))

    op.drop_table('event')
    op.drop_table('setting')
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.drop_index('ix_request_state_due')
        batch_op.drop_index(batch_op.f('ix_request_state'))
        batch_op.drop_index(batch_op.f('ix_request_received_on'))
        batch_op.drop_index(batch_op.f('ix_request_name_key'))
        batch_op.drop_index(batch_op.f('ix_request_email_key'))
        batch_op.drop_index(batch_op.f('ix_request_due_on'))

    op.drop_table('request')
    op.drop_table('reference_counter')
    op.drop_table('organisation')
    op.drop_table('audit_head')
    op.drop_table('audit_entry')
