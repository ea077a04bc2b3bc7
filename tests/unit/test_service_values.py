"""Scores, ranking and roadmap checks: edge cases against values worked out by hand.

The arithmetic is written beside each expected value. Pure functions (`summarise`,
`summarise_scores`, `check_actions`, `priority_needs`) are fed unsaved rows; the rest use a
fresh database.
"""

from __future__ import annotations

import datetime as dt

import pytest

from icc_desktop.errors import NotFoundError
from icc_desktop.models import (
    Action,
    Dimension,
    Kpi,
    Need,
    Participant,
    Question,
    Response,
    Vote,
    Workshop,
)
from icc_desktop.services import crud
from icc_desktop.services.ranking import Quadrant, dots_used, rank_needs, summarise
from icc_desktop.services.roadmap import (
    CheckKind,
    add_months,
    check_actions,
    check_roadmap,
    horizon,
    priority_needs,
)
from icc_desktop.services.scoring import (
    consensus_vs_individual,
    dimension_scores,
    framework_dimensions,
    framework_questions,
    largest_gaps,
    question_gaps,
    summarise_scores,
)
from icc_desktop.services.workshops import set_response, set_vote
from tests.factories import make_workshop, questions

# --- scoring -------------------------------------------------------------------------------


def test_one_participants_scores_and_individual_question_gaps(db):
    """Scores of one participant, and per-question means over all participants, leave the rest out."""
    workshop = make_workshop(db)
    q = questions(db, workshop)
    ana = crud.create(db, Participant, workshop_id=workshop.id, name="Ana")
    ben = crud.create(db, Participant, workshop_id=workshop.id, name="Ben")
    set_response(db, workshop.id, q[0].id, None, current_level=3, target_level=4)  # consensus
    set_response(db, workshop.id, q[0].id, ana.id, current_level=1, target_level=3)
    set_response(db, workshop.id, q[1].id, ana.id, current_level=2, target_level=5)
    set_response(db, workshop.id, q[0].id, ben.id, current_level=5, target_level=5)

    ana_lead = dimension_scores(db, workshop.id, participant_id=ana.id)[0]
    assert ana_lead.current == 1.5  # (1 + 2) / 2
    assert ana_lead.current_median == 1.5
    assert ana_lead.spread == 0.5  # pstdev(1, 2) = sqrt(((1-1.5)² + (2-1.5)²) / 2) = 0.5
    assert ana_lead.target == 4.0  # (3 + 5) / 2
    assert ana_lead.gap == 2.5  # 4.0 - 1.5
    assert (ana_lead.answered, ana_lead.unknown) == (2, 0)
    ben_lead = dimension_scores(db, workshop.id, "consensus", participant_id=ben.id)[0]
    assert (ben_lead.current, ben_lead.target, ben_lead.spread, ben_lead.gap) == (5.0, 5.0, 0.0, 0.0)
    assert all(s.answered == 0 for s in dimension_scores(db, workshop.id, participant_id=ana.id)[1:])

    by_question = {g.question_id: g for g in question_gaps(db, workshop.id, "individual")}
    assert (by_question[q[0].id].current, by_question[q[0].id].target) == (3.0, 4.0)  # (1+5)/2, (3+5)/2
    assert by_question[q[0].id].gap == 1.0
    assert (by_question[q[1].id].current, by_question[q[1].id].target, by_question[q[1].id].gap) == (2.0, 5.0, 3.0)
    assert by_question[q[2].id].gap is None  # nobody answered
    assert [g.question_id for g in largest_gaps(db, workshop.id, source="individual")] == [q[1].id, q[0].id]
    # Consensus 3 against the individual mean (1 + 2 + 5) / 3 = 8/3: difference 3 - 8/3 = 1/3.
    leadership = consensus_vs_individual(db, workshop.id)[0]
    assert leadership.consensus == 3.0
    assert leadership.individual == pytest.approx(8 / 3)
    assert leadership.difference == pytest.approx(1 / 3)


def test_a_dimension_answered_only_with_not_applicable(db):
    """Only N/A current levels: no mean, median, spread or gap; the target still counts; two unknowns."""
    workshop = make_workshop(db)
    q = questions(db, workshop)
    set_response(db, workshop.id, q[0].id, current_level=None, target_level=4)
    set_response(db, workshop.id, q[1].id, current_level=None, target_level=None)
    lead = dimension_scores(db, workshop.id)[0]
    assert (lead.current, lead.current_median, lead.spread, lead.gap) == (None, None, None, None)
    assert (lead.target, lead.target_median) == (4.0, 4.0)
    assert (lead.answered, lead.unknown) == (0, 2)
    comparison = consensus_vs_individual(db, workshop.id)[0]
    assert (comparison.consensus, comparison.individual, comparison.difference) == (None, None, None)
    assert largest_gaps(db, workshop.id) == []


