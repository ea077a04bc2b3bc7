"""Roadmap checks: the warnings shown beside the rows they concern.

- an action that ends before it starts, or has no dates;
- an action outside the workshop's horizon: from the workshop's month, `horizon_years` × 12
  months (a workshop in March 2024 with a 3-year horizon runs to February 2027);
- a priority need with no action: the needs marked Must; when no need has a MoSCoW category
  yet, the top `TOP_NEEDS` of the ranking that received votes;
- an action with no KPI.
Cancelled actions neither cover a need nor need a KPI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from icc_desktop.models import Action, Kpi, MoSCoW, Need, Vote, Workshop
from icc_desktop.services import crud
from icc_desktop.services.ranking import summarise
from icc_desktop.store.db import Database

TOP_NEEDS = 5


class CheckKind(StrEnum):
    """What a roadmap warning is about."""

    END_BEFORE_START = "end_before_start"
    MISSING_DATES = "missing_dates"
    OUTSIDE_HORIZON = "outside_horizon"
    NEED_NOT_COVERED = "need_not_covered"
    NO_KPI = "no_kpi"


@dataclass(frozen=True)
class RoadmapWarning:
    """One problem of the roadmap, naming the row it concerns (an action or a need)."""

    kind: CheckKind
    table: str
    row_id: str
    message: str
    """In English (the command line); the window and the documents say it in their language from `params`
    with the catalogue's `check_<kind>` text."""
    params: Mapping[str, Any] = field(default_factory=dict)
    """The action's or need's title (`action`, `need`) and the months it names (`start`, `end`, `first`, `last`)."""


def add_months(month: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after `month`'s."""
    index = month.year * 12 + month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def horizon(workshop: Workshop) -> tuple[dt.date, dt.date]:
    """First and last month (first days) an action of this workshop may fall in."""
    first = workshop.date.replace(day=1)
    return first, add_months(first, workshop.horizon_years * 12 - 1)


def _month(value: dt.date) -> str:
    return value.strftime("%Y-%m")


def priority_needs(needs: list[Need], votes: list[Vote]) -> list[Need]:
    """The needs the roadmap must cover (see the module's docstring)."""
    must = [n for n in needs if n.moscow == MoSCoW.MUST]
    if must or any(n.moscow for n in needs):
        return must
    by_id = {n.id: n for n in needs}
    top = [r for r in summarise(needs, votes) if r.dots > 0][:TOP_NEEDS]
    return [by_id[r.need_id] for r in top]


def check_actions(workshop: Workshop, actions: list[Action], kpis: list[Kpi]) -> list[RoadmapWarning]:
    """Date, horizon and KPI warnings for the actions (pure: the caller loads the rows)."""
    first, last = horizon(workshop)
    with_kpi = {k.action_id for k in kpis if k.deleted_at is None}
    warnings: list[RoadmapWarning] = []
    for action in actions:
        start, end = action.start_month, action.end_month
        if start is None or end is None:
            warnings.append(RoadmapWarning(CheckKind.MISSING_DATES, "action", action.id,
                                           f"“{action.title}” has no start or end month.", {"action": action.title}))
        elif end < start:
            warnings.append(RoadmapWarning(
                CheckKind.END_BEFORE_START, "action", action.id,
                f"“{action.title}” ends ({_month(end)}) before it starts ({_month(start)}).",
                {"action": action.title, "start": start, "end": end},
            ))
        outside = [m for m in (start, end) if m is not None and not first <= m.replace(day=1) <= last]
        if outside:
            warnings.append(RoadmapWarning(
                CheckKind.OUTSIDE_HORIZON, "action", action.id,
                f"“{action.title}” falls outside the roadmap horizon ({_month(first)} to {_month(last)}).",
                {"action": action.title, "first": first, "last": last},
            ))
        if action.status != "cancelled" and action.id not in with_kpi:
            warnings.append(RoadmapWarning(CheckKind.NO_KPI, "action", action.id,
                                           f"“{action.title}” has no KPI.", {"action": action.title}))
    return warnings


def check_rows(workshop: Workshop, actions: list[Action], kpis: list[Kpi], needs: list[Need],
               votes: list[Vote]) -> list[RoadmapWarning]:
    """Every roadmap warning from already loaded rows (pure): actions first, in the order given, then needs."""
    warnings = check_actions(workshop, actions, kpis)
    covered = {a.need_id for a in actions if a.need_id and a.status != "cancelled"}
    for need in priority_needs(needs, votes):
        if need.id not in covered:
            warnings.append(RoadmapWarning(CheckKind.NEED_NOT_COVERED, "need", need.id,
                                           f"Priority need “{need.title}” has no action in the roadmap.",
                                           {"need": need.title}))
    return warnings


def check_roadmap(db: Database, workshop_id: str) -> list[RoadmapWarning]:
    """Every roadmap warning of a workshop: actions first (in roadmap order), then needs."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        actions = sorted(crud.live(session, Action, workshop_id=workshop_id), key=lambda a: (a.position, a.created_at))
        kpis = crud.live(session, Kpi, workshop_id=workshop_id)
        needs = sorted(crud.live(session, Need, workshop_id=workshop_id), key=lambda n: (n.position, n.title))
        votes = crud.live(session, Vote, workshop_id=workshop_id)
    return check_rows(workshop, actions, kpis, needs, votes)
