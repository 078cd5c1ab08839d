"""tombstones and conflicts

Deletions become rows (``tombstones``: the deleted row's id, its table, its workshop
and the revision of the deletion), in the library and in the shared database alike,
so a push removes only what the pushing copy deleted after seeing it, and a stale
copy cannot bring a deleted row back. ``conflicts`` holds, in the shared database,
the second version of a row edited at the same revision on two laptops (the local
library's stays empty). See exports/shared_db.py for the merge rule.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 15:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tombstones',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstones'))
    )
    with op.batch_alter_table('tombstones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstones_workshop_id'), ['workshop_id'], unique=False)
    op.create_table('conflicts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts'))
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_workshop_id'), ['workshop_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflicts_row_id'), ['row_id'], unique=False)


def downgrade() -> None:
    op.drop_table('conflicts')
    op.drop_table('tombstones')
