"""Undo and redo that never overwrite a value they did not set.

An edit remembers what it left in the rows it wrote (its `Footprint`): the fields an update set,
and the whole row (every user field and the tombstone) for a row it created, deleted or brought
back. Undoing or redoing it first checks that those rows still hold exactly that; if a sync, the
phone room or an import changed one of them since, it raises `OvertakenError` and writes nothing
(the caller's unit of work rolls back). A delete that would reach rows the edit never wrote (a
vote someone else cast on a need being un-created) is refused the same way.

Each operation returns the new footprint, which the next undo or redo of the same edit checks.
Values are compared as stored, so a row read back from the file matches the one just written.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from icc_desktop.errors import OvertakenError
from icc_desktop.models import SyncedModel
from icc_desktop.services import crud
from icc_desktop.store.db import lock_for_writing

Key = tuple[type[SyncedModel], str]


@dataclass(frozen=True)
class Footprint:
    """What an edit left: per row it wrote, the values of the fields it wrote; for the rows it
    wrote whole (created, deleted, brought back), also the device that wrote them last."""

    rows: dict[Key, dict[str, Any]] = field(default_factory=dict)
    writers: dict[Key, str] = field(default_factory=dict)


def _whole(row: SyncedModel) -> dict[str, Any]:
    return crud.values_of(row) | {"deleted_at": row.deleted_at}


def _writer(row: SyncedModel) -> str:
    """The device whose edit the row holds (the last part of its `updated_at` stamp)."""
    return row.updated_at.split("-", 2)[-1]  # "ms-counter-device" (models.clock.format_stamp)


def of_values(model: type[SyncedModel], row_id: str, values: dict[str, Any]) -> Footprint:
    """What setting these fields of a live row left."""
    return Footprint({(model, row_id): dict(values) | {"deleted_at": None}})


def of_update(change: crud.Change) -> Footprint:
    """What an update left: the fields it set, on a live row."""
    return of_values(change.model, change.row.id, change.after)


def of_positions(model: type[SyncedModel], positions: dict[str, int]) -> Footprint:
    """What a reorder left: each row's position, on live rows."""
    return Footprint({(model, row_id): {"position": position, "deleted_at": None}
                      for row_id, position in positions.items()})


def of_rows(session: Session, model: type[SyncedModel], row_ids: Iterable[str]) -> Footprint:
    """What creating these rows left: each row and every row now belonging to it, whole (a copied
    workshop's participants, needs, roadmap...)."""
    session.flush()
    rows: dict[Key, dict[str, Any]] = {}
    writers: dict[Key, str] = {}
    for row_id in row_ids:
        reached, links = crud.reach(session, model, row_id)
        rows |= {(type(r), r.id): _whole(r) for r in reached}
        writers |= {(type(r), r.id): _writer(r) for r in reached}
        for linked, column, _target in links:
            rows.setdefault((type(linked), linked.id), {column: getattr(linked, column)})
    return Footprint(rows, writers)


def of_deletions(session: Session, deletions: Iterable[crud.Deletion]) -> Footprint:
    """What deletes (or their undo) left: the rows they tombstoned (or revived), whole, and the
    links they cleared (or set again)."""
    deletions = list(deletions)
    written = _load(session, [k for d in deletions for k in d.deleted])
    rows = {key: _whole(row) for key, row in written.items()}
    detached = [link for d in deletions for link in d.detached if (link[0], link[1]) not in rows]
    linked = _load(session, [(model, row_id) for model, row_id, _c, _t in detached])
    for model, row_id, column, _target in detached:
        if (model, row_id) in linked:
            rows.setdefault((model, row_id), {})[column] = getattr(linked[(model, row_id)], column)
    return Footprint(rows, {key: _writer(row) for key, row in written.items()})


def _load(session: Session, keys: Iterable[Key]) -> dict[Key, SyncedModel]:
    """The rows named, tombstoned or not, one query per table and chunk."""
    by_model: dict[type[SyncedModel], list[str]] = {}
    for model, row_id in keys:
        by_model.setdefault(model, []).append(row_id)
    found: dict[Key, SyncedModel] = {}
    for model, ids in by_model.items():
        for start in range(0, len(ids), 500):
            for row in session.exec(select(model).where(col(model.id).in_(ids[start:start + 500]))).all():
                found[(model, row.id)] = row
    return found


def _same(a: Any, b: Any) -> bool:
    """Whether two values of a field are the same stored value (an enum and its value, an aware
    and a naive UTC time, 2 and 2.0 are)."""
    if isinstance(a, enum.Enum):
        a = a.value
    if isinstance(b, enum.Enum):
        b = b.value
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        a, b = (v if v.tzinfo is None else v.astimezone(dt.UTC).replace(tzinfo=None) for v in (a, b))
    return bool(a == b)


def check(session: Session, footprint: Footprint) -> None:
    """Raise `OvertakenError` unless every row still holds what the edit left in it.

    The unit of work takes the database's write lock first, so a sync finishing in the background
    cannot change a row between this check and the undo's write.
    """
    lock_for_writing(session)
    rows = _load(session, footprint.rows)
    for key, left in footprint.rows.items():
        model, row_id = key
        row = rows.get(key)
        if row is None:
            raise OvertakenError(str(model.__tablename__), row_id, [])
        changed = [name for name, value in left.items() if not _same(getattr(row, name), value)]
        if changed:
            raise OvertakenError(str(model.__tablename__), row_id, changed)
        if key in footprint.writers and _writer(row) != footprint.writers[key]:
            # Another laptop's version with the same values (a score given alike on two laptops,
            # one row since ids derive from the question): un-creating it would delete theirs too.
            raise OvertakenError(str(model.__tablename__), row_id, ["updated_at"])


def update_in(session: Session, footprint: Footprint, model: type[SyncedModel], row_id: str,
              values: dict[str, Any]) -> Footprint:
    """Set `values` on a row (an update's undo or redo) if it still holds what the edit left."""
    check(session, footprint)
    return of_update(crud.update_in(session, model, row_id, **values))


def delete_in(session: Session, footprint: Footprint, model: type[SyncedModel], row_ids: Iterable[str]
              ) -> tuple[list[crud.Deletion], Footprint]:
    """Delete rows and what belongs to them (a create's undo, a delete's redo) if every row the
    deletes reach was written by the edit and still holds what it left."""
    check(session, footprint)
    deletions = [crud.delete_in(session, model, row_id) for row_id in row_ids]
    for deletion in deletions:
        for key in [*deletion.deleted, *((m, i) for m, i, _c, _t in deletion.detached)]:
            if key not in footprint.rows:  # someone else's row: a vote cast since, a link set since
                raise OvertakenError(str(key[0].__tablename__), key[1], [])
    return deletions, of_deletions(session, deletions)


def restore_in(session: Session, footprint: Footprint, deletions: Iterable[crud.Deletion]) -> Footprint:
    """Bring back the rows deletes tombstoned (a delete's undo, a create's redo) if they still
    hold what the edit left."""
    check(session, footprint)
    deletions = list(deletions)
    for deletion in deletions:
        crud.undo_delete_in(session, deletion)
    return of_deletions(session, deletions)


def set_positions_in(session: Session, footprint: Footprint, model: type[SyncedModel],
                     positions: dict[str, int]) -> Footprint:
    """Give rows these positions (a reorder's undo or redo) if they still hold the ones it left."""
    check(session, footprint)
    crud.set_positions_in(session, model, positions)
    return of_positions(model, positions)
