"""The sync server refuses what it must, with the right status, and leaves the data unchanged:
no token, a wrong or revoked token, another city's rows, oversized bodies, malformed JSON,
SQL-looking strings, brute-force logins. HTTPS with a certificate and key; the client refuses
plain HTTP to another machine unless allowed.
"""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, func
from sqlmodel import Session, select

from icc_desktop.models import Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.sync import server_store
from icc_desktop.sync.client import (
    InsecureServerError,
    SyncAuthError,
    SyncClient,
    SyncConnectionError,
    SyncError,
    check_server_url,
)
from icc_desktop.sync.protocol import (
    MAX_BODY_BYTES,
    MAX_PUSH_ROWS,
    MAX_SEQ,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
)
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    PASSWORD,
    SMALL,
    LiveServer,
    add_workshop_rows,
    canonical,
    dirty_count,
    laptop,
    snapshot,
    sqlite_server,
)


class World:
    """Two facilitators, each with a city and a workshop on the server, and an administrator."""

    def __init__(self, server: LiveServer, folder: Path, template: Path) -> None:
        self.server = server
        self.ana_db = laptop(template, folder, "ana")
        self.ana_workshop = add_workshop_rows(self.ana_db, "Ana's city", **SMALL)
        with self.ana_db.session() as session:
            workshop = session.get(Workshop, self.ana_workshop)
            assert workshop is not None
            self.ana_city = workshop.city_id
        self.ana = server.user("ana", cities=(self.ana_city,))
        self.bob_db = laptop(template, folder, "bob")
        self.bob_workshop = add_workshop_rows(self.bob_db, "Bob's city", **SMALL)
        self.bob = server.user("bob")  # gets the city he creates
        self.admin = server.user("admin", admin=True)
        for db, user in ((self.ana_db, self.ana), (self.bob_db, self.bob)):
            with server.client(db, user) as client:
                client.sync()

    def api(self, user: str | None = None, token: str | None = None) -> httpx.Client:
        """A raw HTTP client speaking the protocol, with a user's token (or the given one)."""
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if user or token:
            headers["Authorization"] = f"Bearer {token or self.server.token(user or '')}"
        return httpx.Client(base_url=self.server.url + "/api/v1", headers=headers, timeout=30)

    def state(self) -> str:
        """Every row on the server, and every user and city assignment, as text."""
        with Session(self.server.engine) as session:
            users = session.exec(select(server_store.ServerUser.name, server_store.ServerUser.is_admin)
                                 .order_by(server_store.ServerUser.name)).all()
            cities = session.exec(select(server_store.ServerUserCity.user_id, server_store.ServerUserCity.city_id)
                                  .order_by(server_store.ServerUserCity.user_id,
                                            server_store.ServerUserCity.city_id)).all()
        return canonical(self.server.rows(include_global=True)) + repr(users) + repr(cities)


