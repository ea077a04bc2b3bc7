"""The sync client: checks the server's protocol, pulls pages of rows, then pushes dirty rows.

Guarantees (see DESIGN.md, "Sync protocol"):
- Nothing moves until the server's protocol version matches this app's.
- Each pulled page is merged and the new pull position stored in one local transaction: after
  an interruption the next sync starts after the last page committed (or before the oldest row
  still waiting for its parent), and re-applying a row is a no-op.
- Local rows stay dirty until the server confirms them; re-sending a confirmed row is a no-op on
  the server (same stamp), so a push cut off at any point is simply sent again.
- A row the server refuses (invalid, forbidden) is reported and left dirty; the rest go on. An
  authentication, protocol, server or network error stops the sync with a message saying so.
- Plain `http://` is refused for any host but this machine unless explicitly allowed.

Headless use (the window does the same from a worker thread):

    client = SyncClient(db, "https://sync.example.org", token=saved_token)
    report = client.sync(progress=print, cancelled=lambda: False)
"""

from __future__ import annotations

import functools
import ipaddress
import itertools
import json
import platform
import re
import ssl
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import httpx
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import to_json
from sqlalchemy import update

from icc_desktop import __version__
from icc_desktop.errors import IccError
from icc_desktop.models import SyncState, utcnow
from icc_desktop.store.db import Database
from icc_desktop.sync import merge
from icc_desktop.sync.protocol import (
    API_PREFIX,
    CLOCK_WARNING_S,
    MAX_PULL_LIMIT,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    RESTORED_EPOCH_MARK,
    Health,
    LoginResponse,
    PullResponse,
    version_problem,
)
from icc_desktop.sync.tables import (
    MODELS,
    PUSH_ANSWER,
    count_dirty,
    dirty_rows,
    highest_seq,
    read_typed_page,
)

PUSH_BATCH = 500
"""Rows per push request: small enough to stay far below the server's body limit."""
MAX_PUSH_PASSES = 3
"""Push passes per sync: a second pass sends rows merged after a 'stale' answer."""


class SyncError(IccError):
    """A sync stopped; the message says why and what to do."""


class SyncAuthError(SyncError):
    """The server refused the sign-in or the token: sign in again."""


class SyncProtocolError(SyncError):
    """Client and server speak different protocol versions; the message says which to update."""


class SyncServerError(SyncError):
    """The server failed or answered something unexpected."""


class SyncConnectionError(SyncError):
    """The server could not be reached or the connection broke."""


class SyncCancelled(SyncError):
    """The user cancelled; what was committed so far stays, the rest is done next time."""


class InsecureServerError(SyncError):
    """Plain HTTP to a host other than this machine, without explicit permission."""


@dataclass(frozen=True)
class SyncProgress:
    """Where a running sync is: phase ('connect', 'pull', 'push'), rows done, total if known."""

    phase: str
    done: int
    total: int | None = None


@dataclass(frozen=True)
class RowProblem:
    """A row the server refused, with its reason (shown to the user; the row stays dirty)."""

    table: str
    row_id: str
    status: str
    message: str

    def __str__(self) -> str:
        return f"{self.table} {self.row_id}: {self.message}"


@dataclass
class SyncReport:
    """What one sync did."""

    pulled: int = 0
    inserted: int = 0
    updated: int = 0
    merged: int = 0
    confirmed: int = 0
    own: int = 0
    """Rows received that this device made (its own changes confirmed), not news from others."""
    conflicts: int = 0
    pushed: int = 0
    stale: int = 0
    refused: list[RowProblem] = field(default_factory=list)
    waiting: int = 0
    seconds: float = 0.0
    clock_offset_s: float | None = None
    """How far this computer's clock is from the server's (positive: ahead), when that is more
    than `CLOCK_WARNING_S`; None when the clocks agree (or the server does not say its time)."""

    @property
    def from_others(self) -> int:
        """Rows received that were made on other devices."""
        return self.pulled - self.own

    def lines(self) -> list[str]:
        """A human summary, one fact per line."""
        out = [
            f"Received {self.from_others} rows from other devices: {self.inserted} new, {self.updated} updated, "
            f"{self.merged} merged with local changes.",
            f"Own changes confirmed by the server: {self.own} rows.",
            f"Sent {self.pushed} rows" + (f" ({self.stale} were older than the server's and were merged)" if self.stale else "") + ".",
        ]
        if self.conflicts:
            out.append(f"{self.conflicts} conflicts kept: both versions are in the conflicts list.")
        if self.waiting:
            out.append(f"{self.waiting} received rows wait for rows they refer to; the next sync fetches them again.")
        for problem in self.refused:
            out.append(f"Refused by the server (kept here, not synced): {problem}")
        if self.clock_offset_s is not None:
            out.append(clock_warning(self.clock_offset_s))
        return out


