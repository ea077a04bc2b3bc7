"""The rules a row must keep before it reaches the database, one checker per table.

Each checker takes the row's full set of values (after an edit is applied) and returns every
problem found, keyed by field name, so an editor can show the message beside the field.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from sqlmodel import Session, select

from icc_desktop.errors import Problem, ValidationError
from icc_desktop.models import (
    LEVELS,
    Action,
    ActionStatus,
    AssessmentRound,
    City,
    CityRole,
    Dimension,
    Edition,
    Framework,
    Kpi,
    KpiDirection,
    KpiMeasurement,
    MoSCoW,
    Need,
    Objective,
    Participant,
    ProgressNote,
    Question,
    ReferenceItem,
    Response,
    RoundAnswer,
    StakeholderGroup,
    SwotKind,
    SyncedModel,
    Vote,
    Workshop,
    WorkshopStatus,
)
from icc_desktop.models.text import CONTROL_MESSAGE, has_control_characters, text_fields
from icc_desktop.resources import load_json

Values = Mapping[str, Any]
Checker = Callable[[Session, Values], list[Problem]]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TRACK_LISTS = ("track_2020", "sector_2023", "theme_2023")


def _countries() -> frozenset[str]:
    return frozenset(load_json("countries.json"))


def _required_text(values: Values, field: str, label: str, max_length: int = 300) -> list[Problem]:
    text = values.get(field)
    if not isinstance(text, str) or not text.strip():
        return [Problem(field, f"{label} must not be empty.")]
    if len(text) > max_length:
        return [Problem(field, f"{label} is longer than {max_length} characters.")]
    return []


def _one_of(values: Values, field: str, allowed: type[Any], *, optional: bool = False) -> list[Problem]:
    value = values.get(field)
    if value is None and optional:
        return []
    codes = [member.value for member in allowed]
    if value not in codes:
        return [Problem(field, f"'{value}' is not one of: {', '.join(codes)}.")]
    return []


def _level(values: Values, field: str) -> list[Problem]:
    value = values.get(field)
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
        return [Problem(field, f"a level must be a whole number from 1 to 5 (or empty), not {value!r}.")]
    return []


def _whole_number(values: Values, field: str, low: int | None, high: int | None, *, optional: bool) -> list[Problem]:
    value = values.get(field)
    if value is None:
        return [] if optional else [Problem(field, "must not be empty.")]
    if isinstance(value, bool) or not isinstance(value, int):
        return [Problem(field, f"must be a whole number, not {value!r}.")]
    if low is not None and value < low:
        return [Problem(field, f"must be at least {low}, not {value}.")]
    if high is not None and value > high:
        return [Problem(field, f"must be at most {high}, not {value}.")]
    return []


def _is_date(values: Values, field: str, *, optional: bool) -> list[Problem]:
    value = values.get(field)
    if value is None:
        return [] if optional else [Problem(field, "must not be empty.")]
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return [Problem(field, f"must be a date, not {value!r}.")]
    return []


def _live(session: Session, model: type[SyncedModel], row_id: Any) -> SyncedModel | None:
    if not isinstance(row_id, str):
        return None
    row = session.get(model, row_id)
    return row if row is not None and row.deleted_at is None else None


def _parent(session: Session, values: Values, field: str, model: type[SyncedModel], label: str,
            *, optional: bool = False) -> list[Problem]:
    row_id = values.get(field)
    if row_id is None and optional:
        return []
    if _live(session, model, row_id) is None:
        return [Problem(field, f"no such {label}: {row_id!r}.")]
    return []


def _same_workshop(session: Session, values: Values, field: str, model: type[SyncedModel], label: str) -> list[Problem]:
    row = _live(session, model, values.get(field))
    if row is not None and getattr(row, "workshop_id", None) != values.get("workshop_id"):
        return [Problem(field, f"this {label} belongs to another workshop.")]
    return []


def reference_codes(session: Session, *list_names: str) -> set[str]:
    """The codes of the live entries of some reference lists."""
    query = select(ReferenceItem.code).where(
        ReferenceItem.list_name.in_(list_names),  # type: ignore[attr-defined]
        ReferenceItem.deleted_at.is_(None),  # type: ignore[union-attr]
    )
    return set(session.exec(query).all())


def _reference(session: Session, values: Values, field: str, *list_names: str) -> list[Problem]:
    value = values.get(field)
    if value is None:
        return []
    if value not in reference_codes(session, *list_names):
        return [Problem(field, f"'{value}' is not in the list of {field.replace('_', ' ')}s.")]
    return []


def check_city(session: Session, v: Values) -> list[Problem]:
    """A city needs a name, a real country code, a sane population, a known edition and role."""
    problems = _required_text(v, "name", "The city's name", 200)
    country = v.get("country")
    if not isinstance(country, str) or country not in _countries():
        problems.append(Problem("country", f"'{country}' is not an ISO 3166 two-letter country code (e.g. PL)."))
    problems += _whole_number(v, "population", 0, None, optional=True)
    problems += _one_of(v, "edition", Edition)
    problems += _one_of(v, "role", CityRole)
    return problems


def check_workshop(session: Session, v: Values) -> list[Problem]:
    """A workshop needs a live city and framework, a title, a date and sane voting/horizon settings."""
    problems = _parent(session, v, "city_id", City, "city")
    problems += _parent(session, v, "framework_id", Framework, "framework")
    problems += _required_text(v, "title", "The workshop's title")
    problems += _is_date(v, "date", optional=False)
    problems += _one_of(v, "status", WorkshopStatus)
    problems += _whole_number(v, "horizon_years", 1, 15, optional=False)
    problems += _whole_number(v, "dots_per_participant", 1, 50, optional=False)
    problems += _whole_number(v, "retention_months", 1, 600, optional=True)
    problems += _is_date(v, "baseline_frozen_on", optional=True)
    return problems


def check_participant(session: Session, v: Values) -> list[Problem]:
    """A participant needs a name and a stakeholder group; an e-mail, if given, must look like one."""
    problems = _parent(session, v, "workshop_id", Workshop, "workshop")
    problems += _required_text(v, "name", "The participant's name", 200)
    problems += _one_of(v, "stakeholder_group", StakeholderGroup)
    email = v.get("email")
    if email and not _EMAIL.match(email):
        problems.append(Problem("email", f"'{email}' is not an e-mail address."))
    problems += _is_date(v, "consent_recorded_on", optional=True)
    return problems


def check_response(session: Session, v: Values) -> list[Problem]:
    """Levels 1–5 or empty, on a question of the workshop's framework, by one of its participants."""
    problems = _parent(session, v, "workshop_id", Workshop, "workshop")
    problems += _parent(session, v, "question_id", Question, "question")
    problems += _parent(session, v, "participant_id", Participant, "participant", optional=True)
    problems += _same_workshop(session, v, "participant_id", Participant, "participant")
    problems += _level(v, "current_level") + _level(v, "target_level")
    workshop = _live(session, Workshop, v.get("workshop_id"))
    question = _live(session, Question, v.get("question_id"))
    if isinstance(workshop, Workshop) and isinstance(question, Question):
        dimension = session.get(Dimension, question.dimension_id)
        if dimension is None or dimension.framework_id != workshop.framework_id:
            problems.append(Problem("question_id", "this question is not in the workshop's framework."))
    return problems


