"""Create, update, delete (as tombstones) and restore any synced row.

Every function validates the row's complete values first and writes nothing when a rule is
broken. Deleting cascades to the rows that belong to the deleted one, with one shared
`deleted_at`, and returns what it deleted so an undo can bring exactly those rows back.

The `*_in` functions work inside a unit of work the caller opened (`db.session()`), so that one
user edit — reading what undo needs, validating, writing — is one transaction; they return what
changed (`Change`, `Deletion`). The functions taking a `Database` are each their own transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlmodel import Session, col, select

from icc_desktop.errors import NotFoundError, Problem, ValidationError
from icc_desktop.messages import located, problem
from icc_desktop.models import (
    Action,
    AssessmentRound,
    City,
    Kpi,
    KpiMeasurement,
    Need,
    Objective,
    Participant,
    ProgressNote,
    Response,
    RoundAnswer,
    SyncedModel,
    Vote,
    Workshop,
    utcnow,
)
from icc_desktop.models.participant import ERASURE_FIELDS
from icc_desktop.models.text import tidy
from icc_desktop.services.validation import validate
from icc_desktop.store.db import Database

M = TypeVar("M", bound=SyncedModel)

_SYSTEM_FIELDS = frozenset({"id", "created_at", "updated_at", "deleted_at", "server_seq", "dirty"})

# What belongs to a row, for cascading deletes: (child model, the child's column naming the parent).
CHILDREN: dict[type[SyncedModel], list[tuple[type[SyncedModel], str]]] = {
    City: [(Workshop, "city_id")],
    Workshop: [
        (Participant, "workshop_id"),
        (Response, "workshop_id"),
        (Need, "workshop_id"),
        (Vote, "workshop_id"),
        (Objective, "workshop_id"),
        (Action, "workshop_id"),
        (Kpi, "workshop_id"),
        (ProgressNote, "workshop_id"),
        (KpiMeasurement, "workshop_id"),
        (AssessmentRound, "workshop_id"),
        (RoundAnswer, "workshop_id"),
    ],
    Participant: [(Response, "participant_id"), (Vote, "participant_id")],
    Need: [(Vote, "need_id")],
    Action: [(Kpi, "action_id"), (ProgressNote, "action_id")],
    Kpi: [(KpiMeasurement, "kpi_id")],
    AssessmentRound: [(RoundAnswer, "round_id")],
}

# Rows that merely point at a deleted row lose the link instead of being deleted.
DETACH: dict[type[SyncedModel], list[tuple[type[SyncedModel], str]]] = {
    Objective: [(Action, "objective_id")],
    Need: [(Action, "need_id")],
}


def user_fields(model: type[SyncedModel]) -> list[str]:
    """The columns a user edits (everything but the sync metadata)."""
    return [name for name in model.model_fields if name not in _SYSTEM_FIELDS]


def values_of(row: SyncedModel) -> dict[str, Any]:
    """A row's user fields as a dict (what undo keeps to put a row back as it was)."""
    return {name: getattr(row, name) for name in user_fields(type(row))}


def _normalise(model: type[SyncedModel], values: dict[str, Any]) -> dict[str, Any]:
    for name, value in list(values.items()):
        if isinstance(value, str) and name not in ("notes", "description", "evidence", "vision"):
            values[name] = tidy(name, value).strip()  # a line break typed into a name: a space
    if model is Action:  # month precision: store the first day of the month
        for name in ("start_month", "end_month"):
            value = values.get(name)
            if isinstance(value, dt.date):
                values[name] = value.replace(day=1)
    if model is City and isinstance(values.get("country"), str):
        values["country"] = values["country"].upper()
    return values


def _unknown(model: type[SyncedModel], values: Iterable[str]) -> None:
    unknown = [name for name in values if name not in user_fields(model) and name != "id"]
    if unknown:
        raise ValidationError([problem(name, "no_field", model=model.__name__, name=name) for name in unknown])


@dataclass(frozen=True)
class Change:
    """One row's edit in a unit of work: the values before (None: the row was created) and after.

    An undo command keeps it: undo writes `before` back (or deletes a created row), redo writes
    `after` again.
    """

    model: type[SyncedModel]
    row: SyncedModel
    before: dict[str, Any] | None
    after: dict[str, Any]

    @property
    def created(self) -> bool:
        """Whether the edit created the row."""
        return self.before is None

    @property
    def changed(self) -> bool:
        """Whether anything changed (an edit to the same values changes nothing)."""
        return self.before != self.after


def get(session: Session, model: type[M], row_id: str) -> M:
    """The live row of `model` with this id, or `NotFoundError`."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"No {model.__name__.lower()} with id {row_id}.")
    return row


def create_in(session: Session, model: type[M], **values: Any) -> M:
    """Validate and insert a new row in the caller's unit of work; return it."""
    _unknown(model, values)
    row = model(**values)
    full = _normalise(model, values_of(row) | {"id": row.id})
    validate(session, model, full)
    for name, value in full.items():
        setattr(row, name, value)
    session.add(row)
    return row


