"""Sync against edits and other laptops at the same moment: no edit lost, none stuck."""
# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from icc_desktop.models import Need, Participant
from icc_desktop.services import crud
from icc_desktop.sync import merge
from icc_desktop.sync.client import SyncError
from icc_desktop.sync.merge import list_conflicts
from icc_desktop.sync.tables import MODELS
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    LiveServer,
    add_workshop_rows,
    canonical,
    dirty_count,
    laptop,
    postgres_server,
    postgres_url,
    server,
    snapshot,
    sqlite_only_server,
    sqlite_server,
    two_laptops_in_step,
)


def _need(db):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.exec(select(Need)).first()


def test_an_edit_saved_while_a_page_is_merged_is_kept(sqlite_only_server: LiveServer, tmp_path: Path,
                                                        _empty_db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user saves a need while the sync merges another laptop's version of it (the window syncs on a
    worker thread): the merge does not write over the edit from a copy read before it, and the edit
    then travels like any other (no row left stuck with the server's stamp and other content)."""
    server = sqlite_only_server
    a, b, ca, cb = two_laptops_in_step(server, tmp_path, _empty_db_file, "rita", participants=1, needs=1, actions=0, questions=1)
    need_id = _need(a).id
    crud.update(b, Need, need_id, title="B's title")
    cb.sync()
    editing: list[threading.Thread] = []
    real = merge.merge_versions

    def user_saves_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not editing:  # the window's thread saves the same need while the page is merged
            editing.append(threading.Thread(target=crud.update, args=(a, Need, need_id),
                                            kwargs={"title": "A typed this", "description": "A's words"}))
            editing[0].start()
            time.sleep(0.3)  # time enough for the edit to be written, if nothing holds it back
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "merge_versions", user_saves_meanwhile)
    report = ca.sync()
    editing[0].join(10)
    assert editing and not editing[0].is_alive() and report.refused == []
    monkeypatch.setattr(merge, "merge_versions", real)
    row = _need(a)
    assert (row.title, row.description, row.dirty) == ("A typed this", "A's words", True)
    assert ca.sync().refused == []
    cb.sync()
    for db in (a, b):
        assert (_need(db).title, _need(db).description) == ("A typed this", "A's words")
        assert dirty_count(db) == 0 and list_conflicts(db) == []
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())


def test_a_push_made_from_an_older_version_than_the_servers_does_not_undo_it(
        server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """Two laptops sync at once: A's whole sync lands between B's pull and B's push. B's row, made from the
    version before A's and stamped later, is answered as stale and merged on B: A's role and B's
    organisation both stay, everywhere, with no conflict (B's newer stamp used to win the whole row)."""
    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    user = server.user("sara")
    add_workshop_rows(a, participants=1, needs=1, actions=1, questions=1)
    ca = server.client(a, user)
    ca.sync()
    server.client(b, user).sync()
    with a.session() as session:
        person = session.exec(select(Participant)).first()
        assert person is not None
    crud.update(a, Participant, person.id, role="Mayor")
    crud.update(b, Participant, person.id, organisation="City Hall")  # the later stamp

    class AMeanwhile(httpx.HTTPTransport):
        done = False

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/sync/push") and not self.done:
                self.done = True
                ca.sync()  # between B's pull and B's push
            return super().handle_request(request)

    report = server.client(b, user, transport=AMeanwhile()).sync()
    assert report.stale == 1 and report.conflicts == 0 and report.refused == []
    ca.sync()
    for db in (a, b):
        with db.session() as session:
            row = session.get(Participant, person.id)
        assert row is not None and (row.role, row.organisation) == ("Mayor", "City Hall")
        assert dirty_count(db) == 0 and list_conflicts(db) == []
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())


