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
from icc_desktop.messages import Choices, FieldName, Term, problem
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
from icc_desktop.models.text import has_control_characters, text_fields
from icc_desktop.resources import load_json

Values = Mapping[str, Any]
Checker = Callable[[Session, Values], list[Problem]]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TRACK_LISTS = ("track_2020", "sector_2023", "theme_2023")
_LISTS: dict[type[Any], str] = {
    StakeholderGroup: "stakeholder_group", WorkshopStatus: "workshop_status", ActionStatus: "action_status",
    CityRole: "city_role", Edition: "edition", MoSCoW: "moscow", SwotKind: "swot", KpiDirection: "kpi_direction",
}
"""The `vocabulary` list that labels each coded field's choices."""


def _countries() -> frozenset[str]:
    return frozenset(load_json("countries.json"))


def _required_text(values: Values, field: str, label: str, max_length: int = 300) -> list[Problem]:
    text = values.get(field)
    if not isinstance(text, str) or not text.strip():
        return [problem(field, "empty_text", what=Term(label))]
    if len(text) > max_length:
        return [problem(field, "too_long", what=Term(label), max_length=max_length)]
    return []


def _one_of(values: Values, field: str, allowed: type[Any], *, optional: bool = False) -> list[Problem]:
    value = values.get(field)
    if value is None and optional:
        return []
    codes = [member.value for member in allowed]
    if value not in codes:
        return [problem(field, "not_one_of", value=value, codes=Choices(_LISTS[allowed], codes))]
    return []


def _level(values: Values, field: str) -> list[Problem]:
    value = values.get(field)
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
        return [problem(field, "bad_level", value=value)]
    return []


def _whole_number(values: Values, field: str, low: int | None, high: int | None, *, optional: bool) -> list[Problem]:
    value = values.get(field)
    if value is None:
        return [] if optional else [problem(field, "required")]
    if isinstance(value, bool) or not isinstance(value, int):
        return [problem(field, "not_whole_number", value=value)]
    if low is not None and value < low:
        return [problem(field, "at_least", low=low, value=value)]
    if high is not None and value > high:
        return [problem(field, "at_most", high=high, value=value)]
    return []


def _is_date(values: Values, field: str, *, optional: bool) -> list[Problem]:
    value = values.get(field)
    if value is None:
        return [] if optional else [problem(field, "required")]
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return [problem(field, "not_date", value=value)]
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
        return [problem(field, "no_such", label=Term(label), row_id=row_id)]
    return []


def _same_workshop(session: Session, values: Values, field: str, model: type[SyncedModel], label: str) -> list[Problem]:
    row = _live(session, model, values.get(field))
    if row is not None and getattr(row, "workshop_id", None) != values.get("workshop_id"):
        return [problem(field, "other_workshop", label=Term(label))]
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
        return [problem(field, "not_in_list", value=value, list_name=FieldName(field))]
    return []


def check_city(session: Session, v: Values) -> list[Problem]:
    """A city needs a name, a real country code, a sane population, a known edition and role."""
    problems = _required_text(v, "name", "city_name", 200)
    country = v.get("country")
    if not isinstance(country, str) or country not in _countries():
        problems.append(problem("country", "bad_country", country=country))
    problems += _whole_number(v, "population", 0, None, optional=True)
    problems += _one_of(v, "edition", Edition)
    problems += _one_of(v, "role", CityRole)
    return problems


def check_workshop(session: Session, v: Values) -> list[Problem]:
    """A workshop needs a live city and framework, a title, a date and sane voting/horizon settings."""
    problems = _parent(session, v, "city_id", City, "city")
    problems += _parent(session, v, "framework_id", Framework, "framework")
    problems += _required_text(v, "title", "workshop_title")
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
    problems += _required_text(v, "name", "participant_name", 200)
    problems += _one_of(v, "stakeholder_group", StakeholderGroup)
    email = v.get("email")
    if email and not _EMAIL.match(email):
        problems.append(problem("email", "bad_email", email=email))
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
            problems.append(problem("question_id", "question_not_in_framework"))
    return problems


def check_need(session: Session, v: Values) -> list[Problem]:
    """A need needs a title; its tags must come from the reference lists."""
    problems = _parent(session, v, "workshop_id", Workshop, "workshop")
    problems += _required_text(v, "title", "need_title")
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
        # Only an edit that adds dots is refused: votes merged from two laptops can be over the budget
        # already, and lowering one, or changing its impact, must stay possible.
        stored = session.get(Vote, v.get("id")) if v.get("id") else None
        had = stored.dots if stored is not None and stored.deleted_at is None else 0
        if used > workshop.dots_per_participant and v["dots"] > had:
            problems.append(problem("dots", "dots_over_budget", used=used, budget=workshop.dots_per_participant))
    return problems


def check_objective(session: Session, v: Values) -> list[Problem]:
    """An objective needs a title."""
    return _parent(session, v, "workshop_id", Workshop, "workshop") + _required_text(
        v, "title", "objective_title"
    )


def check_action(session: Session, v: Values) -> list[Problem]:
    """An action needs a title; it ends no earlier than it starts; its budget is not negative."""
    problems = _parent(session, v, "workshop_id", Workshop, "workshop")
    problems += _required_text(v, "title", "action_title")
    problems += _parent(session, v, "objective_id", Objective, "objective", optional=True)
    problems += _same_workshop(session, v, "objective_id", Objective, "objective")
    problems += _parent(session, v, "need_id", Need, "need", optional=True)
    problems += _same_workshop(session, v, "need_id", Need, "need")
    problems += _is_date(v, "start_month", optional=True) + _is_date(v, "end_month", optional=True)
    start, end = v.get("start_month"), v.get("end_month")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        problems.append(problem("end_month", "ends_before_start"))
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
    problems += _required_text(v, "name", "kpi_name")
    problems += _is_date(v, "target_date", optional=True)
    for field in ("baseline", "target"):
        value = v.get(field)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            problems.append(problem(field, "not_number", value=value))
    problems += _one_of(v, "direction", KpiDirection)
    return problems


def _number(values: Values, field: str) -> list[Problem]:
    value = values.get(field)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return [problem(field, "not_number", value=value)]
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
    problems += _required_text(v, "label", "round_label", 20)
    problems += _is_date(v, "date", optional=False)
    workshop = _live(session, Workshop, v.get("workshop_id"))
    date = v.get("date")
    if isinstance(workshop, Workshop) and isinstance(date, dt.date) and date < workshop.date:
        problems.append(problem("date", "round_before_workshop"))
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
        _required_text(v, "list_name", "list", 40)
        + _required_text(v, "code", "code", 60)
        + _required_text(v, "label", "label", 200)
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
    problems = [problem(name, "control_characters")
                for name, value in values.items()
                if name in texts and isinstance(value, str) and has_control_characters(name, value)]
    problems += checker(session, values) if checker else []
    if problems:
        raise ValidationError(problems)
