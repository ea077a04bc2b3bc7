"""The sync server under load, on a throw-away PostgreSQL (loopback only, bounded counts and time).

- 200 concurrent clients against `serve --workers 4`, and 20 against one worker, in one run:
  each client is a facilitator with a city of their own who, for a few rounds, pushes an edit
  of their workshop and a new participant, then pulls what is new. p50 and p99 of a push and of
  a pull, errors counted. Floor: the same round by one client alone on the same server (the
  latency with no contention), and one health round trip.
- Health during a login flood: 100 sign-ins for unknown users from 100 addresses (through a
  trusted proxy, so the per-address throttle does not cut them short) at once, against one
  worker, while another client asks `/health` again and again: p99 must stay under 200 ms.
  Floor: the same health requests with no flood.

Clients are asyncio tasks on one httpx.AsyncClient each (not laptops with databases): what is
measured is the server, not 200 SQLite files in one interpreter.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import Result, report

ROUNDS = 3
HEALTH_GOAL_S = 0.2
FLOOD_LOGINS = 100


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _serve(database: str, folder: Path, name: str, *options: str) -> Any:
    """`icc-desktop serve` in its own process (the tests' helper), its log in `folder`."""
    from tests.integration.sync_support import ServeProcess

    return ServeProcess(database, *options, log=folder / f"{name}.log")


class _Facilitators:
    """Users with a city each (made directly in the database, one password hash shared) and
    the wire rows of their city and workshop."""

    def __init__(self, engine: Any, count: int, prefix: str) -> None:
        from sqlmodel import Session, select

        from icc_desktop.models import City, Framework, Workshop
        from icc_desktop.sync import server_store
        from icc_desktop.sync.tables import to_wire

        shared_hash = server_store.hash_password("benchmark password")
        with Session(engine) as session:
            framework = session.exec(select(server_store.ServerRow.row_id).where(
                server_store.ServerRow.table_name == Framework.__tablename__)).first()
        self.people: list[dict[str, Any]] = []
        with Session(engine) as session, session.begin():
            for index in range(count):
                city = City(name=f"{prefix} city {index}", country="PL")
                workshop = Workshop(city_id=city.id, framework_id=framework, title="Needs assessment",
                                    date=dt.date(2025, 3, 15))
                user = server_store.ServerUser(name=f"{prefix}-{index}", password_hash=shared_hash)
                session.add(user)
                session.flush()
                session.add(server_store.ServerUserCity(user_id=user.id, city_id=city.id))
                self.people.append({"name": user.name, "city": to_wire(city), "workshop": to_wire(workshop),
                                    "device": os.urandom(6).hex()})
        for person in self.people:
            person["token"] = server_store.issue_token(engine, person["name"], "bench")


def _stamp(device: str, counter: list[int]) -> str:
    from icc_desktop.models.clock import format_stamp

    counter[0] += 1
    return format_stamp(time.time_ns() // 1_000_000, counter[0] % 0xFFFF, device)


async def _facilitator(url: str, person: dict[str, Any], pushes: list[float], pulls: list[float],
                       errors: list[str]) -> None:
    """One facilitator's rounds: create city and workshop, then edit and add a participant; pull after each."""
    import httpx

    from icc_desktop.models import Participant
    from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
    from icc_desktop.sync.tables import to_wire

    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {person['token']}"}
    counter = [0]
    since = 0
    async with httpx.AsyncClient(base_url=url + "/api/v1", headers=headers, timeout=60) as http:
        for round_ in range(ROUNDS):
            workshop = person["workshop"] | {"notes": f"round {round_}", "updated_at": _stamp(person["device"], counter)}
            rows = [{"table": "workshop", "data": workshop}]
            if round_ == 0:
                rows.insert(0, {"table": "city", "data": person["city"] | {"updated_at": _stamp(person["device"], counter)}})
            participant = to_wire(Participant(workshop_id=workshop["id"], name=f"Person {round_}"))
            rows.append({"table": "participant", "data": participant | {"updated_at": _stamp(person["device"], counter)}})
            try:
                start = time.perf_counter()
                answer = await http.post("/sync/push", json={"protocol": PROTOCOL_VERSION,
                                                             "device_id": person["device"], "rows": rows})
                pushes.append(time.perf_counter() - start)
                if answer.status_code != 200 or any(r["status"] != "accepted" for r in answer.json()["results"]):
                    errors.append(f"push {answer.status_code}: {answer.text[:200]}")
                start = time.perf_counter()
                page = await http.get("/sync/pull", params={"since": since, "limit": 1000})
                pulls.append(time.perf_counter() - start)
                if page.status_code != 200:
                    errors.append(f"pull {page.status_code}: {page.text[:200]}")
                    continue
                body = page.json()
                since = body["last_seq"]
                while body["has_more"]:  # the first pull brings the shared lists too
                    body = (await http.get("/sync/pull", params={"since": since, "limit": 1000})).json()
                    since = body["last_seq"]
            except httpx.HTTPError as exc:
                errors.append(repr(exc))


async def _crowd(url: str, people: list[dict[str, Any]]) -> tuple[list[float], list[float], list[str], float]:
    pushes: list[float] = []
    pulls: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    await asyncio.gather(*(_facilitator(url, p, pushes, pulls, errors) for p in people))
    return pushes, pulls, errors, time.perf_counter() - start


async def _health_during_flood(url: str, flood: int) -> tuple[list[float], list[int]]:
    import httpx

    from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

    latencies: list[float] = []
    codes: list[int] = []

    async def login(http: httpx.AsyncClient, index: int) -> None:
        answer = await http.post("/api/v1/auth/token", headers={"X-Forwarded-For": f"198.18.{index // 250}.{index % 250 + 1}"},
                                 json={"protocol": PROTOCOL_VERSION, "username": f"nobody-{index}",
                                       "password": "a wrong password"})
        codes.append(answer.status_code)

    async with httpx.AsyncClient(base_url=url, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=120,
                                 limits=httpx.Limits(max_connections=flood + 10)) as http, \
            httpx.AsyncClient(base_url=url, timeout=30) as probe:
        tasks = [asyncio.create_task(login(http, i)) for i in range(flood)] if flood else []
        await asyncio.sleep(0.05)  # the flood is in
        deadline = time.perf_counter() + 30
        while (not tasks or not all(t.done() for t in tasks) or len(latencies) < 50) and time.perf_counter() < deadline:
            start = time.perf_counter()
            await probe.get("/api/v1/health")
            latencies.append(time.perf_counter() - start)
            if not tasks and len(latencies) >= 100:
                break
        await asyncio.gather(*tasks)
    return latencies, codes


def run(quick: bool = False) -> list[Result]:
    """200 clients on four workers and 20 on one, and health during a login flood, on PostgreSQL."""
    from icc_desktop.sync.server import open_server
    from tests.integration.sync_support import ThrowAwayPostgres

    big, small = (50, 10) if quick else (200, 20)
    results: list[Result] = []
    print(f"  load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores", flush=True)
    pg = ThrowAwayPostgres()
    url = pg.start()
    with tempfile.TemporaryDirectory(prefix="icc-bench-scale-") as folder_name:
        folder = Path(folder_name)
        engine = open_server(url)
        try:
            many = _Facilitators(engine, big + 1, "many").people  # the last one runs alone first (the floor)
            few = _Facilitators(engine, small + 1, "few").people
            for label, options, people in ((f"{big} clients, --workers 4", ("--workers", "4"), many),
                                           (f"{small} clients, one worker", (), few)):
                server = _serve(url, folder, label.split(",")[0].replace(" ", "-"), *options)
                try:
                    alone = asyncio.run(_crowd(server.url, people[-1:]))
                    pushes, pulls, errors, wall = asyncio.run(_crowd(server.url, people[:-1]))
                finally:
                    server.stop()
                load = os.getloadavg()[0]
                results.append(report(f"{label}: push (p50)", statistics.median(pushes), statistics.median(alone[0]),
                                      repeats=len(pushes),
                                      note=f"p99 {_percentile(pushes, 0.99) * 1000:.0f} ms; {len(errors)} errors; "
                                           f"{len(people) - 1}x{ROUNDS} rounds in {wall:.1f} s; load {load:.1f}; "
                                           "baseline: one client alone"))
                results.append(report(f"{label}: pull (p50)", statistics.median(pulls), statistics.median(alone[1]),
                                      repeats=len(pulls),
                                      note=f"p99 {_percentile(pulls, 0.99) * 1000:.0f} ms; baseline: one client alone"))
                if errors:
                    print(f"  errors: {errors[:5]}", flush=True)
            flood = FLOOD_LOGINS // 2 if quick else FLOOD_LOGINS
            server = _serve(url, folder, "flood", "--trusted-proxy", "127.0.0.1")
            try:
                quiet, _ = asyncio.run(_health_during_flood(server.url, 0))
                loud, codes = asyncio.run(_health_during_flood(server.url, flood))
            finally:
                server.stop()
            p99 = _percentile(loud, 0.99)
            verdict = "meets" if p99 < HEALTH_GOAL_S else "MISSES"
            results.append(report(f"health during {flood} sign-ins for unknown users (p99)", p99,
                                  _percentile(quiet, 0.99), repeats=len(loud),
                                  note=f"{verdict} the 200 ms goal; p50 {statistics.median(loud) * 1000:.1f} ms; "
                                       f"sign-ins answered {sorted(set(codes))}; load {os.getloadavg()[0]:.1f}; "
                                       "baseline: p99 of health with no flood"))
        finally:
            engine.dispose()
            pg.stop()
    return results
