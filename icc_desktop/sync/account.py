"""The sync account of a database, as the window uses it: which server and user, sign in and
out, run a sync with the kept token, and what is not synced yet, per workshop.

The server address and the user name belong to the database (`SyncState`): two database files
may sync with two servers. The token belongs to the user's profile (`tokens`: the system
keyring, or a file only the user can read) and is never stored in the database, so a copied
database file carries no credentials.

Everything here works without Qt; the window calls it from a background worker where it talks
to the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import httpx
from sqlalchemy import func
from sqlmodel import col, select

from icc_desktop.models import City, Conflict, SyncState, Workshop
from icc_desktop.services.cohort import Cohort
from icc_desktop.store.db import Database
from icc_desktop.sync import tokens
from icc_desktop.sync.client import (
    SyncAuthError,
    SyncClient,
    SyncError,
    SyncProgress,
    SyncReport,
    check_server_url,
)
from icc_desktop.sync.tables import MODELS


@dataclass(frozen=True)
class SyncAccount:
    """The server and user this database syncs with, and whether a token is kept for them."""

    server_url: str | None
    username: str | None
    signed_in: bool
    last_sync_at: datetime | None


def account(db: Database) -> SyncAccount:
    """The database's sync account (server and user may be None: never set up)."""
    with db.session() as session:
        state = session.get(SyncState, 1)
    url = state.server_url if state else None
    user = state.username if state else None
    signed_in = bool(url and user and tokens.load_token(url, user))
    return SyncAccount(url, user, signed_in, state.last_sync_at if state else None)


def _remember(db: Database, server_url: str, username: str) -> None:
    with db.session(stamp=False) as session:
        state = session.get(SyncState, 1)
        if state is None:
            return
        if state.server_url != server_url:
            # Another server's seqs mean nothing to this one: read it from the start (as the
            # client does when it finds the address changed).
            state.last_pulled_seq = 0
        state.server_url, state.username = server_url, username
        session.add(state)


def sign_in(db: Database, server_url: str, username: str, password: str, *,
            allow_insecure_http: bool = False, transport: httpx.BaseTransport | None = None) -> str:
    """Sign in with a password, keep the token, and link the database to this server and user.

    Returns where the token was kept ("keyring" or the file's path). Raises `SyncError` (and its
    kinds: wrong password, unreachable server, protocol mismatch, insecure address) with a
    message for the user; nothing is stored then.
    """
    username = username.strip()
    if not username:
        raise SyncAuthError("Enter your user name on the sync server.")
    if not password:
        raise SyncAuthError("Enter your password.")
    url = check_server_url(server_url, allow_insecure_http)
    before = account(db)
    previous = (tokens.load_token(before.server_url, before.username)
                if before.server_url and before.username else None)
    with SyncClient(db, url, allow_insecure_http=allow_insecure_http, transport=transport,
                    timeout=15.0) as client:
        login = client.login(username, password)
    where = tokens.save_token(url, login.username, login.token)
    _remember(db, url, login.username)
    if previous and previous != login.token:
        # Signing in again replaces the sign-in: the old token must not stay valid on the server.
        assert before.server_url is not None and before.username is not None
        if (before.server_url, before.username) != (url, login.username):
            tokens.delete_token(before.server_url, before.username)
        _revoke(db, before.server_url, previous, allow_insecure_http, transport)
    return where


def _revoke(db: Database, server_url: str, token: str, allow_insecure_http: bool,
            transport: httpx.BaseTransport | None) -> bool:
    """Revoke a token on its server; False when the server cannot be told (it expires there)."""
    try:
        with SyncClient(db, server_url, token=token, allow_insecure_http=allow_insecure_http,
                        transport=transport, timeout=5.0) as client:
            client.logout()
    except SyncError:
        return False  # offline or already revoked
    return True


def sign_out(db: Database, *, allow_insecure_http: bool = False,
             transport: httpx.BaseTransport | None = None) -> bool:
    """Forget the kept token and revoke it on the server when the server can be reached.

    The local token is removed in every case (signing out must work offline too); the server
    address and user name stay, so signing in again only asks for the password. Returns whether
    the server confirmed the revocation.
    """
    current = account(db)
    if not current.server_url or not current.username:
        return False
    token = tokens.load_token(current.server_url, current.username)
    tokens.delete_token(current.server_url, current.username)
    if not token:
        return False
    # Offline or already revoked: the token is gone from this machine anyway.
    return _revoke(db, current.server_url, token, allow_insecure_http, transport)


