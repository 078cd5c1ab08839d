"""question funnel and the catalyst's deck

``candidate_questions``: the candidates for a workshop's innovation question (seed
002's "jagten på det gode innovationsspørgsmål"), each with its number, text, origin
(desk or phone), state (kandidat, kasseret, valgt) and one score per mark of a good
question; ``deck_draws``: the catalyst's cards drawn in the room, in order, with the
text shown. Self-contained: no data in other tables is read or changed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 18:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('candidate_questions',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_candidate_questions_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidate_questions'))
    )
    with op.batch_alter_table('candidate_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidate_questions_workshop_id'), ['workshop_id'], unique=False)
    op.create_table('deck_draws',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('card', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_deck_draws_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deck_draws'))
    )
    with op.batch_alter_table('deck_draws', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deck_draws_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deck_draws', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deck_draws_workshop_id'))
    op.drop_table('deck_draws')
    with op.batch_alter_table('candidate_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidate_questions_workshop_id'))
    op.drop_table('candidate_questions')
