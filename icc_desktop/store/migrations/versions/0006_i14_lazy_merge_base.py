"""i14 lazy merge base: a row's agreed version is copied when it is first changed here, not kept for every row

Revision ID: 0006_i14_lazy_merge_base
Revises: 0005_i11_workshop_final
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from icc_desktop.store.merge_base import (
    create_triggers,
    drop_triggers,
    forget_bases_of_clean_rows,
    store_bases_of_clean_rows,
)

revision: str = "0006_i14_lazy_merge_base"
down_revision: str | None = "0005_i11_workshop_final"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_D = ("created_at", "datetime"), "updated_at", ("deleted_at", "datetime")  # every synced table starts so

# The wire columns of each synced table at this revision (frozen, like any schema).
WIRE_COLUMNS: dict[str, tuple[str | tuple[str, str], ...]] = {
    "reference_item": ("id", *_D, "list_name", "code", "label", "description", "edition", "position"),
    "framework": ("id", *_D, "code", "version", "name", "description"),
    "dimension": ("id", *_D, "framework_id", "code", "name", "description", "position"),
    "question": ("id", *_D, "dimension_id", "code", "text", "position", "level_1", "level_2", "level_3", "level_4",
                 "level_5"),
    "city": ("id", *_D, "name", "country", "region", "population", "edition", "role", "notes"),
    "workshop": ("id", *_D, "city_id", "framework_id", "title", "date", "venue", "facilitator", "status", "vision",
                 "notes", "horizon_years", "dots_per_participant", "retention_months", "baseline_frozen_on",
                 ("final", "bool")),
    "participant": ("id", *_D, "workshop_id", "name", "organisation", "role", "stakeholder_group", "email",
                    ("consent", "bool"), ("joined_from_phone", "bool"), ("consent_contact", "bool"),
                    "consent_recorded_on", ("erased_at", "datetime")),
    "response": ("id", *_D, "workshop_id", "question_id", "participant_id", "current_level", "target_level",
                 "evidence"),
    "need": ("id", *_D, "workshop_id", "title", "description", "track", "transversal_service", "dimension_id",
             "moscow", "swot", "position"),
    "vote": ("id", *_D, "workshop_id", "need_id", "participant_id", "dots", "impact", "feasibility"),
    "objective": ("id", *_D, "workshop_id", "title", "description", "position"),
    "action": ("id", *_D, "workshop_id", "objective_id", "need_id", "title", "description", "track",
               "lead_organisation", "partners", "start_month", "end_month", "budget_eur", "funding_source", "status",
               ("quick_win", "bool"), "position", "percent_complete", "baseline_start_month", "baseline_end_month",
               "baseline_budget_eur"),
    "kpi": ("id", *_D, "workshop_id", "action_id", "name", "unit", ("baseline", "float"), ("target", "float"),
            "target_date", "direction", "library_code"),
    "progress_note": ("id", *_D, "workshop_id", "action_id", "date", "text", "status", "percent_complete"),
    "kpi_measurement": ("id", *_D, "workshop_id", "kpi_id", "date", ("value", "float"), "note"),
    "assessment_round": ("id", *_D, "workshop_id", "label", "date", "notes", "position"),
    "round_answer": ("id", *_D, "workshop_id", "round_id", "question_id", "current_level", "target_level",
                     "evidence"),
}


def upgrade() -> None:
    connection = op.get_bind()
    create_triggers(connection, WIRE_COLUMNS)
    forget_bases_of_clean_rows(connection, list(WIRE_COLUMNS))


def downgrade() -> None:
    connection = op.get_bind()
    drop_triggers(connection, list(WIRE_COLUMNS))
    store_bases_of_clean_rows(connection, WIRE_COLUMNS)
