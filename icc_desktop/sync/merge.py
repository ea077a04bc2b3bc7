"""Field-level three-way merge of rows from the server into the local database, and conflicts.

The base of the merge is the last version both sides agreed on. A clean row is that version; a
dirty row's is kept in `SyncBase`, copied by SQLite when the clean row was first changed here
(`store.merge_base`), or written here when a merge leaves local changes on a newer agreed version.
For a row changed locally (dirty) and on the server:
- a field changed on one side only takes that side's value;
- a field changed on both sides to different values takes the value of the side with the newer
  HLC stamp, and both versions of the row are kept in `Conflict` for the user to decide;
- a deletion on one side with edits on the other is kept as a conflict too (`deleted_at`), so
  a tombstone never hides an edit silently.
Received rows are written in a `db.session(stamp=False)`, so they are not re-stamped or marked
dirty; a merged row that still holds local changes gets a new stamp (newer than the server's)
and stays dirty, so the next push wins.

Rows arrive in server-seq order, so a child can come before its parent (a parent edited later
gets a later seq). `apply_remote` writes each page table by table, parents first, and holds
back ("stages") any row whose parent is neither in the local database nor in the rows applied
so far; staged rows are retried with the next page (see `client.SyncClient`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any, Literal

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import func
from sqlmodel import Session, col, select

from icc_desktop.errors import NotFoundError, Problem, ValidationError
from icc_desktop.models import Conflict, SyncBase, SyncedModel, SyncState, Workshop, utcnow
from icc_desktop.models.clock import parse_stamp
from icc_desktop.models.participant import ERASURE_FIELDS, Participant
from icc_desktop.store.bulk import insert_rows
from icc_desktop.store.db import Database, lock_for_writing
from icc_desktop.sync.tables import (
    MODELS,
    ORDER,
    describe,
    from_wire,
    mergeable_fields,
    references,
    to_wire,
    validate_wire,
    wire_text,
)

_IN_CHUNK = 500  # ids per `IN (...)`: well under SQLite's bound-variable limit


class RemoteRow:
    """A row received from the server: its table, the seq of this version, its data and its id.

    `valid`: `data` is the row already validated by its table's wire form (a typed pull page,
    see `tables.read_typed_page`), its values as Python objects. Without it, `data` is the wire
    form as received, validated when the row is applied. `by`: who sent this version and from
    which device (`{"user", "device"}`), when the server says. `parent`: the stamp of the version
    this one replaced on the server. (A plain class with slots: an initial pull makes 80,000 of
    them and reads their id half a million times.)
    """

    __slots__ = ("by", "data", "id", "parent", "seq", "table", "valid")

    def __init__(self, table: str, seq: int, data: dict[str, Any], by: dict[str, Any] | None = None,
                 valid: bool = False, parent: str | None = None) -> None:
        self.table, self.seq, self.data, self.by, self.valid, self.parent = table, seq, data, by, valid, parent
        self.id = str(data.get("id", ""))

    def __repr__(self) -> str:
        return f"RemoteRow({self.table!r}, {self.seq}, {self.id!r})"


@dataclass
class Merged:
    """The outcome of merging one remote row into a local one."""

    data: dict[str, Any]
    dirty: bool
    restamp: bool
    conflict_fields: list[str] = field(default_factory=list)


def _device_of(stamp: str) -> str:
    return stamp.split("-", 2)[-1]


def merge_versions(
    table: str, local: dict[str, Any], local_dirty: bool, base: dict[str, Any] | None,
    remote: dict[str, Any], device_id: str | None = None,
) -> Merged | None:
    """Merge a remote version into a local one; None when the local row stays as it is.

    `local`, `base` and `remote` are wire forms (see `tables.to_wire`); `device_id` is this
    device's. Pure: writes nothing.
    """
    local_stamp, remote_stamp = str(local.get("updated_at", "")), str(remote.get("updated_at", ""))
    if local_stamp == remote_stamp:
        # The server holds exactly this version (stamps are unique per edit): it is confirmed.
        return Merged(dict(local), dirty=False, restamp=False) if local_dirty else None
    if not local_dirty:
        # Nothing local to keep: the newer version wins whole (an older one is a re-delivery).
        return Merged(dict(remote), dirty=False, restamp=False) if remote_stamp > local_stamp else None
    if device_id and remote_stamp < local_stamp and _device_of(remote_stamp) == device_id:
        # An older version this device made itself (pushed, but the confirmation was lost, then
        # edited again): the local row grew from it, so it is the base and the local edits win
        # without a conflict. Every version stamped here is on this device's one line of edits.
        base = remote
    remote_newer = remote_stamp > local_stamp
    merged = dict(local)
    conflicts: list[str] = []
    local_changed: list[str] = []
    remote_changed: list[str] = []
    for name in mergeable_fields(table):
        mine, theirs = local.get(name), remote.get(name)
        if mine == theirs:
            continue
        if base is None:  # no agreed version (e.g. a seeded row edited on both sides)
            mine_moved = theirs_moved = True
        else:
            mine_moved, theirs_moved = mine != base.get(name), theirs != base.get(name)
        if theirs_moved and not mine_moved:
            merged[name] = theirs
            remote_changed.append(name)
        elif mine_moved and not theirs_moved:
            local_changed.append(name)
        else:
            conflicts.append(name)
            if remote_newer:
                merged[name] = theirs
    if table == "participant":
        _keep_erasure(local, remote, merged, conflicts)
    # A deletion on one side and edits on the other: keep both versions for the user to see.
    if "deleted_at" not in conflicts:
        edits = [n for n in local_changed + remote_changed if n != "deleted_at"]
        if "deleted_at" in remote_changed and any(n in local_changed for n in edits):
            conflicts.append("deleted_at")
        elif "deleted_at" in local_changed and any(n in remote_changed for n in edits):
            conflicts.append("deleted_at")
    same_as_remote = all(merged.get(n) == remote.get(n) for n in mergeable_fields(table))
    if same_as_remote:
        return Merged(dict(remote), dirty=False, restamp=False, conflict_fields=conflicts)
    same_as_local = all(merged.get(n) == local.get(n) for n in mergeable_fields(table))
    merged["updated_at"] = local_stamp
    return Merged(merged, dirty=True, restamp=not (same_as_local and not remote_newer),
                  conflict_fields=conflicts)


def _keep_erasure(local: dict[str, Any], remote: dict[str, Any], merged: dict[str, Any],
                  conflicts: list[str]) -> None:
    """An erased participant stays erased: the erased side wins the personal fields, never a conflict.

    Otherwise an edit of the name made elsewhere before the erasure arrived would bring it back.
    """
    erased = remote if remote.get("erased_at") else local if local.get("erased_at") else None
    if erased is None:
        return
    for name in ERASURE_FIELDS:
        merged[name] = erased.get(name)
        if name in conflicts:
            conflicts.remove(name)


@dataclass
class ApplyResult:
    """What applying a page of remote rows did."""

    inserted: int = 0
    updated: int = 0
    confirmed: int = 0
    unchanged: int = 0
    merged: int = 0
    conflicts: int = 0
    own: int = 0
    """Rows received that this device made itself (its own edits coming back, confirmed)."""
    staged: list[RemoteRow] = field(default_factory=list)
    rejected: list[tuple[RemoteRow, str]] = field(default_factory=list)
    erased: int = 0
    """Participants whose personal data was erased elsewhere and is now erased here too."""

    @property
    def applied(self) -> int:
        """Rows written (inserted, updated, or merged)."""
        return self.inserted + self.updated + self.merged


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start:start + _IN_CHUNK]


def _existing_ids(session: Session, model: type[SyncedModel], ids: Iterable[str]) -> set[str]:
    # Plain driver SQL: SQLAlchemy compiling `IN (...)` of 500 ids cost more than SQLite's lookup.
    found: set[str] = set()
    connection = session.connection()
    wanted = sorted(set(ids))
    for chunk in _chunks(wanted):
        found.update(row[0] for row in connection.exec_driver_sql(
            f'SELECT id FROM "{model.__tablename__}" WHERE id IN ({", ".join("?" * len(chunk))})', tuple(chunk)))
    return found


def _dedupe(rows: Iterable[RemoteRow]) -> dict[str, list[RemoteRow]]:
    """Group by table in parent-first order, keeping only the newest seq of each row (in seq order)."""
    tables: dict[str, dict[str, RemoteRow]] = {}
    for row in rows:
        newest = tables.setdefault(row.table, {})
        known = newest.get(row.id)
        if known is None or row.seq > known.seq:
            newest[row.id] = row
    return {table: sorted(tables[table].values(), key=attrgetter("seq"))
            for table in sorted(tables, key=lambda name: ORDER.get(name, len(ORDER)))}


def _upsert_bases(session: Session, bases: list[dict[str, Any]]) -> None:
    insert_rows(session.connection(), SyncBase.__table__, bases,  # type: ignore[attr-defined]
                upsert_key=("table_name", "row_id"))


def record_confirmed(session: Session, table: str, confirmed: Sequence[tuple[str, str, int, str]]) -> None:
    """Record rows the server accepted, given as (id, stamp sent, seq, JSON sent).

    Each gets its seq and is clean again, unless it was changed here while on its way: it then
    stays dirty, and what was sent is its new agreed version (its merge base).
    """
    connection = session.connection()
    connection.exec_driver_sql(
        f'UPDATE "{table}" SET server_seq = ?, dirty = CASE WHEN updated_at = ? THEN 0 ELSE dirty END '
        "WHERE id = ?", [(seq, stamp, row_id) for row_id, stamp, seq, _ in confirmed])
    texts = {row_id: text for row_id, _, _, text in confirmed}
    changed_again: list[str] = []
    for chunk in _chunks(list(texts)):
        # `+dirty`: looked up by id; the `dirty` index would read every row still waiting to be sent.
        changed_again += [found for (found,) in connection.exec_driver_sql(
            f'SELECT id FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))}) AND +dirty = 1', tuple(chunk))]
    _upsert_bases(session, [{"table_name": table, "row_id": row_id, "data": texts[row_id]}
                            for row_id in changed_again])


def apply_remote(
    db: Database, rows: Iterable[RemoteRow], *, staged: Iterable[RemoteRow] = (),
    watermark: int | None = None, local_by: dict[str, Any] | None = None,
) -> ApplyResult:
    """Merge remote rows (plus rows staged earlier) into the local database in one transaction.

    With `watermark`, `SyncState.last_pulled_seq` is set in the same transaction, so the page
    and the record of having pulled it are committed together or not at all; it is lowered to
    just before the oldest row still staged, so an interrupted sync fetches that row again.
    `local_by` (`{"user", "device"}`: this laptop's account and name) is kept with a conflict
    as the maker of its local version.
    """
    result = ApplyResult()
    groups = _dedupe([*staged, *rows])
    applied: dict[str, set[str]] = {name: set() for name in MODELS}
    with db.session(stamp=False) as session:
        lock_for_writing(session)  # what is merged here is what is written over
        for table, group in groups.items():
            model = MODELS.get(table)
            if model is None:
                result.rejected += [(row, f"unknown table '{table}'") for row in group]
                continue
            ready = _ready_rows(session, table, group, applied, result)
            if ready:
                _merge_table(db, session, model, table, ready, result, local_by)
                applied[table].update(row.id for row in ready)
        if watermark is not None:
            if result.staged:
                watermark = min(watermark, min(r.seq for r in result.staged) - 1)
            state = session.get(SyncState, 1)
            if state is not None:
                state.last_pulled_seq = max(0, watermark)
                session.add(state)
    return result


def _ready_rows(session: Session, table: str, group: list[RemoteRow],
                applied: dict[str, set[str]], result: ApplyResult) -> list[RemoteRow]:
    """The rows of `group` whose referenced rows exist; the others are staged."""
    missing: set[tuple[str, str]] = set()
    for column, target in references(table):
        wanted = {str(r.data[column]) for r in group if r.data.get(column)} - applied[target]
        if wanted:
            found = _existing_ids(session, MODELS[target], wanted)
            missing.update((column, ref) for ref in wanted - found)
    if not missing:
        return group
    ready: list[RemoteRow] = []
    for row in group:
        if any((column, str(row.data.get(column))) in missing for column, _ in references(table)):
            result.staged.append(row)
        else:
            ready.append(row)
    return ready


def _merge_table(db: Database, session: Session, model: type[SyncedModel], table: str,
                 group: list[RemoteRow], result: ApplyResult, local_by: dict[str, Any] | None = None) -> None:
    # Only rows already here are loaded, and the merge bases of the dirty ones: none at all in an
    # initial pull.
    present = sorted(_existing_ids(session, model, (row.id for row in group)))
    local: dict[str, SyncedModel] = {}
    for chunk in _chunks(present):
        local.update((r.id, r) for r in session.exec(select(model).where(col(model.id).in_(chunk))).all())
    bases: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(row_id for row_id, row in local.items() if row.dirty)):
        for base in session.exec(select(SyncBase).where(
                SyncBase.table_name == table, col(SyncBase.row_id).in_(chunk))).all():
            bases[base.row_id] = json.loads(base.data)
    inserts: list[dict[str, Any]] = []
    new_bases: list[dict[str, Any]] = []
    erased_here: list[str] = []
    # Only real stamps (13 digits of milliseconds first) count; the checks run on the few
    # candidates, not on every row of an 80,000-row pull.
    stamps = [str(row.data.get("updated_at", "")) for row in group]
    newest = max(stamps, default="")
    if not newest[:13].isdigit():
        newest = max((stamp for stamp in stamps if stamp[:13].isdigit()), default="")
    if newest:
        db.clock.observe(newest)  # the newest is enough: the clock only moves forward
    if db.device_id:
        mine = f"-{db.device_id}"
        result.own += sum(1 for stamp in stamps if stamp.endswith(mine) and stamp[:13].isdigit()
                          and _device_of(stamp) == db.device_id)
    for row in group:
        if row.valid and row.id not in local:
            # The fast path for a row never seen here (all of an initial pull): validated with its
            # page and inserted as it is (clean: it is its own merge base).
            data = row.data  # validated for this page alone: completed in place
            data["server_seq"], data["dirty"] = row.seq, False
            inserts.append(data)
            result.inserted += 1
            continue
        try:
            # `remote` is the canonical wire form, so comparisons are like for like.
            if row.valid:
                remote_text = wire_text(row.data)
                incoming, remote = dict(row.data), json.loads(remote_text)
            else:
                incoming, remote, remote_text = validate_wire(table, row.data)
        except (PydanticValidationError, ValueError) as exc:
            result.rejected.append((row, _pydantic_message(exc)))
            continue
        current = local.get(row.id)
        if isinstance(current, Participant) and current.erased_at is not None \
                and not remote.get("erased_at"):
            # The server's version still names a person erased here (the erasure is not pushed
            # yet): keep no copy of it, not even as the merge base or in a conflict.
            erased = to_wire(current)
            kept = remote | {name: erased[name] for name in ERASURE_FIELDS}
        else:
            kept = remote
        kept_text = remote_text if kept is remote else json.dumps(kept, ensure_ascii=False)
        if current is None:
            inserts.append(incoming | {"server_seq": row.seq, "dirty": False})
            result.inserted += 1
            continue
        if not current.dirty and current.server_seq == row.seq and current.updated_at == remote["updated_at"]:
            result.unchanged += 1  # an echo of what this device pushed: already recorded
            continue
        # The agreed version: a clean row that came from the server is it; a dirty row's is kept,
        # unless the server's version grew from this very one (its push was stored, the answer lost).
        agreed = (None if not current.dirty else to_wire(current) if row.parent == current.updated_at
                  else bases.get(row.id))
        agreed_stamp = (str(agreed.get("updated_at", "")) if agreed is not None
                        else current.updated_at if not current.dirty and current.server_seq is not None else None)
        if agreed_stamp is not None and remote["updated_at"] < agreed_stamp:
            # Older than the version both sides agreed on: the server lost the later one (it was
            # restored from a backup). Keep ours, and send it again.
            if not current.dirty:
                current.dirty = True
                session.add(current)
            result.unchanged += 1
            continue
        outcome = merge_versions(table, to_wire(current), current.dirty, agreed, remote, db.device_id)
        if outcome is not None and outcome.dirty:  # local changes stay, on top of a newer agreed version
            new_bases.append({"table_name": table, "row_id": row.id, "data": kept_text})
        current.server_seq = row.seq
        if outcome is None or (outcome.dirty and not outcome.restamp and not outcome.conflict_fields
                               and outcome.data == to_wire(current)):
            result.unchanged += 1
            session.add(current)
            continue
        if isinstance(current, Participant) and outcome.data.get("erased_at") and current.erased_at is None:
            erased_here.append(row.id)
        if outcome.conflict_fields:
            session.add(Conflict(
                table_name=table, row_id=row.id,
                fields=json.dumps(outcome.conflict_fields),
                local=json.dumps(to_wire(current), ensure_ascii=False),
                remote=kept_text,
                local_by=json.dumps(local_by, ensure_ascii=False) if local_by else None,
                remote_by=json.dumps(row.by, ensure_ascii=False) if row.by else None,
            ))
            result.conflicts += 1
        was_dirty, stamp_before = current.dirty, current.updated_at
        values = validate_wire(table, outcome.data).values
        # (`created_at` travels with the version: a row two laptops made with the same id,
        # `crud.create_keyed_in`, ends with one creation time everywhere.)
        for name in (*mergeable_fields(table), "created_at"):
            setattr(current, name, values[name])
        current.updated_at = db.clock.now() if outcome.restamp else outcome.data["updated_at"]
        current.dirty = outcome.dirty
        session.add(current)
        if was_dirty and stamp_before == remote["updated_at"]:
            result.confirmed += 1  # what this device pushed, confirmed by seeing it come back
        elif was_dirty:
            result.merged += 1
        else:
            result.updated += 1
    session.flush()
    insert_rows(session.connection(), model.__table__, inserts)  # type: ignore[attr-defined]
    _upsert_bases(session, new_bases)
    if erased_here:
        from icc_desktop.services.privacy import scrub_copies

        session.flush()
        scrub_copies(session, [local[i] for i in erased_here])  # type: ignore[misc]
        result.erased += len(erased_here)


def _pydantic_message(exc: Exception) -> str:
    if isinstance(exc, PydanticValidationError):
        return describe(exc)
    return str(exc)


# --- What the window shows: unsynced counts, conflicts, and resolving them -----------------------

def unsynced_counts(db: Database, workshop_id: str | None = None) -> dict[str, int]:
    """Rows changed locally and not yet confirmed by the server, per table (tables with none omitted).

    With `workshop_id`, only that workshop's rows (the workshop itself and its participants,
    answers, needs, votes, objectives, actions and KPIs).
    """
    counts: dict[str, int] = {}
    with db.session() as session:
        for table, model in MODELS.items():
            query = select(func.count()).select_from(model).where(col(model.dirty).is_(True))
            if workshop_id is not None:
                if model is Workshop:
                    query = query.where(model.id == workshop_id)
                elif "workshop_id" in model.model_fields:  # not on SyncedModel: looked up by name
                    query = query.where(getattr(model, "workshop_id") == workshop_id)  # noqa: B009
                else:
                    continue
            number = int(session.exec(query).one())
            if number:
                counts[table] = number
    return counts


@dataclass(frozen=True)
class ConflictView:
    """One conflict as the conflicts page shows it: both versions side by side."""

    id: str
    table: str
    row_id: str
    fields: list[str]
    local: dict[str, Any]
    remote: dict[str, Any]
    created_at: datetime
    resolved_at: datetime | None
    label: str
    local_by: dict[str, Any] = field(default_factory=dict)
    """Who made the local version: `user`, `device` (either may be missing)."""
    remote_by: dict[str, Any] = field(default_factory=dict)
    """Who made the server's version: `user`, `device` (either may be missing)."""
    in_use: dict[str, Any] = field(default_factory=dict)
    """The value each conflicting field holds in the database now (what every page shows)."""

    def side_in_use(self, name: str) -> str | None:
        """"local" or "remote": the version whose value the field holds now (None: neither, the
        row was edited again or is gone)."""
        if name not in self.in_use:
            return None
        value = self.in_use[name]
        if self.local.get(name) == value:
            return "local"
        if self.remote.get(name) == value:
            return "remote"
        return None

    def edited_at(self, side: str) -> datetime | None:
        """When a side's version was made (from its stamp), in UTC; None when unknown."""
        return stamp_time(str((self.local if side == "local" else self.remote).get("updated_at", "")))

    def choices(self) -> dict[str, tuple[Any, Any]]:
        """Per conflicting field: (local value, remote value)."""
        return {name: (self.local.get(name), self.remote.get(name)) for name in self.fields}