def clock_warning(offset_s: float) -> str:
    """The warning about a computer clock `offset_s` seconds off the server's (positive: ahead)."""
    minutes = max(1, round(abs(offset_s) / 60))
    side = "ahead of" if offset_s > 0 else "behind"
    return (f"Warning: this computer's clock is {minutes} minutes {side} the server's. Set its date, time and "
            "time zone right: changes made with a clock far ahead are refused, and with a clock behind "
            "they lose to others' changes.")


def is_loopback(host: str) -> bool:
    """Whether a host name or address is this machine."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, allow_insecure_http: bool = False) -> str:
    """The server URL without a trailing slash; refuses what cannot be (safely) used."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(f"Server address {url!r}: use https://HOST[:PORT].")
    if parts.scheme == "http" and not is_loopback(parts.hostname) and not allow_insecure_http:
        raise InsecureServerError(
            f"Server address {url!r}: plain http would send your password and data unencrypted; "
            "use https://, or allow insecure HTTP explicitly (only on a network you trust)."
        )
    return url.strip().rstrip("/")


@functools.lru_cache(maxsize=4)
def _ssl_context(verify: bool | str) -> ssl.SSLContext:
    """The TLS settings for `verify` (True: the system's CAs; a path: that CA bundle), made once.

    Loading the CA bundle takes ~0.1 s; httpx would do it again for every client.
    """
    if isinstance(verify, str):  # a CA bundle, e.g. a programme's own certificate authority
        return ssl.create_default_context(cafile=verify)
    return httpx.create_ssl_context(verify=verify)


