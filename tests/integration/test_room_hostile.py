"""The room against a hostile participant on the venue network: connection floods, slow requests,
claimed names, guest floods and suggestion floods. Every server listens on 127.0.0.1; the other
phones come from 127.0.0.2 (still loopback) so that one address's limits do not apply to them."""

# ruff: noqa: F811  (the tests take the live fixture imported from room_support as a parameter)

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from sqlmodel import select

from icc_desktop.models import Participant, Response, RoomSuggestion, Vote
from icc_desktop.room.core import RoomCaps, pending_suggestions
from icc_desktop.room.server import Limits
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


def _open(port: int, count: int, send: bytes = b"") -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        if send:
            sock.sendall(send)
        sockets.append(sock)
    return sockets


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    """Whether the server closes this connection within `within` seconds."""
    sock.settimeout(within)
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                return True
    except TimeoutError:
        return False
    except OSError:  # reset by the server: closed too
        return True


@pytest.fixture
def slow_room(demo_db) -> Iterator[LiveRoom]:
    """A room whose incomplete requests time out after 1 s (the default is longer)."""
    room = LiveRoom(demo_db, first_workshop(demo_db).id, Limits(request_timeout=1.0))
    yield room
    room.stop()


def test_idle_and_half_sent_connections_from_one_address_do_not_lock_out_other_phones(slow_room):
    """500 idle or half-sent connections from one address: phones on another address still join and
    submit at once (no 503), and the server closes the half-sent ones after the request timeout."""
    host = f"127.0.0.1:{slow_room.server.port}".encode()
    idle = _open(slow_room.server.port, 250)
    half = _open(slow_room.server.port, 250, b"POST /api/join HTTP/1.1\r\nHost: " + host + b"\r\n")
    phones = [PhoneFrom(slow_room.url, f"127.0.0.{n}") for n in (2, 3, 4)]
    try:
        activity = slow_room.room.open_activity("suggest")
        started = time.monotonic()
        for i, phone in enumerate(phones):
            assert phone.join(slow_room.room.code, guest_name=f"Visitor {i}").status_code == 200
            assert phone.submit(activity.id, title=f"Need from visitor {i}").status_code == 200
        assert time.monotonic() - started < 5
        assert len(slow_room.room.joined()) == 3
        # Connections kept past the request timeout are closed by the server (none lingers).
        assert _closed_by_server(half[-1], within=4) and _closed_by_server(idle[-1], within=4)
    finally:
        for sock in idle + half:
            sock.close()
        for phone in phones:
            phone.close()


def test_a_request_whose_headers_or_body_never_finish_is_closed(slow_room):
    """Slowloris: headers sent a byte at a time, or a body that never comes, are cut after the timeout."""
    port = slow_room.server.port
    head = f"POST /api/join HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode()
    slow_headers = _open(port, 1, head)[0]
    no_body = _open(port, 1, head + b"Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{")[0]
    started = time.monotonic()
    cut_after = None
    while time.monotonic() - started < 5:  # a byte every 0.2 s: never idle, never finished
        try:
            slow_headers.sendall(b"X")
        except OSError:  # the server closed it
            cut_after = time.monotonic() - started
            break
        time.sleep(0.2)
    assert cut_after is not None and cut_after < 3, "the slow request was never cut"
    assert _closed_by_server(no_body, within=2)
    # An honest request afterwards is answered as usual.
    assert PhoneFrom(slow_room.url).client.get("/").status_code == 200


