"""the version each row's version replaced; the server's epoch

Revision ID: s0005_i14_row_parent
Revises: s0003_i13_row_device
Create Date: 2026-12-06

A laptop whose push was stored but whose answer was lost still holds its version as unsent. When
another laptop's version arrives, the stamp of the version it replaced says whether it grew from
the laptop's own (then the laptop's version is agreed, and the other's changes win cleanly).

The epoch names this server's history: an administrator who put the database back to a backup
gives it a new one (`icc-desktop server restored`), and every laptop then reads everything again
and sends what the server lost (seqs after the backup's end are handed out again).
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0005_i14_row_parent"
down_revision: str | None = "s0003_i13_row_device"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite and PostgreSQL): no copy of the biggest table.
    op.add_column("server_row", sa.Column("parent_stamp", sa.String(length=64), nullable=True))
    op.add_column("server_counter", sa.Column("epoch", sa.String(length=32), nullable=True))
    op.execute(sa.text("UPDATE server_counter SET epoch = :epoch").bindparams(epoch=secrets.token_hex(8)))


def downgrade() -> None:
    op.drop_column("server_counter", "epoch")
    op.drop_column("server_row", "parent_stamp")
