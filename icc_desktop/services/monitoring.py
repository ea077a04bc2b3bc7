"""After the workshop: action progress, KPI measurements, the frozen baseline and later rounds.

Round T0 is the workshop's own consensus assessment (`response` rows with no participant),
dated by the workshop. Later rounds (T1, T2, …) keep the group's answers in `round_answer`.
A dimension's target in a later round is the mean of the targets given in that round; where
the round gives none for a dimension, the previous round's target carries over (cities
reassess where they stand far more often than where they aim).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from icc_desktop.errors import Problem, ValidationError
from icc_desktop.models import (
    Action,
    ActionStatus,
    AssessmentRound,
    Kpi,
    KpiDirection,
    KpiMeasurement,
    ProgressNote,
    Response,
    RoundAnswer,
    Workshop,
)
from icc_desktop.services import crud
from icc_desktop.services.scoring import (
    DimensionScore,
    framework_dimensions,
    framework_questions,
    summarise_scores,
)
from icc_desktop.services.validation import validate
from icc_desktop.store.db import Database

# --- Action progress ---------------------------------------------------------------------------


def set_action_progress(db: Database, action_id: str, *, status: str | None = None,
                        percent_complete: int | None = None) -> Action:
    """Set an action's status and/or percent complete (done means 100 %, 100 % means done)."""
    changes: dict[str, Any] = {}
    if status is not None:
        changes["status"] = status
        if status == ActionStatus.DONE and percent_complete is None:
            changes["percent_complete"] = 100
    if percent_complete is not None:
        changes["percent_complete"] = percent_complete
        if percent_complete == 100 and status is None:
            changes["status"] = ActionStatus.DONE.value
    return crud.update(db, Action, action_id, **changes)


def add_progress_note(db: Database, action_id: str, date: dt.date, text: str, *,
                      status: str | None = None, percent_complete: int | None = None) -> ProgressNote:
    """Record a dated progress note; when it is the newest, its status and percent become the action's.

    Note and action are written in one transaction (all or nothing).
    """
    with db.session() as session:
        action = crud.get(session, Action, action_id)
        note = ProgressNote(workshop_id=action.workshop_id, action_id=action_id, date=date,
                            text=text.strip(), status=status, percent_complete=percent_complete)
        validate(session, ProgressNote, crud.values_of(note) | {"id": note.id})
        newer = session.exec(select(ProgressNote).where(
            ProgressNote.action_id == action_id, col(ProgressNote.deleted_at).is_(None),
            col(ProgressNote.date) > date)).first()
        if newer is None:
            if status is not None:
                action.status = status
            if percent_complete is not None:
                action.percent_complete = percent_complete
            if status == ActionStatus.DONE and percent_complete is None:
                action.percent_complete = 100
            validate(session, Action, crud.values_of(action) | {"id": action.id})
            session.add(action)
        session.add(note)
    return note


def progress_notes(db: Database, action_id: str) -> list[ProgressNote]:
    """An action's live progress notes, newest first."""
    with db.session() as session:
        notes = crud.live(session, ProgressNote, action_id=action_id)
    return sorted(notes, key=lambda n: (n.date, n.created_at), reverse=True)


# --- KPI measurements --------------------------------------------------------------------------


def add_measurement(db: Database, kpi_id: str, date: dt.date, value: float, note: str = "") -> KpiMeasurement:
    """Record a dated value of a KPI (in the KPI's unit)."""
    with db.session() as session:
        kpi = crud.get(session, Kpi, kpi_id)
        workshop_id = kpi.workshop_id
    return crud.create(db, KpiMeasurement, workshop_id=workshop_id, kpi_id=kpi_id, date=date,
                       value=value, note=note)


