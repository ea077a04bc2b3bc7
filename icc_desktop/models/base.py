"""The columns every synced table shares, and the one place where edits are stamped.

Every row carries a client-made UUID, a creation time, an `updated_at` hybrid-logical-clock
stamp, a `deleted_at` tombstone, the `server_seq` the server gave it, and a `dirty` flag. The
listeners below stamp `updated_at` and set `dirty` on every new or changed row, so no code path
can forget to: `before_flush` covers rows written through the unit of work (`session.add`,
attribute changes), `do_orm_execute` covers ORM INSERT/UPDATE statements (bulk writes, which
skip the flush; the demo generator's plain inserts take their stamps from `HybridClock.now_many`).
Code that stores rows exactly as received (sync, seeding) opens its session with
`db.session(stamp=False)` (`info={"stamp": False}`).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, UOWTransaction
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Field, SQLModel

from icc_desktop.models.clock import HybridClock


def new_id() -> str:
    """A new row id: a random UUID, made on the device."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (how every datetime column is stored)."""
    return datetime.now(UTC)


class SyncedModel(SQLModel):
    """Columns shared by every synced table."""

    __sync_name__: ClassVar[str] = ""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: str = Field(default="", max_length=64, index=True)
    deleted_at: datetime | None = Field(default=None)
    server_seq: int | None = Field(default=None, index=True)
    dirty: bool = Field(default=True, index=True)

    @property
    def is_deleted(self) -> bool:
        """True once the row is a tombstone."""
        return self.deleted_at is not None


# Sessions opened without a clock (scripts, tests) still get unique, ordered stamps.
_fallback_clock = HybridClock("local" + os.urandom(5).hex())


def _changed(session: OrmSession, obj: Any) -> bool:
    return session.is_modified(obj, include_collections=False)


def _clock_of(session: OrmSession) -> HybridClock | None:
    """The clock that stamps this session's edits, or None for a session that must not stamp."""
    if not session.info.get("stamp", True):
        return None
    clock: HybridClock = session.info.get("clock") or _fallback_clock
    return clock


@event.listens_for(OrmSession, "before_flush")
def _stamp_edits(session: OrmSession, _ctx: UOWTransaction, _instances: Any) -> None:
    """Stamp every new or changed synced row: a fresh HLC stamp and `dirty = True`."""
    clock = _clock_of(session)
    if clock is None:
        return
    for obj in session.new:
        if isinstance(obj, SyncedModel):
            obj.updated_at = clock.now()
            obj.dirty = True
    for obj in session.dirty:
        if isinstance(obj, SyncedModel) and _changed(session, obj):
            obj.updated_at = clock.now()
            obj.dirty = True


@event.listens_for(OrmSession, "do_orm_execute")
def _stamp_statements(state: ORMExecuteState) -> None:
    """Stamp the rows an ORM INSERT or UPDATE statement on a synced table writes.

    A bulk statement (a list of rows) gets one stamp per row; a single statement that may touch
    many rows (`update(Model).where(...)`) gives them one shared stamp.
    """
    if not (state.is_insert or state.is_update):
        return
    mapper = state.bind_mapper
    if mapper is None or not issubclass(mapper.class_, SyncedModel):
        return
    clock = _clock_of(state.session)
    if clock is None:
        return
    params = state.parameters
    if isinstance(params, list):
        state.parameters = [{**row, "updated_at": clock.now(), "dirty": True} for row in params]
    elif isinstance(params, Mapping) and params:
        state.parameters = {**params, "updated_at": clock.now(), "dirty": True}
    else:
        state.statement = state.statement.values(updated_at=clock.now(), dirty=True)  # type: ignore[attr-defined]
