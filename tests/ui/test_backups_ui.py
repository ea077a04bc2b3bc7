"""File ▸ Back up now… and File ▸ Restore from backup…: files written, data restored, bad files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from icc_desktop.errors import BackupError
from icc_desktop.models import Workshop
from icc_desktop.store.backup import backup_database, check_backup, list_backups
from icc_desktop.store.db import Database
from icc_desktop.ui.dialogs import backups
from icc_desktop.ui.dialogs.backups import BackupListModel, RestoreDialog
from icc_desktop.ui.main_window import MainWindow
from tests.factories import count, db_snapshot
from tests.ui.shell_support import first_workshop_id, open_window


def _rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)  # noqa: S608
    finally:
        conn.close()


def _messages(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[tuple[str, str]]:
    """Record QMessageBox.warning/information calls (title, text) and answer them with `answer`."""
    shown: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return answer

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def _choose_in_dialog(monkeypatch: pytest.MonkeyPatch, pick: Any) -> None:
    """Make RestoreDialog.exec run `pick(dialog)` instead of waiting for the user."""

    def exec_(dialog: RestoreDialog) -> int:
        pick(dialog)
        return int(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", exec_)


def test_back_up_now_writes_a_copy_with_the_same_rows(qtbot, demo_db: Database, monkeypatch) -> None:
    """Back up now… proposes the backups folder, writes a valid SQLite copy with the same rows, says where."""
    window = open_window(qtbot, demo_db)
    proposed: list[str] = []

    def save_name(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        proposed.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.backup_action.trigger()
    written = Path(proposed[0])
    assert written.parent == demo_db.path.resolve().parent / "backups"
    assert written.is_file() and written in list_backups(demo_db.path)
    conn = sqlite3.connect(written)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    for table in ("workshop", "response", "need"):
        assert _rows(written, table) == _rows(demo_db.path, table)
    assert str(written) in window.statusBar().currentMessage()


def test_restore_brings_back_the_earlier_data(qtbot, demo_db: Database, monkeypatch) -> None:
    """Restoring a chosen backup brings the earlier data back into the window and empties the undo stack."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db))
    overview = window.pages["overview"]
    before_rows = overview.workshops.rowCount()  # type: ignore[attr-defined]
    before_count = count(demo_db, Workshop)
    earlier = backup_database(demo_db.path)
    overview.duplicate_selected()  # type: ignore[attr-defined]
    assert count(demo_db, Workshop) == before_count + 1
    assert window.context is not None and window.context.undo_stack.count() == 1
    shown = _messages(monkeypatch, QMessageBox.StandardButton.Yes)

    def pick(dialog: RestoreDialog) -> None:
        assert dialog.model.files == list_backups(demo_db.path)
        dialog.table.selectRow(dialog.model.files.index(earlier))
        dialog.restore_button.click()

    _choose_in_dialog(monkeypatch, pick)
    window.restore_action.trigger()
    assert len(shown) == 1 and "replaced" in shown[0][1] and "backup of the current data" in shown[0][1]
    context = window.context
    assert context.db is not demo_db and context.db.path == demo_db.path
    assert count(context.db, Workshop) == before_count
    assert overview.workshops.rowCount() == before_rows  # type: ignore[attr-defined]
    assert context.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    safety = [p for p in list_backups(demo_db.path) if "before-restore" in p.name]
    assert len(safety) == 1 and str(safety[0]) in window.statusBar().currentMessage()
    assert len(_rows(safety[0], "workshop")) == len(_rows(earlier, "workshop")) + 1  # the replaced data is kept
    window.close()


def test_a_file_that_is_not_a_database_is_refused(qtbot, db: Database, tmp_path: Path, monkeypatch) -> None:
    """Restoring a file that is not a database says so and changes nothing (no question, no safety backup)."""
    window = open_window(qtbot, db)
    notes = tmp_path / "notes.sqlite"
    notes.write_text("these are meeting notes, not a database\n")
    snapshot = db_snapshot(db)
    shown = _messages(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(notes), ""))
    _choose_in_dialog(monkeypatch, lambda dialog: dialog.other_button.click())
    window.restore_action.trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Cannot restore this file" and "not an SQLite database" in text and "Nothing was changed" in text
    assert window.context is not None and window.context.db is db
    assert db_snapshot(db) == snapshot and list_backups(db.path) == []


def test_check_backup_refuses_what_cannot_be_restored(db: Database, tmp_path: Path) -> None:
    """check_backup names the problem for a missing, empty or foreign file and accepts a real backup."""
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for path, words in ((tmp_path / "missing.sqlite", "no such backup"), (empty, "empty"),
                        (foreign, "foreign.sqlite")):
        with pytest.raises(BackupError, match=words):
            check_backup(path)
    assert check_backup(backup_database(db.path))


def test_backup_list_model(qtmodeltester, qtbot, db: Database) -> None:
    """The backups list passes the model tester, newest first, with kind and size."""
    first = backup_database(db.path)
    second = backup_database(db.path, reason="before-restore")
    model = BackupListModel(list_backups(db.path))
    qtmodeltester.check(model)
    assert model.files == [second, first]
    assert model.index(0, 1).data() == "Before a restore" and model.index(1, 1).data() == "Backed up by hand"
    assert model.index(0, 2).data()  # a size such as "96 KB"
    dialog = RestoreDialog(db.path)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled() and dialog.table.currentIndex().row() == 0


def test_menu_entries_sit_next_to_open_database(qtbot, db: Database) -> None:
    """The File menu has both entries beside Open database, enabled once a database is open."""
    window: MainWindow = open_window(qtbot, db)
    actions = window.file_menu.actions()
    assert actions.index(window.backup_action) > actions.index(window.open_database_action)
    assert actions.index(window.restore_action) == actions.index(window.backup_action) + 1
    assert window.backup_action.isEnabled() and window.restore_action.isEnabled()
    assert backups.default_backup_path(db.path).parent == db.path.resolve().parent / "backups"
