"""Progress, KPI measurements, the frozen baseline and later assessment rounds, checked against
values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from icc_desktop.errors import ValidationError
from icc_desktop.models import Action, AssessmentRound, Kpi, KpiMeasurement, ProgressNote
from icc_desktop.services import crud, monitoring
from icc_desktop.services.workshops import set_response
from tests.factories import make_workshop, questions


def _hand_scored(db):
    """A workshop whose T0 and T1 are scored as in the worked example below."""
    workshop = make_workshop(db)
    qs = questions(db, workshop)
    lead1, lead2, biz1 = qs[0], qs[1], qs[6]
    # T0: leadership (2,4) and (3,4) -> current 2.5, target 4, gap 1.5; business (1,3) -> 1, 3, gap 2.
    set_response(db, workshop.id, lead1.id, current_level=2, target_level=4)
    set_response(db, workshop.id, lead2.id, current_level=3, target_level=4)
    set_response(db, workshop.id, biz1.id, current_level=1, target_level=3)
    t1 = monitoring.add_round(db, workshop.id, dt.date(2025, 3, 20))
    # T1: leadership (3,5) and (4,-) -> current 3.5, target 5, gap 1.5;
    # business (2,-) -> current 2, target carried over from T0 = 3, gap 1.
    monitoring.set_round_answer(db, t1.id, lead1.id, current_level=3, target_level=5)
    monitoring.set_round_answer(db, t1.id, lead2.id, current_level=4)
    monitoring.set_round_answer(db, t1.id, biz1.id, current_level=2)
    return workshop, t1


def test_rounds_give_the_radar_overlay_values_worked_out_by_hand(db):
    """T0 and T1 per dimension: the current and target levels computed by hand."""
    workshop, t1 = _hand_scored(db)
    rounds = monitoring.round_scores(db, workshop.id)
    assert [(r.label, r.date) for r in rounds] == [("T0", dt.date(2024, 3, 15)), ("T1", dt.date(2025, 3, 20))]
    assert rounds[1].round_id == t1.id
    t0 = {s.code: (s.current, s.target) for s in rounds[0].scores}
    t1_scores = {s.code: (s.current, s.target) for s in rounds[1].scores}
    assert t0["leadership"] == (2.5, 4.0) and t0["business_uptake"] == (1.0, 3.0)
    assert t1_scores["leadership"] == (3.5, 5.0) and t1_scores["business_uptake"] == (2.0, 3.0)
    assert t0["community"] == (None, None) and t1_scores["community"] == (None, None)


def test_gap_change_since_the_previous_round_is_as_worked_out_by_hand(db):
    """Leadership: +1.0 current, gap unchanged (1.5 -> 1.5); business: +1.0 current, gap 2 -> 1."""
    workshop, _ = _hand_scored(db)
    changes = {c.name: c for c in monitoring.changes_since_previous(monitoring.round_scores(db, workshop.id))}
    names = [c.name for c in monitoring.changes_since_previous(monitoring.round_scores(db, workshop.id))]
    leadership, business = changes[names[0]], changes[names[1]]
    assert (leadership.current, leadership.target, leadership.gap) == (3.5, 5.0, 1.5)
    assert (leadership.current_change, leadership.gap_change) == (1.0, 0.0)
    assert (business.current, business.gap, business.current_change, business.gap_change) == (2.0, 1.0, 1.0, -1.0)
    assert changes[names[2]].current_change is None
    first = monitoring.changes_since_previous(monitoring.round_scores(db, workshop.id), 0)
    assert all(c.current_change is None and c.gap_change is None for c in first)


def test_a_round_answer_is_changed_in_place_and_a_round_cannot_predate_the_workshop(db):
    """Answering a question twice in a round keeps one answer; dates before the workshop or the
    previous round are refused."""
    workshop, t1 = _hand_scored(db)
    lead1 = questions(db, workshop)[0]
    monitoring.set_round_answer(db, t1.id, lead1.id, current_level=5)
    answers = monitoring.round_answers(db, t1.id)
    assert answers[lead1.id].current_level == 5 and answers[lead1.id].target_level == 5
    with pytest.raises(ValidationError, match="before the workshop"):
        monitoring.add_round(db, make_workshop(db, "Győr").id, dt.date(2024, 1, 1))
    with pytest.raises(ValidationError, match="before round T1"):
        monitoring.add_round(db, workshop.id, dt.date(2025, 1, 1))
    t2 = monitoring.add_round(db, workshop.id, dt.date(2026, 3, 1))
    assert t2.label == "T2" and [r.label for r in monitoring.list_rounds(db, workshop.id)] == ["T1", "T2"]
    with pytest.raises(ValidationError, match="level"):
        monitoring.set_round_answer(db, t2.id, lead1.id, current_level=7)


def test_deleting_a_round_or_workshop_tombstones_what_belongs_to_it(db):
    """A round's answers go with it; a workshop takes its notes, measurements and rounds along."""
    workshop, t1 = _hand_scored(db)
    crud.delete(db, AssessmentRound, t1.id)
    assert monitoring.round_answers(db, t1.id) == {}
    action = crud.create(db, Action, workshop_id=workshop.id, title="Open data portal")
    kpi = crud.create(db, Kpi, workshop_id=workshop.id, action_id=action.id, name="Datasets")
    monitoring.add_measurement(db, kpi.id, dt.date(2025, 1, 1), 10)
    monitoring.add_progress_note(db, action.id, dt.date(2025, 1, 1), "Started")
    deletion = crud.delete(db, Action, action.id)
    assert {m for m, _ in deletion.deleted} == {Action, Kpi, KpiMeasurement, ProgressNote}
    crud.undo_delete(db, deletion)
    deletion = crud.delete(db, type(workshop), workshop.id)
    assert {m for m, _ in deletion.deleted} >= {Action, Kpi, KpiMeasurement, ProgressNote}


