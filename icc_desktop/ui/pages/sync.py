"""The sync page: the account this database syncs with, Sync now, what the last sync did, the
conflicts waiting, and per workshop what is not synced yet.

Sync is optional: without an account the page says so and offers to set one up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import page_header, set_role
from icc_desktop.ui.models.sync import UnsyncedTableModel
from icc_desktop.ui.pages.base import Page
from icc_desktop.ui.sync_controller import controller_for, format_time

_SYNCED_TABLES = frozenset({
    "reference_item", "framework", "dimension", "question", "city", "workshop", "participant",
    "response", "need", "vote", "objective", "action", "kpi", "conflict",
})


def _label(role: str = "", selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _column(*items: QWidget | QHBoxLayout) -> QVBoxLayout:
    """A margin-less column of widgets and rows."""
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, QHBoxLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


class AccountSection(QWidget):
    """Who this database syncs as, the buttons to sync, cancel or set up, and a running sync's progress."""

    sig_sync_requested = Signal()
    """Sync now."""
    sig_cancel_requested = Signal()
    """Stop the running sync after its current step."""
    sig_settings_requested = Signal()
    """Open the sync settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label("sectionTitle")
        self.title.setText(self.tr("Account"))
        self.state = _label(selectable=True)
        self.state.setAccessibleName(self.tr("Account"))
        self.settings_button = QPushButton(self.tr("Sync &settings…"))
        self.settings_button.clicked.connect(self.sig_settings_requested)
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.clicked.connect(self.sig_sync_requested)
        self.cancel_button = QPushButton(self.tr("&Cancel sync"))
        self.cancel_button.setToolTip(self.tr("Stop after the current step; what moved so far is kept"))
        self.cancel_button.clicked.connect(self.sig_cancel_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        # Progress of a running sync: here and in the status bar, never in a dialog (work goes on).
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setTextVisible(False)
        self.progress_label = _label()
        self.progress_label.setAccessibleName(self.tr("Sync progress"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label, 2)
        self.setLayout(_column(self.title, self.state, buttons, progress_row))


class LastSyncSection(QWidget):
    """When the last sync ran, what it did or what went wrong, and the conflicts it left."""

    sig_review_requested = Signal()
    """Show the conflicts page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label("sectionTitle")
        self.title.setText(self.tr("Last sync"))
        self.last_sync = _label(selectable=True)
        self.last_sync.setAccessibleName(self.tr("Last sync"))
        self.report = _label(selectable=True)
        self.report.setAccessibleName(self.tr("What the last sync did"))
        self.error = _label("error", selectable=True)
        self.error.setAccessibleName(self.tr("Sync problem"))
        self.conflicts = _label()
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts_button = QPushButton(self.tr("&Review conflicts"))
        self.conflicts_button.clicked.connect(self.sig_review_requested)
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.conflicts, 1)
        conflict_row.addWidget(self.conflicts_button)
        self.setLayout(_column(self.title, self.last_sync, self.report, self.error, conflict_row))