def _live(db, model, **where):
    with db.session() as session:
        query = select(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return [row for row in session.exec(query).all() if getattr(row, "deleted_at", None) is None]


def test_a_phone_cannot_overwrite_what_the_facilitator_typed(live, phone, demo_db):
    """Claiming a listed person who has not joined yet gives no power over the scores, dots and
    ratings the facilitator typed for them: those are shown locked and refused (409); the rest
    (empty, or the phone's own answers) the phone can give and change."""
    room, db = live.room, demo_db
    person = participants_of(db, room.workshop_id)[0]
    clear_typed_input(db, [person.id])
    dimension = first_dimension(db, room.workshop_id)
    needs = needs_of(db, room.workshop_id)
    assert phone.join(room.code, participant=person.id).status_code == 200

    score = room.open_activity("score", dimension_id=dimension.id)
    questions = phone.state().json()["activity"]["questions"]
    typed = crud.create(db, Response, workshop_id=room.workshop_id, question_id=questions[0]["id"],
                        participant_id=person.id, current_level=2, target_level=3)  # the facilitator, in the window
    shown = phone.state().json()["activity"]["questions"]
    assert shown[0]["locked"] is True and shown[1]["locked"] is False
    before = db_snapshot(db)
    refused = phone.submit(score.id, answers=[{"question": questions[0]["id"], "current": 5, "target": 5},
                                              {"question": questions[1]["id"], "current": 1, "target": 1}])
    assert refused.status_code == 409 and refused.json()["error"] == "entered"
    assert db_snapshot(db) == before  # all or nothing: not even the free question was written
    assert phone.submit(score.id, answers=[{"question": questions[1]["id"], "current": 1, "target": 2}]).status_code == 200
    # The phone's own answer it may change again; the typed one stays as typed.
    assert phone.submit(score.id, answers=[{"question": questions[1]["id"], "current": 2, "target": 4}]).status_code == 200
    mine = _live(db, Response, participant_id=person.id)
    assert {(r.question_id, r.current_level, r.target_level) for r in mine} == {
        (questions[0]["id"], 2, 3), (questions[1]["id"], 2, 4)}
    assert typed.id in {r.id for r in mine}
    # Once the facilitator corrects the phone's answer in the window, it is theirs: locked too.
    corrected = [r for r in mine if r.question_id == questions[1]["id"]][0]
    crud.update(db, Response, corrected.id, current_level=3)
    assert phone.state().json()["activity"]["questions"][1]["locked"] is True
    refused = phone.submit(score.id, answers=[{"question": questions[1]["id"], "current": 1, "target": 1}])
    assert refused.status_code == 409

    # Dots the facilitator typed for this person lock the phone's dots.
    crud.create(db, Vote, workshop_id=room.workshop_id, need_id=needs[0].id, participant_id=person.id, dots=2)
    dots = room.open_activity("dots")
    assert phone.state().json()["activity"]["locked"] is True
    refused = phone.submit(dots.id, dots={needs[1].id: 1})
    assert refused.status_code == 409 and refused.json()["error"] == "entered"
    assert {(v.need_id, v.dots) for v in _live(db, Vote, participant_id=person.id)} == {(needs[0].id, 2)}

    # A typed rating of one need is locked; the other needs the phone rates, and re-rates.
    rating = _live(db, Vote, participant_id=person.id)[0]
    crud.update(db, Vote, rating.id, impact=4, feasibility=2)
    rate = room.open_activity("rate")
    locked = {n["id"]: n["locked"] for n in phone.state().json()["activity"]["needs"]}
    assert locked[needs[0].id] is True and locked[needs[1].id] is False
    refused = phone.submit(rate.id, ratings={needs[0].id: {"impact": 1, "feasibility": 1}})
    assert refused.status_code == 409
    for value in (5, 3):
        assert phone.submit(rate.id, ratings={needs[1].id: {"impact": value, "feasibility": 1}}).status_code == 200
    votes = {v.need_id: (v.dots, v.impact, v.feasibility) for v in _live(db, Vote, participant_id=person.id)}
    assert votes == {needs[0].id: (2, 4, 2), needs[1].id: (0, 3, 1)}


def test_a_name_is_held_by_one_phone_and_the_facilitator_can_release_it(live, demo_db):
    """The first phone to pick a name holds it; the facilitator releases that phone (its token
    stops working) and the right person's phone can then pick the name."""
    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    clear_typed_input(demo_db, [person.id])
    impostor, owner = Phone(live.url), PhoneFrom(live.url)
    try:
        assert impostor.join(room.code, participant=person.id).status_code == 200
        taken = owner.join(room.code, participant=person.id)
        assert taken.status_code == 409 and taken.json()["error"] == "taken"
        device = room.joined()[0].device_id
        assert room.release(device) is True and room.joined() == []
        assert impostor.state().status_code == 401
        assert owner.join(room.code, participant=person.id).status_code == 200
        assert [p.name for p in room.joined()] == [person.name]
        assert room.release("no-such-phone") is False
    finally:
        impostor.close()
        owner.close()


def test_guest_names_are_unique_and_guests_are_capped(demo_db):
    """A guest cannot take a name someone in the workshop has; one address gets two guests (no
    fresh dot budget by rejoining as a new guest), the room a set number; phones per address too."""
    live = LiveRoom(demo_db, first_workshop(demo_db).id, caps=RoomCaps(guests=3))
    room = live.room
    listed = participants_of(demo_db, room.workshop_id)[0]
    phones = [Phone(live.url) for _ in range(4)] + [PhoneFrom(live.url, f"127.0.0.{n}") for n in (2, 3, 4)]
    try:
        assert phones[0].join(room.code, guest_name="Ana Lopes").status_code == 200
        for name in ("ana  LOPES", listed.name.upper()):
            other = PhoneFrom(live.url, "127.0.0.9")
            refused = other.join(room.code, guest_name=name)
            other.close()
            assert refused.status_code == 409 and refused.json()["error"] == "name_taken"
        assert phones[1].join(room.code, guest_name="").status_code == 200  # "Guest N", unique too
        third = phones[2].join(room.code, guest_name="Ana Lopes again")
        assert third.status_code == 429 and third.json()["error"] == "too_many_guests"
        assert phones[4].join(room.code, guest_name="Bo").status_code == 200
        full = phones[5].join(room.code, guest_name="Cy")
        assert full.status_code == 429 and full.json()["error"] == "too_many_guests"
        names = [p.name.casefold() for p in participants_of(demo_db, room.workshop_id)]
        assert len(names) == len(set(names))
        # Listed names: at most `phones_per_address` phones from one address in all.
        people = participants_of(demo_db, room.workshop_id)
        listed_people = [p for p in people if not p.joined_from_phone]
        assert phones[2].join(room.code, participant=listed_people[0].id).status_code == 200
        assert phones[3].join(room.code, participant=listed_people[1].id).status_code == 200
        fifth = Phone(live.url)
        phones.append(fifth)
        over = fifth.join(room.code, participant=listed_people[2].id)
        assert over.status_code == 429 and over.json()["error"] == "too_many_phones"
    finally:
        for phone in phones:
            phone.close()
        live.stop()


def test_the_facilitator_removes_a_guest_and_what_it_sent(live, phone, demo_db):
    """Remove guest: its token stops working, its dots and suggestions are taken back and the
    guest's row is deleted; a listed participant cannot be removed this way."""
    room, db = live.room, demo_db
    needs = needs_of(db, room.workshop_id)
    assert phone.join(room.code, guest_name="Drive-by").status_code == 200
    dots = room.open_activity("dots")
    assert phone.submit(dots.id, dots={needs[0].id: 2}).status_code == 200
    suggest = room.open_activity("suggest")
    assert phone.submit(suggest.id, title="Free parking for me").status_code == 200
    guest = room.joined()[0]
    assert guest.guest and room.remove_guest(guest.device_id) is True
    assert phone.state().status_code == 401 and room.joined() == []
    assert _live(db, Participant, id=guest.participant_id) == []
    assert all(v.dots == 0 for v in _live(db, Vote, participant_id=guest.participant_id))
    assert pending_suggestions(db, room.workshop_id) == []
    person = participants_of(db, room.workshop_id)[0]
    listed = PhoneFrom(live.url)
    listed.join(room.code, participant=person.id)
    assert room.remove_guest(room.joined()[0].device_id) is False and len(room.joined()) == 1
    listed.close()


def test_suggestions_are_capped_per_phone_and_per_address(demo_db):
    """One phone sends a set number of suggestions per activity, one address a set number in all;
    the refusal has its own code for the page; a retry of an accepted one is not counted; another
    address and the next activity are not affected."""
    live = LiveRoom(demo_db, first_workshop(demo_db).id,
                    caps=RoomCaps(suggestions_per_phone=3, suggestions_per_address=5))
    room = live.room
    first, second, elsewhere = Phone(live.url), Phone(live.url), PhoneFrom(live.url)
    try:
        for number, phone in enumerate((first, second, elsewhere)):
            assert phone.join(room.code, guest_name=f"Ideas {number}").status_code == 200
        activity = room.open_activity("suggest")
        codes = [first.submit(activity.id, submission=f"first-{i:04d}", title=f"Idea {i}").status_code
                 for i in range(4)]
        assert codes == [200, 200, 200, 429]
        again = first.submit(activity.id, submission="first-0000", title="Idea 0")
        assert again.status_code == 200 and again.json().get("repeated") is True
        over = first.submit(activity.id, title="One more")
        assert over.json()["error"] == "too_many_suggestions"
        codes = [second.submit(activity.id, title=f"Second {i}").status_code for i in range(3)]
        assert codes == [200, 200, 429]  # 5 from this address
        assert elsewhere.submit(activity.id, title="From another phone").status_code == 200
        with demo_db.session() as session:
            assert len(session.exec(select(RoomSuggestion)).all()) == 6
        following = room.open_activity("suggest")
        assert first.submit(following.id, title="Next round").status_code == 200
    finally:
        for phone in (first, second, elsewhere):
            phone.close()
        live.stop()


def test_the_page_explains_every_new_refusal_in_three_languages():
    """Each refusal code a phone can now get has its message in English, French and German."""
    from icc_desktop.resources import resource_path

    script = (resource_path("room") / "room.js").read_text(encoding="utf-8")
    for code in ("entered", "name_taken", "too_many_guests", "too_many_phones", "too_many_suggestions"):
        assert script.count(f"err_{code}:") == 3, code


def test_the_command_line_releases_a_phone_and_removes_a_guest(live, demo_db):
    """`who` numbers the phones; `release N` lets one go, `remove N` removes a guest (not a listed
    person); a wrong number is refused with a message."""
    import io

    from icc_desktop.room.commands import run_command

    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    listed, guest = Phone(live.url), Phone(live.url)
    try:
        listed.join(room.code, participant=person.id)
        guest.join(room.code, guest_name="Passer-by")
        out = io.StringIO()
        for line in ("who", "remove 1", "release 9", "release x", "remove 2", "release 1", "who"):
            assert run_command(room, line, out) is True
        text = out.getvalue()
        assert f"1. {person.name}" in text and "2. Passer-by (guest)" in text
        assert "refused: remove: " in text and "not a guest" in text
        assert text.count("not a phone's number") == 2
        assert "removed: Passer-by" in text and f"released: {person.name}" in text
        assert room.joined() == [] and guest.state().status_code == 401 and listed.state().status_code == 401
    finally:
        listed.close()
        guest.close()


def test_a_phone_sending_all_day_does_not_grow_the_rooms_memory(demo_db):
    """The submission ids kept to answer retries are bounded per phone; a recent retry is still
    answered as a repeat."""
    from icc_desktop.room.core import SEEN_KEPT, Room

    room = Room(demo_db, first_workshop(demo_db).id)
    _token, device = room.join(room.code, guest_name="Busy bee")
    poll = room.open_activity("poll", question="Again?", choices=["Yes", "No"])
    for number in range(SEEN_KEPT + 50):
        room.submit(device, {"activity": poll.id, "submission": f"answer-{number:05d}", "choice": number % 2})
    assert len(device.seen) == SEEN_KEPT
    last = f"answer-{SEEN_KEPT + 49:05d}"
    assert room.submit(device, {"activity": poll.id, "submission": last, "choice": 0}).get("repeated") is True


def test_a_released_phone_cannot_grab_the_name_again_from_its_address(live, demo_db):
    """A hostile phone watching the list cannot take a released name back at once: its address
    may not pick that name again; the right person's phone (another address) can."""
    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    impostor, again, owner = Phone(live.url), Phone(live.url), PhoneFrom(live.url)
    try:
        assert impostor.join(room.code, participant=person.id).status_code == 200
        room.release(room.joined()[0].device_id)
        grabbed = again.join(room.code, participant=person.id)  # a fresh phone, no token, same address
        assert grabbed.status_code == 409 and grabbed.json()["error"] == "taken"
        assert owner.join(room.code, participant=person.id).status_code == 200
    finally:
        for phone in (impostor, again, owner):
            phone.close()


def test_removed_guests_still_count_for_their_address(live, demo_db):
    """Removing a guest does not give its address a new guest: a hostile phone cannot cycle through
    guests (and dot budgets) as the facilitator removes them."""
    room = live.room
    phones = [Phone(live.url) for _ in range(3)]
    try:
        for number, phone in enumerate(phones[:2]):
            assert phone.join(room.code, guest_name=f"Cycler {number}").status_code == 200
        for joined in room.joined():
            room.remove_guest(joined.device_id)
        third = phones[2].join(room.code, guest_name="Cycler 2")
        assert third.status_code == 429 and third.json()["error"] == "too_many_guests"
    finally:
        for phone in phones:
            phone.close()


def test_a_guest_name_disguised_with_invisible_or_wide_letters_is_still_taken(live, demo_db):
    """Zero-width characters, full-width letters or odd spacing do not make a listed name new."""
    room = live.room
    listed = participants_of(demo_db, room.workshop_id)[0].name
    first, last = listed.split(" ", 1)[0], listed.split(" ", 1)[-1]
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in listed)
    _refused_as_taken(live, (f"{first}\u200b {last}" if first != last else f"{listed}\u200b", wide,
                             f"  {listed.upper()}  "))


