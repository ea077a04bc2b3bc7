"""The main window: navigation that follows the workshop method, menus, toolbar, status bar.

The window is built in steps so it shows fast: the frame (menus, toolbar, status bar, an
"opening…" notice) first; once the database is open, the navigation of every page of
`icc_desktop.ui.pages.PAGE_CLASSES` and the one page shown. Each other page (its module pulls in
the data layer) is built the first time it is shown (`ui/lazy_pages.py`).
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from icc_desktop import APP_NAME
from icc_desktop.errors import IccError
from icc_desktop.ui import pages as page_registry
from icc_desktop.ui.announce import announce
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.database_controller import DatabaseController, is_practice_database
from icc_desktop.ui.focus import name_qt_parts, reading_order, tidy_focus
from icc_desktop.ui.forms import set_role
from icc_desktop.ui.lazy_pages import LazyPages
from icc_desktop.ui.settings import (
    LAST_PAGE,
    WINDOW_GEOMETRY,
    ZOOM,
    Settings,
)
from icc_desktop.ui.theme import style_role
from icc_desktop.ui.workers import Task, Workers

if TYPE_CHECKING:
    from icc_desktop.store.db import Database
    from icc_desktop.ui.pages.base import Page
    from icc_desktop.ui.pages.welcome import WelcomePage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The app's window: one page per step of the method, chosen in the navigation on the left."""

    sig_database_opened = Signal(object)
    """A database finished opening (the `Database`), pages are built and show it."""
    sig_preview_shown = Signal(int)
    """The workshops of the file being opened show (how many), before the pages are built."""
    sig_page_changed = Signal(str)
    """The page shown changed (its page id)."""
    welcome_when_no_workshop = False
    """Show the welcome page when a database opens with no workshop open. run_app turns it on;
    tests and the screenshot tool build windows that show the page they ask for."""

    def __init__(self, settings: Settings, workers: Workers | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.workers = workers or Workers()
        self.context: AppContext | None = None
        self.pages = LazyPages(self._build_page)
        """Every page by id, in navigation order; a page is built the first time it is asked for."""
        self.welcome: WelcomePage | None = None  # shown in place of a page, built when first shown
        self.databases = DatabaseController(settings, self.workers, self)
        """Opens databases, keeps the recent files and the last workshop (see `database_controller`)."""
        self.databases.sig_opening.connect(self._on_opening)
        self.databases.sig_progress.connect(self._on_progress)
        self.databases.sig_opened.connect(self.attach_database)
        self.databases.sig_failed.connect(self._open_failed)
        self.databases.sig_damaged.connect(self._database_damaged)
        self.databases.sig_finished.connect(lambda: self._show_busy(False))
        self._saved_at: dt.datetime | None = None
        self.room_dock: QDockWidget | None = None  # made when the room panel is first shown
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(960, 600))
        self.resize(1280, 800)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Steps of the workshop"))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setSpacing(2)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # no focus frame drawn after a click
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._fit_navigation()  # its width follows its font (system size, zoom), never fixed
        self.navigation.currentRowChanged.connect(self._navigate)
        self.stack = QStackedWidget()
        self.notice = QLabel(self.tr("Opening the database…"))
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.stack.addWidget(self.notice)
        self.preview: QWidget | None = None  # the start-up list of workshops (show_workshop_preview)
        self.practice_banner = QLabel()
        self.practice_banner.setWordWrap(True)
        set_role(self.practice_banner, "banner")
        self.practice_banner.hide()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.practice_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        outer.addLayout(layout, 1)
        side = QWidget()  # the navigation on a Base-coloured strip, its rows inset from the edges
        side.setAutoFillBackground(True)
        side.setBackgroundRole(QPalette.ColorRole.Base)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 8, 8)
        side_layout.addWidget(self.navigation)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._set_data_actions_enabled(False)
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)

    # --- frame -------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel()
        self.database_label.setAccessibleName(self.tr("Database file"))
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Autosave state"))
        self.sync_label = QLabel()
        self.sync_label.setAccessibleName(self.tr("Sync state"))
        self.sync_label.hide()  # shown once the sync UI reports a state
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        # A running sync: its progress and a Cancel button, never a dialog (the window stays usable).
        self.sync_progress = QProgressBar()
        self.sync_progress.setMaximumWidth(140)
        self.sync_progress.setTextVisible(False)
        self.sync_progress.setAccessibleName(self.tr("Sync progress"))
        self.sync_progress.hide()
        self.sync_cancel = QToolButton()
        self.sync_cancel.setText(self.tr("Cancel sync"))
        self.sync_cancel.setToolTip(self.tr("Stop after the current step; what moved so far is kept"))
        self.sync_cancel.hide()
        for label in (self.database_label, self.save_label, self.sync_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.save_label)
        bar.addPermanentWidget(self.sync_progress)
        bar.addPermanentWidget(self.sync_cancel)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.database_label)
        self._refusal = ""
        bar.messageChanged.connect(self._status_message_changed)

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_workshop_action = self._action(self.tr("&New workshop…"), self.new_workshop, keys.New,
                                                self.tr("Create a workshop for a city"))
        self.open_database_action = self._action(self.tr("&Open database…"), self.choose_database, keys.Open,
                                                 self.tr("Open another database file"))
        self.new_database_action = self._action(self.tr("New &database…"), self.choose_new_database, None,
                                                self.tr("Start an empty database file"))
        self.backup_action = self._action(self.tr("&Back up now…"), self.back_up_now, None,
                                          self.tr("Copy the database to a backup file"))
        self.restore_action = self._action(
            self.tr("Restore from bac&kup…"), self.restore_from_backup, None,
            self.tr("Replace the data with a backup (the current data is backed up first)"))
        # File > Export: the Reports page's commands (they run in the background there)
        self.export_pdf_action = self._action(self.tr("Strategy document (&PDF)…"),
                                              lambda: self._run_report("choose_pdf"), "Ctrl+Shift+E")
        self.export_workbook_action = self._action(self.tr("Workshop &workbook (Excel)…"),
                                                   lambda: self._run_report("choose_workbook"))
        self.export_all_action = self._action(self.tr("&Every workshop in one workbook…"),
                                              lambda: self._run_report("choose_workbook_all"))
        self.template_action = self._action(self.tr("Assessment &template…"),
                                            lambda: self._run_report("choose_template"))
        self.import_action = self._action(self.tr("&Import a filled-in template…"),
                                          lambda: self._run_report("choose_import"))
        self.workshop_report_actions = (self.export_pdf_action, self.export_workbook_action,
                                        self.template_action, self.import_action)
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, keys.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(self.tr("&Undo"), self._undo, keys.Undo, self.tr("Undo the last edit"))
        self.redo_action = self._action(self.tr("&Redo"), self._redo, keys.Redo, self.tr("Redo the edit undone"))
        # The menu entries name the edit; the toolbar buttons stay short (their tooltip names it).
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.find_action = self._action(self.tr("&Find"), self.focus_search, keys.Find,
                                        self.tr("Search the list of this page"))

        self.full_screen_action = self._action(self.tr("&Full screen"), self._toggle_full_screen, keys.FullScreen)
        self.full_screen_action.setCheckable(True)
        if self.full_screen_action.shortcut().isEmpty():
            self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.presenter_action = self._action(self.tr("&Presenter view"), self.show_presenter, "Ctrl+Shift+P",
                                             self.tr("Open a window for the projector: radar, ranking, 2×2, timer"))

        self.open_room_action = self._action(
            self.tr("&Open room…"), self.open_room, "Ctrl+Shift+R",
            self.tr("Let the phones of the room score, vote and suggest over the local network"))
        self.room_panel_action = self._action(self.tr("Room &panel"), self.show_room_panel, None,
                                              self.tr("Activities, phones that joined, suggested needs"))
        self.close_room_action = self._action(self.tr("&Close room"), self.close_room, None,
                                              self.tr("Stop the room: phones can no longer send anything"))
        self.close_room_action.setEnabled(False)

        self.sync_action = self._action(self.tr("Sync &now"), self.sync_now, "Ctrl+Shift+Y",
                                        self.tr("Exchange changes with the sync server in the background"))
        self.sync_settings_action = self._action(self.tr("Sync &settings…"), self.show_sync_settings, None,
                                                 self.tr("Server address, sign in and sign out"))

        self.log_action = self._action(self.tr("Open the &log folder"), self._open_log_folder)
        self.about_action = self._action(self.tr("&About ICC Workshop"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.welcome_action = self._action(self.tr("&Welcome page"), self.show_welcome, None,
                                           self.tr("The method in three lines and the ways to begin"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_keyboard_shortcuts,
                                             "Ctrl+F1", self.tr("Every key of the window and its pages"))
        self.zoom_in_action = self._action(self.tr("Zoom &in"), lambda: self.zoom(1), keys.ZoomIn,
                                           self.tr("Larger text everywhere"))
        # Ctrl+= as well: on many keyboards "+" needs Shift, and "=" is the same key without it.
        self.zoom_in_action.setShortcuts([QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(self.tr("Zoom &out"), lambda: self.zoom(-1), keys.ZoomOut,
                                            self.tr("Smaller text everywhere"))
        self.zoom_reset_action = self._action(self.tr("&Actual size"), lambda: self.zoom(0), "Ctrl+0",
                                              self.tr("Text at the system's size"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_workshop_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_database_action)
        self.recent_menu = QMenu(self.tr("&Recent databases"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.new_database_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.export_menu = self.file_menu.addMenu(self.tr("&Export and import"))
        for action in (self.export_pdf_action, self.export_workbook_action, self.export_all_action):
            self.export_menu.addAction(action)
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.template_action)
        self.export_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.go_menu = QMenu(self.tr("&Go to"), self)
        self.view_menu.addMenu(self.go_menu)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen_action)
        self.view_menu.addAction(self.presenter_action)
        self.view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)

        self.room_menu = bar.addMenu(self.tr("&Room"))
        self.room_menu.addAction(self.open_room_action)
        self.room_menu.addAction(self.room_panel_action)
        self.room_menu.addSeparator()
        self.room_menu.addAction(self.close_room_action)

        self.sync_menu = bar.addMenu(self.tr("S&ync"))
        self.sync_menu.addAction(self.sync_action)
        self.sync_menu.addAction(self.sync_settings_action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.welcome_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_workshop_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.find_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.workshop_label = QLabel()
        self.workshop_label.setObjectName("openWorkshop")
        self.workshop_label.setAccessibleName(self.tr("Open workshop"))
        self.toolbar.addWidget(self.workshop_label)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        name_qt_parts(self.toolbar)  # its "more" button, which Qt leaves unnamed

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        for action in (self.new_workshop_action, self.find_action,
                       self.presenter_action, self.backup_action, self.restore_action, self.export_all_action):
            action.setEnabled(enabled)
        for action in (self.sync_action, self.sync_settings_action):  # never for the practice database
            action.setEnabled(enabled and not self.is_practice())
        for action in (*self.workshop_report_actions, self.open_room_action):
            action.setEnabled(enabled and self.context is not None and self.context.workshop_id is not None)
        self.room_panel_action.setEnabled(enabled)
        self.undo_action.setEnabled(enabled and self.context is not None and self.context.undo_stack.canUndo())
        self.redo_action.setEnabled(enabled and self.context is not None and self.context.undo_stack.canRedo())

    # --- opening a database --------------------------------------------------------------------

    def open_database(self, path: Path, prepare: Any = None) -> Task:
        """Open `path` in the background, then show it; `prepare(db, task)` runs in the worker after opening.

        The window stays responsive meanwhile; a failure shows its message and keeps what was open.
        """
        self.databases.workers = self.workers  # tests swap in a real pool after building the window
        return self.databases.open(path, prepare)

    def _on_opening(self, path: str) -> None:
        self.notice.setText(self.tr("Opening {path}…").format(path=path))
        self._show_busy(True)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if text:
            self.statusBar().showMessage(text)
            if self.context is None:
                self.notice.setText(text)

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if not busy:
            self.statusBar().clearMessage()

    def _open_failed(self, message: str) -> None:
        if self.context is None:
            self.notice.setText(message + "\n\n" + self.tr("Use File ▸ Open database… to open another file."))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Could not open the database"), message)

    def show_workshop_preview(self, workshops: list[Any]) -> None:
        """Show the workshops of the file being opened (`services.listing`, read without the ORM)
        while it opens: the overview's list, read only, replaced by the real pages once they are built."""
        if self.context is not None or not workshops:
            return
        from PySide6.QtWidgets import QAbstractItemView, QTableView  # noqa: PLC0415

        from icc_desktop.ui.models.overview import WorkshopsTableModel

        model = WorkshopsTableModel(self)
        model.set_rows(workshops)
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(self.tr("Workshops"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        preview = QWidget()
        layout = QVBoxLayout(preview)
        caption = QLabel(self.tr("{count} workshops. Opening the database…").format(count=len(workshops)))
        layout.addWidget(caption)
        layout.addWidget(view, 1)
        self.preview = preview
        self.stack.addWidget(preview)
        self.stack.setCurrentWidget(preview)
        self.sig_preview_shown.emit(len(workshops))

    def _drop_preview(self) -> None:
        preview = self.preview
        if preview is not None:
            self.stack.removeWidget(preview)
            preview.deleteLater()
            self.preview = None

    def _database_damaged(self, message: str) -> None:
        """The background check found the open file damaged: stop editing it, say what to do."""
        self._set_data_actions_enabled(False)
        self.stack.setEnabled(False)
        self.statusBar().showMessage(message)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("The database is damaged"), message)

    def attach_database(self, db: Database) -> None:
        """Show an open database: build the pages the first time, else switch them over."""
        self.stack.setEnabled(True)  # a file found damaged before is no longer the one shown
        self._drop_preview()
        if self.context is None:
            self.context = AppContext(db, self.settings, self.workers)
            self._build_pages()
            # Everything loaded so far (Qt, SQLAlchemy, the pages) lives as long as the app: move it
            # out of the collector's way. Otherwise each full collection walks it all, which froze
            # the window for 100-250 ms at a time during background work.
            gc.freeze()
            # Bound methods (not lambdas): Qt drops these connections when the window goes.
            self.context.undo_stack.indexChanged.connect(self._undo_stack_changed)
            self.context.sig_workshop_changed.connect(self._workshop_changed)
            self.context.sig_data_changed.connect(self._data_changed)
            self.context.sig_undo_refused.connect(self._undo_refused)
            from icc_desktop.ui.sync_controller import controller_for

            controller = controller_for(self.context)
            controller.sig_status_changed.connect(self.set_sync_state)
            controller.sig_progress.connect(self._show_sync_progress)
            controller.sig_sync_started.connect(self._show_sync_progress)
            controller.sig_sync_finished.connect(self._sync_finished)
            controller.sig_sync_failed.connect(self._sync_failed)
            self.sync_cancel.clicked.connect(controller.cancel)
        else:
            self.context.set_database(db)
        self.settings.add_recent_database(str(db.path))
        self._show_practice_banner(db)
        self.database_label.setText(str(db.path))
        self.database_label.setToolTip(self.tr("Database file: {path}").format(path=str(db.path)))
        self._saved_at = None
        self.save_label.setText(self.tr("All changes saved"))
        self._set_data_actions_enabled(True)
        last = self.databases.workshop_to_reopen(db)
        if last is not None:
            self.context.set_workshop(last)
        else:
            self._workshop_changed(self.context.workshop_id)
        page = self.settings.get(LAST_PAGE)
        self.show_page(page if page in self.pages and self.navigation_enabled(page) else "overview")
        if self.welcome_when_no_workshop and self.context.workshop_id is None:  # e.g. the first start
            self.show_welcome()
        self.sig_database_opened.emit(db)
        # The page painted now, the rest after: counting what is not synced imports the sync
        # client (httpx, pydantic) and the purge reads every workshop; started at once, their
        # threads took the CPU and the GIL the page needed to show (measured: bench/ui.py). Qt
        # queues a paint behind such calls, so the page is painted here. Hidden, nothing waits.
        if self.isVisible():
            self.repaint()
            QTimer.singleShot(0, self, lambda: self._after_shown(db))
        else:
            self._after_shown(db)

    def _after_shown(self, db: Database) -> None:
        """The background work of an opened file that the page shown does not wait for."""
        if self.context is None or self.context.db is not db:  # another file opened meanwhile
            return
        self._show_sync_state()
        self._apply_retention(db)

    def _apply_retention(self, db: Database) -> None:
        """Erase, in the background, the personal data of workshops past their retention period."""
        from icc_desktop.services.privacy import purge

        def done(report: Any) -> None:
            if not report.erased or self.context is None or self.context.db is not db:
                return
            self.context.undo_stack.clear()  # it may hold the erased values
            self.context.sig_data_changed.emit("participant")
            self.statusBar().showMessage(self.tr(
                "Retention periods applied: the names, e-mails and organisations of %n participant(s) were erased.",
                "", len(report.erased)), 10000)

        self.workers.start(lambda _task: purge(db), on_result=done,
                           on_error=lambda error: log.warning("retention purge failed: %s", error))

    def is_practice(self) -> bool:
        """Whether the open database is the practice (demo) database."""
        return self.context is not None and is_practice_database(self.context.db.path)

    def _show_practice_banner(self, db: Database) -> None:
        practice = is_practice_database(db.path)
        self.practice_banner.setText(self.tr(
            "Practice database: the demo workshop with invented people and scores. Try anything here; "
            "it never mixes with your own workshops and is never synced. File ▸ Open database… or "
            "Recent databases goes back to your own."))
        self.practice_banner.setVisible(practice)
        for action in (self.sync_action, self.sync_settings_action):
            action.setToolTip(self.tr("Sync is off in the practice database") if practice else action.statusTip())

    def _build_pages(self) -> None:
        """Name every page in the navigation and View ▸ Go to; the pages themselves are built
        when first shown (`_build_page`)."""
        assert self.context is not None
        go_keys = iter(range(1, 10))
        page_ids = page_registry.page_ids()
        self.pages.register(page_ids)
        for page_id in page_ids:
            title = page_registry.page_title(page_id)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.navigation.addItem(item)
            # "&" in a menu text marks the mnemonic: "Needs & priorities" showed as "Needs _priorities".
            action = self._action(title.replace("&", "&&"), lambda _checked=False, pid=page_id: self.show_page(pid))
            key = next(go_keys, None)
            if key is not None:
                action.setShortcut(QKeySequence(f"Ctrl+{key}"))
            action.setData(page_id)
            self.go_menu.addAction(action)
        self._fit_navigation()

    def _build_page(self, page_id: str) -> Page:
        """Build one page (`self.pages[page_id]` calls this the first time): it reads its data
        when it shows, so a page built late shows the data as it is then."""
        assert self.context is not None
        entry = next(e for e in page_registry.PAGE_CLASSES if page_registry.page_id_of(e) == page_id)
        page = page_registry.load_page_class(entry)(self.context)
        self.stack.addWidget(page)
        if hasattr(page, "sig_open_workshop"):
            page.sig_open_workshop.connect(self.open_workshop)
        tidy_focus(page)  # one Tab stop per table, dividers by keyboard, no empty stops
        return page

    def _fit_navigation(self) -> None:
        """Size the navigation after its entries in its font: 1.2 times the application font, so
        it grows with the system font size and the zoom and no entry is cut."""
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.navigation.setFont(font)
        metrics = QFontMetrics(font)
        row_height = metrics.height() + 18
        widest = metrics.horizontalAdvance("M" * 12)
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            item.setSizeHint(QSize(0, row_height))
            widest = max(widest, metrics.horizontalAdvance(item.text()))
        # Room for the item's margins and the focus frame, and a vertical scroll bar when the
        # entries are taller than the window.
        scroll = self.navigation.verticalScrollBar().sizeHint().width()
        self.navigation.setFixedWidth(widest + 2 * metrics.horizontalAdvance("M") + scroll + 8)

    def zoom(self, step: int) -> None:
        """View ▸ Zoom in (+1), out (-1) or actual size (0): every text, the navigation and the
        layouts follow; the zoom is kept for the next start."""
        from icc_desktop.ui.theme import apply_zoom, next_zoom

        app = QApplication.instance()
        zoom = apply_zoom(app, next_zoom(self.settings.get(ZOOM), step))  # type: ignore[arg-type]
        self.settings.set(ZOOM, zoom)
        self._fit_navigation()
        self.statusBar().showMessage(self.tr("Zoom: %1%").replace("%1", str(round(zoom * 100))), 2000)

    def show_keyboard_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: every menu shortcut of this window and the keys of the pages."""
        from icc_desktop.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- navigation --------------------------------------------------------------------------

    def navigation_enabled(self, page_id: str) -> bool:
        """Whether a page can be shown now (workshop pages need an open workshop)."""
        if page_id not in self.pages:
            return False
        return (not page_registry.needs_workshop(page_id)
                or (self.context is not None and self.context.workshop_id is not None))

    def show_page(self, page_id: str) -> Page:
        """Show a page (raises KeyError for an unknown id)."""
        page = self.pages[page_id]
        row = self.pages.row(page_id)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # calls _navigate
        else:
            self._navigate(row)
        return page

    def current_page(self) -> Page | None:
        """The page shown, if pages are built."""
        widget = self.stack.currentWidget()
        return widget if widget is not self.notice else None  # type: ignore[return-value]

    def _navigate(self, row: int) -> None:
        if row < 0 or row >= len(self.pages):
            return
        page_id = self.pages.id_at(row)
        page = self.pages[page_id]  # built now if it is shown for the first time
        self.stack.setCurrentWidget(page)
        page.refresh()
        self.settings.set(LAST_PAGE, page_id)
        self.find_action.setEnabled(True)
        self.sig_page_changed.emit(page_id)

    def open_workshop(self, workshop_id: str) -> None:
        """Make a workshop the open one and go to its first step."""
        assert self.context is not None
        self.context.set_workshop(workshop_id)
        if "city" in self.pages:
            self.show_page("city")

    def _run_report(self, command: str) -> None:
        """Run one of the Reports page's commands from the File menu, showing the page for its result."""
        page = self.pages.get("reports")
        if page is not None:
            self.show_page("reports")
            getattr(page, command)()

    def _workshop_changed(self, workshop_id: str | None) -> None:
        if self.context is not None:
            self.databases.remember_workshop(self.context.db, workshop_id)
        for row, page_id in enumerate(self.pages):
            item = self.navigation.item(row)
            enabled = self.navigation_enabled(page_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled if enabled
                          else item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip("" if enabled else self.tr("Open a workshop in the overview first"))
        for action in self.go_menu.actions():
            action.setEnabled(self.navigation_enabled(action.data()))
        for action in (*self.workshop_report_actions, self.open_room_action):
            action.setEnabled(workshop_id is not None)
        self._show_workshop_title()
        current = self.current_page()
        if current is not None and not self.navigation_enabled(current.page_id):
            self.show_page("overview")

    def _data_changed(self, table: str) -> None:
        if table in ("workshop", "city"):
            self._show_workshop_title()

    def _show_workshop_title(self) -> None:
        title = ""
        if self.context is not None and self.context.workshop_id is not None:
            from icc_desktop.errors import NotFoundError
            from icc_desktop.services.cities import get_city
            from icc_desktop.services.lookups import get_workshop

            try:
                workshop = get_workshop(self.context.db, self.context.workshop_id)
                city = get_city(self.context.db, workshop.city_id)
                title = f"{city.name} · {workshop.title}"
            except NotFoundError:  # deleted (e.g. by undoing its creation)
                self.context.set_workshop(None)
                return
        self.workshop_label.setText(title)
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)

    # --- edits -------------------------------------------------------------------------------

    def _undo(self) -> None:
        if self.context is not None:
            self.context.undo_stack.undo()

    def _redo(self) -> None:
        if self.context is not None:
            self.context.undo_stack.redo()

    def _undo_refused(self, message: str) -> None:
        """An undo or redo found its rows changed since by someone else: say so where the eye is."""
        # The file's path (also in the title's tooltip) gives the message its room while it shows.
        self._refusal = message
        self.database_label.hide()
        self.statusBar().showMessage(message, 20000)
        announce(self.statusBar(), message, assertive=True)
        # The stack drops the step after this returns, and a refused redo emits no signal then.
        QTimer.singleShot(0, self._refresh_undo_actions)

    def _status_message_changed(self, text: str) -> None:
        if self._refusal and text != self._refusal:  # the refusal's time is over: the path comes back
            self._refusal = ""
            self.database_label.show()

    def _refresh_undo_actions(self) -> None:
        stack = self.context.undo_stack if self.context is not None else None
        if stack is None or not shiboken6.isValid(stack):
            return
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._name_undo_actions()

    def _undo_stack_changed(self, _index: int) -> None:
        assert self.context is not None
        stack = self.context.undo_stack
        if not shiboken6.isValid(stack):  # the stack being destroyed with its context
            return
        self._refresh_undo_actions()
        self._saved_at = dt.datetime.now()
        saved = self.tr("All changes saved at {time}").format(time=self._saved_at.strftime("%H:%M"))
        if saved != self.save_label.text():  # at most once a minute, not after every key
            self.save_label.setText(saved)
            announce(self.save_label, saved)

    def _name_undo_actions(self) -> None:
        """Edit ▸ Undo / Redo say which edit they undo or redo ("Undo Add need")."""
        stack = self.context.undo_stack if self.context is not None else None
        undo = stack.undoText() if stack is not None and stack.canUndo() else ""
        redo = stack.redoText() if stack is not None and stack.canRedo() else ""
        self.undo_action.setText(self.tr("&Undo {edit}").format(edit=undo.replace("&", "&&")) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {edit}").format(edit=redo.replace("&", "&&")) if redo
                                 else self.tr("&Redo"))
        self.undo_action.setToolTip(self.tr("Undo {edit}").format(edit=undo) if undo else self.tr("Undo the last edit"))
        self.redo_action.setToolTip(self.tr("Redo {edit}").format(edit=redo) if redo else self.tr("Redo the edit undone"))

    def set_sync_state(self, text: str, tooltip: str = "") -> None:
        """Show the sync state in the status bar (the sync UI calls this); empty text hides it."""
        from icc_desktop.ui.sync_controller import controller_for

        self._show_conflict_count()
        failed = self.context is not None and bool(controller_for(self.context).last_error)
        if bool(self.sync_label.property("role") == "error") != failed:
            style_role(self.sync_label, "error" if failed else "")
        self.sync_label.setText(text)
        self.sync_label.setToolTip(tooltip)
        self.sync_label.setVisible(bool(text))

    def _show_conflict_count(self) -> None:
        """The Conflicts entry of the navigation says how many wait: "Conflicts (3)"."""
        from icc_desktop.ui.sync_controller import controller_for

        if "conflicts" not in self.pages or self.context is None:
            return
        count = controller_for(self.context).conflict_count
        item = self.navigation.item(self.pages.row("conflicts"))
        if item is None:
            return
        title = page_registry.page_title("conflicts")  # the page itself may not be built yet
        text = self.tr("%1 (%2)").replace("%1", title).replace("%2", f"{count:,}") if count else title
        if item.text() != text:
            item.setText(text)
            self._fit_navigation()
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("%1, %Ln waiting", "", count).replace("%1", title) if count else title)

    def _show_sync_progress(self, done: int = 0, total: int = 0, text: str = "") -> None:
        from icc_desktop.ui.sync_controller import controller_for

        running = self.context is not None and controller_for(self.context).running
        self.sync_progress.setVisible(running)
        self.sync_cancel.setVisible(running)
        if running:
            self.sync_progress.setRange(0, total)  # 0..0: busy, rows to receive not known ahead
            if total:
                self.sync_progress.setValue(min(done, total))
            if text:
                self.sync_label.setText(text)
                self.sync_label.setVisible(True)

    def _sync_finished(self, report: object) -> None:
        self._show_sync_progress()
        announce(self.sync_label, self.tr("Sync finished"))

    def _sync_failed(self, message: str) -> None:
        self._show_sync_progress()
        style_role(self.sync_label, "error")
        announce(self.sync_label, message, assertive=True)

    def _show_sync_state(self) -> None:
        from icc_desktop.ui.sync_controller import controller_for

        if self.context is not None:
            controller_for(self.context).refresh_status()  # counted in the background

    def sync_now(self) -> None:
        """Sync ▸ Sync now: in the background, progress in the status bar (sign in first if needed)."""
        from icc_desktop.ui.sync_controller import controller_for

        if self.context is not None and not self.is_practice():
            controller_for(self.context).sync_now(self)

    def show_sync_settings(self) -> None:
        """Sync ▸ Sync settings: server, sign in, sign out."""
        from icc_desktop.ui.dialogs.sync_settings import SyncSettingsDialog

        if self.context is not None:
            dialog = SyncSettingsDialog(self.context, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def focus_search(self) -> None:
        """Edit ▸ Find: put the cursor in the search field of the page shown."""
        page = self.current_page()
        if page is None or not page.focus_search():
            self.statusBar().showMessage(self.tr("This page has no list to search."), 4000)

    def new_workshop(self) -> None:
        """File ▸ New workshop: from the overview (which knows the selected city)."""
        overview = self.pages.get("overview")
        if overview is not None:
            self.show_page("overview")
            overview.new_workshop()  # type: ignore[attr-defined]

    # --- files -------------------------------------------------------------------------------

    def _file_filter(self) -> str:
        return self.tr("ICC Workshop databases (*.sqlite *.db);;All files (*)")

    def choose_database(self) -> None:
        """File ▸ Open database: pick a file and open it."""
        start = str(self.context.db.path.parent) if self.context else ""
        from PySide6.QtWidgets import QFileDialog  # the dialogs' classes load when first used

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a database"), start, self._file_filter())
        if path:
            self.open_database(Path(path))

    def choose_new_database(self) -> None:
        """File ▸ New database: pick a new file name and open it (empty, with the reference data)."""
        start = str(self.context.db.path.parent) if self.context else ""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), start, self._file_filter())
        if path:
            target = Path(path)
            if target.suffix == "":
                target = target.with_suffix(".sqlite")
            self.open_database(target)

    def back_up_now(self) -> None:
        """File ▸ Back up now: see `icc_desktop.ui.dialogs.backups`."""
        from icc_desktop.ui.dialogs.backups import back_up_now

        back_up_now(self)

    def restore_from_backup(self) -> None:
        """File ▸ Restore from backup: see `icc_desktop.ui.dialogs.backups`."""
        from icc_desktop.ui.dialogs.backups import restore_from_backup

        restore_from_backup(self)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.databases.recent(self.context.db.path if self.context else None)
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.setEnabled(Path(path).is_file())
            action.triggered.connect(lambda _checked=False, p=path: self.open_database(Path(p)))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No other databases yet"))
            empty.setEnabled(False)

    # --- other ---------------------------------------------------------------------------------

    def show_settings(self) -> None:
        """File ▸ Settings: language and theme, applied at once."""
        from PySide6.QtWidgets import QApplication

        from icc_desktop.ui.dialogs.settings import SettingsDialog
        from icc_desktop.ui.i18n import install_translations
        from icc_desktop.ui.settings import LANGUAGE, THEME
        from icc_desktop.ui.theme import apply_theme

        dialog = SettingsDialog(self.settings, self)
        if not dialog.exec():
            return
        language, theme = dialog.chosen_language(), dialog.chosen_theme()
        if theme != self.settings.get(THEME):
            self.settings.set(THEME, theme)
            apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
        if language != self.settings.get(LANGUAGE):
            self.settings.set(LANGUAGE, language)
            install_translations(language)
            self.rebuild_for_language()

    def rebuild_for_language(self) -> None:
        """Re-create the frame and pages so every text is in the new language (data is re-read)."""
        current = self.current_page()
        page_id = current.page_id if current is not None else "overview"
        self.menuBar().clear()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        for action in self.actions():
            self.removeAction(action)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.navigation.setAccessibleName(self.tr("Steps of the workshop"))
        if self.context is None:
            self._set_data_actions_enabled(False)
            return
        for page in self.pages.built().values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if self.welcome is not None:  # built again, in the new language, when next shown
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        self._build_pages()
        self._set_data_actions_enabled(True)
        self._name_undo_actions()
        if self.room_dock is not None:  # the room panel in the new language
            visible = self.room_dock.isVisible()
            self.removeDockWidget(self.room_dock)
            self.room_dock.deleteLater()
            self.room_dock = None
            if visible:
                self.show_room_panel()
        self._room_changed()
        self.save_label.setText(self.tr("All changes saved"))
        self._workshop_changed(self.context.workshop_id)
        self.show_page(page_id if self.navigation_enabled(page_id) else "overview")

    def show_about(self) -> None:
        """Help ▸ About: version, database and log locations, licences."""
        from icc_desktop.config import log_dir
        from icc_desktop.ui.dialogs.about import AboutDialog

        AboutDialog(self.context.db.path if self.context else None, log_dir(), self).exec()

    def show_welcome(self) -> None:
        """Help ▸ Welcome page; also shown when a database opens with no workshop open."""
        from icc_desktop.ui.pages.welcome import install_welcome, show_welcome

        if self.context is None:
            return
        if self.welcome is None:
            self.welcome = install_welcome(self)
        show_welcome(self, self.welcome)

    def _open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from icc_desktop.config import log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def show_presenter(self) -> None:
        """Open the presenter window (full screen on a second screen when there is one)."""
        if self.context is None:
            return
        from icc_desktop.ui.presenter import open_presenter

        self.presenter = open_presenter(self.context, self)

    # --- the phone room ------------------------------------------------------------------------

    def open_room(self) -> None:
        """Room ▸ Open room: pick the address, start the room, show the panel and the QR code."""
        if self.context is None or self.context.workshop_id is None:
            return
        from icc_desktop.ui.room import OpenRoomDialog, room_controller

        dialog = OpenRoomDialog(self)
        if dialog.exec() != OpenRoomDialog.DialogCode.Accepted:
            return
        host, port = dialog.chosen()
        self.start_room(host, port)
        self.show_presenter()
        presenter = getattr(self, "presenter", None)
        if presenter is not None and room_controller(self.context).is_open:
            presenter.show_view("room")

    def start_room(self, host: str, port: int) -> None:
        """Open the room of the current workshop on host:port and show the room panel."""
        if self.context is None or self.context.workshop_id is None:
            return
        from icc_desktop.ui.room import room_controller

        try:
            room_controller(self.context).open_room(self.context.workshop_id, host, port)
        except IccError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Open room"), str(exc))
            return
        self.show_room_panel()

    def show_room_panel(self) -> None:
        """Show the room panel (a dock at the right of the window)."""
        if self.context is None:
            return
        from icc_desktop.ui.room import RoomPanel, room_controller

        if self.room_dock is None:
            self.room_panel = RoomPanel(self.context)
            self.room_dock = QDockWidget(self.tr("Room"), self)
            self.room_dock.setObjectName("roomDock")
            self.room_dock.setWidget(self.room_panel)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.room_dock)
            room_controller(self.context).sig_room_changed.connect(self._room_changed)
        self.room_dock.show()
        self.room_dock.raise_()
        self._room_changed()

    def _room_changed(self) -> None:
        if self.context is None:
            return
        from icc_desktop.ui.room import room_controller

        self.close_room_action.setEnabled(room_controller(self.context).is_open)

    def close_room(self) -> None:
        """Room ▸ Close room."""
        if self.context is not None:
            from icc_desktop.ui.room import room_controller

            room_controller(self.context).close_room()

    def _toggle_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 — Qt's name
        # Every Tab and Shift+Tab of the window ends here: put the page's chain in reading order
        # first, so controls a reload showed or hid since the page appeared are in their place.
        page = self.current_page()
        focus = QApplication.focusWidget()
        if page is not None and focus is not None and page.isAncestorOf(focus):
            reading_order(page)
        return super().focusNextPrevChild(next)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        if self.context is not None:  # a running sync stops after its current page; nothing is lost
            from icc_desktop.ui.sync_controller import controller_for

            controller_for(self.context).cancel()
        self.workers.wait(10_000)
        if self.context is not None:  # phones are refused from now on; everything they sent is saved
            from icc_desktop.ui.room import room_controller

            room_controller(self.context).close_room(at_once=True)
        presenter = getattr(self, "presenter", None)
        if presenter is not None:  # the projector window goes with the main one
            presenter.close()
        if self.context is not None:
            self.context.db.close()
        super().closeEvent(event)

