"""Laptops syncing real databases through the real server (SQLite and PostgreSQL backends)."""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from icc_desktop import cli
from icc_desktop.models import City, Participant, Vote, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.sync.merge import list_conflicts, resolve_conflict, unsynced_counts
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    PASSWORD,
    LiveServer,
    add_workshop_rows,
    canonical,
    dirty_count,
    free_port,
    laptop,
    postgres_server,
    postgres_url,
    server,
    snapshot,
    sqlite_only_server,
    sqlite_server,
)


def _get(db, model, row_id):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.get(model, row_id)


def test_two_laptops_merge_edits_of_different_fields(server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """Offline edits of different fields of one workshop on two laptops both survive, with no conflict."""
    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    user = server.user("ana")
    workshop_id = add_workshop_rows(a)
    ca, cb = server.client(a, user), server.client(b, user)
    first = ca.sync()
    assert first.pushed == len(snapshot(a)) and dirty_count(a) == 0
    cb.sync()
    crud.update(a, Workshop, workshop_id, venue="Town Hall, room 2")
    crud.update(b, Workshop, workshop_id, facilitator="Bea Kowalska")
    assert unsynced_counts(a, workshop_id) == {"workshop": 1}
    ca.sync()
    report = cb.sync()
    ca.sync()
    assert report.conflicts == 0 and report.merged == 1
    for db in (a, b):
        row = _get(db, Workshop, workshop_id)
        assert (row.venue, row.facilitator) == ("Town Hall, room 2", "Bea Kowalska")
        assert dirty_count(db) == 0
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())
    assert list_conflicts(a) == [] and list_conflicts(b) == []


def test_same_field_changed_on_both_laptops_is_a_conflict_with_both_values(server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """The same field edited on both sides: the newer value wins, the other is kept, and the user's pick travels."""
    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    user = server.user("ana")
    workshop_id = add_workshop_rows(a)
    ca, cb = server.client(a, user), server.client(b, user)
    ca.sync()
    cb.sync()
    crud.update(a, Workshop, workshop_id, title="Title from A", notes="A's notes")
    time.sleep(0.002)  # B's edit is the newer one
    crud.update(b, Workshop, workshop_id, title="Title from B")
    ca.sync()
    report = cb.sync()
    ca.sync()
    assert report.conflicts == 1
    for db in (a, b):
        row = _get(db, Workshop, workshop_id)
        assert (row.title, row.notes) == ("Title from B", "A's notes")
    [conflict] = list_conflicts(b)
    assert conflict.fields == ["title"]
    assert conflict.choices() == {"title": ("Title from B", "Title from A")}
    resolve_conflict(b, conflict.id, {"title": "remote"})
    assert list_conflicts(b) == []
    cb.sync()
    ca.sync()
    assert _get(a, Workshop, workshop_id).title == "Title from A"
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())


def test_deletes_travel_as_tombstones_and_an_edit_of_a_deleted_row_is_kept(server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """A delete reaches the other laptop as tombstones (cascade included); an edit made meanwhile is a conflict."""
    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    user = server.user("ana")
    workshop_id = add_workshop_rows(a)
    ca, cb = server.client(a, user), server.client(b, user)
    ca.sync()
    cb.sync()
    with a.session() as session:
        gone, edited = crud.live(session, Participant, workshop_id=workshop_id)[:2]
        votes_of_gone = [v.id for v in crud.live(session, Vote, participant_id=gone.id)]
    crud.delete(a, Participant, gone.id)
    crud.delete(a, Participant, edited.id)
    crud.update(b, Participant, edited.id, organisation="Edited while deleted elsewhere")
    ca.sync()
    report = cb.sync()
    ca.sync()
    assert _get(b, Participant, gone.id).deleted_at is not None
    assert all(_get(b, Vote, v).deleted_at is not None for v in votes_of_gone)
    kept = _get(b, Participant, edited.id)
    assert kept.organisation == "Edited while deleted elsewhere" and kept.deleted_at is not None
    assert report.conflicts == 1 and list_conflicts(b)[0].fields == ["deleted_at"]
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())


