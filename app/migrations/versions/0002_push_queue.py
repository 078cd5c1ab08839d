"""push queue and idea full-text index

The push queue is the laptop's list of pushes to the shared database still waiting
for a connection (exports/shared_db.py). On PostgreSQL, a GIN index serves the idea
bank's full-text search with the 'danish' configuration (or 'simple' where the
server has no Danish dictionary).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 03:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('push_queue',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('with_names', sa.Boolean(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_push_queue'))
    )
    with op.batch_alter_table('push_queue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_push_queue_state'), ['state'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        danish = bind.exec_driver_sql("SELECT 1 FROM pg_ts_config WHERE cfgname = 'danish'").scalar()
        config = 'danish' if danish else 'simple'
        op.execute(f"CREATE INDEX ix_ideas_fulltext ON ideas USING gin (to_tsvector('{config}', text))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute("DROP INDEX IF EXISTS ix_ideas_fulltext")
    with op.batch_alter_table('push_queue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_push_queue_state'))
    op.drop_table('push_queue')