def sync_now(db: Database, *, progress: Callable[[SyncProgress], None] | None = None,
             cancelled: Callable[[], bool] | None = None, allow_insecure_http: bool = False,
             transport: httpx.BaseTransport | None = None) -> SyncReport:
    """Run one whole sync (pull, then push) with the kept token; return what moved.

    Raises `SyncAuthError` when the database has no account or no kept token (sign in first),
    and the client's errors otherwise (see `client.SyncClient.sync`).
    """
    current = account(db)
    if not current.server_url or not current.username:
        raise SyncAuthError("No sync server is set up for this database: sign in first.")
    token = tokens.load_token(current.server_url, current.username)
    if not token:
        raise SyncAuthError(f"You are signed out of {current.server_url}: sign in again.")
    with SyncClient(db, current.server_url, token=token, allow_insecure_http=allow_insecure_http,
                    transport=transport) as client:
        client.username = current.username
        return client.sync(progress=progress, cancelled=cancelled)


def cohort_for_workshop(db: Database, workshop_id: str, *, same_edition: bool = False,
                        track: str | None = None, allow_insecure_http: bool = False,
                        transport: httpx.BaseTransport | None = None) -> Cohort:
    """The cohort of a workshop's city: from this database when it holds enough cities, else from
    the sync server (with the kept token). Raises `CohortTooSmall` when neither has enough, and
    the client's errors when the server cannot be asked.
    """
    from icc_desktop.services.cohort import Cohort, CohortTooSmall, workshop_cohort

    try:
        return workshop_cohort(db, workshop_id, same_edition=same_edition, track=track)
    except CohortTooSmall:
        current = account(db)
        token = tokens.load_token(current.server_url, current.username) if current.server_url and current.username else None
        if not token or not current.server_url:
            raise
    with db.session() as session:
        workshop = session.get(Workshop, workshop_id)
        city = session.get(City, workshop.city_id) if workshop else None
    assert workshop is not None and city is not None
    with SyncClient(db, current.server_url, token=token, allow_insecure_http=allow_insecure_http,
                    transport=transport) as client:
        return Cohort.from_json(client.cohort(workshop.framework_id, city.edition if same_edition else None, track))


@dataclass(frozen=True)
class WorkshopUnsynced:
    """A workshop with rows changed here and not yet confirmed by the server."""

    workshop_id: str
    city: str
    title: str
    deleted: bool
    rows: int


@dataclass(frozen=True)
class UnsyncedSummary:
    """What is not synced: per workshop, plus rows outside any workshop (cities, lists)."""

    workshops: list[WorkshopUnsynced]
    other_rows: int

    @property
    def total(self) -> int:
        """Every unsynced row."""
        return self.other_rows + sum(w.rows for w in self.workshops)

    def for_workshop(self, workshop_id: str | None) -> int:
        """Unsynced rows of one workshop (0 when it has none or `workshop_id` is None)."""
        return next((w.rows for w in self.workshops if w.workshop_id == workshop_id), 0)


def unsynced_summary(db: Database) -> UnsyncedSummary:
    """Rows changed locally and not yet confirmed, counted per workshop (indexed: fast enough to
    call after every edit)."""
    per_workshop: dict[str, int] = {}
    other = 0
    with db.session() as session:
        for model in MODELS.values():
            dirty = col(model.dirty).is_(True)
            if model is Workshop:
                for workshop_id in session.exec(select(Workshop.id).where(dirty)).all():
                    per_workshop[workshop_id] = per_workshop.get(workshop_id, 0) + 1
            elif "workshop_id" in model.model_fields:
                column = getattr(model, "workshop_id")  # noqa: B009 (not declared on SyncedModel)
                query = select(column, func.count()).select_from(model).where(dirty).group_by(column)
                for workshop_id, number in session.exec(query).all():
                    per_workshop[workshop_id] = per_workshop.get(workshop_id, 0) + int(number)
            else:
                other += int(session.exec(select(func.count()).select_from(model).where(dirty)).one())
        rows = session.exec(
            select(Workshop.id, Workshop.title, Workshop.deleted_at, City.name)
            .join(City, col(City.id) == col(Workshop.city_id))
            .where(col(Workshop.id).in_(list(per_workshop)))
        ).all() if per_workshop else []
    workshops = [WorkshopUnsynced(wid, city, title, deleted_at is not None, per_workshop[wid])
                 for wid, title, deleted_at, city in rows]
    workshops.sort(key=lambda w: (w.city.casefold(), w.title.casefold(), w.workshop_id))
    return UnsyncedSummary(workshops, other)


def open_conflicts(db: Database) -> int:
    """How many conflicts wait for the user's choice."""
    with db.session() as session:
        query = select(func.count()).select_from(Conflict).where(col(Conflict.resolved_at).is_(None))
        return int(session.exec(query).one())


__all__ = [
    "SyncAccount",
    "UnsyncedSummary",
    "WorkshopUnsynced",
    "account",
    "open_conflicts",
    "sign_in",
    "sign_out",
    "sync_now",
    "unsynced_summary",
]
