"""server history of accepted changes

Revision ID: s0004_i10_history
Revises: s0003_i10_login_throttle
Create Date: 2026-12-06

An append-only log of every change the server accepts (who, device, when, table, row, the fields
changed before and after), from which an administrator traces and undoes changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "s0004_i10_history"
down_revision: str | None = "s0003_i10_login_throttle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "server_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("user_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("device", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("row_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("city_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("stamp", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("undo_of", sa.Integer(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("server_change", schema=None) as batch_op:
        batch_op.create_index("ix_server_change_city_at", ["city_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_server_change_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_server_change_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("server_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_server_change_user_id"))
        batch_op.drop_index(batch_op.f("ix_server_change_at"))
        batch_op.drop_index("ix_server_change_city_at")
    op.drop_table("server_change")
