"""i11 workshop final: the strategy document is marked final (no draft watermark)

Revision ID: 0005_i11_workshop_final
Revises: 0005_i13_conflict_story
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_i11_workshop_final"
down_revision: str | None = "0005_i13_conflict_story"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN, not a batch copy: copying "workshop" means dropping it, which
    # the foreign keys of every table that points at it refuse once the database holds workshops.
    op.add_column("workshop", sa.Column("final", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("workshop", "final")  # SQLite 3.35+ drops a column in place
