"""The central sync server: a FastAPI app over `server_store`, run by `icc-desktop serve`.

Endpoints (all under /api/v1; every one but health needs `Authorization: Bearer TOKEN`):
  GET  /health               protocol version and server version (no token)
  POST /auth/token           user name + password -> token (throttled)
  DELETE /auth/token         revoke the token used (sign out)
  GET  /me                   the user and their cities
  GET  /sync/pull?since&limit  rows after seq `since` the user may see, in seq order
  POST /sync/push            rows to store; one result per row

Before any route runs, two guards answer by themselves: a body larger than `MAX_BODY_BYTES`
gets 413 (by Content-Length, or while streaming when there is none), and a request without the
server's protocol version in `X-ICC-Sync-Protocol` gets 426 with a message saying which side to
update. The server keeps no state of its own between requests (all is in the database), so
several workers can serve one PostgreSQL database.
"""

# No `from __future__ import annotations`: FastAPI reads the route annotations at definition time.
import contextlib
import gc
import json
import logging
import os
import re
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, Any

import anyio
import anyio.to_thread
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import DataError, InterfaceError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from icc_desktop import __version__
from icc_desktop.errors import IccError
from icc_desktop.sync import server_store as store
from icc_desktop.sync.metrics import METRICS_PATH, MetricsMiddleware, ServerMetrics
from icc_desktop.sync.protocol import (
    API_PREFIX,
    DEFAULT_PULL_LIMIT,
    DEVICE_PATTERN,
    ID_PATTERN,
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    MAX_SEQ,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ErrorBody,
    Health,
    LoginRequest,
    LoginResponse,
    Me,
    PushRequest,
    version_problem,
)
from icc_desktop.sync.tables import PushedRow, read_typed_push

if TYPE_CHECKING:
    import uvicorn

log = logging.getLogger("icc_desktop.sync.server")

PUSHES_AT_ONCE = 4
"""Pushes applied at once by one server process (the rest wait their turn without a thread)."""

SIGN_IN_THREADS = 4
"""Threads one server process gives the database steps of sign-ins (of its 40 worker threads)."""

MAX_WAITING_LOGINS = 64
"""Sign-ins waiting for a password-hash slot before more are turned away (503, retry shortly)."""


_DIGITS = re.compile(r"^[0-9]{1,30}$")
"""A header that is a plain number (str.isdigit also takes '²', which int() refuses)."""


class _Unauthorized(Exception):
    """A request without a valid token (answered 401 by the exception handler)."""


def _error(status: int, detail: str, headers: Mapping[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"detail": detail, **extra}, status_code=status, headers=headers)


def _mismatch(client_version: int) -> JSONResponse | None:
    problem = version_problem(client_version, PROTOCOL_VERSION)
    if problem is None:
        return None
    message, side = problem
    return _error(426, message, update=side, server_protocol=PROTOCOL_VERSION)


class _Guards:
    """ASGI middleware: body size limit, then protocol version, before anything is parsed."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        length = headers.get("content-length")
        if length is not None and (not _DIGITS.match(length) or int(length) > self.max_body):
            await self._reply(scope, receive, send, _error(413, f"Request body larger than {self.max_body} bytes."))
            return
        if scope["path"] not in (f"{API_PREFIX}/health", METRICS_PATH):
            raw = headers.get(PROTOCOL_HEADER.lower(), "")
            if not _DIGITS.match(raw) or len(raw) > 9:
                await self._reply(scope, receive, send, _error(
                    426, f"Missing or unreadable {PROTOCOL_HEADER} header: this server speaks sync protocol "
                         f"{PROTOCOL_VERSION}; use ICC Workshop to sync.",
                    update="app", server_protocol=PROTOCOL_VERSION))
                return
            refusal = _mismatch(int(raw))
            if refusal is not None:
                await self._reply(scope, receive, send, refusal)
                return
        if length is None and scope["method"] in ("POST", "PUT", "PATCH"):
            # No Content-Length (chunked): read up to the limit here, then hand the body on.
            chunks: list[bytes] = []
            size, more = 0, True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                more = bool(message.get("more_body"))
                if size > self.max_body:
                    await self._reply(scope, receive, send, _error(413, f"Request body larger than {self.max_body} bytes."))
                    return
            body = b"".join(chunks)
            sent = False

            async def replay() -> Message:
                nonlocal sent
                if sent:
                    return await receive()
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)

    @staticmethod
    async def _reply(scope: Scope, receive: Receive, send: Send, response: Response) -> None:
        await response(scope, receive, send)


def create_app(engine: Engine, *, max_body: int = MAX_BODY_BYTES, hash_slots: int | None = None,
               token_lifetime_s: float = store.TOKEN_LIFETIME_S, metrics: bool = False) -> ASGIApp:
    """The server app on an already migrated database engine.

    `hash_slots`: password hashes computed at once (default: half the processor cores, at least one).
    `token_lifetime_s`: how long a token lasts unused (one in use is renewed).
    `metrics`: serve Prometheus metrics at /metrics.
    """
    return _with_openapi(engine, max_body=max_body, hash_slots=hash_slots, token_lifetime_s=token_lifetime_s,
                         metrics=metrics)[0]


def openapi_document(engine: Engine) -> dict[str, Any]:
    """The app's OpenAPI document (not served: the API is for the app; tests fuzz it from this)."""
    return _with_openapi(engine)[1].openapi()


