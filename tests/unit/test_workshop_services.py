"""Workshop and city reads, batch creation, ordering and the remaining validation rules, by hand.

Companion of test_crud.py (one entity's life cycle) and test_service_values.py (scores,
ranking, roadmap): the functions those leave out, with exact expected values.
"""

from __future__ import annotations

import datetime as dt

import pytest

from icc_desktop.errors import NotFoundError, ValidationError
from icc_desktop.models import (
    Action,
    City,
    Framework,
    Kpi,
    Need,
    Objective,
    Participant,
    Response,
    Vote,
    Workshop,
)
from icc_desktop.models.framework import version_key
from icc_desktop.services import crud
from icc_desktop.services.cities import (
    get_city,
    has_responses,
    largest_workshop_id,
    list_cities,
    list_frameworks,
)
from icc_desktop.services.scoring import framework_questions
from icc_desktop.services.workshops import (
    create_workshop,
    default_framework_id,
    find_workshop,
    list_workshops,
    set_response,
    set_vote,
    workshop_rows,
)
from tests.factories import count, db_snapshot, make_workshop, questions


def _participants(db, workshop, *names):
    return [crud.create(db, Participant, workshop_id=workshop.id, name=name) for name in names]


def test_list_workshops_order_counts_and_search(db):
    """Newest first, then by city; live participants counted; deleted rows left out; search on city/title."""
    lodz = make_workshop(db, name="Łódź", date=dt.date(2024, 3, 15))
    city_b = crud.create(db, City, name="Bergen", country="NO")
    city_a = crud.create(db, City, name="Aveiro", country="PT")
    bergen = create_workshop(db, city_b.id, "Roadmap review", dt.date(2025, 1, 10))
    aveiro = create_workshop(db, city_a.id, "Needs assessment", dt.date(2025, 1, 10))
    gone = create_workshop(db, city_a.id, "Cancelled", dt.date(2026, 1, 1))
    crud.delete(db, Workshop, gone.id)
    people = _participants(db, lodz, "Ana", "Ben", "Cleo")
    crud.delete(db, Participant, people[2].id)
    _participants(db, bergen, "Dag")

    listed = list_workshops(db)
    # 2025-01-10 twice (Aveiro before Bergen), then 2024-03-15; the 2026 one is deleted.
    assert [(w.city, w.date, w.participants) for w in listed] == [
        ("Aveiro", dt.date(2025, 1, 10), 0),
        ("Bergen", dt.date(2025, 1, 10), 1),
        ("Łódź", dt.date(2024, 3, 15), 2),  # Cleo was deleted: 3 - 1
    ]
    assert listed[0].as_json() == {
        "id": aveiro.id, "city_id": city_a.id, "city": "Aveiro", "country": "PT", "title": "Needs assessment",
        "date": "2025-01-10", "status": "planned", "participants": 0,
    }
    assert [w.id for w in list_workshops(db, search="  ŁÓDŹ ")] == [lodz.id]  # case-folded city name
    assert [w.id for w in list_workshops(db, search="review")] == [bergen.id]  # title
    assert [w.city for w in list_workshops(db, search="needs")] == ["Aveiro", "Łódź"]
    assert list_workshops(db, search="zzz") == []
    assert len(list_workshops(db, search="   ")) == 3
    crud.delete(db, City, city_b.id)
    assert [w.city for w in list_workshops(db)] == ["Aveiro", "Łódź"]


def test_version_key_orders_numbers_as_numbers():
    """"1.10" comes after "1.9", "2.0" after "1.10", and "1.0.1" after "1.0"."""
    versions = ["2.0", "1.10", "1.0", "1.9", "1.0.1", "10.0"]
    assert sorted(versions, key=version_key) == ["1.0", "1.0.1", "1.9", "1.10", "2.0", "10.0"]


def test_new_workshops_use_the_newest_version_of_the_default_framework(db):
    """With versions 1.0 (seeded), 1.9 and 1.10 of the default framework, 1.10 is the default."""
    def framework(version: str) -> Framework:
        return crud.create(db, Framework, code="digital-maturity", version=version, name="Digital maturity")

    framework("1.9")
    newest = framework("1.10")
    framework("1.2")
    assert default_framework_id(db) == newest.id
    city = crud.create(db, City, name="Tartu", country="EE")
    assert create_workshop(db, city.id, "First", dt.date(2025, 2, 1)).framework_id == newest.id
    crud.delete(db, Framework, newest.id)  # a deleted version is no longer chosen
    assert default_framework_id(db) == next(f.id for f in list_frameworks(db) if f.version == "1.9")


