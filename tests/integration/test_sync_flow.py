"""Laptops syncing real databases through the real server (SQLite and PostgreSQL backends)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from icc_desktop.models import Participant, Vote, Workshop
from icc_desktop.services import crud
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
        people = crud.live(session, Participant, workshop_id=workshop_id)
    gone, edited = people[0], people[1]
    votes_of_gone = [v.id for v in crud.live(a.session().__enter__(), Vote, participant_id=gone.id)]
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
    from icc_desktop.models import City

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


def _cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "icc_desktop", *args], input=stdin, capture_output=True,
                          text=True, timeout=60, env=env)


def test_cli_serve_add_user_and_headless_sync(tmp_path: Path, _empty_db_file: Path) -> None:
    """`server add-user`, `serve` and `sync` work from the command line, with passwords on stdin."""
    env = dict(os.environ, ICC_DESKTOP_HOME=str(tmp_path / "home"), ICC_DESKTOP_NO_KEYRING="1")
    database = f"sqlite:///{tmp_path / 'server.sqlite'}"
    added = _cli("server", "add-user", "ana", "--database", database, stdin=PASSWORD + "\n", env=env)
    assert added.returncode == 0, added.stderr
    short = _cli("server", "add-user", "bob", "--database", database, stdin="short\n", env=env)
    assert short.returncode == 2 and "at least 10 characters" in short.stderr
    port = free_port()
    serve = subprocess.Popen([sys.executable, "-m", "icc_desktop", "serve", "--database", database,
                              "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and serve.poll() is None, "serve did not start"
            time.sleep(0.1)
        db_path = tmp_path / "laptop.sqlite"
        import shutil

        shutil.copyfile(_empty_db_file, db_path)
        from icc_desktop.store.db import Database

        db = Database.open(db_path)
        add_workshop_rows(db, participants=3, needs=2, actions=2)
        rows = len(snapshot(db))
        db.close()
        done = _cli("sync", "--server", url, "--user", "ana", "--db", str(db_path), stdin=PASSWORD + "\n", env=env)
        assert done.returncode == 0, done.stderr
        assert f"Sent {rows} rows" in done.stdout
        wrong = _cli("sync", "--server", url, "--user", "ana", "--db", str(db_path), stdin="wrong password\n", env=env)
        assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
        insecure = _cli("sync", "--server", "http://192.0.2.10:8765", "--user", "ana", "--db", str(db_path),
                        stdin=PASSWORD + "\n", env=env)
        assert insecure.returncode == 2 and "unencrypted" in insecure.stderr
    finally:
        serve.terminate()
        serve.wait(10)


@pytest.mark.parametrize("flag", ["--certfile"])
def test_cli_serve_refuses_half_a_tls_configuration(flag: str, tmp_path: Path) -> None:
    """`serve` with a certificate but no key is refused with a clear message (exit 2)."""
    cert = tmp_path / "cert.pem"
    cert.write_text("x")
    done = _cli("serve", "--database", f"sqlite:///{tmp_path / 's.sqlite'}", flag, str(cert),
                env=dict(os.environ, ICC_DESKTOP_HOME=str(tmp_path)))
    assert done.returncode == 2 and "give both" in done.stderr
