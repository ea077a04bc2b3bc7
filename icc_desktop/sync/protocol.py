"""The sync protocol: what client and server send each other, as pydantic models.

Every request carries `PROTOCOL_VERSION` in the `X-ICC-Sync-Protocol` header (and JSON bodies in
their `protocol` field). The server refuses any other version before it reads the body; the
client asks `/api/v1/health` first and refuses a server of another version before anything
moves. Either way the message says which side to update.

A row travels as `{"table": NAME, "data": {...}}`: `data` holds every column of the row except
the local-only `server_seq` and `dirty`, in JSON form (dates ISO 8601, timestamps ISO 8601 UTC).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 2
"""Bump on any change the other side could misread; client and server must agree exactly.
(2: a pushed row says which server version it was made from, `WireRow.base`.)"""

PROTOCOL_HEADER = "X-ICC-Sync-Protocol"
API_PREFIX = "/api/v1"

RESTORED_EPOCH_MARK = "r"
"""The first letter of a server epoch given after a restore (the first epoch is plain hex): a laptop
that never wrote an epoch down (its last sync was under an older release) but had read the server
before reads it again only when the epoch says the server was restored since."""

MAX_BODY_BYTES = 8 * 1024 * 1024
"""Largest request body the server reads; bigger ones get 413 before they are parsed."""

MAX_PUSH_ROWS = 2000
"""Most rows in one push request (the client sends fewer, see `client.PUSH_BATCH`)."""

MAX_PULL_LIMIT = 5000
DEFAULT_PULL_LIMIT = 1000

STAMP_PATTERN = re.compile(r"^\d{13}-[0-9a-f]{4}-[0-9A-Za-z]{1,40}$")
"""An HLC stamp as written by `models.clock.format_stamp` (the seed stamp is also accepted)."""

ID_PATTERN = re.compile(r"^[0-9A-Za-z-]{1,36}$")

DEVICE_PATTERN = re.compile(r"^[0-9A-Za-z]{1,40}$")
"""A device id, as the last part of a stamp (`pull?device=` leaves out that device's own rows)."""

MAX_SEQ = 2**63 - 1
"""The largest seq (PostgreSQL's bigint): bigger `since` values are refused, not overflowed."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

CLOCK_WARNING_S = 60
"""A laptop clock this far from the server's is worth a warning: past `clock.MAX_AHEAD_MS` its
edits would be refused, and a clock behind loses every same-field race."""

UpdateSide = Literal["app", "server"]


def version_problem(client_version: int, server_version: int) -> tuple[str, UpdateSide] | None:
    """The message for a protocol mismatch and the side that must be updated, or None if they agree."""
    if client_version == server_version:
        return None
    if client_version < server_version:
        return (
            f"This server speaks sync protocol {server_version}, but this app speaks "
            f"{client_version}: update the app (ICC Workshop) to sync with it.",
            "app",
        )
    return (
        f"This server speaks sync protocol {server_version}, but this app speaks "
        f"{client_version}: the server is older; ask its administrator to update it.",
        "server",
    )


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Health(BaseModel):
    """`GET /api/v1/health`: the one endpoint without a token."""

    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL_VERSION
    server_version: str
    server_time_ms: int | None = None
    """The server's clock (Unix milliseconds): a client compares it with its own and warns when
    they differ by more than `CLOCK_WARNING_S` (None from servers older than this field)."""


def _no_control_characters(value: str) -> str:
    # PostgreSQL cannot store NUL in text, and no name needs a tab or a line break.
    if _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    return value


PlainName = Annotated[str, AfterValidator(_no_control_characters)]


class LoginRequest(_Message):
    """`POST /api/v1/auth/token`: user name and password (and a name for this device)."""

    protocol: int
    username: PlainName = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1024)
    device_name: PlainName = Field(default="", max_length=200)


class LoginResponse(BaseModel):
    """A new bearer token; the server keeps only its hash, so this is the one time it is shown."""

    protocol: int = PROTOCOL_VERSION
    token: str
    username: str
    is_admin: bool
    cities: list[str]


class Me(BaseModel):
    """`GET /api/v1/me`: who the token belongs to and the cities they may see."""

    protocol: int = PROTOCOL_VERSION
    username: str
    is_admin: bool
    cities: list[str]


class WireRow(_Message):
    """A row on its way to the server."""

    table: str = Field(max_length=40)
    base: int | None = Field(default=None, ge=0, le=MAX_SEQ)
    """The seq of the server's version this row was made from (None: a row the server never
    sent). A row made from an older version than the server's is answered as stale, whatever its
    stamp: its maker has not seen the newer version, whose changes it would otherwise undo."""
    data: dict[str, Any]


class PulledRow(BaseModel):
    """A row from the server with the sequence number the server gave its current version."""

    table: str
    seq: int
    data: dict[str, Any]
    by: dict[str, str | None] | None = None
    """Who sent this version and from which device (`{"user", "device"}`); None for shipped rows."""
    parent: str | None = Field(default=None, max_length=64)
    """The stamp of the version this one replaced on the server (None for a row's first version)."""


class PullResponse(BaseModel):
    """`GET /api/v1/sync/pull?since=SEQ&limit=N`: the next rows in seq order.

    `last_seq` is where the next page starts (it may be past the last row when rows the user
    may not see were skipped); `has_more` says whether to ask again.
    """

    protocol: int = PROTOCOL_VERSION
    rows: list[PulledRow]
    last_seq: int
    has_more: bool
    epoch: str | None = Field(default=None, max_length=32)
    """The server's epoch: another one than the laptop last saw means the server was put back to a
    backup (its administrator said so); the laptop then reads everything again and resends."""


DEVICE_ID_PATTERN = r"^[0-9A-Za-z._-]*$"
"""What a pushing laptop's device id may hold (it ends every stamp the laptop makes)."""


class PushRequest(_Message):
    """`POST /api/v1/sync/push`: dirty rows, parents before children."""

    protocol: int
    device_id: str = Field(default="", max_length=64, pattern=DEVICE_ID_PATTERN)
    rows: list[WireRow] = Field(max_length=MAX_PUSH_ROWS)


PushStatus = Literal["accepted", "stale", "invalid", "forbidden"]


class PushResult(BaseModel):
    """What the server did with one pushed row.

    accepted: stored (or already there, same stamp) with `seq`. stale: the server has a newer
    version, returned in `row` with its `seq`. invalid / forbidden: refused, `message` says why;
    nothing was stored.
    """

    table: str
    id: str
    status: PushStatus
    seq: int | None = None
    row: dict[str, Any] | None = None
    message: str | None = None


class PushResponse(BaseModel):
    """One result per pushed row, in the order they were sent."""

    protocol: int = PROTOCOL_VERSION
    results: list[PushResult]


class ErrorBody(BaseModel):
    """Every refusal: a message a user can read, and for a protocol mismatch the side to update."""

    detail: str
    update: UpdateSide | None = None
    server_protocol: int | None = None
