"""the device that sent each row's version

Revision ID: s0003_i13_row_device
Revises: s0004_i10_history
Create Date: 2026-12-06

A conflict on a laptop shows who changed the other version, from which device and when: the
server keeps the device name of the sign-in that sent each version (the user it already kept).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "s0003_i13_row_device"
down_revision: str | None = "s0004_i10_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("server_row", schema=None) as batch_op:
        batch_op.add_column(sa.Column("changed_device", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("server_row", schema=None) as batch_op:
        batch_op.drop_column("changed_device")
