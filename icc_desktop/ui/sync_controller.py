"""The window's one place for sync: runs "Sync now" in the background, and describes the sync
state for the status bar and the sync page.

A sync never locks the window: there is no dialog. Progress and Cancel show in the status bar
and on the sync page (`sig_progress`), the user goes on working meanwhile, and an edit made
while a sync runs stays unsynced for the next one (the client clears a row's dirty flag only
when the version the server confirmed is still the one here).

There is one controller per `AppContext` (`controller_for(context)`), so the menu, the sync
page and the status bar share the running sync, its last report and its last error.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from icc_desktop.ui.context import AppContext
from icc_desktop.ui.settings import SYNC_ALLOW_HTTP
from icc_desktop.ui.workers import Task

log = logging.getLogger(__name__)

STATUS_DELAY_MS = 400
"""Edits come in bursts (a pasted block, an undo): the status is counted again once they settle."""


def format_time(moment: datetime | None) -> str:
    """A stored UTC time as the user's local date and time (short form); "" for None."""
    from PySide6.QtCore import QDateTime

    from icc_desktop.ui.i18n import date_time_text

    if moment is None:
        return ""
    if moment.tzinfo is None:  # SQLite gives the stored UTC time back without its zone
        moment = moment.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return date_time_text(local)


class SyncController(QObject):
    """Starts syncs, keeps their outcome, and says what the sync state is."""

    sig_state_changed = Signal()
    """The account, the unsynced counts or the conflicts may have changed: show them again."""
    sig_sync_started = Signal()
    """A sync started in the background."""
    sig_sync_finished = Signal(object)
    """A sync finished: its `SyncReport`."""
    sig_status_changed = Signal(str, str)
    """The status bar text and its tooltip, counted again in the background (empty: no sync set up)."""
    sig_account_done = Signal(str, object)
    """Account work ended: ("sign_in" | "sign_out", its result or the exception it raised)."""
    sig_sync_failed = Signal(str)
    """A sync stopped: the message to show (cancelled, signed out, offline, server error...)."""
    sig_progress = Signal(int, int, str)
    """A running sync moved: rows done, rows in all (0: not known ahead), what it is doing."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.task: Task | None = None
        self._syncing = False
        self.last_report: Any = None
        self.last_error = ""
        self.last_failed_at: datetime | None = None
        self.progress_text = ""
        self.sync_after_sign_in = False  # "Sync now" opened the sign-in dialog: sync once signed in
        self.status_text = ("", "")
        self.conflict_count = 0
        """Conflicts waiting for the user's choice, as last counted (the navigation shows it)."""
        self._status_busy = False
        self._status_again = False
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self.sig_state_changed)
        context.sig_data_changed.connect(lambda _table: self._status_timer.start())
        context.sig_database_changed.connect(self._database_changed)
        context.sig_workshop_changed.connect(lambda _id: self.sig_state_changed.emit())
        self.sig_state_changed.connect(self.refresh_status)

    # --- state --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a sync is under way."""
        return self._syncing

    def allow_insecure_http(self) -> bool:
        """Whether the user allowed plain HTTP to a server on another machine."""
        return bool(self.context.settings.get(SYNC_ALLOW_HTTP))

    def status(self) -> tuple[str, str]:
        """(text, tooltip) for the status bar: last sync time, what is not synced, conflicts.

        Empty text when this database was never set up for sync (the app is complete without it).
        Reads the database on the calling thread; the window uses `refresh_status` instead.
        """
        return self._format_status(_read_status(self.context.db))

    def refresh_status(self) -> None:
        """Count again in the background and emit `sig_status_changed` with the result.

        Counting unsynced rows reads every dirty row's workshop: on a large database that was
        never synced it takes a few hundred ms, too long for the GUI thread after each edit.
        """
        if self._status_busy:
            self._status_again = True  # one more pass when the running one ends
            return
        db = self.context.db
        # Flags set before starting: an inline pool (tests, screenshots) ends the work within start().
        self._status_busy, self._status_again = True, False
        self.context.workers.start(
            lambda _task: _read_status(db), on_result=self._status_read, on_error=self._status_failed)

    def _status_read(self, data: Any) -> None:
        self._status_busy = False
        self.conflict_count = data[2] if data is not None else 0
        self.status_text = self._format_status(data)
        self.sig_status_changed.emit(*self.status_text)
        if self._status_again:
            self.refresh_status()

    def _status_failed(self, exc: BaseException) -> None:
        self._status_busy = False  # e.g. the database was closed meanwhile: the next change recounts
        log.info("sync status not read: %s", exc)
        if self._status_again:
            self.refresh_status()

    def _format_status(self, data: Any) -> tuple[str, str]:
        if data is None:
            return "", ""
        current, summary, conflicts = data
        if self.running:
            parts = [self.progress_text or self.tr("Syncing…")]
        elif self.last_error:
            parts = [self.tr("Sync failed %1").replace("%1", format_time(self.last_failed_at))]
        elif current.last_sync_at is None:
            parts = [self.tr("Never synced")]
        else:
            parts = [self.tr("Synced %1").replace("%1", format_time(current.last_sync_at))]
        # Everything waiting counts, not only the open workshop's rows (thousands may wait elsewhere).
        parts.append(self.tr("not synced: %Ln", "", summary.total))
        workshop = self.context.workshop_id
        if workshop is not None and summary.total:
            parts.append(self.tr("in this workshop: %Ln", "", summary.for_workshop(workshop)))
        if conflicts:
            parts.append(self.tr("conflicts to resolve: %Ln", "", conflicts))
        if not current.signed_in:
            parts.append(self.tr("signed out"))
        tip = [self.last_error] if self.last_error and not self.running else []
        tip += [self.tr("Server: %1 (user %2)").replace("%1", current.server_url).replace("%2", current.username or "")]
        tip.append(self.tr("Changes not synced, in all: %Ln", "", summary.total))
        tip += [self.tr("%1 – %2: %Ln", "", w.rows).replace("%1", w.city).replace("%2", w.title)
                for w in summary.workshops[:10]]
        if len(summary.workshops) > 10:
            tip.append(self.tr("… and more workshops: %Ln", "", len(summary.workshops) - 10))
        return " · ".join(parts), "\n".join(tip)

    def _database_changed(self) -> None:
        self.last_report, self.last_error, self.last_failed_at = None, "", None
        self.sig_state_changed.emit()

    # --- running a sync -----------------------------------------------------------------------

    def sync_now(self, parent: QWidget | None = None) -> Task | None:
        """Start a sync in the background (None when one is already running or no account is set
        up: then the sync settings dialog opens so the user can sign in)."""
        from icc_desktop.sync import account

        if self.running:
            return None
        current = account.account(self.context.db)
        if not current.signed_in:
            from icc_desktop.ui.dialogs.sync_settings import SyncSettingsDialog

            dialog = SyncSettingsDialog(self.context, parent, sync_after=True)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return None
        db, allow_http = self.context.db, self.allow_insecure_http()

        def work(task: Task) -> Any:
            def progress(step: Any) -> None:
                task.progress(step.done, step.total or 0, step.phase)

            return account.sync_now(db, progress=progress, cancelled=task.is_cancelled,
                                    allow_insecure_http=allow_http)

        self.progress_text = self.tr("Connecting to the server…")
        self._syncing = True
        self.sig_sync_started.emit()
        self.sig_state_changed.emit()
        task = self.context.workers.start(
            work, on_result=self._finished, on_error=self._failed, on_progress=self._progress)
        if self._syncing:  # (an inline pool has already finished it)
            self.task = task
        return task

    def run_account_work(self, operation: str, work: Any) -> Task:
        """Run a sign-in or sign-out (`work()`) in the background; its result or exception comes
        back as `sig_account_done(operation, outcome)`, then `sig_state_changed`."""
        def done(outcome: Any) -> None:
            self.sig_account_done.emit(operation, outcome)
            self.sig_state_changed.emit()

        return self.context.workers.start(lambda _task: work(), on_result=done, on_error=done)

    def cancel(self) -> None:
        """Ask the running sync to stop after the current page or batch."""
        if self.task is not None and self._syncing:
            self.task.cancel()
            self.progress_text = self.tr("Stopping after the current step…")
            self.sig_progress.emit(0, 0, self.progress_text)

    def _progress(self, done: int, total: int, phase: str) -> None:
        if self.task is not None and self.task.is_cancelled():
            return
        if phase == "pull":
            text = self.tr("Receiving changes: %Ln rows so far", "", done)
        elif phase == "push":
            text = self.tr("Sending changes: %1 of %2 rows").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
        else:
            text = self.tr("Connecting to the server…")
        self.progress_text = text
        self.sig_progress.emit(done, total, text)

    def _close_progress(self) -> None:
        self.task, self._syncing, self.progress_text = None, False, ""

    def _reload_pages(self) -> None:
        from icc_desktop.sync.tables import MODELS

        for table in [*MODELS, "conflict"]:
            self.context.sig_data_changed.emit(table)

    def _finished(self, report: Any) -> None:
        self._close_progress()
        self.last_report, self.last_error, self.last_failed_at = report, "", None
        self._reload_pages()  # received rows may touch any page
        self.sig_sync_finished.emit(report)
        self.sig_state_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        from icc_desktop.errors import IccError
        from icc_desktop.sync.client import SyncAuthError, SyncCancelled, SyncConnectionError

        self._close_progress()
        if isinstance(exc, SyncCancelled):
            message = self.tr("Sync cancelled. What was received or sent so far is kept; "
                              "the rest moves at the next sync.")
        elif isinstance(exc, SyncConnectionError):
            message = self.tr("The sync server cannot be reached; your work is kept here and "
                              "syncs next time.") + "\n\n" + str(exc)
        elif isinstance(exc, SyncAuthError):
            message = self.tr("The server refused the sign-in: open Sync settings and sign in "
                              "again.") + "\n\n" + str(exc)
        elif isinstance(exc, IccError):
            message = str(exc)
        else:
            from icc_desktop.logs import log_file

            message = self.tr("The sync failed unexpectedly; the details are in %1.").replace(
                "%1", str(log_file()))
        # No message box: it would hold the window until dismissed. The status bar shows the
        # failure (and announces it), the sync page says what happened and what to do.
        self.last_error, self.last_failed_at = message, datetime.now(UTC)
        self._reload_pages()  # pages received before the stop are committed: show them
        self.sig_sync_failed.emit(message)
        self.sig_state_changed.emit()


def _read_status(db: Any) -> Any:
    """(account, unsynced summary, open conflicts) of a database set up for sync, else None.

    Plain reads, safe on a worker thread (no Qt)."""
    from icc_desktop.sync import account

    current = account.account(db)
    if not current.server_url:
        return None
    return current, account.unsynced_summary(db), account.open_conflicts(db)


def controller_for(context: AppContext) -> SyncController:
    """The context's sync controller (made on first use)."""
    found = context.findChild(SyncController)
    return found if isinstance(found, SyncController) else SyncController(context)
