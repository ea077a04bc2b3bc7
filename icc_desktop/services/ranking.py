"""Prioritising needs: dot votes, impact × feasibility (the 2×2) and MoSCoW.

The ranking orders needs by dots, then by impact × feasibility, then by MoSCoW category. Needs
with the same dots and the same impact × feasibility share a rank (1, 2, 2, 4).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from enum import StrEnum

from icc_desktop.models import MoSCoW, Need, Vote, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database

HIGH = 3.0
"""On the 1–5 scales, a mean of 3 or more counts as high impact / high feasibility."""

_MOSCOW_ORDER = {code.value: i for i, code in enumerate(MoSCoW)}


class Quadrant(StrEnum):
    """The four boxes of the impact × feasibility matrix."""

    QUICK_WIN = "quick_win"  # high impact, high feasibility
    MAJOR_PROJECT = "major_project"  # high impact, low feasibility
    FILL_IN = "fill_in"  # low impact, high feasibility
    THANKLESS_TASK = "thankless_task"  # low impact, low feasibility


def quadrant(impact: float | None, feasibility: float | None) -> Quadrant | None:
    """The box of the 2×2 a need falls in; None until both scores are known."""
    if impact is None or feasibility is None:
        return None
    if impact >= HIGH:
        return Quadrant.QUICK_WIN if feasibility >= HIGH else Quadrant.MAJOR_PROJECT
    return Quadrant.FILL_IN if feasibility >= HIGH else Quadrant.THANKLESS_TASK


@dataclass(frozen=True)
class RankedNeed:
    """A need with its votes summed up and its place in the ranking."""

    need_id: str
    title: str
    moscow: str | None
    dots: int
    impact: float | None
    feasibility: float | None
    rank: int
    number: int = 0
    """The need's number in the workshop (its place in the needs list, from 1): its short label N1, N2…"""

    @property
    def priority(self) -> float | None:
        """Impact × feasibility (1 to 25); None until both are scored."""
        if self.impact is None or self.feasibility is None:
            return None
        return self.impact * self.feasibility

    @property
    def quadrant(self) -> Quadrant | None:
        """The need's box in the impact × feasibility matrix."""
        return quadrant(self.impact, self.feasibility)


def _mean(values: list[int]) -> float | None:
    return statistics.fmean(values) if values else None


def need_numbers(needs: list[Need]) -> dict[str, int]:
    """Each need's number in its workshop (need id → 1, 2, 3… in list order).

    The number is the need's place in the needs list (position, then creation), so every view
    that shows needs (the dot grid, the scores, the ranking, the 2×2 and the presenter) names the
    same need with the same short label; it changes only when the list itself is reordered.
    """
    ordered = sorted(needs, key=lambda n: (n.position, n.created_at, n.id))
    return {need.id: number for number, need in enumerate(ordered, start=1)}


def summarise(needs: list[Need], votes: list[Vote]) -> list[RankedNeed]:
    """Rank needs from their votes (pure: the caller loads the rows)."""
    numbers = need_numbers(needs)
    dots: dict[str, int] = {n.id: 0 for n in needs}
    impacts: dict[str, list[int]] = {n.id: [] for n in needs}
    feasibilities: dict[str, list[int]] = {n.id: [] for n in needs}
    for vote in votes:
        if vote.need_id not in dots or vote.deleted_at is not None:
            continue
        dots[vote.need_id] += vote.dots
        if vote.impact is not None:
            impacts[vote.need_id].append(vote.impact)
        if vote.feasibility is not None:
            feasibilities[vote.need_id].append(vote.feasibility)
    unranked = [
        RankedNeed(n.id, n.title, n.moscow, dots[n.id], _mean(impacts[n.id]), _mean(feasibilities[n.id]), 0,
                   numbers[n.id])
        for n in needs
    ]
    position = {n.id: (n.position, n.title) for n in needs}

    def tie_key(r: RankedNeed) -> tuple[int, float]:
        return (-r.dots, -(r.priority if r.priority is not None else -1.0))

    unranked.sort(key=lambda r: (*tie_key(r), _MOSCOW_ORDER.get(r.moscow or "", len(_MOSCOW_ORDER)), position[r.need_id]))
    ranked: list[RankedNeed] = []
    for index, item in enumerate(unranked):
        rank = ranked[-1].rank if ranked and tie_key(ranked[-1]) == tie_key(item) else index + 1
        ranked.append(RankedNeed(item.need_id, item.title, item.moscow, item.dots, item.impact, item.feasibility, rank,
                                 item.number))
    return ranked


def rank_needs(db: Database, workshop_id: str) -> list[RankedNeed]:
    """The workshop's live needs, best first (see the module's docstring for the order)."""
    with db.session() as session:
        crud.get(session, Workshop, workshop_id)
        needs = crud.live(session, Need, workshop_id=workshop_id)
        votes = crud.live(session, Vote, workshop_id=workshop_id)
    return summarise(needs, votes)


def dots_used(db: Database, workshop_id: str) -> dict[str, int]:
    """Dots each participant has placed (participant id → dots), for the voting grid's budget."""
    with db.session() as session:
        votes = crud.live(session, Vote, workshop_id=workshop_id)
    used: dict[str, int] = {}
    for vote in votes:
        if vote.participant_id is not None:
            used[vote.participant_id] = used.get(vote.participant_id, 0) + vote.dots
    return used
