"""i14 server epoch: the sync server's history this laptop last read

Revision ID: 0007_i14_server_epoch
Revises: 0006_i14_lazy_merge_base
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_i14_server_epoch"
down_revision: str | None = "0006_i14_lazy_merge_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: copying sync_state is not needed for a nullable column.
    op.add_column("sync_state", sa.Column("server_epoch", sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column("sync_state", "server_epoch")  # SQLite 3.35+ drops a column in place