def test_without_the_default_framework_a_workshop_cannot_be_created(db):
    """If every version of the default framework is deleted, the service says so plainly."""
    with db.session() as session:
        ids = [f.id for f in crud.live(session, Framework, code="digital-maturity")]
    for framework_id in ids:
        crud.delete(db, Framework, framework_id)
    with pytest.raises(NotFoundError, match="The default assessment framework is missing"):
        default_framework_id(db)


def test_list_frameworks_by_name_then_version(db):
    """The two shipped frameworks by name; a later version of one sorts after it, numerically."""
    shipped = {f.code: f.name for f in list_frameworks(db)}
    lgd = shipped["local-green-deal"]
    crud.create(db, Framework, code="local-green-deal", version="1.10", name=lgd)
    crud.create(db, Framework, code="local-green-deal", version="1.2", name=lgd.upper())
    listed = [(f.name.casefold()[:16], f.version) for f in list_frameworks(db)]
    # "digital maturity..." < "local green deal..." (case-folded, so the upper-case copy ties);
    # then versions 1.0 < 1.2 < 1.10
    assert listed == [("digital maturity", "1.0"), ("local green deal", "1.0"), ("local green deal", "1.2"),
                      ("local green deal", "1.10")]


def test_list_cities_counts_live_workshops_sorted_case_blind(db):
    """Cities by case-folded name with their live workshop counts; a deleted city is gone."""
    zagreb = crud.create(db, City, name="Zagreb", country="HR")
    aarhus = crud.create(db, City, name="aarhus", country="DK")
    lodz = make_workshop(db, name="Łódź")
    create_workshop(db, zagreb.id, "One", dt.date(2024, 5, 1))
    deleted = create_workshop(db, zagreb.id, "Two", dt.date(2024, 6, 1))
    crud.delete(db, Workshop, deleted.id)
    # casefold: "aarhus" < "zagreb" < "łódź" (ł is U+0142, after every ASCII letter)
    assert [(c.name, c.workshops) for c in list_cities(db)] == [("aarhus", 0), ("Zagreb", 1), ("Łódź", 1)]
    assert get_city(db, lodz.city_id).name == "Łódź"
    crud.delete(db, City, aarhus.id)
    assert [c.name for c in list_cities(db)] == ["Zagreb", "Łódź"]
    with pytest.raises(NotFoundError, match=f"No city with id {aarhus.id}."):
        get_city(db, aarhus.id)


def test_has_responses_sees_only_live_answers(db):
    """False before any answer, True after one, False again once it is deleted."""
    workshop = make_workshop(db)
    assert has_responses(db, workshop.id) is False
    answer = set_response(db, workshop.id, questions(db, workshop)[0].id, current_level=2)
    assert has_responses(db, workshop.id) is True
    crud.delete(db, Response, answer.id)
    assert has_responses(db, workshop.id) is False


def test_largest_workshop_counts_live_participants_newest_wins_ties(db):
    """None without workshops; most live participants wins; on a tie the newer workshop."""
    assert largest_workshop_id(db) is None
    older = make_workshop(db, name="Gdańsk", date=dt.date(2024, 3, 15))
    newer = make_workshop(db, name="Sopot", date=dt.date(2025, 1, 10))
    _participants(db, older, "A", "B", "C")
    _participants(db, newer, "D", "E", "F")
    assert largest_workshop_id(db) == newer.id  # 3 = 3: newer wins
    extra = _participants(db, older, "G")[0]
    assert largest_workshop_id(db) == older.id  # 4 > 3
    crud.delete(db, Participant, extra.id)
    assert largest_workshop_id(db) == newer.id  # 3 = 3 again


def test_create_many_is_all_or_nothing_and_names_the_rows(db):
    """Rows with problems are named by number and field; then nothing is written."""
    before = db_snapshot(db)
    with pytest.raises(ValidationError) as error:
        crud.create_many(db, City, [
            {"name": "Oulu", "country": "FI"},
            {"name": " ", "country": "FI"},
            {"name": "Porto", "country": "XX"},
        ])
    assert error.value.fields == {
        "row 2, name": "The city's name must not be empty.",
        "row 3, country": "'XX' is not an ISO 3166 two-letter country code (e.g. PL).",
    }
    assert db_snapshot(db) == before
    created = crud.create_many(db, City, [{"name": "Oulu", "country": "fi"}, {"name": "Porto", "country": "PT"}])
    assert [(c.name, c.country) for c in created] == [("Oulu", "FI"), ("Porto", "PT")]


