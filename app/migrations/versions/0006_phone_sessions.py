"""phone sessions and phone ideas

One phone session per workshop (``phone_sessions``: the 6-digit join code, whether
phones can reach it, and the writing state: phase, mode board|inbox, allowed table
groups, and a counter of writing periods), and the ideas written on phones
(``phone_ideas``: device key, text, group, optional author, status and the board idea
they became). Laptop state: no workshop file or push carries these tables. Issue 13.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 17:35:38.827645
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('phone_sessions',
    sa.Column('code', sa.String(length=6), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.Column('writing_phase_id', sa.Uuid(), nullable=True),
    sa.Column('writing_mode', sa.String(length=10), nullable=False),
    sa.Column('writing_groups', sa.JSON(), nullable=False),
    sa.Column('writing_period', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_phone_sessions_workshop_id_workshops'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['writing_phase_id'], ['phases.id'], name=op.f('fk_phone_sessions_writing_phase_id_phases'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phone_sessions')),
    sa.UniqueConstraint('workshop_id', name=op.f('uq_phone_sessions_workshop_id'))
    )
    with op.batch_alter_table('phone_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_sessions_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_phone_sessions_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('phone_ideas',
    sa.Column('device_key', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=True),
    sa.Column('table_group_id', sa.Uuid(), nullable=True),
    sa.Column('phase_id', sa.Uuid(), nullable=True),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('idea_id', sa.Uuid(), nullable=True),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['idea_id'], ['ideas.id'], name=op.f('fk_phone_ideas_idea_id_ideas'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['phase_id'], ['phases.id'], name=op.f('fk_phone_ideas_phase_id_phases'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['table_group_id'], ['table_groups.id'], name=op.f('fk_phone_ideas_table_group_id_table_groups'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_phone_ideas_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phone_ideas'))
    )
    with op.batch_alter_table('phone_ideas', schema=None) as batch_op:
        batch_op.create_index('ix_phone_ideas_workshop_device', ['workshop_id', 'device_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_phone_ideas_workshop_id'), ['workshop_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('phone_ideas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_ideas_workshop_id'))
        batch_op.drop_index('ix_phone_ideas_workshop_device')

    op.drop_table('phone_ideas')
    with op.batch_alter_table('phone_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_sessions_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_phone_sessions_code'))

    op.drop_table('phone_sessions')
