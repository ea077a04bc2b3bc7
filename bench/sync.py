"""The sync benchmark: the real server (`icc-desktop serve`, its own process, SQLite) on a loopback port.

- initial push: the 136-city demo laptop sends every row (setup of what follows, timed once).
- initial pull: an empty laptop receives the 136 cities; floor: `json.loads` of the very pages the
  server sends plus plain sqlite3 `executemany` of the rows the laptop ends up with, one
  transaction. Goal 2.5× (CPU: the laptop's; the server is another process).
- push 10,000 changed rows: 10,000 answers edited on a laptop in step with the server, then a
  sync; floor: the same rows updated with plain sqlite3 (foreign keys on), plus the
  confirmation (their seqs, no longer dirty). Goal 5×; CPU: the laptop's plus the server's
  (read from /proc: most of a push's work is the server's).
- incremental sync with nothing to do, on the 136-city laptop: goal under 10 ms of the laptop's
  CPU, one transaction; floor: one plain HTTP round trip to the server's health endpoint.
Cases run interleaved with their floors, five times (two with --quick); wall and CPU printed.
- 20 concurrent clients, each a facilitator with a city of their own: 5 rounds of (edit 10
  answers, sync) each, all at once; p50 and p99 of a whole sync and of single requests, errors
  counted; baseline: the same rounds by one client alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.common import (
    Result,
    Timing,
    demo_db_136,
    interleaved,
    plain_bulk_insert,
    pull_pages,
    report,
    report_vs_floor,
    rows_missing_from,
)

PULL_GOAL = 2.5
PUSH_GOAL = 5.0
NOOP_CPU_GOAL_S = 0.010
RESPONSE_COLUMNS = ("updated_at", "dirty", "current_level", "target_level", "evidence")
CLIENTS = 20
ROUNDS = 5
EDITS_PER_ROUND = 10
CHANGED_ROWS = 10_000


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Server:
    """`icc-desktop serve` as a process of its own, on a free 127.0.0.1 port."""

    def __init__(self, folder: Path) -> None:
        import httpx

        self.database = f"sqlite:///{folder / 'server.sqlite'}"
        from icc_desktop.sync.server import open_server

        self.engine = open_server(self.database)  # migrated here, so users can be added directly
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.log = open(folder / "server.log", "wb")  # noqa: SIM115  (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "icc_desktop", "serve", "--database", self.database, "--port", str(port)],
            stdout=self.log, stderr=subprocess.STDOUT, env=os.environ.copy())
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(httpx.TransportError):  # not listening yet
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    break
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"the sync server did not start (log: {folder / 'server.log'})")
            time.sleep(0.05)

    def cpu_seconds(self) -> float:
        """The server process's CPU time so far (Linux `/proc`; 0 where it cannot be read)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def user(self, name: str, *, admin: bool = False, cities: tuple[str, ...] = ()) -> str:
        """A new user and a token of theirs."""
        from icc_desktop.sync import server_store

        server_store.add_user(self.engine, name, "benchmark password", admin=admin, cities=cities)
        return server_store.issue_token(self.engine, name, "bench")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self.log.close()
        self.engine.dispose()


def _laptop(template: Path, path: Path):  # type: ignore[no-untyped-def]
    """A laptop: a copy of a file with a device id of its own, opened."""
    from icc_desktop.store.db import Database

    with sqlite3.connect(template) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
        copy.execute("UPDATE sync_state SET device_id = ?", (os.urandom(8).hex(),))
    source.close()
    copy.close()
    return Database.open(path)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _edit_answers(db, workshop_ids: list[str] | None, count: int, text: str) -> int:  # type: ignore[no-untyped-def]
    """Change the evidence of `count` answers (of the given workshops) as the app does; return how many."""
    from sqlalchemy import update
    from sqlmodel import col, select

    from icc_desktop.models import Response

    with db.session() as session:
        query = select(Response.id).where(col(Response.deleted_at).is_(None))
        if workshop_ids is not None:
            query = query.where(col(Response.workshop_id).in_(workshop_ids))
        ids = session.exec(query.order_by(col(Response.id)).limit(count)).all()
        session.execute(update(Response), [{"id": i, "evidence": f"{text} {n}"} for n, i in enumerate(ids)])
    return len(ids)


