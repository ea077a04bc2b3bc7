"""The window stays responsive during background work, and an unexpected error shows the crash dialog."""

from __future__ import annotations

import os
import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from icc_desktop.logs import setup_logging
from icc_desktop.services.workshops import list_workshops
from icc_desktop.store.db import Database
from icc_desktop.ui.dialogs.crash import CrashDialog, install_excepthook
from icc_desktop.ui.progress import run_with_progress
from icc_desktop.ui.theme import apply_theme
from icc_desktop.ui.workers import Cancelled, Task, Workers
from tests.ui.shell_support import app_look_kept, busy_threads_gaps, open_window, watch_event_loop


def test_event_loop_never_stalls_during_background_work(qtbot, demo_db: Database) -> None:
    """During a 2-second background task (database reads, progress reports) the GUI thread never
    works 100 ms without returning to its loop, and the loop never stalls over 100 ms (on a loaded
    machine: late ticks no more frequent than in the same run's floor, one plain busy thread)."""
    with app_look_kept():
        _stall_test(qtbot, demo_db)


def _stall_test(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]  # as the app does at start
    window = open_window(qtbot, demo_db)
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the window has painted once, as a user's would have before starting work
    window.workers = Workers()  # the real thread pool
    progress: list[int] = []
    results: list[object] = []

    def work(task: Task) -> int:
        end, reads = time.monotonic() + 2.0, 0
        while time.monotonic() < end:
            task.check()
            list_workshops(demo_db)
            reads += 1
            task.progress(reads, 0, "")
        return reads

    floor_gaps = busy_threads_gaps(qtbot, 1)
    task, dialog = run_with_progress(window, window.workers, work, title="Work", label="Working…",
                                     on_result=results.append, on_error=results.append)
    task.sig_progress.connect(lambda done, _total, _text: progress.append(done))
    started = time.monotonic()
    gaps, work_cpu = watch_event_loop(qtbot, lambda: bool(results))
    assert len(gaps) > 20, "the timer hardly ticked"
    longest, busy = max(gaps) * 1000, max(work_cpu) * 1000
    assert time.monotonic() - started >= 1.9
    assert isinstance(results[0], int) and results[0] > 5 and progress
    floor_gaps += busy_threads_gaps(qtbot, 1)  # before and after: the load moves
    floor = max(floor_gaps) * 1000
    print(f"\nlongest stall {longest:.0f} ms, GUI-thread work {busy:.0f} ms, floor {floor:.0f} ms, "
          f"load average {os.getloadavg()[0]:.1f}")
    # What the GUI thread itself did (progress reports, repaints): under 100 ms whatever the load.
    assert busy < 100, f"the GUI thread worked {busy:.0f} ms without returning to its loop"
    # The wall-clock stall: under 100 ms on a quiet machine (load average at most the cores). On a
    # loaded one the longest gap is the scheduler's luck (148 ms once beside a 44 ms floor, with 3 ms
    # of the GUI thread's own work), so there it is bounded by counts: ticks over 100 ms late as
    # rare as in the same run's floor (one plain busy Python thread; at least 2 % allowed), and no
    # gap of a second.
    late = sum(1 for g in gaps if g > 0.105) / len(gaps)
    floor_late = sum(1 for g in floor_gaps if g > 0.105) / len(floor_gaps)
    if os.getloadavg()[0] <= (os.cpu_count() or 1):
        assert longest < 100, f"the event loop stalled for {longest:.0f} ms"
    else:
        assert late <= max(0.02, 2 * floor_late), f"{late:.1%} of ticks over 100 ms late (floor {floor_late:.1%})"
        assert longest < max(1000.0, 2 * floor), f"the event loop stalled for {longest:.0f} ms (floor {floor:.0f} ms)"


def test_cancel_in_the_progress_dialog_stops_the_work(qtbot, demo_db: Database) -> None:
    """Cancel in the progress dialog stops a background task at its next check and reports Cancelled."""
    window = open_window(qtbot, demo_db)
    window.workers = Workers()
    errors: list[BaseException] = []

    def work(task: Task) -> str:
        end = time.monotonic() + 5  # a bound, should the cancel never arrive
        while time.monotonic() < end:
            task.check()
            time.sleep(0.01)
        return "not cancelled"

    _task, dialog = run_with_progress(window, window.workers, work, title="Work", label="Working…",
                                      on_result=errors.append, on_error=errors.append)
    QTimer.singleShot(300, dialog.findChild(QPushButton).click)  # the dialog's Cancel button
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], Cancelled)


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_the_crash_dialog(qtbot) -> None:
    """A slot that raises shows a plain message with the log path; Copy details copies the traceback, which is logged."""
    log_path = setup_logging()
    seen: dict[str, object] = {}

    def inspect_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CrashDialog)
        dialog.copy_button.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["message"] = dialog.layout().itemAt(0).widget().text()
        seen["where"] = dialog.layout().itemAt(1).widget().text()
        dialog.reject()

    def broken_slot() -> None:
        raise RuntimeError("the flux capacitor is empty")

    previous = sys.excepthook
    install_excepthook(log_path)
    try:
        button = QPushButton("Go")
        qtbot.addWidget(button)
        button.clicked.connect(broken_slot)
        QTimer.singleShot(100, inspect_dialog)
        button.click()
        qtbot.waitUntil(lambda: "clipboard" in seen, timeout=5_000)
    finally:
        sys.excepthook = previous
    assert "did not expect" in str(seen["message"]) and "Traceback" not in str(seen["message"])
    assert str(log_path) in str(seen["where"])
    assert "the flux capacitor is empty" in str(seen["clipboard"]) and "broken_slot" in str(seen["clipboard"])
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: the flux capacitor is empty" in logged and "Traceback" in logged


def test_progress_reports_are_thinned_but_the_last_passes(qtbot) -> None:
    """Thousands of progress reports reach the GUI as a few; the final one (done == total) always arrives."""
    task = Task()
    seen: list[tuple[int, int, str]] = []
    task.sig_progress.connect(lambda done, total, text: seen.append((done, total, text)))
    for done in range(5000):
        task.progress(done, 5000, "rows")
    task.progress(5000, 5000, "rows")
    task.progress(1, 2, "charts")  # new text passes at once
    assert seen[0] == (0, 5000, "rows") and (5000, 5000, "rows") in seen and seen[-1] == (1, 2, "charts")
    assert len(seen) < 50
