"""Read helpers of the workshop pages: assessment sheets, gap proposals, tracks per edition."""

from __future__ import annotations

from icc_desktop.models import City, Need
from icc_desktop.services import crud
from icc_desktop.services.lookups import (
    assessment_sheet,
    assessment_view,
    gap_need_proposals,
    track_items,
    workshop_dimensions,
)
from icc_desktop.services.scoring import dimension_scores
from icc_desktop.services.workshops import set_response
from tests.factories import make_workshop, questions


def test_assessment_sheet_lists_every_question_with_one_respondents_answers(db):
    """Unanswered questions are listed too; only the chosen respondent's answers show."""
    workshop = make_workshop(db)
    first, second, *_ = questions(db, workshop)
    set_response(db, workshop.id, first.id, current_level=2, target_level=4, evidence="survey")
    set_response(db, workshop.id, second.id, current_level=None)  # marked unknown
    sheet = assessment_sheet(db, workshop.id)
    assert len(sheet) == len(questions(db, workshop))
    assert (sheet[0].current, sheet[0].target, sheet[0].gap, sheet[0].evidence) == (2, 4, 2, "survey")
    assert sheet[1].answered and sheet[1].current is None and sheet[1].gap is None
    assert not sheet[2].answered
    assert len(sheet[0].descriptors) == 5 and all(sheet[0].descriptors)
    assert len({item.dimension_id for item in sheet}) == len(workshop_dimensions(db, workshop.id))
    view = assessment_view(db, workshop.id)
    assert view.items == sheet
    assert view.scores == dimension_scores(db, workshop.id, "consensus")
    assert (view.scores[0].current, view.scores[0].target, view.scores[0].unknown) == (2.0, 4.0, 1)


def test_gap_proposals_name_the_target_state_and_skip_existing_needs(db):
    """Largest gaps first; a proposal already taken as a need is not proposed again."""
    workshop = make_workshop(db)
    qs = questions(db, workshop)
    set_response(db, workshop.id, qs[0].id, current_level=1, target_level=4)
    set_response(db, workshop.id, qs[3].id, current_level=2, target_level=3)
    set_response(db, workshop.id, qs[5].id, current_level=4, target_level=4)  # no gap
    proposals = gap_need_proposals(db, workshop.id)
    assert [p["title"] for p in proposals] == [qs[0].descriptor(4), qs[3].descriptor(3)]
    assert proposals[0]["dimension_id"] and "gap 3.0" in proposals[0]["description"]
    crud.create(db, Need, **proposals[0])
    again = gap_need_proposals(db, workshop.id)
    assert [p["title"] for p in again] == [qs[3].descriptor(3)]
    assert again[0]["position"] == proposals[0]["position"] + 1


def test_tracks_follow_the_city_edition(db):
    """A 2020–22 city gets the five tracks; a 2023–25 city the sectors and themes."""
    workshop = make_workshop(db)
    assert {t.list_name for t in track_items(db, workshop.id)} == {"track_2020"}
    with db.session() as session:
        city_id = session.get(type(workshop), workshop.id).city_id
    crud.update(db, City, city_id, edition="2023-25")
    assert {t.list_name for t in track_items(db, workshop.id)} == {"sector_2023", "theme_2023"}


def test_roadmap_view_reads_rows_in_order_with_the_same_checks(db):
    """The roadmap page's one-session read gives the rows in display order and check_roadmap's warnings."""
    import datetime as dt

    from icc_desktop.models import Action, Kpi, Objective
    from icc_desktop.services.lookups import roadmap_view
    from icc_desktop.services.roadmap import check_roadmap

    workshop = make_workshop(db)
    objective = crud.create(db, Objective, workshop_id=workshop.id, title="Faster permits")
    late = crud.create(db, Action, workshop_id=workshop.id, objective_id=objective.id, title="Later", position=1,
                       start_month=dt.date(2024, 5, 1), end_month=dt.date(2030, 1, 1))
    first = crud.create(db, Action, workshop_id=workshop.id, title="First", position=0)
    crud.create(db, Kpi, workshop_id=workshop.id, action_id=late.id, name="Permits online")
    crud.create(db, Need, workshop_id=workshop.id, title="Slow permits", moscow="must")
    view = roadmap_view(db, workshop.id)
    assert [a.id for a in view.actions] == [first.id, late.id]
    assert [o.title for o in view.objectives] == ["Faster permits"] and len(view.kpis) == 1
    assert view.warnings == check_roadmap(db, workshop.id)
    assert {w.kind.value for w in view.warnings} == {"missing_dates", "no_kpi", "outside_horizon", "need_not_covered"}
    assert view.funding_sources and view.workshop.id == workshop.id
    # With no MoSCoW category the voted needs are the priority: the view reads the votes then.
    from icc_desktop.services.workshops import set_vote

    need = roadmap_view(db, workshop.id).needs[0]
    crud.update(db, Need, need.id, moscow=None)
    set_vote(db, need.id, None, dots=4)
    assert roadmap_view(db, workshop.id).warnings == check_roadmap(db, workshop.id)
    assert "need_not_covered" in {w.kind.value for w in check_roadmap(db, workshop.id)}


def test_needs_view_matches_the_separate_reads(db):
    """The needs page's one-session read gives what the separate services give."""
    from icc_desktop.models import Participant, Vote
    from icc_desktop.services.lookups import needs_view, reference_items, workshop_table
    from icc_desktop.services.ranking import rank_needs
    from icc_desktop.services.workshops import set_vote

    workshop = make_workshop(db)
    ana = crud.create(db, Participant, workshop_id=workshop.id, name="Ana")
    first = crud.create(db, Need, workshop_id=workshop.id, title="Open data portal", position=0)
    second = crud.create(db, Need, workshop_id=workshop.id, title="Fibre for villages", position=1)
    set_vote(db, second.id, ana.id, dots=3)
    set_vote(db, first.id, None, impact=4, feasibility=2)
    view = needs_view(db, workshop.id)
    assert [n.id for n in view.needs] == [first.id, second.id]
    assert view.ranking == rank_needs(db, workshop.id) and view.ranking[0].need_id == second.id
    assert sorted(v.id for v in view.votes) == sorted(v.id for v in workshop_table(db, Vote, workshop.id))
    assert [p.id for p in view.participants] == [ana.id]
    assert view.tracks == track_items(db, workshop.id)
    assert view.services == reference_items(db, "transversal_service")
    assert view.dimensions == workshop_dimensions(db, workshop.id)
