"""`icc-desktop room`: the room without the window, driven by commands typed on standard input.

The first two lines printed are the join address (with the code, as the QR code carries it)
and the room code; what phones do is printed as it happens. Commands, one per line:

  score DIMENSION        open the scoring of a dimension (its code, name or number 1, 2, ...)
  dots | rate | suggest  open dot voting, impact & feasibility, need suggestions
  poll QUESTION | CHOICE | CHOICE ...   open a quick poll
  stop                   close the open activity;   who   list the phones that joined, numbered
  release N              let go of phone N: its name can be picked again (what it sent stays)
  remove N               remove guest N and everything their phone sent
  close                  close the room and exit (as Ctrl+C or SIGTERM do)
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from types import FrameType
from typing import TextIO

from icc_desktop.errors import IccError
from icc_desktop.room.core import JoinedPhone, Room, RoomChange, pending_suggestions
from icc_desktop.room.network import default_address
from icc_desktop.room.server import RoomServer, join_url
from icc_desktop.services.scoring import framework_dimensions
from icc_desktop.services.workshops import find_workshop
from icc_desktop.store.db import Database


class _Stopped(Exception):
    """SIGTERM arrived: stop like Ctrl+C."""


def _stop_signal(_number: int, _frame: FrameType | None) -> None:
    raise _Stopped


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def find_dimension(room: Room, text: str) -> str:
    """A dimension of the room's workshop by code, name (case-insensitive) or number from 1."""
    from icc_desktop.models import Workshop
    from icc_desktop.services import crud

    with room.db.session() as session:
        workshop = crud.get(session, Workshop, room.workshop_id)
        dimensions = framework_dimensions(session, workshop.framework_id)
    wanted = text.strip().casefold()
    if wanted.isdigit() and 1 <= int(wanted) <= len(dimensions):
        return dimensions[int(wanted) - 1].id
    for dimension in dimensions:
        if wanted in (dimension.code.casefold(), dimension.name.casefold()):
            return dimension.id
    names = ", ".join(f"{i}. {d.name}" for i, d in enumerate(dimensions, start=1))
    raise IccError(f"score: no dimension '{text.strip()}'; the dimensions are {names}.")


def _phone_numbered(room: Room, text: str) -> JoinedPhone:
    """The phone with this number in the `who` list."""
    phones = room.joined()
    wanted = text.strip()
    if not wanted.isdigit() or not 1 <= int(wanted) <= len(phones):
        raise IccError(f"'{wanted}' is not a phone's number: give 1 to {len(phones)}, as `who` lists them."
                       if phones else "no phone has joined.")
    return phones[int(wanted) - 1]


def run_command(room: Room, line: str, out: TextIO) -> bool:
    """Run one facilitator command; False when the room should close."""
    word, _, rest = line.strip().partition(" ")
    word = word.lower()
    if not word:
        return True
    try:
        if word == "close":
            return False
        if word == "score":
            room.open_activity("score", dimension_id=find_dimension(room, rest))
        elif word in ("dots", "rate", "suggest"):
            room.open_activity(word)
        elif word == "poll":
            question, *choices = [part.strip() for part in rest.split("|")]
            room.open_activity("poll", question=question, choices=choices)
        elif word == "stop":
            room.close_activity()
        elif word == "who":
            for number, phone in enumerate(room.joined(), start=1):
                print(f"  {number}. {phone.name}{' (guest)' if phone.guest else ''}"
                      f"{' - answered' if phone.answered else ''}", file=out, flush=True)
            return True
        elif word in ("release", "remove"):
            phone = _phone_numbered(room, rest)
            if word == "release":
                room.release(phone.device_id)
                print(f"released: {phone.name}", file=out, flush=True)
            elif not phone.guest:
                raise IccError(f"remove: {phone.name} is on the participant list, not a guest; "
                               "use release to let go of their phone.")
            else:
                room.remove_guest(phone.device_id)
                print(f"removed: {phone.name}", file=out, flush=True)
            return True
        else:
            print(f"unknown command '{word}': score DIMENSION, dots, rate, suggest, poll Q | A | B, "
                  "stop, who, release N, remove N, close", file=out, flush=True)
            return True
    except IccError as exc:
        print(f"refused: {exc}", file=out, flush=True)
        return True
    activity = room.activity
    print(f"open: {activity.kind}" if activity else "no activity open", file=out, flush=True)
    return True


def run_room_cli(db: Database, workshop: str, host: str | None, port: int,
                 commands: TextIO | None = None, out: TextIO | None = None) -> int:
    """Serve the room until Ctrl+C, SIGTERM, `close` or the end of the commands; return 0."""
    out = out or sys.stdout
    commands = commands if commands is not None else sys.stdin
    room = Room(db, find_workshop(db, workshop).id)
    server = RoomServer(room, host or default_address(), port)
    print(f"Join address: {join_url(server.host, server.port, room.code)}", file=out)
    print(f"Room code: {room.code}", file=out, flush=True)

    names: dict[str, str] = {}

    def report(change: RoomChange) -> None:
        if change.kind == "join":
            for phone in room.joined():
                if phone.participant_id == change.participant_id and phone.device_id not in names:
                    names[phone.device_id] = phone.name
                    print(f"joined: {phone.name}{' (guest)' if phone.guest else ''}", file=out, flush=True)
        elif change.kind == "suggest":
            print(f"suggestions waiting: {len(pending_suggestions(db, room.workshop_id))}", file=out, flush=True)
        elif change.kind in ("score", "dots", "rate", "poll"):
            answered = sum(1 for phone in room.joined() if phone.answered)
            print(f"answered: {answered} of {len(room.joined())}", file=out, flush=True)

    room.add_listener(report)

    def read_commands() -> None:
        for line in commands:
            if not run_command(room, line, out):
                break
        else:
            return  # end of input: keep serving until a signal (a room run in the background)
        server.server.should_exit = True

    threading.Thread(target=read_commands, name="icc-room-commands", daemon=True).start()
    # uvicorn shuts down cleanly on Ctrl+C and SIGTERM, then raises the signal again for the
    # handler that was there before: ours, which ends the command normally.
    previous = signal.signal(signal.SIGTERM, _stop_signal) if _main_thread() else None
    try:
        with contextlib.suppress(KeyboardInterrupt, _Stopped):  # Ctrl+C and SIGTERM: a normal end
            server.serve_forever()
    finally:
        room.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    print("Room closed.", file=out, flush=True)
    return 0
