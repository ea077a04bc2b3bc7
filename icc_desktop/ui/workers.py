"""Background work: one helper that runs a function on a thread pool and reports back.

The function runs off the GUI thread and may report progress and check for cancellation
through the `Task` it receives; its result, error and progress arrive on the GUI thread as
signals. The pool is injectable: tests pass `InlinePool` to run work synchronously.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from icc_desktop.errors import IccError

log = logging.getLogger(__name__)


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

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress from the worker (thread-safe: queued to the GUI thread)."""
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
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[[Task], Any],
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
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
