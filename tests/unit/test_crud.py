"""Create, update, delete and undo for every entity; validation that writes nothing; cascades;
duplicating a workshop; finding a workshop by id prefix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from sqlmodel import select

from icc_desktop.errors import AmbiguousIdError, NotFoundError, ValidationError
from icc_desktop.models import (
    Action,
    City,
    Kpi,
    Need,
    Objective,
    Participant,
    ReferenceItem,
    Response,
    SyncedModel,
    Vote,
    Workshop,
)
from icc_desktop.services import crud
from icc_desktop.services.workshops import create_workshop, duplicate_workshop, find_workshop
from icc_desktop.store.db import Database
from icc_desktop.store.seed import seed_id
from tests.factories import db_snapshot, make_workshop, questions

WORKSHOP_TABLES = (Participant, Response, Need, Vote, Objective, Action, Kpi)


def _stored(db: Database, model: type[SyncedModel], row_id: str) -> SyncedModel:
    """The row as the database has it now (read in a fresh session)."""
    with db.session() as session:
        row = session.get(model, row_id)
        assert row is not None
        return row


@pytest.fixture
def base(db: Database) -> SimpleNamespace:
    """Two workshops; the first with one row of each kind the others can point at."""
    workshop = make_workshop(db)
    question = questions(db, workshop)[0]
    participant = crud.create(db, Participant, workshop_id=workshop.id, name="Ewa Nowak")
    need = crud.create(db, Need, workshop_id=workshop.id, title="Open data portal")
    objective = crud.create(db, Objective, workshop_id=workshop.id, title="A data-driven city hall")
    action = crud.create(db, Action, workshop_id=workshop.id, title="Publish budget data")
    other = make_workshop(db, name="Poznań")
    return SimpleNamespace(
        workshop=workshop, city_id=workshop.city_id, framework_id=workshop.framework_id,
        question=question, dimension_id=question.dimension_id, participant=participant, need=need,
        objective=objective, action=action, other=other,
    )


# (model, values to create from the base, what is stored, changes, what is stored after them)
Case = tuple[type[SyncedModel], Callable[[SimpleNamespace], dict[str, Any]], dict[str, Any],
             dict[str, Any], dict[str, Any]]

CASES: list[Case] = [
    (
        City,
        lambda b: {"name": "  Jyväskylä ", "country": "fi", "population": 145_000, "edition": "2023-25",
                   "role": "mentor", "region": "Central Finland"},
        {"name": "Jyväskylä", "country": "FI", "population": 145_000, "edition": "2023-25", "role": "mentor",
         "region": "Central Finland"},
        {"population": 146_000, "notes": "  kept as typed  "},
        {"population": 146_000, "notes": "  kept as typed  "},
    ),
    (
        Workshop,
        lambda b: {"city_id": b.city_id, "framework_id": b.framework_id, "title": "Follow-up workshop",
                   "date": dt.date(2025, 5, 6), "dots_per_participant": 7},
        {"title": "Follow-up workshop", "date": dt.date(2025, 5, 6), "dots_per_participant": 7,
         "status": "planned", "horizon_years": 3},
        {"status": "done", "venue": " Town hall "},
        {"status": "done", "venue": "Town hall"},
    ),
    (
        Participant,
        lambda b: {"workshop_id": b.workshop.id, "name": "Ana Silva", "organisation": "University of Białystok",
                   "stakeholder_group": "academia", "email": "ana@uwb.example", "consent": True},
        {"name": "Ana Silva", "organisation": "University of Białystok", "stakeholder_group": "academia",
         "email": "ana@uwb.example", "consent": True, "role": ""},
        {"email": None, "stakeholder_group": "business"},
        {"email": None, "stakeholder_group": "business"},
    ),
    (
        Response,
        lambda b: {"workshop_id": b.workshop.id, "question_id": b.question.id,
                   "participant_id": b.participant.id, "current_level": 2, "target_level": 4,
                   "evidence": "Survey 2023 "},
        {"current_level": 2, "target_level": 4, "evidence": "Survey 2023 "},
        {"current_level": None},
        {"current_level": None, "target_level": 4},
    ),
    (
        Need,
        lambda b: {"workshop_id": b.workshop.id, "title": "Broadband for villages", "track": "green_economy",
                   "transversal_service": "open_data_platforms", "moscow": "must", "swot": "weakness",
                   "dimension_id": b.dimension_id},
        {"title": "Broadband for villages", "track": "green_economy", "transversal_service": "open_data_platforms",
         "moscow": "must", "swot": "weakness"},
        {"moscow": "could", "track": None},
        {"moscow": "could", "track": None, "swot": "weakness"},
    ),
    (
        Vote,
        lambda b: {"workshop_id": b.workshop.id, "need_id": b.need.id, "participant_id": b.participant.id,
                   "dots": 3, "impact": 4, "feasibility": 2},
        {"dots": 3, "impact": 4, "feasibility": 2},
        {"dots": 5, "impact": None},
        {"dots": 5, "impact": None, "feasibility": 2},
    ),
    (
        Objective,
        lambda b: {"workshop_id": b.workshop.id, "title": "Skills for the twin transition", "position": 2},
        {"title": "Skills for the twin transition", "position": 2, "description": ""},
        {"description": "Reach 500 SMEs by 2027."},
        {"description": "Reach 500 SMEs by 2027.", "position": 2},
    ),
    (
        Action,
        lambda b: {"workshop_id": b.workshop.id, "objective_id": b.objective.id, "need_id": b.need.id,
                   "title": "Open data hackathon", "start_month": dt.date(2024, 3, 17),
                   "end_month": dt.date(2025, 2, 28), "budget_eur": 25_000, "funding_source": "erdf",
                   "quick_win": True, "lead_organisation": "City of Białystok"},
        {"title": "Open data hackathon", "start_month": dt.date(2024, 3, 1), "end_month": dt.date(2025, 2, 1),
         "budget_eur": 25_000, "funding_source": "erdf", "quick_win": True, "status": "planned"},
        {"status": "in_progress", "budget_eur": 0, "end_month": dt.date(2024, 3, 31)},
        {"status": "in_progress", "budget_eur": 0, "end_month": dt.date(2024, 3, 1)},
    ),
    (
        Kpi,
        lambda b: {"workshop_id": b.workshop.id, "action_id": b.action.id, "name": "Open datasets",
                   "unit": "datasets", "baseline": 12.5, "target": 40.0, "target_date": dt.date(2026, 12, 31)},
        {"name": "Open datasets", "unit": "datasets", "baseline": 12.5, "target": 40.0,
         "target_date": dt.date(2026, 12, 31)},
        {"target": 45.0},
        {"target": 45.0, "baseline": 12.5},
    ),
    (
        ReferenceItem,
        lambda b: {"list_name": "funding_source", "code": "city_fund", "label": "City innovation fund"},
        {"list_name": "funding_source", "code": "city_fund", "label": "City innovation fund", "edition": None},
        {"label": "Municipal innovation fund"},
        {"label": "Municipal innovation fund", "code": "city_fund"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[0].__name__ for case in CASES])
def test_create_update_delete_undo(db, base, case):
    """Each entity is stored as given (normalised), updated, tombstoned and brought back, restamped each time."""
    model, make_values, created_expect, changes, updated_expect = case
    values = make_values(base)
    row = crud.create(db, model, **values)
    stored = _stored(db, model, row.id)
    expected = crud.values_of(model(**values)) | created_expect
    assert crud.values_of(stored) == expected
    assert stored.dirty is True and stored.deleted_at is None and stored.server_seq is None
    assert stored.updated_at.endswith(db.device_id)
    stamps = [stored.updated_at]

    crud.update(db, model, row.id, **changes)
    stored = _stored(db, model, row.id)
    expected |= updated_expect
    assert crud.values_of(stored) == expected
    stamps.append(stored.updated_at)

    deletion = crud.delete(db, model, row.id)
    assert deletion.deleted == [(model, row.id)]
    stored = _stored(db, model, row.id)
    assert stored.deleted_at is not None
    stamps.append(stored.updated_at)
    with db.session() as session, pytest.raises(NotFoundError):
        crud.get(session, model, row.id)
    with pytest.raises(NotFoundError):
        crud.update(db, model, row.id, **changes)

    crud.undo_delete(db, deletion)
    stored = _stored(db, model, row.id)
    assert stored.deleted_at is None
    assert crud.values_of(stored) == expected
    stamps.append(stored.updated_at)
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_unknown_field_is_refused(db, base):
    """A field the table does not have is named in the error and nothing is written."""
    before = db_snapshot(db)
    with pytest.raises(ValidationError) as error:
        crud.create(db, City, name="Cork", country="IE", mayor="someone")
    assert error.value.fields == {"mayor": "City has no field 'mayor'."}
    assert db_snapshot(db) == before


# (model, valid values from the base, bad changes, the problems expected, keyed by field)
Rule = tuple[type[SyncedModel], Callable[[SimpleNamespace], dict[str, Any]], dict[str, Any], dict[str, str]]

RULES: dict[str, Rule] = {
    "empty city name": (
        City, lambda b: {"name": "Cork", "country": "IE"}, {"name": "   "},
        {"name": "The city's name must not be empty."},
    ),
    "empty participant name": (
        Participant, lambda b: {"workshop_id": b.workshop.id, "name": "Ana"}, {"name": ""},
        {"name": "The participant's name must not be empty."},
    ),
    "bad country": (
        City, lambda b: {"name": "Athens", "country": "GR"}, {"country": "EL"},
        {"country": "'EL' is not an ISO 3166 two-letter country code (e.g. PL)."},
    ),
    "level above 5": (
        Response,
        lambda b: {"workshop_id": b.workshop.id, "question_id": b.question.id, "current_level": 3},
        {"current_level": 6},
        {"current_level": "a level must be a whole number from 1 to 5 (or empty), not 6."},
    ),
    "level below 1": (
        Response,
        lambda b: {"workshop_id": b.workshop.id, "question_id": b.question.id, "target_level": 3},
        {"target_level": 0},
        {"target_level": "a level must be a whole number from 1 to 5 (or empty), not 0."},
    ),
    "impact outside 1-5": (
        Vote, lambda b: {"workshop_id": b.workshop.id, "need_id": b.need.id, "impact": 2}, {"impact": 9},
        {"impact": "a level must be a whole number from 1 to 5 (or empty), not 9."},
    ),
    "end before start": (
        Action,
        lambda b: {"workshop_id": b.workshop.id, "title": "Pilot", "start_month": dt.date(2025, 5, 1),
                   "end_month": dt.date(2025, 9, 1)},
        {"end_month": dt.date(2025, 4, 30)},
        {"end_month": "the action cannot end before it starts."},
    ),
    "negative budget": (
        Action, lambda b: {"workshop_id": b.workshop.id, "title": "Pilot", "budget_eur": 1000},
        {"budget_eur": -1}, {"budget_eur": "must be at least 0, not -1."},
    ),
    "bad e-mail": (
        Participant, lambda b: {"workshop_id": b.workshop.id, "name": "Ana", "email": "ana@uwb.example"},
        {"email": "ana@uwb"}, {"email": "'ana@uwb' is not an e-mail address."},
    ),
    "unknown funding source": (
        Action, lambda b: {"workshop_id": b.workshop.id, "title": "Pilot", "funding_source": "erdf"},
        {"funding_source": "lottery"}, {"funding_source": "'lottery' is not in the list of funding sources."},
    ),
    "unknown track": (
        Need, lambda b: {"workshop_id": b.workshop.id, "title": "Bike lanes", "track": "green_economy"},
        {"track": "space_race"}, {"track": "'space_race' is not in the list of tracks."},
    ),
    "unknown parent": (
        Objective, lambda b: {"workshop_id": b.workshop.id, "title": "Skills"}, {"workshop_id": "nope"},
        {"workshop_id": "no such workshop: 'nope'."},
    ),
    "need of another workshop": (
        Vote, lambda b: {"workshop_id": b.other.id, "need_id": b.need.id, "dots": 1},
        {},
        {"need_id": "this need belongs to another workshop."},
    ),
    "objective of another workshop": (
        Action, lambda b: {"workshop_id": b.other.id, "title": "Pilot", "objective_id": b.objective.id},
        {},
        {"objective_id": "this objective belongs to another workshop."},
    ),
    "action of another workshop": (
        Kpi, lambda b: {"workshop_id": b.other.id, "action_id": b.action.id, "name": "Visitors"},
        {},
        {"action_id": "this action belongs to another workshop."},
    ),
}


@pytest.mark.parametrize("rule", list(RULES))
def test_broken_rule_on_create_writes_nothing(db, base, rule):
    """Creating a row that breaks a rule names the field and leaves the database exactly as it was."""
    model, make_values, bad, problems = RULES[rule]
    before = db_snapshot(db)
    with pytest.raises(ValidationError) as error:
        crud.create(db, model, **(make_values(base) | bad))
    assert error.value.fields == problems
    assert db_snapshot(db) == before


@pytest.mark.parametrize("rule", [name for name, r in RULES.items() if r[2]])
def test_broken_rule_on_update_writes_nothing(db, base, rule):
    """Changing a valid row so that it breaks a rule is refused and leaves the database as it was."""
    model, make_values, bad, problems = RULES[rule]
    row = crud.create(db, model, **make_values(base))
    before = db_snapshot(db)
    with pytest.raises(ValidationError) as error:
        crud.update(db, model, row.id, **bad)
    assert error.value.fields == problems
    assert db_snapshot(db) == before


def test_foreign_rows_are_refused_on_update(db, base):
    """Pointing a vote at a participant of another workshop is refused and nothing changes."""
    stranger = crud.create(db, Participant, workshop_id=base.other.id, name="Jan")
    vote = crud.create(db, Vote, workshop_id=base.workshop.id, need_id=base.need.id, dots=1)
    before = db_snapshot(db)
    with pytest.raises(ValidationError) as error:
        crud.update(db, Vote, vote.id, participant_id=stranger.id)
    assert error.value.fields == {"participant_id": "this participant belongs to another workshop."}
    assert db_snapshot(db) == before


def test_dot_budget_on_update_writes_nothing(db, base):
    """Raising a vote past the participant's dots (5 across all needs) is refused; nothing changes."""
    second = crud.create(db, Need, workshop_id=base.workshop.id, title="Bike lanes")
    p = base.participant.id
    crud.create(db, Vote, workshop_id=base.workshop.id, need_id=base.need.id, participant_id=p, dots=3)
    vote = crud.create(db, Vote, workshop_id=base.workshop.id, need_id=second.id, participant_id=p, dots=2)
    before = db_snapshot(db)
    with pytest.raises(ValidationError) as error:
        crud.update(db, Vote, vote.id, dots=3)
    assert error.value.fields == {"dots": "this participant would use 6 dots; each has 5."}
    assert db_snapshot(db) == before


