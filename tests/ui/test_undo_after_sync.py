"""Ctrl+Z after a sync never overwrites another laptop's newer edit: the undo is refused with a
message in the status bar, nothing is written, and the step leaves the undo history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from icc_desktop.models import Need, Participant
from icc_desktop.services import crud
from icc_desktop.services.lookups import workshop_table
from icc_desktop.store.db import Database
from icc_desktop.ui import commands
from icc_desktop.ui.i18n import install_translations
from icc_desktop.ui.main_window import MainWindow
from tests.factories import arrives_from_sync, db_snapshot, make_workshop
from tests.ui.shell_support import open_window
from tests.ui.workshop_support import settle


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    """The window on the needs page of a workshop with one need."""
    workshop = make_workshop(db)
    crud.create(db, Need, workshop_id=workshop.id, title="Open data portal")
    window = open_window(qtbot, db, workshop.id, page="needs")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _need(window: MainWindow) -> Need:
    assert window.context is not None
    [need] = workshop_table(window.context.db, Need, window.context.workshop_id)
    return need


def _ctrl_z(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()


def _edit_title(window: MainWindow, title: str) -> None:
    page = window.pages["needs"]
    model = page.needs  # type: ignore[attr-defined]
    assert model.setData(model.index(model.find(_need(window).id), model.column_number("title")), title)
    settle()


def test_ctrl_z_after_a_sync_brought_another_title_overwrites_nothing(qtbot, window: MainWindow) -> None:
    """A's title edit, B's newer title pulled by a sync, Ctrl+Z: B's title stays, the status bar says why."""
    assert window.context is not None
    db = window.context.db
    _edit_title(window, "A's title")
    arrives_from_sync(db, Need, _need(window).id, title="B's later title")
    window.context.sig_data_changed.emit("need")  # what the sync controller does after a pull
    before = db_snapshot(db)
    _ctrl_z(qtbot, window)
    assert db_snapshot(db) == before and _need(window).title == "B's later title"
    message = window.statusBar().currentMessage()
    assert message == "“Edit need” not undone: someone else changed this data since. Nothing was overwritten."
    stack = window.context.undo_stack
    assert (stack.count(), stack.canUndo(), stack.canRedo()) == (0, False, False)
    assert not window.undo_action.isEnabled()
    model = window.pages["needs"].needs  # type: ignore[attr-defined]
    assert model.data(model.index(0, model.column_number("title"))) == "B's later title"


def test_undo_after_a_sync_still_undoes_the_edits_nobody_else_touched(qtbot, window: MainWindow) -> None:
    """Only the refused step leaves the history: an earlier edit of another row still undoes."""
    assert window.context is not None
    db = window.context.db
    participant = commands.create_row(window.context, Participant, workshop_id=window.context.workshop_id,
                                      name="Ana Kovač")
    _edit_title(window, "A's title")
    arrives_from_sync(db, Need, _need(window).id, title="B's later title")
    _ctrl_z(qtbot, window)
    assert _need(window).title == "B's later title" and window.context.undo_stack.count() == 1
    assert window.undo_action.isEnabled()
    _ctrl_z(qtbot, window)
    assert workshop_table(db, Participant, window.context.workshop_id) == []
    assert crud.values_of(_need(window))["title"] == "B's later title" and participant.id


def test_redo_after_a_sync_overwrites_nothing(qtbot, window: MainWindow) -> None:
    """Undone, then another title pulled by a sync: redo is refused the same way."""
    assert window.context is not None
    db = window.context.db
    _edit_title(window, "A's title")
    _ctrl_z(qtbot, window)
    assert _need(window).title == "Open data portal"
    arrives_from_sync(db, Need, _need(window).id, title="B's later title")
    window.redo_action.trigger()
    settle()
    assert _need(window).title == "B's later title" and "not redone" in window.statusBar().currentMessage()
    assert window.context.undo_stack.count() == 0
    assert not window.redo_action.isEnabled() and window.redo_action.text() == window.tr("&Redo")
    model = window.pages["needs"].needs  # type: ignore[attr-defined]
    assert model.data(model.index(0, model.column_number("title"))) == "B's later title"  # the page shows what is there