def _refused_as_taken(live, names) -> None:
    """Each guest name is refused as a name someone in the workshop has."""
    for name in names:
        phone = PhoneFrom(live.url, "127.0.0.5")
        try:
            refused = phone.join(live.room.code, guest_name=name)
            assert refused.status_code == 409 and refused.json()["error"] == "name_taken", name
        finally:
            phone.close()


def test_a_guest_name_spelt_with_look_alike_letters_of_another_alphabet_is_still_taken(live, demo_db):
    """A listed name retyped with Cyrillic or Greek letters that look like Latin ones ("Аnna" with a Cyrillic
    А) is the same name to the room; a name really written in another alphabet is a name of its own."""
    room = live.room
    listed = participants_of(demo_db, room.workshop_id)[0].name
    cyrillic = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
    greek = str.maketrans("ABEHIKMNOPTXYZoa", "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖοα")
    disguised = (listed.translate(cyrillic), listed.translate(greek))
    assert all(name.casefold() != listed.casefold() for name in disguised)
    _refused_as_taken(live, disguised)
    phone = PhoneFrom(live.url, "127.0.0.6")
    try:
        assert phone.join(room.code, guest_name="Мария Петрова").status_code == 200  # a Bulgarian guest
    finally:
        phone.close()


def test_a_flood_from_many_addresses_gives_way_to_a_new_phone(demo_db):
    """Idle connections from many addresses (one laptop can take several on a LAN) filling the
    server's total: a new phone's connection makes the address holding the most give one up, so
    the phone joins and submits at once instead of getting 503."""
    live = LiveRoom(demo_db, first_workshop(demo_db).id, Limits(total_connections=200, address_connections=30))
    flood: list[socket.socket] = []
    phone = PhoneFrom(live.url, "127.0.0.2")
    try:
        for number in range(10, 18):  # 8 addresses x 30 = 240 connections, over the 200 in all
            for _ in range(30):
                sock = socket.socket()
                sock.bind((f"127.0.0.{number}", 0))
                sock.connect(("127.0.0.1", live.server.port))
                flood.append(sock)
        time.sleep(0.3)
        activity = live.room.open_activity("suggest")
        started = time.monotonic()
        assert phone.join(live.room.code, guest_name="Late arrival").status_code == 200
        assert phone.submit(activity.id, title="Shade in the square").status_code == 200
        assert time.monotonic() - started < 5
    finally:
        for sock in flood:
            sock.close()
        phone.close()
        live.stop()


