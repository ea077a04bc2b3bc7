"""Helpers for the shell's UI tests: a main window on a test database, work run inline."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QTimer

from icc_desktop.store.db import Database
from icc_desktop.ui.main_window import MainWindow
from icc_desktop.ui.settings import Settings
from icc_desktop.ui.workers import InlinePool, Workers


def open_window(qtbot: Any, db: Database, workshop_id: str | None = None, page: str | None = None) -> MainWindow:
    """A shown main window on `db` with in-memory settings; background work runs inline."""
    window = MainWindow(Settings.in_memory(), Workers(InlinePool()))
    qtbot.addWidget(window)
    window.resize(1366, 768)  # a common laptop screen
    window.attach_database(db)
    if workshop_id is not None:
        assert window.context is not None
        window.context.set_workshop(workshop_id)
    window.show()
    if page is not None:
        window.show_page(page)
    return window


def first_workshop_id(db: Database) -> str:
    """The id of the first workshop of the overview's list."""
    from icc_desktop.services.workshops import list_workshops

    return list_workshops(db)[0].id


@contextmanager
def app_look_kept() -> Iterator[None]:
    """Restore the application's style, palette and colour scheme afterwards (themes are app-wide)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()  # type: ignore[union-attr]
    try:
        yield
    finally:
        app.styleHints().unsetColorScheme()  # type: ignore[union-attr]
        app.setStyle(style)  # type: ignore[union-attr]
        app.setPalette(palette)  # type: ignore[union-attr]


@contextmanager
def ui_language(language: str) -> Iterator[None]:
    """Show the UI in `language` (translators and locale), then put back what was there before."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from icc_desktop.ui import i18n

    app = QCoreApplication.instance()
    before, locale, previous = list(i18n._installed), QLocale(), i18n._language[0]
    for translator in before:
        app.removeTranslator(translator)  # type: ignore[union-attr]
    i18n._installed.clear()
    try:
        i18n.install_translations(language)
        yield
    finally:
        for translator in i18n._installed:
            app.removeTranslator(translator)  # type: ignore[union-attr]
        i18n._installed[:] = before
        for translator in before:
            app.installTranslator(translator)  # type: ignore[union-attr]
        QLocale.setDefault(locale)
        i18n._language[0] = previous


def watch_event_loop(qtbot: Any, until: Callable[[], bool], interval_ms: int = 10) -> tuple[list[float], list[float]]:
    """Tick a timer on the GUI thread until `until()` holds; return the wall-clock gaps between
    ticks and the CPU time the GUI thread itself spent in each (seconds)."""
    gaps: list[float] = []
    busy: list[float] = []
    last: list[float] = [time.monotonic(), time.thread_time()]  # the first gap counts from here

    def tick() -> None:
        now, cpu = time.monotonic(), time.thread_time()
        gaps.append(now - last[0])
        busy.append(cpu - last[1])
        last[:] = [now, cpu]

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    try:
        # At least one tick: on a loaded machine the work may be over before the loop ticked once.
        qtbot.waitUntil(lambda: until() and bool(gaps), timeout=120_000)
    finally:
        timer.stop()
    return gaps, busy


def busy_threads_floor(qtbot: Any, threads: int, seconds: float = 1.0) -> float:
    """The longest gap (seconds) between ticks of the GUI loop while `threads` plain threads spin in
    Python: what that many busy threads of this process cost the GUI loop right now (the
    interpreter lock, and the scheduler of a machine that may be shared). A same-run floor for
    stall tests, whatever else the machine runs."""
    return max(busy_threads_gaps(qtbot, threads, seconds))


def busy_threads_gaps(qtbot: Any, threads: int, seconds: float = 1.0) -> list[float]:
    """The gaps (seconds) between 5 ms ticks of the GUI loop while `threads` plain threads spin in
    Python for `seconds` (see `busy_threads_floor`)."""
    done: list[bool] = []

    def spin() -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            sum(range(2000))
        done.append(True)

    workers = [threading.Thread(target=spin) for _ in range(threads)]
    for worker in workers:
        worker.start()
    gaps, _ = watch_event_loop(qtbot, lambda: len(done) == threads, 5)
    for worker in workers:
        worker.join()
    return gaps
