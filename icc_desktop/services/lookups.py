"""Read helpers for the workshop pages (assessment, needs, roadmap) and the presenter view.

Each function opens its own short session and returns detached rows or plain dataclasses, so
the Qt layer never opens a session itself and never queries inside `data()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from icc_desktop.models import (
    LEVELS,
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
    SyncedModel,
    Vote,
    Workshop,
)
from icc_desktop.services import crud
from icc_desktop.services.multilingual import SOURCE_LANGUAGE, framework_texts, reference_texts
from icc_desktop.services.ranking import RankedNeed, summarise
from icc_desktop.services.roadmap import RoadmapWarning, check_rows
from icc_desktop.services.scoring import (
    DimensionScore,
    framework_dimensions,
    framework_questions,
    largest_gaps,
    summarise_scores,
)
from icc_desktop.services.validation import TRACK_LISTS
from icc_desktop.services.workshops import workshop_rows
from icc_desktop.store.db import Database

EDITION_TRACK_LISTS: dict[str, tuple[str, ...]] = {
    "2020-22": ("track_2020",),
    "2023-25": ("sector_2023", "theme_2023"),
}
"""Which reference lists hold the thematic tracks of each challenge edition."""


def localize_framework(session: Any, framework_id: str, dimensions: list[Dimension],
                       questions: list[Question], language: str) -> None:
    """Put the shipped framework's texts in `language` on these rows (read in `session`; detached
    copies the caller shows, never saved): dimension names, question texts and descriptors.
    Texts a user edited stay as typed; a missing translation keeps the English (`multilingual`)."""
    if language == SOURCE_LANGUAGE:
        return
    framework = session.get(Framework, framework_id)
    if framework is None:
        return
    texts = framework_texts(framework.code, framework.version)
    for dimension in dimensions:
        session.expunge(dimension) if dimension in session else None
        dimension.name = texts.dimension(dimension.code, "name", dimension.name, language).text
    for question in questions:
        session.expunge(question) if question in session else None
        question.text = texts.question(question.code, question.text, language).text
        for level in LEVELS:
            field = f"level_{level}"
            setattr(question, field, texts.descriptor(question.code, level, getattr(question, field), language).text)


def localize_items(session: Any, items: list[ReferenceItem], language: str) -> None:
    """Put the shipped reference lists' labels in `language` on these rows (detached, never saved)."""
    if language == SOURCE_LANGUAGE:
        return
    texts = reference_texts()
    for item in items:
        session.expunge(item) if item in session else None
        item.label = texts.label(item.list_name, item.code, item.label, language).text


def dimension_names(db: Database, workshop_id: str, language: str = SOURCE_LANGUAGE) -> dict[str, str]:
    """The names of the workshop framework's dimensions in `language` (dimension id → name)."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        dimensions = framework_dimensions(session, workshop.framework_id)
        localize_framework(session, workshop.framework_id, dimensions, [], language)
    return {d.id: d.name for d in dimensions}


def get_workshop(db: Database, workshop_id: str) -> Workshop:
    """The live workshop with this id (`NotFoundError` if it is gone)."""
    with db.session() as session:
        return crud.get(session, Workshop, workshop_id)


def workshop_table(db: Database, model: type[crud.M], workshop_id: str) -> list[crud.M]:
    """The live rows of a workshop-scoped table, in display order (see `workshop_rows`)."""
    with db.session() as session:
        return workshop_rows(session, model, workshop_id)


def reference_items(db: Database, *list_names: str) -> list[ReferenceItem]:
    """The live entries of some reference lists: list by list in the order named, then by position."""
    order = {name: index for index, name in enumerate(list_names)}
    with db.session() as session:
        rows = session.exec(
            select(ReferenceItem).where(
                col(ReferenceItem.list_name).in_(list_names), col(ReferenceItem.deleted_at).is_(None)
            )
        ).all()
    return sorted(rows, key=lambda r: (order[r.list_name], r.position, r.label))


def track_items(db: Database, workshop_id: str) -> list[ReferenceItem]:
    """The thematic tracks a workshop's needs and actions may name: those of its city's edition.

    A city with an unknown edition gets every track list.
    """
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        city = session.get(City, workshop.city_id)
    lists = EDITION_TRACK_LISTS.get(city.edition if city else "", TRACK_LISTS)
    return reference_items(db, *lists)


def workshop_dimensions(db: Database, workshop_id: str) -> list[Dimension]:
    """The live dimensions of the workshop's framework, in order."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        return framework_dimensions(session, workshop.framework_id)