def test_create_many_checks_the_dot_budget_across_its_own_rows(db):
    """3 + 3 dots by one participant in one batch exceeds 5: row 2 is refused, no vote is written."""
    workshop = make_workshop(db)
    ana = _participants(db, workshop, "Ana")[0]
    a, b = (crud.create(db, Need, workshop_id=workshop.id, title=t) for t in ("A", "B"))
    with pytest.raises(ValidationError) as error:
        crud.create_many(db, Vote, [
            {"workshop_id": workshop.id, "need_id": a.id, "participant_id": ana.id, "dots": 3},
            {"workshop_id": workshop.id, "need_id": b.id, "participant_id": ana.id, "dots": 3},
        ])
    assert error.value.fields == {"row 2, dots": "this participant would use 6 dots; each has 5."}
    assert count(db, Vote) == 0


def test_reorder_and_set_positions_undo(db):
    """Reordering numbers the rows 0, 1, 2 as listed and returns the old positions, which undo it."""
    workshop = make_workshop(db)
    a, b, c = (crud.create(db, Objective, workshop_id=workshop.id, title=t, position=p)
               for t, p in (("A", 0), ("B", 1), ("C", 2)))
    previous = crud.reorder(db, Objective, [c.id, a.id, b.id])
    assert previous == {c.id: 2, a.id: 0, b.id: 1}
    with db.session() as session:
        assert [o.title for o in workshop_rows(session, Objective, workshop.id)] == ["C", "A", "B"]
    crud.set_positions(db, Objective, previous)
    with db.session() as session:
        assert [(o.title, o.position) for o in workshop_rows(session, Objective, workshop.id)] == [
            ("A", 0), ("B", 1), ("C", 2)]
    with pytest.raises(ValidationError) as error:
        crud.reorder(db, City, [workshop.city_id])
    assert error.value.fields == {"position": "City rows have no order."}
    crud.delete(db, Objective, b.id)
    with pytest.raises(NotFoundError):
        crud.reorder(db, Objective, [b.id, a.id])
    with db.session() as session:  # nothing moved: the failed reorder was one transaction
        assert [(o.title, o.position) for o in workshop_rows(session, Objective, workshop.id)] == [
            ("A", 0), ("C", 2)]


def test_workshop_rows_ties_on_position_keep_creation_order(db):
    """Rows with the same position come in the order they were created."""
    workshop = make_workshop(db)
    titles = ["First", "Second", "Third"]
    for title in titles:
        crud.create(db, Objective, workshop_id=workshop.id, title=title, position=0)
    with db.session() as session:
        assert [o.title for o in workshop_rows(session, Objective, workshop.id)] == titles


def test_get_update_and_delete_of_a_deleted_row_are_not_found(db):
    """A tombstoned row cannot be read, changed or deleted again; the message names the table and id."""
    workshop = make_workshop(db)
    ana = _participants(db, workshop, "Ana")[0]
    crud.delete(db, Participant, ana.id)
    with db.session() as session, pytest.raises(NotFoundError, match=f"No participant with id {ana.id}."):
        crud.get(session, Participant, ana.id)
    with pytest.raises(NotFoundError):
        crud.update(db, Participant, ana.id, name="Ana Maria")
    with pytest.raises(NotFoundError):
        crud.delete(db, Participant, ana.id)


def test_user_fields_and_values_of():
    """The editable columns exclude the sync metadata; values_of copies exactly those."""
    assert crud.user_fields(Vote) == ["workshop_id", "need_id", "participant_id", "dots", "impact", "feasibility"]
    objective = Objective(workshop_id="w", title="Skills", position=3)
    assert crud.values_of(objective) == {"workshop_id": "w", "title": "Skills", "description": "", "position": 3}


def test_set_vote_tally_replaces_and_needs_a_live_need(db):
    """The facilitator's tally (no participant) is one vote per need, replaced on change."""
    workshop = make_workshop(db)
    need = crud.create(db, Need, workshop_id=workshop.id, title="Bike lanes")
    first = set_vote(db, need.id, dots=7, impact=4)
    second = set_vote(db, need.id, dots=9)
    assert first.id == second.id
    assert (second.dots, second.impact) == (9, 4)
    assert count(db, Vote) == 1
    crud.delete(db, Need, need.id)
    with pytest.raises(NotFoundError, match=f"No need with id {need.id}."):
        set_vote(db, need.id, dots=1)