def test_every_problem_is_reported_at_once(db, base):
    """A row with several broken rules lists each of them, by field."""
    with pytest.raises(ValidationError) as error:
        crud.create(db, Action, workshop_id=base.workshop.id, title="", budget_eur=-5, status="maybe",
                    start_month=dt.date(2025, 2, 1), end_month=dt.date(2024, 2, 1))
    assert error.value.fields == {
        "title": "The action's title must not be empty.",
        "end_month": "the action cannot end before it starts.",
        "budget_eur": "must be at least 0, not -5.",
        "status": "'maybe' is not one of: planned, in_progress, done, cancelled.",
    }


def test_month_precision_allows_an_action_within_one_month(db, base):
    """Start and end in the same month (end day before start day) is a one-month action, not an error."""
    action = crud.create(db, Action, workshop_id=base.workshop.id, title="Kick-off",
                         start_month=dt.date(2025, 5, 20), end_month=dt.date(2025, 5, 3))
    assert (action.start_month, action.end_month) == (dt.date(2025, 5, 1), dt.date(2025, 5, 1))


def test_deleted_reference_code_is_no_longer_accepted(db, base):
    """A funding source removed from the list cannot be chosen for a new action."""
    crud.delete(db, ReferenceItem, seed_id("reference", "funding_source", "erdf"))
    with pytest.raises(ValidationError) as error:
        crud.create(db, Action, workshop_id=base.workshop.id, title="Pilot", funding_source="erdf")
    assert error.value.fields == {"funding_source": "'erdf' is not in the list of funding sources."}


