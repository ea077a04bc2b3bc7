"""Syncs cut off at every request of a push and of a pull, clients killed mid-sync, and protocol
mismatches: after a retry both sides hold every row exactly once, and nothing is lost.

The cut-offs go through `FaultyTransport`, between the real client and the real server on a
loopback port: the request never arrives ("before"), the server commits but the answer is lost
("after"), or the answer breaks off at a random byte ("partial"). The kills are real SIGKILLs
of a client process, at a random moment after a given page or batch.
"""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from icc_desktop.models import City, Participant, SyncState, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.sync import client as client_module
from icc_desktop.sync.client import (
    SyncCancelled,
    SyncConnectionError,
    SyncProgress,
    SyncProtocolError,
)
from icc_desktop.sync.merge import list_conflicts
from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    FaultyTransport,
    LiveServer,
    add_workshop_rows,
    canonical,
    dirty_count,
    laptop,
    postgres_server,
    postgres_url,
    server,
    snapshot,
    sqlite_server,
)

CHILD = Path(__file__).with_name("sync_child.py")
PAGE, BATCH = 5, 5
SMALL = {"participants": 3, "needs": 2, "actions": 2, "questions": 5}  # 20 rows: 4 batches or pages
PUSH_REQUESTS = 6  # health, one pull page (nothing new), four push batches
PULL_REQUESTS = 5  # health, four pull pages (nothing to push afterwards)
KILL_DATA = {"participants": 6, "needs": 3, "actions": 3, "questions": 10}  # 34 rows: 17 requests of 2
MODES = ("before", "after", "partial")


@pytest.fixture(scope="module")
def fault_server(sqlite_server: LiveServer) -> LiveServer:
    """The shared SQLite server, cleaned once: every case below works in a city of its own."""
    sqlite_server.reset()
    return sqlite_server


