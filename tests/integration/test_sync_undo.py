"""Undo after a sync, between two laptops and a live server: another laptop's newer edit is never
overwritten by an undo, and the next syncs keep it everywhere."""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)
from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from icc_desktop.errors import OvertakenError
from icc_desktop.models import Need
from icc_desktop.services import crud, undo
from icc_desktop.sync.merge import list_conflicts
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    LiveServer,
    add_workshop_rows,
    canonical,
    laptop,
    snapshot,
    sqlite_only_server,
    sqlite_server,
    two_laptops_in_step,
)


def _title(db, need_id: str) -> str:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return crud.get(session, Need, need_id).title


def test_undo_after_pulling_another_laptops_title_is_refused_and_the_title_stays_everywhere(
        sqlite_only_server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """A edits a title and syncs; B changes it and syncs; A syncs, then undoes: refused, B's title
    stays on both laptops and the server, with no conflict."""
    server = sqlite_only_server
    a, b, ca, cb = two_laptops_in_step(server, tmp_path, _empty_db_file, "alice", participants=1, needs=1, actions=1, questions=1)
    with a.session() as session:
        need_id = session.exec(select(Need)).first().id  # type: ignore[union-attr]
        change = crud.update_in(session, Need, need_id, title="A's title")  # what commands.update_row does
        left = undo.of_update(change)
    ca.sync()
    cb.sync()
    crud.update(b, Need, need_id, title="B's later title")
    cb.sync()
    ca.sync()
    assert _title(a, need_id) == "B's later title"
    with pytest.raises(OvertakenError), a.session() as session:  # Ctrl+Z on A
        undo.update_in(session, left, Need, need_id, change.before or {})
    ca.sync()
    cb.sync()
    assert _title(a, need_id) == _title(b, need_id) == "B's later title"
    assert list_conflicts(a) == [] and list_conflicts(b) == []
    assert canonical(snapshot(a)) == canonical(snapshot(b)) == canonical(server.rows())


def test_undo_after_a_sync_that_changed_nothing_of_the_row_still_undoes_and_spreads(
        sqlite_only_server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """A edits a title and syncs (B changed nothing): Ctrl+Z still works, and B gets the old title back."""
    server = sqlite_only_server
    a, b, ca, cb = two_laptops_in_step(server, tmp_path, _empty_db_file, "alice", participants=1, needs=1, actions=1, questions=1)
    with a.session() as session:
        need_id = session.exec(select(Need)).first().id  # type: ignore[union-attr]
        old = crud.get(session, Need, need_id).title
        change = crud.update_in(session, Need, need_id, title="A's title")
        left = undo.of_update(change)
    ca.sync()
    cb.sync()
    assert _title(b, need_id) == "A's title"
    with a.session() as session:
        undo.update_in(session, left, Need, need_id, change.before or {})
    ca.sync()
    cb.sync()
    assert _title(a, need_id) == _title(b, need_id) == old
    assert list_conflicts(a) == [] and list_conflicts(b) == []


def test_own_deletes_and_creates_synced_still_undo(
        sqlite_only_server: LiveServer, tmp_path: Path, _empty_db_file: Path) -> None:
    """A deletes a need and adds another, both laptops sync: the rows came back from the server as
    they were sent, so both undos go through (no false refusal), and B follows."""
    server = sqlite_only_server
    a, b, ca, cb = two_laptops_in_step(server, tmp_path, _empty_db_file, "alice", participants=2, needs=2, actions=1, questions=1)
    with a.session() as session:
        first = session.exec(select(Need)).first()
        assert first is not None
        deletion = crud.delete_in(session, Need, first.id)
        deleted = undo.of_deletions(session, [deletion])
        added = crud.create_in(session, Need, workshop_id=first.workshop_id, title="Added on A")
        created = undo.of_rows(session, Need, [added.id])
    for _ in range(2):
        ca.sync()
        cb.sync()
    with a.session() as session:
        undo.restore_in(session, deleted, [deletion])
        undo.delete_in(session, created, Need, [added.id])
    ca.sync()
    cb.sync()
    for db in (a, b):
        with db.session() as session:
            live = {n.title for n in crud.live(session, Need)}
        assert first.title in live and "Added on A" not in live
