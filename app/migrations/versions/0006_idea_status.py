"""idea status

The idea bank follows each idea after its workshop: ``idea_status`` holds its status,
owner, next date and documented value, ``idea_status_changes`` every change with who
and when (see app/model.py). Both are written only in the shared database; a local
library has them empty, so both schemas stay one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 18:10:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('idea_status',
    sa.Column('idea_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('next_date', sa.Date(), nullable=True),
    sa.Column('value_kind', sa.String(length=60), nullable=False),
    sa.Column('value_hours', sa.Float(), nullable=True),
    sa.Column('value_kroner', sa.Float(), nullable=True),
    sa.Column('for_whom', sa.Text(), nullable=False),
    sa.Column('what_value', sa.Text(), nullable=False),
    sa.Column('where_else', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('idea_id', name=op.f('pk_idea_status'))
    )
    with op.batch_alter_table('idea_status', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idea_status_status'), ['status'], unique=False)
    op.create_table('idea_status_changes',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('idea_id', sa.Uuid(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idea_status_changes'))
    )
    with op.batch_alter_table('idea_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idea_status_changes_idea_id'), ['idea_id'], unique=False)


def downgrade() -> None:
    op.drop_table('idea_status_changes')
    op.drop_table('idea_status')
