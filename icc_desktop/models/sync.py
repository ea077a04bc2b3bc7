"""Local-only sync bookkeeping: the device's state, the last synced version of rows, conflicts."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from icc_desktop.models.base import new_id, utcnow


class SyncState(SQLModel, table=True):
    """The one row describing this database's device and its link to a server."""

    __tablename__ = "sync_state"

    id: int = Field(default=1, primary_key=True)
    device_id: str = Field(max_length=32)
    server_url: str | None = Field(default=None, max_length=500)
    username: str | None = Field(default=None, max_length=200)
    last_pulled_seq: int = Field(default=0)
    server_epoch: str | None = Field(default=None, max_length=32)
    """The server's epoch when this laptop last read it (see `sync.client`): another one means the
    server was put back to a backup."""
    last_sync_at: datetime | None = Field(default=None)


class SyncBase(SQLModel, table=True):
    """The last version of a row both sides agreed on: the base of a three-way merge."""

    __tablename__ = "sync_base"

    table_name: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=36)
    data: str = Field(description="the row as JSON")


class Conflict(SQLModel, table=True):
    """The same field changed on both sides: both versions kept until the user picks."""

    __tablename__ = "conflict"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    table_name: str = Field(max_length=40, index=True)
    row_id: str = Field(max_length=36, index=True)
    fields: str = Field(description="JSON list of the conflicting field names")
    local: str = Field(description="the local version as JSON")
    remote: str = Field(description="the remote version as JSON")
    local_by: str | None = Field(default=None, description='who made the local version: JSON {"user", "device"}')
    remote_by: str | None = Field(default=None, description='who made the remote version: JSON {"user", "device"}')
    created_at: datetime = Field(default_factory=utcnow)
    resolved_at: datetime | None = Field(default=None)