def test_a_join_whose_answer_was_lost_is_answered_again_when_retried(live, demo_db):
    """The page sends a join again when its answer is lost (Wi-Fi): with the same join id it gets
    the same phone back, instead of "name taken" (or a second guest); another id is a new join."""
    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    phone = Phone(live.url)
    try:
        before = len(participants_of(demo_db, room.workshop_id))
        body = {"code": room.code, "guest_name": "Wobbly Wi-Fi", "join": "a1b2c3d4e5f60718293a4b5c6d7e8f90"}
        first, again = phone.post("/api/join", body), phone.post("/api/join", body)
        assert first.status_code == again.status_code == 200 and first.json()["token"] == again.json()["token"]
        claim = {"code": room.code, "participant": person.id, "join": "ffeeddccbbaa00998877665544332211"}
        first, again = phone.post("/api/join", claim), phone.post("/api/join", claim)
        assert first.status_code == again.status_code == 200 and first.json()["token"] == again.json()["token"]
        assert len(room.joined()) == 2 and len(participants_of(demo_db, room.workshop_id)) == before + 1
        elsewhere = PhoneFrom(live.url)
        other = elsewhere.post("/api/join", {**body, "join": "0" * 32})
        elsewhere.close()
        assert other.status_code == 409 and other.json()["error"] == "name_taken"
        for bad in ("short", 42, "x" * 200):
            assert phone.post("/api/join", {**body, "join": bad}).status_code == 400
    finally:
        phone.close()


