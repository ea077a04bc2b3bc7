"""Shared pieces of the sync tests: a real server on a loopback port (SQLite or a throw-away
PostgreSQL), laptops (database copies), workshop data, and snapshots to compare both sides.

Test modules import the fixtures they use from here (`from tests.integration.sync_support import …`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import delete, update
from sqlmodel import Session, select

from icc_desktop.models import (
    Action,
    City,
    Kpi,
    Need,
    Objective,
    Participant,
    Response,
    SyncedModel,
    Vote,
    Workshop,
)
from icc_desktop.services.scoring import framework_questions
from icc_desktop.services.workshops import default_framework_id
from icc_desktop.store.db import Database, add_in_order
from icc_desktop.sync import server_store, tokens
from icc_desktop.sync.client import SyncClient
from icc_desktop.sync.server import create_app, open_server, uvicorn_config
from icc_desktop.sync.tables import GLOBAL_TABLES, MODELS, to_wire

PASSWORD = "correct horse battery staple"
SMALL = {"participants": 2, "needs": 2, "actions": 1, "questions": 3}
"""Row counts for `add_workshop_rows` when a test needs only a few rows of each kind."""


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- PostgreSQL, from Debian's package, as a non-root user ----------------------------------------

def _pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    return None


class ThrowAwayPostgres:
    """A PostgreSQL cluster in a temp folder, listening on a free 127.0.0.1 port only."""

    def __init__(self) -> None:
        self.bin = _pg_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (Debian package `postgresql`; `make test` installs it)")
        self.root = Path(tempfile.mkdtemp(prefix="icc-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.runas: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # initdb refuses root: use the package's `postgres` user
            import pwd  # Unix only, like the Debian package this runs

            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("PostgreSQL's `postgres` user is missing (reinstall the `postgresql` package)") from None
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self.runas = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.runas, *args], check=True, capture_output=True, timeout=60)

    def start(self) -> str:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "icc", "--auth=trust",
                  "-E", "UTF8", "--no-sync", "--locale=C")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "log"), "-w", "start")
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=icc dbname=postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE icc_sync")
        return f"postgresql+psycopg://icc@127.0.0.1:{self.port}/icc_sync"

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):  # already stopped: just clean up
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


# --- The server -------------------------------------------------------------------------------------

_PASSWORD_HASH: str | None = None


def _password_hash() -> str:
    # Hashing (argon2) takes a good fraction of a second: test users share one hash of PASSWORD.
    global _PASSWORD_HASH
    if _PASSWORD_HASH is None:
        _PASSWORD_HASH = server_store.hash_password(PASSWORD)
    return _PASSWORD_HASH


def _slowed(app: Any, live: LiveServer) -> Any:
    """The app behind a slow venue network: each sync request waits `live.delay` seconds first."""
    import asyncio

    async def slowed(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") == "http" and "/sync/" in str(scope.get("path", "")):
            live.seen.append(str(scope["path"]))  # arrived: the client is waiting for the answer
            await asyncio.sleep(live.delay)
            gate = live.push_gate
            if gate is not None and str(scope["path"]).endswith("/sync/push"):
                await asyncio.to_thread(gate.wait, 30)  # held until the test lets it through
        await app(scope, receive, send)

    return slowed


class LiveServer:
    """The real app under uvicorn in a thread, on a free loopback port, configured as `serve` does."""

    def __init__(self, database_url: str, backend: str, *, certfile: str | None = None,
                 keyfile: str | None = None, delay: float = 0.0,
                 trusted_proxies: tuple[str, ...] = (), **app_options: Any) -> None:
        self.backend = backend
        self.engine = open_server(database_url)
        self.port = free_port()
        scheme = "https" if certfile else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        app: Any = create_app(self.engine, **app_options)
        self.delay = delay
        self.seen: list[str] = []
        self.push_gate: threading.Event | None = None
        """While set to an unset Event, a slowed server holds each push until the Event is set."""
        if delay:
            app = _slowed(app, self)
        config = uvicorn_config(app, "127.0.0.1", self.port, certfile=certfile,
                                keyfile=keyfile, log_level="warning", trusted_proxies=trusted_proxies)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the sync server did not start")
            time.sleep(0.01)
        self._tokens: dict[str, str] = {}

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self.engine.dispose()

    def reset(self) -> None:
        """Forget every row, city assignment and failed login (as a new server would), keeping
        the shipped rows, the users and their tokens."""
        with Session(self.engine) as session, session.begin():
            for model in (server_store.ServerUserCity, server_store.ServerLoginThrottle, server_store.ServerRow,
                          server_store.ServerChange):
                session.execute(delete(model))
            session.execute(update(server_store.ServerCounter).values(value=0))
        server_store.seed_shipped_rows(self.engine)

    def save(self) -> tuple[int, list[dict[str, Any]]]:
        """A copy of every synced row and the seq counter (a backup of the server's data)."""
        with Session(self.engine) as session:
            counter = session.exec(select(server_store.ServerCounter.value)).one()
            rows = [row.model_dump() for row in session.exec(select(server_store.ServerRow)).all()]
        return int(counter), rows

    def restore(self, saved: tuple[int, list[dict[str, Any]]]) -> None:
        """Put the rows and the counter back as `save` found them (a restored backup)."""
        counter, rows = saved
        with Session(self.engine) as session, session.begin():
            session.execute(delete(server_store.ServerRow))
            session.add_all([server_store.ServerRow(**row) for row in rows])
            session.execute(update(server_store.ServerCounter).values(value=counter))

    def user(self, name: str, *, cities: tuple[str, ...] = (), admin: bool = False) -> str:
        """Make sure a user with the test password exists, with exactly these cities; returns the name."""
        with Session(self.engine) as session, session.begin():
            user = session.exec(select(server_store.ServerUser).where(server_store.ServerUser.name == name)).first()
            if user is None:
                user = server_store.ServerUser(name=name, password_hash=_password_hash(), is_admin=admin)
                session.add(user)
                session.flush()
            user.is_admin = admin
            session.add(user)
            session.execute(delete(server_store.ServerUserCity).where(server_store.ServerUserCity.user_id == user.id))
            for city in cities:
                session.add(server_store.ServerUserCity(user_id=user.id, city_id=city))
        return name

    def token(self, name: str) -> str:
        """A valid token of a user (made once, without the slow password check)."""
        token = self._tokens.get(name)
        if token is None or server_store.authenticate(self.engine, token) is None:
            token = self._tokens[name] = server_store.issue_token(self.engine, name, "test laptop")
        return token

    def client(self, db: Database, user: str, **kwargs: Any) -> SyncClient:
        """A signed-in client for `db`."""
        return SyncClient(db, self.url, token=self.token(user), **kwargs)

    def rows(self, *, include_global: bool = False,
             city: str | None = None) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
        """Every row on the server (or only one city's): (table, id) -> (stamp, data)."""
        if city is not None:
            row = server_store.ServerRow
            with Session(self.engine) as session:
                found = session.exec(select(row.table_name, row.row_id, row.updated_at, row.data)
                                     .where(row.scope_city_id == city)).all()
            return {(t, i): (u, json.loads(d)) for t, i, u, d in found}
        return {key: (stamp, data) for key, (_seq, stamp, data) in server_store.server_rows(self.engine).items()
                if include_global or key[0] not in GLOBAL_TABLES}


class ServeProcess:
    """`icc-desktop serve` in a process of its own, on a free loopback port (its output in `log`)."""

    def __init__(self, database_url: str, *options: str, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.handle = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "icc_desktop", "serve", "--database", database_url, "--port", str(self.port),
             *options], stdout=self.handle, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.url + "/api/v1/health", timeout=2).status_code == 200:
                    return
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"serve did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)

    def stop(self) -> None:
        """Stop it as Ctrl+C would (and for good after 20 s)."""
        if self.process.poll() is None:
            self.process.send_signal(2)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.handle.close()


