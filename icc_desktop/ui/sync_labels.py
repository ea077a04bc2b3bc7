"""Translated names of tables and fields, and values shown readably, for the conflicts page.

A conflict names a table and fields as the database does (`need`, `moscow`); the user reads
"Need" and "MoSCoW category". Codes with labels (statuses, groups...) show their label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from icc_desktop.ui import labels

_TABLES = {
    "reference_item": QT_TRANSLATE_NOOP("sync", "List entry"),
    "framework": QT_TRANSLATE_NOOP("sync", "Framework"),
    "dimension": QT_TRANSLATE_NOOP("sync", "Dimension"),
    "question": QT_TRANSLATE_NOOP("sync", "Question"),
    "city": QT_TRANSLATE_NOOP("sync", "City"),
    "workshop": QT_TRANSLATE_NOOP("sync", "Workshop"),
    "participant": QT_TRANSLATE_NOOP("sync", "Participant"),
    "response": QT_TRANSLATE_NOOP("sync", "Answer"),
    "need": QT_TRANSLATE_NOOP("sync", "Need"),
    "vote": QT_TRANSLATE_NOOP("sync", "Vote"),
    "objective": QT_TRANSLATE_NOOP("sync", "Objective"),
    "action": QT_TRANSLATE_NOOP("sync", "Action"),
    "kpi": QT_TRANSLATE_NOOP("sync", "KPI"),
    "assessment_round": QT_TRANSLATE_NOOP("sync", "Assessment round"),
    "round_answer": QT_TRANSLATE_NOOP("sync", "Answer in a later round"),
    "progress_note": QT_TRANSLATE_NOOP("sync", "Progress note"),
    "kpi_measurement": QT_TRANSLATE_NOOP("sync", "KPI measurement"),
}

_FIELDS = {
    "kpi_id": QT_TRANSLATE_NOOP("sync", "KPI"),
    "round_id": QT_TRANSLATE_NOOP("sync", "Assessment round"),
    "percent_complete": QT_TRANSLATE_NOOP("sync", "Percent complete"),
    "note": QT_TRANSLATE_NOOP("sync", "Note"),
    "value": QT_TRANSLATE_NOOP("sync", "Value"),
    "direction": QT_TRANSLATE_NOOP("sync", "Better when"),
    "library_code": QT_TRANSLATE_NOOP("sync", "Indicator from the library"),
    "baseline_frozen_on": QT_TRANSLATE_NOOP("sync", "Agreed roadmap frozen on"),
    "baseline_start_month": QT_TRANSLATE_NOOP("sync", "Agreed start"),
    "baseline_end_month": QT_TRANSLATE_NOOP("sync", "Agreed end"),
    "baseline_budget_eur": QT_TRANSLATE_NOOP("sync", "Agreed budget (EUR)"),
    "consent_contact": QT_TRANSLATE_NOOP("sync", "Consent to be contacted"),
    "consent_recorded_on": QT_TRANSLATE_NOOP("sync", "Consent recorded on"),
    "retention_months": QT_TRANSLATE_NOOP("sync", "Keep personal data (months)"),
    "erased_at": QT_TRANSLATE_NOOP("sync", "Personal data erased"),
    "deleted_at": QT_TRANSLATE_NOOP("sync", "Deleted"),
    "title": QT_TRANSLATE_NOOP("sync", "Title"),
    "name": QT_TRANSLATE_NOOP("sync", "Name"),
    "description": QT_TRANSLATE_NOOP("sync", "Description"),
    "notes": QT_TRANSLATE_NOOP("sync", "Notes"),
    "position": QT_TRANSLATE_NOOP("sync", "Position in the list"),
    "code": QT_TRANSLATE_NOOP("sync", "Code"),
    "label": QT_TRANSLATE_NOOP("sync", "Label"),
    "list_name": QT_TRANSLATE_NOOP("sync", "List"),
    "version": QT_TRANSLATE_NOOP("sync", "Version"),
    "text": QT_TRANSLATE_NOOP("sync", "Question text"),
    "level_1": QT_TRANSLATE_NOOP("sync", "Level 1"),
    "level_2": QT_TRANSLATE_NOOP("sync", "Level 2"),
    "level_3": QT_TRANSLATE_NOOP("sync", "Level 3"),
    "level_4": QT_TRANSLATE_NOOP("sync", "Level 4"),
    "level_5": QT_TRANSLATE_NOOP("sync", "Level 5"),
    "country": QT_TRANSLATE_NOOP("sync", "Country"),
    "region": QT_TRANSLATE_NOOP("sync", "Region"),
    "population": QT_TRANSLATE_NOOP("sync", "Population"),
    "edition": QT_TRANSLATE_NOOP("sync", "Edition"),
    "role": QT_TRANSLATE_NOOP("sync", "Role"),
    "city_id": QT_TRANSLATE_NOOP("sync", "City"),
    "framework_id": QT_TRANSLATE_NOOP("sync", "Framework"),
    "dimension_id": QT_TRANSLATE_NOOP("sync", "Dimension"),
    "workshop_id": QT_TRANSLATE_NOOP("sync", "Workshop"),
    "question_id": QT_TRANSLATE_NOOP("sync", "Question"),
    "participant_id": QT_TRANSLATE_NOOP("sync", "Participant"),
    "need_id": QT_TRANSLATE_NOOP("sync", "Need"),
    "objective_id": QT_TRANSLATE_NOOP("sync", "Objective"),
    "action_id": QT_TRANSLATE_NOOP("sync", "Action"),
    "date": QT_TRANSLATE_NOOP("sync", "Date"),
    "venue": QT_TRANSLATE_NOOP("sync", "Venue"),
    "facilitator": QT_TRANSLATE_NOOP("sync", "Facilitator"),
    "status": QT_TRANSLATE_NOOP("sync", "Status"),
    "vision": QT_TRANSLATE_NOOP("sync", "Vision statement"),
    "horizon_years": QT_TRANSLATE_NOOP("sync", "Roadmap horizon (years)"),
    "dots_per_participant": QT_TRANSLATE_NOOP("sync", "Dots per participant"),
    "final": QT_TRANSLATE_NOOP("sync", "Final document"),
    "organisation": QT_TRANSLATE_NOOP("sync", "Organisation"),
    "stakeholder_group": QT_TRANSLATE_NOOP("sync", "Stakeholder group"),
    "email": QT_TRANSLATE_NOOP("sync", "E-mail"),
    "consent": QT_TRANSLATE_NOOP("sync", "Consent given"),
    "joined_from_phone": QT_TRANSLATE_NOOP("sync", "Joined from a phone"),
    "current_level": QT_TRANSLATE_NOOP("sync", "Current level"),
    "target_level": QT_TRANSLATE_NOOP("sync", "Target level"),
    "evidence": QT_TRANSLATE_NOOP("sync", "Evidence / comment"),
    "track": QT_TRANSLATE_NOOP("sync", "Thematic track"),
    "transversal_service": QT_TRANSLATE_NOOP("sync", "Transversal service"),
    "moscow": QT_TRANSLATE_NOOP("sync", "MoSCoW category"),
    "swot": QT_TRANSLATE_NOOP("sync", "SWOT"),
    "dots": QT_TRANSLATE_NOOP("sync", "Dots"),
    "impact": QT_TRANSLATE_NOOP("sync", "Impact"),
    "feasibility": QT_TRANSLATE_NOOP("sync", "Feasibility"),
    "lead_organisation": QT_TRANSLATE_NOOP("sync", "Lead organisation"),
    "partners": QT_TRANSLATE_NOOP("sync", "Partners"),
    "start_month": QT_TRANSLATE_NOOP("sync", "Start"),
    "end_month": QT_TRANSLATE_NOOP("sync", "End"),
    "budget_eur": QT_TRANSLATE_NOOP("sync", "Budget (EUR)"),
    "funding_source": QT_TRANSLATE_NOOP("sync", "Funding source"),
    "quick_win": QT_TRANSLATE_NOOP("sync", "Quick win"),
    "unit": QT_TRANSLATE_NOOP("sync", "Unit"),
    "baseline": QT_TRANSLATE_NOOP("sync", "Baseline"),
    "target": QT_TRANSLATE_NOOP("sync", "Target"),
    "target_date": QT_TRANSLATE_NOOP("sync", "Target date"),
}

# Coded fields whose values have labels (per table where a name means different things).
_CODED: dict[tuple[str, str], Callable[[], dict[str, str]]] = {
    ("workshop", "status"): labels.workshop_statuses,
    ("action", "status"): labels.action_statuses,
    ("city", "role"): labels.city_roles,
    ("city", "edition"): labels.editions,
    ("participant", "stakeholder_group"): labels.stakeholder_groups,
    ("need", "moscow"): labels.moscow,
    ("need", "swot"): labels.swot_kinds,
}


def _tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("sync", ...) above."""
    return QCoreApplication.translate("sync", text)


