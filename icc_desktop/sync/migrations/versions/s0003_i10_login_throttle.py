"""login throttle with growing delays

Revision ID: s0003_i10_login_throttle
Revises: s0002_i10_future_stamps
Create Date: 2026-12-06

One row per (user name, address) and per address, counted under a row lock before the password
is checked, replaces the list of failed logins (which was counted before and written after the
check, so concurrent tries slipped through, and which locked a user name out for anyone).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "s0003_i10_login_throttle"
down_revision: str | None = "s0002_i10_future_stamps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "server_login_throttle",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("blocked_until", sa.Float(), nullable=False),
        sa.Column("last_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("server_login_throttle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_server_login_throttle_last_at"), ["last_at"], unique=False)
    with op.batch_alter_table("server_login_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_server_login_failure_username"))
        batch_op.drop_index(batch_op.f("ix_server_login_failure_at"))
        batch_op.drop_index(batch_op.f("ix_server_login_failure_address"))
    op.drop_table("server_login_failure")


def downgrade() -> None:
    op.create_table(
        "server_login_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("server_login_failure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_server_login_failure_address"), ["address"], unique=False)
        batch_op.create_index(batch_op.f("ix_server_login_failure_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_server_login_failure_username"), ["username"], unique=False)
    with op.batch_alter_table("server_login_throttle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_server_login_throttle_last_at"))
    op.drop_table("server_login_throttle")