def check_need(session: Session, v: Values) -> list[Problem]:
    """A need needs a title; its tags must come from the reference lists."""
    problems = _parent(session, v, "workshop_id", Workshop, "workshop")
    problems += _required_text(v, "title", "The need's title")
    problems += _one_of(v, "moscow", MoSCoW, optional=True)
    problems += _one_of(v, "swot", SwotKind, optional=True)
    problems += _reference(session, v, "track", *TRACK_LISTS)
    problems += _reference(session, v, "transversal_service", "transversal_service")
    problems += _parent(session, v, "dimension_id", Dimension, "dimension", optional=True)
    return problems


def check_vote(session: Session, v: Values) -> list[Problem]:
    """Dots ≥ 0 within the participant's budget; impact and feasibility 1–5 or empty."""
    problems = _parent(session, v, "need_id", Need, "need")
    problems += _same_workshop(session, v, "need_id", Need, "need")
    problems += _parent(session, v, "participant_id", Participant, "participant", optional=True)
    problems += _same_workshop(session, v, "participant_id", Participant, "participant")
    problems += _whole_number(v, "dots", 0, None, optional=False)
    problems += _level(v, "impact") + _level(v, "feasibility")
    workshop = _live(session, Workshop, v.get("workshop_id"))
    participant_id = v.get("participant_id")
    if isinstance(workshop, Workshop) and participant_id and isinstance(v.get("dots"), int):
        others = session.exec(
            select(Vote.dots).where(
                Vote.participant_id == participant_id,
                Vote.id != v.get("id"),
                Vote.deleted_at.is_(None),  # type: ignore[union-attr]
            )
        ).all()
        used = sum(others) + v["dots"]
        if used > workshop.dots_per_participant:
            problems.append(Problem(
                "dots",
                f"this participant would use {used} dots; each has {workshop.dots_per_participant}.",
            ))
    return problems


def check_objective(session: Session, v: Values) -> list[Problem]:
    """An objective needs a title."""
    return _parent(session, v, "workshop_id", Workshop, "workshop") + _required_text(
        v, "title", "The objective's title"
    )


