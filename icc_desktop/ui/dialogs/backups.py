"""File ▸ Back up now… and File ▸ Restore from backup…: the CLI's `backup`/`restore` in the window.

Both run `icc_desktop.store.backup` in the background. A restore checks the chosen file before
asking anything, says plainly that the current data is replaced (after a safety backup), and
then reopens the database through `AppContext.set_database`, which clears the undo stack: the
edits it holds belong to data that is gone.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import IccError
from icc_desktop.ui.i18n import date_time_text
from icc_desktop.ui.workers import Task

if TYPE_CHECKING:
    from icc_desktop.store.db import Database
    from icc_desktop.ui.main_window import MainWindow

_STAMP = re.compile(r"-(\d{8}-\d{6})-\d+-([a-z-]+)\.sqlite$")
"""The automatic backups' names: <db stem>-YYYYMMDD-HHMMSS-micro-<reason>.sqlite (store.backup)."""

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # context "Backups": these texts live outside any widget


def _reason_label(reason: str) -> str:
    labels = {
        "manual": translate("Backups", "Backed up by hand"),
        "before-restore": translate("Backups", "Before a restore"),
        "before-upgrade": translate("Backups", "Before an upgrade"),
    }
    return labels.get(reason, reason)


def backup_time(path: Path) -> datetime:
    """When a backup was made: from its automatic name, else the file's modification time."""
    match = _STAMP.search(path.name)
    if match:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    return datetime.fromtimestamp(path.stat().st_mtime)


def format_when(moment: datetime) -> str:
    """A backup's date and time in the user's locale (short form)."""
    return date_time_text(moment)