# --- Laptops and their data --------------------------------------------------------------------------

def laptop(template: Path, folder: Path, name: str) -> Database:
    """A laptop database: a copy of a template file, with a device id of its own."""
    path = folder / f"{name}.sqlite"
    assert not path.exists(), f"{path} exists"
    # The backup API copies what is still in the template's WAL too (it may be open).
    with sqlite3.connect(template) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
        copy.execute("UPDATE sync_state SET device_id = ?", (os.urandom(8).hex(),))  # a device of its own
    source.close()
    copy.close()
    return Database.open(path)


def add_workshop_rows(db: Database, city_name: str = "Białystok", *, participants: int = 12,
                      needs: int = 8, actions: int = 10, questions: int | None = None) -> str:
    """A city and a workshop with participants, group answers (to the first `questions`, or all),
    needs, votes, a roadmap; returns the workshop id. All rows are new and dirty, as made offline."""
    framework_id = default_framework_id(db)
    with db.session() as session:
        asked = [q for _, q in framework_questions(session, framework_id)][:questions]
        city = City(name=city_name, country="PL", population=297000)
        workshop = Workshop(city_id=city.id, framework_id=framework_id, title="Needs assessment",
                            date=dt.date(2024, 3, 15), venue="City Hall")
        rows: list[SyncedModel] = [city, workshop]
        people = [Participant(workshop_id=workshop.id, name=f"Person {i}", organisation=f"Org {i % 5}",
                              stakeholder_group="business") for i in range(participants)]
        rows += people
        rows += [Response(workshop_id=workshop.id, question_id=q.id, current_level=2, target_level=4)
                 for q in asked]
        need_rows = [Need(workshop_id=workshop.id, title=f"Need {i}", position=i) for i in range(needs)]
        rows += need_rows
        rows += [Vote(workshop_id=workshop.id, need_id=need_rows[i % needs].id, participant_id=p.id, dots=1)
                 for i, p in enumerate(people)]
        objective = Objective(workshop_id=workshop.id, title="Digital public services")
        rows.append(objective)
        for i in range(actions):
            action = Action(workshop_id=workshop.id, objective_id=objective.id, need_id=need_rows[i % needs].id,
                            title=f"Action {i}", start_month=dt.date(2024, 5, 1), end_month=dt.date(2025, 4, 1))
            rows += [action, Kpi(workshop_id=workshop.id, action_id=action.id, name=f"KPI {i}", target=10.0)]
        add_in_order(session, rows)
        return workshop.id


