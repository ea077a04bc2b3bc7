"""The room against a hostile participant on the venue network: connection floods, slow requests,
claimed names, guest floods and suggestion floods. Every server listens on 127.0.0.1; the other
phones come from 127.0.0.2 (still loopback) so that one address's limits do not apply to them."""

# ruff: noqa: F811  (the tests take the live fixture imported from room_support as a parameter)

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from icc_desktop.room.server import Limits
from tests.integration.room_support import (  # noqa: F401  (fixture)
    LiveRoom,
    Phone,
    first_workshop,
    live,
)

OTHER_ADDRESS = "127.0.0.2"


class PhoneFrom(Phone):
    """A phone whose requests leave from another loopback address (another phone on the Wi-Fi)."""

    def __init__(self, url: str, address: str = OTHER_ADDRESS, timeout: float = 5.0) -> None:
        super().__init__(url, timeout)
        self.client.close()
        self.client = httpx.Client(base_url=url, timeout=timeout,
                                   transport=httpx.HTTPTransport(local_address=address))


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
    phones = [PhoneFrom(slow_room.url) for _ in range(3)]
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
