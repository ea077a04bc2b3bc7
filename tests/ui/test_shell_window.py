"""The main window: navigation in the method's order, menus, status bar, opening databases."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from icc_desktop.services.workshops import list_workshops
from icc_desktop.store.db import Database
from icc_desktop.ui import pages as page_registry
from icc_desktop.ui.main_window import MainWindow
from icc_desktop.ui.settings import LAST_WORKSHOP, RECENT_DATABASES, Settings
from icc_desktop.ui.workers import Workers
from tests.ui.shell_support import first_workshop_id, open_window

METHOD_ORDER = ["overview", "city", "participants", "assessment", "needs", "roadmap", "monitoring", "reports", "sync",
                "conflicts"]


def test_navigation_follows_the_method(qtbot, demo_db: Database) -> None:
    """The navigation lists the registered pages in the method's order, workshop steps disabled until one is open."""
    window = open_window(qtbot, demo_db)
    ids = [window.navigation.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.navigation.count())]
    assert ids == page_registry.page_ids()
    assert ids == [p for p in METHOD_ORDER if p in ids]
    assert {"overview", "city", "participants", "reports"} <= set(ids)
    city_row = ids.index("city")
    assert not window.navigation.item(city_row).flags() & Qt.ItemFlag.ItemIsEnabled
    window.pages["overview"].sig_open_workshop.emit(first_workshop_id(demo_db))
    assert window.navigation.item(city_row).flags() & Qt.ItemFlag.ItemIsEnabled
    assert window.current_page() is window.pages["city"]
    assert window.settings.get(LAST_WORKSHOP) == first_workshop_id(demo_db)
    assert "·" in window.workshop_label.text() and window.windowTitle().endswith("ICC Workshop")


def test_go_menu_and_find_focus_the_page_search(qtbot, demo_db: Database) -> None:
    """View ▸ Go to switches pages by shortcut order and Edit ▸ Find puts the cursor in the page's search."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db))
    go = {action.data(): action for action in window.go_menu.actions()}
    go["participants"].trigger()
    assert window.current_page() is window.pages["participants"]
    assert go["overview"].shortcut().toString() == "Ctrl+1"
    window.activateWindow()
    window.find_action.trigger()
    assert window.focusWidget() is window.pages["participants"].search  # type: ignore[attr-defined]


def test_status_bar_shows_database_saves_and_sync(qtbot, demo_db: Database) -> None:
    """The status bar names the database file, says when edits were saved and shows a sync state when given."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db))
    assert window.database_label.text() == str(demo_db.path)
    assert not window.undo_action.isEnabled()
    window.pages["overview"].duplicate_selected()  # type: ignore[attr-defined]
    assert window.undo_action.isEnabled()
    assert "saved at" in window.save_label.text()
    assert window.sync_label.isHidden()
    window.set_sync_state("Synced 12:00")
    assert window.sync_label.isVisibleTo(window) and window.sync_label.text() == "Synced 12:00"


def test_open_database_in_background(qtbot, tmp_path: Path, demo_db: Database, db: Database) -> None:
    """Opening another file runs on a worker thread, switches every page to it, clears undo and lists it as recent."""
    window = open_window(qtbot, demo_db)
    window.workers = Workers()  # a real thread pool this time
    window.pages["overview"].duplicate_selected()  # type: ignore[attr-defined]
    other = tmp_path / "other.sqlite"
    shutil.copyfile(db.path, other)  # an empty database (a new file would spend a second migrating)
    with qtbot.waitSignal(window.sig_database_opened, timeout=20_000):
        window.open_database(other)
    assert window.context is not None and window.context.db.path == other
    assert window.context.undo_stack.count() == 0
    assert window.pages["overview"].workshops.rowCount() == 0  # type: ignore[attr-defined]
    assert window.settings.get(RECENT_DATABASES)[:2] == [str(other), str(demo_db.path)]
    window.close()


def test_bad_database_keeps_the_open_one(qtbot, tmp_path: Path, demo_db: Database, monkeypatch) -> None:
    """A file that is not a database is refused with its message; the open database stays."""
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    window = open_window(qtbot, demo_db)
    junk = tmp_path / "notes.sqlite"
    junk.write_text("shopping list", encoding="utf-8")
    window.open_database(junk)
    assert len(shown) == 1 and "notes.sqlite" in shown[0]
    assert window.context is not None and window.context.db is demo_db


def test_first_start_opens_the_users_own_database_empty(qtbot, db: Database) -> None:
    """A first start opens the user's own database with nothing invented in it, no practice banner, sync on."""
    settings = Settings.in_memory()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    default = db.path
    assert window.databases.start_path(default) == default
    window.attach_database(db)
    assert list_workshops(db) == []
    assert window.practice_banner.isHidden() and window.sync_action.isEnabled()


def test_practice_database_has_a_banner_and_no_sync(qtbot, demo_db: Database, db: Database) -> None:
    """The demo's own file shows a "practice database" banner and sync is off; the user's own file has neither."""
    from icc_desktop.ui.database_controller import demo_database_path

    practice_path = demo_database_path()
    practice_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_db.path, practice_path)
    practice = Database.open(practice_path)
    try:
        window = open_window(qtbot, practice)
        assert window.practice_banner.isVisibleTo(window) and "Practice database" in window.practice_banner.text()
        assert not window.sync_action.isEnabled() and not window.sync_settings_action.isEnabled()
        window.sync_now()  # the shortcut still reaches the slot: nothing starts
        window.attach_database(db)
        assert window.practice_banner.isHidden() and window.sync_action.isEnabled()
    finally:
        practice_path.unlink(missing_ok=True)


