"""Roadmap checks: dates, horizon, priority needs covered, a KPI on every action."""

from __future__ import annotations

import datetime as dt

from icc_desktop.models import Action, Kpi, Need
from icc_desktop.services import crud
from icc_desktop.services.roadmap import CheckKind, add_months, check_roadmap, horizon
from icc_desktop.services.workshops import set_vote
from tests.factories import make_workshop


def _action(db, workshop, title, start, end, **fields):
    return crud.create(db, Action, workshop_id=workshop.id, title=title, start_month=start, end_month=end, **fields)


def _kinds(warnings):
    return sorted((w.kind.value, w.row_id) for w in warnings)


def test_horizon_is_the_workshop_month_plus_the_years():
    """A March 2024 workshop with a 3-year horizon runs to February 2027."""
    workshop = type("W", (), {"date": dt.date(2024, 3, 15), "horizon_years": 3})()
    assert horizon(workshop) == (dt.date(2024, 3, 1), dt.date(2027, 2, 1))
    assert add_months(dt.date(2024, 11, 1), 3) == dt.date(2025, 2, 1)
    assert add_months(dt.date(2024, 1, 1), -1) == dt.date(2023, 12, 1)


def test_clean_roadmap_has_no_warnings(db):
    """An action inside the horizon, with a KPI, covering the only Must need: nothing to warn."""
    workshop = make_workshop(db)
    need = crud.create(db, Need, workshop_id=workshop.id, title="Open data", moscow="must")
    action = _action(db, workshop, "Open data portal", dt.date(2024, 4, 1), dt.date(2024, 9, 30), need_id=need.id)
    crud.create(db, Kpi, workshop_id=workshop.id, action_id=action.id, name="Datasets published")
    assert check_roadmap(db, workshop.id) == []
    assert action.end_month == dt.date(2024, 9, 1)  # stored at month precision


def test_every_kind_of_warning(db):
    """Outside the horizon, missing dates, ending before starting, no KPI, a Must need not covered."""
    workshop = make_workshop(db)
    late = _action(db, workshop, "Late", dt.date(2027, 1, 1), dt.date(2027, 3, 1))
    undated = _action(db, workshop, "Undated", None, None)
    backwards = _action(db, workshop, "Backwards", dt.date(2024, 6, 1), dt.date(2024, 8, 1))
    with db.session() as session:  # a row that broke the rule elsewhere (an older app, a merge)
        row = session.get(Action, backwards.id)
        row.end_month = dt.date(2024, 5, 1)
    for action in (undated, backwards):
        crud.create(db, Kpi, workshop_id=workshop.id, action_id=action.id, name="KPI")
    need = crud.create(db, Need, workshop_id=workshop.id, title="Skills", moscow="must")
    crud.create(db, Need, workshop_id=workshop.id, title="Parking", moscow="wont")
    warnings = check_roadmap(db, workshop.id)
    assert _kinds(warnings) == sorted([
        ("outside_horizon", late.id),
        ("no_kpi", late.id),
        ("missing_dates", undated.id),
        ("end_before_start", backwards.id),
        ("need_not_covered", need.id),
    ])
    message = next(w.message for w in warnings if w.kind is CheckKind.OUTSIDE_HORIZON)
    assert "2024-03 to 2027-02" in message


def test_cancelled_actions_neither_cover_nor_need_kpis(db):
    """A cancelled action does not cover a need and is not asked for a KPI."""
    workshop = make_workshop(db)
    need = crud.create(db, Need, workshop_id=workshop.id, title="Skills", moscow="must")
    _action(db, workshop, "Dropped", dt.date(2024, 4, 1), dt.date(2024, 5, 1), need_id=need.id, status="cancelled")
    assert _kinds(check_roadmap(db, workshop.id)) == [("need_not_covered", need.id)]


def test_without_moscow_the_top_voted_needs_are_the_priorities(db):
    """With no MoSCoW anywhere, the top five needs that got dots must be covered."""
    workshop = make_workshop(db)
    needs = [crud.create(db, Need, workshop_id=workshop.id, title=f"Need {i}") for i in range(7)]
    for dots, need in zip((5, 4, 3, 2, 1, 1, 0), needs, strict=True):
        if dots:
            set_vote(db, need.id, dots=dots)
    uncovered = {w.row_id for w in check_roadmap(db, workshop.id) if w.kind is CheckKind.NEED_NOT_COVERED}
    assert uncovered == {n.id for n in needs[:5]}
