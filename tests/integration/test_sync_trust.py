"""The sync server a programme office can trust: no poisoned clock, no taken city, no version
changed behind a laptop's back, no 500 from bad input (SQLite and PostgreSQL)."""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import Session

from icc_desktop.models import Workshop
from icc_desktop.models.clock import MAX_AHEAD_MS, stamp_ms
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.sync import server_store
from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    LiveServer,
    add_workshop_rows,
    dirty_count,
    laptop,
    postgres_server,
    postgres_url,
    server,
    sqlite_server,
)

SMALL = {"participants": 2, "needs": 2, "actions": 1, "questions": 3}


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _stamp(ms: int | None = None, device: str = "intruder") -> str:
    return f"{_now_ms() if ms is None else ms:013d}-0000-{device}"


def api(server: LiveServer, user: str | None = None) -> httpx.Client:
    """A raw HTTP client speaking the protocol, with a user's token."""
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    if user:
        headers["Authorization"] = f"Bearer {server.token(user)}"
    return httpx.Client(base_url=server.url + "/api/v1", headers=headers, timeout=30)


def push(http: httpx.Client, *rows: tuple[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Push raw rows; the per-row results."""
    response = http.post("/sync/push", json={"protocol": PROTOCOL_VERSION,
                                             "rows": [{"table": t, "data": d} for t, d in rows]})
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def _synced_workshop(server: LiveServer, folder: Path, template: Path, user: str,
                     name: str = "ana") -> tuple[Database, str, str]:
    """A laptop with a small workshop synced by `user`: (database, workshop id, city id)."""
    db = laptop(template, folder, name)
    workshop_id = add_workshop_rows(db, f"{name}'s city", **SMALL)
    with db.session() as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        city_id = workshop.city_id
    server.user(user, cities=(city_id,))
    with server.client(db, user) as client:
        client.sync()
    return db, workshop_id, city_id


# --- Clock safety -------------------------------------------------------------------------------------

def test_stamps_far_ahead_of_the_server_clock_are_refused(server: LiveServer, tmp_path: Path,
                                                          _empty_db_file: Path) -> None:
    """A stamp in 2100 or ten minutes ahead is refused (invalid, naming the device clock); one a minute ahead passes."""
    _db, workshop_id, city_id = _synced_workshop(server, tmp_path, _empty_db_file, "ana")
    workshop = server.rows(city=city_id)[("workshop", workshop_id)][1]
    year_2100 = 4102444800000
    with api(server, "ana") as http:
        results = push(http, ("workshop", workshop | {"title": "From 2100", "updated_at": _stamp(year_2100)}),
                       ("workshop", workshop | {"title": "Ten minutes ahead",
                                                "updated_at": _stamp(_now_ms() + 10 * 60_000)}))
        assert [r["status"] for r in results] == ["invalid", "invalid"], results
        assert all("clock" in r["message"] for r in results)
        assert "years ahead" in results[0]["message"]
        assert server.rows(city=city_id)[("workshop", workshop_id)][1]["title"] == workshop["title"]
        ok = push(http, ("workshop", workshop | {"title": "A minute ahead", "updated_at": _stamp(_now_ms() + 60_000)}))
    assert ok[0]["status"] == "accepted"


def _poison(server: LiveServer, table: str, row_id: str, stamp: str) -> None:
    """Put a stamp on a server row as servers before the clock check let any device do."""
    with Session(server.engine) as session, session.begin():
        row = session.get(server_store.ServerRow, (table, row_id))
        assert row is not None
        data = json.loads(row.data) | {"updated_at": stamp}
        counter = session.get(server_store.ServerCounter, 1)
        assert counter is not None
        counter.value += 1
        row.updated_at, row.data, row.seq = stamp, json.dumps(data), counter.value
        session.add_all([row, counter])


def test_a_row_from_the_future_does_not_drag_laptop_clocks(server: LiveServer, tmp_path: Path,
                                                           _empty_db_file: Path) -> None:
    """A laptop that pulls a row stamped in 2100 keeps its clock, and its later edits of other rows sync."""
    ana_db, workshop_id, city_id = _synced_workshop(server, tmp_path, _empty_db_file, "ana")
    _poison(server, "city", city_id, _stamp(4102444800000, "wrongclock"))
    other = laptop(_empty_db_file, tmp_path, "other")
    with server.client(other, "ana") as client:
        client.sync()
    crud.update(other, Workshop, workshop_id, venue="Town hall")
    with other.session() as session:
        edited = session.get(Workshop, workshop_id)
        assert edited is not None
        assert stamp_ms(edited.updated_at) <= _now_ms() + MAX_AHEAD_MS
    with server.client(other, "ana") as client:
        report = client.sync()
    assert report.refused == [] and dirty_count(other) == 0
    assert server.rows(city=city_id)[("workshop", workshop_id)][1]["venue"] == "Town hall"


def test_the_server_upgrade_repairs_rows_stamped_in_the_future(server: LiveServer, tmp_path: Path,
                                                               _empty_db_file: Path) -> None:
    """Upgrading the server restamps rows from the future to now, with new seqs that laptops pull."""
    ana_db, workshop_id, city_id = _synced_workshop(server, tmp_path, _empty_db_file, "ana")
    _poison(server, "workshop", workshop_id, _stamp(4102444800000, "wrongclock"))
    before = server_store.server_rows(server.engine)[("workshop", workshop_id)]
    with server.engine.begin() as connection:
        connection.execute(text(f"UPDATE {server_store.VERSION_TABLE} SET version_num = 's0001'"))
    server_store.migrate_server(server.engine)
    seq, stamp, data = server_store.server_rows(server.engine)[("workshop", workshop_id)]
    assert seq > before[0] and data["updated_at"] == stamp
    assert abs(stamp_ms(stamp) - _now_ms()) < 60_000
    with server.client(ana_db, "ana") as client:
        client.sync()
    crud.update(ana_db, Workshop, workshop_id, title="Editable again")
    with server.client(ana_db, "ana") as client:
        report = client.sync()
    assert report.refused == [] and dirty_count(ana_db) == 0
    assert server.rows(city=city_id)[("workshop", workshop_id)][1]["title"] == "Editable again"


def test_the_laptop_upgrade_repairs_rows_stamped_in_the_future(tmp_path: Path, _empty_db_file: Path) -> None:
    """Opening a laptop database from before the repair restamps rows and merge bases from the future."""
    db = laptop(_empty_db_file, tmp_path, "old")
    workshop_id = add_workshop_rows(db, **SMALL)
    db.close()
    future = _stamp(4102444800000, "wrongclock")
    import sqlite3

    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE workshop SET updated_at = ?", (future,))
        conn.execute("INSERT INTO sync_base (table_name, row_id, data) VALUES ('workshop', ?, ?)",
                     (workshop_id, json.dumps({"id": workshop_id, "updated_at": future})))
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    reopened = Database.open(db.path)
    try:
        with reopened.session() as session:
            row = session.get(Workshop, workshop_id)
            assert row is not None and abs(stamp_ms(row.updated_at) - _now_ms()) < 60_000
            base = session.execute(text("SELECT data FROM sync_base WHERE row_id = :i"), {"i": workshop_id}).scalar()
        assert json.loads(base)["updated_at"] == row.updated_at
    finally:
        reopened.close()


# --- City ownership -------------------------------------------------------------------------------------

def test_a_city_assigned_to_someone_else_cannot_be_taken(server: LiveServer, tmp_path: Path,
                                                        _empty_db_file: Path) -> None:
    """A city id the administrator assigned to Ana but not pushed yet is refused to Bob; Ana then pushes it."""
    ana_db = laptop(_empty_db_file, tmp_path, "ana")
    workshop_id = add_workshop_rows(ana_db, "Ana's city", **SMALL)
    with ana_db.session() as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        city_id = workshop.city_id
    server.user("ana", cities=(city_id,))
    server.user("bob")
    bob_db = laptop(Path(ana_db.path), tmp_path, "bob")  # a copy of Ana's rows, as a thief would have
    with server.client(bob_db, "bob") as client:
        report = client.sync()
    assert {(p.table, p.status) for p in report.refused} >= {("city", "forbidden")}
    assert server.rows(city=city_id) == {}
    with server.client(ana_db, "ana") as client:
        assert client.sync().refused == []
    assert ("workshop", workshop_id) in server.rows(city=city_id)
    with api(server, "bob") as http:
        pulled = http.get("/sync/pull", params={"since": 0, "limit": 5000}).json()["rows"]
    assert not any(r["data"].get("id") == city_id or r["data"].get("city_id") == city_id for r in pulled)


def test_a_city_already_on_the_server_cannot_be_taken(server: LiveServer, tmp_path: Path,
                                                     _empty_db_file: Path) -> None:
    """Re-creating a city that is on the server (with a newer stamp) is forbidden to a user not assigned to it."""
    _db, _workshop_id, city_id = _synced_workshop(server, tmp_path, _empty_db_file, "ana")
    city = server.rows(city=city_id)[("city", city_id)][1]
    server.user("bob")
    with api(server, "bob") as http:
        results = push(http, ("city", city | {"name": "Mine now", "updated_at": _stamp()}))
    assert results[0]["status"] == "forbidden"
    assert server.rows(city=city_id)[("city", city_id)][1]["name"] == city["name"]


# --- Same version, other content ------------------------------------------------------------------------

def test_the_same_stamp_with_other_content_is_refused_and_logged(server: LiveServer, tmp_path: Path,
                                                                _empty_db_file: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    """A resend with the server's id and stamp but another title is refused as invalid and logged; the same content passes."""
    _db, workshop_id, city_id = _synced_workshop(server, tmp_path, _empty_db_file, "ana")
    workshop = server.rows(city=city_id)[("workshop", workshop_id)][1]
    with api(server, "ana") as http, caplog.at_level("WARNING", logger="icc_desktop.sync.server"):
        results = push(http, ("workshop", workshop | {"title": "Another title"}), ("workshop", workshop))
    assert [r["status"] for r in results] == ["invalid", "accepted"], results
    assert "same stamp" in results[0]["message"]
    assert any(workshop_id in record.getMessage() for record in caplog.records)
    assert server.rows(city=city_id)[("workshop", workshop_id)][1]["title"] == workshop["title"]


# --- No 500 from input -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("method", "path", "kwargs"), [
    ("GET", "/sync/pull", {"params": {"since": str(10**30)}}),
    ("GET", "/sync/pull", {"params": {"since": str(2**63)}}),
    ("GET", "/sync/pull", {"params": {"limit": str(-10**30)}}),
    ("GET", "/me", {"headers": {PROTOCOL_HEADER: "9" * 100_000}}),
    ("GET", "/me", {"headers": {PROTOCOL_HEADER: "²".encode("latin-1")}}),
    ("POST", "/auth/token", {"json": {"protocol": PROTOCOL_VERSION, "username": "ana\x00", "password": "x"}}),
    ("POST", "/auth/token", {"json": {"protocol": PROTOCOL_VERSION, "username": "ana", "password": "x" * 20,
                                      "device_name": "laptop\x00"}}),
    ("POST", "/auth/token", {"json": {"protocol": 10**400, "username": "ana", "password": "x"}}),
    ("POST", "/sync/push", {"json": {"protocol": PROTOCOL_VERSION, "device_id": "a\x00b", "rows": []}}),
])
def test_malformed_input_gets_a_4xx_with_a_message(server: LiveServer, method: str, path: str,
                                                  kwargs: dict[str, Any]) -> None:
    """Out-of-range integers, absurd or odd protocol headers and NUL characters get a 4xx with a readable detail."""
    server.user("ana")
    with api(server, "ana") as http:
        try:
            answer = http.request(method, path, **kwargs)
        except httpx.RemoteProtocolError:  # the HTTP layer itself refused the header: no 500 either
            return
    assert 400 <= answer.status_code < 500, answer.text[:300]
    assert answer.json()["detail"]