def _full_workshop(db: Database, base: SimpleNamespace) -> None:
    """Add a response, a vote and a KPI to the base workshop, so every workshop table has a row."""
    w = base.workshop.id
    crud.create(db, Response, workshop_id=w, question_id=base.question.id, current_level=2, target_level=3)
    crud.create(db, Vote, workshop_id=w, need_id=base.need.id, participant_id=base.participant.id, dots=2)
    crud.create(db, Kpi, workshop_id=w, action_id=base.action.id, name="Datasets published")
    crud.update(db, Action, base.action.id, objective_id=base.objective.id, need_id=base.need.id)


def _rows_of(db: Database, workshop_id: str) -> dict[tuple[type[SyncedModel], str], Any]:
    """Every row (live or not) of a workshop, keyed by (table, id), with its deleted_at."""
    rows: dict[tuple[type[SyncedModel], str], Any] = {}
    with db.session() as session:
        for model in WORKSHOP_TABLES:
            for row in session.exec(select(model).where(model.workshop_id == workshop_id)).all():
                rows[(model, row.id)] = row.deleted_at
        workshop = session.get(Workshop, workshop_id)
        rows[(Workshop, workshop_id)] = workshop.deleted_at
    return rows


def test_deleting_a_workshop_cascades_and_undo_restores_exactly_those_rows(db, base):
    """Deleting a workshop tombstones its rows at one time; undo revives exactly them, not earlier deletions."""
    _full_workshop(db, base)
    gone_before = crud.create(db, Participant, workshop_id=base.workshop.id, name="Left early")
    earlier = crud.delete(db, Participant, gone_before.id)
    earlier_stamp = _stored(db, Participant, gone_before.id).deleted_at
    other_before = _rows_of(db, base.other.id)
    live_before = {key for key, deleted in _rows_of(db, base.workshop.id).items() if deleted is None}
    assert {model for model, _ in live_before} == {Workshop, *WORKSHOP_TABLES}

    deletion = crud.delete(db, Workshop, base.workshop.id)
    assert sorted(deletion.deleted, key=str) == sorted(live_before, key=str)
    after = _rows_of(db, base.workshop.id)
    stamps = {after[key] for key in live_before}
    assert len(stamps) == 1 and None not in stamps
    assert after[(Participant, gone_before.id)] == earlier_stamp
    assert _rows_of(db, base.other.id) == other_before
    assert find_workshop(db, base.other.id).id == base.other.id

    crud.undo_delete(db, deletion)
    restored = _rows_of(db, base.workshop.id)
    assert {key for key, deleted in restored.items() if deleted is None} == live_before
    assert restored[(Participant, gone_before.id)] == earlier_stamp
    assert earlier.deleted == [(Participant, gone_before.id)]