def _with_openapi(engine: Engine, *, max_body: int = MAX_BODY_BYTES, hash_slots: int | None = None,
                  token_lifetime_s: float = store.TOKEN_LIFETIME_S, metrics: bool = False) -> tuple[ASGIApp, FastAPI]:
    hash_slots = hash_slots or max(1, (os.cpu_count() or 2) // 2)
    meter = ServerMetrics() if metrics else None
    app = FastAPI(title="ICC Workshop sync server", version=__version__,
                  docs_url=None, redoc_url=None, openapi_url=None)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return _error(400, "The request body is not valid JSON.")
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg')}"
            for e in errors[:20]
        )
        return _error(422, f"Invalid request: {problems}")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:  # FastAPI's "error parsing the body": bytes that are not UTF-8 JSON
            return _error(400, "The request body is not valid JSON.")
        return _error(exc.status_code, str(exc.detail), headers=exc.headers)

    def current_user(request: Request) -> store.UserInfo:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        user = store.authenticate(engine, token.strip(), token_lifetime_s) if scheme.lower() == "bearer" else None
        if user is None:
            raise _Unauthorized
        return user

    @app.exception_handler(_Unauthorized)
    async def _unauthorized(_request: Request, _exc: _Unauthorized) -> JSONResponse:
        return _error(401, "Sign in again: the token is missing, wrong, expired or revoked.",
                      headers={"WWW-Authenticate": "Bearer"})

    User = Annotated[store.UserInfo, Depends(current_user)]

    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    async def _database_down(_request: Request, exc: Exception) -> JSONResponse:
        log.error("database unavailable: %s", exc)
        return _error(503, "The server's database is unavailable: try again in a minute.",
                      headers={"Retry-After": "30"})

    @app.exception_handler(DataError)
    async def _unstorable(_request: Request, exc: DataError) -> JSONResponse:
        log.warning("value refused by the database: %s", exc)
        return _error(400, "The request holds a value the server's database cannot store.")

    @app.get(f"{API_PREFIX}/health", responses={503: {"model": ErrorBody}})
    def health() -> Health:
        store.ping(engine)  # a database that is down answers 503 (see _database_down)
        return Health(server_version=__version__, server_time_ms=time.time_ns() // 1_000_000)

    # Password hashes are the costly part of a sign-in (tens of ms of CPU and memory each): a few
    # at a time, in threads of their own, so a flood of sign-ins waits here instead of taking the
    # worker threads that sync and health need.
    hashing = anyio.CapacityLimiter(hash_slots)
    # The sign-in's own database steps (throttle, token) take turns on a few threads too: a
    # flood must not hold the shared worker threads that health and sync wait for.
    signing_in = anyio.CapacityLimiter(SIGN_IN_THREADS)

    @app.post(f"{API_PREFIX}/auth/token")
    async def issue_token(body: LoginRequest, request: Request) -> Response:
        refusal = _mismatch(body.protocol)
        if refusal is not None:
            return refusal
        if hashing.statistics().tasks_waiting >= MAX_WAITING_LOGINS:
            return _error(503, "Too many sign-ins at once: try again in a few seconds.", headers={"Retry-After": "5"})
        address = request.client.host if request.client else "unknown"
        try:
            await anyio.to_thread.run_sync(store.reserve_login, engine, body.username, address, limiter=signing_in)
            user = await anyio.to_thread.run_sync(store.check_password, engine, body.username, body.password,
                                                  limiter=hashing)
            if user is None:
                raise await anyio.to_thread.run_sync(store.fail_login, engine, body.username, address,
                                                     limiter=signing_in)
            token, info = await anyio.to_thread.run_sync(store.finish_login, engine, user, body.device_name,
                                                         address, token_lifetime_s, limiter=signing_in)
        except store.LoginRefused as exc:
            if meter is not None:
                meter.failed_logins.labels("throttled" if exc.status == 429 else "wrong").inc()
            headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
            return _error(exc.status, exc.message, headers=headers)
        log.info("token issued to %s (%s) from %s", info.name, body.device_name, address)
        return JSONResponse(LoginResponse(token=token, username=info.name, is_admin=info.is_admin,
                                          cities=sorted(info.cities)).model_dump())

    @app.delete(f"{API_PREFIX}/auth/token", status_code=204)
    def sign_out(request: Request, user: User) -> Response:
        token = request.headers.get("authorization", "").partition(" ")[2].strip()
        store.revoke_token(engine, token)
        return Response(status_code=204)

    @app.get(f"{API_PREFIX}/me")
    def me(user: User) -> Me:
        return Me(username=user.name, is_admin=user.is_admin, cities=sorted(user.cities))

    @app.get(f"{API_PREFIX}/sync/pull")
    def pull(user: User, since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
             device: Annotated[str | None, Query(max_length=40, pattern=DEVICE_PATTERN.pattern)] = None) -> Response:
        counted = meter.rows_pulled.inc if meter is not None else None
        return Response(store.pull_page(engine, user, since, limit, counted, device=device),
                        media_type="application/json")

    async def raw_body(request: Request) -> bytes:
        return await request.body()

    @app.get(f"{API_PREFIX}/cohort")
    def cohort(user: User, framework: Annotated[str, Query(pattern=ID_PATTERN.pattern)],
               edition: Annotated[str | None, Query(max_length=10)] = None,
               track: Annotated[str | None, Query(max_length=60)] = None) -> Response:
        from icc_desktop.services.cohort import CohortTooSmall

        try:
            figures = store.cohort(engine, framework, edition or None, track or None,
                                   leave_out=frozenset() if user.is_admin else user.cities)
        except LookupError as exc:
            return _error(404, str(exc))
        except CohortTooSmall as exc:
            return _error(422, str(exc))
        return JSONResponse({"protocol": PROTOCOL_VERSION, **figures.as_json()})

    # Writers take turns on the seq counter's lock anyway: a few pushes at a time per process
    # is as fast, and the threads queued here hold neither a database connection nor the GIL
    # while the one holding the lock works (40 of them did, and slowed it down many times).
    pushing = anyio.CapacityLimiter(PUSHES_AT_ONCE)

    def push_now(user: store.UserInfo, raw: bytes) -> Response:
        # The raw body is decoded and every row validated in one pass; only a body with a bad
        # row is read again, row by row, so that just that row is refused.
        typed = read_typed_push(raw)
        if not raw.strip():
            raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required"}])
        if typed is not None:
            protocol, device_id, rows = typed
        else:
            try:
                body = PushRequest.model_validate_json(raw)
            except PydanticValidationError as exc:
                raise RequestValidationError(exc.errors()) from exc
            protocol, device_id = body.protocol, body.device_id
            rows = [PushedRow(r.table, r.data, base=r.base) for r in body.rows]
        refusal = _mismatch(protocol)
        if refusal is not None:
            return refusal
        results = store.apply_push(engine, user, rows, device_id)
        if meter is not None:
            for status in ("accepted", "stale", "invalid", "forbidden"):
                count = sum(1 for r in results if r.status == status)
                if count:
                    meter.rows_pushed.labels(status).inc(count)
        return Response(store.push_answer(results), media_type="application/json")

    # The body is read raw (above), so the document would not say what it holds: say it, so
    # that clients and the schema-driven tests know.
    @app.post(f"{API_PREFIX}/sync/push", openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": _inline_schema(PushRequest.model_json_schema())}}}})
    async def push(user: User, raw: Annotated[bytes, Depends(raw_body)]) -> Response:
        return await anyio.to_thread.run_sync(push_now, user, raw, limiter=pushing)

    guarded = _Guards(app, max_body)
    return (MetricsMiddleware(guarded, meter) if meter is not None else guarded), app


def _inline_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A pydantic JSON schema with its `$defs` put in place (its `#/$defs/…` references would
    point at the root of the OpenAPI document)."""
    definitions = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return inline(definitions[ref.removeprefix("#/$defs/")])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    return dict(inline(schema))


def open_server(database_url: str | None = None) -> Engine:
    """The engine of a server database, migrated and seeded (created if it is new)."""
    engine = store.create_server_engine(database_url or store.default_database_url())
    store.migrate_server(engine)
    return engine


def uvicorn_config(app: ASGIApp | str, host: str, port: int, *, certfile: str | None = None,
                   keyfile: str | None = None, log_level: str = "info",
                   trusted_proxies: Sequence[str] = (), **extra: Any) -> "uvicorn.Config":
    """How `serve` runs the app under uvicorn (HTTPS when given a certificate and its key).

    Shared with the tests, so that they run the server exactly as `icc-desktop serve` does.
    """
    import uvicorn

    # The login throttle counts by the client's address. X-Forwarded-For is read only from the
    # trusted proxies (a reverse proxy in front of the server); from anyone else a client could
    # choose its address with it.
    return uvicorn.Config(app, host=host, port=port, ssl_certfile=certfile, ssl_keyfile=keyfile,
                          log_level=log_level, proxy_headers=bool(trusted_proxies),
                          forwarded_allow_ips=",".join(trusted_proxies) if trusted_proxies else None,
                          server_header=False, lifespan="off", **extra)


SERVE_OPTIONS_ENV = "ICC_SYNC_SERVE_OPTIONS"
"""How `serve --workers N` hands its options to the worker processes (JSON)."""


def app_from_environment() -> ASGIApp:
    """The app of one worker process of `serve --workers N` (uvicorn's factory)."""
    options = json.loads(os.environ[SERVE_OPTIONS_ENV])
    engine = store.create_server_engine(options["database"], pool_size=options["pool_size"])
    store.check_server_schema(engine)
    app = create_app(engine, token_lifetime_s=options["token_lifetime_s"], metrics=options["metrics"])
    gc.freeze()
    return app


def serve(database_url: str | None, host: str, port: int, *, certfile: str | None = None,
          keyfile: str | None = None, trusted_proxies: Sequence[str] = (), workers: int = 1,
          token_lifetime_s: float = store.TOKEN_LIFETIME_S, metrics: bool = False) -> None:
    """Run the server until interrupted (HTTPS when given a certificate and its key).

    `workers` > 1 runs that many processes (uvicorn's supervisor restarts any that dies); only on
    PostgreSQL, which several processes can write at once.
    """
    import uvicorn

    url = database_url or store.default_database_url()
    if workers > 1 and not url.startswith("postgresql"):
        raise IccError(f"--workers {workers}: several worker processes need a PostgreSQL database "
                       "(--database postgresql+psycopg://…); SQLite lets one process write at a time, "
                       "so run one worker on it.")
    engine = open_server(url)  # migrate once, before any worker starts
    if workers <= 1:
        app = create_app(engine, token_lifetime_s=token_lifetime_s, metrics=metrics)
        # Everything loaded so far lives as long as the server: keep the collector from scanning it
        # again and again (a push of 500 rows makes enough garbage for several full collections).
        gc.freeze()
        uvicorn.Server(uvicorn_config(app, host, port, certfile=certfile, keyfile=keyfile,
                                      trusted_proxies=trusted_proxies)).run()
        return
    engine.dispose()
    # Each worker keeps a smaller pool, so N of them stay within PostgreSQL's default 100 connections.
    os.environ[SERVE_OPTIONS_ENV] = json.dumps({"database": url, "token_lifetime_s": token_lifetime_s,
                                                "metrics": metrics, "pool_size": max(4, 40 // workers)})
    with contextlib.ExitStack() as stack:
        if metrics:
            import tempfile

            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="icc-sync-metrics-"))
            os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
        config = uvicorn_config("icc_desktop.sync.server:app_from_environment", host, port, certfile=certfile,
                                keyfile=keyfile, trusted_proxies=trusted_proxies, factory=True, workers=workers)
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, sockets=[config.bind_socket()]).run()


__all__ = ["app_from_environment", "create_app", "open_server", "openapi_document", "serve", "uvicorn_config"]
