"""What an administrator does with the sync server from its command line: users (list, password,
disable, remove, cities) and the history of changes (list, undo).

Each function opens its own transaction; errors a person can fix raise `IccError` with the
message the command line prints (exit code 2).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Engine, delete, func, update
from sqlmodel import Session, col, select

from icc_desktop.errors import IccError
from icc_desktop.models.clock import format_stamp, stamp_ms
from icc_desktop.sync.protocol import ID_PATTERN
from icc_desktop.sync.server_store import (
    MIN_PASSWORD_LENGTH,
    AcceptedChange,
    ServerChange,
    ServerRow,
    ServerToken,
    ServerUser,
    ServerUserCity,
    _lock_counter,
    _store_counter,
    change_record,
    hash_password,
    refuse_held_cities,
)
from icc_desktop.sync.tables import MODELS, validate_wire

# --- Users -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserSummary:
    """One user as `server users` lists them."""

    name: str
    is_admin: bool
    cities: list[str]
    disabled: bool
    last_seen: float | None
    tokens: int

    def as_json(self) -> dict[str, Any]:
        """The JSON form printed by `server users --json`."""
        return {"name": self.name, "admin": self.is_admin, "cities": self.cities, "disabled": self.disabled,
                "last_seen": _iso(self.last_seen) if self.last_seen else None, "live_tokens": self.tokens}


def _iso(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).isoformat(timespec="seconds")


def _user(session: Session, name: str) -> ServerUser:
    user = session.exec(select(ServerUser).where(ServerUser.name == name)).first()
    if user is None or user.id is None:
        raise IccError(f"NAME: no user named {name!r} (see `icc-desktop server users`).")
    return user


def list_users(engine: Engine) -> list[UserSummary]:
    """Every user with their cities, admin flag, last use of a token, disabled flag."""
    now = time.time()
    with Session(engine) as session:
        users = session.exec(select(ServerUser).order_by(col(ServerUser.name))).all()
        cities: dict[int, list[str]] = {}
        for user_id, city in session.exec(select(ServerUserCity.user_id, ServerUserCity.city_id)
                                          .order_by(col(ServerUserCity.city_id))).all():
            cities.setdefault(user_id, []).append(city)
        seen = dict(session.exec(select(ServerToken.user_id, func.max(ServerToken.last_used_at))
                                 .group_by(col(ServerToken.user_id))).all())
        live = dict(session.exec(select(ServerToken.user_id, func.count())
                                 .where(col(ServerToken.revoked_at).is_(None), col(ServerToken.expires_at) > now)
                                 .group_by(col(ServerToken.user_id))).all())
    return [UserSummary(u.name, u.is_admin, cities.get(u.id or 0, []), u.disabled_at is not None,
                        seen.get(u.id or 0), int(live.get(u.id or 0, 0))) for u in users]


def set_password(engine: Engine, name: str, password: str) -> int:
    """Give a user a new password and revoke their tokens (every device signs in again); return
    how many tokens were revoked."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise IccError(f"password: at least {MIN_PASSWORD_LENGTH} characters are needed.")
    password_hash = hash_password(password)
    with Session(engine) as session, session.begin():
        user = _user(session, name)
        user.password_hash = password_hash
        session.add(user)
        return _revoke(session, user)


def _revoke(session: Session, user: ServerUser) -> int:
    result = session.execute(update(ServerToken).where(col(ServerToken.user_id) == user.id,
                                                       col(ServerToken.revoked_at).is_(None))
                             .values(revoked_at=time.time()))
    return int(result.rowcount)  # type: ignore[attr-defined]


def set_disabled(engine: Engine, name: str, disabled: bool) -> bool:
    """Disable a user (their tokens stop working at once, sign-ins are refused) or enable them
    again; return whether anything changed."""
    with Session(engine) as session, session.begin():
        user = _user(session, name)
        if (user.disabled_at is not None) == disabled:
            return False
        user.disabled_at = time.time() if disabled else None
        session.add(user)
        if disabled:  # its sign-ins end for good: enabling again must not revive a lost laptop's token
            session.execute(delete(ServerToken).where(col(ServerToken.user_id) == user.id))
        return True


