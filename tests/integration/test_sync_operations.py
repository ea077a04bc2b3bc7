"""Running the sync server for real: health checks the database, Prometheus metrics, several
worker processes and several servers on one PostgreSQL database, with many clients at once."""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import asyncio
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from icc_desktop.models import Need, Participant, Workshop
from icc_desktop.services import crud
from icc_desktop.sync import server_store
from icc_desktop.sync.client import SyncClient
from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from icc_desktop.sync.server import create_app
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    PASSWORD,
    SMALL,
    LiveServer,
    ServeProcess,
    add_workshop_rows,
    canonical,
    dirty_count,
    free_port,
    laptop,
    postgres_server,
    postgres_url,
    snapshot,
    sqlite_server,
)


def test_health_says_the_time_and_answers_503_when_the_database_is_down(sqlite_server: LiveServer) -> None:
    """Health checks the database: 200 with the server's time when it answers, 503 with a message when it is down."""
    answer = httpx.get(sqlite_server.url + "/api/v1/health", timeout=10)
    assert answer.status_code == 200 and abs(answer.json()["server_time_ms"] / 1000 - time.time()) < 60
    unreachable = server_store.create_server_engine(f"postgresql+psycopg://icc@127.0.0.1:{free_port()}/nothing")

    async def ask() -> tuple[httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=create_app(unreachable))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return (await client.get("/api/v1/health"),
                    await client.get("/api/v1/sync/pull", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                                                                   "Authorization": "Bearer x"}))

    try:
        down, pull = asyncio.run(ask())
    finally:
        unreachable.dispose()
    assert down.status_code == 503 and "database is unavailable" in down.json()["detail"]
    assert pull.status_code == 503 and down.headers["retry-after"]


def test_metrics_count_requests_rows_and_failed_logins_only_when_enabled(sqlite_server: LiveServer, tmp_path: Path,
                                                                         _empty_db_file: Path) -> None:
    """With metrics on, /metrics shows requests, rows pushed and pulled and failed sign-ins; off, it is not there."""
    sqlite_server.reset()
    metered = LiveServer(sqlite_server.engine.url.render_as_string(hide_password=False), "sqlite", metrics=True)
    try:
        db = laptop(_empty_db_file, tmp_path, "ana")
        add_workshop_rows(db, **SMALL)
        pushed = len(snapshot(db))
        with metered.client(db, metered.user("ana")) as client:
            client.sync()
        httpx.post(metered.url + "/api/v1/auth/token", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
                   json={"protocol": PROTOCOL_VERSION, "username": "ana", "password": "wrong password"}, timeout=30)
        page = httpx.get(metered.url + "/metrics", timeout=10)
    finally:
        metered.stop()
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/plain")
    lines = page.text.splitlines()
    assert f'icc_sync_rows_pushed_total{{status="accepted"}} {pushed:.1f}' in lines
    assert any(line.startswith("icc_sync_rows_pulled_total ") and float(line.split()[-1]) > 0 for line in lines)
    assert 'icc_sync_failed_logins_total{reason="wrong"} 1.0' in lines
    assert any(line.startswith('icc_sync_requests_total{method="POST",route="/api/v1/sync/push",status="200"}')
               for line in lines)
    assert any(line.startswith('icc_sync_request_seconds_bucket{le="0.005",route="/api/v1/health"}')
               for line in lines)
    plain = httpx.get(sqlite_server.url + "/metrics", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=10)
    assert plain.status_code == 404


# --- Server processes on one PostgreSQL -------------------------------------------------------------------

@pytest.fixture
def two_servers(postgres_server: LiveServer, tmp_path: Path) -> Iterator[tuple[ServeProcess, ServeProcess]]:
    """Two `serve` processes on the session's PostgreSQL database: one plain, one with two workers and metrics."""
    postgres_server.reset()
    url = postgres_server.engine.url.render_as_string(hide_password=False)
    first = ServeProcess(url, log=tmp_path / "first.log")
    try:
        second = ServeProcess(url, "--workers", "2", "--metrics", log=tmp_path / "second.log")
    except RuntimeError:
        first.stop()
        raise
    yield first, second
    first.stop()
    second.stop()


