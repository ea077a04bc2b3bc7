"""A room on a free loopback port for tests, and a phone that talks to it as the page does."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlmodel import col, select

from icc_desktop.models import Dimension, Need, Participant, Response, Vote, Workshop
from icc_desktop.room.core import Room, RoomCaps
from icc_desktop.room.server import Limits, RoomServer
from icc_desktop.services import crud
from icc_desktop.services.scoring import framework_dimensions
from icc_desktop.store.db import Database


def first_workshop(db: Database) -> Workshop:
    """The demo database's first workshop (it has participants, needs and a framework)."""
    with db.session() as session:
        return session.exec(select(Workshop).order_by(Workshop.date)).first()  # type: ignore[arg-type]


def first_dimension(db: Database, workshop_id: str) -> Dimension:
    """The first dimension of the workshop's framework."""
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        return framework_dimensions(session, workshop.framework_id)[0]


def needs_of(db: Database, workshop_id: str) -> list[Need]:
    """The workshop's live needs."""
    with db.session() as session:
        return crud.live(session, Need, workshop_id=workshop_id)


def participants_of(db: Database, workshop_id: str) -> list[Participant]:
    """The workshop's live participants."""
    with db.session() as session:
        return crud.live(session, Participant, workshop_id=workshop_id)


def clear_typed_input(db: Database, participant_ids: list[str]) -> None:
    """Delete the scores and votes the demo has for these people, as before a workshop's scoring:
    a phone may only change what nobody typed for its person."""
    with db.session() as session:
        for model in (Response, Vote):
            rows = session.exec(select(model).where(col(model.participant_id).in_(participant_ids))).all()  # type: ignore[attr-defined]
            for row in rows:
                if row.deleted_at is None:
                    crud.delete_in(session, model, row.id)


class LiveRoom:
    """A `Room` served by `RoomServer` on 127.0.0.1, on a free port."""

    def __init__(self, db: Database, workshop_id: str, limits: Limits | None = None,
                 caps: RoomCaps | None = None) -> None:
        self.room = Room(db, workshop_id, caps=caps)
        self.room.poll_ms = 250  # phones' pages follow the facilitator faster than the 2 s default
        self.server = RoomServer(self.room, "127.0.0.1", 0, limits=limits)
        self.server.start()
        self.url = self.server.url.rstrip("/")

    def stop(self) -> None:
        self.server.stop()


class Phone:
    """One phone: its HTTP client and, once joined, its device token."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self.url = url
        self.client = httpx.Client(base_url=url, timeout=timeout)
        self.token: str | None = None

    def post(self, path: str, body: Any, **kwargs: Any) -> httpx.Response:
        headers = {"X-Room-Token": self.token} if self.token else {}
        return self.client.post(path, json=body, headers=headers, **kwargs)

    def join(self, code: str, participant: str | None = None, guest_name: str | None = None) -> httpx.Response:
        body: dict[str, Any] = {"code": code, "token": self.token}
        if participant:
            body["participant"] = participant
        else:
            body["guest_name"] = guest_name or ""
        response = self.post("/api/join", body)
        if response.status_code == 200:
            self.token = response.json()["token"]
        return response

    def state(self) -> httpx.Response:
        return self.client.get("/api/state", headers={"X-Room-Token": self.token or ""})

    def submit(self, activity_id: str, submission: str | None = None, **fields: Any) -> httpx.Response:
        return self.post("/api/submit", {"activity": activity_id,
                                         "submission": submission or secrets.token_hex(8), **fields})

    def close(self) -> None:
        self.client.close()


class PhoneFrom(Phone):
    """A phone whose requests leave from another loopback address (another phone on the Wi-Fi:
    the room tells phones apart by address for its caps and for a phone that lost its page)."""

    def __init__(self, url: str, address: str = "127.0.0.2", timeout: float = 5.0) -> None:
        super().__init__(url, timeout)
        self.client.close()
        self.client = httpx.Client(base_url=url, timeout=timeout,
                                   transport=httpx.HTTPTransport(local_address=address))


@pytest.fixture
def live(demo_db: Database) -> Iterator[LiveRoom]:
    """A room of the demo's first workshop, served on a free loopback port."""
    room = LiveRoom(demo_db, first_workshop(demo_db).id)
    yield room
    room.stop()


@pytest.fixture
def phone(live: LiveRoom) -> Iterator[Phone]:
    """A phone that has not joined yet."""
    client = Phone(live.url)
    yield client
    client.close()