def test_deleted_answers_no_longer_count(db):
    """A deleted response drops out of the scores; undoing the delete brings it back."""
    workshop = make_workshop(db)
    q = questions(db, workshop)
    set_response(db, workshop.id, q[0].id, current_level=1, target_level=5)
    second = set_response(db, workshop.id, q[1].id, current_level=3, target_level=3)
    assert dimension_scores(db, workshop.id)[0].current == 2.0  # (1 + 3) / 2
    deletion = crud.delete(db, Response, second.id)
    lead = dimension_scores(db, workshop.id)[0]
    assert (lead.current, lead.target, lead.answered) == (1.0, 5.0, 1)
    crud.undo_delete(db, deletion)
    assert dimension_scores(db, workshop.id)[0].current == 2.0


def test_summarise_scores_is_pure_and_ignores_foreign_questions():
    """From loaded rows: per dimension in the order given; answers to other questions are ignored."""
    d1, d2 = Dimension(framework_id="f", code="a", name="A"), Dimension(framework_id="f", code="b", name="B")
    qa, qb, qc = (Question(dimension_id=d.id, code=c, text=c) for d, c in ((d1, "qa"), (d1, "qb"), (d2, "qc")))
    responses = [
        Response(workshop_id="w", question_id=qa.id, current_level=2, target_level=4),
        Response(workshop_id="w", question_id=qb.id, current_level=4, target_level=5),
        Response(workshop_id="w", question_id=qc.id, current_level=None, target_level=3),
        Response(workshop_id="w", question_id="not-in-the-framework", current_level=1, target_level=1),
    ]
    first, second = summarise_scores([d1, d2], [(d1, qa), (d1, qb), (d2, qc)], responses)
    assert (first.code, first.current, first.current_median) == ("a", 3.0, 3.0)  # (2 + 4) / 2
    assert first.spread == 1.0  # pstdev(2, 4) = sqrt((1 + 1) / 2)
    assert (first.target, first.gap, first.answered, first.unknown) == (4.5, 1.5, 2, 0)  # (4+5)/2; 4.5-3
    assert (second.code, second.current, second.target, second.unknown) == ("b", None, 3.0, 1)


def test_framework_dimensions_and_questions_in_order(db):
    """Seven dimensions in the framework's order; every question sits under its own dimension."""
    workshop = make_workshop(db)
    with db.session() as session:
        dims = framework_dimensions(session, workshop.framework_id)
        pairs = framework_questions(session, workshop.framework_id)
    assert [d.position for d in dims] == sorted(d.position for d in dims)
    assert len(dims) == 7
    assert [d.id for d, _ in pairs] == sorted((d.id for d, _ in pairs), key=[x.id for x in dims].index)
    assert all(q.dimension_id == d.id for d, q in pairs)


# --- ranking -------------------------------------------------------------------------------


def _need(title: str, position: int, moscow: str | None = None) -> Need:
    return Need(workshop_id="w", title=title, position=position, moscow=moscow)


def _vote(need: Need, dots: int, impact: int | None = None, feasibility: int | None = None) -> Vote:
    return Vote(workshop_id="w", need_id=need.id, dots=dots, impact=impact, feasibility=feasibility)


def test_ranking_ties_scores_and_moscow_by_hand():
    """Dots, then impact × feasibility (unscored last), then MoSCoW; equal dots and product share a rank."""
    a, b, c = _need("A", 0), _need("B", 1, "could"), _need("C", 2)
    d, e, f = _need("D", 3, "wont"), _need("E", 4), _need("F", 5, "must")
    deleted = _vote(d, 5, 5, 5)
    deleted.deleted_at = dt.datetime(2024, 1, 1)
    votes = [
        _vote(a, 2, 4, 3), _vote(a, 1, 2, 5),  # A: 3 dots, impact (4+2)/2 = 3, feasibility (3+5)/2 = 4 → 12
        _vote(b, 3, 4, 3),  # B: 3 dots, 4 × 3 = 12: ties with A; "could" goes before no category
        _vote(c, 3),  # C: 3 dots, never scored → after the scored ones with 3 dots
        _vote(f, 0, 5, 5),  # F: no dots, 5 × 5 = 25 → first of the 0-dot needs
        deleted,  # a deleted vote counts for nothing: D has 0 dots, unscored, like E
        _vote(_need("elsewhere", 9), 4, 5, 5),  # a vote for a need not in the list is ignored
    ]
    ranked = summarise([a, b, c, d, e, f], votes)
    assert [(r.title, r.rank) for r in ranked] == [
        ("B", 1), ("A", 1), ("C", 3), ("F", 4), ("D", 5), ("E", 5),  # D before E: "wont" before none
    ]
    assert [r.dots for r in ranked] == [3, 3, 3, 0, 0, 0]
    assert [r.priority for r in ranked] == [12, 12.0, None, 25, None, None]
    assert [(r.impact, r.feasibility) for r in ranked[:2]] == [(4.0, 3.0), (3.0, 4.0)]
    assert [r.quadrant for r in ranked] == [Quadrant.QUICK_WIN, Quadrant.QUICK_WIN, None, Quadrant.QUICK_WIN,
                                            None, None]