def test_deleting_a_city_deletes_its_workshops(db, base):
    """A city's workshops go with it, and come back with it."""
    deletion = crud.delete(db, City, base.city_id)
    assert (Workshop, base.workshop.id) in deletion.deleted
    assert _stored(db, Workshop, base.other.id).deleted_at is None  # another city's workshop
    with pytest.raises(NotFoundError):
        find_workshop(db, base.workshop.id)
    crud.undo_delete(db, deletion)
    assert find_workshop(db, base.workshop.id).id == base.workshop.id


def test_deleting_a_need_detaches_actions_and_undo_relinks_them(db, base):
    """An action keeps living without its deleted need (need_id None); its votes go; undo restores both."""
    _full_workshop(db, base)
    vote_ids = [v.id for v in _live(db, Vote, need_id=base.need.id)]
    assert len(vote_ids) == 1
    deletion = crud.delete(db, Need, base.need.id)
    action = _stored(db, Action, base.action.id)
    assert action.need_id is None and action.deleted_at is None
    assert action.objective_id == base.objective.id
    assert deletion.detached == [(Action, base.action.id, "need_id", base.need.id)]
    assert _live(db, Vote, need_id=base.need.id) == []

    crud.undo_delete(db, deletion)
    assert _stored(db, Action, base.action.id).need_id == base.need.id
    assert [v.id for v in _live(db, Vote, need_id=base.need.id)] == vote_ids