@pytest.mark.parametrize(("language", "words"), [("fr", "non annulé"), ("de", "nicht rückgängig gemacht")])
def test_the_refusal_is_said_in_the_window_language(qtbot, window: MainWindow, language: str, words: str) -> None:
    """French and German windows say it in their language (no English)."""
    assert window.context is not None
    install_translations(language)
    _edit_title(window, "A's title")
    arrives_from_sync(window.context.db, Need, _need(window).id, title="B's later title")
    _ctrl_z(qtbot, window)
    message = window.statusBar().currentMessage()
    assert words in message and "not undone" not in message and "someone" not in message
    bar = window.statusBar()
    shown = [w for w in (window.save_label, window.sync_label, window.database_label) if w.isVisible()]
    assert bar.fontMetrics().horizontalAdvance(message) + 12 < min(w.x() for w in shown)  # not cut at 1366 px
    bar.clearMessage()
    assert window.database_label.isVisible()  # the file's path is back once the message goes


def test_a_step_of_several_deletes_is_refused_as_a_whole(qtbot, window: MainWindow) -> None:
    """Two participants deleted in one step; a sync brings one back renamed: Ctrl+Z restores neither."""
    assert window.context is not None
    context, db = window.context, window.context.db
    ana = commands.create_row(context, Participant, workshop_id=context.workshop_id, name="Ana Kovač")
    jonas = commands.create_row(context, Participant, workshop_id=context.workshop_id, name="Jonas Berg")
    context.undo_stack.clear()
    with commands.one_step(context, "Delete 2 participants"):  # what the participants page's Delete does
        for participant in (ana, jonas):
            commands.delete_row(context, Participant, participant.id)
    assert context.undo_stack.count() == 1
    arrives_from_sync(db, Participant, jonas.id, deleted_at=None, name="Jonas Berg-Nowak")
    before = db_snapshot(db)
    _ctrl_z(qtbot, window)
    assert db_snapshot(db) == before and "not undone" in window.statusBar().currentMessage()
    assert [p.name for p in workshop_table(db, Participant, context.workshop_id)] == ["Jonas Berg-Nowak"]
    assert context.undo_stack.count() == 0


def test_a_step_of_several_deletes_undoes_and_redoes_as_one(qtbot, window: MainWindow) -> None:
    """With nobody else involved, the same step undoes and redoes both deletes."""
    assert window.context is not None
    context, db = window.context, window.context.db
    for name in ("Ana Kovač", "Jonas Berg"):
        commands.create_row(context, Participant, workshop_id=context.workshop_id, name=name)
    ids = [p.id for p in workshop_table(db, Participant, context.workshop_id)]
    with commands.one_step(context, "Delete 2 participants"):
        for row_id in ids:
            commands.delete_row(context, Participant, row_id)
    _ctrl_z(qtbot, window)
    assert len(workshop_table(db, Participant, context.workshop_id)) == 2
    window.redo_action.trigger()
    assert workshop_table(db, Participant, context.workshop_id) == []
    _ctrl_z(qtbot, window)
    assert len(workshop_table(db, Participant, context.workshop_id)) == 2


def test_undo_that_the_rooms_votes_made_impossible_is_refused_not_raised(qtbot, window: MainWindow) -> None:
    """A takes 2 of Ana's 3 dots back; her phone spends 4 elsewhere; Ctrl+Z would exceed her 5: refused."""
    from icc_desktop.models import Vote

    assert window.context is not None
    context, db = window.context, window.context.db
    need = _need(window)
    other = crud.create(db, Need, workshop_id=context.workshop_id, title="Cycle lanes")
    ana = crud.create(db, Participant, workshop_id=context.workshop_id, name="Ana Kovač")
    crud.create(db, Vote, workshop_id=context.workshop_id, need_id=need.id, participant_id=ana.id, dots=3)
    commands.vote(context, need.id, ana.id, dots=1)
    crud.create(db, Vote, workshop_id=context.workshop_id, need_id=other.id, participant_id=ana.id, dots=4)  # the room
    before = db_snapshot(db)
    _ctrl_z(qtbot, window)
    assert db_snapshot(db) == before and "not undone" in window.statusBar().currentMessage()
    assert context.undo_stack.count() == 0