@dataclass(frozen=True)
class AssessmentItem:
    """One question of the workshop's framework with one respondent's answer to it."""

    question_id: str
    dimension_id: str
    dimension: str
    code: str
    text: str
    descriptors: tuple[str, ...]
    current: int | None
    target: int | None
    evidence: str
    answered: bool

    @property
    def gap(self) -> int | None:
        """Target minus current; None unless both are known."""
        if self.current is None or self.target is None:
            return None
        return self.target - self.current


@dataclass(frozen=True)
class AssessmentView:
    """What the assessment page shows for one respondent: every question with its answer, the
    scores per dimension those answers give, and the workshop's participants (the respondents)."""

    items: list[AssessmentItem]
    scores: list[DimensionScore]
    participants: list[Participant]


def assessment_view(db: Database, workshop_id: str, participant_id: str | None = None,
                    language: str = SOURCE_LANGUAGE) -> AssessmentView:
    """The sheet and the dimension scores of one participant (or of the consensus when
    `participant_id` is None), read in one short session (the page reloads after every score);
    the framework's texts in `language`."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        pairs = framework_questions(session, workshop.framework_id)
        dimensions = framework_dimensions(session, workshop.framework_id)
        localize_framework(session, workshop.framework_id, list({d.id: d for d, _q in pairs}.values()) + dimensions,
                           [q for _d, q in pairs], language)
        responses = crud.live(session, Response, workshop_id=workshop_id, participant_id=participant_id)
        participants = workshop_rows(session, Participant, workshop_id)
    by_question = {r.question_id: r for r in responses}
    items: list[AssessmentItem] = []
    for dimension, question in pairs:
        response = by_question.get(question.id)
        items.append(AssessmentItem(
            question_id=question.id,
            dimension_id=dimension.id,
            dimension=dimension.name,
            code=question.code,
            text=question.text,
            descriptors=tuple(question.descriptor(level) for level in LEVELS),
            current=response.current_level if response else None,
            target=response.target_level if response else None,
            evidence=response.evidence if response else "",
            answered=response is not None,
        ))
    return AssessmentView(items, summarise_scores(dimensions, pairs, responses), participants)


def assessment_sheet(db: Database, workshop_id: str, participant_id: str | None = None) -> list[AssessmentItem]:
    """Every question of the workshop's framework, in order, with the answer of one participant
    (or of the group's consensus when `participant_id` is None); unanswered questions included."""
    return assessment_view(db, workshop_id, participant_id).items


def gap_need_proposals(db: Database, workshop_id: str, count: int = 5) -> list[dict[str, Any]]:
    """New needs for the questions with the largest consensus gaps, ready for `crud.create(Need, ...)`.

    The title is what the target level describes (the state the city aims for); the description
    names the question and its levels. A gap whose title is already a live need is skipped, so
    clicking twice adds nothing twice.
    """
    gaps = largest_gaps(db, workshop_id, count)
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        pairs = framework_questions(session, workshop.framework_id)
        needs = crud.live(session, Need, workshop_id=workshop_id)
    questions = {q.id: q for _, q in pairs}
    taken = {n.title.strip().casefold() for n in needs}
    position = max((n.position for n in needs), default=-1) + 1
    proposals: list[dict[str, Any]] = []
    for gap in gaps:
        assert gap.current is not None and gap.target is not None  # largest_gaps keeps known gaps only
        question = questions[gap.question_id]
        aim = min(5, max(1, round(gap.target)))
        title = (question.descriptor(aim) or question.text).strip()[:300]
        if title.casefold() in taken:
            continue
        taken.add(title.casefold())
        proposals.append({
            "workshop_id": workshop_id,
            "title": title,
            "description": (f"{question.text}\nAssessment: current level {gap.current:.1f}, "
                            f"target {gap.target:.1f} (gap {gap.target - gap.current:.1f})."),
            "dimension_id": gap.dimension_id,
            "position": position,
        })
        position += 1
    return proposals


@dataclass(frozen=True)
class NeedsView:
    """What the needs page shows: the workshop, its needs, votes and participants, the ranking,
    and the choices its tag columns offer (dimensions, tracks of the city's edition, services)."""

    workshop: Workshop
    needs: list[Need]
    votes: list[Vote]
    participants: list[Participant]
    ranking: list[RankedNeed]
    dimensions: list[Dimension]
    tracks: list[ReferenceItem]
    services: list[ReferenceItem]


def needs_view(db: Database, workshop_id: str, language: str = SOURCE_LANGUAGE) -> NeedsView:
    """Everything the needs page shows, read in one short session (it reloads after every vote);
    dimensions, tracks and services in `language`."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        needs = workshop_rows(session, Need, workshop_id)
        votes = crud.live(session, Vote, workshop_id=workshop_id)
        participants = sorted(crud.live(session, Participant, workshop_id=workshop_id), key=lambda p: p.created_at)
        dimensions = framework_dimensions(session, workshop.framework_id)
        city = session.get(City, workshop.city_id)
        track_lists = EDITION_TRACK_LISTS.get(city.edition if city else "", TRACK_LISTS)
        items = session.exec(select(ReferenceItem).where(
            col(ReferenceItem.list_name).in_((*track_lists, "transversal_service")),
            col(ReferenceItem.deleted_at).is_(None))).all()
        localize_framework(session, workshop.framework_id, dimensions, [], language)
        localize_items(session, list(items), language)
    order = {name: index for index, name in enumerate(track_lists)}
    tracks = sorted((i for i in items if i.list_name in order), key=lambda r: (order[r.list_name], r.position, r.label))
    services = sorted((i for i in items if i.list_name == "transversal_service"), key=lambda r: (r.position, r.label))
    return NeedsView(workshop, needs, votes, participants, summarise(needs, votes), dimensions, tracks, services)


@dataclass(frozen=True)
class RoadmapView:
    """What the roadmap page shows: the workshop, its objectives, actions and KPIs in order,
    its needs, the funding sources to choose from, and the roadmap checks."""

    workshop: Workshop
    objectives: list[Objective]
    actions: list[Action]
    kpis: list[Kpi]
    needs: list[Need]
    funding_sources: list[ReferenceItem]
    warnings: list[RoadmapWarning]


def roadmap_view(db: Database, workshop_id: str, language: str = SOURCE_LANGUAGE) -> RoadmapView:
    """Everything the roadmap page shows, read in one short session (it reloads after every edit);
    funding sources in `language`."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        objectives = workshop_rows(session, Objective, workshop_id)
        actions = workshop_rows(session, Action, workshop_id)
        kpis = workshop_rows(session, Kpi, workshop_id)
        needs = workshop_rows(session, Need, workshop_id)
        # Votes only decide the priority needs while no need has a MoSCoW category (see
        # services.roadmap.priority_needs); a workshop's votes are its biggest table, so skip them.
        votes = [] if any(n.moscow for n in needs) else crud.live(session, Vote, workshop_id=workshop_id)
        funding = sorted(crud.live(session, ReferenceItem, list_name="funding_source"),
                         key=lambda r: (r.position, r.label))
        localize_items(session, funding, language)
    checked_needs = sorted(needs, key=lambda n: (n.position, n.title))  # the order check_roadmap uses
    warnings = check_rows(workshop, actions, kpis, checked_needs, votes)
    return RoadmapView(workshop, objectives, actions, kpis, needs, funding, warnings)


def rows_by_id(rows: list[SyncedModel]) -> dict[str, SyncedModel]:
    """Index rows by id (a small convenience for label lookups)."""
    return {row.id: row for row in rows}