def test_deleting_an_objective_detaches_its_actions(db, base):
    """Actions of a deleted objective stay, without the objective; undo puts the link back."""
    _full_workshop(db, base)
    deletion = crud.delete(db, Objective, base.objective.id)
    assert _stored(db, Action, base.action.id).objective_id is None
    crud.undo_delete(db, deletion)
    assert _stored(db, Action, base.action.id).objective_id == base.objective.id


def _live(db: Database, model: type[SyncedModel], **where: Any) -> list[Any]:
    with db.session() as session:
        return crud.live(session, model, **where)


def test_duplicate_workshop_copies_rows_and_repoints_links(db, base):
    """The copy has its own participants, needs, objectives, actions and KPIs, linked among themselves."""
    _full_workshop(db, base)
    crud.create(db, Action, workshop_id=base.workshop.id, title="Unlinked action", position=1)
    crud.delete(db, Participant, crud.create(db, Participant, workshop_id=base.workshop.id, name="Gone").id)
    source_before = _rows_of(db, base.workshop.id)

    copy = duplicate_workshop(db, base.workshop.id)
    assert copy.id != base.workshop.id
    assert (copy.title, copy.status, copy.city_id, copy.date) == (
        "Needs assessment (copy)", "planned", base.city_id, base.workshop.date,
    )
    assert _rows_of(db, base.workshop.id) == source_before
    for model in (Participant, Need, Objective, Action, Kpi):
        originals = _live(db, model, workshop_id=base.workshop.id)
        copies = _live(db, model, workshop_id=copy.id)
        strip = {"id", "workshop_id", "objective_id", "need_id", "action_id"}
        assert sorted(str({k: v for k, v in crud.values_of(r).items() if k not in strip}) for r in copies) == \
            sorted(str({k: v for k, v in crud.values_of(r).items() if k not in strip}) for r in originals)
        assert not {r.id for r in copies} & {r.id for r in originals}
    assert [p.name for p in _live(db, Participant, workshop_id=copy.id)] == ["Ewa Nowak"]
    assert _live(db, Vote, workshop_id=copy.id) == [] and _live(db, Response, workshop_id=copy.id) == []

    (need,) = _live(db, Need, workshop_id=copy.id)
    (objective,) = _live(db, Objective, workshop_id=copy.id)
    actions = {a.title: a for a in _live(db, Action, workshop_id=copy.id)}
    linked = actions["Publish budget data"]
    assert (linked.need_id, linked.objective_id) == (need.id, objective.id)
    assert (actions["Unlinked action"].need_id, actions["Unlinked action"].objective_id) == (None, None)
    (kpi,) = _live(db, Kpi, workshop_id=copy.id)
    assert kpi.action_id == linked.id
    assert need.dimension_id == base.need.dimension_id  # the framework is shared, not copied