@pytest.mark.slow
def test_a_hundred_phones_are_served_while_one_address_floods(demo_db):
    """A room of 100 phones (each its own address, each keeping its connection) joins and submits
    while one address opens 400 idle and half-sent connections and keeps its share of 32 open (a
    long request timeout here): every phone is answered, none 503."""
    import http.client
    import json
    from concurrent.futures import ThreadPoolExecutor

    live = LiveRoom(demo_db, first_workshop(demo_db).id, Limits(request_timeout=120))

    port = live.server.port
    host = f"127.0.0.1:{port}".encode()
    activity = live.room.open_activity("suggest")
    # Plain keep-alive connections (an httpx client takes 0.1 s to make), each from its own address.
    phones = [http.client.HTTPConnection("127.0.0.1", port, timeout=20, source_address=(f"127.0.1.{n}", 0))
              for n in range(1, 101)]
    flood = _open(port, 200) + _open(port, 200, b"GET / HTTP/1.1\r\nHost: " + host + b"\r\n")

    def post(phone: http.client.HTTPConnection, path: str, body: dict[str, object],
             token: str = "") -> tuple[int, dict[str, object]]:
        phone.request("POST", path, json.dumps(body), {"Content-Type": "application/json", "Host": host.decode(),
                                                       **({"X-Room-Token": token} if token else {})})
        answer = phone.getresponse()
        return answer.status, json.loads(answer.read())

    def take_part(numbered: tuple[int, http.client.HTTPConnection]) -> tuple[int, int]:
        number, phone = numbered
        joined, data = post(phone, "/api/join", {"code": live.room.code, "guest_name": f"Phone {number}"})
        submitted, _ = post(phone, "/api/submit", {"activity": activity.id, "submission": f"hundred-{number:04d}",
                                                   "title": f"Need {number}"}, str(data.get("token", "")))
        return joined, submitted

    try:
        started = time.monotonic()
        with ThreadPoolExecutor(10) as pool:
            answers = list(pool.map(take_part, enumerate(phones)))
        elapsed = time.monotonic() - started
        held = [sock for sock in flood if not _closed_by_server(sock, within=0.001)]
        assert len(held) == 32  # the flooding address kept its share throughout
        assert answers == [(200, 200)] * 100
        assert len(live.room.joined()) == 100 and len(pending_suggestions(live.room.db, live.room.workshop_id)) == 100
        print(f"100 phones joined and submitted in {elapsed:.1f} s beside 400 flooding connections")
        assert elapsed < 60
    finally:
        for sock in flood:
            sock.close()
        for phone in phones:
            phone.close()
        live.stop()