def test_values_no_laptop_could_store_are_refused_by_the_server(sqlite_only_server: LiveServer, tmp_path: Path,
                                                                _empty_db_file: Path) -> None:
    """A hand-made push with a number past SQLite's 64 bits, an infinity, a timestamp without a time zone or one
    that is out of range once in UTC is refused row by row, naming the field; a laptop then syncs as usual
    (the server accepted them, and every laptop that pulled them failed on them at every sync)."""
    from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

    server = sqlite_only_server
    user = server.user("hand-made", admin=True)
    base = {"id": "c-hand", "created_at": "2024-01-02T03:04:05Z", "updated_at": "1700000000000-0000-dev1",
            "deleted_at": None, "name": "Kavala", "country": "GR", "region": "", "population": 70000,
            "edition": "2023-25", "role": "core", "notes": ""}
    bad = [("population", 10**30), ("population", -(2**63) - 1), ("created_at", "2024-01-02T03:04:05"),
           ("deleted_at", "0001-01-01T00:00:00+14:00")]
    rows = [{"table": "city", "data": base | {"id": f"c-bad-{n}", field: value}}
            for n, (field, value) in enumerate(bad)]
    headers = {"Authorization": f"Bearer {server.token(user)}", PROTOCOL_HEADER: str(PROTOCOL_VERSION),
               "Content-Type": "application/json"}
    with httpx.Client(base_url=server.url + "/api/v1", headers=headers) as http:
        answer = http.post("/sync/push", json={"protocol": PROTOCOL_VERSION, "rows": [
            {"table": "city", "data": base}, *rows]})
        assert answer.status_code == 200, answer.text
        results = answer.json()["results"]
        assert [r["status"] for r in results] == ["accepted"] + ["invalid"] * len(bad)
        assert all(field in r["message"] for r, (field, _) in zip(results[1:], bad, strict=True))
    laptop_b = laptop(_empty_db_file, tmp_path, "b")
    report = server.client(laptop_b, user).sync()
    assert report.refused == [] and dirty_count(laptop_b) == 0
    with laptop_b.session() as session:
        assert session.get(MODELS["city"], "c-hand") is not None



def test_a_push_whose_answer_was_lost_does_not_undo_a_later_change(server: LiveServer, tmp_path: Path,
                                                                   _empty_db_file: Path) -> None:
    """B's push is stored but its answer never arrives; A then changes the title back on purpose. B's next
    sync sees that A's version was made from B's own: B's title is taken as agreed and A's change wins,
    with no conflict (B used to merge against the version before its own edit and push its title again)."""
    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    user = server.user("lost-answer")
    add_workshop_rows(a, participants=1, needs=1, actions=0, questions=1)
    ca = server.client(a, user)
    ca.sync()
    server.client(b, user).sync()
    need_id = _need(a).id
    first_title = _need(a).title
    crud.update(b, Need, need_id, title="B's title")

    class AnswerLost(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            answer = super().handle_request(request)
            if request.url.path.endswith("/sync/push"):
                answer.read()
                raise httpx.ReadError("connection reset", request=request)
            return answer

    with pytest.raises(SyncError):
        server.client(b, user, transport=AnswerLost(), timeout=5).sync()
    assert server.rows()[("need", need_id)][1]["title"] == "B's title" and _need(b).dirty
    ca.sync()
    crud.update(a, Need, need_id, title=first_title)  # A puts the old title back, on purpose
    ca.sync()
    report = server.client(b, user).sync()
    ca.sync()
    assert report.conflicts == 0
    for db in (a, b):
        assert _need(db).title == first_title and dirty_count(db) == 0 and list_conflicts(db) == []
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())



def test_the_same_answer_given_offline_on_two_laptops_is_one_row(server: LiveServer, tmp_path: Path,
                                                                 _empty_db_file: Path) -> None:
    """Two laptops score the same question for the group offline, and give the same participant's vote:
    after syncing there is one group answer and one vote on both (not two, counted twice or in another
    order on each laptop), their different levels kept as a conflict to resolve, equal ones merged."""
    from icc_desktop.models import Question, Response, Vote
    from icc_desktop.services.workshops import set_response, set_vote

    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    user = server.user("twice")
    workshop_id = add_workshop_rows(a, participants=1, needs=1, actions=0, questions=1)
    with a.session() as session:
        answered = set(session.exec(select(Response.question_id)).all())
        question = next(q for q in session.exec(select(Question)).all() if q.id not in answered)
        person = session.exec(select(Participant)).first()
        assert person is not None
    need = crud.create(a, Need, workshop_id=workshop_id, title="Open data portal")
    ca, cb = server.client(a, user), server.client(b, user)
    ca.sync()
    cb.sync()
    set_response(a, workshop_id, question.id, None, current_level=2, target_level=4)
    set_response(b, workshop_id, question.id, None, current_level=3, target_level=4)
    set_vote(a, need.id, person.id, dots=2)
    set_vote(b, need.id, person.id, dots=2)
    ca.sync()
    report = cb.sync()
    ca.sync()
    assert report.conflicts == 1
    for db in (a, b):
        with db.session() as session:
            answers = [r for r in session.exec(select(Response).where(Response.question_id == question.id)).all()
                       if r.participant_id is None and r.deleted_at is None]
            votes = [v for v in session.exec(select(Vote).where(Vote.need_id == need.id)).all()
                     if v.participant_id == person.id and v.deleted_at is None]
        assert len(answers) == 1 and answers[0].target_level == 4
        assert len(votes) == 1 and votes[0].dots == 2
    assert [c.fields for c in list_conflicts(b)] == [["current_level"]]
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())