def test_full_ties_are_ordered_by_moscow_then_position_then_title():
    """Identical votes: Must, Should, Could, Won't, none; then the need's position, then its title."""
    needs = [_need("Z none", 0), _need("Y wont", 1, "wont"), _need("X could", 2, "could"),
             _need("W should", 3, "should"), _need("V must", 4, "must"), _need("B none", 5), _need("A none", 5)]
    ranked = summarise(needs, [_vote(n, 1, 3, 2) for n in needs])
    assert [r.title for r in ranked] == ["V must", "W should", "X could", "Y wont", "Z none", "A none", "B none"]
    assert {r.rank for r in ranked} == {1}  # 1 dot and 3 × 2 = 6 each: one shared rank
    assert {r.quadrant for r in ranked} == {Quadrant.MAJOR_PROJECT}  # impact 3 is high, feasibility 2 low


def test_rank_needs_skips_deleted_needs_and_needs_a_live_workshop(db):
    """A deleted need is not ranked; ranking a deleted workshop is NotFoundError."""
    workshop = make_workshop(db)
    kept = crud.create(db, Need, workshop_id=workshop.id, title="Kept")
    gone = crud.create(db, Need, workshop_id=workshop.id, title="Gone")
    set_vote(db, gone.id, dots=9)
    crud.delete(db, Need, gone.id)
    assert [(r.need_id, r.rank, r.dots) for r in rank_needs(db, workshop.id)] == [(kept.id, 1, 0)]
    crud.delete(db, Workshop, workshop.id)
    with pytest.raises(NotFoundError, match=f"No workshop with id {workshop.id}"):
        rank_needs(db, workshop.id)


def test_dots_used_counts_participants_only_and_live_votes(db):
    """The facilitator's tally (no participant) and deleted votes use no participant's dots."""
    workshop = make_workshop(db)
    a = crud.create(db, Need, workshop_id=workshop.id, title="A")
    b = crud.create(db, Need, workshop_id=workshop.id, title="B")
    ana = crud.create(db, Participant, workshop_id=workshop.id, name="Ana")
    set_vote(db, a.id, None, dots=12)  # a tally may exceed one person's budget
    set_vote(db, a.id, ana.id, dots=2)
    on_b = set_vote(db, b.id, ana.id, dots=1)
    assert dots_used(db, workshop.id) == {ana.id: 3}  # 2 + 1
    crud.delete(db, Vote, on_b.id)
    assert dots_used(db, workshop.id) == {ana.id: 2}
    assert rank_needs(db, workshop.id)[0].dots == 14  # A: 12 + 2


# --- roadmap -------------------------------------------------------------------------------


def test_add_months_and_horizon_across_years():
    """Month arithmetic over year ends, backwards and by zero; horizons of 1 and 3 years."""
    assert add_months(dt.date(2024, 12, 1), 1) == dt.date(2025, 1, 1)
    assert add_months(dt.date(2024, 1, 1), -13) == dt.date(2022, 12, 1)  # Jan 2024 - 13 = Dec 2022
    assert add_months(dt.date(2024, 3, 1), 0) == dt.date(2024, 3, 1)
    assert add_months(dt.date(2024, 3, 1), 24) == dt.date(2026, 3, 1)
    one_year = Workshop(city_id="c", framework_id="f", title="t", date=dt.date(2024, 3, 15), horizon_years=1)
    assert horizon(one_year) == (dt.date(2024, 3, 1), dt.date(2025, 2, 1))  # 12 months: Mar .. Feb
    december = Workshop(city_id="c", framework_id="f", title="t", date=dt.date(2024, 12, 31), horizon_years=3)
    assert horizon(december) == (dt.date(2024, 12, 1), dt.date(2027, 11, 1))  # 36 months: Dec .. Nov


def _action(title: str, start: dt.date | None, end: dt.date | None, status: str = "planned") -> Action:
    return Action(workshop_id="w", title=title, start_month=start, end_month=end, status=status)


