"""The room's web server: the phone page and its small JSON API, under uvicorn in a thread.

  GET  /                  the phone page (with ?code=ROOMCODE from the QR code)
  GET  /static/NAME       its script and style sheet (nothing else, nothing from outside)
  POST /api/participants  {code} -> the names a phone can pick
  POST /api/join          {code, participant | guest_name, token?} -> {token, name}
  GET  /api/state         (X-Room-Token) -> the open activity and this phone's answers
  POST /api/submit        (X-Room-Token) {activity, submission, ...} -> {ok}

Every refusal is JSON `{"error": code, "message": text}` with a 4xx status (the page
translates the code). Bodies over `MAX_BODY` bytes are refused before they are read in full;
each address and each phone has a request budget (token buckets); once the room is closed
everything answers 410 until the server has stopped listening.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from icc_desktop.errors import DatabaseInUseError, IccError, ValidationError
from icc_desktop.resources import resource_path
from icc_desktop.room.core import Room, RoomError

if TYPE_CHECKING:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

log = logging.getLogger("icc_desktop.room")

MAX_BODY = 16 * 1024
"""Largest request body accepted (a full dimension's scores are ~2 KB)."""
DEFAULT_PORT = 8787
WORKER_THREADS = 2
STATIC_FILES = {"room.js": "text/javascript; charset=utf-8", "room.css": "text/css; charset=utf-8"}

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
                                "form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


class TokenBucket:
    """`rate` requests a second on average, bursts up to `capacity` (thread-safe)."""

    def __init__(self, capacity: float, rate: float) -> None:
        self.capacity, self.rate = capacity, rate
        self.tokens = capacity
        self.stamp = time.monotonic()
        self._lock = threading.Lock()

    def take(self, cost: float = 1.0) -> bool:
        """Spend `cost` if there is enough; False means over the limit."""
        with self._lock:
            self._refill()
            if self.tokens < cost:
                return False
            self.tokens -= cost
            return True

    def exhausted(self) -> bool:
        """Whether the next `take()` would be refused (nothing spent)."""
        with self._lock:
            self._refill()
            return self.tokens < 1.0

    def _refill(self) -> None:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now


@dataclass(frozen=True)
class Limits:
    """Request budgets. Per address: every request; wrong room codes apart. Per phone: its own."""

    address_capacity: float = 240
    address_rate: float = 40
    wrong_code_capacity: float = 10
    wrong_code_rate: float = 0.2
    phone_capacity: float = 30
    phone_rate: float = 5
    join_capacity: float = 8
    join_rate: float = 0.2
    """New phones per address: a few at once (a shared laptop), then one every 5 s (no guest floods)."""
    address_connections: int = 32
    """Open connections per address: a phone's browser opens up to 6; more is a flood."""
    total_connections: int = 1000
    """Open connections in all: 100 phones and a flooding address still fit."""
    request_timeout: float = 10.0
    """Seconds from a request's first byte (or the connection's opening) to its answer: headers or a
    body that never finish (slowloris) are cut."""
    keep_alive: int = 5
    """Seconds an idle connection is kept after an answer (phones ask every 2 s)."""


class _Buckets:
    def __init__(self, capacity: float, rate: float) -> None:
        self.capacity, self.rate = capacity, rate
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> bool:
        return self._bucket(key).take()

    def exhausted(self, key: str) -> bool:
        return self._bucket(key).exhausted()

    def _bucket(self, key: str) -> TokenBucket:
        with self._lock:
            if len(self._buckets) > 10_000:  # a flood of addresses must not grow memory for ever
                self._buckets.clear()
            return self._buckets.setdefault(key, TokenBucket(self.capacity, self.rate))


class _ConnectionGuard:
    """What a server's connections share (used on the event loop's thread only): the connections
    each address holds, the caps, and the request deadline."""

    def __init__(self, per_address: int, total: int, request_timeout: float) -> None:
        self.per_address, self.total, self.request_timeout = per_address, total, request_timeout
        self.open: dict[str, set[Any]] = {}
        self.count = 0

    def enter(self, address: str, connection: Any) -> bool:
        """Count a new connection; False (not counted) when its address holds its share already."""
        held = self.open.setdefault(address, set())
        if len(held) >= self.per_address:
            return False
        held.add(connection)
        self.count += 1
        return True

    def leave(self, address: str, connection: Any) -> None:
        """A counted connection closed."""
        held = self.open.get(address, set())
        if connection in held:
            held.discard(connection)
            self.count -= 1
        if not held:
            self.open.pop(address, None)

    def make_room(self) -> None:
        """Over the total: the address holding the most connections gives up an idle one (one
        waiting for its request), so many flooding addresses cannot shut out a new phone."""
        if self.count <= self.total:
            return
        largest = max(self.open.values(), key=len)
        idle = [c for c in largest if c.idle()]
        if idle:
            idle[0].transport.close()


def _guarded_protocol(guard: _ConnectionGuard) -> type[asyncio.Protocol]:
    """uvicorn's HTTP/1.1 protocol with per-address and total connection caps and a deadline for
    every request.

    uvicorn times out only idle kept-alive connections: a connection that never sends, or sends
    half a request and stops, would be held for ever and count against the server's total until
    every phone gets 503. Here each connection from an address over its share is closed at once;
    over the total, the address holding the most gives up an idle connection; and a connection must
    finish its request (headers and body) and get its answer within `request_timeout` of its first
    byte (or of its opening), or it is closed.
    """
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11Protocol(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None
        _address: str | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            address = self.client[0] if self.client else "?"
            if not guard.enter(address, self):
                transport.close()
                return
            self._address = address
            self._arm()
            guard.make_room()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._address is not None:
                guard.leave(self._address, self)
                self._address = None
            super().connection_lost(exc)

        def idle(self) -> bool:
            """No request being answered (waiting for one, or for its headers)."""
            return not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete)

        def data_received(self, data: bytes) -> None:
            if self._deadline is None:  # a new request begins on a kept-alive connection
                self._arm()
            super().data_received(data)

        def on_response_complete(self) -> None:
            self._disarm()
            super().on_response_complete()  # idle from here: uvicorn's keep-alive timeout applies
            if self.cycle is not None and not self.cycle.response_complete:  # a pipelined request began
                self._arm()

        def _arm(self) -> None:
            self._disarm()
            self._deadline = self.loop.call_later(guard.request_timeout, self._expire)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _expire(self) -> None:
            self._deadline = None
            if not self.transport.is_closing():
                self.transport.close()

    return GuardedH11Protocol


def _connection_cap(wanted: int) -> int:
    """`wanted` open connections, or fewer if the process may not open that many files (raised
    towards its hard limit first): past the limit, accepting fails for everyone."""
    try:
        import resource
    except ImportError:  # Windows: no such per-process limit on sockets
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = wanted + 300  # the database, the window's files, the server's own, uvicorn's margin
    if soft != resource.RLIM_INFINITY and soft < need:
        target = need if hard == resource.RLIM_INFINITY else min(need, hard)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return wanted if soft == resource.RLIM_INFINITY else max(64, min(wanted, soft - 300))


def _error(code: str, message: str, status: int) -> Response:
    from starlette.responses import JSONResponse

    return JSONResponse({"error": code, "message": message}, status_code=status, headers=SECURITY_HEADERS)


async def _read_json(request: Request) -> dict[str, Any]:
    """The request's JSON object, refused when larger than MAX_BODY (counted while reading)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        raise RoomError("too_large", f"The request is larger than {MAX_BODY} bytes.", 413)
    from starlette.requests import ClientDisconnect

    body = b""
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                raise RoomError("too_large", f"The request is larger than {MAX_BODY} bytes.", 413)
    except ClientDisconnect as exc:  # the phone went before its request was complete: nothing happened
        raise RoomError("cut", "The request was cut off.", 400) from exc
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise RoomError("invalid", "The request is not JSON.") from exc
    if not isinstance(data, dict):
        raise RoomError("invalid", "The request is not a JSON object.")
    return data


def create_app(room: Room, limits: Limits | None = None, hosts: frozenset[str] | None = None) -> Starlette:
    """The phone page and API of an open room.

    `hosts`: the Host headers accepted (the address phones were given); a page reached under
    another name (DNS rebinding from a web site) is refused. None accepts any.
    """
    import anyio.to_thread
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.responses import Response as PlainResponse
    from starlette.routing import Route

    limits = limits or Limits()
    per_address = _Buckets(limits.address_capacity, limits.address_rate)
    wrong_codes = _Buckets(limits.wrong_code_capacity, limits.wrong_code_rate)
    per_phone = _Buckets(limits.phone_capacity, limits.phone_rate)
    new_phones = _Buckets(limits.join_capacity, limits.join_rate)
    page_dir = resource_path("room")
    # Few worker threads: submissions are written one at a time anyway, and every extra thread
    # competes with the window's GUI thread for the interpreter lock (the GUI stalled with 40).
    limiter: list[anyio.CapacityLimiter] = []

    async def run_in_threadpool(function: Callable[..., Any], *args: Any) -> Any:
        if not limiter:  # made in the server's event loop, on first use
            limiter.append(anyio.CapacityLimiter(WORKER_THREADS))
        return await anyio.to_thread.run_sync(function, *args, limiter=limiter[0])

    def guarded(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            address = request.client.host if request.client else "?"
            if hosts is not None and request.headers.get("host", "").lower() not in hosts:
                return _error("wrong_host", "Open the address shown in the room.", 421)
            if room.closed:
                return _error("closed", "The room is closed.", 410)
            if not per_address.take(address):
                return _error("too_many", "Too many requests; wait a moment.", 429)
            if wrong_codes.exhausted(address):  # refused before the code is looked at: no oracle
                return _error("too_many", "Too many wrong room codes; wait a minute.", 429)
            try:
                return await handler(request)
            except RoomError as exc:
                if exc.code == "wrong_code" and not wrong_codes.take(address):
                    return _error("too_many", "Too many wrong room codes; wait a minute.", 429)
                return _error(exc.code, str(exc), exc.status)
            except ValidationError as exc:
                code = "over_budget" if "dots" in exc.fields else "invalid"
                return _error(code, str(exc), 422)
            except DatabaseInUseError:  # another program holds the file: the phone waits, and never sees its path
                return _error("too_many", "The facilitator's laptop is busy; wait a moment and try again.", 503)
            except IccError as exc:
                return _error("invalid", str(exc), 400)
        return endpoint

    def phone_device(request: Request) -> Any:
        device = room.device(request.headers.get("x-room-token"))
        if not per_phone.take(device.id):
            raise RoomError("too_many", "Too many requests from this phone; wait a moment.", 429)
        return device

    def ok(data: Any) -> Response:
        return JSONResponse(data, headers=SECURITY_HEADERS)

    async def page(request: Request) -> Response:
        html = (page_dir / "index.html").read_bytes()
        return PlainResponse(html, media_type="text/html; charset=utf-8", headers=SECURITY_HEADERS)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC_FILES:  # a fixed list: no path from the request reaches the disk
            return _error("not_found", "No such file.", 404)
        return PlainResponse((page_dir / name).read_bytes(), media_type=STATIC_FILES[name],
                             headers=SECURITY_HEADERS)

    async def participants(request: Request) -> Response:
        data = await _read_json(request)
        return ok({"participants": await run_in_threadpool(room.participants, data.get("code"))})

    async def join(request: Request) -> Response:
        data = await _read_json(request)
        address = request.client.host if request.client else "?"
        if not room.has_token(data.get("token")) and not new_phones.take(address):
            return _error("too_many", "Too many new phones from this address; wait a moment.", 429)
        token, device = await run_in_threadpool(
            room.join, data.get("code"), data.get("participant"), data.get("guest_name"), data.get("token"), address,
            data.get("join"))
        return ok({"token": token, "name": device.name, "guest": device.guest})

    async def state(request: Request) -> Response:
        device = phone_device(request)
        return ok(await run_in_threadpool(room.state, device))

    async def submit(request: Request) -> Response:
        device = phone_device(request)
        data = await _read_json(request)
        return ok(await run_in_threadpool(room.submit, device, data))

    async def not_found(request: Request) -> Response:
        return _error("not_found", "No such page.", 404)

    routes = [
        Route("/", guarded(page), methods=["GET"]),
        Route("/static/{name}", guarded(static), methods=["GET"]),
        Route("/api/participants", guarded(participants), methods=["POST"]),
        Route("/api/join", guarded(join), methods=["POST"]),
        Route("/api/state", guarded(state), methods=["GET"]),
        Route("/api/submit", guarded(submit), methods=["POST"]),
        Route("/{path:path}", guarded(not_found)),
    ]
    return Starlette(routes=routes)


def join_url(host: str, port: int, code: str | None = None) -> str:
    """The address phones open (IPv4; the code in the query, as the QR code carries it)."""
    base = f"http://{host}:{port}/"
    return f"{base}?code={code}" if code else base


class RoomServer:
    """The room's app under uvicorn on a background thread (off the GUI thread).

    The socket is bound in the constructor, so a taken port or a wrong address is an
    `IccError` at once, before anything runs.
    """

    def __init__(self, room: Room, host: str, port: int = DEFAULT_PORT, *, limits: Limits | None = None) -> None:
        import uvicorn

        self.room = room
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._socket.bind((host, port))
        except OSError as exc:
            self._socket.close()
            raise IccError(f"{host}:{port}: cannot listen there ({exc.strerror or exc}). "
                           "Pick another address or port.") from exc
        self._socket.listen(512)
        self.host = host
        self.port = int(self._socket.getsockname()[1])
        shown = f"[{host}]" if ":" in host else host
        hosts = None if host in ("0.0.0.0", "::") else frozenset(
            {f"{shown}:{self.port}".lower()} | ({shown.lower()} if self.port == 80 else set()))
        limits = limits or Limits()
        total = _connection_cap(limits.total_connections)
        guard = _ConnectionGuard(limits.address_connections, total, limits.request_timeout)
        # uvicorn's own cap (503) only past ours: the guard makes room before it is reached.
        config = uvicorn.Config(create_app(room, limits, hosts), log_level="warning", lifespan="off",
                                server_header=False, proxy_headers=False, access_log=False,
                                http=_guarded_protocol(guard), timeout_keep_alive=limits.keep_alive,
                                limit_concurrency=total + limits.address_connections + 10)
        self._server: uvicorn.Server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The join address without the code."""
        return join_url(self.host, self.port)

    def start(self) -> None:
        """Serve on the background thread; returns once the server accepts connections."""
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]},
                                        name="icc-room-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise IccError("The room server did not start.")
            time.sleep(0.01)

    def serve_forever(self) -> None:
        """Serve on this thread until `stop()` or a signal (the CLI)."""
        self._server.run(sockets=[self._socket])

    def stop(self, grace: float = 0.0) -> None:
        """Close the room at once and stop listening, after `grace` seconds when given.

        During the grace period every request is answered 410 "closed" (nothing else is
        served), so the phones' pages, which ask every few seconds, can say the room closed
        rather than that the laptop vanished.
        """
        self.room.close()
        if grace > 0:
            timer = threading.Timer(grace, self._shut_down)
            timer.daemon = True
            timer.start()
        else:
            self._shut_down()

    def _shut_down(self) -> None:
        self._server.should_exit = True
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(10)
        self._socket.close()

    @property
    def server(self) -> uvicorn.Server:
        """The uvicorn server (tests check it stopped)."""
        return self._server


__all__ = ["DEFAULT_PORT", "MAX_BODY", "Limits", "RoomServer", "TokenBucket", "create_app", "join_url"]
