"""The phone room's HTTP API on a real server: what phones can do, and what they cannot."""

# ruff: noqa: F811  (the tests take the live fixture imported from room_support as a parameter)

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from icc_desktop.models import Participant, Response, RoomPollAnswer, RoomSuggestion, Vote
from icc_desktop.room.core import RoomCaps, decide_suggestion, pending_suggestions, poll_results
from icc_desktop.room.server import MAX_BODY, Limits
from icc_desktop.services import crud
from tests.factories import db_snapshot
from tests.integration.room_support import (  # noqa: F401  (fixture)
    LiveRoom,
    Phone,
    PhoneFrom,
    clear_typed_input,
    first_dimension,
    first_workshop,
    live,
    needs_of,
    participants_of,
    phone,
)


def _rows(db, model, **where):
    with db.session() as session:
        query = select(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return list(session.exec(query).all())


def test_page_and_files_are_served_from_the_laptop_only(live, phone):
    """The page, its script and style sheet come from the room server, with a strict CSP."""
    page = phone.client.get("/?code=X")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/room.js" in page.text and "http" not in page.text.replace("http-equiv", "")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    script = phone.client.get("/static/room.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert "innerHTML" not in script.text and "http://" not in script.text and "https://" not in script.text
    assert phone.client.get("/static/room.css").status_code == 200
    for path in ("/static/../../pyproject.toml", "/static/index.html", "/api/nothing", "/etc/passwd"):
        assert phone.client.get(path).status_code == 404


def test_three_phones_join_score_vote_and_suggest(live, phone, demo_db):
    """Joined phones' scores, dots and suggestion land in the workshop's tables, one each."""
    db, room = demo_db, live.room
    people = participants_of(db, room.workshop_id)
    clear_typed_input(db, [people[0].id, people[1].id])
    listed = phone.post("/api/participants", {"code": room.code}).json()["participants"]
    assert {p["id"] for p in listed} == {p.id for p in people}

    scorer, voter, guest = phone, Phone(live.url), Phone(live.url)
    assert scorer.join(room.code, participant=people[0].id).status_code == 200
    assert voter.join(room.code.lower(), participant=people[1].id).status_code == 200  # case does not matter
    joined = guest.join(room.code, guest_name="Ana (city library)")
    assert joined.status_code == 200 and joined.json()["guest"] is True
    assert [p.name for p in room.joined()] == [people[0].name, people[1].name, "Ana (city library)"]
    phone_rows = [p for p in participants_of(db, room.workshop_id) if p.joined_from_phone]
    assert {p.name for p in phone_rows} == {people[0].name, people[1].name, "Ana (city library)"}

    assert scorer.state().json()["activity"] is None
    dimension = first_dimension(db, room.workshop_id)
    activity = room.open_activity("score", dimension_id=dimension.id)
    state = scorer.state().json()["activity"]
    assert state["kind"] == "score" and state["dimension"] == dimension.name
    questions = state["questions"]
    assert all(len(q["levels"]) == 5 for q in questions)
    answers = [{"question": q["id"], "current": 2, "target": 4} for q in questions[:-1]]
    answers.append({"question": questions[-1]["id"], "current": None, "target": None})  # not known
    assert scorer.submit(activity.id, answers=answers).status_code == 200
    saved = {r.question_id: r for r in _rows(db, Response, participant_id=people[0].id) if r.deleted_at is None}
    assert {q["id"] for q in questions} <= set(saved)
    assert saved[questions[0]["id"]].current_level == 2 and saved[questions[0]["id"]].target_level == 4
    assert saved[questions[-1]["id"]].current_level is None
    assert [p.answered for p in room.joined()] == [True, False, False]

    needs = needs_of(db, room.workshop_id)
    dots = room.open_activity("dots")
    budget = voter.state().json()["activity"]["budget"]
    allocation = {needs[0].id: budget - 1, needs[1].id: 1}
    assert voter.submit(dots.id, dots=allocation).status_code == 200
    # Moving dots from one need to another within the budget is accepted (fewer dots go first).
    allocation = {needs[0].id: 1, needs[1].id: budget - 1}
    assert voter.submit(dots.id, dots=allocation).status_code == 200
    votes = {v.need_id: v.dots for v in _rows(db, Vote, participant_id=people[1].id) if v.deleted_at is None}
    assert votes[needs[0].id] == 1 and votes[needs[1].id] == budget - 1 and sum(votes.values()) == budget

    suggest = room.open_activity("suggest")
    assert guest.submit(suggest.id, title="  Open data portal  ", description="for the mobility data").status_code == 200
    pending = pending_suggestions(db, room.workshop_id)
    assert [(s.title, s.description) for s in pending] == [("Open data portal", "for the mobility data")]

    rate = room.open_activity("rate")
    assert voter.submit(rate.id, ratings={needs[0].id: {"impact": 5, "feasibility": 2}}).status_code == 200
    vote = [v for v in _rows(db, Vote, participant_id=people[1].id, need_id=needs[0].id)][0]
    assert (vote.dots, vote.impact, vote.feasibility) == (1, 5, 2)  # the rating keeps the dots

    poll = room.open_activity("poll", question="Coffee break now?", choices=["Yes", "In 10 minutes"])
    assert guest.state().json()["activity"]["choices"] == ["Yes", "In 10 minutes"]
    assert guest.submit(poll.id, choice=1).status_code == 200
    assert guest.submit(poll.id, choice=0).status_code == 200  # a changed answer replaces the first
    assert poll_results(db, poll.id, poll.choices) == [("Yes", 1), ("In 10 minutes", 0)]
    for other in (voter, guest):
        other.close()


def test_facilitator_removes_an_input_and_moderates(live, phone, demo_db):
    """Remove input takes a phone's answers back; accepting a suggestion records its need."""
    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    clear_typed_input(demo_db, [person.id])
    phone.join(room.code, participant=person.id)
    dimension = first_dimension(demo_db, room.workshop_id)
    activity = room.open_activity("score", dimension_id=dimension.id)
    question = phone.state().json()["activity"]["questions"][0]["id"]
    before = len([r for r in _rows(demo_db, Response, participant_id=person.id) if r.deleted_at is None])
    phone.submit(activity.id, answers=[{"question": question, "current": 3, "target": 5}])
    assert room.remove_input(person.id) is True
    after = [r for r in _rows(demo_db, Response, participant_id=person.id) if r.deleted_at is None]
    assert len(after) == before - (1 if any(r.question_id == question for r in after) else 0) or \
        not any(r.question_id == question and r.current_level == 3 for r in after)
    assert room.joined()[0].answered is False

    suggest = room.open_activity("suggest")
    phone.submit(suggest.id, title="Digital skills for SMEs")
    suggestion = pending_suggestions(demo_db, room.workshop_id)[0]
    decide_suggestion(demo_db, suggestion.id, accept=False)
    assert pending_suggestions(demo_db, room.workshop_id) == []


def test_wrong_or_missing_room_code_is_refused_and_nothing_changes(live, phone, demo_db):
    """No code, a wrong one, or one of another type: 403, no names listed, no participant added."""
    before = db_snapshot(demo_db)
    statuses = []
    for body in ({}, {"code": ""}, {"code": "AAAAAA"}, {"code": 12345}, {"code": ["x"]}, {"code": None}):
        statuses.append(phone.post("/api/participants", body).status_code)
        response = phone.post("/api/join", {**body, "guest_name": "Intruder"})
        statuses.append(response.status_code)
        assert response.json()["error"] in ("wrong_code", "too_many")
    assert statuses[:10] == [403] * 10 and set(statuses[10:]) == {429}  # then the address must wait
    assert db_snapshot(demo_db) == before
    assert live.room.joined() == []


def test_wrong_codes_are_limited_per_address(demo_db):
    """After a few wrong codes an address must wait, even for the right code (no guessing)."""
    live = LiveRoom(demo_db, first_workshop(demo_db).id, Limits(wrong_code_capacity=3, wrong_code_rate=0.01))
    phone = Phone(live.url)
    try:
        codes = [phone.post("/api/participants", {"code": "WRONG1"}).status_code for _ in range(5)]
        assert codes[:3] == [403, 403, 403] and codes[3:] == [429, 429]
        # The right code gets the same answer meanwhile: a 429 must not tell a guess from the code.
        assert phone.post("/api/participants", {"code": live.room.code}).status_code == 429
    finally:
        phone.close()
        live.stop()


def test_forged_and_replayed_tokens(live, phone, demo_db):
    """A made-up token is refused; the same token joining again is the same phone, counted once."""
    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    for token in ("", "x" * 32, "A" * 500):
        response = phone.client.get("/api/state", headers={"X-Room-Token": token})
        assert response.status_code == 401 and response.json()["error"] == "no_token"
    activity = room.open_activity("suggest")
    forged = phone.client.post("/api/submit", headers={"X-Room-Token": "y" * 32},
                               json={"activity": activity.id, "submission": "abcdefgh", "title": "x"})
    assert forged.status_code == 401

    phone.join(room.code, participant=person.id)
    token = phone.token
    again = phone.join(room.code, participant=person.id)
    assert again.status_code == 200 and again.json()["token"] == token
    guest_again = phone.join(room.code, guest_name="Someone else")  # the token wins: still the same phone
    assert guest_again.json()["token"] == token
    assert len(room.joined()) == 1
    assert sum(1 for p in participants_of(demo_db, room.workshop_id) if p.joined_from_phone) == 1

    # The same submission sent twice (a retry after a cut connection) is applied once.
    first = phone.submit(activity.id, submission="retry-0001", title="Smart parking")
    second = phone.submit(activity.id, submission="retry-0001", title="Smart parking")
    assert first.status_code == second.status_code == 200 and second.json().get("repeated") is True
    assert len(pending_suggestions(demo_db, room.workshop_id)) == 1

    # Another phone cannot take a name already joined from a phone.
    other = PhoneFrom(live.url)
    taken = other.join(room.code, participant=person.id)
    assert taken.status_code == 409 and taken.json()["error"] == "taken"
    other.close()


def test_a_token_of_an_earlier_room_is_refused(demo_db):
    """Tokens belong to one room: after it closes, a new room of the same workshop refuses them."""
    workshop = first_workshop(demo_db).id
    first = LiveRoom(demo_db, workshop)
    phone = Phone(first.url)
    phone.join(first.room.code, guest_name="Early bird")
    first.stop()
    second = LiveRoom(demo_db, workshop)
    try:
        phone.client = httpx.Client(base_url=second.url, timeout=5)
        assert phone.state().status_code == 401
    finally:
        phone.close()
        second.stop()


def test_dots_over_the_budget_and_bad_values_are_refused(live, phone, demo_db):
    """Over the dot budget, negative, fractional or foreign needs: refused, database unchanged."""
    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    phone.join(room.code, participant=person.id)
    activity = room.open_activity("dots")
    budget = phone.state().json()["activity"]["budget"]
    needs = needs_of(demo_db, room.workshop_id)
    before = db_snapshot(demo_db)
    cases = [
        ({needs[0].id: budget, needs[1].id: 1}, 422, "over_budget"),
        ({needs[0].id: -1}, 400, "invalid"),
        ({needs[0].id: 1.5}, 400, "invalid"),
        ({needs[0].id: "2"}, 400, "invalid"),
        ({needs[0].id: True}, 400, "invalid"),
        ({"not-a-need": 1}, 400, "invalid"),
        ([1, 2], 400, "invalid"),
    ]
    for dots, status, code in cases:
        response = phone.submit(activity.id, dots=dots)
        assert (response.status_code, response.json()["error"]) == (status, code), dots
    assert db_snapshot(demo_db) == before


def test_scores_are_validated_as_in_the_window(live, phone, demo_db):
    """Levels outside 1–5, questions of another dimension or not given as text, unknown fields: refused
    (400, never a 500), nothing saved."""
    room = live.room
    phone.join(room.code, guest_name="Tester")
    dimension = first_dimension(demo_db, room.workshop_id)
    activity = room.open_activity("score", dimension_id=dimension.id)
    question = phone.state().json()["activity"]["questions"][0]["id"]
    before = db_snapshot(demo_db)
    for answers in (
        [{"question": question, "current": 6, "target": None}],
        [{"question": question, "current": 0, "target": None}],
        [{"question": question, "current": "3", "target": None}],
        [{"question": question, "current": 2, "target": 2, "participant": "x"}],
        [{"question": "other", "current": 2, "target": 3}],
        [{"question": [], "current": 2}], [{"question": {}, "current": 2}], [{"question": [question], "current": 2}],
        [{"question": question, "current": 2}, {"question": question, "current": 3}],
        [],
        "all",
    ):
        assert phone.submit(activity.id, answers=answers).status_code == 400, answers
    assert db_snapshot(demo_db) == before


def test_only_the_open_activity_accepts_input(live, phone, demo_db):
    """Input for an activity that was closed or replaced, or with none open, is refused."""
    room = live.room
    phone.join(room.code, guest_name="Late")
    first = room.open_activity("suggest")
    room.open_activity("poll", question="Ready?", choices=["Yes", "No"])
    before = db_snapshot(demo_db)
    late = phone.submit(first.id, title="Too late")
    assert late.status_code == 409 and late.json()["error"] == "not_open"
    room.close_activity()
    assert phone.submit(first.id, title="Still too late").status_code == 409
    assert db_snapshot(demo_db) == before


def test_oversized_bodies_are_refused(live, phone, demo_db):
    """Bodies over the limit are refused with 413, declared or streamed; nothing is stored."""
    room = live.room
    phone.join(room.code, guest_name="Big")
    activity = room.open_activity("suggest")
    before = db_snapshot(demo_db)
    big = phone.submit(activity.id, title="x" * (MAX_BODY + 10))
    assert big.status_code == 413
    streamed = phone.client.post("/api/submit", headers={"X-Room-Token": phone.token},
                                 content=iter([b'{"title": "', b"y" * (MAX_BODY + 10), b'"}']))
    assert streamed.status_code == 413
    with socket.create_connection(("127.0.0.1", live.server.port), timeout=5) as raw:  # a body never sent
        raw.sendall(f"POST /api/join HTTP/1.1\r\nHost: 127.0.0.1:{live.server.port}\r\n"
                    "Content-Length: 999999999\r\n\r\n{".encode())
        assert raw.recv(200).startswith(b"HTTP/1.1 413")
    long_title = phone.submit(activity.id, title="z" * 1000)
    assert long_title.status_code == 413
    assert phone.post("/api/submit", "not an object").status_code == 400
    assert phone.client.post("/api/join", content=b"\xff\xfe", headers={"Content-Type": "application/json"}).status_code == 400
    assert db_snapshot(demo_db) == before


def test_markup_in_a_suggestion_is_kept_as_plain_text(live, phone, demo_db):
    """Script and markup in a suggestion are stored as the text typed, control characters dropped."""
    room = live.room
    phone.join(room.code, guest_name="<img src=x onerror=alert(1)>")
    activity = room.open_activity("suggest")
    title = '<script>alert("x")</script><b>Bold</b> & =cmd|"/c calc"!A1'
    assert phone.submit(activity.id, title=title + "\x00\x07", description="<iframe src=//evil>").status_code == 200
    suggestion = pending_suggestions(demo_db, room.workshop_id)[0]
    assert suggestion.title == title and suggestion.description == "<iframe src=//evil>"
    assert room.joined()[0].name == "<img src=x onerror=alert(1)>"


def test_requests_per_phone_are_limited(demo_db):
    """A phone sending too fast gets 429 and its extra requests change nothing."""
    live = LiveRoom(demo_db, first_workshop(demo_db).id, Limits(phone_capacity=5, phone_rate=0.01))
    phone = Phone(live.url)
    try:
        phone.join(live.room.code, guest_name="Fast")
        codes = [phone.state().status_code for _ in range(8)]
        assert codes[:5] == [200] * 5 and set(codes[5:]) == {429}
    finally:
        phone.close()
        live.stop()


def test_after_the_room_closes_every_request_is_refused(demo_db):
    """Closing the room refuses tokens and codes at once, then stops listening altogether."""
    live = LiveRoom(demo_db, first_workshop(demo_db).id)
    phone = Phone(live.url)
    phone.join(live.room.code, guest_name="Last")
    activity = live.room.open_activity("suggest")
    live.room.close()
    before = db_snapshot(demo_db)
    assert phone.submit(activity.id, title="after close").status_code == 410
    assert phone.client.get("/").status_code == 410
    assert phone.post("/api/join", {"code": live.room.code}).status_code == 410
    live.stop()
    with pytest.raises(httpx.TransportError):
        phone.client.get("/", timeout=2)
    assert db_snapshot(demo_db) == before
    phone.close()


def _room_process(db_path: Path, workshop: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "icc_desktop", "room", "--workshop", workshop[:8], "--db", str(db_path),
         "--host", "127.0.0.1", "--port", "0"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.parametrize("stop", ["sigterm", "sigint"])
def test_cli_room_prints_address_and_code_first_and_stops_cleanly(demo_db, stop):
    """`icc-desktop room` prints the join address and code first, serves, and exits 0 on a signal."""
    workshop = first_workshop(demo_db)
    demo_db.close()
    process = _room_process(demo_db.path, workshop.id)
    try:
        address = process.stdout.readline().strip()
        code_line = process.stdout.readline().strip()
        assert address.startswith("Join address: http://127.0.0.1:") and "?code=" in address
        code = code_line.removeprefix("Room code: ")
        assert address.endswith(f"?code={code}") and len(code) == 6
        url = address.removeprefix("Join address: ").split("?")[0]
        phone = Phone(url.rstrip("/"))
        assert phone.join(code, guest_name="From the CLI").status_code == 200
        process.stdin.write("suggest\n")
        process.stdin.flush()
        deadline = time.monotonic() + 5
        while phone.state().json()["activity"] is None and time.monotonic() < deadline:
            time.sleep(0.05)
        activity = phone.state().json()["activity"]["id"]
        assert phone.submit(activity, title="Bike lanes").status_code == 200
        process.send_signal(signal.SIGTERM if stop == "sigterm" else signal.SIGINT)
        out, err = process.communicate(timeout=10)
        assert process.returncode == 0, err
        assert "joined: From the CLI (guest)" in out and "Room closed." in out
        with pytest.raises(httpx.TransportError):
            phone.client.get("/", timeout=2)
        phone.close()
    finally:
        if process.poll() is None:
            process.kill()
    from icc_desktop.store.db import Database

    with Database.open(demo_db.path) as db:
        assert [s.title for s in pending_suggestions(db, workshop.id)] == ["Bike lanes"]


def test_cli_room_refuses_bad_input(demo_db, capsys):
    """Unknown workshop, a port out of range or an address it cannot use: exit 2 with a message."""
    from icc_desktop import cli

    path = str(demo_db.path)
    assert cli.main(["room", "--workshop", "nope", "--db", path, "--host", "127.0.0.1"]) == 2
    assert cli.main(["room", "--workshop", first_workshop(demo_db).id, "--db", path, "--port", "70000"]) == 2
    assert cli.main(["room", "--workshop", first_workshop(demo_db).id, "--db", path,
                     "--host", "192.0.2.1", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "nope" in err and "--port" in err and "cannot listen" in err


def test_unused_tables_stay_untouched_by_the_room(live, demo_db):
    """Opening and closing activities writes nothing: only phones' input does."""
    before = db_snapshot(demo_db)
    live.room.open_activity("dots")
    live.room.open_activity("poll", question="Q?", choices=["A", "B"])
    live.room.close_activity()
    assert db_snapshot(demo_db) == before
    assert _rows(demo_db, RoomSuggestion) == [] and _rows(demo_db, RoomPollAnswer) == []
    with demo_db.session() as session:
        assert crud.live(session, Participant, joined_from_phone=True) == []


def test_new_phones_per_address_are_limited_and_rejoining_is_not(demo_db):
    """One address cannot flood the workshop with guests; a phone joining again with its token can."""
    live = LiveRoom(demo_db, first_workshop(demo_db).id, Limits(join_capacity=3, join_rate=0.01),
                    RoomCaps(phones_per_address=10, guests_per_address=10))
    phones = [Phone(live.url) for _ in range(5)]
    try:
        before = len(participants_of(demo_db, live.room.workshop_id))
        codes = [phone.join(live.room.code, guest_name=f"Guest flood {i}").status_code for i, phone in enumerate(phones)]
        assert codes == [200, 200, 200, 429, 429]
        assert phones[0].join(live.room.code, guest_name="again").status_code == 200  # its token: no new phone
        assert len(participants_of(demo_db, live.room.workshop_id)) == before + 3
    finally:
        for phone in phones:
            phone.close()
        live.stop()


def test_a_page_reached_under_another_host_name_is_refused(live, phone, demo_db):
    """DNS rebinding: a request whose Host is not the room's address gets nothing (421)."""
    before = db_snapshot(demo_db)
    for host in ("evil.example", "127.0.0.1", f"localhost:{live.server.port}"):
        response = phone.client.get("/", headers={"Host": host})
        assert response.status_code == 421 and response.json()["error"] == "wrong_host"
        join = phone.client.post("/api/join", headers={"Host": host}, json={"code": live.room.code})
        assert join.status_code == 421
    assert phone.client.get("/").status_code == 200
    assert db_snapshot(demo_db) == before


def test_a_participant_of_another_workshop_cannot_be_picked(live, phone, demo_db):
    """Joining as someone from another workshop (an id from elsewhere) is refused; nothing changes."""
    from icc_desktop.models import Workshop

    with demo_db.session() as session:
        other = [w for w in session.exec(select(Workshop)).all() if w.id != live.room.workshop_id][0]
    stranger = participants_of(demo_db, other.id)[0]
    before = db_snapshot(demo_db)
    for participant in (stranger.id, "not-an-id", 42, ["x"]):
        response = phone.post("/api/join", {"code": live.room.code, "participant": participant})
        assert response.status_code in (400, 404), participant
    assert db_snapshot(demo_db) == before and live.room.joined() == []


def test_a_participant_whose_data_was_erased_is_not_offered(live, phone, demo_db):
    """Someone erased on request is not in the phone's list and cannot be joined as (a pseudonym)."""
    from icc_desktop.services.privacy import forget

    person = participants_of(demo_db, live.room.workshop_id)[0]
    forget(demo_db, person.id, clean_file=False)
    listed = phone.post("/api/participants", {"code": live.room.code}).json()["participants"]
    assert person.id not in {p["id"] for p in listed}
    assert phone.post("/api/join", {"code": live.room.code, "participant": person.id}).status_code == 404


@pytest.mark.slow
def test_a_suggestion_with_markup_stays_text_in_the_pdf_and_the_workbook(live, phone, demo_db, tmp_path):
    """Accepted as a need, a suggestion with markup and a formula prints as typed in the PDF and is
    a text cell (no formula) in the workbook."""
    import openpyxl

    from icc_desktop.exports.pdf import export_pdf
    from icc_desktop.exports.xlsx import export_workbook
    from icc_desktop.models import Need
    from tests.integration.exports_support import pdf_text

    room = live.room
    phone.join(room.code, guest_name="Mallory")
    activity = room.open_activity("suggest")
    title = '=HYPERLINK("http://x") <b>bold</b> <script>x</script>'
    assert phone.submit(activity.id, title=title).status_code == 200
    suggestion = pending_suggestions(demo_db, room.workshop_id)[0]
    need = crud.create(demo_db, Need, workshop_id=room.workshop_id, title=suggestion.title)
    decide_suggestion(demo_db, suggestion.id, accept=True, need_id=need.id)
    export_pdf(demo_db, room.workshop_id, tmp_path / "w.pdf")
    assert "<b>bold</b> <script>x</script>" in pdf_text(tmp_path / "w.pdf")
    export_workbook(demo_db, room.workshop_id, tmp_path / "w.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "w.xlsx")["Needs"]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "<script>" in c.value]
    assert cells and all(c.data_type == "s" and c.value.endswith("<script>x</script>") for c in cells)


def test_absurd_json_and_multi_line_guest_names(live, phone, demo_db):
    """JSON nested thousands deep is a 400, not a crash; a guest's name is kept on one line."""
    before = db_snapshot(demo_db)
    deep = phone.client.post("/api/participants", content=b"[" * 8000, headers={"Content-Type": "application/json"})
    assert deep.status_code == 400
    assert db_snapshot(demo_db) == before
    joined = phone.post("/api/join", {"code": live.room.code, "guest_name": "x\njoined: Mallory (fake line)"})
    assert joined.status_code == 200
    names = [p.name for p in participants_of(demo_db, live.room.workshop_id)]
    assert "x joined: Mallory (fake line)" in names and not any("\n" in n for n in names)