@pytest.fixture(scope="module")
def world(sqlite_server: LiveServer, _empty_db_file: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    """The shared SQLite server, cleaned once, with two facilitators' workshops on it."""
    sqlite_server.reset()
    return World(sqlite_server, tmp_path_factory.mktemp("security"), _empty_db_file)


@pytest.fixture
def no_failed_logins(world: World) -> Iterator[None]:
    """Failed logins are forgotten after the test (the throttle must not leak into other tests)."""
    yield
    with Session(world.server.engine) as session, session.begin():
        session.execute(delete(server_store.ServerLoginThrottle))


def _stamp(device: str = "intruder") -> str:
    return f"{time.time_ns() // 1_000_000:013d}-0000-{device}"


def _push(http: httpx.Client, *rows: tuple[str, dict[str, Any]]) -> list[dict[str, Any]]:
    # `base`: each row made from the server's current version (these rows are about trust, not staleness).
    response = http.post("/sync/push", json={"protocol": PROTOCOL_VERSION,
                                             "rows": [{"table": t, "base": MAX_SEQ, "data": d} for t, d in rows]})
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def test_every_endpoint_but_health_needs_a_token(world: World) -> None:
    """Without a token every endpoint but health answers 401 and nothing is read or written."""
    before = world.state()
    with world.api() as http:
        assert http.get("/health").status_code == 200
        answers = [http.get("/me"), http.get("/sync/pull"), http.delete("/auth/token"),
                   http.post("/sync/push", json={"protocol": PROTOCOL_VERSION, "rows": []})]
    for answer in answers:
        assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
        assert "rows" not in answer.json()
    assert world.state() == before


@pytest.mark.parametrize("header", ["Bearer not-a-token", "Bearer", "Basic YW5hOnNlY3JldA==",
                                    "Bearer " + "x" * 5000, "Bearer ' OR ''='"])
def test_wrong_tokens_are_refused(world: World, header: str) -> None:
    """Made-up, empty, non-bearer, huge and SQL-looking tokens all get 401."""
    with world.api() as http:
        answers = [http.get("/sync/pull", headers={"Authorization": header}),
                   http.post("/sync/push", headers={"Authorization": header},
                             json={"protocol": PROTOCOL_VERSION, "rows": []})]
    assert [a.status_code for a in answers] == [401, 401]


def test_revoked_tokens_are_refused(world: World, tmp_path: Path) -> None:
    """A token signed out (DELETE) or revoked by the administrator stops working at once."""
    signed_out = server_store.issue_token(world.server.engine, world.ana, "old laptop")
    revoked = server_store.issue_token(world.server.engine, world.ana, "stolen laptop")
    with world.api(token=signed_out) as http:
        assert http.get("/me").status_code == 200
        assert http.delete("/auth/token").status_code == 204
        assert http.get("/me").status_code == 401
    assert server_store.revoke_tokens(world.server.engine, world.ana) >= 1
    with world.api(token=revoked) as http:
        assert http.get("/sync/pull").status_code == 401
    db = laptop(Path(world.ana_db.path), tmp_path, "stolen")
    crud.update(db, Workshop, world.ana_workshop, title="Edited with a revoked token")
    before, laptop_before = world.state(), canonical(snapshot(db))
    with SyncClient(db, world.server.url, token=revoked) as client, pytest.raises(SyncAuthError, match="Sign in"):
        client.sync()
    assert world.state() == before and canonical(snapshot(db)) == laptop_before and dirty_count(db) == 1


def test_users_see_only_their_cities(world: World) -> None:
    """A pull returns the user's cities and the shared reference rows, never another city's rows."""
    ana_rows = world.server.rows(city=world.ana_city)
    with world.api(world.bob) as http:
        pulled = http.get("/sync/pull", params={"since": 0, "limit": 5000}).json()["rows"]
    with world.api(world.admin) as http:
        everything = http.get("/sync/pull", params={"since": 0, "limit": 5000}).json()["rows"]
    bob_ids = {(r["table"], r["data"]["id"]) for r in pulled}
    assert not bob_ids & set(ana_rows)
    assert ("workshop", world.bob_workshop) in bob_ids and any(t == "framework" for t, _ in bob_ids)
    assert {(r["table"], r["data"]["id"]) for r in everything} >= set(ana_rows) | bob_ids


def test_users_cannot_change_another_citys_rows(world: World) -> None:
    """Edits, new rows, moves and stale copies aimed at another city are refused; nothing changes."""
    ana_rows = world.server.rows(city=world.ana_city)
    workshop = dict(ana_rows[("workshop", world.ana_workshop)][1])
    participant = next(data for (table, _), (_, data) in ana_rows.items() if table == "participant")
    bob_workshop = dict(world.server.rows(city=None)[("workshop", world.bob_workshop)][1])
    framework = next(data for (table, _), (_, data) in world.server.rows(include_global=True).items()
                     if table == "framework")
    before = world.state()
    with world.api(world.bob) as http:
        results = _push(
            http,
            ("workshop", workshop | {"title": "Hijacked", "updated_at": _stamp()}),  # edit
            ("workshop", workshop | {"title": "Old copy", "updated_at": "0000000000001-0000-x"}),  # stale
            ("participant", participant | {"id": "0f0f0f0f-0000-4000-8000-000000000001",  # new row
                                           "name": "Spy", "updated_at": _stamp()}),
            ("participant", participant | {"workshop_id": world.bob_workshop, "updated_at": _stamp()}),  # steal
            ("workshop", bob_workshop | {"city_id": world.ana_city, "updated_at": _stamp()}),  # move in
            ("city", {"id": world.ana_city, "name": "Renamed", "country": "PL", "updated_at": _stamp(),
                      "created_at": workshop["created_at"]}),
            ("framework", framework | {"name": "Changed", "updated_at": _stamp()}),  # shared rows
        )
    assert [r["status"] for r in results] == ["forbidden"] * 7, results
    assert all("row" not in r for r in results)  # not even the stale answer shows ana's row
    assert world.state() == before


def test_oversized_bodies_are_refused_before_they_are_read(world: World) -> None:
    """A body over the limit gets 413 (with or without Content-Length); too many rows get 422."""
    before = world.state()
    big = b'{"protocol": 1, "rows": [' + b" " * MAX_BODY_BYTES + b"]}"
    with world.api(world.ana) as http:
        sized = http.post("/sync/push", content=big, headers={"Content-Type": "application/json"})
        chunked = http.post("/sync/push", content=iter([big[:1 << 20]] * 9),
                            headers={"Content-Type": "application/json"})
        login = http.post("/auth/token", content=big, headers={"Content-Type": "application/json"})
        rows = [{"table": "city", "data": {"id": str(i)}} for i in range(MAX_PUSH_ROWS + 1)]
        too_many = http.post("/sync/push", json={"protocol": PROTOCOL_VERSION, "rows": rows})
    assert [sized.status_code, chunked.status_code, login.status_code] == [413, 413, 413]
    assert "larger than" in sized.json()["detail"]
    assert too_many.status_code == 422 and "rows" in too_many.json()["detail"]
    assert world.state() == before


@pytest.mark.parametrize(("body", "status"), [
    (b"{not json", 400), (b'{"protocol": 1, "rows": [', 400), (b"\xff\xfe\x00", 400), (b"", 422),
    (b'{"protocol": 1, "rows": {"table": "city"}}', 422), (b"[]", 422),
    (b'{"protocol": 1, "rows": [{"table": "city"}]}', 422), (b'{"protocol": 1, "rows": [], "extra": true}', 422),
])
def test_malformed_requests_are_refused(world: World, body: bytes, status: int) -> None:
    """Broken JSON gets 400, JSON of the wrong shape 422, each with a message; nothing changes."""
    before = world.state()
    with world.api(world.ana) as http:
        push = http.post("/sync/push", content=body, headers={"Content-Type": "application/json"})
        login = http.post("/auth/token", content=body, headers={"Content-Type": "application/json"})
    for answer in (push, login):
        assert answer.status_code == status, answer.text
        expected = "not valid JSON" if status == 400 else "Invalid request: "
        assert expected in answer.json()["detail"]
    assert world.state() == before


def test_invalid_rows_are_refused_one_by_one(world: World) -> None:
    """Rows with unknown tables or fields, bad ids, bad stamps or bad values are refused; valid ones pass."""
    ana_rows = world.server.rows(city=world.ana_city)
    workshop = dict(ana_rows[("workshop", world.ana_workshop)][1])
    with world.api(world.ana) as http:
        results = _push(
            http,
            ("server_user", {"id": "1", "name": "root", "is_admin": True}),
            ("workshop", workshop | {"is_admin": True, "updated_at": _stamp()}),
            ("workshop", workshop | {"id": "../../etc/passwd", "updated_at": _stamp()}),
            ("workshop", workshop | {"updated_at": "yesterday"}),
            ("workshop", workshop | {"status": 42, "updated_at": _stamp()}),
            ("workshop", workshop | {"notes": "valid", "updated_at": _stamp("ana")}),
        )
    assert [r["status"] for r in results] == ["invalid"] * 5 + ["accepted"], results
    assert all(r.get("message") for r in results[:5])
    assert world.server.rows(city=world.ana_city)[("workshop", world.ana_workshop)][1]["notes"] == "valid"


def test_sql_looking_strings_are_stored_and_returned_as_plain_text(world: World, tmp_path: Path,
                                                                   _empty_db_file: Path) -> None:
    """Titles like `'); DROP TABLE …` travel verbatim; SQL in parameters, names and tokens is refused."""
    evil = "Robert'); DROP TABLE server_row; --"
    crud.update(world.ana_db, Workshop, world.ana_workshop, title=evil, venue="' OR '1'='1")
    with world.server.client(world.ana_db, world.ana) as client:
        client.sync()
    other = laptop(_empty_db_file, tmp_path, "other")
    with world.server.client(other, world.ana) as client:
        client.sync()
    with other.session() as session:
        copy = session.get(Workshop, world.ana_workshop)
        assert copy is not None and (copy.title, copy.venue) == (evil, "' OR '1'='1")
    before = world.state()
    with world.api(world.bob) as http:
        assert http.get("/sync/pull", params={"since": "0 OR 1=1"}).status_code == 422
        assert http.get("/sync/pull", params={"limit": "1; DROP TABLE server_row"}).status_code == 422
    with world.api() as http:
        login = http.post("/auth/token", json={"protocol": PROTOCOL_VERSION, "username": "ana' --",
                                               "password": "' OR '1'='1"})
    assert login.status_code == 401
    with Session(world.server.engine) as session, session.begin():
        session.execute(delete(server_store.ServerLoginThrottle))
    assert world.state() == before


def _login(http: httpx.Client, user: str, password: str) -> httpx.Response:
    return http.post("/auth/token", json={"protocol": PROTOCOL_VERSION, "username": user, "password": password})


def test_brute_force_logins_are_throttled(world: World, no_failed_logins: None) -> None:
    """After 5 wrong passwords from one address, that user name's next try there must wait (429 with
    Retry-After, even with the right password); other users still sign in."""
    carol = world.server.user("carol")
    with Session(world.server.engine) as session:
        tokens_before = session.exec(select(func.count()).select_from(server_store.ServerToken)).one()
    with world.api() as http:
        wrong = [_login(http, carol, f"guess number {i}") for i in range(server_store.MAX_FAILURES_PER_USER)]
        locked = _login(http, carol, PASSWORD)
        other = _login(http, world.ana, PASSWORD)
    assert [w.status_code for w in wrong] == [401] * server_store.MAX_FAILURES_PER_USER
    assert "Wrong user name or password" in wrong[0].json()["detail"]
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
    assert "token" not in locked.json()
    assert other.status_code == 200  # the wait is per user name (and address): the others still sign in
    with Session(world.server.engine) as session:
        tokens_after = session.exec(select(func.count()).select_from(server_store.ServerToken)).one()
    assert tokens_after == tokens_before + 1


def test_logins_from_one_address_are_throttled(world: World, no_failed_logins: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Guessing many user names from one address makes every try from it wait too."""
    monkeypatch.setattr(server_store, "MAX_FAILURES_PER_ADDRESS", 4)
    with world.api() as http:
        answers = [_login(http, f"nobody-{i}", "wrong password") for i in range(4)]
        locked = _login(http, world.ana, PASSWORD)
    assert [a.status_code for a in answers] == [401] * 4 and locked.status_code == 429


# --- HTTPS and plain HTTP -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1 and its key (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed (Debian package `openssl`; `make test` installs it)")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True, timeout=60)
    return str(cert), str(key)


def test_https_with_a_certificate_and_key(certificate: tuple[str, str], tmp_path: Path,
                                          _empty_db_file: Path) -> None:
    """Given a certificate and key the server speaks HTTPS only; a client that trusts it syncs."""
    cert, key = certificate
    server = LiveServer(f"sqlite:///{tmp_path / 'tls.sqlite'}", "sqlite", certfile=cert, keyfile=key)
    try:
        assert server.url.startswith("https://")
        db = laptop(_empty_db_file, tmp_path, "laptop")
        add_workshop_rows(db, "Secure city", **SMALL)
        with SyncClient(db, server.url, verify=cert) as client:
            client.login(server.user("tina"), PASSWORD)
            report = client.sync()
        assert report.pushed == len(snapshot(db)) and dirty_count(db) == 0
        with SyncClient(db, server.url) as untrusting, pytest.raises(SyncConnectionError, match="not trusted"):
            untrusting.check_server()
        with pytest.raises(httpx.HTTPError):  # plain HTTP to the TLS port gets no answer
            httpx.get(f"http://127.0.0.1:{server.port}/api/v1/health", timeout=5)
    finally:
        server.stop()


@pytest.mark.parametrize("url", ["http://192.0.2.10:8765", "http://sync.example.org",
                                 "http://10.0.0.1", "http://[2001:db8::1]:8765", "HTTP://Example.org/"])
def test_client_refuses_plain_http_to_another_machine(url: str, db: Database) -> None:
    """Plain HTTP to anything but this machine is refused before any connection, unless allowed."""
    requests: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: requests.append(request) or httpx.Response(500))
    with pytest.raises(InsecureServerError, match="unencrypted"):
        check_server_url(url)
    with pytest.raises(InsecureServerError):
        SyncClient(db, url, token="t", transport=transport)
    with SyncClient(db, url, token="t", transport=transport, allow_insecure_http=True) as allowed:
        assert allowed.server_url == url.rstrip("/")
    assert requests == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://localhost:8765", "http://[::1]:8765",
                                 "http://127.8.9.10", "https://sync.example.org", "https://192.0.2.10:8443/"])
def test_client_accepts_https_and_loopback(url: str) -> None:
    """HTTPS anywhere, and plain HTTP to this machine, are accepted."""
    assert check_server_url(url) == url.rstrip("/")


@pytest.mark.parametrize("url", ["ftp://example.org", "example.org", "https://", "file:///etc/passwd"])
def test_client_refuses_what_is_not_a_server_address(url: str) -> None:
    """Addresses that are not http(s)://HOST are refused with a message saying how to write one."""
    with pytest.raises(SyncError, match="https://HOST"):
        check_server_url(url)