class UnsyncedSection(QWidget):
    """The workshops with changes not synced yet, and how many rows of each table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label("sectionTitle")
        self.title.setText(self.tr("Not synced yet"))
        self.counts = _label("counts")
        self.model = UnsyncedTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Workshops with changes not synced"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # With no table to fill the height, the labels stay together at the top.
        self.filler = QWidget()
        layout = _column(self.title, self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.filler, 1)
        self.setLayout(layout)

    def show_table(self, shown: bool) -> None:
        """Show the table, or (with nothing to list) keep the labels at the top."""
        self.view.setVisible(shown)
        self.filler.setVisible(not shown)


class SyncPage(Page):
    """Sync with the programme's server: account, Sync now, last result, what is not synced."""

    page_id = "sync"
    tables = _SYNCED_TABLES
    needs_workshop = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.controller = controller_for(context)
        header, _title, _hint = page_header(
            self.tr("Sync"),
            self.tr("Exchange this database's workshops with the programme's central server. "
                    "Sync is optional: everything works offline, and nothing is lost while you are."))
        self.account_section, self.last_section = AccountSection(), LastSyncSection()
        self.unsynced_section = UnsyncedSection()
        self._name_parts()
        self.account_section.sig_settings_requested.connect(self.open_settings)
        self.account_section.sig_sync_requested.connect(self.sync_now)
        self.account_section.sig_cancel_requested.connect(self.controller.cancel)
        self.last_section.sig_review_requested.connect(self.review_conflicts)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.account_section)
        layout.addSpacing(8)
        layout.addWidget(self.last_section)
        layout.addSpacing(8)
        layout.addWidget(self.unsynced_section, 1)
        self.controller.sig_state_changed.connect(self._mark_stale)
        self.controller.sig_sync_started.connect(self._show_running)
        self.controller.sig_progress.connect(self._show_progress)
        # Bound methods, not lambdas: Qt drops the connections when the page goes (language change).
        self.controller.sig_sync_finished.connect(self._sync_ended)
        self.controller.sig_sync_failed.connect(self._sync_ended)
        self._show_progress(0, 0, "")

    def _name_parts(self) -> None:
        """The sections' widgets under the names the page's methods (and tests) use."""
        account, last, unsynced = self.account_section, self.last_section, self.unsynced_section
        self.account_title, self.account_state = account.title, account.state
        self.settings_button, self.sync_button, self.cancel_button = (account.settings_button, account.sync_button,
                                                                      account.cancel_button)
        self.progress, self.progress_label = account.progress, account.progress_label
        self.last_title, self.last_sync, self.report, self.error = last.title, last.last_sync, last.report, last.error
        self.conflicts, self.conflicts_button = last.conflicts, last.conflicts_button
        self.unsynced_title, self.unsynced_counts = unsynced.title, unsynced.counts
        self.unsynced, self.unsynced_view, self.filler = unsynced.model, unsynced.view, unsynced.filler

    def title(self) -> str:
        return self.tr("Sync")

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        from icc_desktop.sync import account

        db = self.context.db
        current = account.account(db)
        summary = account.unsynced_summary(db)
        conflicts = account.open_conflicts(db)
        if current.signed_in:
            self.account_state.setText(self.tr("Signed in as %1 on %2.").replace("%1", current.username or "")
                                       .replace("%2", current.server_url or ""))
        elif current.server_url:
            self.account_state.setText(self.tr("Signed out of %1 (user %2). Sign in again to sync.")
                                       .replace("%1", current.server_url).replace("%2", current.username or ""))
        else:
            self.account_state.setText(self.tr("Not set up. Open Sync settings and sign in with the account "
                                               "the programme office gave you."))
        self.settings_button.setText(self.tr("Sync &settings…") if current.signed_in else self.tr("&Sign in…"))
        self.sync_button.setEnabled(current.signed_in and not self.controller.running)

        if current.last_sync_at is not None:
            self.last_sync.setText(self.tr("Last synced: %1.").replace("%1", format_time(current.last_sync_at)))
        elif current.server_url:
            self.last_sync.setText(self.tr("This database has not synced yet."))
        else:
            self.last_sync.setText(self.tr("Never synced."))
        report = self.controller.last_report
        self.report.setText("\n".join(self.report_lines(report)) if report is not None else "")
        self.report.setVisible(report is not None)
        if self.controller.running:
            self._show_running()
        self.error.setText(self.controller.last_error)
        self.error.setVisible(bool(self.controller.last_error))

        self.conflicts.setText(
            self.tr("Conflicts waiting for your choice: %Ln. The same field was changed here and on "
                    "the server.", "", conflicts) if conflicts else self.tr("No conflicts."))
        self.conflicts_button.setVisible(bool(conflicts))

        self.unsynced.set_rows(summary.workshops)
        if summary.total == 0:
            self.unsynced_counts.setText(self.tr("Everything in this database is on the server."))
        else:
            text = self.tr("Changes made here and not on the server yet: %Ln.", "", summary.total)
            if summary.other_rows:
                text += " " + self.tr("Outside any workshop (cities, lists): %Ln.", "", summary.other_rows)
            self.unsynced_counts.setText(text)
        self.unsynced_section.show_table(bool(summary.workshops))
        self._show_progress(0, 0, self.controller.progress_text)

    def report_lines(self, report: Any) -> list[str]:
        """What a sync did (a `SyncReport`), one fact per line, in the user's language."""
        # Rows made elsewhere and this laptop's own rows coming back are different news.
        lines = [
            self.tr("Received from other devices: %Ln rows (%1 new, %2 updated, %3 merged with changes made here).",
                    "", report.from_others)
            .replace("%1", f"{report.inserted:,}").replace("%2", f"{report.updated:,}").replace("%3", f"{report.merged:,}"),
            self.tr("Sent %Ln rows.", "", report.pushed),
        ]
        if report.own:
            lines.append(self.tr("Changes made here, confirmed by the server: %Ln rows.", "", report.own))
        if report.stale:
            lines.append(self.tr("Older than the server's and merged: %Ln rows.", "", report.stale))
        if report.conflicts:
            lines.append(self.tr("New conflicts, both versions kept: %Ln.", "", report.conflicts))
        if report.waiting:
            lines.append(self.tr("Received rows waiting for rows they refer to (fetched again next time): %Ln.",
                                 "", report.waiting))
        for problem in report.refused:  # the server's reason is its own text
            lines.append(self.tr("Refused by the server, kept here: %1").replace("%1", str(problem)))
        lines.append(self.tr("Took %1 s.").replace("%1", f"{report.seconds:.1f}"))
        offset = getattr(report, "clock_offset_s", None)
        if offset is not None:
            minutes = max(1, round(abs(offset) / 60))
            warning = (self.tr("Warning: this computer's clock is %Ln minute(s) ahead of the server's.", "", minutes)
                       if offset > 0 else
                       self.tr("Warning: this computer's clock is %Ln minute(s) behind the server's.", "", minutes))
            lines.append(warning + " " + self.tr("Set its date, time and time zone right: changes made with a "
                                                 "clock far ahead are refused, and with a clock behind they "
                                                 "lose to others' changes."))
        return lines

    def _show_running(self) -> None:
        self.sync_button.setEnabled(False)
        self.last_sync.setText(self.tr("Syncing…"))
        self._show_progress(0, 0, self.controller.progress_text)

    def _sync_ended(self, _outcome: object) -> None:
        self._show_progress(0, 0, "")

    def _show_progress(self, done: int, total: int, text: str) -> None:
        running = self.controller.running
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(running)
        if not running:
            return
        self.progress_label.setText(text)
        self.progress.setRange(0, total)  # 0..0: busy, the number of rows to receive is not known ahead
        if total:
            self.progress.setValue(min(done, total))

    # --- actions -----------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Start a sync in the background (progress shows here and in the status bar)."""
        self.controller.sync_now(self.window())

    def open_settings(self) -> None:
        """Open the sync settings dialog (sign in, sign out, server address)."""
        from icc_desktop.ui.dialogs.sync_settings import SyncSettingsDialog

        dialog = SyncSettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def review_conflicts(self) -> None:
        """Go to the conflicts page."""
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if callable(show_page):
            show_page("conflicts")
