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
import gc
import json
import logging
import re
import time
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from icc_desktop import __version__
from icc_desktop.sync import server_store as store
from icc_desktop.sync.protocol import (
    API_PREFIX,
    DEFAULT_PULL_LIMIT,
    ID_PATTERN,
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    MAX_SEQ,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    Health,
    LoginRequest,
    LoginResponse,
    Me,
    PushRequest,
    PushResponse,
    version_problem,
)

if TYPE_CHECKING:
    import uvicorn

log = logging.getLogger("icc_desktop.sync.server")


_DIGITS = re.compile(r"^[0-9]{1,30}$")
"""A header that is a plain number (str.isdigit also takes '²', which int() refuses)."""


class _Unauthorized(Exception):
    """A request without a valid token (answered 401 by the exception handler)."""


def _error(status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
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
        if scope["path"] != f"{API_PREFIX}/health":
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


def create_app(engine: Engine, *, max_body: int = MAX_BODY_BYTES) -> ASGIApp:
    """The server app on an already migrated database engine."""
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
        user = store.authenticate(engine, token.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            raise _Unauthorized
        return user

    @app.exception_handler(_Unauthorized)
    async def _unauthorized(_request: Request, _exc: _Unauthorized) -> JSONResponse:
        return _error(401, "Sign in again: the token is missing, wrong, expired or revoked.",
                      headers={"WWW-Authenticate": "Bearer"})

    User = Annotated[store.UserInfo, Depends(current_user)]

    @app.get(f"{API_PREFIX}/health")
    def health() -> Health:
        return Health(server_version=__version__, server_time_ms=time.time_ns() // 1_000_000)

    @app.post(f"{API_PREFIX}/auth/token")
    def issue_token(body: LoginRequest, request: Request) -> Response:
        refusal = _mismatch(body.protocol)
        if refusal is not None:
            return refusal
        address = request.client.host if request.client else "unknown"
        try:
            token, user = store.login(engine, body.username, body.password, body.device_name, address)
        except store.LoginRefused as exc:
            headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
            return _error(exc.status, exc.message, headers=headers)
        log.info("token issued to %s (%s) from %s", user.name, body.device_name, address)
        return JSONResponse(LoginResponse(token=token, username=user.name, is_admin=user.is_admin,
                                          cities=sorted(user.cities)).model_dump())

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
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT) -> Response:
        return Response(store.pull_page(engine, user, since, limit), media_type="application/json")

    @app.get(f"{API_PREFIX}/cohort")
    def cohort(user: User, framework: Annotated[str, Query(pattern=ID_PATTERN.pattern)],
               edition: Annotated[str | None, Query(max_length=10)] = None,
               track: Annotated[str | None, Query(max_length=60)] = None) -> Response:
        from icc_desktop.services.cohort import CohortTooSmall

        try:
            figures = store.cohort(engine, framework, edition or None, track or None)
        except LookupError as exc:
            return _error(404, str(exc))
        except CohortTooSmall as exc:
            return _error(422, str(exc))
        return JSONResponse({"protocol": PROTOCOL_VERSION, **figures.as_json()})

    @app.post(f"{API_PREFIX}/sync/push")
    def push(body: PushRequest, user: User) -> Response:
        refusal = _mismatch(body.protocol)
        if refusal is not None:
            return refusal
        results = store.apply_push(engine, user, body.rows)
        response = PushResponse(results=results)
        return Response(json.dumps(response.model_dump(exclude_none=True), ensure_ascii=False),
                        media_type="application/json")

    return _Guards(app, max_body)


def open_server(database_url: str | None = None) -> Engine:
    """The engine of a server database, migrated and seeded (created if it is new)."""
    engine = store.create_server_engine(database_url or store.default_database_url())
    store.migrate_server(engine)
    return engine


def uvicorn_config(app: ASGIApp, host: str, port: int, *, certfile: str | None = None,
                   keyfile: str | None = None, log_level: str = "info") -> "uvicorn.Config":
    """How `serve` runs the app under uvicorn (HTTPS when given a certificate and its key).

    Shared with the tests, so that they run the server exactly as `icc-desktop serve` does.
    """
    import uvicorn

    # proxy_headers off: the login throttle counts by the connecting address, which a client
    # could otherwise choose with an X-Forwarded-For header.
    return uvicorn.Config(app, host=host, port=port, ssl_certfile=certfile, ssl_keyfile=keyfile,
                          log_level=log_level, proxy_headers=False, server_header=False, lifespan="off")


def serve(database_url: str | None, host: str, port: int, *, certfile: str | None = None,
          keyfile: str | None = None) -> None:
    """Run the server until interrupted (HTTPS when given a certificate and its key)."""
    import uvicorn

    engine = open_server(database_url)
    app = create_app(engine)
    # Everything loaded so far lives as long as the server: keep the collector from scanning it
    # again and again (a push of 500 rows makes enough garbage for several full collections).
    gc.freeze()
    uvicorn.Server(uvicorn_config(app, host, port, certfile=certfile, keyfile=keyfile)).run()


__all__ = ["create_app", "open_server", "serve", "uvicorn_config"]
