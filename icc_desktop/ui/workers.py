"""Background work: one helper that runs a function on a thread pool and reports back.

The function runs off the GUI thread and may report progress and check for cancellation
through the `Task` it receives; its result, error and progress arrive on the GUI thread as
signals. The pool is injectable: tests pass `InlinePool` to run work synchronously.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from icc_desktop.errors import IccError

log = logging.getLogger(__name__)


PROGRESS_INTERVAL = 0.05
"""Seconds between two progress reports that reach the GUI thread (see Task.progress)."""
GUI_SWITCH_INTERVAL = 0.0005
"""Seconds a thread may hold the GIL before handing it over while the app runs (see Workers)."""


class Cancelled(IccError):
    """The user cancelled the work."""


class Task(QObject):
    """The handle a background function gets, and the GUI side's view of the work."""

    sig_progress = Signal(int, int, str)
    """Progress: done, total, and what is being done."""
    sig_result = Signal(object)
    """The function's return value (on success)."""
    sig_error = Signal(object)
    """The exception the function raised (`Cancelled` when cancelled)."""
    sig_finished = Signal()
    """Emitted last, after the result or the error."""

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._last_report = float("-inf")
        self._last_text: str | None = None

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress from the worker (thread-safe: queued to the GUI thread).

        Reports closer than PROGRESS_INTERVAL apart are dropped (the last one, done == total,
        and any new text always pass): work that reports per row would otherwise flood the
        GUI thread with thousands of queued updates nobody can see.
        """
        now = time.monotonic()
        if text == self._last_text and done != total and now - self._last_report < PROGRESS_INTERVAL:
            return
        self._last_report, self._last_text = now, text
        self.sig_progress.emit(done, total, text)

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once cancel() was called; long work should check it and stop."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if cancel() was called."""
        if self._cancel.is_set():
            raise Cancelled("Cancelled.")


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[Task], Any]) -> None:
        super().__init__()
        self.task, self.fn = task, fn

    def run(self) -> None:
        try:
            result = self.fn(self.task)
        except BaseException as exc:  # noqa: BLE001 — every error reaches the GUI, none vanishes
            if not isinstance(exc, IccError):
                log.exception("background task failed")
            self.task.sig_error.emit(exc)
        else:
            self.task.sig_result.emit(result)
        finally:
            self.task.sig_finished.emit()


class InlinePool:
    """A stand-in for QThreadPool that runs work at once on the calling thread (tests)."""

    def start(self, runnable: QRunnable) -> None:
        """Run the work now."""
        runnable.run()


class Workers:
    """Starts background tasks on a pool (QThreadPool.globalInstance() by default)."""

    def __init__(self, pool: QThreadPool | InlinePool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        # A busy Python worker keeps the GIL for up to the switch interval (5 ms by default), and
        # the GUI thread needs it for every call into Python (each cell's data(), each slot):
        # painting a table during background work then stalls for hundreds of milliseconds.
        # Handing the GIL over every 0.5 ms keeps the window fluid at a small cost to throughput.
        if sys.getswitchinterval() > GUI_SWITCH_INTERVAL:
            sys.setswitchinterval(GUI_SWITCH_INTERVAL)
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[[Task], Any],
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], object] | None = None,  # what it returns is ignored
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        """Run `fn(task)` in the background; connect the callbacks before it starts."""
        task = Task()
        if on_result:
            task.sig_result.connect(on_result)
        if on_error:
            task.sig_error.connect(on_error)
        if on_progress:
            task.sig_progress.connect(on_progress)
        self._running.add(task)  # keep the QObject alive until it finishes
        task.sig_finished.connect(lambda: self._running.discard(task))
        self.pool.start(_Runnable(task, fn))
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for all running work (tests, shutdown)."""
        if isinstance(self.pool, QThreadPool):
            return self.pool.waitForDone(msecs)
        return True
