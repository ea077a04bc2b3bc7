"""Undo and redo never overwrite a value they did not set: a row changed since by a sync, the phone
room or an import refuses the undo (or redo), and nothing is written."""

from __future__ import annotations

import pytest
from sqlmodel import select

from icc_desktop.errors import OvertakenError
from icc_desktop.models import Action, Need, Participant, Vote
from icc_desktop.services import crud, undo
from icc_desktop.store.db import Database
from tests.factories import arrives_from_sync, db_snapshot, make_workshop


def _need(db: Database, title: str = "Open data portal") -> Need:
    workshop = make_workshop(db)
    return crud.create(db, Need, workshop_id=workshop.id, title=title, description="Publish the bus timetables")


def _get(db: Database, model: type, row_id: str):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.get(model, row_id)


def _edit(db: Database, need: Need, **values: object) -> tuple[crud.Change, undo.Footprint]:
    with db.session() as session:
        change = crud.update_in(session, Need, need.id, **values)
    return change, undo.of_update(change)


def test_sync_helper_brings_the_other_laptops_value(db: Database) -> None:
    """The test helper really merges a remote version (no conflict): the row shows its value."""
    need = _need(db)
    arrives_from_sync(db, Need, need.id, title="B's title")
    assert _get(db, Need, need.id).title == "B's title"


def test_undo_of_an_edit_overtaken_by_a_sync_is_refused_and_writes_nothing(db: Database) -> None:
    """A's title edit, then B's newer title pulled by a sync: undoing A's edit raises, B's title stays."""
    need = _need(db)
    change, left = _edit(db, need, title="A's title")
    arrives_from_sync(db, Need, need.id, title="B's later title")
    before = db_snapshot(db)
    with pytest.raises(OvertakenError) as refused, db.session() as session:
        undo.update_in(session, left, Need, need.id, change.before or {})
    assert (refused.value.table, refused.value.row_id, refused.value.fields) == ("need", need.id, ["title"])
    assert db_snapshot(db) == before and _get(db, Need, need.id).title == "B's later title"


def test_undo_of_an_edit_keeps_another_field_changed_by_a_sync(db: Database) -> None:
    """B changed the description, A undoes the title edit: A's field goes back, B's field stays."""
    need = _need(db, "Old title")
    change, left = _edit(db, need, title="A's title")
    arrives_from_sync(db, Need, need.id, description="B's description")
    with db.session() as session:
        undo.update_in(session, left, Need, need.id, change.before or {})
    row = _get(db, Need, need.id)
    assert (row.title, row.description) == ("Old title", "B's description")


def test_redo_of_an_edit_overtaken_by_a_sync_is_refused(db: Database) -> None:
    """Undone, then the row changed by a sync: redoing the edit would overwrite it, so it is refused."""
    need = _need(db, "Old title")
    change, left = _edit(db, need, title="A's title")
    with db.session() as session:
        left = undo.update_in(session, left, Need, need.id, change.before or {})
    arrives_from_sync(db, Need, need.id, title="B's title")
    with pytest.raises(OvertakenError), db.session() as session:
        undo.update_in(session, left, Need, need.id, change.after)
    assert _get(db, Need, need.id).title == "B's title"


def test_own_edits_undone_in_order_are_not_taken_for_someone_elses(db: Database) -> None:
    """Two edits of one row undone newest first: the row's stamp moved, its values did not: both undo."""
    need = _need(db, "Old title")
    first, first_left = _edit(db, need, title="A's title")
    second, second_left = _edit(db, need, title="A's second title", description="Longer")
    with db.session() as session:
        undo.update_in(session, second_left, Need, need.id, second.before or {})
    with db.session() as session:
        undo.update_in(session, first_left, Need, need.id, first.before or {})
    row = _get(db, Need, need.id)
    assert (row.title, row.description) == ("Old title", "Publish the bus timetables")


def test_undo_of_a_create_is_refused_once_someone_else_voted_on_the_row(db: Database) -> None:
    """Un-creating a need would also delete the phone room's vote on it: refused, both stay."""
    need = _need(db)
    with db.session() as session:
        left = undo.of_rows(session, Need, [need.id])
    participant = crud.create(db, Participant, workshop_id=need.workshop_id, name="Ana")
    vote = crud.create(db, Vote, workshop_id=need.workshop_id, need_id=need.id, participant_id=participant.id, dots=2)
    with pytest.raises(OvertakenError) as refused, db.session() as session:
        undo.delete_in(session, left, Need, [need.id])
    assert (refused.value.table, refused.value.row_id) == ("vote", vote.id)
    assert _get(db, Need, need.id).deleted_at is None and _get(db, Vote, vote.id).deleted_at is None


def test_undo_of_a_create_is_refused_once_a_sync_changed_the_row(db: Database) -> None:
    """A created need, renamed by B: un-creating it would throw B's edit away: refused."""
    need = _need(db)
    with db.session() as session:
        left = undo.of_rows(session, Need, [need.id])
    arrives_from_sync(db, Need, need.id, title="B's better title")
    with pytest.raises(OvertakenError), db.session() as session:
        undo.delete_in(session, left, Need, [need.id])
    assert _get(db, Need, need.id).deleted_at is None