def test_an_answer_deleted_and_given_again_is_still_the_one_row(server: LiveServer, tmp_path: Path,
                                                                _empty_db_file: Path) -> None:
    """A gives the group's answer, deletes it and gives it again, all offline; B gives it offline too:
    after syncing there is one live answer on both (the deleted row comes back, not a second row)."""
    from icc_desktop.models import Question, Response
    from icc_desktop.services.workshops import set_response

    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    user = server.user("again")
    workshop_id = add_workshop_rows(a, participants=1, needs=1, actions=0, questions=1)
    with a.session() as session:
        answered = set(session.exec(select(Response.question_id)).all())
        question = next(q for q in session.exec(select(Question)).all() if q.id not in answered)
    ca, cb = server.client(a, user), server.client(b, user)
    ca.sync()
    cb.sync()
    first = set_response(a, workshop_id, question.id, None, current_level=1)
    crud.delete(a, Response, first.id)
    again = set_response(a, workshop_id, question.id, None, current_level=5)
    assert again.id == first.id
    set_response(b, workshop_id, question.id, None, current_level=5, target_level=5)
    for client in (ca, cb, ca, cb):
        client.sync()
    for db in (a, b):
        with db.session() as session:
            live = [r for r in session.exec(select(Response).where(Response.question_id == question.id)).all()
                    if r.participant_id is None and r.deleted_at is None]
        assert [(r.current_level, r.target_level) for r in live] == [(5, 5)]
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())


def test_a_server_put_back_to_a_backup_and_said_so_gets_everything_back_on_every_laptop(
        sqlite_only_server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """Three laptops; the server is put back to a backup, its administrator runs `server restored`, and
    laptops sync in turn while others push past the backup's end (seqs handed out again): every laptop
    ends with every row, B's confirmed edit is back on the server, nothing is dirty."""
    from icc_desktop.sync.server_store import new_epoch

    server = sqlite_only_server
    a, b, c = (laptop(_empty_db_file, tmp_path, name) for name in ("a", "b", "c"))
    user = server.user("restored")
    add_workshop_rows(a, participants=30, needs=2, actions=1, questions=1)
    ca, cb, cc = server.client(a, user), server.client(b, user), server.client(c, user)
    for client in (ca, cb, cc):
        client.sync()
    backup = server.save()
    need_id = _need(b).id
    crud.update(b, Need, need_id, title="B's edit after the backup")
    for client in (cb, ca, cc):
        client.sync()
    server.restore(backup)
    new_epoch(server.engine)
    with a.session() as session:
        people = [p.id for p in session.exec(select(Participant)).all()][:20]
    for person in people:
        crud.update(a, Participant, person, role="Edited by A")
    created = crud.create(b, Participant, workshop_id=_need(b).workshop_id, name="Made by B",
                          stakeholder_group="academia")
    for client in (ca, cb, cc, ca, cb, cc):
        client.sync()
    assert server.rows()[("need", need_id)][1]["title"] == "B's edit after the backup"
    for db in (a, b, c):
        assert _need(db).title == "B's edit after the backup" and dirty_count(db) == 0
        with db.session() as session:
            assert session.get(Participant, created.id) is not None
            assert all(session.get(Participant, p).role == "Edited by A" for p in people)  # type: ignore[union-attr]
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(snapshot(c)) == canonical(server.rows())


def test_a_laptop_last_synced_by_an_older_release_notices_a_restore_too(
        sqlite_only_server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """A laptop whose last sync was under the release before epochs (none written down) sees a server
    restored since: it reads everything again and sends the row the server lost (it used to take the
    server's epoch as its own, and the row was lost for good)."""
    import sqlite3

    from icc_desktop.sync.server_store import new_epoch

    server = sqlite_only_server
    a, b, ca, cb = two_laptops_in_step(server, tmp_path, _empty_db_file, "older",
                                       participants=30, needs=1, actions=0, questions=1)
    backup = server.save()
    made = crud.create(a, Participant, workshop_id=_need(a).workshop_id, name="Made after the backup",
                       stakeholder_group="academia")
    ca.sync()
    server.restore(backup)
    new_epoch(server.engine)
    with sqlite3.connect(a.path) as conn:  # as the older release left it
        conn.execute("UPDATE sync_state SET server_epoch = NULL")
    conn.close()
    with b.session() as session:
        people = [p.id for p in session.exec(select(Participant)).all()][:30]
    for person in people:
        crud.update(b, Participant, person, role="Edited by B")
    cb.sync()
    ca.sync()
    cb.sync()
    assert ("participant", made.id) in server.rows()
    with b.session() as session:
        assert session.get(Participant, made.id) is not None
    assert dirty_count(a) == 0 and canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())
