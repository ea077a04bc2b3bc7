"""Running the sync server: the history of changes and undo, and the user commands, through the
command line (`icc-desktop server …`) on SQLite and PostgreSQL."""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session, select

from icc_desktop import cli
from icc_desktop.models import Participant, Workshop
from icc_desktop.services import crud
from icc_desktop.sync import server_store
from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    PASSWORD,
    SMALL,
    LiveServer,
    add_workshop_rows,
    laptop,
    postgres_server,
    postgres_url,
    server,
    sqlite_server,
)


def run(capsys: pytest.CaptureFixture[str], server: LiveServer, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """Run `icc-desktop server …` on the live server's database; (exit code, stdout, stderr)."""
    url = server.engine.url.render_as_string(hide_password=False)
    original = cli.sys.stdin
    cli.sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(["server", *argv, "--database", url])
    finally:
        cli.sys.stdin = original
    out, err = capsys.readouterr()
    return code, out, err


def history(capsys: pytest.CaptureFixture[str], server: LiveServer, *argv: str) -> list[dict[str, Any]]:
    """`server history --json` with these filters."""
    code, out, err = run(capsys, server, "history", "--json", *argv)
    assert code == 0, err
    return list(json.loads(out))


def _city_of(db: Any, workshop_id: str) -> str:
    with db.session() as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        return str(workshop.city_id)


def test_history_records_who_changed_which_field_and_deletes(server: LiveServer, tmp_path: Path, _empty_db_file: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Every accepted row is in the history with user, device, kind and changed fields before and after."""
    db = laptop(_empty_db_file, tmp_path, "ana")
    workshop_id = add_workshop_rows(db, "Łódź", **SMALL)
    city = _city_of(db, workshop_id)
    server.user("ana", cities=(city,))
    with server.client(db, "ana") as client:
        client.sync()
    created = history(capsys, server, "--city", city)
    assert {c["kind"] for c in created} == {"created"} and len(created) == len(server.rows(city=city))
    assert all(c["user"] == "ana" and "test laptop" in c["device"] for c in created)
    started = time.time()
    time.sleep(1.1)  # --since has second precision in the text
    crud.update(db, Workshop, workshop_id, title="Roadmap 2030")
    with db.session() as session:
        participant = session.exec(select(Participant).where(Participant.workshop_id == workshop_id)).first()
        assert participant is not None
    crud.delete(db, Participant, participant.id)
    with server.client(db, "ana") as client:
        client.sync()
    since = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(started + 1))
    later = history(capsys, server, "--since", since, "--user", "ana")
    edit = next(c for c in later if c["table"] == "workshop")
    assert edit["kind"] == "changed" and edit["before"] == {"title": "Needs assessment"}
    assert edit["after"] == {"title": "Roadmap 2030"}
    gone = next(c for c in later if c["row_id"] == participant.id)
    assert gone["kind"] == "deleted" and gone["before"] == {"deleted_at": None} and gone["after"]["deleted_at"]
    assert history(capsys, server, "--user", "nobody") == []
    code, out, _ = run(capsys, server, "history", "--city", city)
    assert code == 0 and "title: \"Needs assessment\" -> \"Roadmap 2030\"" in out


def test_undo_change_puts_the_earlier_version_back_and_laptops_pull_it(server: LiveServer, tmp_path: Path,
                                                                      _empty_db_file: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A colleague's malicious delete and rename are undone on the server and reach the owner's laptop."""
    ana_db = laptop(_empty_db_file, tmp_path, "ana")
    workshop_id = add_workshop_rows(ana_db, **SMALL)
    city = _city_of(ana_db, workshop_id)
    server.user("ana", cities=(city,))
    server.user("mallory", cities=(city,))
    with server.client(ana_db, "ana") as client:
        client.sync()
    mallory_db = laptop(_empty_db_file, tmp_path, "mallory")
    with server.client(mallory_db, "mallory") as client:
        client.sync()
    crud.update(mallory_db, Workshop, workshop_id, title="Cancelled", notes="ha")
    with server.client(mallory_db, "mallory") as client:
        client.sync()
    crud.update(mallory_db, Workshop, workshop_id, venue="Nowhere")
    with server.client(mallory_db, "mallory") as client:
        client.sync()
    crud.delete(mallory_db, Workshop, workshop_id)
    with server.client(mallory_db, "mallory") as client:
        client.sync()
    by_mallory = [c for c in history(capsys, server, "--user", "mallory") if c["row_id"] == workshop_id]
    rename, delete = by_mallory[0], by_mallory[-1]
    assert delete["kind"] == "deleted"
    code, out, err = run(capsys, server, "undo-change", str(delete["id"]), f"#{rename['id']}")
    assert code == 0, err
    assert out.count("undo of #") == 2
    restored = server.rows(city=city)[("workshop", workshop_id)][1]
    assert restored["deleted_at"] is None and restored["title"] == "Needs assessment" and restored["notes"] == ""
    assert restored["venue"] == "Nowhere"  # a change not undone stays
    undo = history(capsys, server, "--city", city)[-1]
    assert undo["kind"] == "undo" and undo["undo_of"] == rename["id"] and "server command line" in undo["user"]
    with server.client(ana_db, "ana") as client:
        client.sync()
    with ana_db.session() as session:
        row = session.get(Workshop, workshop_id)
        assert row is not None and row.deleted_at is None and row.title == "Needs assessment"
    code, _out, err = run(capsys, server, "undo-change", str(rename["id"]))
    assert code == 2 and "nothing to undo" in err


def test_undo_change_never_overwrites_a_later_change_of_the_same_field(server: LiveServer, tmp_path: Path,
                                                                      _empty_db_file: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Undoing an old rename after a later one changed the title again is refused naming the field (exit 2,
    nothing written); undoing the later one first, or `--force`, works."""
    db = laptop(_empty_db_file, tmp_path, "ana")
    workshop_id = add_workshop_rows(db, **SMALL)
    city = _city_of(db, workshop_id)
    server.user("ana", cities=(city,))
    with server.client(db, "ana") as client:
        client.sync()
    for title in ("First rename", "Second rename"):
        crud.update(db, Workshop, workshop_id, title=title)
        with server.client(db, "ana") as client:
            client.sync()
    first, second = [c for c in history(capsys, server, "--city", city)
                     if c["row_id"] == workshop_id and c["kind"] == "changed"][-2:]
    length = len(history(capsys, server))
    code, _out, err = run(capsys, server, "undo-change", str(first["id"]))
    assert code == 2 and "title changed since" in err and "--force" in err
    assert len(history(capsys, server)) == length
    assert server.rows(city=city)[("workshop", workshop_id)][1]["title"] == "Second rename"
    assert run(capsys, server, "undo-change", str(second["id"]), str(first["id"]))[0] == 0
    assert server.rows(city=city)[("workshop", workshop_id)][1]["title"] == "Needs assessment"
    crud.update(db, Workshop, workshop_id, title="Third rename")
    with server.client(db, "ana") as client:
        client.sync()
    code, _out, err = run(capsys, server, "undo-change", str(first["id"]), "--force")
    assert code == 0, err
    assert server.rows(city=city)[("workshop", workshop_id)][1]["title"] == "Needs assessment"


def test_undoing_a_creation_twice_is_refused(server: LiveServer, tmp_path: Path, _empty_db_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Undoing the change that created a row deletes it once; the same undo again says there is nothing
    to undo (exit 2) and adds nothing to the history."""
    db = laptop(_empty_db_file, tmp_path, "ana")
    workshop_id = add_workshop_rows(db, **SMALL)
    city = _city_of(db, workshop_id)
    server.user("ana", cities=(city,))
    with server.client(db, "ana") as client:
        client.sync()
    created = next(c for c in history(capsys, server, "--city", city) if c["table"] == "participant")
    assert run(capsys, server, "undo-change", str(created["id"]))[0] == 0
    length = len(history(capsys, server))
    code, _out, err = run(capsys, server, "undo-change", str(created["id"]))
    assert code == 2 and "nothing to undo" in err and "already deleted" in err
    assert len(history(capsys, server)) == length


def _api(server: LiveServer, token: str) -> httpx.Client:
    return httpx.Client(base_url=server.url + "/api/v1", timeout=30,
                        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}"})


def _login(server: LiveServer, name: str, password: str) -> httpx.Response:
    return httpx.post(server.url + "/api/v1/auth/token", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
                      json={"protocol": PROTOCOL_VERSION, "username": name, "password": password}, timeout=30)


def test_user_commands_list_disable_password_assign_and_remove(server: LiveServer,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """users, disable/enable, set-password, assign/unassign and remove-user do what they say, at once."""
    run(capsys, server, "remove-user", "dora")  # the session's server may have her from another run
    assert run(capsys, server, "add-user", "dora", "--city", "c-one", stdin=PASSWORD + "\n")[0] == 0
    token = server.token("dora")
    code, out, _ = run(capsys, server, "users", "--json")
    dora = next(u for u in json.loads(out) if u["name"] == "dora")
    assert code == 0 and dora["cities"] == ["c-one"] and not dora["admin"] and not dora["disabled"]
    assert dora["last_seen"] is not None

    assert run(capsys, server, "disable", "dora")[0] == 0
    with _api(server, token) as http:
        assert http.get("/me").status_code == 401
    assert _login(server, "dora", PASSWORD).status_code == 401
    code, out, _ = run(capsys, server, "users")
    assert "dora" in out and "DISABLED" in out
    assert run(capsys, server, "enable", "dora")[0] == 0
    with _api(server, token) as http:  # disabling ended that sign-in for good (a lost laptop's token)
        assert http.get("/me").status_code == 401
    token = server.token("dora")  # a new sign-in works
    with _api(server, token) as http:
        assert http.get("/me").status_code == 200

    assert run(capsys, server, "assign", "dora", "--city", "c-two", "--city", "c-three")[0] == 0
    assert run(capsys, server, "unassign", "dora", "--city", "c-one")[0] == 0
    with _api(server, token) as http:
        assert http.get("/me").json()["cities"] == ["c-three", "c-two"]

    code, out, _ = run(capsys, server, "set-password", "dora", stdin="a brand new passphrase\n")
    assert code == 0 and "revoked 1 tokens" in out
    with _api(server, token) as http:
        assert http.get("/me").status_code == 401
    assert _login(server, "dora", "a brand new passphrase").status_code == 200

    assert run(capsys, server, "remove-user", "dora")[0] == 0
    code, out, _ = run(capsys, server, "users", "--json")
    assert "dora" not in [u["name"] for u in json.loads(out)]
    assert _login(server, "dora", "a brand new passphrase").status_code == 401


@pytest.mark.parametrize(("argv", "message"), [
    (("disable", "nobody"), "no user named 'nobody'"),
    (("set-password", "nobody"), "no user named"),
    (("assign", "nobody", "--city", "c1"), "no user named"),
    (("assign", "ana", "--city", "../etc"), "--city ../etc: not a city id"),
    (("unassign", "ana", "--city", "never-assigned"), "not assigned to ana"),
    (("undo-change", "abc"), "CHANGE_ID abc: not a change number"),
    (("undo-change", "999999999"), "no change #999999999"),
    (("history", "--since", "last tuesday"), "--since last tuesday: not a date"),
])
def test_server_commands_refuse_bad_input_with_exit_2(sqlite_server: LiveServer, capsys: pytest.CaptureFixture[str],
                                                     argv: tuple[str, ...], message: str) -> None:
    """Unknown users, bad city ids, unknown changes and unreadable dates: one clear message, exit 2."""
    sqlite_server.user("ana")
    code, _out, err = run(capsys, sqlite_server, *argv, stdin="long enough password\n")
    assert code == 2 and message in err, err


def test_serve_refuses_a_trusted_proxy_that_is_not_an_address(capsys: pytest.CaptureFixture[str]) -> None:
    """`serve --trusted-proxy` takes IP addresses or networks only."""
    code = cli.main(["serve", "--trusted-proxy", "proxy.example.org", "--database", "sqlite:///:memory:"])
    assert code == 2 and "--trusted-proxy proxy.example.org" in capsys.readouterr().err


def test_a_token_in_use_is_renewed_before_it_expires(sqlite_server: LiveServer) -> None:
    """A token used in the second half of its lifetime gets a whole lifetime again; an expired one does not."""
    sqlite_server.user("erin")
    token = server_store.issue_token(sqlite_server.engine, "erin", "laptop")
    digest = server_store._token_hash(token)
    with Session(sqlite_server.engine) as session, session.begin():
        record = session.exec(select(server_store.ServerToken).where(server_store.ServerToken.token_hash == digest)).one()
        record.expires_at = time.time() + 3600
        session.add(record)
    assert server_store.authenticate(sqlite_server.engine, token, lifetime_s=30 * 86400) is not None
    with Session(sqlite_server.engine) as session:
        record = session.exec(select(server_store.ServerToken).where(server_store.ServerToken.token_hash == digest)).one()
        assert record.expires_at > time.time() + 29 * 86400
        record.expires_at = time.time() - 1
        session.add(record)
        session.commit()
    assert server_store.authenticate(sqlite_server.engine, token) is None


def test_a_city_someone_holds_is_not_assigned_to_another_without_shared(server: LiveServer,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A city id a facilitator pushed (or holds) before the administrator hands it out is not silently
    shared: add-user and assign refuse it, naming the holder, unless --shared."""
    for name in ("erin", "fred", "gina"):
        run(capsys, server, "remove-user", name)
    assert run(capsys, server, "add-user", "erin", "--city", "c-held", stdin=PASSWORD + "\n")[0] == 0
    code, _, err = run(capsys, server, "add-user", "fred", "--city", "c-held", stdin=PASSWORD + "\n")
    assert code == 2 and "--city c-held: already held by erin" in err and "--shared" in err
    code, out, _ = run(capsys, server, "users", "--json")
    assert "fred" not in [u["name"] for u in json.loads(out)]  # nothing written
    assert run(capsys, server, "add-user", "fred", stdin=PASSWORD + "\n")[0] == 0
    code, _, err = run(capsys, server, "assign", "fred", "--city", "c-held")
    assert code == 2 and "already held by erin" in err
    assert run(capsys, server, "assign", "fred", "--city", "c-held", "--shared")[0] == 0
    assert run(capsys, server, "add-user", "gina", "--city", "c-held", "--shared", stdin=PASSWORD + "\n")[0] == 0
    code, out, _ = run(capsys, server, "users", "--json")
    holders = sorted(u["name"] for u in json.loads(out) if "c-held" in u["cities"])
    assert holders == ["erin", "fred", "gina"]


def test_history_limit_prints_the_newest_changes_and_refuses_a_bad_count(server: LiveServer, tmp_path: Path,
                                                                        _empty_db_file: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`server history --limit N` shows the last N changes, oldest first; a count that is not a positive
    whole number is refused with exit 2 naming the option."""
    db = laptop(_empty_db_file, tmp_path, "ana")
    workshop_id = add_workshop_rows(db, **SMALL)
    server.user("ana", cities=(_city_of(db, workshop_id),))
    with server.client(db, "ana") as client:
        client.sync()
    everything = history(capsys, server)
    assert len(everything) > 3
    assert history(capsys, server, "--limit", "3") == everything[-3:]
    assert history(capsys, server, "--limit", str(10**6)) == everything
    for bad in ("0", "-2", "three", "1e3"):
        code, _, err = run(capsys, server, "history", "--limit", bad)
        assert code == 2 and "--limit" in err and bad in err