@pytest.mark.parametrize("first_score", [True, False])
def test_a_score_changed_by_a_sync_is_not_undone(qtbot, window: MainWindow, first_score: bool) -> None:
    """The group's score (a new answer, or a changed one), then B's score pulled: Ctrl+Z keeps B's score."""
    from icc_desktop.models import Response
    from icc_desktop.services.lookups import get_workshop
    from tests.factories import questions

    assert window.context is not None
    context, db = window.context, window.context.db
    question = questions(db, get_workshop(db, context.workshop_id))[0]
    if not first_score:
        commands.answer(context, context.workshop_id, question.id, None, current_level=1)
        context.undo_stack.clear()
    answer = commands.answer(context, context.workshop_id, question.id, None, current_level=2)
    arrives_from_sync(db, Response, answer.id, current_level=4)
    before = db_snapshot(db)
    _ctrl_z(qtbot, window)
    assert db_snapshot(db) == before and "not undone" in window.statusBar().currentMessage()
    [kept] = workshop_table(db, Response, context.workshop_id)
    assert kept.current_level == 4 and kept.deleted_at is None


def test_undoing_a_duplicated_workshop_keeps_it_once_a_sync_changed_one_of_its_rows(qtbot, window: MainWindow) -> None:
    """A copy whose need B renamed since is not deleted by Ctrl+Z (with all its rows): refused, all kept."""
    assert window.context is not None
    context, db = window.context, window.context.db
    copy = commands.duplicate_workshop(context, context.workshop_id, "Follow-up")
    [copied_need] = workshop_table(db, Need, copy.id)
    arrives_from_sync(db, Need, copied_need.id, title="Renamed on B's laptop")
    before = db_snapshot(db)
    _ctrl_z(qtbot, window)
    assert db_snapshot(db) == before and "not undone" in window.statusBar().currentMessage()
    assert [n.title for n in workshop_table(db, Need, copy.id)] == ["Renamed on B's laptop"]


def test_ctrl_z_while_the_file_is_busy_writes_nothing_and_can_be_tried_again(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer holds the file past the busy timeout: Ctrl+Z says so, the step stays, and undoes later."""
    import sqlite3

    from icc_desktop.store import fileinfo

    assert window.context is not None
    context, db = window.context, window.context.db
    _edit_title(window, "A's title")
    monkeypatch.setattr(fileinfo, "BUSY_TIMEOUT_MS", 50)
    db.engine.dispose()  # new connections wait 50 ms, not 5 s
    other = sqlite3.connect(db.path)
    try:
        other.execute("BEGIN IMMEDIATE")  # a long write elsewhere
        _ctrl_z(qtbot, window)
        qtbot.waitUntil(lambda: context.undo_stack.canUndo(), timeout=2000)
        assert "busy" in window.statusBar().currentMessage() and _need(window).title == "A's title"
        assert (context.undo_stack.count(), context.undo_stack.index(), context.undo_stack.undoText()) == (1, 1, "Edit need")
    finally:
        other.rollback()
        other.close()
    _ctrl_z(qtbot, window)
    assert _need(window).title == "Open data portal"
    window.redo_action.trigger()
    assert _need(window).title == "A's title"


def test_a_vote_undone_and_given_again_brings_its_row_back_and_undoes_again(qtbot, window: MainWindow) -> None:
    """Nobody else involved: a vote undone, given again (the same keyed row back), undone and redone."""
    from icc_desktop.models import Vote

    assert window.context is not None
    context, db = window.context, window.context.db
    need = _need(window)
    ana = crud.create(db, Participant, workshop_id=context.workshop_id, name="Ana Kovač")
    first = commands.vote(context, need.id, ana.id, dots=3)
    _ctrl_z(qtbot, window)
    again = commands.vote(context, need.id, ana.id, dots=2)
    assert again.id == first.id
    _ctrl_z(qtbot, window)
    assert workshop_table(db, Vote, context.workshop_id) == [] and "not undone" not in window.statusBar().currentMessage()
    window.redo_action.trigger()
    assert [v.dots for v in workshop_table(db, Vote, context.workshop_id)] == [2]