@dataclass(frozen=True)
class KpiProgress:
    """A KPI with its measurements (oldest first) against its baseline and target."""

    kpi: Kpi
    measurements: list[KpiMeasurement]

    @property
    def latest(self) -> float | None:
        """The most recent measured value, or None before the first measurement."""
        return self.measurements[-1].value if self.measurements else None

    @property
    def share_of_target(self) -> float | None:
        """How far the latest value has come from baseline to target (0 = baseline, 1 = target).

        None without a baseline, a target different from it, or a measurement.
        """
        base, target, latest = self.kpi.baseline, self.kpi.target, self.latest
        if base is None or target is None or latest is None or target == base:
            return None
        return (latest - base) / (target - base)

    @property
    def improved(self) -> bool | None:
        """Whether the latest value is better than the baseline, in the KPI's direction."""
        base, latest = self.kpi.baseline, self.latest
        if base is None or latest is None:
            return None
        if self.kpi.direction == KpiDirection.LOWER:
            return latest < base
        return latest > base


def kpi_progress(db: Database, workshop_id: str) -> list[KpiProgress]:
    """Every live KPI of the workshop's live actions, in roadmap order, with its measurements."""
    with db.session() as session:
        actions = {a.id: a for a in crud.live(session, Action, workshop_id=workshop_id)}
        kpis = [k for k in crud.live(session, Kpi, workshop_id=workshop_id) if k.action_id in actions]
        values = crud.live(session, KpiMeasurement, workshop_id=workshop_id)
    by_kpi: dict[str, list[KpiMeasurement]] = {}
    for value in sorted(values, key=lambda m: (m.date, m.created_at)):
        by_kpi.setdefault(value.kpi_id, []).append(value)
    kpis.sort(key=lambda k: (actions[k.action_id].position, actions[k.action_id].created_at, k.created_at))
    return [KpiProgress(k, by_kpi.get(k.id, [])) for k in kpis]


# --- Baseline and timeline ---------------------------------------------------------------------


def freeze_baseline(db: Database, workshop_id: str, on: dt.date | None = None) -> int:
    """"Freeze as agreed": every live action keeps its months and budget as the planned baseline.

    Freezing again replaces the earlier baseline. Returns how many actions were frozen.
    """
    on = on or dt.date.today()
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        actions = crud.live(session, Action, workshop_id=workshop_id)
        for action in actions:
            action.baseline_start_month = action.start_month
            action.baseline_end_month = action.end_month
            action.baseline_budget_eur = action.budget_eur
            session.add(action)
        workshop.baseline_frozen_on = on
        session.add(workshop)
    return len(actions)


def _months_between(first: dt.date, second: dt.date) -> int:
    return (second.year - first.year) * 12 + second.month - first.month


@dataclass(frozen=True)
class TimelineBar:
    """One action on the timeline: the planned (frozen) months beside the actual ones."""

    action_id: str
    title: str
    status: str
    percent_complete: int | None
    planned_start: dt.date | None
    planned_end: dt.date | None
    start: dt.date | None
    end: dt.date | None

    @property
    def slip_months(self) -> int | None:
        """How many months later than planned the action ends (negative: earlier)."""
        if self.planned_end is None or self.end is None:
            return None
        return _months_between(self.planned_end, self.end)


def timeline(db: Database, workshop_id: str) -> list[TimelineBar]:
    """The workshop's live actions in roadmap order, planned against actual."""
    with db.session() as session:
        actions = crud.live(session, Action, workshop_id=workshop_id)
    actions.sort(key=lambda a: (a.position, a.created_at))
    return [TimelineBar(a.id, a.title, a.status, a.percent_complete, a.baseline_start_month,
                        a.baseline_end_month, a.start_month, a.end_month) for a in actions]


# --- Assessment rounds -------------------------------------------------------------------------


def list_rounds(db: Database, workshop_id: str) -> list[AssessmentRound]:
    """The workshop's later rounds (T1, T2, …), in order."""
    with db.session() as session:
        rounds = crud.live(session, AssessmentRound, workshop_id=workshop_id)
    return sorted(rounds, key=lambda r: (r.position, r.date, r.created_at))


def add_round(db: Database, workshop_id: str, date: dt.date, label: str | None = None,
              notes: str = "") -> AssessmentRound:
    """Start a later assessment round; its label defaults to the next "T<n>"."""
    existing = list_rounds(db, workshop_id)
    position = max((r.position for r in existing), default=0) + 1
    if existing and date < existing[-1].date:
        previous = existing[-1]
        raise ValidationError(Problem("date", f"a new round cannot be dated before round {previous.label} "
                                              f"({previous.date.isoformat()})."))
    return crud.create(db, AssessmentRound, workshop_id=workshop_id, label=label or f"T{position}",
                       date=date, notes=notes, position=position)


