"""phone room: participants joined from a phone, suggested needs, poll answers

Revision ID: 0003_i15_room
Revises: 0002_i10_future_stamps
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003_i15_room"
down_revision: str | None = "0002_i10_future_stamps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("joined_from_phone", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.create_table(
        "room_suggestion",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("participant_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("need_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"]),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("room_suggestion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_suggestion_workshop_id"), ["workshop_id"], unique=False)
    op.create_table(
        "room_poll_answer",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("poll_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("question", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("choice", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("participant_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"]),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("room_poll_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_poll_answer_poll_id"), ["poll_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_room_poll_answer_workshop_id"), ["workshop_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("room_poll_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_poll_answer_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_room_poll_answer_poll_id"))
    op.drop_table("room_poll_answer")
    with op.batch_alter_table("room_suggestion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_suggestion_workshop_id"))
    op.drop_table("room_suggestion")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("joined_from_phone")
