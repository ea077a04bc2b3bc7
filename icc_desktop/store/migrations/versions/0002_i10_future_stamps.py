"""repair rows stamped in the future

Revision ID: 0002_i10_future_stamps
Revises: 0001
Create Date: 2026-12-06

Before this revision a laptop moved its clock to any stamp it pulled, so a row stamped years
ahead by a device with a wrong clock dragged every laptop's clock (and its later edits) along,
and the server now refuses such stamps. Every row (and every merge base) stamped more than five
minutes past now is stamped now instead; `dirty` is left as it was, so the server's own repaired
version (see the server's revision s0002) and this one settle like any two edits.
"""

import json
import time
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_i10_future_stamps"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MAX_AHEAD_MS = 5 * 60 * 1000  # as models.clock.MAX_AHEAD_MS when this revision was written


def upgrade() -> None:
    connection = op.get_bind()
    device = connection.execute(sa.text("SELECT device_id FROM sync_state WHERE id = 1")).scalar()
    now_ms = time.time_ns() // 1_000_000
    repaired = f"{now_ms:013d}-0000-{device or 'repair'}"
    bound = f"{now_ms + _MAX_AHEAD_MS:013d}-ffff-~"  # stamps compare as text
    inspector = sa.inspect(connection)
    for table in inspector.get_table_names():
        columns = {column["name"] for column in inspector.get_columns(table)}
        if {"id", "updated_at", "dirty"} <= columns:
            connection.execute(sa.text(f'UPDATE "{table}" SET updated_at = :stamp WHERE updated_at > :bound'),
                               {"stamp": repaired, "bound": bound})
    if "sync_base" not in inspector.get_table_names():
        return
    bases = connection.execute(sa.text("SELECT table_name, row_id, data FROM sync_base")).all()
    for table_name, row_id, data in bases:
        try:
            row = json.loads(data)
        except ValueError:
            continue
        if isinstance(row, dict) and str(row.get("updated_at", "")) > bound:
            row["updated_at"] = repaired
            connection.execute(sa.text("UPDATE sync_base SET data = :data WHERE table_name = :t AND row_id = :i"),
                               {"data": json.dumps(row, ensure_ascii=False), "t": table_name, "i": row_id})


def downgrade() -> None:
    """Nothing to undo: the repaired stamps are valid stamps."""