def test_duplicate_workshop_with_a_title(db, base):
    """A title given for the copy is used as is."""
    copy = duplicate_workshop(db, base.workshop.id, title="Follow-up 2025")
    assert find_workshop(db, copy.id).title == "Follow-up 2025"


def test_find_workshop_by_prefix(db):
    """A unique prefix (any case) finds the workshop; a shared prefix is ambiguous; none or deleted is not found."""
    city = crud.create(db, City, name="Iași", country="RO")
    framework_id = make_workshop(db, name="Arad").framework_id
    first = create_workshop(db, city.id, "First", dt.date(2024, 1, 1), framework_id=framework_id,
                            id="abc10000-0000-4000-8000-000000000001")
    create_workshop(db, city.id, "Second", dt.date(2024, 2, 1), id="abc20000-0000-4000-8000-000000000002")
    assert find_workshop(db, "abc1").id == first.id
    assert find_workshop(db, " ABC10000 ").id == first.id
    assert find_workshop(db, first.id).title == "First"
    with pytest.raises(AmbiguousIdError, match="More than one workshop id starts with 'abc'"):
        find_workshop(db, "abc")
    with pytest.raises(NotFoundError, match="No workshop with id 'zzz'"):
        find_workshop(db, "zzz")
    with pytest.raises(NotFoundError, match="No workshop id given"):
        find_workshop(db, "  ")
    crud.delete(db, Workshop, first.id)
    with pytest.raises(NotFoundError):
        find_workshop(db, "abc1")
    assert find_workshop(db, "abc").title == "Second"  # the deleted one no longer makes it ambiguous


def test_line_breaks_in_a_name_become_spaces_and_other_control_characters_are_refused(db, base):
    """A name pasted with a line break or tab reads as one line; NUL or an escape character in any text
    field is refused naming the field, and nothing is written; paragraphs keep their line breaks."""
    participant = crud.create(db, Participant, workshop_id=base.workshop.id, name="Ana\tMaria\r\nPopescu ")
    assert _stored(db, Participant, participant.id).name == "Ana Maria Popescu"  # type: ignore[attr-defined]
    before = db_snapshot(db)
    for field, value in (("name", "Ana\x00"), ("organisation", "City\x1b[31mHall"), ("email", "a\x7f@b.eu")):
        with pytest.raises(ValidationError) as refused:
            crud.create(db, Participant, workshop_id=base.workshop.id, **({"name": "Ana"} | {field: value}))
        assert [p.where for p in refused.value.problems] == [field]
        assert "control characters" in str(refused.value)
    with pytest.raises(ValidationError):
        crud.update(db, Need, base.need.id, description="Line one\x00")
    assert db_snapshot(db) == before
    crud.update(db, Need, base.need.id, description="Line one\n\tLine two")
    assert _stored(db, Need, base.need.id).description == "Line one\n\tLine two"  # type: ignore[attr-defined]
