"""Cities and workshops: finding them by id prefix, listing, creating, duplicating."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from icc_desktop.errors import AmbiguousIdError, NotFoundError
from icc_desktop.models import (
    Action,
    Framework,
    Kpi,
    Need,
    Objective,
    Participant,
    Response,
    SyncedModel,
    Vote,
    Workshop,
    new_id,
)
from icc_desktop.models.framework import version_key
from icc_desktop.services import crud
from icc_desktop.services.listing import WORKSHOP_LIST_SQL, WorkshopSummary, summaries
from icc_desktop.store.db import Database, add_in_order
from icc_desktop.store.seed import default_framework_code


def list_workshops(db: Database, search: str = "") -> list[WorkshopSummary]:
    """Every live workshop with its city, newest first; `search` filters on city or title."""
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(WORKSHOP_LIST_SQL).fetchall()
    return summaries(rows, search)


def find_workshop(db: Database, id_or_prefix: str) -> Workshop:
    """The live workshop whose id is `id_or_prefix` or starts with it (it must be unique)."""
    prefix = id_or_prefix.strip().lower()
    if not prefix:
        raise NotFoundError("No workshop id given.")
    with db.session() as session:
        matches = session.exec(
            select(Workshop)
            .where(col(Workshop.id).startswith(prefix, autoescape=True), col(Workshop.deleted_at).is_(None))
            .limit(2)
        ).all()
    if not matches:
        raise NotFoundError(f"No workshop with id '{id_or_prefix}' (see `icc-desktop list`).")
    if len(matches) > 1:
        raise AmbiguousIdError(f"More than one workshop id starts with '{id_or_prefix}'; give more characters.")
    return matches[0]


def default_framework_id(db: Database) -> str:
    """The id of the newest live version of the default framework."""
    with db.session() as session:
        return _default_framework_id(session)


def _default_framework_id(session: Session) -> str:
    frameworks = crud.live(session, Framework, code=default_framework_code())
    if not frameworks:
        raise NotFoundError("The default assessment framework is missing from this database.")
    return max(frameworks, key=lambda f: version_key(f.version)).id


def create_workshop(db: Database, city_id: str, title: str, date: dt.date, **fields: Any) -> Workshop:
    """A new workshop for a city, on the default framework unless `framework_id` is given."""
    with db.session() as session:
        return create_workshop_in(session, city_id, title, date, **fields)


def create_workshop_in(session: Session, city_id: str, title: str, date: dt.date, **fields: Any) -> Workshop:
    """`create_workshop` in the caller's unit of work (the window's New workshop command)."""
    if not fields.get("framework_id"):
        fields["framework_id"] = _default_framework_id(session)
    return crud.create_in(session, Workshop, city_id=city_id, title=title, date=date, **fields)


_COPIED = (Participant, Objective, Need, Action, Kpi)


def duplicate_workshop(db: Database, workshop_id: str, title: str | None = None) -> Workshop:
    """Copy a workshop with its participants, needs, objectives, actions and KPIs (not its scores
    or votes: a follow-up workshop assesses and votes afresh). Returns the copy."""
    with db.session() as session:
        source = crud.get(session, Workshop, workshop_id)
        copy = Workshop(**crud.values_of(source))
        copy.title = title or f"{source.title} (copy)"
        copy.status = "planned"
        new_ids: dict[str, str] = {}
        copies: list[SyncedModel] = []
        for model in _COPIED:
            for row in crud.live(session, model, workshop_id=workshop_id):
                values = crud.values_of(row)
                values["workshop_id"] = copy.id
                new_ids[row.id] = new_id()
                copies.append(model(id=new_ids[row.id], **values))
        for row in copies:  # point links at the copies
            for column in ("objective_id", "need_id", "action_id"):
                old = getattr(row, column, None)
                if old is not None:
                    setattr(row, column, new_ids.get(old))
        add_in_order(session, [copy, *copies])
    return copy


def set_response(
    db: Database,
    workshop_id: str,
    question_id: str,
    participant_id: str | None = None,
    **levels: Any,
) -> Response:
    """Record (or change) an answer: `current_level`, `target_level` and/or `evidence`.

    One live response per workshop, question and participant (None = the consensus).
    """
    with db.session() as session:
        change = set_response_in(session, workshop_id, question_id, participant_id, **levels)
    return change.row  # type: ignore[return-value]  # a Response


def set_response_in(session: Session, workshop_id: str, question_id: str, participant_id: str | None = None,
                    **levels: Any) -> crud.Change:
    """`set_response` in the caller's unit of work; returns the change (before is None for a new answer)."""
    # `column == None` is SQL's IS NULL, so this finds the consensus too
    existing = crud.live(session, Response, workshop_id=workshop_id, question_id=question_id,
                         participant_id=participant_id)
    if existing:
        return crud.update_in(session, Response, existing[0].id, **levels)
    row = crud.create_keyed_in(session, Response, {"workshop_id": workshop_id, "question_id": question_id,
                                                   "participant_id": participant_id}, **levels)
    return crud.Change(Response, row, None, dict(levels))


def set_vote(db: Database, need_id: str, participant_id: str | None = None, **scores: Any) -> Vote:
    """Record (or change) a participant's dots / impact / feasibility for a need.

    With `participant_id` None, this is the facilitator's tally for the need.
    """
    with db.session() as session:
        change = set_vote_in(session, need_id, participant_id, **scores)
    return change.row  # type: ignore[return-value]  # a Vote


def set_vote_in(session: Session, need_id: str, participant_id: str | None = None, **scores: Any) -> crud.Change:
    """`set_vote` in the caller's unit of work; returns the change (before is None for a new vote)."""
    need = crud.get(session, Need, need_id)
    matches = crud.live(session, Vote, need_id=need_id, participant_id=participant_id)
    if matches:
        return crud.update_in(session, Vote, matches[0].id, **scores)
    row = crud.create_keyed_in(session, Vote, {"need_id": need_id, "participant_id": participant_id},
                               workshop_id=need.workshop_id, **scores)
    return crud.Change(Vote, row, None, dict(scores))


def workshop_rows(session: Session, model: type[crud.M], workshop_id: str) -> list[crud.M]:
    """The live rows of a workshop-scoped table, in their display order where they have one."""
    rows = crud.live(session, model, workshop_id=workshop_id)
    if hasattr(model, "position"):
        rows.sort(key=lambda r: (getattr(r, "position"), r.created_at))  # noqa: B009 (not on crud.M for mypy)
    return rows