def remove_user(engine: Engine, name: str) -> None:
    """Remove a user: tokens and city assignments go, their changes stay in the history (by name)."""
    with Session(engine) as session, session.begin():
        user = _user(session, name)
        session.execute(delete(ServerToken).where(col(ServerToken.user_id) == user.id))
        session.execute(delete(ServerUserCity).where(col(ServerUserCity.user_id) == user.id))
        session.delete(user)


def _check_cities(cities: Sequence[str]) -> None:
    problems = [f"--city {c}: not a city id." for c in cities if not ID_PATTERN.match(c)]
    if not cities:
        problems.append("--city: give at least one city id.")
    if problems:
        raise IccError("\n".join(problems))


def assign(engine: Engine, name: str, cities: Sequence[str], *, shared: bool = False) -> list[str]:
    """Assign cities to a user; return those newly assigned. A city another user holds is refused
    unless `shared` (a city may have several facilitators, knowingly)."""
    _check_cities(cities)
    with Session(engine) as session, session.begin():
        user = _user(session, name)
        have = set(session.exec(select(ServerUserCity.city_id).where(ServerUserCity.user_id == user.id)).all())
        added = [c for c in dict.fromkeys(cities) if c not in have]
        if not shared:
            refuse_held_cities(session, added, user.id)
        session.add_all([ServerUserCity(user_id=user.id, city_id=c) for c in added])  # type: ignore[arg-type]
        return added


def unassign(engine: Engine, name: str, cities: Sequence[str]) -> list[str]:
    """Take cities away from a user (they no longer see or change them); return those removed."""
    _check_cities(cities)
    with Session(engine) as session, session.begin():
        user = _user(session, name)
        have = set(session.exec(select(ServerUserCity.city_id).where(ServerUserCity.user_id == user.id)).all())
        missing = [c for c in cities if c not in have]
        if missing:
            raise IccError("\n".join(f"--city {c}: not assigned to {name}." for c in missing))
        session.execute(delete(ServerUserCity).where(col(ServerUserCity.user_id) == user.id,
                                                     col(ServerUserCity.city_id).in_(list(cities))))
        return list(dict.fromkeys(cities))


# --- History -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One entry of the server history."""

    id: int
    at: float
    user: str
    device: str
    table: str
    row_id: str
    city_id: str | None
    workshop_id: str | None
    seq: int
    kind: str
    undo_of: int | None
    before: dict[str, Any] | None
    after: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The JSON form printed by `server history --json`."""
        return {"id": self.id, "at": _iso(self.at), "user": self.user, "device": self.device,
                "table": self.table, "row_id": self.row_id, "city_id": self.city_id,
                "workshop_id": self.workshop_id, "seq": self.seq, "kind": self.kind, "undo_of": self.undo_of,
                "before": self.before, "after": self.after}

    def line(self) -> str:
        """One line for a person: when, who, what, and each field from before to after."""
        fields = ", ".join(f"{f}: {_short((self.before or {}).get(f))} -> {_short(v)}" for f, v in self.after.items())
        undo = f" of #{self.undo_of}" if self.undo_of is not None else ""
        device = f" ({self.device})" if self.device else ""
        return (f"#{self.id}  {_iso(self.at)}  {self.user}{device}  {self.table} {self.row_id}  "
                f"{self.kind}{undo}" + (f"  {fields}" if fields and self.kind != "created" else ""))


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_since(text: str) -> float:
    """A --since value (YYYY-MM-DD or an ISO date and time; UTC unless it says otherwise) as a timestamp."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise IccError(f"--since {text}: not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def history(engine: Engine, *, city: str | None = None, user: str | None = None,
            since: float | None = None, limit: int | None = None) -> list[Change]:
    """The history, oldest first, optionally of one city, one user (by name), from a moment on, and
    only its newest `limit` changes."""
    query = select(ServerChange).order_by(col(ServerChange.id).desc())
    if city is not None:
        query = query.where(ServerChange.city_id == city)
    if user is not None:
        query = query.where(ServerChange.user_name == user)
    if since is not None:
        query = query.where(col(ServerChange.at) >= since)
    if limit is not None:
        query = query.limit(limit)
    with Session(engine) as session:
        rows = session.exec(query).all()
    return [_change(r) for r in reversed(rows)]


