"""Everything one workshop's exports show, read once through the services into plain objects.

The PDF and the per-workshop workbook both start from `load_workshop_content`, so the two
documents always agree: the same ranking, the same scores, the same action numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from sqlmodel import select

from icc_desktop.models import (
    Action,
    City,
    Dimension,
    Framework,
    Kpi,
    Need,
    Objective,
    Participant,
    Question,
    ReferenceItem,
    Response,
    StakeholderGroup,
    Vote,
    Workshop,
)
from icc_desktop.resources import load_json
from icc_desktop.services import crud
from icc_desktop.services.cohort import Cohort, CohortTooSmall, local_cohort
from icc_desktop.services.monitoring import (
    DimensionChange,
    KpiProgress,
    ProgressSummary,
    RoundScores,
    TimelineBar,
    changes_since_previous,
    kpi_progress,
    progress_summary,
    round_scores,
    timeline,
)
from icc_desktop.services.multilingual import LocalText, framework_texts
from icc_desktop.services.ranking import RankedNeed, summarise
from icc_desktop.services.roadmap import RoadmapWarning, check_roadmap, horizon
from icc_desktop.services.scoring import (
    DimensionScore,
    QuestionGap,
    dimension_scores,
    framework_questions,
    question_gaps,
)
from icc_desktop.services.workshops import workshop_rows
from icc_desktop.store.db import Database


@cache
def shipped_reference_labels() -> dict[tuple[str, str], str]:
    """(list name, code) → the label shipped in `resources/reference.json`."""
    data = load_json("reference.json")
    return {(name, item["code"]): item["label"] for name, items in data["lists"].items() for item in items}


@dataclass(frozen=True)
class NumberedAction:
    """A roadmap action with its number in the document (1, 2, … in roadmap order) and its KPIs."""

    number: int
    action: Action
    kpis: list[Kpi]


@dataclass(frozen=True)
class ObjectiveGroup:
    """An objective and its actions; `objective` None gathers the actions that have none."""

    number: int | None
    objective: Objective | None
    actions: list[NumberedAction]


@dataclass(frozen=True)
class FollowUp:
    """What happened after the workshop: progress, KPI values, later rounds (see `services.monitoring`)."""

    summary: ProgressSummary
    timeline: list[TimelineBar]
    kpis: list[KpiProgress]
    rounds: list[RoundScores]

    def renamed(self, names: dict[str, str]) -> FollowUp:
        """A copy with the dimensions named as in `names` (dimension id -> name; see `localized`)."""
        rounds = [replace(r, scores=[replace(s, name=names.get(s.dimension_id, s.name)) for s in r.scores])
                  for r in self.rounds]
        return replace(self, rounds=rounds)

    @property
    def latest_changes(self) -> list[DimensionChange]:
        """The latest round against T0 (empty with no later round)."""
        return changes_since_previous([self.rounds[0], self.rounds[-1]]) if len(self.rounds) > 1 else []


def load_follow_up(db: Database, workshop: Workshop) -> FollowUp | None:
    """The follow-up of a workshop, or None while nothing was recorded after it."""
    summary = progress_summary(db, workshop.id)
    kpis = kpi_progress(db, workshop.id)
    bars = timeline(db, workshop.id)
    rounds = round_scores(db, workshop.id)
    recorded = (workshop.baseline_frozen_on is not None or len(rounds) > 1 or any(k.measurements for k in kpis)
                or any(b.percent_complete is not None or b.status != "planned" for b in bars))
    return FollowUp(summary, bars, kpis, rounds) if recorded else None


@dataclass
class WorkshopContent:
    """One workshop with everything its reports show, loaded and derived."""

    city: City
    workshop: Workshop
    framework: Framework
    participants: list[Participant]
    questions: list[tuple[Dimension, Question]]
    responses: list[Response]
    score_source: str | None  # "consensus", "individual", or None when nothing was answered
    scores: list[DimensionScore]
    gaps: list[QuestionGap]
    needs: list[Need]
    votes: list[Vote]
    ranking: list[RankedNeed]
    objectives: list[ObjectiveGroup]
    warnings: list[RoadmapWarning]
    references: dict[tuple[str, str], str] = field(default_factory=dict)
    follow_up: FollowUp | None = None
    """Progress since the workshop; None while nothing was recorded after it."""
    cohort: Cohort | None = None
    cohort_cities: int = 0
    """Cities of the cohort in this database (under five: `cohort` is None)."""
    language: str = "en"
    """The language the framework's texts (dimension names, questions) are in; see `localized`."""
    framework_name: str = ""
    """The framework's name in `language` ('' until `localized`)."""
    fallback_texts: frozenset[str] = frozenset()
    """Texts shown in English because their translation is missing (already marked as such)."""

    def localized(self, language: str, fallback_note: str = "") -> WorkshopContent:
        """A copy whose framework name, dimension names and questions are in `language`.

        A text with no translation stays in English followed by `fallback_note` (e.g. "(in
        English)"); an edited text stays as typed. See `services.multilingual`.
        """
        texts = framework_texts(self.framework.code, self.framework.version)
        fallbacks: set[str] = set()

        def show(local: LocalText) -> str:
            if local.fallback:
                text = f"{local.text} {fallback_note}".strip()
                fallbacks.add(text)
                return text
            return local.text

        dimensions = {d.id: show(texts.dimension(d.code, "name", d.name, language)) for d, _ in self.questions}
        questions = {q.id: show(texts.question(q.code, q.text, language)) for _, q in self.questions}
        return replace(
            self, language=language, framework_name=show(texts.framework("name", self.framework.name, language)),
            scores=[replace(s, name=dimensions.get(s.dimension_id, s.name)) for s in self.scores],
            gaps=[replace(g, text=questions.get(g.question_id, g.text),
                          dimension=dimensions.get(g.dimension_id, g.dimension)) for g in self.gaps],
            follow_up=self.follow_up.renamed(dimensions) if self.follow_up else None,
            fallback_texts=frozenset(fallbacks))

    @property
    def actions(self) -> list[NumberedAction]:
        """Every action in roadmap order (by objective, then position)."""
        return [item for group in self.objectives for item in group.actions]

    @property
    def horizon(self) -> tuple[dt.date, dt.date]:
        """The first and last month the roadmap may use."""
        return horizon(self.workshop)

    def group_counts(self) -> dict[str, int]:
        """People per stakeholder group, in the helix's order, groups with nobody left out."""
        counts = Counter(p.stakeholder_group for p in self.participants)
        order = [g.value for g in StakeholderGroup] + sorted(set(counts) - {g.value for g in StakeholderGroup})
        return {group: counts[group] for group in order if counts[group]}

    def reference_label(self, list_name: str, code: str | None) -> str | None:
        """The stored label of a reference code (None for no code; the code if the entry is gone)."""
        if code is None:
            return None
        return self.references.get((list_name, code), code)

    def participant_label(self, participant_id: str | None, *, consensus: str, anonymous: str) -> str:
        """Who gave an answer or a vote: the consensus, a consenting participant's name, or `anonymous`."""
        if participant_id is None:
            return consensus
        person = self._people.get(participant_id)
        if person is None or not person.consent:
            return anonymous
        return person.name

    @cached_property
    def _people(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}