_KEYED = uuid.UUID("5a0f3c1e-2d4b-4e8a-9c71-1c2c0e3f4a55")
"""The namespace of ids derived from a row's key (`keyed_id`); never change it."""


def keyed_id(model: type[SyncedModel], key: Mapping[str, Any]) -> str:
    """The id of the row of `model` with these key values, the same on every laptop (a UUID 5)."""
    text = "|".join([str(model.__tablename__), *(f"{name}={key[name] or ''}" for name in sorted(key))])
    return str(uuid.uuid5(_KEYED, text))


def create_keyed_in(session: Session, model: type[M], key: Mapping[str, Any], **values: Any) -> M:
    """Create the one row of `model` for `key` (a question's answer by a participant, a vote) with the
    id derived from the key, so two laptops that make it offline make the same row, which sync merges
    field by field (two rows would count twice). A key whose row was deleted brings that row back
    with these values (as new: fields not given take their defaults), for the same reason."""
    row_id = keyed_id(model, key)
    gone = session.get(model, row_id)
    if gone is None:
        return create_in(session, model, id=row_id, **key, **values)
    _unknown(model, values)
    full = _normalise(model, values_of(model(**key, **values)) | {"id": row_id})
    validate(session, model, full)
    for name, value in full.items():
        setattr(gone, name, value)
    gone.deleted_at = None
    session.add(gone)
    return gone


def create(db: Database, model: type[M], **values: Any) -> M:
    """Validate and insert a new row; return it (detached, with its id and stamps)."""
    with db.session() as session:
        return create_in(session, model, **values)


def create_many(db: Database, model: type[M], rows: list[dict[str, Any]]) -> list[M]:
    """Validate every row first, then insert them all in one transaction (all or nothing)."""
    with db.session() as session:
        return create_many_in(session, model, rows)


def create_many_in(session: Session, model: type[M], rows: list[dict[str, Any]]) -> list[M]:
    """`create_many` in the caller's unit of work: every row's problems at once, or every row added."""
    created: list[M] = []
    problems: list[Problem] = []
    for index, values in enumerate(rows, start=1):
        unknown = [name for name in values if name not in user_fields(model) and name != "id"]
        if unknown:
            problems += [problem(f"row {index}, {name}", "no_field", row=index, field=name, model=model.__name__,
                                 name=name) for name in unknown]
            continue
        row = model(**values)
        full = _normalise(model, values_of(row) | {"id": row.id})
        try:
            validate(session, model, full)
        except ValidationError as exc:
            problems += [located(p, f"row {index}, {p.where}", row=index, field=p.where) for p in exc.problems]
            continue
        for name, value in full.items():
            setattr(row, name, value)
        session.add(row)
        session.flush()  # later rows' checks (e.g. the dot budget) see this one
        created.append(row)
    if problems:
        raise ValidationError(problems)
    return created


def check_many(db: Database, model: type[SyncedModel], rows: list[dict[str, Any]]) -> list[Problem]:
    """The problems `create_many` would report for these rows, writing nothing (a paste's dry run)."""
    with db.session() as session:
        try:
            create_many_in(session, model, rows)
        except ValidationError as exc:
            return list(exc.problems)
        finally:
            session.rollback()
    return []


def update_in(session: Session, model: type[SyncedModel], row_id: str, **changes: Any) -> Change:
    """Validate the row as it would be after `changes`, then set them in the caller's unit of work.

    Returns the change: the fields' values before and after (as stored: trimmed, normalised).
    Values equal to the stored ones write nothing.
    """
    _unknown(model, changes)
    row = get(session, model, row_id)
    if isinstance(row, Participant) and row.erased_at is not None:
        refused = sorted(set(changes) & set(ERASURE_FIELDS))
        if refused:  # erased for good: a pseudonym stays a pseudonym
            raise ValidationError([problem(name, "erased") for name in refused])
    before = {name: getattr(row, name) for name in changes}
    full = _normalise(model, values_of(row) | changes | {"id": row_id})
    validate(session, model, full)
    after = {name: full[name] for name in changes}
    if after != before:
        for name, value in after.items():
            setattr(row, name, value)
        session.add(row)
    return Change(model, row, before, after)


def update(db: Database, model: type[M], row_id: str, **changes: Any) -> M:
    """Validate the row as it would be after `changes`, then save them; return the row."""
    with db.session() as session:
        row = update_in(session, model, row_id, **changes).row
    return row  # type: ignore[return-value]  # the row of `model` with this id


@dataclass
class Deletion:
    """What one delete did: the rows it tombstoned and the links it cleared (for undo)."""

    deleted: list[tuple[type[SyncedModel], str]] = field(default_factory=list)
    detached: list[tuple[type[SyncedModel], str, str, str]] = field(default_factory=list)


