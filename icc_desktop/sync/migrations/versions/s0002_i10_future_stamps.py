"""repair rows stamped in the future

Revision ID: s0002_i10_future_stamps
Revises: s0001
Create Date: 2026-12-06

Servers before this revision accepted any stamp, so a device with a wrong clock could store rows
stamped years ahead; laptops that pulled them moved their clocks there. Every row stamped more
than `MAX_AHEAD_MS` past now is stamped now instead and gets a new seq, so laptops pull the
repaired version like any edit (their own copies are repaired by the laptop's migration).
"""

import json
import time
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0002_i10_future_stamps"
down_revision: str | None = "s0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MAX_AHEAD_MS = 5 * 60 * 1000  # as models.clock.MAX_AHEAD_MS when this revision was written


def upgrade() -> None:
    connection = op.get_bind()
    now_ms = time.time_ns() // 1_000_000
    repaired = f"{now_ms:013d}-0000-repair"
    bound = f"{now_ms + _MAX_AHEAD_MS:013d}"
    # Stamps compare as text; anything above the bound's 13 digits is in the future (the seed
    # stamp and the stamps of today are below it).
    future = connection.execute(sa.text(
        "SELECT table_name, row_id, data FROM server_row WHERE updated_at > :bound ORDER BY seq"
    ), {"bound": bound + "-ffff-~"}).all()
    if not future:
        return
    connection.execute(sa.text("UPDATE server_counter SET value = value WHERE id = 1"))  # the writers' lock
    seq = int(connection.execute(sa.text("SELECT value FROM server_counter WHERE id = 1")).scalar_one())
    for table_name, row_id, data in future:
        seq += 1
        row = json.loads(data)
        row["updated_at"] = repaired
        connection.execute(sa.text(
            "UPDATE server_row SET updated_at = :stamp, data = :data, seq = :seq "
            "WHERE table_name = :table_name AND row_id = :row_id"
        ), {"stamp": repaired, "data": json.dumps(row, ensure_ascii=False, separators=(",", ":")),
            "seq": seq, "table_name": table_name, "row_id": row_id})
    connection.execute(sa.text("UPDATE server_counter SET value = :seq WHERE id = 1"), {"seq": seq})


def downgrade() -> None:
    """Nothing to undo: the repaired stamps are valid stamps."""