def test_a_phone_that_lost_its_page_picks_its_own_name_again(live, demo_db):
    """A phone whose page lost its token (a closed private tab) picks its name again from the same
    address and gets its own place back (the old token stops working), without the facilitator,
    once the old page has gone quiet (never while it still asks: phones behind one router share an
    address); a guest gets their guest back (no second guest, no fresh dot budget). From another
    address the name stays taken."""
    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    first, again, guest, guest_again, elsewhere = (Phone(live.url), Phone(live.url), Phone(live.url),
                                                   Phone(live.url), PhoneFrom(live.url))
    try:
        assert first.join(room.code, participant=person.id).status_code == 200
        device = room.joined()[0].device_id
        # While its page is open (it asks every poll), the place is not given to anyone.
        for _ in range(4):
            assert first.state().status_code == 200
            time.sleep(room.poll_ms / 1000)
            assert again.join(room.code, participant=person.id).status_code == 409
        time.sleep(4 * room.poll_ms / 1000)  # the page was closed: it asks no more
        assert again.join(room.code, participant=person.id).status_code == 200
        assert [p.device_id for p in room.joined()] == [device] and first.state().status_code == 401
        assert again.state().status_code == 200
        taken = elsewhere.join(room.code, participant=person.id)
        assert taken.status_code == 409 and taken.json()["error"] == "taken"

        before = len(participants_of(demo_db, room.workshop_id))
        assert guest.join(room.code, guest_name="Rosa Diaz").status_code == 200
        time.sleep(4 * room.poll_ms / 1000)
        back = guest_again.join(room.code, guest_name="rosa  diaz")
        assert back.status_code == 200 and back.json()["name"] == "Rosa Diaz"
        assert len(participants_of(demo_db, room.workshop_id)) == before + 1 and len(room.joined()) == 2
        assert guest.state().status_code == 401
        refused = elsewhere.join(room.code, guest_name="Rosa Diaz")
        assert refused.status_code == 409 and refused.json()["error"] == "name_taken"
    finally:
        for phone in (first, again, guest, guest_again, elsewhere):
            phone.close()


