"""The sync server's storage: users, tokens, login throttling, and every synced row with its seq.

The server keeps each synced row whole, as the canonical JSON the client's models produce,
beside the columns it filters on: its table and id, the seq of its current version, the city
it belongs to (its scope; none for reference lists and frameworks) and its workshop. One table
for every kind of row keeps a pull to one indexed query in seq order, and lets the server
accept rows of a newer table without a schema change of its own.

Seqs are handed out under a lock on the one counter row, taken as the first statement of every
writing transaction: writers run one at a time, so rows are committed in seq order and a pull
that has seen seq N has seen every row up to N (SQLite and PostgreSQL alike).

The server has its own Alembic migrations (`sync/migrations/`), separate from the laptop's.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError as PydanticValidationError
from pydantic_core import from_json, to_json
from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    Index,
    Text,
    delete,
    event,
    func,
    or_,
    update,
)
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy import insert as sa_insert
from sqlalchemy import select as sa_select
from sqlalchemy.orm import registry
from sqlmodel import Field, Session, SQLModel, col, select

from icc_desktop.errors import IccError
from icc_desktop.models import SEED_STAMP, City, Workshop
from icc_desktop.models.clock import MAX_AHEAD_MS, stamp_ms
from icc_desktop.sync.protocol import (
    DEVICE_PATTERN,
    ID_PATTERN,
    PROTOCOL_VERSION,
    RESTORED_EPOCH_MARK,
    STAMP_PATTERN,
    PushStatus,
    WireRow,
)
from icc_desktop.sync.tables import (
    GLOBAL_TABLES,
    MODELS,
    WIRE_FIELDS,
    PushedRow,
    describe,
    references,
    to_wire,
    validate_wire,
)

log = logging.getLogger("icc_desktop.sync.server")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "icc_server_alembic_version"
SERVER_HEAD = "s0005_i14_row_parent"

TOKEN_LIFETIME_S = 180 * 24 * 3600
"""A token lasts half a year (a facilitator may be offline for months), unless revoked; renewed
when used in its second half (`serve --token-days` sets another lifetime)."""
LOGIN_WINDOW_S = 15 * 60
"""Failures older than this (with no wait running) are forgotten."""
MAX_FAILURES_PER_USER = 5
"""Failed sign-ins of one user name from one address before each further try must wait (429),
1 s after the first failure past it, doubling with each one up to `MAX_LOGIN_DELAY_S`. Counted
per address too, so a stranger elsewhere can slow down only their own tries, never lock the
facilitator out."""
MAX_FAILURES_PER_ADDRESS = 30
"""Failed sign-ins from one address, whatever the user names, before tries from it must wait."""
MAX_LOGIN_DELAY_S = 15 * 60
MIN_PASSWORD_LENGTH = 10

_server_registry = registry()


class ServerModel(SQLModel, registry=_server_registry):
    """Base of the server's tables: their own metadata, apart from the laptop database's."""


class ServerUser(ServerModel, table=True):
    """Someone who may sync: a facilitator (their cities only) or an administrator (everything)."""

    __tablename__ = "server_user"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    password_hash: str = Field(max_length=400)
    is_admin: bool = Field(default=False)
    created_at: float = Field(default_factory=time.time)
    disabled_at: float | None = Field(default=None)


class ServerUserCity(ServerModel, table=True):
    """A city a user is assigned to."""

    __tablename__ = "server_user_city"

    user_id: int = Field(foreign_key="server_user.id", primary_key=True)
    city_id: str = Field(max_length=36, primary_key=True)


class ServerToken(ServerModel, table=True):
    """A bearer token, stored as its SHA-256 (the token itself is random 256-bit)."""

    __tablename__ = "server_token"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="server_user.id", index=True)
    token_hash: str = Field(max_length=64, unique=True)
    device_name: str = Field(default="", max_length=200)
    created_at: float = Field(default_factory=time.time)
    last_used_at: float = Field(default_factory=time.time)
    expires_at: float
    revoked_at: float | None = Field(default=None)


class ServerLoginThrottle(ServerModel, table=True):
    """Failed sign-ins of one user name from one address ("user|ADDRESS|NAME"), or of any user
    name from one address ("address|ADDRESS"), and until when further tries must wait."""

    __tablename__ = "server_login_throttle"

    key: str = Field(max_length=300, primary_key=True)
    failures: int = Field(default=0)
    blocked_until: float = Field(default=0.0)
    last_at: float = Field(index=True)


class ServerCounter(ServerModel, table=True):
    """The one row holding the last seq handed out (and the lock writers queue on)."""

    __tablename__ = "server_counter"

    id: int = Field(default=1, primary_key=True)
    value: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    epoch: str | None = Field(default=None, max_length=32)
    """Names this server's history; a new one after the database was put back to a backup
    (`new_epoch`): laptops then read everything again and send what it lost."""


def new_epoch(engine: Engine) -> str:
    """Give the server a new epoch (after restoring its database from a backup); return it."""
    epoch = RESTORED_EPOCH_MARK + secrets.token_hex(8)
    with Session(engine) as session, session.begin():
        _lock_counter(session)
        session.execute(update(ServerCounter).where(col(ServerCounter.id) == 1).values(epoch=epoch))
    return epoch


class ServerRow(ServerModel, table=True):
    """The current version of one synced row."""

    __tablename__ = "server_row"
    __table_args__ = (Index("ix_server_row_scope_seq", "scope_city_id", "seq"),)

    table_name: str = Field(max_length=40, primary_key=True)
    row_id: str = Field(max_length=36, primary_key=True)
    seq: int = Field(sa_column=Column(BigInteger, nullable=False, unique=True, index=True))
    scope_city_id: str | None = Field(default=None, max_length=36)
    workshop_id: str | None = Field(default=None, max_length=36, index=True)
    updated_at: str = Field(max_length=64)
    data: str = Field(sa_column=Column(Text, nullable=False))
    changed_by: int | None = Field(default=None)
    changed_at: float = Field(default_factory=time.time)
    changed_device: str | None = Field(default=None, max_length=200)
    """The name of the device (its sign-in's) that sent this version: conflicts show who and where."""
    parent_stamp: str | None = Field(default=None, max_length=64)
    """The stamp of the version this one replaced (None for a row's first version): a laptop whose
    push of that version was stored but never answered learns from it that it was agreed."""


class ServerChange(ServerModel, table=True):
    """One accepted change of a synced row, appended and never updated: who, from which device,
    when, and the fields it changed with their values before and after.

    `before` and `after` (JSON objects of field -> value; `before` is null for a row created) are
    the only copies of row content here: erasing a person's data scrubs them and nothing else.
    """

    __tablename__ = "server_change"
    __table_args__ = (Index("ix_server_change_city_at", "city_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: float = Field(index=True)
    user_id: int | None = Field(default=None, index=True)
    user_name: str = Field(max_length=200)
    device: str = Field(default="", max_length=300)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    city_id: str | None = Field(default=None, max_length=36)
    workshop_id: str | None = Field(default=None, max_length=36)
    seq: int = Field(sa_column=Column(BigInteger, nullable=False))
    stamp: str = Field(max_length=64)
    kind: str = Field(max_length=20)
    """created, changed, deleted (tombstone set), restored (tombstone cleared), or undo."""
    undo_of: int | None = Field(default=None)
    before: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    after: str = Field(sa_column=Column(Text, nullable=False))


server_metadata = _server_registry.metadata


class ServerStoreError(IccError):
    """The server database cannot be used (wrong URL, unreachable, not migrated)."""


# --- Engine and migrations -------------------------------------------------------------------

def default_database_url() -> str:
    """`sqlite:///…/server.sqlite` in the user data folder."""
    from icc_desktop import config

    return f"sqlite:///{config.data_dir() / 'server.sqlite'}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across a process crash
    cursor.close()


def create_server_engine(url: str, *, pool_size: int = 20) -> Engine:
    """An engine for the server database (SQLite file or `postgresql+psycopg://…`)."""
    if not (url.startswith("sqlite:") or url.startswith("postgresql")):
        raise ServerStoreError(
            f"--database: {url!r} is not supported; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB."
        )
    if url.startswith("sqlite:"):
        path = url.split("sqlite:///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa_create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                                  pool_size=20, max_overflow=10)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa_create_engine(url, pool_size=pool_size, max_overflow=pool_size // 2, pool_pre_ping=True)


def migrate_server(engine: Engine) -> None:
    """Bring the server schema to the newest revision and seed the shipped reference rows."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.exc import OperationalError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise ServerStoreError(f"cannot open the server database: {exc.orig}") from exc
    seed_shipped_rows(engine)


def check_server_schema(engine: Engine) -> None:
    """Refuse a database whose schema is not this version's (a worker never migrates by itself)."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as connection:
            revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    except SQLAlchemyError as exc:
        raise ServerStoreError(f"cannot read the server database: {exc}") from exc
    if revision != SERVER_HEAD:
        raise ServerStoreError(f"the server database is at revision {revision}, this server needs {SERVER_HEAD}: "
                               "start `icc-desktop serve` once without --workers to migrate it.")


def seed_shipped_rows(engine: Engine) -> int:
    """Publish the reference lists and frameworks shipped with the app, once (ids are stable)."""
    from icc_desktop.store.seed import shipped_rows

    rows = shipped_rows()
    with Session(engine) as session, session.begin():
        next_seq = _lock_counter(session)
        existing = set(session.exec(select(ServerRow.table_name, ServerRow.row_id)
                                    .where(col(ServerRow.table_name).in_(GLOBAL_TABLES))).all())
        values = []
        for row in rows:
            table = type(row).__tablename__
            if (table, row.id) in existing:
                continue
            next_seq += 1
            values.append({"table_name": table, "row_id": row.id, "seq": next_seq,
                           "scope_city_id": None, "workshop_id": None, "updated_at": row.updated_at,
                           "data": _dumps(to_wire(row)), "changed_by": None, "changed_at": time.time()})
        if values:
            session.execute(sa_insert(ServerRow.__table__), values)  # type: ignore[attr-defined]
        _store_counter(session, next_seq)
    return len(values)


def _lock_counter(session: Session) -> int:
    # The no-op UPDATE takes the row lock (PostgreSQL) / the write lock (SQLite) first, so
    # writers queue here and commit in seq order.
    # (Plain driver SQL: every push runs these two, and the ORM's statements cost five times more.)
    connection = session.connection()
    connection.exec_driver_sql("UPDATE server_counter SET value = value WHERE id = 1")
    return int(connection.exec_driver_sql("SELECT value FROM server_counter WHERE id = 1").scalar_one())


def _store_counter(session: Session, value: int) -> None:
    connection = session.connection()
    connection.exec_driver_sql(f"UPDATE server_counter SET value = {_mark(connection)} WHERE id = 1", (value,))


def _dumps(data: dict[str, Any]) -> str:
    # pydantic's serializer: the same text as json.dumps(ensure_ascii=False, compact), 7x faster.
    return to_json(data).decode()


def _mark(connection: Any) -> str:
    """The driver's positional parameter mark (sqlite3: ?, psycopg: %s), for plain driver SQL."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


# --- Passwords ---------------------------------------------------------------------------------

def hash_password(password: str) -> str:
    """An argon2id hash (argon2-cffi), or scrypt from the standard library when it is missing."""
    try:
        from argon2 import PasswordHasher
    except ImportError:
        salt = os.urandom(16)
        digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
        return f"scrypt$16384$8$1${salt.hex()}${digest.hex()}"
    return PasswordHasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    """Whether `password` matches a hash made by `hash_password` (either kind)."""
    if stored.startswith("scrypt$"):
        _, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                                   p=int(p), dklen=len(digest) // 2)
        return hmac.compare_digest(candidate.hex(), digest)
    try:
        from argon2 import PasswordHasher
        from argon2.exceptions import InvalidHashError, VerificationError
    except ImportError:
        return False
    try:
        return bool(PasswordHasher().verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


_DUMMY_HASH: str | None = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_hex(16))
    return _DUMMY_HASH


# --- Users -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class UserInfo:
    """The user behind a request."""

    id: int
    name: str
    is_admin: bool
    cities: frozenset[str]
    device_name: str = ""
    """The device the token was issued to (recorded in the history of the user's changes)."""

    def may_see(self, city_id: str | None) -> bool:
        """Whether rows of this city (None: global rows) are visible to the user."""
        return city_id is None or self.is_admin or city_id in self.cities


def refuse_held_cities(session: Session, cities: Iterable[str], user_id: int | None = None) -> None:
    """Refuse to assign cities that other users already hold (unless the administrator says
    `--shared`): a facilitator may have pushed a city id before it was assigned, and the
    assignee would then share the city, personal data included, with them without anyone knowing."""
    query = (select(ServerUserCity.city_id, ServerUser.name)
             .join(ServerUser, col(ServerUser.id) == col(ServerUserCity.user_id))
             .where(col(ServerUserCity.city_id).in_(list(cities))))
    if user_id is not None:
        query = query.where(col(ServerUserCity.user_id) != user_id)
    rows = session.exec(query).all()
    holders: dict[str, list[str]] = {}
    for city, holder in rows:
        holders.setdefault(city, []).append(holder)
    if holders:
        raise IccError("\n".join(
            f"--city {city}: already held by {', '.join(sorted(names))}; add --shared to share it, or take it "
            f"from them first (server unassign NAME --city {city})." for city, names in sorted(holders.items())))


def add_user(engine: Engine, name: str, password: str, *, admin: bool = False,
             cities: Sequence[str] = (), shared: bool = False) -> UserInfo:
    """Create a user with a hashed password and their city assignments (with `shared` False, cities
    another user holds are refused: see `refuse_held_cities`)."""
    name = name.strip()
    problems = []
    if not name or len(name) > 200:
        problems.append("NAME: a user name of 1 to 200 characters is needed.")
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(f"password: at least {MIN_PASSWORD_LENGTH} characters are needed.")
    problems += [f"--city {c}: not a city id." for c in cities if not ID_PATTERN.match(c)]
    if problems:
        raise IccError("\n".join(problems))
    with Session(engine) as session, session.begin():
        if session.exec(select(ServerUser).where(ServerUser.name == name)).first() is not None:
            raise IccError(f"NAME: a user named {name!r} already exists.")
        if not shared:
            refuse_held_cities(session, cities)
        user = ServerUser(name=name, password_hash=hash_password(password), is_admin=admin)
        session.add(user)
        session.flush()
        assert user.id is not None
        for city in dict.fromkeys(cities):
            session.add(ServerUserCity(user_id=user.id, city_id=city))
        return UserInfo(user.id, name, admin, frozenset(cities))


def assign_cities(engine: Engine, name: str, cities: Iterable[str]) -> None:
    """Give an existing user more cities."""
    with Session(engine) as session, session.begin():
        user = session.exec(select(ServerUser).where(ServerUser.name == name)).first()
        if user is None or user.id is None:
            raise IccError(f"No user named {name!r}.")
        have = set(session.exec(select(ServerUserCity.city_id).where(ServerUserCity.user_id == user.id)).all())
        for city in cities:
            if city not in have:
                session.add(ServerUserCity(user_id=user.id, city_id=city))


def revoke_tokens(engine: Engine, name: str) -> int:
    """Revoke every live token of a user (sign them out everywhere); return how many."""
    with Session(engine) as session, session.begin():
        user = session.exec(select(ServerUser).where(ServerUser.name == name)).first()
        if user is None:
            raise IccError(f"No user named {name!r}.")
        result = session.execute(
            update(ServerToken).where(col(ServerToken.user_id) == user.id, col(ServerToken.revoked_at).is_(None))
            .values(revoked_at=time.time())
        )
        return int(result.rowcount)  # type: ignore[attr-defined]


def _user_info(session: Session, user: ServerUser) -> UserInfo:
    assert user.id is not None
    cities = session.exec(select(ServerUserCity.city_id).where(ServerUserCity.user_id == user.id)).all()
    return UserInfo(user.id, user.name, user.is_admin, frozenset(cities))


# --- Login and tokens --------------------------------------------------------------------------

class LoginRefused(Exception):
    """A login attempt refused: HTTP status, message, and (for throttling) seconds to wait."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.retry_after = status, message, retry_after


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _login_delay(failures: int, free: int) -> float:
    """Seconds the next try waits after `failures` failures when `free` of them cost nothing."""
    return 0.0 if failures < free else float(min(2 ** (failures - free), MAX_LOGIN_DELAY_S))


def _throttle_keys(username: str, address: str) -> dict[str, int]:
    return {f"user|{address[:64]}|{username[:200]}": MAX_FAILURES_PER_USER,
            f"address|{address[:64]}": MAX_FAILURES_PER_ADDRESS}


def reserve_login(engine: Engine, username: str, address: str) -> None:
    """Count a sign-in try before its password is checked, or refuse it (429) while a wait runs.

    Counting first, under a row lock, is what makes the throttle hold against concurrent tries:
    each one sees the failures of those before it. `finish_login` takes the count back on success.
    """
    now = time.time()
    keys = _throttle_keys(username, address)
    table = ServerLoginThrottle.__table__  # type: ignore[attr-defined]
    _forget_old_failures(engine, now)
    with Session(engine) as session, session.begin():
        session.execute(_insert_new(engine, table, [{"key": k, "failures": 0, "blocked_until": 0.0,
                                                     "last_at": now} for k in sorted(keys)]))
        rows = session.exec(select(ServerLoginThrottle).where(col(ServerLoginThrottle.key).in_(sorted(keys)))
                            .order_by(col(ServerLoginThrottle.key)).with_for_update()).all()
        wait = max((row.blocked_until - now for row in rows), default=0.0)
        if wait > 0:
            session.rollback()
            raise LoginRefused(429, f"Too many failed sign-ins: wait {_seconds(wait)} and try again.",
                               max(1, int(wait + 0.999)))
        for row in rows:
            failures = (0 if row.last_at < now - LOGIN_WINDOW_S else row.failures) + 1
            session.execute(update(ServerLoginThrottle).where(col(ServerLoginThrottle.key) == row.key).values(
                failures=failures, last_at=now, blocked_until=now + _login_delay(failures, keys[row.key])))


_last_cleanup = 0.0


def _forget_old_failures(engine: Engine, now: float) -> None:
    """Delete throttle rows past their window, once a minute (rows locked by a sign-in are skipped)."""
    global _last_cleanup
    if now - _last_cleanup < 60:
        return
    _last_cleanup = now
    stale = select(ServerLoginThrottle.key).where(col(ServerLoginThrottle.last_at) < now - LOGIN_WINDOW_S,
                                                  col(ServerLoginThrottle.blocked_until) < now)
    if engine.dialect.name == "postgresql":
        stale = stale.with_for_update(skip_locked=True)
    with Session(engine) as session, session.begin():
        session.execute(delete(ServerLoginThrottle).where(col(ServerLoginThrottle.key).in_(stale.scalar_subquery())))


def _seconds(wait: float) -> str:
    return f"{max(1, round(wait))} seconds" if wait < 120 else f"{round(wait / 60)} minutes"


def _insert_new(engine: Engine, table: Any, values: list[dict[str, Any]]) -> Any:
    """INSERT … ON CONFLICT DO NOTHING in the engine's dialect."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).values(values).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).values(values).on_conflict_do_nothing()


def check_password(engine: Engine, username: str, password: str) -> ServerUser | None:
    """The user if the password is theirs and they are not disabled, else None (slow: a hash)."""
    with Session(engine) as session:
        user = session.exec(select(ServerUser).where(ServerUser.name == username)).first()
    # Verify against a dummy hash for unknown users too, so timing does not reveal who exists.
    ok = verify_password(user.password_hash if user else _dummy_hash(), password)
    if user is None or not ok or user.disabled_at is not None:
        return None
    return user


def finish_login(engine: Engine, user: ServerUser, device_name: str, address: str,
                 lifetime_s: float = TOKEN_LIFETIME_S) -> tuple[str, UserInfo]:
    """After a right password: forget this user's failures here, take back the try counted for
    the address, and issue a token."""
    keys = list(_throttle_keys(user.name, address))
    with Session(engine) as session, session.begin():
        token = _new_token(session, user, device_name, lifetime_s)
        # Rows are locked in key order everywhere ("address|…" before "user|…"): no deadlock
        # with a concurrent try of the same user from the same address.
        session.execute(update(ServerLoginThrottle).where(col(ServerLoginThrottle.key) == keys[1])
                        .values(failures=func.max(ServerLoginThrottle.failures - 1, 0)
                                if engine.dialect.name == "sqlite"
                                else func.greatest(ServerLoginThrottle.failures - 1, 0)))
        session.execute(delete(ServerLoginThrottle).where(col(ServerLoginThrottle.key) == keys[0]))
        info = _user_info(session, user)
    return token, info


def fail_login(engine: Engine, username: str, address: str) -> LoginRefused:
    """After a wrong password: the waits start from now (the check itself took a while)."""
    now = time.time()
    keys = _throttle_keys(username, address)
    with Session(engine) as session, session.begin():
        rows = session.exec(select(ServerLoginThrottle).where(col(ServerLoginThrottle.key).in_(sorted(keys)))
                            .order_by(col(ServerLoginThrottle.key)).with_for_update()).all()
        for row in rows:
            until = now + _login_delay(row.failures, keys[row.key])
            if until > row.blocked_until:
                session.execute(update(ServerLoginThrottle).where(col(ServerLoginThrottle.key) == row.key)
                                .values(blocked_until=until))
    return LoginRefused(401, "Wrong user name or password.")


def login(engine: Engine, username: str, password: str, device_name: str, address: str) -> tuple[str, UserInfo]:
    """Check a password and issue a token; throttled per user name and address, and per address."""
    reserve_login(engine, username, address)
    user = check_password(engine, username, password)
    if user is None:
        raise fail_login(engine, username, address)
    return finish_login(engine, user, device_name, address)


def _new_token(session: Session, user: ServerUser, device_name: str, lifetime_s: float = TOKEN_LIFETIME_S) -> str:
    assert user.id is not None
    token = secrets.token_urlsafe(32)
    session.add(ServerToken(user_id=user.id, token_hash=_token_hash(token), device_name=device_name[:200],
                            expires_at=time.time() + lifetime_s))
    return token


def issue_token(engine: Engine, username: str, device_name: str = "") -> str:
    """A new token for an existing user without their password (for administrators' scripts and
    tests: whoever can reach the server database can do this anyway)."""
    with Session(engine) as session, session.begin():
        user = session.exec(select(ServerUser).where(ServerUser.name == username)).first()
        if user is None:
            raise IccError(f"No user named {username!r}.")
        return _new_token(session, user, device_name)


def authenticate(engine: Engine, token: str, lifetime_s: float = TOKEN_LIFETIME_S) -> UserInfo | None:
    """The user a bearer token belongs to, or None (unknown, revoked, expired, disabled user).

    A token used in the second half of its lifetime is given a whole `lifetime_s` again, so a
    facilitator who syncs now and then is never signed out.
    """
    if not token or len(token) > 200:
        return None
    now = time.time()
    with Session(engine) as session:
        found = session.exec(
            select(ServerToken, ServerUser).join(ServerUser, col(ServerUser.id) == ServerToken.user_id)
            .where(ServerToken.token_hash == _token_hash(token))
        ).first()
        if found is None:
            return None
        record, user = found
        if record.revoked_at is not None or record.expires_at < now or user.disabled_at is not None:
            return None
        info = replace(_user_info(session, user), device_name=record.device_name)
        renew = record.expires_at - now < lifetime_s / 2  # in use: renewed long before it expires
        if renew or now - record.last_used_at > 600:  # note use now and then, not a write per request
            values: dict[str, float] = {"last_used_at": now}
            if renew:
                values["expires_at"] = max(record.expires_at, now + lifetime_s)
            session.execute(update(ServerToken).where(col(ServerToken.id) == record.id).values(**values))
            session.commit()
    return info


def revoke_token(engine: Engine, token: str) -> None:
    """Revoke one token (signing out)."""
    with Session(engine) as session, session.begin():
        session.execute(update(ServerToken).where(col(ServerToken.token_hash) == _token_hash(token))
                        .values(revoked_at=time.time()))


# --- Pull ----------------------------------------------------------------------------------------

def ping(engine: Engine) -> None:
    """Reach the database with the cheapest query (raises SQLAlchemy's error when it is down)."""
    with engine.connect() as connection:
        connection.execute(select(ServerCounter.value).where(col(ServerCounter.id) == 1)).one()


def pull_page(engine: Engine, user: UserInfo, since: int, limit: int,
              counted: Callable[[int], None] | None = None, device: str | None = None) -> str:
    """The next page of rows the user may see after `since`, as the JSON of a `PullResponse`.

    Built as text from the stored JSON: rows are not parsed and re-serialised. With `device`
    (the asking laptop's device id), rows whose current version this user pushed from that
    device (its stamp names the device) are left out: the laptop has them, confirmed.
    """
    with Session(engine) as session:
        # Read the top first: every row up to it is committed (see the module docstring), so
        # the client may jump to it even where the rows between were not for this user.
        top, epoch = session.exec(select(ServerCounter.value, ServerCounter.epoch)
                                  .where(col(ServerCounter.id) == 1)).one()
        top = int(top)
        # Who sent each version and from which device travel with it (a conflict shows them).
        query = (sa_select(col(ServerRow.table_name), col(ServerRow.seq), col(ServerRow.data),
                           col(ServerUser.name), col(ServerRow.changed_device), col(ServerRow.parent_stamp))
                 .outerjoin(ServerUser, col(ServerUser.id) == col(ServerRow.changed_by))
                 .where(col(ServerRow.seq) > since, col(ServerRow.seq) <= top)
                 .order_by(col(ServerRow.seq)).limit(limit + 1))
        if not user.is_admin:
            query = query.where(or_(col(ServerRow.scope_city_id).is_(None),
                                    col(ServerRow.scope_city_id).in_(sorted(user.cities))))
        if device and DEVICE_PATTERN.match(device):
            query = query.where(or_(col(ServerRow.changed_by).is_(None), col(ServerRow.changed_by) != user.id,
                                    ~col(ServerRow.updated_at).endswith(f"-{device}")))
        rows = list(session.execute(query).all())
    has_more = len(rows) > limit
    rows = rows[:limit]
    if counted is not None:
        counted(len(rows))
    last_seq = rows[-1][1] if has_more else max(top, 0)
    from icc_desktop.sync.protocol import PROTOCOL_VERSION

    body = ",".join(f'{{"table":"{table}","seq":{seq},"data":{data}{_by(user_name, device)}{_parent(parent)}}}'
                    for table, seq, data, user_name, device, parent in rows)
    # (An epoch is hex digits: nothing in it needs escaping.)
    return (f'{{"protocol":{PROTOCOL_VERSION},"rows":[{body}],"last_seq":{last_seq},'
            f'"has_more":{"true" if has_more else "false"},"epoch":"{epoch or ""}"}}')


def _by(user_name: str | None, device: str | None) -> str:
    """The `by` member of a pulled row (empty for shipped rows nobody sent)."""
    if user_name is None and device is None:
        return ""
    return f',"by":{json.dumps({"user": user_name, "device": device}, ensure_ascii=False)}'


def _parent(stamp: str | None) -> str:
    """The `parent` member of a pulled row (empty for a row's first version). A stored stamp matched
    STAMP_PATTERN (digits, letters, dashes) or is the seed stamp: nothing in it needs escaping."""
    return "" if stamp is None else f',"parent":"{stamp}"'


# --- Push ----------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Known:
    """What the server knows of a row while a push is applied."""

    seq: int
    scope: str | None
    workshop_id: str | None
    updated_at: str
    data: str
    new: bool = False
    dirty: bool = False
    parent: str | None = None
    """The stamp of the version this push replaced (written as the row's `parent_stamp`)."""
    moved: bool = False
    """Its city or workshop changed in this push (else an update leaves those columns and their
    indexes alone)."""


@dataclass
class _Batch:
    user: UserInfo
    now_ms: int
    known: dict[tuple[str, str], _Known] = field(default_factory=dict)
    cities: set[str] = field(default_factory=set)
    new_cities: list[str] = field(default_factory=list)
    changes: list[AcceptedChange] = field(default_factory=list)
    assigned: set[str] = field(default_factory=set)
    """Cities of this push that an administrator assigned to someone (they are theirs alone)."""
    rescoped: dict[str, str] = field(default_factory=dict)

    def may_write(self, city: str | None) -> bool:
        return self.user.is_admin or (city is not None and city in self.cities)


def _preload(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], _Known]:
    # Plain driver SQL: a push of 10,000 rows reads as many rows here, and the ORM's per-row
    # work was a tenth of the push.
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    known: dict[tuple[str, str], _Known] = {}
    connection = session.connection()
    mark = _mark(connection)
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = connection.exec_driver_sql(
                "SELECT row_id, seq, scope_city_id, workshop_id, updated_at, data FROM server_row "
                f"WHERE table_name = {mark} AND row_id IN ({', '.join([mark] * len(chunk))})",
                (table, *chunk)).fetchall()
            for row_id, seq, scope, workshop_id, updated_at, data in found:
                known[(table, row_id)] = _Known(seq, scope, workshop_id, updated_at, data)
    return known


def _duration(ms: int) -> str:
    """A span of time as a person says it: '7 minutes', '3 hours', '74 years'."""
    minutes = ms / 60_000
    for unit, size in (("years", 525_960), ("days", 1440), ("hours", 60)):
        if minutes >= 2 * size:
            return f"{minutes / size:.0f} {unit}"
    return f"{max(minutes, 1):.0f} minutes"


def apply_push(engine: Engine, user: UserInfo, rows: Sequence[WireRow | PushedRow],
               device_id: str = "") -> list[PushOutcome]:
    """Apply pushed rows in one transaction, each on its own merits; one result per row.

    A row newer than the server's (by HLC stamp) is stored with the next seq; the same stamp is
    accepted again without change (a resent push); an older one is refused as stale with the
    server's version. Rows that do not validate, refer to rows the server lacks or to another
    city's rows, or that the user may not write, are refused and nothing of them is stored.
    """
    keys: set[tuple[str, str]] = set()
    for row in rows:
        row_id = row.data.get("id")
        if row.table in MODELS and isinstance(row_id, str):
            keys.add((row.table, row_id))
            for column, target in references(row.table):
                value = row.data.get(column)
                if isinstance(value, str):
                    keys.add((target, value))
    results: list[PushOutcome] = []
    with Session(engine) as session, session.begin():
        next_seq = _lock_counter(session)
        batch = _Batch(user, time.time_ns() // 1_000_000, _preload(session, keys), set(user.cities))
        new_cities = sorted({row_id for table, row_id in keys if table == "city"} - set(user.cities))
        for start in range(0, len(new_cities), 500):
            batch.assigned.update(session.exec(select(ServerUserCity.city_id).where(
                col(ServerUserCity.city_id).in_(new_cities[start:start + 500]))).all())
        for row in rows:
            result, next_seq = _apply_one(batch, row, next_seq)
            results.append(result)
        _write(session, batch, next_seq)
        device = f"{user.device_name} ({device_id})" if device_id and user.device_name else user.device_name or device_id
        record_changes(session, user.id, user.name, device, batch.changes)
        scrub_history(session, batch.changes)
    return results


def _apply_one(batch: _Batch, wire: WireRow | PushedRow, next_seq: int) -> tuple[PushOutcome, int]:
    table, data = wire.table, wire.data
    valid = isinstance(wire, PushedRow) and wire.valid
    row_id = data.get("id")
    if not isinstance(row_id, str) or not ID_PATTERN.match(row_id):
        return PushOutcome(table=table, id=str(row_id)[:40], status="invalid", message="id: missing or not a row id"), next_seq

    def refuse(status: PushStatus, message: str) -> tuple[PushOutcome, int]:
        return PushOutcome(table=table, id=row_id, status=status, message=message), next_seq

    if table not in MODELS:
        return refuse("invalid", f"unknown table '{table}'")
    if valid:  # validated with the whole body (read_typed_push): its wire form and JSON
        canonical_text = to_json(data).decode()
        canonical = from_json(canonical_text)  # the wire form: the same dict, a third of the time
    else:
        unknown = sorted(set(data) - set(WIRE_FIELDS[table]))
        if unknown:
            named = ", ".join(repr(name[:40]) for name in unknown[:3])  # not an echo of whatever was sent
            return refuse("invalid", f"unknown field(s): {named}" + (f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""))
        try:
            _values, canonical, canonical_text = validate_wire(table, data)
        except PydanticValidationError as exc:
            return refuse("invalid", describe(exc))
    stamp = str(canonical["updated_at"])
    if stamp != SEED_STAMP and not STAMP_PATTERN.match(stamp):
        return refuse("invalid", "updated_at: not a sync stamp")
    ahead_ms = stamp_ms(stamp) - batch.now_ms
    if ahead_ms > MAX_AHEAD_MS:
        return refuse("invalid", f"updated_at: made {_duration(ahead_ms)} ahead of the server's clock: the "
                                 "clock of the device that made this change is wrong; set its date, time and "
                                 "time zone right, then edit the row again and sync")
    existing = batch.known.get((table, row_id))

    # Who may write it, and which city it belongs to.
    scope: str | None
    workshop_id: str | None = None
    if table in GLOBAL_TABLES:
        if not batch.user.is_admin:
            return refuse("forbidden", "only an administrator can change reference lists and frameworks")
        scope = None
    elif MODELS[table] is City:
        scope = row_id
        if existing is None and not batch.may_write(scope):
            if scope in batch.assigned:
                return refuse("forbidden", "this city id is assigned to another user by the administrator")
            batch.cities.add(scope)  # a new city belongs to whoever creates it
            batch.new_cities.append(scope)
    elif MODELS[table] is Workshop:
        scope, workshop_id = canonical["city_id"], row_id
    else:
        workshop_id = canonical["workshop_id"]
        parent = batch.known.get(("workshop", str(workshop_id)))
        if parent is None:
            return refuse("invalid", f"workshop_id: workshop {workshop_id} is not on the server")
        scope = parent.scope
    if scope is not None and not batch.may_write(scope):
        return refuse("forbidden", "you are not assigned to this row's city")
    if existing is not None and existing.scope != scope and not batch.may_write(existing.scope):
        return refuse("forbidden", "you are not assigned to this row's city")

    if existing is not None:
        if stamp == existing.updated_at:
            if existing.data != canonical_text and json.loads(existing.data) != canonical:
                log.warning("push by %s refused: %s %s has the stamp %s of the server's version but other "
                            "content", batch.user.name, table, row_id, stamp)
                return refuse("invalid", "updated_at: the server has this version (same stamp) with other "
                                         "content; edit the row again to give it a new version, then sync")
            return PushOutcome(table=table, id=row_id, status="accepted", seq=existing.seq), next_seq
        made_from = wire.base if wire.base is not None else -1  # None: made with no server version
        if stamp < existing.updated_at or _unerases(table, existing.data, canonical) \
                or (made_from < existing.seq and existing.updated_at != SEED_STAMP):
            # An erased participant stays erased: a version that names them again (from a laptop
            # that has not seen the erasure) is answered with the erased one, which the laptop merges.
            # A version made from an older one than the server's (its maker pulled before another
            # laptop's push landed), or from none (a row both made offline with the same id, see
            # `crud.create_keyed_in`), is answered the same way, even with a newer stamp: accepted
            # whole, it would undo the other's changes; merged on the laptop, both sides' stay (a
            # shipped row's seed version is everyone's starting point, not a version to merge).
            return PushOutcome(table=table, id=row_id, status="stale", seq=existing.seq,
                              row=json.loads(existing.data)), next_seq

    for column, target in references(table):
        value = canonical.get(column)
        if not value:
            continue
        parent_row = batch.known.get((target, str(value)))
        if parent_row is None:
            return refuse("invalid", f"{column}: {target} {value} is not on the server")
        if parent_row.scope is not None and parent_row.scope != scope:
            return refuse("invalid", f"{column}: refers to a {target} of another city")

    next_seq += 1
    if existing is not None and MODELS[table] is Workshop and existing.scope != scope and scope is not None:
        batch.rescoped[row_id] = scope
    batch.changes.append(AcceptedChange(table, row_id, scope, workshop_id, next_seq, stamp,
                                        existing.data if existing is not None else None, canonical))
    batch.known[(table, row_id)] = _Known(
        seq=next_seq, scope=scope, workshop_id=workshop_id, updated_at=stamp, data=canonical_text,
        new=existing is None or existing.new, dirty=True, parent=existing.updated_at if existing is not None else None,
        moved=existing is not None and (existing.moved or (existing.scope, existing.workshop_id) != (scope, workshop_id)),
    )
    return PushOutcome(table=table, id=row_id, status="accepted", seq=next_seq), next_seq


class PushOutcome(NamedTuple):
    """What the server did with one pushed row (`protocol.PushResult`'s fields, without a model's
    cost: a push of 10,000 rows makes 10,000 of them)."""

    table: str
    id: str
    status: PushStatus
    seq: int | None = None
    row: dict[str, Any] | None = None
    message: str | None = None


def push_answer(results: Sequence[PushOutcome]) -> bytes:
    """The JSON of a `protocol.PushResponse` with these results (None members left out)."""
    parts = []
    for result in results:
        if result.status == "accepted" and result.message is None:
            # Table names are ours and ids matched ID_PATTERN: nothing in them needs escaping.
            parts.append(f'{{"table":"{result.table}","id":"{result.id}","status":"accepted","seq":{result.seq}}}')
        else:
            parts.append(to_json({k: v for k, v in result._asdict().items() if v is not None}).decode())
    return f'{{"protocol":{PROTOCOL_VERSION},"results":[{",".join(parts)}]}}'.encode()


class AcceptedChange(NamedTuple):
    """A row version the server accepted, with the version it replaced (its JSON; None if new)."""

    table: str
    row_id: str
    city_id: str | None
    workshop_id: str | None
    seq: int
    stamp: str
    old: str | None
    new: dict[str, Any]


_NOT_HISTORY = frozenset({"id", "updated_at", "created_at"})


def change_record(change: AcceptedChange, now: float, user_id: int | None, user_name: str, device: str,
                  undo_of: int | None = None) -> dict[str, Any]:
    """The history row of an accepted change: the fields it changed, before and after."""
    return dict(zip(_CHANGE_COLUMNS, _change_values(change, now, user_id, user_name, device, undo_of), strict=True))


def _change_values(change: AcceptedChange, now: float, user_id: int | None, user_name: str, device: str,
                   undo_of: int | None = None) -> tuple[Any, ...]:
    """`change_record`'s values in `_CHANGE_COLUMNS` order (a push inserts them as they are)."""
    old = from_json(change.old) if change.old is not None else None
    new = change.new
    if old is None:
        kind = "created"
        fields = [f for f in new if f not in _NOT_HISTORY]
    else:
        fields = [f for f in new if f not in _NOT_HISTORY and old.get(f) != new[f]]
        if new.get("deleted_at") and not old.get("deleted_at"):
            kind = "deleted"
        elif old.get("deleted_at") and not new.get("deleted_at"):
            kind = "restored"
        else:
            kind = "changed"
    return (now, user_id, user_name[:200], device[:300], change.table, change.row_id, change.city_id,
            change.workshop_id, change.seq, change.stamp, "undo" if undo_of is not None else kind, undo_of,
            None if old is None else _dumps({f: old.get(f) for f in fields}), _dumps({f: new[f] for f in fields}))


def record_changes(session: Session, user_id: int | None, user_name: str, device: str,
                   changes: Sequence[AcceptedChange]) -> None:
    """Append accepted changes to the server history (in the transaction that stores them)."""
    if changes:
        now = time.time()
        _insert_plain(session, "server_change", _CHANGE_COLUMNS,
                      [_change_values(c, now, user_id, user_name, device) for c in changes])


_CHANGE_COLUMNS = ("at", "user_id", "user_name", "device", "table_name", "row_id", "city_id", "workshop_id",
                   "seq", "stamp", "kind", "undo_of", "before", "after")
_ROW_COLUMNS = ("seq", "scope_city_id", "workshop_id", "updated_at", "data", "changed_by", "changed_at",
                "changed_device", "parent_stamp", "table_name", "row_id")


def _insert_plain(session: Session, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert many rows with one plain driver `executemany` (the ORM's per-row parameter work
    was as costly as the insert itself on a 10,000-row push)."""
    if rows:
        connection = session.connection()
        marks = ", ".join([_mark(connection)] * len(columns))
        connection.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def scrub_history(session: Session, changes: Sequence[AcceptedChange]) -> int:
    """Erase a person's data from the history when an erased participant version is accepted.

    Every history row of that participant (the erasure's own `before` included) gets the erased
    values in place of the name, e-mail, organisation and role it recorded, so no copy stays
    and undoing an old change cannot bring them back. Returns how many history rows changed.
    """
    from icc_desktop.models.participant import ERASURE_FIELDS, PERSONAL_FIELDS

    erased = {c.row_id: c.new for c in changes if c.table == "participant" and c.new.get("erased_at")}
    if not erased:
        return 0
    table_ = ServerChange.__table__  # type: ignore[attr-defined]
    rows = session.execute(select(table_.c.id, table_.c.row_id, table_.c.before, table_.c.after).where(
        table_.c.table_name == "participant", table_.c.row_id.in_(sorted(erased)))).all()
    scrubbed = 0
    for history_id, row_id, before, after in rows:
        values = {f: erased[row_id].get(f) for f in ERASURE_FIELDS}

        def clean(text: str | None, values: dict[str, Any] = values) -> str | None:
            if text is None:
                return None
            data = json.loads(text)
            if isinstance(data, dict):
                data.update({f: values[f] for f in data if f in values or f in PERSONAL_FIELDS})
            return _dumps(data)

        new_before, new_after = clean(before), clean(after)
        if (new_before, new_after) != (before, after):
            session.execute(update(table_).where(table_.c.id == history_id)
                            .values(before=new_before, after=new_after))
            scrubbed += 1
    return scrubbed


def _unerases(table: str, stored: str, incoming: dict[str, Any]) -> bool:
    """Whether a pushed participant version lacks the erasure the server's version carries."""
    return table == "participant" and not incoming.get("erased_at") and '"erased_at":null' not in stored \
        and bool(json.loads(stored).get("erased_at"))


def _write(session: Session, batch: _Batch, next_seq: int) -> None:
    now = time.time()
    inserts: list[tuple[Any, ...]] = []
    moves: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    device = batch.user.device_name or None
    for (table, row_id), known in batch.known.items():
        if not known.dirty:
            continue
        if known.new or known.moved:
            (inserts if known.new else moves).append(
                (known.seq, known.scope, known.workshop_id, known.updated_at, known.data, batch.user.id, now,
                 device, known.parent, table, row_id))
        else:
            updates.append((known.seq, known.updated_at, known.data, batch.user.id, now, device, known.parent,
                            table, row_id))
    # Each update sets a brand-new seq (above every existing one), so the unique index holds.
    _update_plain(session, _ROW_COLUMNS, moves)
    _update_plain(session, tuple(c for c in _ROW_COLUMNS if c not in ("scope_city_id", "workshop_id")), updates)
    _insert_plain(session, "server_row", _ROW_COLUMNS, inserts)
    for city in batch.new_cities:
        session.add(ServerUserCity(user_id=batch.user.id, city_id=city))
    for workshop_id, scope in batch.rescoped.items():
        next_seq = _rescope(session, workshop_id, scope, next_seq)
    _store_counter(session, next_seq)


def _update_plain(session: Session, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Update many `server_row` rows with one plain `executemany`: each tuple holds `columns`' values,
    the last two (table name and row id) picking the row."""
    if rows:
        connection = session.connection()
        mark = _mark(connection)
        connection.exec_driver_sql(
            f"UPDATE server_row SET {', '.join(f'{c} = {mark}' for c in columns[:-2])} "
            f"WHERE table_name = {mark} AND row_id = {mark}", rows)


def _rescope(session: Session, workshop_id: str, scope: str, next_seq: int) -> int:
    """A workshop moved to another city: its rows follow, with new seqs so that city's users get them."""
    table_ = ServerRow.__table__  # type: ignore[attr-defined]
    keys = session.execute(
        select(table_.c.table_name, table_.c.row_id)
        .where(table_.c.workshop_id == workshop_id, table_.c.table_name != "workshop")
        .order_by(table_.c.seq)
    ).all()
    for table, row_id in keys:
        next_seq += 1
        session.execute(update(table_).where(table_.c.table_name == table, table_.c.row_id == row_id)
                        .values(scope_city_id=scope, seq=next_seq))
    return next_seq


def server_rows(engine: Engine) -> dict[tuple[str, str], tuple[int, str, dict[str, Any]]]:
    """Every row on the server: (table, id) -> (seq, stamp, data). For tests and admin scripts."""
    with Session(engine) as session:
        rows = session.execute(sa_select(col(ServerRow.table_name), col(ServerRow.row_id), col(ServerRow.seq),
                                         col(ServerRow.updated_at), col(ServerRow.data))).all()
    return {(t, i): (s, u, json.loads(d)) for t, i, s, u, d in rows}


# --- Cohort ----------------------------------------------------------------------------------------

def _live_rows(session: Session, table: str, *, workshop_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    query = select(ServerRow.data).where(ServerRow.table_name == table)
    if workshop_ids is None:
        return [d for d in (json.loads(text) for text in session.exec(query).all()) if not d.get("deleted_at")]
    found: list[dict[str, Any]] = []
    for start in range(0, len(workshop_ids), 500):
        chunk = list(workshop_ids[start:start + 500])
        texts = session.exec(query.where(col(ServerRow.workshop_id).in_(chunk))).all()
        found += [d for d in (json.loads(text) for text in texts) if not d.get("deleted_at")]
    return found


def cohort(engine: Engine, framework_id: str, edition: str | None = None, track: str | None = None,
           leave_out: frozenset[str] = frozenset()) -> Any:
    """The cohort figures of a framework over every city on the server (any signed-in user may ask:
    only bands over at least five cities are given, never one city's figures).

    `leave_out`: the asking facilitator's own cities, which neither count nor weigh: cities they
    made up themselves could otherwise fill the cohort around one real city and give its figures.

    Raises `LookupError` for an unknown framework and `services.cohort.CohortTooSmall`.
    """
    from icc_desktop.services import cohort as cohorts

    with Session(engine) as session:
        dimensions = sorted((d for d in _live_rows(session, "dimension") if d.get("framework_id") == framework_id),
                            key=lambda d: (d.get("position", 0), d["id"]))
        if not dimensions:
            raise LookupError(f"framework: no framework with id {framework_id} on this server.")
        dimension_ids = {d["id"] for d in dimensions}
        dimension_of = {q["id"]: q["dimension_id"] for q in _live_rows(session, "question")
                        if q.get("dimension_id") in dimension_ids}
        workshops = [w for w in _live_rows(session, "workshop") if w.get("framework_id") == framework_id]
        chosen = cohorts.latest_per_city((w["id"], w["city_id"], w["date"]) for w in workshops)
        ids = sorted(chosen.values())
        cities = {c["id"]: c for c in _live_rows(session, "city") if c["id"] in chosen}
        t0: dict[str, list[Any]] = {}
        for r in _live_rows(session, "response", workshop_ids=ids):
            if r.get("participant_id") is None:
                t0.setdefault(r["workshop_id"], []).append(
                    cohorts.Answer(r["question_id"], r.get("current_level"), r.get("target_level")))
        rounds = sorted(_live_rows(session, "assessment_round", workshop_ids=ids),
                        key=lambda r: (r.get("position", 0), r.get("date", ""), r.get("created_at", "")))
        later: dict[str, list[Any]] = {}
        for a in _live_rows(session, "round_answer", workshop_ids=ids):
            later.setdefault(a["round_id"], []).append(
                cohorts.Answer(a["question_id"], a.get("current_level"), a.get("target_level")))
        tracks: dict[str, set[str]] = {}
        for table in ("need", "action"):
            for row in _live_rows(session, table, workshop_ids=ids):
                if row.get("track"):
                    tracks.setdefault(row["workshop_id"], set()).add(row["track"])
    by_workshop: dict[str, list[str]] = {}
    for round_ in rounds:
        by_workshop.setdefault(round_["workshop_id"], []).append(round_["id"])
    members = [
        cohorts.CityLevels(city_id, str(cities[city_id].get("edition", "")), frozenset(tracks.get(workshop_id, ())),
                           cohorts.latest_levels(dimension_of, t0.get(workshop_id, []),
                                                 [later.get(r, []) for r in by_workshop.get(workshop_id, [])]))
        for city_id, workshop_id in chosen.items() if city_id in cities and city_id not in leave_out
    ]
    return cohorts.compute_cohort(framework_id, [(d["id"], d.get("code", ""), d.get("name", "")) for d in dimensions],
                                  members, edition, track)
