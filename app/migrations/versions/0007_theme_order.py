"""theme order

Themes get a ``position``: their order on the board and on the projector, changed
with Ctrl+Shift+←/→ on a theme (app.operations.move_theme_in_order). Existing themes
are numbered in the order they were made, as they were shown until now.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 18:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('clusters', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), server_default='0', nullable=False))
    # Number each workshop's themes 0, 1, 2... by when they were made.
    op.execute(
        "UPDATE clusters SET position = (SELECT COUNT(*) FROM clusters AS earlier"
        " WHERE earlier.workshop_id = clusters.workshop_id"
        " AND (earlier.created_at < clusters.created_at"
        " OR (earlier.created_at = clusters.created_at AND earlier.id < clusters.id)))"
    )


def downgrade() -> None:
    with op.batch_alter_table('clusters', schema=None) as batch_op:
        batch_op.drop_column('position')
