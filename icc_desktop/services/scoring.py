"""Maturity scores per dimension and the gaps between current and target levels.

Scores are derived, never stored. "Consensus" uses the group's agreed answers (responses with
no participant); "individual" pools every participant's answers, each answer weighing the same.
A level left empty (unknown / not applicable) counts as unknown and is left out of the means.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlmodel import Session, col, select

from icc_desktop.models import Dimension, Question, Response, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database

ScoreSource = Literal["consensus", "individual"]


@dataclass(frozen=True)
class DimensionScore:
    """The scores of one dimension of the workshop's framework."""

    dimension_id: str
    code: str
    name: str
    current: float | None
    target: float | None
    current_median: float | None
    target_median: float | None
    spread: float | None
    answered: int
    unknown: int

    @property
    def gap(self) -> float | None:
        """Target minus current; None unless both are known."""
        if self.current is None or self.target is None:
            return None
        return self.target - self.current


@dataclass(frozen=True)
class QuestionGap:
    """Current and target level of one question, and the gap between them."""

    question_id: str
    dimension_id: str
    dimension: str
    text: str
    current: float | None
    target: float | None

    @property
    def gap(self) -> float | None:
        """Target minus current; None unless both are known."""
        if self.current is None or self.target is None:
            return None
        return self.target - self.current


def _mean(values: list[int]) -> float | None:
    return statistics.fmean(values) if values else None


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def framework_questions(session: Session, framework_id: str) -> list[tuple[Dimension, Question]]:
    """The live dimensions and questions of a framework, in their order."""
    query = (
        select(Dimension, Question)
        .join(Question, col(Question.dimension_id) == col(Dimension.id))
        .where(
            Dimension.framework_id == framework_id,
            col(Dimension.deleted_at).is_(None),
            col(Question.deleted_at).is_(None),
        )
        .order_by(col(Dimension.position), col(Question.position))
    )
    return [(d, q) for d, q in session.exec(query).all()]


def framework_dimensions(session: Session, framework_id: str) -> list[Dimension]:
    """The live dimensions of a framework, in their order."""
    rows = crud.live(session, Dimension, framework_id=framework_id)
    return sorted(rows, key=lambda d: d.position)


def _responses(session: Session, workshop_id: str, source: ScoreSource,
               participant_id: str | None = None) -> list[Response]:
    query = select(Response).where(
        Response.workshop_id == workshop_id, col(Response.deleted_at).is_(None)
    )
    if participant_id is not None:
        query = query.where(Response.participant_id == participant_id)
    elif source == "consensus":
        query = query.where(col(Response.participant_id).is_(None))
    else:
        query = query.where(col(Response.participant_id).is_not(None))
    return list(session.exec(query).all())


def dimension_scores(db: Database, workshop_id: str, source: ScoreSource = "consensus",
                     participant_id: str | None = None) -> list[DimensionScore]:
    """Mean, median and spread (population standard deviation) of the levels per dimension.

    Every dimension of the workshop's framework is listed, in order, even with no answers.
    With `participant_id`, only that participant's answers count (`source` is then ignored).
    """
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        pairs = framework_questions(session, workshop.framework_id)
        dimensions = framework_dimensions(session, workshop.framework_id)
        responses = _responses(session, workshop_id, source, participant_id)
    return summarise_scores(dimensions, pairs, responses)


def summarise_scores(dimensions: Sequence[Dimension], pairs: Sequence[tuple[Dimension, Question]],
                     responses: Iterable[Response]) -> list[DimensionScore]:
    """Scores per dimension from already loaded rows (pure: the caller picks the responses).

    `pairs` maps questions to their dimensions (see `framework_questions`); responses to other
    questions are ignored. Used by `dimension_scores` and by exports that read many workshops.
    """
    dimension_of = {q.id: d.id for d, q in pairs}
    current: dict[str, list[int]] = {d.id: [] for d in dimensions}
    target: dict[str, list[int]] = {d.id: [] for d in dimensions}
    unknown = dict.fromkeys(current, 0)
    for response in responses:
        dimension_id = dimension_of.get(response.question_id)
        if dimension_id is None:
            continue
        if response.current_level is None:
            unknown[dimension_id] += 1
        else:
            current[dimension_id].append(response.current_level)
        if response.target_level is not None:
            target[dimension_id].append(response.target_level)
    return [
        DimensionScore(
            dimension_id=d.id,
            code=d.code,
            name=d.name,
            current=_mean(current[d.id]),
            target=_mean(target[d.id]),
            current_median=_median(current[d.id]),
            target_median=_median(target[d.id]),
            spread=statistics.pstdev(current[d.id]) if current[d.id] else None,
            answered=len(current[d.id]),
            unknown=unknown[d.id],
        )
        for d in dimensions
    ]


def question_gaps(db: Database, workshop_id: str, source: ScoreSource = "consensus") -> list[QuestionGap]:
    """Mean current and target level of every question of the workshop's framework, in order."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        pairs = framework_questions(session, workshop.framework_id)
        responses = _responses(session, workshop_id, source)
    current: dict[str, list[int]] = {q.id: [] for _, q in pairs}
    target: dict[str, list[int]] = {q.id: [] for _, q in pairs}
    for response in responses:
        if response.question_id not in current:
            continue
        if response.current_level is not None:
            current[response.question_id].append(response.current_level)
        if response.target_level is not None:
            target[response.question_id].append(response.target_level)
    return [
        QuestionGap(q.id, d.id, d.name, q.text, _mean(current[q.id]), _mean(target[q.id]))
        for d, q in pairs
    ]


def largest_gaps(db: Database, workshop_id: str, count: int = 5, source: ScoreSource = "consensus") -> list[QuestionGap]:
    """The `count` questions with the largest positive gap; ties keep the framework's order."""
    gaps = [g for g in question_gaps(db, workshop_id, source) if g.gap is not None and g.gap > 0]
    gaps.sort(key=lambda g: -(g.gap or 0.0))  # stable: ties stay in framework order
    return gaps[:count]


@dataclass(frozen=True)
class ConsensusComparison:
    """The consensus level of a dimension beside the mean of the individual answers."""

    dimension_id: str
    name: str
    consensus: float | None
    individual: float | None

    @property
    def difference(self) -> float | None:
        """Consensus minus individual mean: positive when the group rated itself higher."""
        if self.consensus is None or self.individual is None:
            return None
        return self.consensus - self.individual


def consensus_vs_individual(db: Database, workshop_id: str) -> list[ConsensusComparison]:
    """Per dimension, the consensus current level beside the individual mean."""
    consensus = dimension_scores(db, workshop_id, "consensus")
    individual = dimension_scores(db, workshop_id, "individual")
    return [
        ConsensusComparison(c.dimension_id, c.name, c.current, i.current)
        for c, i in zip(consensus, individual, strict=True)
    ]
