"""Start-up measurement for `bench/startup.py` (not a user feature, and not documented for users).

With `ICC_DESKTOP_EXIT_AFTER_SHOWN` set, `run_app` exits as soon as the window shows the opened
database (its pages built and filled, one paint done) and prints how long that took since
`run_app` began, and when the window's frame first showed. The benchmark times the whole process from outside, bootloader included.
The value `bare` shows an empty QMainWindow instead: the same executable's floor (Python, Qt,
a window), against which the real start-up is compared.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from icc_desktop.ui.main_window import MainWindow

ENV_VAR = "ICC_DESKTOP_EXIT_AFTER_SHOWN"
TIMEOUT_MS = 120_000
EXIT_TIMED_OUT = 3


def requested() -> str:
    """The probe mode asked for: "" (none), "bare", or anything else (the real window)."""
    return os.environ.get(ENV_VAR, "")


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


class _NextPaint(QObject):
    """Calls back once the next paint of any widget has ended (an application-wide event filter)."""

    def __init__(self, app: QApplication, callback: Callable[[], None]) -> None:
        super().__init__(app)
        self.callback = callback
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            # Queued: it runs once this paint pass (every widget with something to show) is over.
            QTimer.singleShot(0, self.callback)
        return False


def on_next_paint(app: QApplication, callback: Callable[[], None]) -> None:
    """Call `callback` once the window has painted again. A zero timer alone is not that: Qt
    queues paints at low priority, so such a timer ran before the paint it was meant to follow."""
    _NextPaint(app, callback)


def _quit_after_paint(app: QApplication, started: float, what: str, frame_ms: list[float] | None = None) -> None:
    def done() -> None:
        frame = f"frame shown after {frame_ms[0]:.0f} ms; " if frame_ms else ""
        print(f"{frame}{what} shown after {_ms_since(started):.0f} ms", flush=True)
        # Leave at once: closing the window and the database is not part of starting, and
        # would only add noise to a time measured from outside.
        os._exit(0)

    on_next_paint(app, done)


def run_bare_window(app: QApplication, started: float) -> int:
    """Show an empty main window of the same size as ours, then quit: the baseline."""
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    _quit_after_paint(app, started, "bare window")
    return app.exec()


def exit_when_frame_shown(app: QApplication, started: float) -> None:
    """Quit once the window's frame (menus, toolbar, navigation strip) has painted, before any
    database: the mode `frame` (bench/ui.py compares it with a bare PySide6 window)."""
    _quit_after_paint(app, started, "window frame")


def exit_when_data_shown(app: QApplication, window: MainWindow, started: float) -> None:
    """Quit once the window shows the database's workshops, in the start-up list or in the built
    overview, whichever paints first: the mode `data` (bench/ui.py: the window with its data)."""
    done: list[bool] = []

    def shown(*_args: object) -> None:
        if not done:
            done.append(True)
            _quit_after_paint(app, started, "window with its data")

    window.sig_preview_shown.connect(shown)
    window.sig_database_opened.connect(shown)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(EXIT_TIMED_OUT))


def exit_when_shown(app: QApplication, window: MainWindow, started: float) -> None:
    """Quit once `window` shows its database; give up (exit 3) if it never does."""
    frame: list[float] = []
    # The first paint is the frame (menus, navigation, "Opening…"), before the database has opened.
    on_next_paint(app, lambda: frame.append(_ms_since(started)))
    window.sig_database_opened.connect(lambda _db: _quit_after_paint(app, started, "window", frame))

    def timed_out() -> None:
        print(f"{ENV_VAR}: the database did not open within {TIMEOUT_MS // 1000} s", file=sys.stderr)
        app.exit(EXIT_TIMED_OUT)

    QTimer.singleShot(TIMEOUT_MS, timed_out)