def test_a_released_name_is_barred_to_that_address_for_a_while_only(live, demo_db):
    """The bar on a released phone's address ends after `bar_seconds` (had the facilitator
    released the person's own phone, it can pick its name again later)."""
    room = live.room
    room.bar_seconds = 0.3
    person = participants_of(demo_db, room.workshop_id)[0]
    phone, later = Phone(live.url), Phone(live.url)
    try:
        assert phone.join(room.code, participant=person.id).status_code == 200
        room.release(room.joined()[0].device_id)
        assert later.join(room.code, participant=person.id).status_code == 409
        time.sleep(0.4)
        assert later.join(room.code, participant=person.id).status_code == 200
    finally:
        phone.close()
        later.close()


def test_the_same_join_sent_many_times_at_once_makes_one_phone(demo_db):
    """Twenty copies of one join (one join id) at the same moment: one phone, one guest, one token."""
    from concurrent.futures import ThreadPoolExecutor

    live = LiveRoom(demo_db, first_workshop(demo_db).id, Limits(join_capacity=100))
    room = live.room
    before = len(participants_of(demo_db, room.workshop_id))
    body = {"code": room.code, "guest_name": "", "join": "0123456789abcdef0123456789abcdef"}

    def send(_: int) -> tuple[int, str]:
        phone = Phone(live.url)
        try:
            answer = phone.post("/api/join", body)
            return answer.status_code, answer.json().get("token", "")
        finally:
            phone.close()

    try:
        with ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(send, range(20)))
        assert {status for status, _ in answers} == {200} and len({token for _, token in answers}) == 1
        assert len(room.joined()) == 1 and len(participants_of(demo_db, room.workshop_id)) == before + 1
    finally:
        live.stop()