def set_round_answer(db: Database, round_id: str, question_id: str, **levels: Any) -> RoundAnswer:
    """Record (or change) the group's answer to a question in a later round.

    `levels` holds `current_level`, `target_level` and/or `evidence`.
    """
    with db.session() as session:
        change = set_round_answer_in(session, round_id, question_id, **levels)
    return change.row  # type: ignore[return-value]  # a RoundAnswer


def set_round_answer_in(session: Session, round_id: str, question_id: str, **levels: Any) -> crud.Change:
    """`set_round_answer` in the caller's unit of work; returns the change (before is None when new)."""
    round_ = crud.get(session, AssessmentRound, round_id)
    existing = crud.live(session, RoundAnswer, round_id=round_id, question_id=question_id)
    if existing:
        return crud.update_in(session, RoundAnswer, existing[0].id, **levels)
    row = crud.create_keyed_in(session, RoundAnswer, {"round_id": round_id, "question_id": question_id},
                               workshop_id=round_.workshop_id, **levels)
    return crud.Change(RoundAnswer, row, None, dict(levels))


def round_answers(db: Database, round_id: str) -> dict[str, RoundAnswer]:
    """A later round's answers by question id."""
    with db.session() as session:
        return {a.question_id: a for a in crud.live(session, RoundAnswer, round_id=round_id)}


@dataclass(frozen=True)
class RoundScores:
    """One round's consensus scores per dimension (targets carried over where none was given)."""

    round_id: str | None  # None: T0, the workshop's own assessment
    label: str
    date: dt.date
    scores: list[DimensionScore]


@dataclass(frozen=True)
class DimensionChange:
    """A dimension in one round, beside the previous round."""

    dimension_id: str
    name: str
    current: float | None
    target: float | None
    gap: float | None
    current_change: float | None
    gap_change: float | None


def _with_target(score: DimensionScore, target: float | None) -> DimensionScore:
    from dataclasses import replace

    return replace(score, target=target)