def _change(row: ServerChange) -> Change:
    assert row.id is not None
    return Change(row.id, row.at, row.user_name, row.device, row.table_name, row.row_id, row.city_id,
                  row.workshop_id, row.seq, row.kind, row.undo_of,
                  json.loads(row.before) if row.before is not None else None, json.loads(row.after))


def undo_change(engine: Engine, change_id: int, *, who: str | None = None, force: bool = False) -> Change:
    """Put back the fields a change altered, as they were before it, as a new change with a new
    stamp and seq (laptops pull it like any edit). Undoing the creation of a row deletes it
    (a tombstone); undoing a delete restores it. A field a later change altered refuses the undo
    (`IccError` naming it) unless `force`. Returns the new history entry."""
    if who is None:
        try:
            account = getpass.getuser()
        except (KeyError, OSError):  # no user name in the environment or the password database
            account = "administrator"
        who = f"{account} (server command line)"
    with Session(engine) as session, session.begin():
        next_seq = _lock_counter(session)
        entry = session.get(ServerChange, change_id)
        if entry is None:
            raise IccError(f"CHANGE_ID: no change #{change_id} in the history (see `icc-desktop server history`).")
        row = session.get(ServerRow, (entry.table_name, entry.row_id))
        if row is None or entry.table_name not in MODELS:
            raise IccError(f"CHANGE_ID #{change_id}: the row {entry.table_name} {entry.row_id} is no longer on the server.")
        current = json.loads(row.data)
        data = dict(current)
        if entry.before is None:  # the change created the row: its earlier version is none at all
            if current.get("deleted_at") is not None:
                raise IccError(f"CHANGE_ID #{change_id}: nothing to undo; the row it created is already deleted.")
            data["deleted_at"] = dt.datetime.now(dt.UTC).isoformat()
        else:
            data.update(json.loads(entry.before))
        now_ms = time.time_ns() // 1_000_000
        data["updated_at"] = format_stamp(max(now_ms, stamp_ms(row.updated_at) + 1), 0, "server")
        try:
            _values, canonical, text = validate_wire(entry.table_name, data)
        except PydanticValidationError as exc:
            raise IccError(f"CHANGE_ID #{change_id}: the earlier version is not valid any more ({exc.errors()[0]['msg']}).") from exc
        if {k: v for k, v in canonical.items() if k != "updated_at"} == {k: v for k, v in current.items() if k != "updated_at"}:
            raise IccError(f"CHANGE_ID #{change_id}: nothing to undo; the row already holds the earlier values.")
        # As the window's undo: never write over a value the change did not set. A field a later change
        # altered is named, and the undo refused unless forced.
        since = sorted(name for name, value in json.loads(entry.after).items()
                       if name not in ("updated_at", "created_at") and current.get(name) != value)
        if since and not force:
            raise IccError(f"CHANGE_ID #{change_id}: {', '.join(since[:5])} changed since (a later change in the "
                           "history); undoing would overwrite that. Undo the later change first, or add --force.")
        next_seq += 1
        old_text = row.data
        row.parent_stamp = row.updated_at
        row.data, row.updated_at, row.seq = text, str(canonical["updated_at"]), next_seq
        row.changed_by, row.changed_at = None, time.time()
        session.add(row)
        record = change_record(AcceptedChange(entry.table_name, entry.row_id, row.scope_city_id, row.workshop_id,
                                              next_seq, row.updated_at, old_text, canonical),
                               time.time(), None, who, "", undo_of=change_id)
        new_entry = ServerChange(**record)
        session.add(new_entry)
        session.flush()
        _store_counter(session, next_seq)
        return _change(new_entry)


__all__ = [
    "Change",
    "UserSummary",
    "assign",
    "history",
    "list_users",
    "parse_since",
    "remove_user",
    "set_disabled",
    "set_password",
    "unassign",
    "undo_change",
]