def table_label(table: str) -> str:
    """The name of a table as the user knows it ("Need"); the table name if unknown."""
    return _tr(_TABLES[table]) if table in _TABLES else table


def field_label(field: str) -> str:
    """The name of a field as the user knows it ("MoSCoW category"); the field name if unknown."""
    return _tr(_FIELDS[field]) if field in _FIELDS else field.replace("_", " ")


def value_text(table: str, field: str, value: Any) -> str:
    """A stored (wire) value as the user reads it."""
    if field == "deleted_at":
        if value is None:
            return QCoreApplication.translate("sync", "Not deleted")
        return QCoreApplication.translate("sync", "Deleted (%1)").replace("%1", str(value)[:16].replace("T", " "))
    if value is None or value == "":
        return QCoreApplication.translate("sync", "(empty)")
    if isinstance(value, bool):
        return QCoreApplication.translate("sync", "Yes") if value else QCoreApplication.translate("sync", "No")
    if (table, field) in _CODED:
        return labels.label(_CODED[(table, field)], str(value))
    if field == "country":
        return labels.country_name(str(value))
    if field.endswith("_id"):
        return QCoreApplication.translate("sync", "linked row %1").replace("%1", str(value)[:8])
    return str(value)


def known_tables() -> set[str]:
    """The tables with a label (a test checks every synced table has one)."""
    return set(_TABLES)


def known_fields() -> set[str]:
    """The fields with a label (a test checks every mergeable field has one)."""
    return set(_FIELDS)