def budget_by_source(actions: list[Action]) -> list[tuple[str | None, int, int]]:
    """(funding source code or None, number of budgeted actions, total euros), largest first.

    Cancelled actions are left out: their money is not going to be spent.
    """
    totals: dict[str | None, list[int]] = {}
    for action in actions:
        if action.status == "cancelled" or action.budget_eur is None:
            continue
        entry = totals.setdefault(action.funding_source, [0, 0])
        entry[0] += 1
        entry[1] += action.budget_eur
    return sorted(((code, n, total) for code, (n, total) in totals.items()), key=lambda t: (-t[2], t[0] or "~"))


def _number_actions(objectives: list[Objective], actions: list[Action], kpis: list[Kpi]) -> list[ObjectiveGroup]:
    kpis_of: dict[str, list[Kpi]] = {}
    for kpi in kpis:
        kpis_of.setdefault(kpi.action_id, []).append(kpi)
    for items in kpis_of.values():
        items.sort(key=lambda k: (k.created_at, k.name))
    known = {o.id for o in objectives}
    groups: list[tuple[int | None, Objective | None, list[Action]]] = [
        (index, objective, [a for a in actions if a.objective_id == objective.id])
        for index, objective in enumerate(objectives, start=1)
    ]
    loose = [a for a in actions if a.objective_id not in known]
    if loose:
        groups.append((None, None, loose))
    number = 0
    result: list[ObjectiveGroup] = []
    for index, objective, members in groups:
        numbered: list[NumberedAction] = []
        for action in members:
            number += 1
            numbered.append(NumberedAction(number, action, kpis_of.get(action.id, [])))
        result.append(ObjectiveGroup(index, objective, numbered))
    return result


