"""idea bank search indexes

For the idea bank's search on a shared PostgreSQL database (500 workshops, 200,000
ideas, under 300 ms): a trigram GIN index on ideas.text, so the case-insensitive
substring match (ILIKE '%word%') uses an index instead of reading every idea; and an
index on scores.option_id, so the dots of only the ideas a search found are summed.

pg_trgm ships with PostgreSQL and is a trusted extension since PostgreSQL 13, so the
database's owner may create it. Where it cannot be created (not installed, or not
allowed), the search still works, only without the trigram index.

A local library (SQLite) gets only the plain index on scores.option_id: cheap to
build on a library of a few workshops.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 04:50:00
"""
from alembic import op
from sqlalchemy.engine import Connection

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _trigrams_available(bind: Connection) -> bool:
    """Create pg_trgm if it is installed and we may; whether it is there now."""
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar():
        return True
    if not bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").scalar():
        return False
    try:
        # A savepoint: a refused CREATE EXTENSION must not abort the whole upgrade.
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - insufficient privilege or similar: go on without it
        return False
    return True


def upgrade() -> None:
    op.create_index('ix_scores_option_id', 'scores', ['option_id'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql' and _trigrams_available(bind):
        op.execute("CREATE INDEX ix_ideas_text_trigram ON ideas USING gin (text gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute("DROP INDEX IF EXISTS ix_ideas_text_trigram")
    op.drop_index('ix_scores_option_id', table_name='scores')