@pytest.mark.postgres
def test_forty_clients_on_two_server_processes_keep_one_consistent_database(
        postgres_server: LiveServer, two_servers: tuple[ServeProcess, ServeProcess], tmp_path: Path,
        _empty_db_file: Path) -> None:
    """40 laptops in 10 cities push and pull through two server processes at once for a bounded time:
    afterwards every row is on the server once with a unique seq, and every laptop holds exactly its city."""
    cities = 10
    seeds = []
    for c in range(cities):  # each city's facilitator puts the city and a workshop on the server first
        db = laptop(_empty_db_file, tmp_path, f"seed{c}")
        workshop_id = add_workshop_rows(db, f"City {c}", **SMALL)
        with db.session() as session:
            workshop = session.get(Workshop, workshop_id)
            assert workshop is not None
            city_id = workshop.city_id
        postgres_server.user(f"user{c}", cities=(city_id,))
        with SyncClient(db, two_servers[c % 2].url, token=postgres_server.token(f"user{c}")) as client:
            client.sync()
        seeds.append((city_id, workshop_id))
        db.close()
    laptops = [laptop(_empty_db_file, tmp_path, f"laptop{k}") for k in range(40)]
    created: dict[int, list[tuple[str, str]]] = {k: [] for k in range(40)}
    deadline = time.monotonic() + 25
    errors: list[str] = []

    def work(k: int) -> None:
        rng = random.Random(k)
        user, workshop_id = f"user{k % cities}", seeds[k % cities][1]
        db = laptops[k]
        try:
            for round_ in range(3):
                with SyncClient(db, rng.choice(two_servers).url, token=postgres_server.token(user)) as client:
                    client.sync()
                if round_ == 2 or time.monotonic() > deadline:
                    break
                person = crud.create(db, Participant, workshop_id=workshop_id, name=f"Laptop {k} person {round_}",
                                     stakeholder_group="academia")
                need = crud.create(db, Need, workshop_id=workshop_id, title=f"Need from laptop {k}", position=k)
                created[k] += [("participant", person.id), ("need", need.id)]
                crud.update(db, Workshop, workshop_id, notes=f"laptop {k} round {round_}")
        except Exception as exc:  # noqa: BLE001  (collected and shown by the assertion below)
            errors.append(f"laptop {k}: {exc!r}")

    with ThreadPoolExecutor(40) as pool:
        list(pool.map(work, range(40)))
    assert errors == []
    assert sum(len(keys) for keys in created.values()) >= 80  # every laptop edited at least once
    for _ in range(2):  # two quiet rounds: what a contended push left unsent goes, then everyone has everything
        for k in range(40):
            with SyncClient(laptops[k], two_servers[k % 2].url,
                            token=postgres_server.token(f"user{k % cities}")) as client:
                client.sync()
    with postgres_server.engine.connect() as connection:
        rows, seqs = connection.execute(text("SELECT count(*), count(DISTINCT seq) FROM server_row")).one()
    assert rows == seqs
    server_rows = postgres_server.rows()
    for k, keys in created.items():
        assert all(key in server_rows for key in keys), f"laptop {k} lost rows"
    for k, db in enumerate(laptops):
        city_id = seeds[k % cities][0]
        assert dirty_count(db) == 0, f"laptop {k} has unsynced rows"
        assert canonical(snapshot(db)) == canonical(postgres_server.rows(city=city_id)), f"laptop {k} differs"
        db.close()
    metrics = httpx.get(two_servers[1].url + "/metrics", timeout=10).text
    assert 'icc_sync_rows_pushed_total{status="accepted"}' in metrics


def test_serve_refuses_workers_on_sqlite_with_the_reason(tmp_path: Path) -> None:
    """`serve --workers 2` on SQLite exits 2 and says that several processes need PostgreSQL."""
    done = subprocess.run([sys.executable, "-m", "icc_desktop", "serve", "--workers", "2", "--database",
                           f"sqlite:///{tmp_path / 's.sqlite'}"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "need a PostgreSQL database" in done.stderr
    assert not (tmp_path / "s.sqlite").exists()
