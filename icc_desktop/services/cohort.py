"""Compare a city with its cohort: the median and inter-quartile band of the cities on the same
framework (and, when chosen, the same edition or thematic track), per dimension.

A city counts once: its latest workshop on the framework, that workshop's latest assessment round
with answers (T0 is the group's consensus; a later round's targets carry over per dimension where
it gave none, as in `services.monitoring`). A cohort is answered only over at least
`MIN_CITIES` cities, and a dimension only where at least that many cities have a value for it:
the answer is never one city's figures. Quartiles are the "inclusive" kind (Excel's QUARTILE.INC:
linear interpolation between the ordered values).

The same pure function serves the laptop (`local_cohort`, from its database) and the sync server
(`GET /api/v1/cohort`, from its stored rows).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from icc_desktop.errors import IccError
from icc_desktop.models import (
    Action,
    AssessmentRound,
    City,
    Need,
    Response,
    RoundAnswer,
    Workshop,
)
from icc_desktop.services import crud
from icc_desktop.services.scoring import framework_dimensions, framework_questions
from icc_desktop.store.db import Database

MIN_CITIES = 5
"""Fewest cities a cohort figure is given over."""


class CohortTooSmall(IccError):
    """Fewer than `MIN_CITIES` cities match: no figures are given."""

    def __init__(self, cities: int) -> None:
        self.cities = cities
        super().__init__(f"Only {cities} cities match this cohort; cohort figures are given over at "
                         f"least {MIN_CITIES} cities, so that no city's own figures show.")


@dataclass(frozen=True)
class Band:
    """Median and inter-quartile band of one value over the cohort's cities."""

    median: float
    q1: float
    q3: float

    def as_json(self) -> dict[str, float]:
        """JSON form (rounded to 3 decimals: levels are means of whole numbers)."""
        return {"median": round(self.median, 3), "q1": round(self.q1, 3), "q3": round(self.q3, 3)}


@dataclass(frozen=True)
class CohortDimension:
    """One dimension's band of current and target levels, and over how many cities."""

    dimension_id: str
    code: str
    name: str
    cities: int
    current: Band | None
    target: Band | None


@dataclass(frozen=True)
class Cohort:
    """The cohort's figures per dimension of a framework."""

    framework_id: str
    edition: str | None
    track: str | None
    cities: int
    dimensions: list[CohortDimension]
    source: str = "local"  # "local" or "server"

    def as_json(self) -> dict[str, Any]:
        """The JSON the server answers (see `sync.protocol.CohortResponse`)."""
        return {
            "framework_id": self.framework_id, "edition": self.edition, "track": self.track,
            "cities": self.cities,
            "dimensions": [{"dimension_id": d.dimension_id, "code": d.code, "name": d.name, "cities": d.cities,
                            "current": d.current.as_json() if d.current else None,
                            "target": d.target.as_json() if d.target else None} for d in self.dimensions],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], source: str = "server") -> Cohort:
        """The inverse of `as_json`."""
        def band(value: Any) -> Band | None:
            return Band(float(value["median"]), float(value["q1"]), float(value["q3"])) if value else None

        return cls(str(data["framework_id"]), data.get("edition"), data.get("track"), int(data["cities"]),
                   [CohortDimension(str(d["dimension_id"]), str(d["code"]), str(d["name"]), int(d["cities"]),
                                    band(d.get("current")), band(d.get("target")))
                    for d in data["dimensions"]], source)


def band(values: Sequence[float]) -> Band:
    """Median and inclusive quartiles of at least two values."""
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Band(median, q1, q3)


@dataclass(frozen=True)
class Answer:
    """One consensus answer: the question and its levels (None: unknown)."""

    question_id: str
    current: int | None
    target: int | None


def latest_levels(dimension_of: Mapping[str, str], t0: Iterable[Answer],
                  rounds: Sequence[Sequence[Answer]]) -> dict[str, tuple[float | None, float | None]]:
    """Current and target per dimension of a workshop's latest assessment with answers.

    `rounds` are the later rounds' answers in order; the latest round with any answer counts,
    with the previous rounds' targets carried over per dimension where it gave none.
    """
    def means(answers: Iterable[Answer]) -> dict[str, tuple[float | None, float | None]]:
        current: dict[str, list[int]] = {}
        target: dict[str, list[int]] = {}
        for answer in answers:
            dimension = dimension_of.get(answer.question_id)
            if dimension is None:
                continue
            if answer.current is not None:
                current.setdefault(dimension, []).append(answer.current)
            if answer.target is not None:
                target.setdefault(dimension, []).append(answer.target)
        return {d: (statistics.fmean(current[d]) if d in current else None,
                    statistics.fmean(target[d]) if d in target else None)
                for d in set(current) | set(target)}

    levels = means(t0)
    for answers in rounds:
        answered = means(answers)
        if not answered:
            continue
        levels = {d: (answered.get(d, (None, None))[0],
                      answered.get(d, (None, None))[1] if answered.get(d, (None, None))[1] is not None
                      else levels.get(d, (None, None))[1])
                  for d in set(levels) | set(answered)}
    return levels