def two_laptops_in_step(server: LiveServer, folder: Path, template: Path, user_name: str,
                        **rows: int) -> tuple[Database, Database, SyncClient, SyncClient]:
    """Laptops A and B of one user, in step with the server: A made a workshop (`rows` as for
    `add_workshop_rows`), pushed it, and B pulled it."""
    a, b = laptop(template, folder, "a"), laptop(template, folder, "b")
    user = server.user(user_name)
    add_workshop_rows(a, **rows)
    ca, cb = server.client(a, user), server.client(b, user)
    ca.sync()
    cb.sync()
    return a, b, ca, cb


def snapshot(db: Database) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    """Every non-global row of a laptop: (table, id) -> (stamp, wire data)."""
    out: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    with db.session() as session:
        for table, model in MODELS.items():
            if table in GLOBAL_TABLES:
                continue
            for row in session.exec(select(model)).all():
                out[(table, row.id)] = (row.updated_at, to_wire(row))
    return out


def dirty_count(db: Database) -> int:
    """Rows not yet confirmed by the server."""
    with db.session() as session:
        return sum(len(session.exec(select(m.id).where(m.dirty == True)).all())  # noqa: E712
                   for m in MODELS.values())


def canonical(rows: dict[tuple[str, str], tuple[str, dict[str, Any]]]) -> str:
    """A stable text form of a snapshot, for exact comparisons."""
    return json.dumps(sorted((k, v) for k, v in rows.items()), sort_keys=True, default=str)


class FaultyTransport(httpx.BaseTransport):
    """Passes requests to a real transport, and cuts the connection at request number `fail_at`.

    mode "before": the request never reaches the server; "after": the server handled it, the
    response is lost; "partial": the response breaks off at a random byte of its body (the same
    byte for the same request number and mode, so a failure can be replayed).
    """

    def __init__(self, fail_at: int, mode: str) -> None:
        self.inner = httpx.HTTPTransport()
        self.fail_at, self.mode = fail_at, mode
        self.cut = random.Random(f"{fail_at}-{mode}").random()
        self.count = 0
        self.fired = False
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        self.paths.append(request.url.path)
        if self.count != self.fail_at:
            return self.inner.handle_request(request)
        self.fired = True
        if self.mode == "before":
            raise httpx.ConnectError("connection cut before sending", request=request)
        response = self.inner.handle_request(request)
        body = response.read()
        response.close()
        if self.mode == "after":
            raise httpx.ReadError("connection cut before the answer arrived", request=request)
        return httpx.Response(response.status_code, headers=response.headers,
                              stream=_BrokenStream(body[: int(len(body) * self.cut)]), request=request)

    def close(self) -> None:
        self.inner.close()


class _BrokenStream(httpx.SyncByteStream):
    def __init__(self, head: bytes) -> None:
        self.head = head

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        raise httpx.ReadError("connection cut in the middle of the answer")


# --- Fixtures -----------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One throw-away PostgreSQL server for the whole test session."""
    try:
        pg = ThrowAwayPostgres()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    try:
        url = pg.start()
    except (subprocess.SubprocessError, OSError) as exc:
        pg.stop()
        detail = exc.stderr.decode(errors="replace") if isinstance(exc, subprocess.CalledProcessError) and exc.stderr else str(exc)
        pytest.fail(f"PostgreSQL is installed but did not start: {detail}")
    yield url
    pg.stop()


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The server on an SQLite file, for the whole session."""
    server = LiveServer(f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite'}", "sqlite")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_server(postgres_url: str) -> Iterator[LiveServer]:
    """The server on the throw-away PostgreSQL, for the whole session."""
    server = LiveServer(postgres_url, "postgresql")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest) -> LiveServer:
    """A clean server, once on SQLite and once on PostgreSQL."""
    live: LiveServer = request.getfixturevalue("sqlite_server" if request.param == "sqlite" else "postgres_server")
    live.reset()
    return live


@pytest.fixture
def sqlite_only_server(sqlite_server: LiveServer) -> LiveServer:
    """A clean server on SQLite (for tests whose subject is not the storage backend)."""
    sqlite_server.reset()
    return sqlite_server


@pytest.fixture(autouse=True)
def _token_file_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No keyring (as on a headless Linux box): tokens go to the 0600 file, fresh per test.

    Autouse in the test modules that import it.
    """
    monkeypatch.setenv("ICC_DESKTOP_NO_KEYRING", "1")
    tokens.token_file().unlink(missing_ok=True)
    yield
    tokens.token_file().unlink(missing_ok=True)