def test_third_laptop_pulls_everything_from_scratch_even_children_before_parents(server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """An empty laptop gets every row, tombstones included, although parents edited later come after their children."""
    a = laptop(_empty_db_file, tmp_path, "a")
    user = server.user("ana")
    workshop_id = add_workshop_rows(a, participants=15)
    ca = server.client(a, user)
    ca.sync()
    with a.session() as session:
        city_id = session.get(Workshop, workshop_id).city_id
        first_person = crud.live(session, Participant, workshop_id=workshop_id)[0].id
    # Parents edited after their children: they now have later seqs than the children.
    crud.update(a, Workshop, workshop_id, notes="edited after its rows")
    crud.update(a, City, city_id, region="Podlaskie")
    crud.delete(a, Participant, first_person)
    ca.sync()
    c = laptop(_empty_db_file, tmp_path, "c")
    cc = server.client(c, user, page_size=7)
    report = cc.sync()
    assert report.waiting == 0 and report.pulled >= len(snapshot(a))
    assert canonical(snapshot(c)) == canonical(snapshot(a)) == canonical(server.rows())
    assert _get(c, Participant, first_person).deleted_at is not None
    assert dirty_count(c) == 0
    again = cc.sync()
    assert again.pulled == 0 and again.pushed == 0


def test_a_server_that_lost_its_data_gets_it_back_from_the_laptop(sqlite_only_server: LiveServer, tmp_path: Path,
                                                                   _empty_db_file: Path) -> None:
    """A server database started again from nothing: the laptop pulls from the start and sends everything again."""
    server = sqlite_only_server
    a = laptop(_empty_db_file, tmp_path, "a")
    add_workshop_rows(a, participants=3, needs=2, actions=2, questions=4)
    with server.client(a, server.user("ana")) as client:
        client.sync()
        assert dirty_count(a) == 0
        server.reset()  # the same address, an empty database
        report = client.sync()
    assert report.pushed == len(snapshot(a)) and dirty_count(a) == 0
    assert canonical(server.rows()) == canonical(snapshot(a))


def test_a_server_restored_from_an_old_backup_gets_the_newer_versions_back(
        sqlite_only_server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """A server put back to an older backup: the laptop keeps its newer versions and sends them again."""
    server = sqlite_only_server
    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    workshop_id = add_workshop_rows(b, participants=3, needs=2, actions=2, questions=4)
    user = server.user("ana")
    with server.client(b, user) as client:  # the old versions come from another laptop
        client.sync()
    with server.client(a, user) as client:
        client.sync()
        backup = server.save()
        crud.update(a, Workshop, workshop_id, title="Edited after the backup")
        added = crud.create(a, Participant, workshop_id=workshop_id, name="After the backup",
                            stakeholder_group="business")
        client.sync()
        server.restore(backup)  # loses the edit and the new participant
        assert server.rows()[("workshop", workshop_id)][1]["title"] != "Edited after the backup"
        client.sync()
    assert _get(a, Workshop, workshop_id).title == "Edited after the backup"
    assert ("participant", added.id) in server.rows() and dirty_count(a) == 0
    assert canonical(server.rows()) == canonical(snapshot(a))


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
         stdin: str = "") -> tuple[int, str, str]:
    """Run `icc-desktop ARGS` in this process (as the console script does); (exit code, out, err)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_serve_add_user_and_headless_sync(tmp_path: Path, _empty_db_file: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`server add-user`, `serve` (a real process) and `sync` work from the command line, passwords on stdin."""
    database = f"sqlite:///{tmp_path / 'server.sqlite'}"
    code, out, err = _cli(monkeypatch, capsys, "server", "add-user", "ana", "--database", database,
                          stdin=PASSWORD + "\n")
    assert code == 0 and "Added user ana" in out, err
    code, _, err = _cli(monkeypatch, capsys, "server", "add-user", "bob", "--database", database, stdin="short\n")
    assert code == 2 and "at least 10 characters" in err
    port = free_port()
    env = dict(os.environ, ICC_DESKTOP_HOME=str(tmp_path / "home"), ICC_DESKTOP_NO_KEYRING="1")
    serve = subprocess.Popen([sys.executable, "-m", "icc_desktop", "serve", "--database", database,
                              "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        db_path = tmp_path / "laptop.sqlite"
        db = laptop(_empty_db_file, tmp_path, "laptop")
        add_workshop_rows(db, participants=3, needs=2, actions=2)
        rows = len(snapshot(db))
        db.close()
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(httpx.TransportError):  # not listening yet
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            assert time.monotonic() < deadline and serve.poll() is None, "serve did not start"
            time.sleep(0.05)
        code, out, err = _cli(monkeypatch, capsys, "sync", "--server", url, "--user", "ana", "--db",
                              str(db_path), stdin=PASSWORD + "\n")
        assert code == 0, err
        assert f"Sent {rows} rows" in out
        code, _, err = _cli(monkeypatch, capsys, "sync", "--server", url, "--user", "ana", "--db",
                            str(db_path), stdin="wrong password\n")
        assert code == 2 and "Wrong user name or password" in err
        code, _, err = _cli(monkeypatch, capsys, "sync", "--server", "http://192.0.2.10:8765", "--user", "ana",
                            "--db", str(db_path), stdin=PASSWORD + "\n")
        assert code == 2 and "unencrypted" in err
    finally:
        serve.terminate()
        serve.wait(10)


@pytest.mark.parametrize("flag", ["--certfile", "--keyfile"])
def test_cli_serve_refuses_half_a_tls_configuration(flag: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """`serve` with only a certificate or only a key is refused with a clear message (exit 2)."""
    pem = tmp_path / "half.pem"
    pem.write_text("x")
    code, _, err = _cli(monkeypatch, capsys, "serve", "--database", f"sqlite:///{tmp_path / 's.sqlite'}",
                        "--port", str(free_port()), flag, str(pem))
    assert code == 2 and "give both" in err


def test_pulls_during_concurrent_pushes_never_skip_a_row(server: LiveServer, tmp_path: Path,
                                                         _empty_db_file: Path) -> None:
    """Laptops pushing at the same time while another pulls again and again: the puller misses nothing."""
    writers = [laptop(_empty_db_file, tmp_path, f"w{i}") for i in range(3)]
    for i, db in enumerate(writers):
        add_workshop_rows(db, f"City {i}", participants=4, needs=2, actions=2, questions=4)
    reader = laptop(_empty_db_file, tmp_path, "reader")
    admin = server.user("admin", admin=True)
    errors: list[BaseException] = []

    def push(db: Database) -> None:
        try:
            with server.client(db, admin, push_batch=4) as client:
                client.sync()
        except BaseException as exc:  # noqa: BLE001  (reported by the assertion below)
            errors.append(exc)

    with server.client(reader, admin) as client:
        client.sync()  # the shared reference rows, before the race
    threads = [threading.Thread(target=push, args=(db,)) for db in writers]
    for thread in threads:
        thread.start()
    with server.client(reader, admin, page_size=3) as client:
        while any(thread.is_alive() for thread in threads):
            client.sync()  # each pull stops at the top seq it saw; the next one starts after it
            time.sleep(0.005)
        for thread in threads:
            thread.join()
        client.sync()
    assert errors == []
    everything = server.rows()
    assert canonical(snapshot(reader)) == canonical(everything)
    # The writers are administrators too: a writer's pull may bring another's rows, so compare the union.
    assert set().union(*(snapshot(db) for db in writers)) == set(everything)


def test_the_server_does_not_send_a_laptop_its_own_rows_back(sqlite_only_server: LiveServer, tmp_path: Path,
                                                            _empty_db_file: Path) -> None:
    """After a push, the next sync of that laptop receives none of its rows; another laptop of the same
    user gets them all, and a laptop restored from a backup (a new device id) gets them again."""
    from icc_desktop.store.backup import backup_database, restore_database

    server = sqlite_only_server
    user = server.user("own-rows")
    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    backup = backup_database(a.path, tmp_path / "a-before.sqlite")
    add_workshop_rows(a, "Rijeka")
    with server.client(a, user) as client:
        pushed = client.sync().pushed
        again = client.sync()
    assert pushed > 20 and (again.pulled, again.pushed) == (0, 0)
    with server.client(b, user) as client:
        assert client.sync().pulled >= pushed
    assert canonical(snapshot(a)) == canonical(snapshot(b))
    device = a.device_id
    a.close()
    restore_database(a.path, backup)  # the laptop goes back to before its edits
    restored = Database.open(a.path)
    assert restored.device_id != device
    with server.client(restored, user) as client:
        assert client.sync().pulled >= pushed
    assert canonical(snapshot(restored)) == canonical(snapshot(b))
    restored.close()


def test_a_sync_with_nothing_to_do_is_one_short_transaction(sqlite_only_server: LiveServer, tmp_path: Path,
                                                           _empty_db_file: Path) -> None:
    """A sync that finds nothing to pull or push commits once (the time of the sync), nothing else."""
    from sqlalchemy import event

    server = sqlite_only_server
    user = server.user("no-op")
    a = laptop(_empty_db_file, tmp_path, "a")
    add_workshop_rows(a, "Trikala")
    statements: list[str] = []
    commits: list[int] = []
    with server.client(a, user) as client:
        client.sync()
        client.sync()
        event.listen(a.engine, "before_cursor_execute",
                     lambda _c, _cur, sql, *_a: statements.append(sql.split()[0].upper()))
        event.listen(a.engine, "commit", lambda _c: commits.append(1))
        report = client.sync()
    assert (report.pulled, report.pushed) == (0, 0)
    assert len(commits) == 1
    assert [s for s in statements if s not in ("SELECT", "PRAGMA")] == ["UPDATE"]


def test_a_push_with_one_bad_row_refuses_that_row_only(sqlite_only_server: LiveServer) -> None:
    """The server validates a push body in one pass; a body with one bad row is read again row by row,
    so that row alone is refused (with its field) and the others are stored."""
    from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

    server = sqlite_only_server
    token = server.token(server.user("one-bad-row", admin=True))
    city = {"id": "c-one-bad", "created_at": "2024-01-02T03:04:05Z", "updated_at": "1700000000000-0000-dev1",
            "deleted_at": None, "name": "Kavala", "country": "GR", "region": "", "population": None,
            "edition": "2023-25", "role": "core", "notes": ""}
    bad = city | {"id": "c-two-bad", "population": "many"}
    extra = city | {"id": "c-three-bad", "mayor": "unknown field"}
    headers = {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    with httpx.Client(base_url=server.url + "/api/v1", headers=headers) as http:
        answer = http.post("/sync/push", json={"protocol": PROTOCOL_VERSION, "rows": [
            {"table": "city", "data": city}, {"table": "city", "data": bad}, {"table": "city", "data": extra}]})
        assert answer.status_code == 200, answer.text
        results = answer.json()["results"]
        assert [r["status"] for r in results] == ["accepted", "invalid", "invalid"]
        assert "population" in results[1]["message"] and "mayor" in results[2]["message"]
        good = http.post("/sync/push", json={"protocol": PROTOCOL_VERSION, "rows": [
            {"table": "city", "data": city | {"id": "c-four", "updated_at": "1700000000001-0000-dev1"}}]})
        assert [r["status"] for r in good.json()["results"]] == ["accepted"]
        assert http.post("/sync/push", content=b"{not json").status_code == 400
        assert http.post("/sync/push", json={"rows": []}).status_code == 422
    stored = server.rows(include_global=True)
    assert {("city", "c-one-bad"), ("city", "c-four")} <= set(stored)
    assert ("city", "c-two-bad") not in stored and ("city", "c-three-bad") not in stored


def test_a_workshop_moved_to_another_city_takes_its_rows_there(server: LiveServer, tmp_path: Path,
                                                               _empty_db_file: Path) -> None:
    """An administrator moves a workshop to another city: on the server it and its rows belong to that city
    from then on, also when one push holds two versions of it (the move, then an edit)."""
    from icc_desktop.models.clock import format_stamp
    from icc_desktop.sync import server_store
    from icc_desktop.sync.tables import PushedRow, to_wire

    admin = server.user("mover", admin=True)
    a = laptop(_empty_db_file, tmp_path, "a")
    workshop_id = add_workshop_rows(a, "Split", participants=3, needs=1, actions=1, questions=2)
    home = _get(a, Workshop, workshop_id).city_id
    other = crud.create(a, City, name="Zadar", country="HR")
    with server.client(a, admin) as client:
        client.sync()
    crud.update(a, Workshop, workshop_id, city_id=other.id)
    with server.client(a, admin) as client:
        client.sync()
    moved = server.rows(city=other.id)
    assert ("workshop", workshop_id) in moved and sum(table == "participant" for table, _ in moved) == 3
    assert not any(table == "participant" for table, _ in server.rows(city=home))
    user = server_store.authenticate(server.engine, server.token(admin))
    assert user is not None
    now = time.time_ns() // 1_000_000
    back = to_wire(_get(a, Workshop, workshop_id)) | {"city_id": home, "updated_at": format_stamp(now, 1, "mover1")}
    again = back | {"title": "Back home", "updated_at": format_stamp(now, 2, "mover1")}
    [moved_back] = server_store.apply_push(server.engine, user, [
        PushedRow("workshop", back, base=_get(a, Workshop, workshop_id).server_seq)])
    [renamed] = server_store.apply_push(server.engine, user, [PushedRow("workshop", again, base=moved_back.seq)])
    assert (moved_back.status, renamed.status) == ("accepted", "accepted")
    returned = server.rows(city=home)
    assert returned[("workshop", workshop_id)][1]["title"] == "Back home"
    assert sum(table == "participant" for table, _ in returned) == 3 and ("workshop", workshop_id) not in \
        server.rows(city=other.id)


def test_cli_server_restored_gives_the_server_a_new_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`server restored` gives the server database a new epoch (what laptops compare) and says what follows."""
    from sqlalchemy import text

    from icc_desktop.sync.server import open_server

    database = f"sqlite:///{tmp_path / 'server.sqlite'}"
    engine = open_server(database)

    def epoch() -> str:
        with engine.connect() as connection:
            return str(connection.execute(text("SELECT epoch FROM server_counter")).scalar_one())

    before = epoch()
    code, out, err = _cli(monkeypatch, capsys, "server", "restored", "--database", database)
    assert (code, err) == (0, "") and "read everything again" in out
    assert epoch() not in (before, "None") and len(epoch()) == 17 and epoch().startswith("r")
    engine.dispose()