def run(quick: bool = False) -> list[Result]:
    """Time initial pull and push, a 10,000-row push, a no-op sync and 20 concurrent clients."""
    import httpx
    from sqlmodel import select

    from icc_desktop.models import City
    from icc_desktop.store.db import Database
    from icc_desktop.sync.client import SyncClient

    repeats = 2 if quick else 5
    noop_repeats = 10 if quick else 30
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="icc-bench-sync-") as tmp_name:
        tmp = Path(tmp_name)
        empty = tmp / "empty.sqlite"
        Database.open(empty).close()
        counter = iter(range(10**6))

        def fresh(template: Path = empty) -> Path:
            path = tmp / f"copy-{next(counter)}.sqlite"
            with sqlite3.connect(template) as source, sqlite3.connect(path) as copy:
                source.backup(copy)
            source.close()
            copy.close()
            return path

        demo = demo_db_136()
        tables = rows_missing_from(demo, empty)
        rows = sum(len(r) for _, _, r in tables)
        server = _Server(tmp)
        try:
            admin = server.user("admin", admin=True)
            origin = _laptop(demo, tmp / "origin.sqlite")
            start = time.perf_counter()
            with SyncClient(origin, server.url, token=admin) as client:
                pushed = client.sync().pushed
            ours = time.perf_counter() - start
            origin.close()
            print(f"initial push, 136 cities: {pushed} rows in {ours:.1f} s (setup of what follows, once)", flush=True)

            # The floor of a pull: the pages the server sends, decoded, and the rows written.
            pages = pull_pages(server.url, admin)

            def pull_floor(path: Path) -> None:
                for content in pages:
                    json.loads(content)
                plain_bulk_insert(path, tables)

            pulled_paths: list[Path] = []

            def empty_laptop():  # type: ignore[no-untyped-def]
                return _laptop(empty, tmp / f"laptop-{next(counter)}.sqlite")

            server_cpu: list[float] = []

            def pull_into(db) -> None:  # type: ignore[no-untyped-def]
                before = server.cpu_seconds()
                try:
                    with SyncClient(db, server.url, token=admin) as client:
                        client.sync()
                finally:
                    db.close()
                server_cpu.append(server.cpu_seconds() - before)
                pulled_paths.append(db.path)

            timings = interleaved({"ours": (pull_into, empty_laptop), "floor": (pull_floor, fresh)}, repeats)
            results.append(report_vs_floor(
                "initial pull, 136 cities into an empty laptop", timings["ours"], timings["floor"], PULL_GOAL,
                note=f"{rows} rows in {len(pages)} pages; CPU: the laptop's (the server's, making the pages: "
                     f"{statistics.median(server_cpu) * 1000:.0f} ms more); floor: json.loads of the same pages + "
                     "sqlite3 executemany of the same rows in one transaction"))

            # An in-step laptop: the last one pulled; every copy of it is a device of its own.
            synced = pulled_paths[-1]

            server_cpu.clear()

            def push_changed(path: Path) -> None:
                before = server.cpu_seconds()
                db = Database.open(path)
                try:
                    with SyncClient(db, server.url, token=admin) as client:
                        report_ = client.sync()
                    assert report_.pushed == CHANGED_ROWS, report_.lines()
                finally:
                    db.close()
                server_cpu.append(server.cpu_seconds() - before)

            def edited_copy() -> Path:
                db = _laptop(synced, tmp / f"edited-{next(counter)}.sqlite")
                try:
                    with SyncClient(db, server.url, token=admin) as client:
                        client.sync()  # the previous repeats' pushes, untimed
                    assert _edit_answers(db, None, CHANGED_ROWS, f"edit {db.path.name}") == CHANGED_ROWS
                finally:
                    db.close()
                return db.path

            def floor_copy() -> tuple[Path, list[tuple[object, ...]], list[tuple[object, ...]]]:
                path = edited_copy()
                conn = sqlite3.connect(path)
                changed = conn.execute(
                    f"SELECT {', '.join(RESPONSE_COLUMNS)}, id FROM response WHERE dirty = 1").fetchall()
                confirm = [(seq, stamp, row_id) for seq, (row_id, stamp) in enumerate(
                    conn.execute("SELECT id, updated_at FROM response WHERE dirty = 1").fetchall(), start=10**9)]
                conn.close()
                return path, changed, confirm

            def push_floor(arg: tuple[Path, list[tuple[object, ...]], list[tuple[object, ...]]]) -> None:
                path, changed, confirm = arg
                conn = sqlite3.connect(path, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA synchronous=FULL")
                conn.execute("BEGIN")  # the changed rows written with their foreign keys checked
                conn.executemany(f"UPDATE response SET {', '.join(c + ' = ?' for c in RESPONSE_COLUMNS)} "
                                 "WHERE id = ?", changed)
                conn.execute("COMMIT")
                conn.execute("BEGIN")  # the confirmation: their seqs, no longer dirty
                conn.executemany("UPDATE response SET server_seq = ?, dirty = CASE WHEN updated_at = ? THEN 0 "
                                 "ELSE dirty END WHERE id = ?", confirm)
                conn.execute("COMMIT")
                conn.close()

            timings = interleaved({"ours": (push_changed, edited_copy), "floor": (push_floor, floor_copy)}, repeats)
            # Most of a push's work is the server's (another process): its CPU counts here too, or the
            # ratio would flatter us (the laptop's alone is printed beside it).
            laptop_cpu = timings["ours"].cpu
            ours = Timing(timings["ours"].wall, laptop_cpu + statistics.median(server_cpu), timings["ours"].repeats)
            results.append(report_vs_floor(
                f"push {CHANGED_ROWS} changed rows", ours, timings["floor"], PUSH_GOAL,
                note=f"sync: pull (nothing) + push + confirm; CPU: the laptop's ({laptop_cpu * 1000:.0f} ms, "
                     f"{laptop_cpu / timings['floor'].cpu:.2f}× the floor) + the server's; floor: sqlite3 update of "
                     "the same rows with foreign keys on + the confirmation update"))

            # Nothing to do: the in-step laptop with all 136 cities.
            db = _laptop(synced, tmp / "noop.sqlite")
            try:
                with SyncClient(db, server.url, token=admin) as client, httpx.Client() as http:
                    client.sync()
                    timings = interleaved({"ours": (client.sync, None),
                                           "floor": (lambda: http.get(f"{server.url}/api/v1/health"), None)},
                                          noop_repeats)
            finally:
                db.close()
            verdict = "met" if timings["ours"].cpu < NOOP_CPU_GOAL_S else "MISSED"
            results.append(report_vs_floor(
                "incremental sync, nothing to do", timings["ours"], timings["floor"],
                note=f"client CPU goal < {NOOP_CPU_GOAL_S * 1000:.0f} ms: {verdict}; one transaction; "
                     "floor: one HTTP round trip (health)"))

            # Concurrent clients, each a facilitator of one city.
            source = Database.open(synced)
            try:
                with source.session() as session:
                    cities = [c.id for c in session.exec(select(City).order_by(City.name)).all()][:CLIENTS + 1]
                workshops = {}
                from icc_desktop.models import Workshop

                with source.session() as session:
                    for city in cities:
                        workshops[city] = [w.id for w in session.exec(select(Workshop).where(
                            Workshop.city_id == city)).all()]
            finally:
                source.close()
            laptops = []
            for index, city in enumerate(cities):
                token = server.user(f"facilitator-{index}", cities=(city,))
                db = _laptop(empty, tmp / f"facilitator-{index}.sqlite")
                with SyncClient(db, server.url, token=token) as client:
                    client.sync()  # the city's rows, untimed
                laptops.append((db, token, workshops[city]))

            def rounds(db, token: str, workshop_ids: list[str], syncs: list[float],  # type: ignore[no-untyped-def]
                       requests: list[float], errors: list[str]) -> None:
                timings: dict[int, float] = {}

                def started(request: httpx.Request) -> None:
                    timings[id(request)] = time.perf_counter()

                def finished(response: httpx.Response) -> None:
                    requests.append(time.perf_counter() - timings.pop(id(response.request)))

                try:
                    with SyncClient(db, server.url, token=token) as client:
                        client._http.event_hooks = {"request": [started], "response": [finished]}
                        for n in range(ROUNDS):
                            _edit_answers(db, workshop_ids, EDITS_PER_ROUND, f"round {n}")
                            start = time.perf_counter()
                            done = client.sync()
                            syncs.append(time.perf_counter() - start)
                            if done.pushed != EDITS_PER_ROUND or done.refused:
                                errors.append(f"pushed {done.pushed}, refused {done.refused}")
                except Exception as exc:  # noqa: BLE001  (counted and shown, the others go on)
                    errors.append(repr(exc))

            alone_syncs: list[float] = []
            alone_requests: list[float] = []
            alone_errors: list[str] = []
            db, token, workshop_ids = laptops[-1]
            rounds(db, token, workshop_ids, alone_syncs, alone_requests, alone_errors)
            syncs: list[float] = []
            requests: list[float] = []
            errors: list[str] = []
            threads = [threading.Thread(target=rounds, args=(db, token, w, syncs, requests, errors))
                       for db, token, w in laptops[:CLIENTS]]
            start = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - start
            for db, _, _ in laptops:
                db.close()
            p50, p99 = statistics.median(syncs), _percentile(syncs, 0.99)
            results.append(report(f"{CLIENTS} concurrent clients, one sync (p50)", p50, statistics.median(alone_syncs),
                                  repeats=len(syncs),
                                  note=f"p99 {p99 * 1000:.0f} ms; {len(errors)} errors; {CLIENTS}x{ROUNDS} syncs "
                                       f"of {EDITS_PER_ROUND} edits in {wall:.1f} s; baseline: one client alone"))
            results.append(report(f"{CLIENTS} concurrent clients, one request (p50)", statistics.median(requests),
                                  statistics.median(alone_requests), repeats=len(requests),
                                  note=f"p99 {_percentile(requests, 0.99) * 1000:.0f} ms; baseline: one client alone"))
            if errors or alone_errors:
                print(f"  errors: {(errors + alone_errors)[:5]}", flush=True)
        finally:
            server.stop()
    return results

