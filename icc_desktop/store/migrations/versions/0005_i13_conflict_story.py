"""who changed each side of a conflict, on which device

Revision ID: 0005_i13_conflict_story
Revises: 0004_i16_monitoring
Create Date: 2026-12-06

A conflict keeps, beside both versions, who made each one and on which device (JSON
`{"user": ..., "device": ...}`; when comes from each version's stamp).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005_i13_conflict_story"
down_revision: str | None = "0004_i16_monitoring"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.add_column(sa.Column("local_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("remote_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_column("remote_by")
        batch_op.drop_column("local_by")
