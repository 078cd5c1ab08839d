"""idea totals for the idea bank

The idea bank's search (500 workshops, 200,000 ideas, under 300 ms) sorted by votes
summed the dots of every matching idea over scores, ballots and rounds on each
search. ``idea_totals`` keeps each idea's dots (revealed dot rounds of the idea's own
workshop, abstentions excluded) beside copies of its sort keys (the workshop's date
and id, the idea's number); the push rewrites the rows of the workshop it sends in
the same transaction (exports/shared_db.py).

On PostgreSQL two indexes give the search's two orders, so it walks ideas in order
and stops at its limit: by votes (dots, date, workshop, number) and by date (date,
workshop, number); dates descending with the undated last.

A shared database upgraded from 0003 gets its totals computed here, in the same
transaction as the new table, so an existing bank ranks right at once. A local
library (upgraded without ``shared`` in the Alembic attributes, see
app/migrations/run.py) leaves the table empty: nothing on the laptop uses it, and
a copy nobody keeps up to date would only mislead.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 06:00:00
"""
from alembic import context, op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# The same sums as exports.shared_db.refresh_idea_totals, for every workshop at once.
BACKFILL = """
INSERT INTO idea_totals (idea_id, workshop_id, workshop_date, number, dots)
SELECT ideas.id, ideas.workshop_id, workshops.date, ideas.number, COALESCE(votes.dots, 0)
FROM ideas
JOIN workshops ON workshops.id = ideas.workshop_id
LEFT JOIN (
    SELECT scores.option_id AS idea_id, vote_rounds.workshop_id AS workshop_id,
           SUM(scores.value * scores.count) AS dots
    FROM scores
    JOIN ballots ON ballots.id = scores.ballot_id
    JOIN vote_rounds ON vote_rounds.id = ballots.round_id
    WHERE vote_rounds.kind = 'dots' AND vote_rounds.state = 'revealed' AND ballots.abstained = :no
    GROUP BY scores.option_id, vote_rounds.workshop_id
) AS votes ON votes.idea_id = ideas.id AND votes.workshop_id = ideas.workshop_id
"""


def upgrade() -> None:
    op.create_table('idea_totals',
    sa.Column('idea_id', sa.Uuid(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('workshop_date', sa.Date(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['idea_id'], ['ideas.id'], name=op.f('fk_idea_totals_idea_id_ideas'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('idea_id', name=op.f('pk_idea_totals'))
    )
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute("CREATE INDEX ix_idea_totals_by_votes ON idea_totals "
                   "(dots DESC, workshop_date DESC NULLS LAST, workshop_id, number)")
        op.execute("CREATE INDEX ix_idea_totals_by_date ON idea_totals "
                   "(workshop_date DESC NULLS LAST, workshop_id, number)")
    if context.config.attributes.get('shared'):
        bind.execute(sa.text(BACKFILL).bindparams(sa.bindparam('no', False, type_=sa.Boolean())))
        if bind.dialect.name == 'postgresql':
            op.execute("ANALYZE idea_totals")  # the search's plans depend on the new table's statistics


def downgrade() -> None:
    op.drop_table('idea_totals')