def round_scores(db: Database, workshop_id: str) -> list[RoundScores]:
    """T0 and every later round's consensus scores per dimension, oldest first."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        pairs = framework_questions(session, workshop.framework_id)
        dimensions = framework_dimensions(session, workshop.framework_id)
        t0 = session.exec(select(Response).where(
            Response.workshop_id == workshop_id, col(Response.participant_id).is_(None),
            col(Response.deleted_at).is_(None))).all()
        rounds = sorted(crud.live(session, AssessmentRound, workshop_id=workshop_id),
                        key=lambda r: (r.position, r.date, r.created_at))
        answers = crud.live(session, RoundAnswer, workshop_id=workshop_id)
    by_round: dict[str, list[RoundAnswer]] = {}
    for answer in answers:
        by_round.setdefault(answer.round_id, []).append(answer)
    result = [RoundScores(None, "T0", workshop.date, summarise_scores(dimensions, pairs, t0))]
    for round_ in rounds:
        scores = summarise_scores(dimensions, pairs, by_round.get(round_.id, []))  # type: ignore[arg-type]
        previous = {s.dimension_id: s.target for s in result[-1].scores}
        scores = [s if s.target is not None else _with_target(s, previous.get(s.dimension_id))
                  for s in scores]
        result.append(RoundScores(round_.id, round_.label, round_.date, scores))
    return result


def _difference(new: float | None, old: float | None) -> float | None:
    return None if new is None or old is None else new - old


def changes_since_previous(rounds: Sequence[RoundScores], index: int = -1) -> list[DimensionChange]:
    """The dimensions of round `index` (default: the latest) with their change since the round before.

    For T0 (or a single round) the changes are None.
    """
    position = index % len(rounds)
    current = rounds[position]
    previous = {s.dimension_id: s for s in rounds[position - 1].scores} if position > 0 else {}
    changes = []
    for score in current.scores:
        before = previous.get(score.dimension_id)
        changes.append(DimensionChange(
            score.dimension_id, score.name, score.current, score.target, score.gap,
            _difference(score.current, before.current) if before else None,
            _difference(score.gap, before.gap) if before else None,
        ))
    return changes


# --- The progress chapter's figures ------------------------------------------------------------


@dataclass(frozen=True)
class ProgressSummary:
    """What a progress report states: actions done, KPIs moved, maturity change."""

    actions_total: int
    actions_done: int
    actions_in_progress: int
    mean_percent_complete: float | None
    kpis_total: int
    kpis_measured: int
    kpis_improved: int
    kpis_reached: int
    first_round: str
    last_round: str
    maturity_change: list[DimensionChange] = field(default_factory=list)

    @property
    def mean_current_change(self) -> float | None:
        """Mean change of the current level over the dimensions known in both rounds."""
        known = [c.current_change for c in self.maturity_change if c.current_change is not None]
        return sum(known) / len(known) if known else None


def _reached(progress: KpiProgress) -> bool:
    target, latest = progress.kpi.target, progress.latest
    if target is None or latest is None:
        return False
    return latest <= target if progress.kpi.direction == KpiDirection.LOWER else latest >= target


def progress_summary(db: Database, workshop_id: str) -> ProgressSummary:
    """Actions done, KPIs moved and reached, and the maturity change from T0 to the latest round.

    Cancelled actions are left out of the counts and of the mean percent complete; an action
    with no percent recorded counts as 100 % when done and 0 % otherwise.
    """
    with db.session() as session:
        actions = [a for a in crud.live(session, Action, workshop_id=workshop_id)
                   if a.status != ActionStatus.CANCELLED]
    kpis = kpi_progress(db, workshop_id)
    rounds = round_scores(db, workshop_id)
    percents = [a.percent_complete if a.percent_complete is not None
                else (100 if a.status == ActionStatus.DONE else 0) for a in actions]
    first, last = rounds[0], rounds[-1]
    change = changes_since_previous([first, last]) if len(rounds) > 1 else []
    return ProgressSummary(
        actions_total=len(actions),
        actions_done=sum(a.status == ActionStatus.DONE for a in actions),
        actions_in_progress=sum(a.status == ActionStatus.IN_PROGRESS for a in actions),
        mean_percent_complete=sum(percents) / len(percents) if percents else None,
        kpis_total=len(kpis),
        kpis_measured=sum(bool(k.measurements) for k in kpis),
        kpis_improved=sum(k.improved is True for k in kpis),
        kpis_reached=sum(_reached(k) for k in kpis),
        first_round=first.label,
        last_round=last.label,
        maturity_change=change,
    )


@dataclass(frozen=True)
class RoundQuestion:
    """One question of a later round: the previous round's current level and this round's answer."""

    question_id: str
    dimension: str
    text: str
    previous: int | None
    current_level: int | None
    target_level: int | None


def round_sheet(db: Database, workshop_id: str, round_id: str) -> list[RoundQuestion]:
    """Every question of the workshop's framework with the round's answer and the previous round's level."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        pairs = framework_questions(session, workshop.framework_id)
        rounds = sorted(crud.live(session, AssessmentRound, workshop_id=workshop_id),
                        key=lambda r: (r.position, r.date, r.created_at))
        index = next(i for i, r in enumerate(rounds) if r.id == round_id)
        answers = {a.question_id: a for a in crud.live(session, RoundAnswer, round_id=round_id)}
        if index == 0:
            before = {r.question_id: r.current_level for r in session.exec(select(Response).where(
                Response.workshop_id == workshop_id, col(Response.participant_id).is_(None),
                col(Response.deleted_at).is_(None))).all()}
        else:
            before = {a.question_id: a.current_level
                      for a in crud.live(session, RoundAnswer, round_id=rounds[index - 1].id)}
    return [RoundQuestion(q.id, d.name, q.text, before.get(q.id),
                          answers[q.id].current_level if q.id in answers else None,
                          answers[q.id].target_level if q.id in answers else None)
            for d, q in pairs]