@dataclass(frozen=True)
class CityLevels:
    """One city of the cohort: its edition, tracks, and levels per dimension."""

    city_id: str
    edition: str
    tracks: frozenset[str]
    levels: dict[str, tuple[float | None, float | None]]


def compute_cohort(framework_id: str, dimensions: Sequence[tuple[str, str, str]], cities: Iterable[CityLevels],
                   edition: str | None = None, track: str | None = None) -> Cohort:
    """The cohort's bands per dimension (`dimensions`: id, code, name in order); raises
    `CohortTooSmall` under `MIN_CITIES` matching cities with any level."""
    members = [c for c in cities if (edition is None or c.edition == edition)
               and (track is None or track in c.tracks)
               and any(v is not None for pair in c.levels.values() for v in pair)]
    if len(members) < MIN_CITIES:
        raise CohortTooSmall(len(members))
    result = []
    for dimension_id, code, name in dimensions:
        current = [c.levels[dimension_id][0] for c in members
                   if dimension_id in c.levels and c.levels[dimension_id][0] is not None]
        target = [c.levels[dimension_id][1] for c in members
                  if dimension_id in c.levels and c.levels[dimension_id][1] is not None]
        result.append(CohortDimension(
            dimension_id, code, name, len(current),
            band(current) if len(current) >= MIN_CITIES else None,  # type: ignore[arg-type]
            band(target) if len(target) >= MIN_CITIES else None,  # type: ignore[arg-type]
        ))
    return Cohort(framework_id, edition, track, len(members), result)


def latest_per_city(workshops: Iterable[tuple[str, str, Any]]) -> dict[str, str]:
    """city id -> the id of its latest workshop, from (workshop id, city id, date) triples."""
    latest: dict[str, tuple[Any, str]] = {}
    for workshop_id, city_id, date in workshops:
        if city_id not in latest or (date, workshop_id) > latest[city_id]:
            latest[city_id] = (date, workshop_id)
    return {city: workshop for city, (_date, workshop) in latest.items()}


def local_cohort(db: Database, framework_id: str, edition: str | None = None,
                 track: str | None = None) -> Cohort:
    """The cohort from this database's workshops (an office laptop after sync holds many)."""
    with db.session() as session:
        dimensions = [(d.id, d.code, d.name) for d in framework_dimensions(session, framework_id)]
        dimension_of = {q.id: d.id for d, q in framework_questions(session, framework_id)}
        rows = session.exec(select(Workshop).where(
            Workshop.framework_id == framework_id, col(Workshop.deleted_at).is_(None))).all()
        chosen = latest_per_city((w.id, w.city_id, w.date) for w in rows)
        ids = list(chosen.values())
        cities = {c.id: c for c in session.exec(select(City).where(col(City.id).in_(list(chosen)),
                                                                    col(City.deleted_at).is_(None))).all()}
        t0: dict[str, list[Answer]] = {}
        for r in session.exec(select(Response).where(col(Response.workshop_id).in_(ids),
                                                     col(Response.participant_id).is_(None),
                                                     col(Response.deleted_at).is_(None))).all():
            t0.setdefault(r.workshop_id, []).append(Answer(r.question_id, r.current_level, r.target_level))
        rounds = session.exec(select(AssessmentRound).where(col(AssessmentRound.workshop_id).in_(ids),
                                                            col(AssessmentRound.deleted_at).is_(None))).all()
        later: dict[str, list[Answer]] = {}
        for a in session.exec(select(RoundAnswer).where(col(RoundAnswer.workshop_id).in_(ids),
                                                        col(RoundAnswer.deleted_at).is_(None))).all():
            later.setdefault(a.round_id, []).append(Answer(a.question_id, a.current_level, a.target_level))
        tracks: dict[str, set[str]] = {}
        for model in (Need, Action):
            for row in session.exec(select(model).where(
                    col(model.workshop_id).in_(ids), col(model.deleted_at).is_(None),
                    col(model.track).is_not(None))).all():
                track = getattr(row, "track", None)
                if track:
                    tracks.setdefault(str(getattr(row, "workshop_id")), set()).add(track)  # noqa: B009
    by_workshop: dict[str, list[AssessmentRound]] = {}
    for round_ in sorted(rounds, key=lambda r: (r.position, r.date, r.created_at)):
        by_workshop.setdefault(round_.workshop_id, []).append(round_)
    members = [
        CityLevels(city_id, cities[city_id].edition, frozenset(tracks.get(workshop_id, ())),
                   latest_levels(dimension_of, t0.get(workshop_id, []),
                                 [later.get(r.id, []) for r in by_workshop.get(workshop_id, [])]))
        for city_id, workshop_id in chosen.items() if city_id in cities
    ]
    return compute_cohort(framework_id, dimensions, members, edition, track)


def workshop_cohort(db: Database, workshop_id: str, *, same_edition: bool = False,
                    track: str | None = None) -> Cohort:
    """The cohort of a workshop's city from the local database (its framework; its city's
    edition when asked; a track when given)."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        city = crud.get(session, City, workshop.city_id)
    return local_cohort(db, workshop.framework_id, city.edition if same_edition else None, track)
