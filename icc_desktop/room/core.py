"""The room: one workshop's phones, the activity the facilitator has opened, and their input.

A `Room` lives as long as the facilitator keeps it open (in the window or `icc-desktop room`).
Its state in memory is what only makes sense while it is open — the room code, the devices
that joined, the open activity, the submissions already seen — and everything a phone sends is
written to the database through the same services and tables as typed input, one transaction
per submission. Listeners (the window) are told which tables changed after each commit.

The room is thread-safe: the HTTP server calls it from its worker threads, the window from the
GUI thread. Submissions are written one at a time (one lock): SQLite has one writer anyway,
and a read-then-write transaction that races another writer fails at once in WAL mode
instead of waiting for it.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Integer, literal_column
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col, select

from icc_desktop.errors import DatabaseInUseError, IccError, NotFoundError, ValidationError
from icc_desktop.models import (
    LEVELS,
    City,
    Dimension,
    Need,
    Participant,
    Question,
    Response,
    RoomPollAnswer,
    RoomSuggestion,
    Vote,
    Workshop,
    utcnow,
)
from icc_desktop.models.room import SUGGESTION_ACCEPTED, SUGGESTION_PENDING, SUGGESTION_REJECTED
from icc_desktop.services import crud
from icc_desktop.services.crud import M
from icc_desktop.services.scoring import framework_dimensions
from icc_desktop.store.db import Database

ACTIVITIES = ("score", "dots", "rate", "suggest", "poll")
"""What the facilitator can open, one at a time."""

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
"""Room code letters: no 0/O, 1/I/L, easy to read off a projector and type on a phone."""
CODE_LENGTH = 6
TITLE_MAX = 300
DESCRIPTION_MAX = 2000
POLL_CHOICES_MAX = 6
POLL_TEXT_MAX = 200
MAX_PHONES = 500
SEEN_KEPT = 256
"""Submission ids a phone's answers are remembered for (a retry follows its request within seconds)."""


@dataclass(frozen=True)
class RoomCaps:
    """How much one phone, one address and the whole room may take (docs/architecture.md)."""

    phones_per_address: int = 4
    """Phones joined from one address (a phone is one address on the venue's Wi-Fi; a shared
    tablet passed round a table is a few)."""
    guests_per_address: int = 2
    """Guests joined from one address: rejoining as a new guest for a fresh dot budget stops here."""
    guests: int = 100
    """Guests in the whole room."""
    suggestions_per_phone: int = 10
    """Suggestions one phone may send while one suggest activity is open."""
    suggestions_per_address: int = 20
    """Suggestions all the phones of one address may send while one suggest activity is open."""


class RoomError(IccError):
    """A phone's request is refused; `code` is what the page translates, `status` the HTTP status."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


def new_room_code() -> str:
    """A random room code (31^6, about 890 million: with the wrong-code limit, not guessable)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: object) -> str:
    """What a person typed as a room code, as compared: capitals, no spaces or dashes."""
    if not isinstance(text, str):
        return ""
    return "".join(ch for ch in text.upper() if ch not in " -")[:32]


def clean_text(text: str, limit: int) -> str:
    """User text as stored: control characters dropped (newlines kept), trimmed, at most `limit`."""
    kept = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return kept.strip()[:limit]


def _insert(session: Session, model: type[M], **values: Any) -> M:
    """A new row through the services' one write path, flushed so the next row's checks (the dot
    budget) see it."""
    row = crud.create_in(session, model, **values)
    session.flush()
    return row


def _change(session: Session, model: type[M], row: M, **changes: Any) -> M:
    """Changes to a row through the services' one write path, flushed (see `_insert`)."""
    crud.update_in(session, model, row.id, **changes)
    session.flush()
    return row


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


@dataclass
class Activity:
    """The activity open on the phones."""

    id: str
    kind: str
    dimension_id: str | None = None
    question: str = ""
    choices: tuple[str, ...] = ()
    opened_at: float = field(default_factory=time.monotonic)


@dataclass
class Device:
    """A phone that joined: its participant, and what it has sent."""

    id: str
    participant_id: str
    name: str
    guest: bool
    joined_at: float
    address: str = ""
    """The address it joined from ("" when not known: the command line's own calls)."""
    last_seen: float = 0.0
    """When its page last asked or sent something (monotonic): a page that is open asks every poll."""
    answered: set[str] = field(default_factory=set)
    """Ids of the activities this phone has answered."""
    seen: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Submission id -> the answer given: a retried request is answered again, not applied twice."""
    suggestions: dict[str, int] = field(default_factory=dict)
    """Activity id -> suggestions this phone sent in it."""
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass(frozen=True)
class RoomChange:
    """What one commit changed: the tables, the kind of input, and the participant."""

    tables: frozenset[str]
    kind: str
    participant_id: str | None = None


@dataclass(frozen=True)
class JoinedPhone:
    """A row of the facilitator's list: who joined, as a guest or not, answered the open activity."""

    device_id: str
    participant_id: str
    name: str
    guest: bool
    answered: bool