def test_progress_notes_move_the_action_only_when_newest(db):
    """The newest note's status and percent become the action's; an older note leaves them."""
    workshop = make_workshop(db)
    action = crud.create(db, Action, workshop_id=workshop.id, title="5G pilot")
    monitoring.add_progress_note(db, action.id, dt.date(2025, 2, 1), "Tender out", status="in_progress",
                                 percent_complete=30)
    monitoring.add_progress_note(db, action.id, dt.date(2025, 1, 1), "Kick-off", percent_complete=10)
    with db.session() as session:
        row = crud.get(session, Action, action.id)
    assert (row.status, row.percent_complete) == ("in_progress", 30)
    assert [n.text for n in monitoring.progress_notes(db, action.id)] == ["Tender out", "Kick-off"]
    monitoring.add_progress_note(db, action.id, dt.date(2025, 6, 1), "Live", status="done")
    with db.session() as session:
        row = crud.get(session, Action, action.id)
    assert (row.status, row.percent_complete) == ("done", 100)
    with pytest.raises(ValidationError, match="at most 100"):
        monitoring.add_progress_note(db, action.id, dt.date(2025, 7, 1), "Over", percent_complete=120)
    assert len(monitoring.progress_notes(db, action.id)) == 3  # nothing written by the refused note
    assert monitoring.set_action_progress(db, action.id, percent_complete=40).status == "done"
    assert monitoring.set_action_progress(db, action.id, status="in_progress").percent_complete == 40


def test_kpi_progress_follows_the_direction_worked_out_by_hand(db):
    """Share of target (latest - baseline) / (target - baseline), improved and reached by direction."""
    workshop = make_workshop(db)
    action = crud.create(db, Action, workshop_id=workshop.id, title="Smart lighting")
    energy = crud.create(db, Kpi, workshop_id=workshop.id, action_id=action.id, name="Energy use",
                         unit="MWh/year", baseline=1000.0, target=600.0, direction="lower")
    users = crud.create(db, Kpi, workshop_id=workshop.id, action_id=action.id, name="App users",
                        unit="people", baseline=0.0, target=5000.0)
    monitoring.add_measurement(db, energy.id, dt.date(2025, 6, 1), 700.0)
    monitoring.add_measurement(db, energy.id, dt.date(2025, 1, 1), 900.0)
    by_name = {p.kpi.name: p for p in monitoring.kpi_progress(db, workshop.id)}
    assert [m.value for m in by_name["Energy use"].measurements] == [900.0, 700.0]
    assert by_name["Energy use"].latest == 700.0
    assert by_name["Energy use"].share_of_target == pytest.approx(0.75)  # (700-1000)/(600-1000)
    assert by_name["Energy use"].improved is True
    assert by_name["App users"].latest is None and by_name["App users"].improved is None
    for bad in (float("nan"), float("inf")):
        with pytest.raises(ValidationError, match="number"):
            monitoring.add_measurement(db, users.id, dt.date(2025, 1, 1), bad)
    with pytest.raises(ValidationError, match="direction"):
        crud.update(db, Kpi, users.id, direction="sideways")
    summary = monitoring.progress_summary(db, workshop.id)
    assert (summary.kpis_total, summary.kpis_measured, summary.kpis_improved, summary.kpis_reached) == (2, 1, 1, 0)


def test_freezing_the_baseline_keeps_the_plan_and_the_timeline_shows_the_slip(db):
    """After "freeze as agreed", moving an action's end shows as months late against the plan."""
    workshop = make_workshop(db)
    action = crud.create(db, Action, workshop_id=workshop.id, title="Digital twin",
                         start_month=dt.date(2024, 6, 1), end_month=dt.date(2025, 5, 1), budget_eur=200000)
    assert monitoring.freeze_baseline(db, workshop.id, dt.date(2024, 4, 2)) == 1
    crud.update(db, Action, action.id, end_month=dt.date(2025, 9, 1), budget_eur=260000)
    later = crud.create(db, Action, workshop_id=workshop.id, title="Added later")
    bars = {b.action_id: b for b in monitoring.timeline(db, workshop.id)}
    assert bars[action.id].planned_end == dt.date(2025, 5, 1) and bars[action.id].end == dt.date(2025, 9, 1)
    assert bars[action.id].slip_months == 4
    assert bars[later.id].planned_start is None and bars[later.id].slip_months is None
    with db.session() as session:
        row = crud.get(session, Action, action.id)
        assert row.baseline_budget_eur == 200000
        assert crud.get(session, type(workshop), workshop.id).baseline_frozen_on == dt.date(2024, 4, 2)


def test_progress_summary_counts_as_worked_out_by_hand(db):
    """Three actions (one done, one at 50 %, one cancelled): 1 done of 2, mean 75 %; T0 -> T1 +1.0."""
    workshop, _ = _hand_scored(db)
    done = crud.create(db, Action, workshop_id=workshop.id, title="A")
    half = crud.create(db, Action, workshop_id=workshop.id, title="B")
    gone = crud.create(db, Action, workshop_id=workshop.id, title="C")
    monitoring.set_action_progress(db, done.id, status="done")
    monitoring.set_action_progress(db, half.id, status="in_progress", percent_complete=50)
    monitoring.set_action_progress(db, gone.id, status="cancelled")
    summary = monitoring.progress_summary(db, workshop.id)
    assert (summary.actions_total, summary.actions_done, summary.actions_in_progress) == (2, 1, 1)
    assert summary.mean_percent_complete == 75.0
    assert (summary.first_round, summary.last_round) == ("T0", "T1")
    assert summary.mean_current_change == 1.0