def test_check_actions_by_hand():
    """Horizon edges, missing dates, an action ending before it starts, KPIs deleted or absent."""
    workshop = Workshop(city_id="c", framework_id="f", title="t", date=dt.date(2024, 3, 15), horizon_years=1)
    m = dt.date
    edges = _action("Edges", m(2024, 3, 1), m(2025, 2, 1))  # first and last month of the horizon: fine
    early = _action("Early", m(2024, 2, 1), m(2024, 5, 1))
    late = _action("Late", m(2025, 2, 1), m(2025, 3, 1))
    open_ended = _action("Open", m(2024, 6, 1), None)
    backwards = _action("Backwards", m(2024, 9, 1), m(2024, 4, 1))
    one_month = _action("One month", m(2024, 3, 1), m(2024, 3, 1))
    both = _action("Both", m(2024, 2, 1), m(2024, 1, 1))  # ends before it starts, and before the horizon
    dropped = _action("Dropped", None, None, status="cancelled")
    actions = [edges, early, late, open_ended, backwards, one_month, both, dropped]
    kpis = [Kpi(workshop_id="w", action_id=a.id, name="k") for a in (edges, early, late, one_month, both)]
    kpis.append(Kpi(workshop_id="w", action_id=backwards.id, name="gone", deleted_at=dt.datetime(2024, 1, 1)))
    warnings = check_actions(workshop, actions, kpis)
    span = "(2024-03 to 2025-02)"
    assert [(w.kind, w.row_id, w.message) for w in warnings] == [
        (CheckKind.OUTSIDE_HORIZON, early.id, f"“Early” falls outside the roadmap horizon {span}."),
        (CheckKind.OUTSIDE_HORIZON, late.id, f"“Late” falls outside the roadmap horizon {span}."),
        (CheckKind.MISSING_DATES, open_ended.id, "“Open” has no start or end month."),
        (CheckKind.NO_KPI, open_ended.id, "“Open” has no KPI."),
        (CheckKind.END_BEFORE_START, backwards.id, "“Backwards” ends (2024-04) before it starts (2024-09)."),
        (CheckKind.NO_KPI, backwards.id, "“Backwards” has no KPI."),
        (CheckKind.END_BEFORE_START, both.id, "“Both” ends (2024-01) before it starts (2024-02)."),
        (CheckKind.OUTSIDE_HORIZON, both.id, f"“Both” falls outside the roadmap horizon {span}."),
        (CheckKind.MISSING_DATES, dropped.id, "“Dropped” has no start or end month."),
    ]
    assert all(w.table == "action" for w in warnings)


def test_priority_needs_rules():
    """Musts when any need has a category (none if no Must); else the top five voted, in ranking order."""
    must1, should, must2 = _need("M1", 0, "must"), _need("S", 1, "should"), _need("M2", 2, "must")
    assert priority_needs([must1, should, must2], []) == [must1, must2]
    could, wont = _need("C", 0, "could"), _need("W", 1, "wont")
    assert priority_needs([could, wont], [_vote(could, 5)]) == []  # categorised, but no Must
    plain = [_need(f"N{i}", i) for i in range(7)]
    votes = [_vote(plain[i], dots) for i, dots in ((6, 4), (1, 2), (3, 2), (0, 1), (2, 1), (5, 1))]
    # Ranking: N6 (4), N1 (2), N3 (2), N0 (1), N2 (1), N5 (1) — ties by position; N4 has no dots.
    assert [n.title for n in priority_needs(plain, votes)] == ["N6", "N1", "N3", "N0", "N2"]
    assert priority_needs(plain[:2], [_vote(plain[0], 3)]) == [plain[0]]  # fewer than five voted
    assert priority_needs(plain, []) == []  # no votes, no categories: nothing to cover yet


def test_check_roadmap_ignores_deleted_actions_and_kpis(db):
    """A deleted action covers nothing; a deleted KPI leaves its action without one; needs come last."""
    workshop = make_workshop(db)  # 15 March 2024, 3-year horizon
    need = crud.create(db, Need, workshop_id=workshop.id, title="Skills", moscow="must")
    kept = crud.create(db, Action, workshop_id=workshop.id, title="Kept", start_month=dt.date(2024, 4, 1),
                       end_month=dt.date(2024, 6, 1), position=0)
    gone = crud.create(db, Action, workshop_id=workshop.id, title="Gone", need_id=need.id,
                       start_month=dt.date(2024, 4, 1), end_month=dt.date(2024, 6, 1), position=1)
    kpi = crud.create(db, Kpi, workshop_id=workshop.id, action_id=kept.id, name="Trained people")
    assert check_roadmap(db, workshop.id)[0].row_id == gone.id  # "Gone" has no KPI
    crud.delete(db, Action, gone.id)
    crud.delete(db, Kpi, kpi.id)
    assert [(w.kind, w.row_id) for w in check_roadmap(db, workshop.id)] == [
        (CheckKind.NO_KPI, kept.id),
        (CheckKind.NEED_NOT_COVERED, need.id),
    ]