# (model, valid values, bad values, the problems expected by field) — rules test_crud.py leaves out
def _rules(b):
    lgd_question = b["lgd_questions"][0]
    return {
        "horizon 0 years": (Workshop, b["workshop"] | {"horizon_years": 0},
                            {"horizon_years": "must be at least 1, not 0."}),
        "horizon 16 years": (Workshop, b["workshop"] | {"horizon_years": 16},
                             {"horizon_years": "must be at most 15, not 16."}),
        "no dots to give": (Workshop, b["workshop"] | {"dots_per_participant": 0},
                            {"dots_per_participant": "must be at least 1, not 0."}),
        "unknown status and no date": (
            Workshop, b["workshop"] | {"status": "postponed", "date": None},
            {"date": "must not be empty.", "status": "'postponed' is not one of: planned, in_progress, done."}),
        "a datetime is not a date": (
            Workshop, b["workshop"] | {"date": dt.datetime(2024, 1, 1, 9, 0)},
            {"date": "must be a date, not datetime.datetime(2024, 1, 1, 9, 0)."}),
        "negative population, unknown edition and role": (
            City, {"name": "Cork", "country": "IE", "population": -1, "edition": "2019", "role": "host"},
            {"population": "must be at least 0, not -1.", "edition": "'2019' is not one of: 2020-22, 2023-25.",
             "role": "'host' is not one of: core, mentor, observer, fellow."}),
        "level given as text or bool": (
            Response, b["response"] | {"current_level": "3", "target_level": True},
            {"current_level": "a level must be a whole number from 1 to 5 (or empty), not '3'.",
             "target_level": "a level must be a whole number from 1 to 5 (or empty), not True."}),
        "question of another framework": (
            Response, b["response"] | {"question_id": lgd_question},
            {"question_id": "this question is not in the workshop's framework."}),
        "participant of another workshop": (
            Response, b["response"] | {"participant_id": b["stranger"]},
            {"participant_id": "this participant belongs to another workshop."}),
        "KPI figures that are not numbers": (
            Kpi, b["kpi"] | {"baseline": "ten", "target": False},
            {"baseline": "must be a number, not 'ten'.", "target": "must be a number, not False."}),
        "unknown stakeholder group": (
            Participant, {"workshop_id": b["workshop_id"], "name": "Ana", "stakeholder_group": "press"},
            {"stakeholder_group": "'press' is not one of: public_authority, business, academia, "
                                  "civil_society, social_innovators."}),
        "fractional dots": (
            Vote, {"workshop_id": b["workshop_id"], "need_id": b["need"], "dots": 1.5},
            {"dots": "must be a whole number, not 1.5."}),
    }


@pytest.fixture
def rule_base(db):
    """Valid values for a workshop, a response and a KPI, plus rows of another workshop and framework."""
    workshop = make_workshop(db)
    other = make_workshop(db, name="Kraków")
    stranger = _participants(db, other, "Stranger")[0]
    need = crud.create(db, Need, workshop_id=workshop.id, title="A need")
    action = crud.create(db, Action, workshop_id=workshop.id, title="An action")
    with db.session() as session:
        lgd = crud.live(session, Framework, code="local-green-deal")[0]
        lgd_questions = [q.id for _, q in framework_questions(session, lgd.id)][:1]
    return {
        "workshop": {"city_id": workshop.city_id, "framework_id": workshop.framework_id, "title": "W",
                     "date": dt.date(2024, 1, 1)},
        "response": {"workshop_id": workshop.id, "question_id": questions(db, workshop)[0].id},
        "kpi": {"workshop_id": workshop.id, "action_id": action.id, "name": "Visitors"},
        "workshop_id": workshop.id, "need": need.id, "stranger": stranger.id, "lgd_questions": lgd_questions,
    }


def test_remaining_rules_name_each_field_and_write_nothing(db, rule_base):
    """Each broken rule is reported against its field with the exact message; the database is unchanged.

    One database for all the rules (none of them writes), so the cases share a single setup.
    """
    before = db_snapshot(db)
    wrong = {}
    for rule, (model, values, problems) in _rules(rule_base).items():
        with pytest.raises(ValidationError) as error:
            crud.create(db, model, **values)
        if error.value.fields != problems:
            wrong[rule] = error.value.fields
    assert wrong == {}
    assert db_snapshot(db) == before


def test_find_workshop_takes_wildcards_literally(db):
    """`%` and `_` in a prefix are characters, not SQL wildcards: they match no workshop id."""
    workshop = make_workshop(db)
    for prefix in ("%", "_", workshop.id[:4] + "%", "_" + workshop.id[1:8]):
        with pytest.raises(NotFoundError, match="No workshop with id"):
            find_workshop(db, prefix)
    assert find_workshop(db, workshop.id[:4]).id == workshop.id