class SyncClient:
    """Syncs one local database with one server, as one user.

    `token` is a bearer token from an earlier `login` (kept with `tokens.save_token`). `transport`
    lets tests put an httpx transport in between (fault injection).
    """

    def __init__(self, db: Database, server_url: str, *, token: str | None = None,
                 allow_insecure_http: bool = False, transport: httpx.BaseTransport | None = None,
                 timeout: float = 30.0, page_size: int = MAX_PULL_LIMIT, push_batch: int = PUSH_BATCH,
                 device_name: str | None = None, verify: bool | str = True) -> None:
        self.db = db
        self.server_url = check_server_url(server_url, allow_insecure_http)
        self.token = token
        self.username: str | None = None
        self.clock_offset_s: float | None = None
        """This computer's clock minus the server's, in seconds, when they differ by more than
        `CLOCK_WARNING_S` at the last `check_server` (else None)."""
        self.page_size, self.push_batch = page_size, push_batch
        self._epoch: str | None = None  # the server's epoch this laptop last read (see `_pull`)
        self._new_epoch: str | None = None  # one to write down at the end of this sync
        self._erased = 0  # participants erased elsewhere that arrived during this sync
        self.device_name = device_name or platform.node() or "laptop"
        self._http = httpx.Client(
            base_url=self.server_url + API_PREFIX, transport=transport, verify=_ssl_context(verify),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "User-Agent": f"ICC-Workshop/{__version__}"},
        )

    # --- plumbing -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the HTTP connections."""
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = kwargs.pop("headers", {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TimeoutException as exc:
            raise SyncConnectionError(f"The server at {self.server_url} did not answer in time ({exc}).") from exc
        except httpx.TransportError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                raise SyncConnectionError(
                    f"The certificate of {self.server_url} is not trusted by this computer ({exc}). "
                    "Check the address; if the programme uses its own certificate authority, install it."
                ) from exc
            raise SyncConnectionError(f"Cannot reach the server at {self.server_url}: {exc}") from exc
        if response.status_code < 400:
            return response
        detail = _detail(response)
        if response.status_code == 401:
            raise SyncAuthError(f"The server refused the sign-in: {detail}")
        if response.status_code == 403:
            raise SyncAuthError(f"Not allowed: {detail}")
        if response.status_code == 426:
            raise SyncProtocolError(detail)
        if response.status_code == 429:
            raise SyncAuthError(detail)
        if response.status_code >= 500:
            raise SyncServerError(f"The server failed ({response.status_code}): {detail} Try again later.")
        raise SyncServerError(f"The server refused the request ({response.status_code}): {detail}")

    # --- cohort --------------------------------------------------------------------------------

    def cohort(self, framework_id: str, edition: str | None = None, track: str | None = None) -> dict[str, Any]:
        """The server's cohort figures for a framework (see `services.cohort`).

        A cohort under five cities is refused by the server: `CohortTooSmall` here too.
        """
        params = {"framework": framework_id, **({"edition": edition} if edition else {}),
                  **({"track": track} if track else {})}
        try:
            response = self._request("GET", "/cohort", params=params)
        except SyncServerError as exc:
            if "(422)" in str(exc) and "cities" in str(exc):
                from icc_desktop.services.cohort import CohortTooSmall

                found = re.search(r"Only (\d+) cities", str(exc))
                raise CohortTooSmall(int(found.group(1)) if found else 0) from exc
            raise
        data: dict[str, Any] = response.json()
        return data

    # --- sign-in -------------------------------------------------------------------------------

    def check_server(self) -> Health:
        """Ask the server's protocol version; refuse a mismatch before anything moves.

        Also compares the server's clock with this computer's (see `clock_offset_s`).
        """
        sent = time.time()
        response = self._request("GET", "/health")
        received = time.time()
        try:
            health = Health.model_validate(response.json())
        except (ValueError, PydanticValidationError) as exc:
            raise SyncServerError(f"{self.server_url} does not look like an ICC Workshop sync server.") from exc
        problem = version_problem(PROTOCOL_VERSION, health.protocol)
        if problem is not None:
            raise SyncProtocolError(problem[0])
        self.clock_offset_s = None
        if health.server_time_ms is not None:
            # The server read its clock somewhere between sending and receiving: use the middle.
            offset = (sent + received) / 2 - health.server_time_ms / 1000
            if abs(offset) > CLOCK_WARNING_S + (received - sent) / 2:
                self.clock_offset_s = offset
        return health

    def login(self, username: str, password: str) -> LoginResponse:
        """Sign in with a password; keeps (and returns) the new token."""
        self.check_server()
        self.token = None
        response = self._request("POST", "/auth/token", json={
            "protocol": PROTOCOL_VERSION, "username": username, "password": password,
            "device_name": self.device_name,
        })
        login = LoginResponse.model_validate(response.json())
        self.token, self.username = login.token, login.username
        return login

    def logout(self) -> None:
        """Revoke this client's token on the server (signing out)."""
        if self.token:
            try:
                self._request("DELETE", "/auth/token")
            finally:
                self.token = None

    # --- sync ----------------------------------------------------------------------------------

    def sync(self, progress: Callable[[SyncProgress], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> SyncReport:
        """Pull every page, then push every dirty row; return what moved.

        `progress` is called after each page or batch; `cancelled` is asked between them and a
        True answer stops the sync (`SyncCancelled`) with everything done so far kept.
        """
        started = time.monotonic()
        report = SyncReport()
        notify = progress or (lambda _p: None)
        stop = cancelled or (lambda: False)
        if not self.token:
            raise SyncAuthError("Sign in to the sync server first.")
        notify(SyncProgress("connect", 0))
        self.check_server()
        since = self._prepare_state()
        self._erased = 0
        try:
            self._pull(since, report, notify, stop)
            self._push(report, notify, stop)
            report.clock_offset_s = self.clock_offset_s
        finally:
            if self._erased:
                # Personal data erased elsewhere arrived: leave no old copy in the file here either.
                from icc_desktop.services.privacy import scrub_file

                scrub_file(self.db)
        with self.db.session(stamp=False) as session:  # a sync with nothing to do writes only this
            state = session.get(SyncState, 1)
            if state is not None:
                state.last_sync_at = utcnow()
                if self._new_epoch is not None:  # the first sync with a server that names its epoch
                    state.server_epoch = self._new_epoch
                session.add(state)
        report.seconds = time.monotonic() - started
        return report

    def _prepare_state(self) -> int:
        """The seq to pull from; the server and user are written down first if they changed."""
        self._epoch = self._new_epoch = None
        with self.db.engine.connect() as connection:  # a read: nothing is written when all is as it was
            found = connection.exec_driver_sql(
                "SELECT server_url, username, last_pulled_seq, server_epoch FROM sync_state WHERE id = 1").first()
        if found is None:
            return 0
        server_url, username, since, self._epoch = found
        if server_url == self.server_url and (not self.username or username == self.username):
            return int(since)
        with self.db.session(stamp=False) as session:
            state = session.get(SyncState, 1)
            if state is None:
                return 0
            if state.server_url != self.server_url:
                # Another server: its seqs mean nothing here, so read it from the start.
                state.server_url, state.last_pulled_seq, state.server_epoch = self.server_url, 0, None
                self._epoch = None
            if self.username:
                state.username = self.username
            session.add(state)
            return state.last_pulled_seq

    def _pull(self, since: int, report: SyncReport, notify: Callable[[SyncProgress], None],
              stop: Callable[[], bool]) -> None:
        staged: list[merge.RemoteRow] = []
        restarted = False
        # The next page is asked for (on a thread of its own) as soon as this one has arrived, so
        # it travels while this one is written here. Pages are still asked for one at a time.
        fetcher = ThreadPoolExecutor(1, thread_name_prefix="icc-sync-pull")
        ahead: Future[tuple[PullResponse, list[merge.RemoteRow]]] | None = None
        try:
            while True:
                if stop():
                    raise SyncCancelled("Sync cancelled; what was received so far is kept.")
                page, rows = ahead.result() if ahead is not None else self._fetch_page(since)
                if page.epoch and page.epoch != self._epoch:
                    # (A laptop whose last sync was under an older release wrote no epoch down: it
                    # takes the server's, unless that says the server was restored since it read it.)
                    restored = self._epoch is not None or (since > 0 and page.epoch.startswith(RESTORED_EPOCH_MARK))
                    if restored and not restarted:
                        # The administrator put the server back to a backup and said so: its seqs
                        # after the backup's end were handed out again, so read everything again,
                        # and send every row again (what it lost comes back; the rest it has).
                        self._resend_everything(page.epoch)
                        since, restarted, self._epoch = 0, True, page.epoch
                        continue
                    self._epoch = self._new_epoch = page.epoch
                ahead = fetcher.submit(self._fetch_page, max(since, page.last_seq)) if page.has_more else None
                asked = since
                if rows or staged or page.last_seq != since:  # else nothing new: no transaction at all
                    result = merge.apply_remote(self.db, rows, staged=staged, watermark=page.last_seq,
                                                local_by={"user": self.username, "device": self.device_name})
                    self._erased += result.erased
                    staged = result.staged
                    report.pulled += len(rows)
                    report.inserted += result.inserted
                    report.updated += result.updated
                    report.merged += result.merged
                    report.confirmed += result.confirmed
                    report.own += result.own
                    report.conflicts += result.conflicts
                    report.refused += [RowProblem(r.table, r.id, "unreadable", message)
                                       for r, message in result.rejected]
                since = max(since, page.last_seq)
                notify(SyncProgress("pull", report.pulled))
                if not page.has_more:
                    # A server whose history ends before what this laptop has seen of it was started
                    # again from nothing or restored from a backup: read it all again, and send again
                    # what it had confirmed after its new end (it lost those rows).
                    if not restarted and (page.last_seq < asked or self._highest_seq() > page.last_seq):
                        self._resend_after(page.last_seq)
                        since, restarted = 0, True
                        continue
                    break
        finally:
            # A page fetched ahead and not written yet is simply fetched again by the next sync.
            fetcher.shutdown(wait=True, cancel_futures=True)
        report.waiting = len(staged)

    def _fetch_page(self, since: int) -> tuple[PullResponse, list[merge.RemoteRow]]:
        # `device`: the server leaves out the rows this device pushed itself (it has them).
        response = self._request("GET", "/sync/pull", params={"since": since, "limit": self.page_size,
                                                              "device": self.db.device_id})
        return _read_page(response.content)

    def _highest_seq(self) -> int:
        """The highest server seq any local row holds."""
        with self.db.engine.connect() as connection:
            return highest_seq(connection)

    def _resend_everything(self, epoch: str) -> None:
        """Mark every synced row unsent, and read the server from its start, in one transaction (a
        sync cut short after this goes on from there: nothing is lost on the way)."""
        with self.db.session(stamp=False) as session:
            connection = session.connection()
            for table in MODELS:
                connection.exec_driver_sql(f'UPDATE "{table}" SET dirty = 1 WHERE dirty = 0 AND server_seq IS NOT NULL')
            connection.exec_driver_sql("UPDATE sync_state SET last_pulled_seq = 0, server_epoch = ? WHERE id = 1",
                                       (epoch,))

    def _resend_after(self, seq: int) -> None:
        """Mark rows the server confirmed after `seq` as unsynced: it no longer has them."""
        with self.db.session(stamp=False) as session:
            for model in MODELS.values():
                table = model.__table__  # type: ignore[attr-defined]
                session.execute(update(table).where(table.c.server_seq > seq).values(dirty=True))

    def _dirty_batches(self, skip: set[tuple[str, str]]) -> Iterator[list[_Outgoing]]:
        """Dirty rows in their wire form, read as plain columns, parents' tables first, in batches."""
        batch: list[_Outgoing] = []
        for table in MODELS:
            with self.db.engine.connect() as connection:
                rows = dirty_rows(connection, table)
            for data, base in rows:
                if (table, data["id"]) in skip:
                    continue
                # pydantic's serializer: the text json.dumps(ensure_ascii=False) gives, compact, 7x faster
                batch.append(_Outgoing(table, data, to_json(data).decode(), base))
                if len(batch) >= self.push_batch:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def _count_dirty(self) -> int:
        with self.db.engine.connect() as connection:
            return count_dirty(connection)

    def _push(self, report: SyncReport, notify: Callable[[SyncProgress], None], stop: Callable[[], bool]) -> None:
        refused: set[tuple[str, str]] = set()
        for _ in range(MAX_PUSH_PASSES):
            total = self._count_dirty() - len(refused)
            if total <= 0:
                return
            done, stale_rows = 0, 0
            # One batch travels (on a thread of its own) while the batch before it is confirmed
            # here and the next one is read: the laptop's work overlaps the server's instead of
            # adding to it. The server still gets the batches one at a time, in order (parents first).
            sender = ThreadPoolExecutor(1, thread_name_prefix="icc-sync-push")
            in_flight: tuple[list[_Outgoing], Future[list[dict[str, Any]]]] | None = None
            try:
                for batch in itertools.chain(self._dirty_batches(refused), [None]):
                    if stop():
                        raise SyncCancelled("Sync cancelled; rows not yet sent stay marked as unsynced.")
                    sending = (batch, sender.submit(self._send, batch)) if batch is not None else None
                    if in_flight is not None:
                        stale_rows += self._record(in_flight[0], in_flight[1].result(), report, refused)
                        done += len(in_flight[0])
                        notify(SyncProgress("push", done, total))
                    in_flight = sending
            finally:
                # A batch sent but not confirmed here (cancelled, or a failure) stays dirty: the next
                # sync sends it again, which the server accepts without change (same stamp).
                sender.shutdown(wait=True, cancel_futures=True)
            if not stale_rows:
                return

    def _send(self, batch: list[_Outgoing]) -> list[dict[str, Any]]:
        # The body is put together from each row's JSON, made once: the same text becomes the row's
        # merge base if the row is changed again here while on its way (`merge.record_confirmed`).
        rows = ",".join(f'{{"table":"{row.table}","base":{"null" if row.base is None else row.base},"data":{row.text}}}'
                        for row in batch)
        body = (f'{{"protocol":{PROTOCOL_VERSION},"device_id":{json.dumps(self.db.device_id)},'
                f'"rows":[{rows}]}}').encode()
        response = self._request("POST", "/sync/push", content=body,
                                 headers={"Content-Type": "application/json"})
        try:
            # Validated as `PushResponse` is, into plain dicts (10,000 result models cost a push more).
            results: list[dict[str, Any]] = PUSH_ANSWER.validate_json(response.content)["results"]
        except PydanticValidationError as exc:
            raise SyncServerError(f"The server sent an answer this app cannot read: {exc.errors()[:1]}") from exc
        if len(results) != len(batch):
            raise SyncServerError("The server answered for a different number of rows than were sent.")
        return results

    def _record(self, batch: list[_Outgoing], answer: list[dict[str, Any]], report: SyncReport,
                refused: set[tuple[str, str]]) -> int:
        """Confirm accepted rows, merge stale ones, note refused ones; return how many were stale."""
        accepted: dict[str, list[tuple[_Outgoing, int]]] = {}
        stale: list[merge.RemoteRow] = []
        for sent, result in zip(batch, answer, strict=True):
            table, data, status, seq = sent.table, sent.data, result["status"], result.get("seq")
            if status == "accepted" and seq is not None:
                accepted.setdefault(table, []).append((sent, seq))
            elif status == "stale" and result.get("row") is not None and seq is not None:
                stale.append(merge.RemoteRow(table, seq, result["row"]))
            else:
                refused.add((table, str(data.get("id"))))
                report.refused.append(RowProblem(table, str(data.get("id")), status, result.get("message") or status))
        with self.db.session(stamp=False) as session:
            for table, rows in accepted.items():
                merge.record_confirmed(session, table, [(sent.data["id"], sent.data["updated_at"], seq, sent.text)
                                                        for sent, seq in rows])
                report.pushed += len(rows)
        if stale:
            applied = merge.apply_remote(self.db, stale)
            self._erased += applied.erased
            report.stale += len(stale)
            report.merged += applied.merged
            report.conflicts += applied.conflicts
        return len(stale)


class _Outgoing(NamedTuple):
    """A dirty row on its way to the server: its table, its wire form, that form's JSON, and the
    seq of the server's version it was made from."""

    table: str
    data: dict[str, Any]
    text: str
    base: int | None = None


def _read_page(content: bytes) -> tuple[PullResponse, list[merge.RemoteRow]]:
    """A pull page and its rows: validated all at once when every row is valid (the usual case),
    else row by row when they are applied, so that one bad row is set aside and the rest go on."""
    typed = read_typed_page(content)
    if typed is not None:
        page = PullResponse.model_construct(rows=[], last_seq=typed["last_seq"], has_more=typed["has_more"],
                                            epoch=typed.get("epoch"))
        return page, [merge.RemoteRow(r["table"], r["seq"], r["data"], r["by"], True, r.get("parent"))
                      for r in typed["rows"]]
    try:
        page = PullResponse.model_validate_json(content)
    except PydanticValidationError as exc:
        raise SyncServerError(f"The server sent a page this app cannot read: {exc.errors()[:1]}") from exc
    return page, [merge.RemoteRow(r.table, r.seq, r.data, r.by, parent=r.parent) for r in page.rows]


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200] or response.reason_phrase
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return str(body["detail"])
    return str(body)[:200]


__all__ = [
    "InsecureServerError",
    "RowProblem",
    "SyncAuthError",
    "SyncCancelled",
    "SyncClient",
    "SyncConnectionError",
    "SyncError",
    "SyncProgress",
    "SyncProtocolError",
    "SyncReport",
    "SyncServerError",
    "check_server_url",
    "clock_warning",
    "is_loopback",
]
