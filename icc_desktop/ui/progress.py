"""Background work with a progress dialog the user can cancel (exports, imports, sync).

`run_with_progress` shows a window-modal QProgressDialog, then starts the work through
`Workers`, turns Cancel into `Task.cancel()`, and hands the result or the error back on the
GUI thread. The dialog shows at once, before the work starts: showing a window costs the GUI
thread tens of milliseconds, which it can spare then, not while a worker competes for the GIL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from icc_desktop.ui.workers import Task, Workers


def run_with_progress(
    parent: QWidget,
    workers: Workers,
    fn: Callable[[Task], Any],
    *,
    title: str,
    label: str,
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> tuple[Task, QProgressDialog]:
    """Run `fn(task)` in the background with a cancellable progress dialog; return both.

    `fn` reports with `task.progress(done, total, text)` and stops when `task.check()` raises.
    The dialog closes before `on_result` / `on_error` run.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("QProgressDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    dialog.setValue(0)
    dialog.show()

    def progress(done: int, total: int, text: str) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finished() -> None:
        dialog.close()
        dialog.deleteLater()

    def result(value: Any) -> None:
        finished()
        on_result(value)

    def error(exc: BaseException) -> None:
        finished()
        on_error(exc)

    task = workers.start(fn, on_result=result, on_error=error, on_progress=progress)
    # Connected after start: a task that already finished (inline pool in tests) ignores it.
    dialog.canceled.connect(task.cancel)
    return task, dialog