Listener = Callable[[RoomChange], None]
Owned = dict[tuple[str, str], Any]
"""(row id, part) -> the value a phone wrote there: parts are "response" (current, target),
"dots" and "rating" (impact, feasibility)."""
Written = tuple[set[str], list[tuple[str, str]], Owned]
"""What a submission wrote: the tables it changed, (table, row id) of each row, and the values."""


# Cyrillic and Greek letters (after case folding) drawn like a Latin one: "Аnna" with a Cyrillic А
# must not pass for a name of its own beside "Anna" (after Unicode's confusables, TR39).
_LOOK_ALIKES = str.maketrans("авекмнорстухіјѕԁԛԝүһӏαβεζηικμνορτυχ", "abekmhopctyxijsdqwyhlabezhikmnoptyx")


def _normal_name(name: str) -> str:
    """A name as compared: compatibility forms folded (full-width letters), case and spacing ignored,
    and Cyrillic or Greek letters that look like Latin ones read as those."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold().translate(_LOOK_ALIKES)


class Room:
    """An open room of one workshop (see the module's docstring)."""

    def __init__(self, db: Database, workshop_id: str, *, code: str | None = None,
                 caps: RoomCaps | None = None) -> None:
        with db.session() as session:
            workshop = crud.get(session, Workshop, workshop_id)
            city = session.get(City, workshop.city_id)
        self.db = db
        self.title = f"{city.name} · {workshop.title}" if city is not None else workshop.title
        """What the phones show as the workshop's name."""
        self.workshop_id = workshop.id
        self.code = normalise_code(code) if code else new_room_code()
        self.closed = False
        self.poll_ms = 2000
        """How often phones ask for the open activity (the page follows what the state says)."""
        self.activity: Activity | None = None
        self._devices: dict[str, Device] = {}  # by token hash
        self._lock = threading.RLock()  # the in-memory state
        self._write_lock = threading.Lock()  # one submission written at a time
        self._listeners: list[Listener] = []
        self._inputs: dict[tuple[str, str], list[tuple[str, str]]] = {}
        """(participant id, activity id) -> (table, row id) written by that phone for it."""
        self.caps = caps or RoomCaps()
        self._joins: dict[str, tuple[str, Device]] = {}
        """Join id -> (token, device): a retried join gets its phone back (the newest MAX_PHONES)."""
        self.bar_seconds = 600.0
        """How long a released phone's address may not pick that name again."""
        self._barred: dict[tuple[str, str], float] = {}
        """(participant id, address) of released phones -> until when (monotonic) that address may
        not pick that name again (a script watching the list would grab it back at once)."""
        self._guests_from: dict[str, int] = {}
        """Guests that ever joined from each address (removed ones too: no cycling through guests)."""
        self._owned: Owned = {}
        """What phones wrote, value by value: a phone changes only an empty value or its own, never
        what the facilitator typed (or a phone wrote before the room was opened again)."""

    # --- listeners ---------------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        """Call `listener(change)` after every commit (from the thread that committed)."""
        self._listeners.append(listener)

    def _notify(self, change: RoomChange) -> None:
        for listener in list(self._listeners):
            listener(change)

    # --- facilitator -------------------------------------------------------------------------

    def open_activity(self, kind: str, *, dimension_id: str | None = None, question: str = "",
                      choices: list[str] | tuple[str, ...] = ()) -> Activity:
        """Open an activity on every phone (closing the one open before)."""
        if kind not in ACTIVITIES:
            raise ValidationError(f"activity: '{kind}' is not one of {', '.join(ACTIVITIES)}.")
        clean_choices: tuple[str, ...] = ()
        if kind == "score":
            with self.db.session() as session:
                workshop = crud.get(session, Workshop, self.workshop_id)
                dimensions = {d.id for d in framework_dimensions(session, workshop.framework_id)}
            if dimension_id not in dimensions:
                raise ValidationError("dimension: pick a dimension of the workshop's framework.")
        elif kind == "poll":
            question = clean_text(question, POLL_TEXT_MAX)
            clean_choices = tuple(c for c in (clean_text(c, POLL_TEXT_MAX) for c in choices) if c)
            if not question:
                raise ValidationError("poll: the question is empty.")
            if not 2 <= len(clean_choices) <= POLL_CHOICES_MAX:
                raise ValidationError(f"poll: give 2 to {POLL_CHOICES_MAX} choices.")
        activity = Activity(secrets.token_hex(8), kind, dimension_id if kind == "score" else None,
                            question if kind == "poll" else "", clean_choices)
        with self._lock:
            self.activity = activity
        self._notify(RoomChange(frozenset(), "activity"))
        return activity

    def close_activity(self) -> None:
        """No activity open: phones wait."""
        with self._lock:
            self.activity = None
        self._notify(RoomChange(frozenset(), "activity"))

    def close(self) -> None:
        """Close the room: every token stops working, nothing more is accepted."""
        with self._lock:
            self.closed = True
            self.activity = None
            self._devices.clear()
        self._notify(RoomChange(frozenset(), "closed"))

    def joined(self) -> list[JoinedPhone]:
        """The phones that joined, in joining order, and whether each answered the open activity."""
        with self._lock:
            current = self.activity.id if self.activity else None
            devices = sorted(self._devices.values(), key=lambda d: d.joined_at)
            return [JoinedPhone(d.id, d.participant_id, d.name, d.guest, current in d.answered)
                    for d in devices]

    def remove_input(self, participant_id: str, activity_id: str | None = None) -> bool:
        """Take back what this participant's phone sent for an activity (default: the open one).

        Answers are deleted (tombstones), dots set back to 0, ratings emptied, a pending
        suggestion rejected, a poll answer deleted. Returns False when there was nothing.
        """
        with self._lock:
            activity_id = activity_id or (self.activity.id if self.activity else None)
            if activity_id is None:
                return False
            written = self._inputs.pop((participant_id, activity_id), [])
            for device in self._devices.values():
                if device.participant_id == participant_id:
                    device.answered.discard(activity_id)
        if not written:
            return False
        tables: set[str] = set()
        with self._write_lock, self.db.session() as session:
            for table, row_id in written:
                tables.add(table)
                if table == "response":
                    response = session.get(Response, row_id)
                    if response is not None and response.deleted_at is None:
                        response.deleted_at = utcnow()
                        session.add(response)
                elif table in ("vote_dots", "vote_rating"):
                    vote = session.get(Vote, row_id)
                    if vote is not None and vote.deleted_at is None:
                        if table == "vote_dots":
                            vote.dots = 0
                        else:
                            vote.impact = vote.feasibility = None
                        session.add(vote)
                elif table == "room_suggestion":
                    suggestion = session.get(RoomSuggestion, row_id)
                    if suggestion is not None and suggestion.status == SUGGESTION_PENDING:
                        suggestion.status = SUGGESTION_REJECTED
                        session.add(suggestion)
                elif table == "room_poll_answer":
                    answer = session.get(RoomPollAnswer, row_id)
                    if answer is not None:
                        session.delete(answer)
        self._notify(RoomChange(frozenset("vote" if t.startswith("vote") else t for t in tables),
                                "remove", participant_id))
        return True

    def release(self, device_id: str) -> bool:
        """Let go of a phone: its token stops working and its name can be picked again (by the
        right person's phone). What it sent stays; `remove_input` takes it back."""
        with self._lock:
            found = [key for key, device in self._devices.items() if device.id == device_id]
            for key in found:
                device = self._devices.pop(key)
                if not device.guest and device.address:  # that address may not grab the name back soon
                    self._barred[(device.participant_id, device.address)] = time.monotonic() + self.bar_seconds
        if found:
            self._notify(RoomChange(frozenset(), "release"))
        return bool(found)

    def remove_guest(self, device_id: str) -> bool:
        """Remove a guest: the phone is let go, everything it sent is taken back, and the guest's
        participant row is deleted (its dots, ratings and scores with it)."""
        with self._lock:
            device = next((d for d in self._devices.values() if d.id == device_id), None)
            if device is None or not device.guest:
                return False
            activities = [activity for pid, activity in self._inputs if pid == device.participant_id]
        self.release(device_id)
        for activity in activities:
            self.remove_input(device.participant_id, activity)
        with self._write_lock, self.db.session() as session:
            row = session.get(Participant, device.participant_id)
            if row is not None and row.deleted_at is None:
                crud.delete_in(session, Participant, row.id)
        self._notify(RoomChange(frozenset({"participant", "response", "vote"}), "remove", device.participant_id))
        return True

    # --- phones ------------------------------------------------------------------------------

    def check_code(self, code: object) -> None:
        """Refuse a missing or wrong room code (and any request once the room is closed)."""
        self._check_open()
        if not secrets.compare_digest(normalise_code(code).encode(), self.code.encode()):
            raise RoomError("wrong_code", "This is not the room code.", 403)

    def _check_open(self) -> None:
        if self.closed:
            raise RoomError("closed", "The room is closed.", 410)

    def device(self, token: object) -> Device:
        """The device a token belongs to; a forged or old token is refused."""
        self._check_open()
        if not isinstance(token, str) or not 20 <= len(token) <= 100:
            raise RoomError("no_token", "Join the room first.", 401)
        with self._lock:
            device = self._devices.get(_hash_token(token))
        if device is None:
            raise RoomError("no_token", "Join the room first.", 401)
        device.last_seen = time.monotonic()
        return device

    def has_token(self, token: object) -> bool:
        """Whether a token belongs to a phone that joined this room."""
        if not isinstance(token, str) or not token:
            return False
        with self._lock:
            return _hash_token(token) in self._devices

    def participants(self, code: object) -> list[dict[str, Any]]:
        """The names a phone can pick (with the room code): id, name, taken by another phone."""
        self.check_code(code)
        with self.db.session() as session:  # people whose data was erased are not offered
            rows = [p for p in crud.live(session, Participant, workshop_id=self.workshop_id) if p.erased_at is None]
        with self._lock:
            taken = {d.participant_id for d in self._devices.values()}
        rows.sort(key=lambda p: p.name.casefold())
        return [{"id": p.id, "name": p.name, "taken": p.id in taken} for p in rows]

    def join(self, code: object, participant_id: object = None, guest_name: object = None,
             token: object = None, address: str | None = None, join_id: object = None) -> tuple[str, Device]:
        """Join with the room code, as a listed participant or as a guest; returns (token, device).

        A phone that already joined (its token) gets its own device back: it counts once. A
        name another phone has taken is refused, and so is a guest name someone in the workshop
        has. `address` (the phone's network address) counts phones and guests against `caps`.
        `join_id` (made by the page, sent again with a retried request) gets the same phone back
        when the answer to the first request was lost.
        """
        self.check_code(code)
        if join_id is not None and (not isinstance(join_id, str) or not 16 <= len(join_id) <= 64):
            raise RoomError("invalid", "join: an id of 16 to 64 characters is needed.")
        if isinstance(token, str) and token:
            with self._lock:
                known = self._devices.get(_hash_token(token))
            if known is not None:
                return token, known
        if participant_id is not None and not isinstance(participant_id, str):
            raise RoomError("invalid", "participant: not an id.")
        if guest_name is not None and not isinstance(guest_name, str):
            raise RoomError("invalid", "name: not text.")
        name = "" if participant_id else " ".join(clean_text(guest_name or "", 200).split())  # one line
        with self._write_lock:  # joins one at a time: the checks below see every earlier join
            with self._lock:
                earlier = self._joins.get(join_id) if isinstance(join_id, str) else None
                if earlier is not None and _hash_token(earlier[0]) in self._devices:  # not released since
                    return earlier
                # The same phone (its address) that lost its page picks its own name again: it gets
                # its place back and the lost token stops working. Only a place whose page has gone
                # quiet (an open page asks every poll): behind a router's NAT, phones share an
                # address, and a phone in use must not be taken over.
                quiet = time.monotonic() - 3 * self.poll_ms / 1000
                own = next((d for d in self._devices.values() if address is not None and d.address == address
                            and max(d.last_seen, d.joined_at) < quiet
                            and (d.participant_id == participant_id if participant_id
                                 else d.guest and name and _normal_name(d.name) == _normal_name(name))), None)
                if own is not None:
                    return self._issue_token(own, join_id, replaces=True), own
                taken = {d.participant_id for d in self._devices.values()}
                if len(self._devices) >= MAX_PHONES:
                    raise RoomError("too_many", f"The room is full ({MAX_PHONES} phones).", 429)
                here = [d for d in self._devices.values() if address is not None and d.address == address]
                guests = sum(1 for d in self._devices.values() if d.guest)
                barred = self._barred.get((str(participant_id), address or ""), 0.0) > time.monotonic()
            if len(here) >= self.caps.phones_per_address:
                raise RoomError("too_many_phones", "Too many phones have joined from this address.", 429)
            if not participant_id:
                if guests >= self.caps.guests:
                    raise RoomError("too_many_guests", f"The room has {self.caps.guests} guests already.", 429)
                if address is not None and self._guests_from.get(address, 0) >= self.caps.guests_per_address:
                    raise RoomError("too_many_guests", "Too many guests have joined from this address.", 429)
            if participant_id:
                if participant_id in taken or barred:
                    raise RoomError("taken", "Another phone has joined with this name.", 409)
                with self.db.session() as session:
                    row = session.get(Participant, participant_id)
                    if (row is None or row.deleted_at is not None or row.erased_at is not None
                            or row.workshop_id != self.workshop_id):
                        raise RoomError("invalid", "participant: not in this workshop.", 404)
                    if not row.joined_from_phone:
                        _change(session, Participant, row, joined_from_phone=True)
                    name, guest, pid = row.name, False, row.id
            else:
                with self.db.session() as session:
                    people = crud.live(session, Participant, workshop_id=self.workshop_id)
                    names = {_normal_name(p.name) for p in people}
                    if not name:
                        count = len([p for p in people if p.joined_from_phone])
                        while _normal_name(name := f"Guest {count + 1}") in names:
                            count += 1
                    elif _normal_name(name) in names:  # one name, one person: no double of a listed name
                        raise RoomError("name_taken", "Someone in the workshop has this name already.", 409)
                    row = _insert(session, Participant, workshop_id=self.workshop_id, name=name,
                                       joined_from_phone=True)
                    pid, guest = row.id, True
            device = Device(secrets.token_hex(6), pid, name, guest, time.monotonic(), address or "")
            with self._lock:
                token = self._issue_token(device, join_id)
                if guest and address is not None:
                    self._guests_from[address] = self._guests_from.get(address, 0) + 1
        self._notify(RoomChange(frozenset({"participant"}), "join", pid))
        return token, device

    def _issue_token(self, device: Device, join_id: object, *, replaces: bool = False) -> str:
        """A new token for `device` (the old one dropped when `replaces`), remembered under the
        join id; the caller holds `_lock`."""
        if replaces:
            for key in [k for k, d in self._devices.items() if d is device]:
                del self._devices[key]
        token = secrets.token_urlsafe(24)
        self._devices[_hash_token(token)] = device
        if isinstance(join_id, str):
            self._joins[join_id] = (token, device)
            while len(self._joins) > MAX_PHONES:
                del self._joins[next(iter(self._joins))]
        return token

    def state(self, device: Device) -> dict[str, Any]:
        """What the phone shows now: the open activity with its content and the phone's answers."""
        with self._lock:
            activity = self.activity
        base: dict[str, Any] = {"name": device.name, "workshop": self.title, "activity": None,
                                "poll_ms": self.poll_ms}
        if activity is None:
            return base
        content: dict[str, Any] = {"id": activity.id, "kind": activity.kind,
                                   "answered": activity.id in device.answered}
        with self.db.session() as session:
            workshop = crud.get(session, Workshop, self.workshop_id)
            if activity.kind == "score":
                dimension = crud.get(session, Dimension, activity.dimension_id or "")
                questions = sorted(crud.live(session, Question, dimension_id=dimension.id),
                                   key=lambda q: q.position)
                mine = {r.question_id: r for r in crud.live(
                    session, Response, workshop_id=self.workshop_id, participant_id=device.participant_id)}
                content["dimension"] = dimension.name
                content["questions"] = [
                    {"id": q.id, "text": q.text, "levels": [q.descriptor(level) for level in LEVELS],
                     "current": mine[q.id].current_level if q.id in mine else None,
                     "target": mine[q.id].target_level if q.id in mine else None,
                     "answered": q.id in mine,
                     "locked": q.id in mine and not self._mine(
                         mine[q.id].id, "response", (mine[q.id].current_level, mine[q.id].target_level))}
                    for q in questions
                ]
            elif activity.kind in ("dots", "rate"):
                needs = sorted(crud.live(session, Need, workshop_id=self.workshop_id),
                               key=lambda n: (n.position, n.created_at))
                votes = {v.need_id: v for v in crud.live(
                    session, Vote, workshop_id=self.workshop_id, participant_id=device.participant_id)}
                content["budget"] = workshop.dots_per_participant
                # What the facilitator typed for this person is shown and cannot be changed here.
                content["locked"] = any(v.dots and not self._mine(v.id, "dots", v.dots) for v in votes.values())
                content["needs"] = [
                    {"id": n.id, "title": n.title,
                     "dots": votes[n.id].dots if n.id in votes else 0,
                     "impact": votes[n.id].impact if n.id in votes else None,
                     "feasibility": votes[n.id].feasibility if n.id in votes else None,
                     "locked": n.id in votes and (votes[n.id].impact, votes[n.id].feasibility) != (None, None)
                     and not self._mine(votes[n.id].id, "rating", (votes[n.id].impact, votes[n.id].feasibility))}
                    for n in needs
                ]
            elif activity.kind == "poll":
                content["question"] = activity.question
                content["choices"] = list(activity.choices)
                answer = session.exec(select(RoomPollAnswer).where(
                    RoomPollAnswer.poll_id == activity.id,
                    RoomPollAnswer.participant_id == device.participant_id)).first()
                content["choice"] = (activity.choices.index(answer.choice)
                                     if answer is not None and answer.choice in activity.choices else None)
        base["activity"] = content
        return base

    def submit(self, device: Device, payload: dict[str, Any]) -> dict[str, Any]:
        """Apply one submission of the open activity in one transaction; return the answer.

        `payload` is `{"activity": id, "submission": id, ...}` with the activity's own fields.
        The same submission id sent again is answered again and not applied twice.
        """
        submission = payload.get("submission")
        if not isinstance(submission, str) or not 8 <= len(submission) <= 64:
            raise RoomError("invalid", "submission: an id of 8 to 64 characters is needed.")
        with device.lock:
            if submission in device.seen:
                return device.seen[submission] | {"repeated": True}
            with self._lock:
                self._check_open()
                activity = self.activity
            if activity is None or payload.get("activity") != activity.id:
                raise RoomError("not_open", "This activity is not open any more.", 409)
            handler = getattr(self, f"_submit_{activity.kind}")
            for attempt in range(3):
                try:
                    with self._write_lock:
                        with self.db.session() as session:
                            tables, written, owned = handler(session, device, activity, payload)
                        with self._lock:  # committed: counted before the next submission is checked
                            self._owned.update(owned)
                            if activity.kind == "suggest":
                                device.suggestions[activity.id] = device.suggestions.get(activity.id, 0) + 1
                    break
                except (OperationalError, DatabaseInUseError):  # the window wrote at the same moment: try again
                    if attempt == 2:
                        raise
                    time.sleep(0.05)
            result = {"ok": True}
            with self._lock:
                device.seen[submission] = result
                while len(device.seen) > SEEN_KEPT:  # a phone answering all day must not grow memory
                    del device.seen[next(iter(device.seen))]
                device.answered.add(activity.id)
                key = (device.participant_id, activity.id)
                previous = self._inputs.get(key, [])
                self._inputs[key] = previous + [w for w in written if w not in previous]
        self._notify(RoomChange(frozenset(tables), activity.kind, device.participant_id))
        return result

    # --- one handler per activity: (session, device, activity, payload) -> (tables, written) --

    def _submit_score(self, session: Session, device: Device, activity: Activity,
                      payload: dict[str, Any]) -> Written:
        answers = payload.get("answers")
        if not isinstance(answers, list) or not answers:
            raise RoomError("invalid", "answers: a list of answers is needed.")
        questions = {q.id for q in crud.live(session, Question, dimension_id=activity.dimension_id)}
        if len(answers) > len(questions):
            raise RoomError("invalid", "answers: more answers than questions.")
        written: list[tuple[str, str]] = []
        owned: Owned = {}
        seen: set[str] = set()
        for answer in answers:
            if not isinstance(answer, dict) or set(answer) - {"question", "current", "target"}:
                raise RoomError("invalid", "answers: each answer is {question, current, target}.")
            question_id = answer.get("question")
            if not isinstance(question_id, str) or question_id not in questions or question_id in seen:
                raise RoomError("invalid", "answers: a question of the open dimension, once each.")
            seen.add(question_id)
            levels = {"current_level": answer.get("current"), "target_level": answer.get("target")}
            for name, level in levels.items():
                if level is not None and (type(level) is not int or level not in LEVELS):
                    raise RoomError("invalid", f"{name}: a level from 1 to 5, or not known.")
            existing = session.exec(select(Response).where(
                Response.workshop_id == self.workshop_id, Response.question_id == question_id,
                Response.participant_id == device.participant_id,
                col(Response.deleted_at).is_(None))).first()
            if existing is not None and not self._mine(existing.id, "response",
                                                       (existing.current_level, existing.target_level)):
                raise RoomError("entered", "The facilitator has entered this answer; ask them to change it.", 409)
            row = _change(session, Response, existing, **levels) if existing else _insert(
                session, Response, workshop_id=self.workshop_id, question_id=question_id,
                participant_id=device.participant_id, **levels)
            written.append(("response", row.id))
            owned[(row.id, "response")] = (row.current_level, row.target_level)
        return {"response"}, written, owned

    def _mine(self, row_id: str, part: str, value: Any) -> bool:
        """Whether a phone of this room put `value` there (so a phone of the same person may change it)."""
        with self._lock:
            return (row_id, part) in self._owned and self._owned[(row_id, part)] == value

    def _votes(self, session: Session, device: Device) -> dict[str, Vote]:
        return {v.need_id: v for v in crud.live(session, Vote, workshop_id=self.workshop_id,
                                                participant_id=device.participant_id)}

    def _needs(self, session: Session) -> set[str]:
        return {n.id for n in crud.live(session, Need, workshop_id=self.workshop_id)}

    def _submit_dots(self, session: Session, device: Device, activity: Activity,
                     payload: dict[str, Any]) -> Written:
        dots = payload.get("dots")
        needs = self._needs(session)
        if not isinstance(dots, dict) or set(dots) - needs:
            raise RoomError("invalid", "dots: {need id: dots} for the workshop's needs.")
        if any(type(n) is not int or n < 0 for n in dots.values()):
            raise RoomError("invalid", "dots: whole numbers from 0.")
        workshop = crud.get(session, Workshop, self.workshop_id)
        if sum(dots.values()) > workshop.dots_per_participant:
            raise RoomError("over_budget",
                            f"dots: {sum(dots.values())} placed; each person has {workshop.dots_per_participant}.",
                            422)
        votes = self._votes(session, device)
        if any(v.dots and not self._mine(v.id, "dots", v.dots) for v in votes.values()):
            raise RoomError("entered", "The facilitator has entered your dots; ask them to change them.", 409)
        wanted = {need_id: dots.get(need_id, 0) for need_id in needs}
        written: list[tuple[str, str]] = []
        owned: Owned = {}
        # Fewer dots first, so the budget check of each row never sees the old and new at once.
        for need_id, count in sorted(wanted.items(), key=lambda item: item[1] - (votes[item[0]].dots if item[0] in votes else 0)):
            vote = votes.get(need_id)
            if vote is None and count == 0:
                continue
            if vote is None:
                vote = _insert(session, Vote, workshop_id=self.workshop_id, need_id=need_id,
                                    participant_id=device.participant_id, dots=count)
            elif vote.dots != count:
                _change(session, Vote, vote, dots=count)
            written.append(("vote_dots", vote.id))
            owned[(vote.id, "dots")] = count
        return {"vote"}, written, owned

    def _submit_rate(self, session: Session, device: Device, activity: Activity,
                     payload: dict[str, Any]) -> Written:
        ratings = payload.get("ratings")
        needs = self._needs(session)
        if not isinstance(ratings, dict) or not ratings or set(ratings) - needs:
            raise RoomError("invalid", "ratings: {need id: {impact, feasibility}} for the workshop's needs.")
        votes = self._votes(session, device)
        written: list[tuple[str, str]] = []
        owned: Owned = {}
        for need_id, rating in ratings.items():
            if not isinstance(rating, dict) or set(rating) - {"impact", "feasibility"}:
                raise RoomError("invalid", "ratings: each is {impact, feasibility}.")
            values = {"impact": rating.get("impact"), "feasibility": rating.get("feasibility")}
            for name, level in values.items():
                if level is not None and (type(level) is not int or level not in LEVELS):
                    raise RoomError("invalid", f"{name}: from 1 to 5, or empty.")
            vote = votes.get(need_id)
            if vote is not None:
                rated = (vote.impact, vote.feasibility)
                if rated != (None, None) and not self._mine(vote.id, "rating", rated):
                    raise RoomError("entered", "The facilitator has entered your rating of this need; "
                                    "ask them to change it.", 409)
            if vote is None:
                vote = _insert(session, Vote, workshop_id=self.workshop_id, need_id=need_id,
                                    participant_id=device.participant_id, dots=0, **values)
            else:
                _change(session, Vote, vote, **values)
            written.append(("vote_rating", vote.id))
            owned[(vote.id, "rating")] = (vote.impact, vote.feasibility)
        return {"vote"}, written, owned

    def _submit_suggest(self, session: Session, device: Device, activity: Activity,
                        payload: dict[str, Any]) -> Written:
        title, description = payload.get("title"), payload.get("description", "")
        if not isinstance(title, str) or not isinstance(description, str):
            raise RoomError("invalid", "title and description: text.")
        if len(title) > TITLE_MAX * 2 or len(description) > DESCRIPTION_MAX * 2:
            raise RoomError("too_long", "The suggestion is too long.", 413)
        title = " ".join(clean_text(title, TITLE_MAX).split())
        description = clean_text(description, DESCRIPTION_MAX)
        if not title:
            raise RoomError("empty", "title: write the need in a few words.")
        with self._lock:
            sent = device.suggestions.get(activity.id, 0)
            from_address = sum(d.suggestions.get(activity.id, 0) for d in self._devices.values()
                               if device.address and d.address == device.address)
        if sent >= self.caps.suggestions_per_phone:
            raise RoomError("too_many_suggestions",
                            f"One phone can suggest {self.caps.suggestions_per_phone} needs at most.", 429)
        if from_address >= self.caps.suggestions_per_address:
            raise RoomError("too_many_suggestions", "Too many suggestions from this address.", 429)
        row = RoomSuggestion(workshop_id=self.workshop_id, participant_id=device.participant_id,
                             title=title, description=description)
        session.add(row)
        session.flush()
        return {"room_suggestion"}, [("room_suggestion", row.id)], {}

    def _submit_poll(self, session: Session, device: Device, activity: Activity,
                     payload: dict[str, Any]) -> Written:
        choice = payload.get("choice")
        if type(choice) is not int or not 0 <= choice < len(activity.choices):
            raise RoomError("invalid", "choice: one of the poll's choices.")
        answer = session.exec(select(RoomPollAnswer).where(
            RoomPollAnswer.poll_id == activity.id,
            RoomPollAnswer.participant_id == device.participant_id)).first()
        if answer is None:
            answer = RoomPollAnswer(workshop_id=self.workshop_id, poll_id=activity.id,
                                    question=activity.question, participant_id=device.participant_id,
                                    choice=activity.choices[choice])
        answer.choice = activity.choices[choice]
        session.add(answer)
        session.flush()
        return {"room_poll_answer"}, [("room_poll_answer", answer.id)], {}


# --- moderation and results (the facilitator's side, also used by the window) ----------------


def pending_suggestions(db: Database, workshop_id: str) -> list[RoomSuggestion]:
    """The suggested needs waiting for the facilitator, oldest first."""
    with db.session() as session:
        rows = session.exec(select(RoomSuggestion).where(
            RoomSuggestion.workshop_id == workshop_id,
            RoomSuggestion.status == SUGGESTION_PENDING).order_by(col(RoomSuggestion.created_at))).all()
    return list(rows)


def pending_suggestion_texts(db: Database, workshop_id: str,
                             after: int = 0) -> tuple[int, list[tuple[str, str, str]]]:
    """(id, title, description) of the suggestions waiting, oldest first, and the position to ask
    `after` next time for only the ones added since: the window re-reads this while phones send."""
    position: ColumnElement[int] = literal_column("room_suggestion.rowid", Integer)
    with db.session() as session:
        rows = session.exec(select(position, RoomSuggestion.id, RoomSuggestion.title,
                                   RoomSuggestion.description).where(
            RoomSuggestion.workshop_id == workshop_id, RoomSuggestion.status == SUGGESTION_PENDING,
            position > after).order_by(position)).all()
    last = max([after, *(int(r[0]) for r in rows)])
    return last, [(str(i), str(t), str(d)) for _, i, t, d in rows]


def decide_suggestion(db: Database, suggestion_id: str, accept: bool, need_id: str | None = None) -> None:
    """Mark a suggestion accepted (with the need made from it) or rejected."""
    with db.session() as session:
        row = session.get(RoomSuggestion, suggestion_id)
        if row is None:
            raise NotFoundError(f"No suggestion with id {suggestion_id}.")
        row.status = SUGGESTION_ACCEPTED if accept else SUGGESTION_REJECTED
        row.need_id = need_id
        session.add(row)


def poll_results(db: Database, poll_id: str, choices: tuple[str, ...]) -> list[tuple[str, int]]:
    """How many answered each choice of a poll, in the choices' order."""
    with db.session() as session:
        answers = session.exec(select(RoomPollAnswer.choice).where(RoomPollAnswer.poll_id == poll_id)).all()
    return [(choice, sum(1 for a in answers if a == choice)) for choice in choices]


__all__ = [
    "ACTIVITIES",
    "Activity",
    "Device",
    "JoinedPhone",
    "Room",
    "RoomCaps",
    "RoomChange",
    "RoomError",
    "decide_suggestion",
    "new_room_code",
    "pending_suggestion_texts",
    "pending_suggestions",
    "poll_results",
]
