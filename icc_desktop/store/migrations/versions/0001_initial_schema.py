"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "city",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("edition", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "conflict",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("row_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("fields", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("local", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("remote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflict_table_name"), ["table_name"], unique=False)

    op.create_table(
        "framework",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("version", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("framework", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_framework_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_framework_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_framework_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_framework_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "reference_item",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("list_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("edition", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reference_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reference_item_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reference_item_list_name"), ["list_name"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reference_item_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reference_item_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "sync_base",
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("row_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("data", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("server_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("username", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("last_pulled_seq", sa.Integer(), nullable=False),
        sa.Column("last_sync_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "dimension",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("framework_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["framework.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("dimension", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dimension_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dimension_framework_id"), ["framework_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_dimension_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_dimension_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "workshop",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("city_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("framework_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("venue", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("facilitator", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("vision", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("horizon_years", sa.Integer(), nullable=False),
        sa.Column("dots_per_participant", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
        ),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["framework.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_workshop_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_workshop_framework_id"), ["framework_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_workshop_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_workshop_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "need",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("track", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
        sa.Column(
            "transversal_service", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True
        ),
        sa.Column("dimension_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("moscow", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("swot", sqlmodel.sql.sqltypes.AutoString(length=15), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dimension_id"],
            ["dimension.id"],
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_need_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_need_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_need_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_need_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "objective",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objective_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_objective_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_objective_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_objective_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("organisation", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("stakeholder_group", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_participant_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "question",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("dimension_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("level_1", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level_2", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level_3", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level_4", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level_5", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dimension_id"],
            ["dimension.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_question_dimension_id"), ["dimension_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_question_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_question_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_question_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "action",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("objective_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("need_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("track", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
        sa.Column(
            "lead_organisation", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False
        ),
        sa.Column("partners", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("start_month", sa.Date(), nullable=True),
        sa.Column("end_month", sa.Date(), nullable=True),
        sa.Column("budget_eur", sa.Integer(), nullable=True),
        sa.Column("funding_source", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("quick_win", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["need.id"],
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objective.id"],
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_need_id"), ["need_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_objective_id"), ["objective_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "response",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("question_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("participant_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("current_level", sa.Integer(), nullable=True),
        sa.Column("target_level", sa.Integer(), nullable=True),
        sa.Column("evidence", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["question.id"],
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_response_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_response_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_response_question_id"), ["question_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_response_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_response_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_response_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "vote",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("need_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("participant_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=True),
        sa.Column("feasibility", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["need.id"],
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_need_id"), ["need_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_vote_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_vote_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "kpi",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("workshop_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("action_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_kpi_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_kpi_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_kpi_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_kpi_workshop_id"), ["workshop_id"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_kpi_updated_at"))
        batch_op.drop_index(batch_op.f("ix_kpi_server_seq"))
        batch_op.drop_index(batch_op.f("ix_kpi_dirty"))
        batch_op.drop_index(batch_op.f("ix_kpi_action_id"))

    op.drop_table("kpi")
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_vote_updated_at"))
        batch_op.drop_index(batch_op.f("ix_vote_server_seq"))
        batch_op.drop_index(batch_op.f("ix_vote_participant_id"))
        batch_op.drop_index(batch_op.f("ix_vote_need_id"))
        batch_op.drop_index(batch_op.f("ix_vote_dirty"))

    op.drop_table("vote")
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_response_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_response_updated_at"))
        batch_op.drop_index(batch_op.f("ix_response_server_seq"))
        batch_op.drop_index(batch_op.f("ix_response_question_id"))
        batch_op.drop_index(batch_op.f("ix_response_participant_id"))
        batch_op.drop_index(batch_op.f("ix_response_dirty"))

    op.drop_table("response")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_action_updated_at"))
        batch_op.drop_index(batch_op.f("ix_action_server_seq"))
        batch_op.drop_index(batch_op.f("ix_action_objective_id"))
        batch_op.drop_index(batch_op.f("ix_action_need_id"))
        batch_op.drop_index(batch_op.f("ix_action_dirty"))

    op.drop_table("action")
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_updated_at"))
        batch_op.drop_index(batch_op.f("ix_question_server_seq"))
        batch_op.drop_index(batch_op.f("ix_question_dirty"))
        batch_op.drop_index(batch_op.f("ix_question_dimension_id"))

    op.drop_table("question")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_participant_updated_at"))
        batch_op.drop_index(batch_op.f("ix_participant_server_seq"))
        batch_op.drop_index(batch_op.f("ix_participant_dirty"))

    op.drop_table("participant")
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objective_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_objective_updated_at"))
        batch_op.drop_index(batch_op.f("ix_objective_server_seq"))
        batch_op.drop_index(batch_op.f("ix_objective_dirty"))

    op.drop_table("objective")
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_need_updated_at"))
        batch_op.drop_index(batch_op.f("ix_need_server_seq"))
        batch_op.drop_index(batch_op.f("ix_need_dirty"))

    op.drop_table("need")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_updated_at"))
        batch_op.drop_index(batch_op.f("ix_workshop_server_seq"))
        batch_op.drop_index(batch_op.f("ix_workshop_framework_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_dirty"))
        batch_op.drop_index(batch_op.f("ix_workshop_city_id"))

    op.drop_table("workshop")
    with op.batch_alter_table("dimension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dimension_updated_at"))
        batch_op.drop_index(batch_op.f("ix_dimension_server_seq"))
        batch_op.drop_index(batch_op.f("ix_dimension_framework_id"))
        batch_op.drop_index(batch_op.f("ix_dimension_dirty"))

    op.drop_table("dimension")
    op.drop_table("sync_state")
    op.drop_table("sync_base")
    with op.batch_alter_table("reference_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reference_item_updated_at"))
        batch_op.drop_index(batch_op.f("ix_reference_item_server_seq"))
        batch_op.drop_index(batch_op.f("ix_reference_item_list_name"))
        batch_op.drop_index(batch_op.f("ix_reference_item_dirty"))

    op.drop_table("reference_item")
    with op.batch_alter_table("framework", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_framework_updated_at"))
        batch_op.drop_index(batch_op.f("ix_framework_server_seq"))
        batch_op.drop_index(batch_op.f("ix_framework_dirty"))
        batch_op.drop_index(batch_op.f("ix_framework_code"))

    op.drop_table("framework")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_table_name"))
        batch_op.drop_index(batch_op.f("ix_conflict_row_id"))

    op.drop_table("conflict")
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_updated_at"))
        batch_op.drop_index(batch_op.f("ix_city_server_seq"))
        batch_op.drop_index(batch_op.f("ix_city_name"))
        batch_op.drop_index(batch_op.f("ix_city_dirty"))

    op.drop_table("city")