def delete(db: Database, model: type[SyncedModel], row_id: str) -> Deletion:
    """Tombstone a row and everything that belongs to it; clear links to it from other rows."""
    with db.session() as session:
        return delete_in(session, model, row_id)


def reach(session: Session, model: type[SyncedModel], row_id: str
          ) -> tuple[list[SyncedModel], list[tuple[SyncedModel, str, str]]]:
    """What deleting a live row would touch, writing nothing: the row and every live row belonging
    to it (breadth first), and the links to them that would be cleared (row, column, target)."""
    root = get(session, model, row_id)
    rows: list[SyncedModel] = []
    links: list[tuple[SyncedModel, str, str]] = []
    # Breadth first, one query per table and level (a workshop has hundreds of rows).
    level: list[SyncedModel] = [root]
    seen: set[tuple[type[SyncedModel], str]] = set()
    while level:
        by_model: dict[type[SyncedModel], list[SyncedModel]] = {}
        for row in level:
            if (type(row), row.id) in seen:  # a child of two deleted parents (a vote: need and participant)
                continue
            seen.add((type(row), row.id))
            rows.append(row)
            by_model.setdefault(type(row), []).append(row)
        level = []
        for parent_model, parents in by_model.items():
            for start in range(0, len(parents), 500):
                ids = [p.id for p in parents[start:start + 500]]
                for child_model, column in CHILDREN.get(parent_model, []):
                    level += session.exec(
                        select(child_model).where(
                            col(getattr(child_model, column)).in_(ids),
                            col(child_model.deleted_at).is_(None),
                        )
                    ).all()
                for linked_model, column in DETACH.get(parent_model, []):
                    links += [(linked, column, getattr(linked, column)) for linked in session.exec(
                        select(linked_model).where(
                            col(getattr(linked_model, column)).in_(ids),
                            col(linked_model.deleted_at).is_(None),
                        )
                    ).all()]
    return rows, links


def delete_in(session: Session, model: type[SyncedModel], row_id: str) -> Deletion:
    """`delete` in the caller's unit of work."""
    rows, links = reach(session, model, row_id)
    stamp = utcnow()
    deletion = Deletion()
    for row in rows:
        row.deleted_at = stamp
        session.add(row)
        deletion.deleted.append((type(row), row.id))
    for linked, column, target in links:
        setattr(linked, column, None)
        session.add(linked)
        deletion.detached.append((type(linked), linked.id, column, target))
    return deletion


def undo_delete(db: Database, deletion: Deletion) -> None:
    """Bring back exactly the rows a `delete` tombstoned and restore the links it cleared."""
    with db.session() as session:
        undo_delete_in(session, deletion)


def undo_delete_in(session: Session, deletion: Deletion) -> None:
    """`undo_delete` in the caller's unit of work."""
    by_model: dict[type[SyncedModel], list[str]] = {}
    for model, row_id in deletion.deleted:
        by_model.setdefault(model, []).append(row_id)
    for model, ids in by_model.items():
        # One query per table and chunk, not one per row (a workshop has hundreds of rows).
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in session.exec(select(model).where(col(model.id).in_(chunk))).all():
                row.deleted_at = None
                session.add(row)
    for model, row_id, column, target in deletion.detached:
        linked = session.get(model, row_id)
        if linked is not None:
            setattr(linked, column, target)
            session.add(linked)


def live(session: Session, model: type[M], **where: Any) -> list[M]:
    """The live rows of `model` whose columns equal the given values."""
    query = select(model).where(col(model.deleted_at).is_(None))
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return list(session.exec(query).all())


def reorder(db: Database, model: type[SyncedModel], row_ids: list[str]) -> dict[str, int]:
    """Give the rows `position` 0, 1, 2, ... in the order listed, in one transaction.

    Returns each row's previous position (what an undo puts back with `set_positions`).
    """
    return set_positions(db, model, {row_id: index for index, row_id in enumerate(row_ids)})


def set_positions(db: Database, model: type[SyncedModel], positions: dict[str, int]) -> dict[str, int]:
    """Set the `position` of several live rows in one transaction; return their previous positions."""
    with db.session() as session:
        return set_positions_in(session, model, positions)


def set_positions_in(session: Session, model: type[SyncedModel], positions: dict[str, int]) -> dict[str, int]:
    """`set_positions` in the caller's unit of work."""
    if "position" not in model.model_fields:
        raise ValidationError(problem("position", "no_order", model=model.__name__))
    before: dict[str, int] = {}
    rows = [get(session, model, row_id) for row_id in positions]
    for row in rows:
        before[row.id] = row.position  # type: ignore[attr-defined]
        if row.position != positions[row.id]:  # type: ignore[attr-defined]
            row.position = positions[row.id]
            session.add(row)
    return before