def test_undo_of_a_create_and_its_redo_when_nobody_else_changed_anything(db: Database) -> None:
    """Un-create, re-create, un-create again: each step checks the footprint the previous one left."""
    need = _need(db)
    with db.session() as session:
        left = undo.of_rows(session, Need, [need.id])
    with db.session() as session:
        deletions, left = undo.delete_in(session, left, Need, [need.id])
    with db.session() as session:
        left = undo.restore_in(session, left, deletions)
    assert _get(db, Need, need.id).deleted_at is None
    with db.session() as session:
        undo.delete_in(session, left, Need, [need.id])
    assert _get(db, Need, need.id).deleted_at is not None


def test_undo_of_a_delete_is_refused_once_a_sync_brought_the_row_back(db: Database) -> None:
    """A deleted a need; B's laptop restored and renamed it: undoing A's delete is refused."""
    need = _need(db)
    with db.session() as session:
        deletion = crud.delete_in(session, Need, need.id)
        left = undo.of_deletions(session, [deletion])
    arrives_from_sync(db, Need, need.id, deleted_at=None, title="Kept by B")
    before = db_snapshot(db)
    with pytest.raises(OvertakenError), db.session() as session:
        undo.restore_in(session, left, [deletion])
    assert db_snapshot(db) == before


def test_undo_of_a_delete_is_refused_once_a_cleared_link_was_set_again(db: Database) -> None:
    """Deleting a need cleared an action's link; someone linked the action elsewhere since: refused."""
    need = _need(db)
    other = crud.create(db, Need, workshop_id=need.workshop_id, title="Other need")
    action = crud.create(db, Action, workshop_id=need.workshop_id, title="Publish", need_id=need.id)
    with db.session() as session:
        deletion = crud.delete_in(session, Need, need.id)
        left = undo.of_deletions(session, [deletion])
    crud.update(db, Action, action.id, need_id=other.id)
    with pytest.raises(OvertakenError) as refused, db.session() as session:
        undo.restore_in(session, left, [deletion])
    assert refused.value.row_id == action.id and _get(db, Action, action.id).need_id == other.id


def test_undo_of_a_reorder_is_refused_once_a_position_changed(db: Database) -> None:
    """A reorder's undo puts positions back only where they are still the ones it left."""
    need = _need(db)
    second = crud.create(db, Need, workshop_id=need.workshop_id, title="Second")
    before = crud.reorder(db, Need, [second.id, need.id])
    left = undo.of_positions(Need, {second.id: 0, need.id: 1})
    crud.update(db, Need, need.id, position=7)
    with pytest.raises(OvertakenError), db.session() as session:
        undo.set_positions_in(session, left, Need, before)
    with db.session() as session:
        assert {n.id: n.position for n in session.exec(select(Need)).all()} == {second.id: 0, need.id: 7}


def test_undo_of_an_edit_on_a_row_a_sync_deleted_is_refused(db: Database) -> None:
    """B deleted the need A renamed: undoing the rename is refused (not a 'not found' crash), it stays deleted."""
    need = _need(db, "Old title")
    change, left = _edit(db, need, title="A's title")
    deleted_at = crud.utcnow()
    arrives_from_sync(db, Need, need.id, deleted_at=deleted_at.isoformat())
    with pytest.raises(OvertakenError) as refused, db.session() as session:
        undo.update_in(session, left, Need, need.id, change.before or {})
    assert refused.value.fields == ["deleted_at"] and _get(db, Need, need.id).deleted_at is not None


def test_the_check_holds_the_write_lock_until_the_undo_is_written(db: Database) -> None:
    """Between the check and the write no other writer (a sync in the background) can commit."""
    import sqlite3

    need = _need(db)
    _change, left = _edit(db, need, title="A's title")
    other = sqlite3.connect(db.path, timeout=0)
    try:
        with db.session() as session:
            undo.check(session, left)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("UPDATE need SET title = 'B' WHERE id = ?", (need.id,))
        other.execute("UPDATE need SET title = 'B' WHERE id = ?", (need.id,))  # free again once committed
        other.rollback()
    finally:
        other.close()


def test_undo_of_a_score_given_alike_on_another_laptop_is_refused(db: Database) -> None:
    """A's new score and B's same score are one row (keyed id): undoing A's would delete B's too: refused."""
    from icc_desktop.models import Response
    from icc_desktop.services.workshops import set_response_in
    from tests.factories import questions

    workshop = make_workshop(db)
    question = questions(db, workshop)[0]
    with db.session() as session:
        change = set_response_in(session, workshop.id, question.id, None, current_level=3)
        left = undo.of_rows(session, Response, [change.row.id])
    arrives_from_sync(db, Response, change.row.id)  # B's version: the same values, B's stamp
    with pytest.raises(OvertakenError) as refused, db.session() as session:
        undo.delete_in(session, left, Response, [change.row.id])
    assert refused.value.fields == ["updated_at"] and _get(db, Response, change.row.id).deleted_at is None
