"""Which database the window shows: opening one in the background, recent files, the last workshop.

`MainWindow` keeps the widgets (the notice, the progress bar, the file dialogs); this controller
keeps the rest, like `ui/sync_controller.py` does for sync: it opens a file on the worker pool
(`Database.open` may migrate and back up), remembers the recent files and which workshop was
open in which file, and tells the practice database (the demo) apart from the user's own.
Backups and restores are `ui/dialogs/backups.py`, which reopens the restored file through here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from icc_desktop.errors import IccError
from icc_desktop.ui.settings import LAST_DATABASE, LAST_WORKSHOP, RECENT_DATABASES, Settings
from icc_desktop.ui.workers import Task, Workers

if TYPE_CHECKING:
    from icc_desktop.store.db import Database

DEMO_DATABASE_NAME = "demo.sqlite"
"""The practice database's file name, in the user data folder."""


def demo_database_path() -> Path:
    """The practice database of the demo workshop, in the user data folder.

    The demo gets a file of its own so that practising never mixes invented people and votes
    into a database with real workshops (which may be synced to the central server).
    """
    from icc_desktop import config

    return config.data_dir() / DEMO_DATABASE_NAME


def is_practice_database(path: Path | str) -> bool:
    """Whether a file is the practice (demo) database: shown with a banner, never synced."""
    try:
        return Path(path).resolve() == demo_database_path().resolve()
    except OSError:
        return False


class DatabaseController(QObject):
    """Opens databases for one window and remembers what was open (recent files, last workshop)."""

    sig_opening = Signal(str)
    """A file started opening (its path)."""
    sig_progress = Signal(int, int, str)
    """Opening progress: done, total (0: unknown), what is happening."""
    sig_opened = Signal(object)
    """A database finished opening (the `Database`)."""
    sig_failed = Signal(str)
    """Opening failed, with the message to show (what was open stays open)."""
    sig_finished = Signal()
    """Opening ended, opened or not."""
    sig_damaged = Signal(str)
    """The full integrity check, run after the window showed the file, found it damaged (the message)."""

    def __init__(self, settings: Settings, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.workers = workers
        self.opening: Task | None = None

    def open(self, path: Path, prepare: Callable[[Database, Task], Any] | None = None) -> Task:
        """Open `path` on the worker pool; `prepare(db, task)` runs there after opening."""
        opening = self.tr("Opening {name}…").format(name=path.name)

        def work(task: Task) -> Database:
            from icc_desktop.store.db import Database
            from icc_desktop.store.fileinfo import closed_cleanly

            task.progress(0, 0, opening)
            # The full check (it reads the whole file) waits until the window shows the data, and
            # runs at all only when this app did not close the file cleanly itself (a crash, a
            # power cut, another program): see `check_in_background`.
            unclean = path.is_file() and not closed_cleanly(path)
            db = Database.open(path, check=False)
            db.check_pending = unclean
            if prepare is not None:
                try:
                    prepare(db, task)
                except BaseException:
                    db.close()
                    raise
            return db

        self.sig_opening.emit(str(path))
        self.opening = self.workers.start(work, on_result=self._opened, on_error=self._failed,
                                          on_progress=self.sig_progress.emit)
        self.opening.sig_finished.connect(self._finished)
        return self.opening

    def _opened(self, db: Database) -> None:
        self.settings.add_recent_database(str(db.path))
        self.sig_opened.emit(db)
        if db.check_pending:  # after the window has painted the file's page: it never waits for the check
            QTimer.singleShot(0, self, lambda: self.check_in_background(db))

    def check_in_background(self, db: Database) -> Task:
        """Run the full integrity check (`PRAGMA quick_check`, read only) on the worker pool; a
        damaged file is reported through `sig_damaged`. The window is up and showing the data
        meanwhile: the check never delays the first paint or the overview."""
        from icc_desktop.errors import DatabaseDamagedError

        def work(_task: Task) -> None:
            from icc_desktop.store.fileinfo import check_file

            check_file(db.path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DatabaseDamagedError):
                self.sig_damaged.emit(str(exc))
            else:
                self._failed(exc)

        return self.workers.start(work, on_error=failed)

    def _failed(self, exc: BaseException) -> None:
        self.sig_failed.emit(str(exc) if isinstance(exc, IccError) else self.tr(
            "The database could not be opened because of an unexpected error; the details are in the log file."))

    def _finished(self) -> None:
        self.opening = None
        self.sig_finished.emit()

    # --- what was open ---------------------------------------------------------------------

    def recent(self, current: Path | str | None) -> list[str]:
        """The recent database files, newest first, without the one open now."""
        return [p for p in self.settings.get(RECENT_DATABASES) if p != (str(current) if current else None)]

    def start_path(self, default: Path) -> Path:
        """The file to open at start-up: the one the last workshop was in, while it exists, else `default`."""
        last = self.settings.get(LAST_DATABASE)
        if last and Path(last).is_file():
            return Path(last)
        return default

    def remember_workshop(self, db: Database, workshop_id: str | None) -> None:
        """Remember the open workshop and its file, so the next start reopens both."""
        self.settings.set(LAST_WORKSHOP, workshop_id or "")
        self.settings.set(LAST_DATABASE, str(db.path))

    def workshop_to_reopen(self, db: Database) -> str | None:
        """The workshop last open in this file, if it is still there."""
        from icc_desktop.errors import NotFoundError
        from icc_desktop.services.lookups import get_workshop

        last = self.settings.get(LAST_WORKSHOP)
        known = self.settings.get(LAST_DATABASE)
        if not last or (known and not _same_file(known, db.path)):
            return None
        try:
            get_workshop(db, last)
        except NotFoundError:
            return None
        return str(last)


def _same_file(a: Path | str, b: Path | str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return str(a) == str(b)