def test_last_workshop_reopens_with_its_database(qtbot, demo_db: Database, db: Database) -> None:
    """The next start opens the file the last workshop was in and that workshop; another file opens without it."""
    settings = Settings.in_memory()
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.attach_database(demo_db)
    workshop_id = first_workshop_id(demo_db)
    first.open_workshop(workshop_id)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.databases.start_path(db.path) == demo_db.path
    second.attach_database(demo_db)
    assert second.context is not None and second.context.workshop_id == workshop_id
    third = MainWindow(settings)
    qtbot.addWidget(third)
    third.attach_database(db)
    assert third.context is not None and third.context.workshop_id is None


def test_window_frame_shows_before_a_database(qtbot) -> None:
    """The frame (menus, toolbar, a notice) exists before any database is open, with data actions disabled."""
    window = MainWindow(Settings.in_memory())
    qtbot.addWidget(window)
    assert window.context is None and window.current_page() is None
    assert [m.title().replace("&", "") for m in (window.file_menu, window.edit_menu, window.view_menu,
                                                 window.help_menu)] == ["File", "Edit", "View", "Help"]
    assert not window.new_workshop_action.isEnabled() and not window.undo_action.isEnabled()


def _blocked_integrity_check(monkeypatch, problems: str | None = None):  # type: ignore[no-untyped-def]
    """Make the full integrity check wait for the returned event (and then find `problems`)."""
    import threading

    from icc_desktop.store import fileinfo

    release, started = threading.Event(), threading.Event()

    def slow_check(_conn):  # type: ignore[no-untyped-def]
        started.set()
        assert release.wait(30), "the check was never released"
        return problems

    monkeypatch.setattr(fileinfo, "integrity_problems", slow_check)
    return release, started


def _first_paints(window: MainWindow, started: Any) -> dict[str, bool]:
    """page id → whether `started` was set when the page first painted (filled as pages show)."""
    from PySide6.QtCore import QEvent, QObject

    painted: dict[str, bool] = {}

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
            if event.type() == QEvent.Type.Paint:
                painted.setdefault(str(watched.property("page_id")), started.is_set())
            return False

    watch = Watch(window)

    def shown(page_id: str) -> None:
        page = window.pages[page_id]
        page.setProperty("page_id", page_id)
        page.installEventFilter(watch)

    window.sig_page_changed.connect(shown)
    return painted


def test_the_window_shows_the_data_before_the_integrity_check_ends(qtbot, tmp_path: Path, demo_db: Database,
                                                                   monkeypatch) -> None:
    """After an unclean shutdown the full check runs in the background: the window paints and shows
    the overview with the file's workshops while the check is still running."""
    path = tmp_path / "after-a-crash.sqlite"
    shutil.copyfile(demo_db.path, path)  # a copy this app never closed: as after a crash
    release, started = _blocked_integrity_check(monkeypatch)
    window = MainWindow(Settings.in_memory(), Workers())
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):  # the first paint
        window.show()
    painted = _first_paints(window, started)
    try:
        with qtbot.waitSignal(window.sig_database_opened, timeout=20_000):
            window.open_database(path)
        assert window.pages["overview"].workshops.rowCount() == 3  # type: ignore[attr-defined]
        qtbot.waitUntil(started.is_set, timeout=20_000)  # the full check runs, after the paint
        assert painted == {"overview": False}, "the overview painted only once the check had started"
        assert window.stack.isEnabled()
    finally:
        release.set()
    window.workers.wait(20_000)
    assert window.stack.isEnabled() and window.new_workshop_action.isEnabled()
    window.close()


def test_a_file_found_damaged_in_the_background_stops_editing(qtbot, tmp_path: Path, demo_db: Database,
                                                              monkeypatch) -> None:
    """When the background check finds the file damaged, the window says so and nothing more can be edited."""
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "torn.sqlite"
    shutil.copyfile(demo_db.path, path)
    release, _started = _blocked_integrity_check(monkeypatch, "Page 7: btreeInitPage() returns error code 11")
    release.set()
    window = MainWindow(Settings.in_memory(), Workers())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.databases.sig_damaged, timeout=20_000):
        window.open_database(path)
    assert len(shown) == 1 and "torn.sqlite" in shown[0] and "damaged" in shown[0]
    assert not window.stack.isEnabled() and not window.new_workshop_action.isEnabled()
    window.close()


def test_a_cleanly_closed_file_shows_its_workshops_at_once(qtbot, tmp_path: Path, demo_db: Database,
                                                          monkeypatch) -> None:
    """At start-up the workshops of a file the app closed cleanly show before the database opens
    (read without the ORM, no full check); the built overview replaces the list once it is open."""
    from icc_desktop.ui.app import _preview_workshops

    demo_db.close()
    release, started = _blocked_integrity_check(monkeypatch)
    release.set()
    window = MainWindow(Settings.in_memory(), Workers())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_preview_shown) as preview:
        _preview_workshops(window, demo_db.path)
    assert preview.args == [3] and window.stack.currentWidget() is window.preview
    with qtbot.waitSignal(window.sig_database_opened, timeout=20_000):
        window.open_database(demo_db.path)
    window.workers.wait(20_000)
    assert window.preview is None and window.stack.currentWidget() is window.pages["overview"]
    assert not started.is_set()  # closed cleanly, untouched since: no full check at all
    window.close()
    unclean = tmp_path / "unclean.sqlite"
    shutil.copyfile(demo_db.path, unclean)
    other = MainWindow(Settings.in_memory(), Workers())
    qtbot.addWidget(other)
    _preview_workshops(other, unclean)  # it needs its full check first: "Opening…" until then
    assert other.preview is None