def check_action(session: Session, v: Values) -> list[Problem]:
    """An action needs a title; it ends no earlier than it starts; its budget is not negative."""
    problems = _parent(session, v, "workshop_id", Workshop, "workshop")
    problems += _required_text(v, "title", "The action's title")
    problems += _parent(session, v, "objective_id", Objective, "objective", optional=True)
    problems += _same_workshop(session, v, "objective_id", Objective, "objective")
    problems += _parent(session, v, "need_id", Need, "need", optional=True)
    problems += _same_workshop(session, v, "need_id", Need, "need")
    problems += _is_date(v, "start_month", optional=True) + _is_date(v, "end_month", optional=True)
    start, end = v.get("start_month"), v.get("end_month")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        problems.append(Problem("end_month", "the action cannot end before it starts."))
    problems += _whole_number(v, "budget_eur", 0, None, optional=True)
    problems += _one_of(v, "status", ActionStatus)
    problems += _reference(session, v, "funding_source", "funding_source")
    problems += _reference(session, v, "track", *TRACK_LISTS)
    problems += _whole_number(v, "percent_complete", 0, 100, optional=True)
    problems += _is_date(v, "baseline_start_month", optional=True)
    problems += _is_date(v, "baseline_end_month", optional=True)
    problems += _whole_number(v, "baseline_budget_eur", 0, None, optional=True)
    return problems


def check_kpi(session: Session, v: Values) -> list[Problem]:
    """A KPI needs a name and a live action of the same workshop."""
    problems = _parent(session, v, "action_id", Action, "action")
    problems += _same_workshop(session, v, "action_id", Action, "action")
    problems += _required_text(v, "name", "The KPI's name")
    problems += _is_date(v, "target_date", optional=True)
    for field in ("baseline", "target"):
        value = v.get(field)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            problems.append(Problem(field, f"must be a number, not {value!r}."))
    problems += _one_of(v, "direction", KpiDirection)
    return problems


def _number(values: Values, field: str) -> list[Problem]:
    value = values.get(field)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return [Problem(field, f"must be a number, not {value!r}.")]
    return []


def check_progress_note(session: Session, v: Values) -> list[Problem]:
    """A progress note is dated, on a live action of its workshop; percent 0–100; a known status."""
    problems = _parent(session, v, "action_id", Action, "action")
    problems += _same_workshop(session, v, "action_id", Action, "action")
    problems += _is_date(v, "date", optional=False)
    problems += _one_of(v, "status", ActionStatus, optional=True)
    problems += _whole_number(v, "percent_complete", 0, 100, optional=True)
    return problems


def check_kpi_measurement(session: Session, v: Values) -> list[Problem]:
    """A measurement is a dated number on a live KPI of its workshop."""
    problems = _parent(session, v, "kpi_id", Kpi, "KPI")
    problems += _same_workshop(session, v, "kpi_id", Kpi, "KPI")
    problems += _is_date(v, "date", optional=False)
    problems += _number(v, "value")
    return problems


def check_assessment_round(session: Session, v: Values) -> list[Problem]:
    """A round has a label and a date no earlier than its workshop's."""
    problems = _parent(session, v, "workshop_id", Workshop, "workshop")
    problems += _required_text(v, "label", "The round's label", 20)
    problems += _is_date(v, "date", optional=False)
    workshop = _live(session, Workshop, v.get("workshop_id"))
    date = v.get("date")
    if isinstance(workshop, Workshop) and isinstance(date, dt.date) and date < workshop.date:
        problems.append(Problem("date", "a later round cannot be dated before the workshop."))
    return problems


def check_round_answer(session: Session, v: Values) -> list[Problem]:
    """Levels 1–5 or empty, on a question of the workshop's framework, in a round of the workshop."""
    problems = _parent(session, v, "round_id", AssessmentRound, "assessment round")
    problems += _same_workshop(session, v, "round_id", AssessmentRound, "assessment round")
    problems += check_response(session, {**v, "participant_id": None})
    return problems


def check_reference_item(session: Session, v: Values) -> list[Problem]:
    """A reference entry needs a list, a code and a label."""
    return (
        _required_text(v, "list_name", "The list", 40)
        + _required_text(v, "code", "The code", 60)
        + _required_text(v, "label", "The label", 200)
    )


CHECKERS: dict[type[SyncedModel], Checker] = {
    City: check_city,
    Workshop: check_workshop,
    Participant: check_participant,
    Response: check_response,
    Need: check_need,
    Vote: check_vote,
    Objective: check_objective,
    Action: check_action,
    Kpi: check_kpi,
    ProgressNote: check_progress_note,
    KpiMeasurement: check_kpi_measurement,
    AssessmentRound: check_assessment_round,
    RoundAnswer: check_round_answer,
    ReferenceItem: check_reference_item,
}


def validate(session: Session, model: type[SyncedModel], values: Values) -> None:
    """Raise `ValidationError` listing every problem of a row of `model` with these values."""
    checker = CHECKERS.get(model)
    texts = text_fields(model)
    problems = [Problem(name, f"{CONTROL_MESSAGE} (such as a tab, a line break or NUL).")
                for name, value in values.items()
                if name in texts and isinstance(value, str) and has_control_characters(name, value)]
    problems += checker(session, values) if checker else []
    if problems:
        raise ValidationError(problems)
