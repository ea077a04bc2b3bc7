"""Start-up measurement for `bench/startup.py` (not a user feature, and not documented for users).

With `ICC_DESKTOP_EXIT_AFTER_SHOWN` set, `run_app` quits as soon as the window shows the opened
database (its pages built and filled, one paint done) and prints how long that took since
`run_app` began. The benchmark times the whole process from outside, bootloader included.
The value `bare` shows an empty QMainWindow instead: the same executable's floor (Python, Qt,
a window), against which the real start-up is compared.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from icc_desktop.ui.main_window import MainWindow

ENV_VAR = "ICC_DESKTOP_EXIT_AFTER_SHOWN"
TIMEOUT_MS = 120_000
EXIT_TIMED_OUT = 3


def requested() -> str:
    """The probe mode asked for: "" (none), "bare", or anything else (the real window)."""
    return os.environ.get(ENV_VAR, "")


def _quit_after_paint(app: QApplication, started: float, what: str) -> None:
    def done() -> None:
        print(f"{what} shown after {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        app.quit()

    QTimer.singleShot(0, done)  # runs once the events queued by show() (layout, paint) are handled


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


def exit_when_shown(app: QApplication, window: MainWindow, started: float) -> None:
    """Quit once `window` shows its database; give up (exit 3) if it never does."""
    window.sig_database_opened.connect(lambda _db: _quit_after_paint(app, started, "window"))

    def timed_out() -> None:
        print(f"{ENV_VAR}: the database did not open within {TIMEOUT_MS // 1000} s", file=sys.stderr)
        app.exit(EXIT_TIMED_OUT)

    QTimer.singleShot(TIMEOUT_MS, timed_out)