@pytest.fixture(scope="module")
def synced_template(fault_server: LiveServer, _empty_db_file: Path,
                    tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A laptop that has synced once (it holds the shared reference rows): cases start from copies."""
    folder = tmp_path_factory.mktemp("synced")
    db = laptop(_empty_db_file, folder, "template")
    with fault_server.client(db, fault_server.user("template")) as client:
        client.sync()
    db.close()
    return folder / "template.sqlite"


def _city_of(db: Database, workshop_id: str) -> str:
    with db.session() as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        return workshop.city_id


def _assert_same_everywhere(server: LiveServer, city_id: str, *laptops: Database) -> None:
    """Every laptop and the server hold the same rows of the city, each exactly once, all confirmed."""
    on_server = server.rows(city=city_id)
    assert on_server, "the server has none of the rows"
    for db in laptops:
        assert dirty_count(db) == 0
        assert canonical(snapshot(db)) == canonical(on_server)


def _cut_sync(server: LiveServer, db: Database, user: str, point: int, mode: str) -> FaultyTransport:
    """Run a sync whose `point`-th request is cut off; it must stop with a connection error."""
    transport = FaultyTransport(point, mode)
    with server.client(db, user, transport=transport, page_size=PAGE, push_batch=BATCH) as client:
        with pytest.raises(SyncConnectionError):
            client.sync()
    assert transport.fired, f"the sync made only {transport.count} requests"
    return transport


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("point", range(1, PUSH_REQUESTS + 1))
def test_push_cut_off_then_retried_loses_and_duplicates_nothing(
        point: int, mode: str, fault_server: LiveServer, synced_template: Path, tmp_path: Path) -> None:
    """A sync cut at any request of a push, then edits, then a retry: server and laptop agree exactly."""
    user = fault_server.user(f"push-{point}-{mode}")
    a = laptop(synced_template, tmp_path, "a")
    workshop_id = add_workshop_rows(a, f"Push {point} {mode}", **SMALL)
    _cut_sync(fault_server, a, user, point, mode)
    # The facilitator keeps working before the retry: an edit of a row that may already be on the
    # server (its confirmation lost), and a new row.
    crud.update(a, Workshop, workshop_id, notes=f"written after the cut at {point}")
    crud.create(a, Participant, workshop_id=workshop_id, name="Late Arrival", stakeholder_group="academia")
    with fault_server.client(a, user, page_size=PAGE, push_batch=BATCH) as client:
        report = client.sync()
    assert report.refused == [] and report.conflicts == 0 and list_conflicts(a) == []
    _assert_same_everywhere(fault_server, _city_of(a, workshop_id), a)
    assert fault_server.rows(city=_city_of(a, workshop_id))[("workshop", workshop_id)][1]["notes"] == \
        f"written after the cut at {point}"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("point", range(1, PULL_REQUESTS + 1))
def test_pull_cut_off_then_retried_loses_and_duplicates_nothing(
        point: int, mode: str, fault_server: LiveServer, synced_template: Path, tmp_path: Path) -> None:
    """A second laptop's pull cut at any page, then retried: it ends with exactly the server's rows."""
    user = fault_server.user(f"pull-{point}-{mode}")
    a = laptop(synced_template, tmp_path, "a")
    workshop_id = add_workshop_rows(a, f"Pull {point} {mode}", **SMALL)
    with fault_server.client(a, user) as client:
        client.sync()
    # Parents edited after their children (later seqs: children arrive first) and a tombstone.
    city_id = _city_of(a, workshop_id)
    crud.update(a, Workshop, workshop_id, notes="edited after its rows")
    crud.update(a, City, city_id, region="Podlaskie")
    with a.session() as session:
        crud.delete(a, Participant, crud.live(session, Participant, workshop_id=workshop_id)[0].id)
    with fault_server.client(a, user) as client:
        client.sync()
    b = laptop(synced_template, tmp_path, "b")
    _cut_sync(fault_server, b, user, point, mode)
    with fault_server.client(b, user, page_size=PAGE, push_batch=BATCH) as client:
        report = client.sync()
    assert report.waiting == 0 and report.conflicts == 0 and report.pushed == 0
    _assert_same_everywhere(fault_server, city_id, a, b)


@pytest.mark.parametrize(("phase", "after"), [("pull", 1), ("pull", 3), ("push", 1), ("push", 3)])
def test_cancelled_sync_keeps_what_was_done_and_resumes(
        phase: str, after: int, fault_server: LiveServer, synced_template: Path, tmp_path: Path) -> None:
    """A sync cancelled from the progress callback (as the window does) stops; the next one completes it."""
    user = fault_server.user(f"cancel-{phase}-{after}")
    a = laptop(synced_template, tmp_path, "a")
    workshop_id = add_workshop_rows(a, f"Cancel {phase} {after}", **SMALL)
    victim = a
    if phase == "pull":
        with fault_server.client(a, user) as client:
            client.sync()
        victim = laptop(synced_template, tmp_path, "b")
    steps: list[SyncProgress] = []
    with fault_server.client(victim, user, page_size=PAGE, push_batch=BATCH) as client:
        with pytest.raises(SyncCancelled):
            client.sync(progress=steps.append,
                        cancelled=lambda: sum(s.phase == phase for s in steps) >= after)
        assert dirty_count(victim) > 0 if phase == "push" else len(snapshot(victim)) > 0
        client.sync()
    _assert_same_everywhere(fault_server, _city_of(a, workshop_id), a, victim)


def test_cut_off_push_and_pull_on_both_backends(server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """A push and a pull each cut after the server answered, then retried, on SQLite and PostgreSQL."""
    mode = "after"  # the server committed, the answer was lost: the resend must change nothing
    user = server.user("both")
    a = laptop(_empty_db_file, tmp_path, "a")
    workshop_id = add_workshop_rows(a, f"Both {mode}", **SMALL)
    with server.client(a, user, transport=FaultyTransport(4, mode), push_batch=BATCH) as client:
        with pytest.raises(SyncConnectionError):
            client.sync()  # health, one pull page, push batches: the second one's answer is lost
    with server.client(a, user, push_batch=BATCH) as client:
        client.sync()
    b = laptop(_empty_db_file, tmp_path, "b")
    with server.client(b, user, transport=FaultyTransport(4, mode), page_size=25) as client:
        with pytest.raises(SyncConnectionError):
            client.sync()  # the third page of the 140-odd rows (shared reference rows first) is lost
    with server.client(b, user, page_size=25) as client:
        report = client.sync()
    assert report.waiting == 0 and report.conflicts == 0
    _assert_same_everywhere(server, _city_of(a, workshop_id), a, b)


# --- Real kills of a client process ----------------------------------------------------------------

class SyncChild:
    """The fork server of sync_child.py, with its output lines read on a thread into a queue."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            self.lines.put(raw.decode().rstrip("\n"))

    def line(self, timeout: float = 20.0) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("the sync child went silent") from None

    def run(self, *args: str) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write((" ".join(["run", *args]) + "\n").encode())
        self.process.stdin.flush()
        head = self.line()
        assert head.startswith("child "), head
        return int(head.split()[1])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(10)


@pytest.fixture(scope="module")
def sync_child() -> Iterator[SyncChild]:
    """One warmed-up client process for all the kills."""
    child = SyncChild()
    yield child
    child.close()


KILLS = [("pull", 2), ("pull", 20), ("push", 2), ("push", 20)]


@pytest.mark.parametrize(("phase", "after"), KILLS)
def test_client_killed_mid_sync_then_retried_loses_and_duplicates_nothing(
        phase: str, after: int, fault_server: LiveServer, synced_template: Path, tmp_path: Path,
        sync_child: SyncChild) -> None:
    """A client process SIGKILLed at a random moment of a pull or a push: a retry completes the sync."""
    user = fault_server.user(f"kill-{phase}-{after}")
    a = laptop(synced_template, tmp_path, "a")
    workshop_id = add_workshop_rows(a, f"Kill {phase} {after}", **KILL_DATA)
    city_id = _city_of(a, workshop_id)
    victim = a
    if phase == "pull":
        with fault_server.client(a, user) as client:
            client.sync()
        victim = laptop(synced_template, tmp_path, "b")
    path = victim.path
    victim.close()
    pid = sync_child.run(str(path), fault_server.url, fault_server.token(user), "2", "2")
    trigger, seen = f"progress {phase} {after}", []
    while not seen or seen[-1] != trigger:
        seen.append(sync_child.line())
        assert seen[-1] != "done" and not seen[-1].startswith("exit"), f"finished before the kill: {seen}"
    time.sleep(random.Random(f"{phase}{after}").uniform(0, 0.012))  # land anywhere in what follows
    os.kill(pid, signal.SIGKILL)
    rest = [sync_child.line()]
    while not rest[-1].startswith(f"exit {pid}"):
        rest.append(sync_child.line())
    status = int(rest[-1].split()[2])
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, rest
    assert "done" not in rest, "the sync finished before the kill"
    victim = Database.open(path)  # the killed client's file opens (checked) and resumes
    try:
        with fault_server.client(victim, user) as client:
            report = client.sync()
        assert report.waiting == 0 and report.conflicts == 0 and report.refused == []
        _assert_same_everywhere(fault_server, city_id, a, victim)
    finally:
        victim.close()


# --- Protocol versions ----------------------------------------------------------------------------

class RecordingTransport(httpx.HTTPTransport):
    """A real transport that notes the path of every request."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return super().handle_request(request)


@pytest.mark.parametrize(("app_version", "update"), [(PROTOCOL_VERSION + 1, "ask its administrator"),
                                                      (PROTOCOL_VERSION - 1, "update the app")])
def test_protocol_mismatch_stops_before_anything_moves(
        app_version: int, update: str, fault_server: LiveServer, synced_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An app of another protocol version stops after asking the version, saying which side to update."""
    user = fault_server.user("mismatch")
    a = laptop(synced_template, tmp_path, "a")
    add_workshop_rows(a, "Mismatch", **SMALL)
    before_laptop, before_server = canonical(snapshot(a)), canonical(fault_server.rows(include_global=True))
    with a.session() as session:
        before_state = repr(session.get(SyncState, 1))
    monkeypatch.setattr(client_module, "PROTOCOL_VERSION", app_version)
    transport = RecordingTransport()
    with fault_server.client(a, user, transport=transport) as client:
        with pytest.raises(SyncProtocolError, match=update):
            client.sync()
        # Even skipping the version check, the server refuses the push itself.
        with pytest.raises(SyncProtocolError, match=update):
            client._send([client_module._Outgoing("city", {"id": "x"}, '{"id": "x"}')])
    assert transport.paths == ["/api/v1/health", "/api/v1/sync/push"]
    assert canonical(snapshot(a)) == before_laptop
    assert canonical(fault_server.rows(include_global=True)) == before_server
    with a.session() as session:
        assert repr(session.get(SyncState, 1)) == before_state


def test_server_refuses_requests_without_a_protocol_version(fault_server: LiveServer) -> None:
    """A request without the protocol header, or with another version, gets 426 and the side to update."""
    headers = {"Authorization": f"Bearer {fault_server.token(fault_server.user('mismatch'))}"}
    body = {"protocol": PROTOCOL_VERSION, "rows": []}
    with httpx.Client(base_url=fault_server.url + "/api/v1", headers=headers) as http:
        missing = http.post("/sync/push", json=body)
        older = http.post("/sync/push", json=body, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION - 1)})
        newer = http.get("/sync/pull", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION + 1)})
        in_body = http.post("/sync/push", json={**body, "protocol": PROTOCOL_VERSION + 1},
                            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})
    assert [r.status_code for r in (missing, older, newer, in_body)] == [426] * 4
    assert json.loads(older.content)["update"] == "app" and "update the app" in older.json()["detail"]
    assert newer.json()["update"] == "server" and in_body.json()["update"] == "server"
    assert missing.json()["server_protocol"] == PROTOCOL_VERSION