class BackupListModel(QAbstractTableModel):
    """The rotated backups of a database, newest first: date and time, kind, size."""

    COLUMNS = ("when", "kind", "size")

    def __init__(self, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = list(files)
        self._rows: list[tuple[str, str, str]] = []
        locale = QLocale()
        for path in self.files:
            when = backup_time(path)
            match = _STAMP.search(path.name)
            kind = _reason_label(match.group(2)) if match else ""
            try:
                size = locale.formattedDataSize(path.stat().st_size)
            except OSError:  # rotated away meanwhile: the row stays, restoring it says so
                size = ""
            self._rows.append((format_when(when), kind, size))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        """One row per backup file (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        """Date and time, kind, size."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text; the full path as tooltip; sizes right-aligned."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(self.files[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            titles = (translate("Backups", "Date and time"), translate("Backups", "Kind"),
                      translate("Backups", "Size"))
            return titles[section]
        return None


class RestoreDialog(QDialog):
    """Pick a backup to restore: one of the automatic backups, or any other file."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from icc_desktop.config import backup_dir_for
        from icc_desktop.store.backup import list_backups

        self.db_path = db_path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        self.model = BackupListModel(list_backups(db_path), self)
        folder = backup_dir_for(db_path)
        if self.model.files:
            text = self.tr("Backups of {name} in {folder}, newest first:").format(
                name=db_path.name, folder=folder)
        else:
            text = self.tr("There are no backups of {name} in {folder} yet. Choose another file.").format(
                name=db_path.name, folder=folder)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(self.tr("&Other file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self.choose_other_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        if self.model.files:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.model.files[rows[0].row()]
            self.accept()

    def choose_other_file(self) -> None:
        """Other file…: any backup file, e.g. one made with `icc-desktop backup -o` or copied in."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(self.db_path.parent),
            self.tr("ICC Workshop databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()


def default_backup_path(db_path: Path) -> Path:
    """Where Back up now… proposes to write: the automatic backups folder, named like its backups."""
    from icc_desktop.config import backup_dir_for

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir_for(db_path) / f"{db_path.stem}-{stamp}-manual.sqlite"


def back_up_now(window: MainWindow) -> Task | None:
    """File ▸ Back up now…: pick where (the backups folder by default), copy in the background."""
    if window.context is None:
        return None
    db_path = window.context.db.path
    proposed = default_backup_path(db_path)
    proposed.parent.mkdir(parents=True, exist_ok=True)
    path, _ = QFileDialog.getSaveFileName(
        window, translate("Backups", "Back up the database"), str(proposed),
        translate("Backups", "ICC Workshop databases (*.sqlite *.db);;All files (*)"))
    if not path:
        return None
    dest = Path(path)
    if dest.suffix == "":
        dest = dest.with_suffix(".sqlite")

    def work(task: Task) -> Path:
        from icc_desktop.store.backup import backup_database

        task.progress(0, 0, translate("Backups", "Backing up to {path}…").format(path=str(dest)))
        return backup_database(db_path, dest)

    def done(written: Path) -> None:
        text = translate("Backups", "Backed up to {path}").format(path=str(written))
        window.statusBar().showMessage(text, 15_000)

    def failed(exc: BaseException) -> None:
        fallback = translate("Backups", "The backup failed because of an unexpected error; "
                                        "the details are in the log file.")
        QMessageBox.warning(window, translate("Backups", "Backup failed"), _error_text(exc, fallback))

    return window.workers.start(work, on_result=done, on_error=failed, on_progress=_status_progress(window))


def _error_text(exc: BaseException, fallback: str) -> str:
    return str(exc) if isinstance(exc, IccError) else fallback


def _status_progress(window: MainWindow) -> Any:
    """Progress texts of the background work go to the status bar."""
    return lambda _done, _total, text: window.statusBar().showMessage(text)


def restore_from_backup(window: MainWindow) -> Task | None:
    """File ▸ Restore from backup…: choose, check, confirm, restore in the background, reopen."""
    from icc_desktop.errors import BackupError
    from icc_desktop.store.backup import check_backup
    from icc_desktop.ui.sync_controller import controller_for

    context = window.context
    if context is None:
        return None
    if controller_for(context).running:  # a sync writing into the file being replaced
        QMessageBox.information(window, translate("Backups", "Restore from backup"), translate(
            "Backups", "A sync is running. Wait until it ends, then restore the backup."))
        return None
    db_path = context.db.path
    dialog = RestoreDialog(db_path, window)
    if not dialog.exec() or dialog.chosen is None:
        return None
    chosen = dialog.chosen
    try:
        check_backup(chosen)  # before the question: a wrong file is refused with nothing changed
    except BackupError as exc:
        QMessageBox.warning(window, translate("Backups", "Cannot restore this file"),
                            str(exc) + "\n\n" + translate("Backups", "Nothing was changed."))
        return None
    when = format_when(backup_time(chosen))
    question = translate("Backups", "All the data now in {name} will be replaced by the backup from {when}. "
                                    "Edits made since then are lost, and the undo history is cleared.\n\n"
                                    "A backup of the current data is taken first, so this restore can "
                                    "itself be undone from this menu.")
    answer = QMessageBox.warning(
        window, translate("Backups", "Replace the current data?"), question.format(name=db_path.name, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return None

    def work(task: Task) -> tuple[Database, Path | None]:
        from icc_desktop.store.backup import restore_database
        from icc_desktop.store.db import Database

        task.progress(0, 0, translate("Backups", "Restoring {name}…").format(name=chosen.name))
        safety = restore_database(db_path, chosen)
        return Database.open(db_path), safety  # migrates an older backup to the current schema

    def done(result: tuple[Database, Path | None]) -> None:
        db, safety = result
        window.attach_database(db)  # AppContext.set_database: old one closed, undo stack cleared
        message = translate("Backups", "Restored the backup from {when}.").format(when=when)
        if safety is not None:
            saved = translate("Backups", "The previous data was saved as {path}.")
            message += " " + saved.format(path=str(safety))
        window.statusBar().showMessage(message, 20_000)

    def failed(exc: BaseException) -> None:
        fallback = translate("Backups", "The restore failed because of an unexpected error; "
                                        "the details are in the log file.")
        QMessageBox.warning(window, translate("Backups", "Restore failed"), _error_text(exc, fallback))

    return window.workers.start(work, on_result=done, on_error=failed, on_progress=_status_progress(window))