def load_workshop_content(db: Database, workshop_id: str) -> WorkshopContent:
    """Read one workshop and derive its scores, ranking, numbering and checks.

    Raises `NotFoundError` when the workshop does not exist (or was deleted).
    """
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        city = crud.get(session, City, workshop.city_id)
        framework = session.get(Framework, workshop.framework_id)
        if framework is None:  # foreign keys make this impossible short of a damaged file
            raise RuntimeError(f"workshop {workshop_id} names a missing framework")
        questions = framework_questions(session, workshop.framework_id)
        participants = sorted(
            crud.live(session, Participant, workshop_id=workshop_id),
            key=lambda p: (p.stakeholder_group, p.name.casefold()),
        )
        responses = crud.live(session, Response, workshop_id=workshop_id)
        needs = workshop_rows(session, Need, workshop_id)
        votes = crud.live(session, Vote, workshop_id=workshop_id)
        objectives = workshop_rows(session, Objective, workshop_id)
        actions = workshop_rows(session, Action, workshop_id)
        kpis = crud.live(session, Kpi, workshop_id=workshop_id)
        references = {
            (r.list_name, r.code): r.label
            for r in session.exec(select(ReferenceItem)).all()
        }
    has_consensus = any(r.participant_id is None and (r.current_level or r.target_level) for r in responses)
    has_individual = any(r.participant_id is not None and (r.current_level or r.target_level) for r in responses)
    source = "consensus" if has_consensus else "individual" if has_individual else None
    try:
        cohort: Cohort | None = local_cohort(db, workshop.framework_id)
        cohort_cities = cohort.cities if cohort else 0
    except CohortTooSmall as small:
        cohort, cohort_cities = None, small.cities
    scores = dimension_scores(db, workshop_id, "individual" if source == "individual" else "consensus")
    gaps = question_gaps(db, workshop_id, "individual" if source == "individual" else "consensus")
    return WorkshopContent(
        city=city,
        workshop=workshop,
        framework=framework,
        participants=participants,
        questions=questions,
        responses=responses,
        score_source=source,
        scores=scores,
        gaps=gaps,
        needs=needs,
        votes=votes,
        ranking=summarise(needs, votes),
        objectives=_number_actions(objectives, actions, kpis),
        warnings=check_roadmap(db, workshop_id),
        references=references,
        follow_up=load_follow_up(db, workshop),
        cohort=cohort,
        cohort_cities=cohort_cities,
        framework_name=framework.name,
    )


__all__ = [
    "FollowUp",
    "NumberedAction",
    "ObjectiveGroup",
    "WorkshopContent",
    "budget_by_source",
    "load_workshop_content",
    "shipped_reference_labels",
]
