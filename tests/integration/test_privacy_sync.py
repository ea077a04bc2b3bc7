"""Forgetting a participant travels through sync: the server and the other laptop lose the
personal data, scores and vote totals stay."""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import json
from pathlib import Path

from icc_desktop.models import Participant
from icc_desktop.services import crud, privacy
from icc_desktop.services.ranking import rank_needs
from icc_desktop.services.scoring import dimension_scores
from icc_desktop.services.workshops import set_response
from icc_desktop.sync import server_store
from icc_desktop.sync.protocol import WireRow
from icc_desktop.sync.tables import to_wire
from tests.factories import questions
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    LiveServer,
    add_workshop_rows,
    laptop,
    postgres_server,
    postgres_url,
    server,
    sqlite_server,
)
from tests.unit.test_privacy import EMAIL, NAME, ORGANISATION, _in_file

SECRETS = (NAME, EMAIL, ORGANISATION)


def _server_text(server: LiveServer) -> str:
    """Every stored row of the server as text (its tables as an administrator would read them)."""
    return json.dumps(list(server.rows(include_global=False).values()), ensure_ascii=False)


def _history_text(server: LiveServer) -> str:
    """Every row of the server's history of changes (before and after values) as text."""
    from sqlmodel import Session, select

    change = server_store.ServerChange
    with Session(server.engine) as session:
        rows = session.exec(select(change.before, change.after)).all()
    return json.dumps([list(r) for r in rows], ensure_ascii=False)


def test_forget_travels_to_the_server_and_the_other_laptop(server: LiveServer, tmp_path: Path,
                                                           _empty_db_file: Path) -> None:
    """Laptop A forgets; after A and B sync, neither the server's rows nor B's file hold the person."""
    a, b = laptop(_empty_db_file, tmp_path, "a"), laptop(_empty_db_file, tmp_path, "b")
    user = server.user("fiona")
    workshop_id = add_workshop_rows(a, "Rijeka", participants=3)
    person = crud.create(a, Participant, workshop_id=workshop_id, name=NAME, email=EMAIL,
                         organisation=ORGANISATION, stakeholder_group="academia")
    first = questions(a, _workshop(a, workshop_id))[0]
    set_response(a, workshop_id, first.id, person.id, current_level=1, target_level=5)
    ca, cb = server.client(a, user), server.client(b, user)
    ca.sync()
    cb.sync()
    assert _in_file(b, NAME) and NAME in _server_text(server)
    crud.update(a, Participant, person.id, email="zofia.other@example.org")  # an edit: before/after in history
    ca.sync()
    cb.sync()
    assert EMAIL in _history_text(server) and NAME in _history_text(server)
    named = to_wire(_get(b, person.id))  # a laptop that will not see the erasure keeps this
    scores = dimension_scores(b, workshop_id, "individual")
    votes = [(r.need_id, r.dots) for r in rank_needs(b, workshop_id)]
    # B edits the person's organisation while A forgets them: the erasure must still win.
    crud.update(b, Participant, person.id, organisation=ORGANISATION + " Ltd")

    privacy.forget(a, person.id)
    ca.sync()
    report = cb.sync()
    ca.sync()

    text, history = _server_text(server), _history_text(server)
    for secret in (*SECRETS, "zofia.other@example.org"):
        assert secret not in text, f"{secret!r} is still on the server"
        assert secret not in history, f"{secret!r} is still in the server's history"
        assert not _in_file(a, secret), f"{secret!r} is still on laptop A: {_rows_holding(a, secret)}"
        assert not _in_file(b, secret), f"{secret!r} is still on laptop B: {_rows_holding(b, secret)}"
    row = _get(b, person.id)
    assert row.name == "Participant 4" and row.erased_at is not None and report.conflicts == 0
    assert dimension_scores(b, workshop_id, "individual") == scores
    assert [(r.need_id, r.dots) for r in rank_needs(b, workshop_id)] == votes

    # A laptop that never saw the erasure pushes a newer version naming the person: the server
    # answers with the erased version instead of storing the name again.
    resurrect = named | {"updated_at": b.clock.now(), "role": "Dean"}
    info = server_store.UserInfo(0, "admin", True, frozenset())
    [answer] = server_store.apply_push(server.engine, info, [WireRow(table="participant", data=resurrect)])
    assert answer.status == "stale" and answer.row is not None and answer.row["name"] == "Participant 4"
    assert NAME not in _server_text(server)


def _get(db, row_id):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.get(Participant, row_id)


def _rows_holding(db, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The live rows that hold `text` (to tell a stale row from a stale page when a check fails)."""
    import sqlite3

    found = []
    with sqlite3.connect(db.path) as conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            found += [f"{table}: {row}" for row in conn.execute(f'SELECT * FROM "{table}"') if text in str(row)]
    return found


def _workshop(db, workshop_id):  # type: ignore[no-untyped-def]
    """The workshop row (for its framework's questions)."""
    from icc_desktop.models import Workshop

    with db.session() as session:
        return crud.get(session, Workshop, workshop_id)