def stamp_time(stamp: str) -> datetime | None:
    """The wall-clock time (UTC) a version was stamped, or None for a stamp that is not one."""
    try:
        ms, _counter, _device = parse_stamp(stamp)
    except ValueError:
        return None
    return datetime.fromtimestamp(ms / 1000, tz=UTC) if ms > 0 else None


def _label(data: dict[str, Any]) -> str:
    for name in ("title", "name", "label", "code"):
        if data.get(name):
            return str(data[name])
    return str(data.get("id", ""))


def list_conflicts(db: Database, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts kept by sync, oldest first (only unresolved ones unless asked)."""
    with db.session() as session:
        query = select(Conflict).order_by(col(Conflict.created_at), col(Conflict.id))
        if not include_resolved:
            query = query.where(col(Conflict.resolved_at).is_(None))
        rows = session.exec(query).all()
        current: dict[tuple[str, str], dict[str, Any]] = {}
        for c in rows:  # the values in use now (conflicts are few; one read per row)
            model = MODELS.get(c.table_name)
            found = session.get(model, c.row_id) if model is not None else None
            if found is not None:
                current[(c.table_name, c.row_id)] = to_wire(found)
    views = []
    for c in rows:
        local, remote = json.loads(c.local), json.loads(c.remote)
        now = current.get((c.table_name, c.row_id), {})
        fields = list(json.loads(c.fields))
        views.append(ConflictView(
            id=c.id, table=c.table_name, row_id=c.row_id, fields=fields,
            local=local, remote=remote, created_at=c.created_at, resolved_at=c.resolved_at,
            label=_label(local) or _label(remote),
            local_by=json.loads(c.local_by) if c.local_by else {},
            remote_by=json.loads(c.remote_by) if c.remote_by else {},
            in_use={name: now[name] for name in fields if name in now},
        ))
    return views


Choice = Literal["local", "remote"]


def resolve_conflict(db: Database, conflict_id: str, choices: dict[str, Choice]) -> SyncedModel:
    """Settle a conflict: for each conflicting field, keep the local or the remote value.

    Every conflicting field needs a choice. The chosen values are saved as an ordinary edit
    (new stamp, dirty), so the next sync sends them; the conflict is marked resolved. Returns
    the row as saved.
    """
    with db.session() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFoundError(f"No conflict with id {conflict_id}.")
        if conflict.resolved_at is not None:
            raise ValidationError(Problem("conflict", "This conflict was already resolved."))
        fields = list(json.loads(conflict.fields))
        problems = [Problem(name, "pick the local or the remote value.") for name in fields
                    if choices.get(name) not in ("local", "remote")]
        problems += [Problem(name, "is not one of the conflicting fields.") for name in choices
                     if name not in fields]
        if problems:
            raise ValidationError(problems)
        model = MODELS[conflict.table_name]
        row = session.get(model, conflict.row_id)
        if row is None:
            raise NotFoundError(f"The {conflict.table_name} row {conflict.row_id} is no longer here.")
        versions = {"local": json.loads(conflict.local), "remote": json.loads(conflict.remote)}
        wanted = to_wire(row) | {name: versions[choices[name]].get(name) for name in fields}
        values = from_wire(conflict.table_name, wanted)
        for name in fields:
            if getattr(row, name) != getattr(values, name):
                setattr(row, name, getattr(values, name))
        session.add(row)
        conflict.resolved_at = utcnow()
        session.add(conflict)
    return row


__all__ = [
    "ApplyResult",
    "ConflictView",
    "Merged",
    "RemoteRow",
    "apply_remote",
    "list_conflicts",
    "merge_versions",
    "record_confirmed",
    "resolve_conflict",
    "unsynced_counts",
]
