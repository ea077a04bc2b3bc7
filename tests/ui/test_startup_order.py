"""The order of the window's start-up: each step paints before the next background work begins."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView

from icc_desktop.store.db import Database
from icc_desktop.ui.main_window import MainWindow
from icc_desktop.ui.settings import Settings
from tests.ui.shell_support import app_look_kept, ui_language


class _PaintCount(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_file_opens_after_its_workshops_painted(qtbot, demo_db: Database, monkeypatch) -> None:
    """run_app paints the workshops read without the ORM before it starts the worker that imports
    SQLAlchemy and opens the file (started earlier, that worker's imports delayed the paint)."""
    from icc_desktop.ui.app import run_app

    demo_db.close()  # closed cleanly by the app: its workshops can show before it opens
    count = _PaintCount()
    real_preview = MainWindow.show_workshop_preview
    paints_when_opened: list[int] = []
    windows: list[MainWindow] = []

    def preview(window: MainWindow, workshops: list[Any]) -> None:
        real_preview(window, workshops)
        assert window.preview is not None
        window.preview.findChild(QTableView).viewport().installEventFilter(count)

    def open_database(window: MainWindow, path: Path, prepare: Any = None) -> None:
        paints_when_opened.append(count.paints)
        windows.append(window)
        QApplication.instance().exit(0)  # type: ignore[union-attr]  # ends run_app's event loop

    monkeypatch.setattr(MainWindow, "show_workshop_preview", preview)
    monkeypatch.setattr(MainWindow, "open_database", open_database)
    monkeypatch.setattr("icc_desktop.logs.setup_logging", lambda: None)
    monkeypatch.setattr("icc_desktop.ui.dialogs.crash.install_excepthook", lambda _path: None)
    monkeypatch.delenv("ICC_DESKTOP_EXIT_AFTER_SHOWN", raising=False)
    with app_look_kept(), ui_language("en"):
        assert run_app(demo_db.path, Settings.in_memory()) == 0
    for window in windows:
        qtbot.addWidget(window)
    assert len(paints_when_opened) == 1 and windows[0].preview is not None
    assert paints_when_opened[0] >= 1, "the worker started before the workshops' list painted"


def test_sync_count_and_purge_start_after_the_opened_page_painted(qtbot, demo_db: Database, monkeypatch) -> None:
    """Opening a file shows its page first; the sync count and the retention purge (background
    threads that took the CPU the paint needed) start once that page has painted."""
    from icc_desktop.ui.workers import InlinePool, Workers

    count = _PaintCount()
    started: list[tuple[str, int]] = []
    monkeypatch.setattr(MainWindow, "_show_sync_state", lambda _self: started.append(("sync", count.paints)))
    monkeypatch.setattr(MainWindow, "_apply_retention", lambda _self, _db: started.append(("purge", count.paints)))
    window = MainWindow(Settings.in_memory(), Workers(InlinePool()))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.sig_page_changed.connect(lambda page_id: window.pages[page_id].installEventFilter(count))
    window.attach_database(demo_db)
    assert started == []  # queued behind the paint
    qtbot.waitUntil(lambda: len(started) == 2)
    assert [what for what, _ in started] == ["sync", "purge"]
    assert all(paints >= 1 for _, paints in started), started


def test_the_full_check_starts_after_the_opened_page_painted(qtbot, tmp_path: Path, demo_db: Database,
                                                            monkeypatch) -> None:
    """A file not closed cleanly shows its page first; its full integrity check starts once that page has painted."""
    import shutil

    from icc_desktop.ui.database_controller import DatabaseController
    from icc_desktop.ui.workers import InlinePool, Workers

    path = tmp_path / "after-a-crash.sqlite"
    shutil.copyfile(demo_db.path, path)  # never closed by this app: checked in full
    count = _PaintCount()
    checks: list[int] = []
    monkeypatch.setattr(DatabaseController, "check_in_background", lambda _self, _db: checks.append(count.paints))
    window = MainWindow(Settings.in_memory(), Workers(InlinePool()))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.sig_page_changed.connect(lambda page_id: window.pages[page_id].installEventFilter(count))
    window.open_database(path)  # inline: opened and shown when this returns
    assert window.context is not None and checks == []
    qtbot.waitUntil(lambda: len(checks) == 1)
    assert checks[0] >= 1, "the check started before the page painted"
    window.close()


def test_a_hidden_window_does_the_rest_at_once(qtbot, demo_db: Database, monkeypatch) -> None:
    """A window not shown yet has nothing to paint first: the sync count and the purge start as the file attaches."""
    from icc_desktop.ui.workers import InlinePool, Workers

    started: list[str] = []
    monkeypatch.setattr(MainWindow, "_show_sync_state", lambda _self: started.append("sync"))
    monkeypatch.setattr(MainWindow, "_apply_retention", lambda _self, _db: started.append("purge"))
    window = MainWindow(Settings.in_memory(), Workers(InlinePool()))
    qtbot.addWidget(window)
    window.attach_database(demo_db)
    assert started == ["sync", "purge"]
