"""What every page shares: the open database, the undo stack, the workers, the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from icc_desktop.ui.settings import Settings
from icc_desktop.ui.workers import Workers

if TYPE_CHECKING:  # the store pulls in SQLAlchemy (~0.7 s): the window shows before it loads
    from icc_desktop.store.db import Database


class AppContext(QObject):
    """The open database and the app-wide services a page needs.

    Pages never open sessions: they call `icc_desktop.services` (reads) and
    `icc_desktop.ui.commands` (undoable edits) with `context.db`.
    """

    sig_data_changed = Signal(str)
    """A table's rows changed (its table name); pages showing it reload."""
    sig_workshop_changed = Signal(object)
    """The current workshop changed (its id, or None)."""
    sig_database_changed = Signal()
    """Another database file was opened."""
    sig_undo_refused = Signal(str)
    """An undo or redo was refused (a row it would write was changed since by someone else): why."""

    def __init__(self, db: Database, settings: Settings, workers: Workers | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.workers = workers or Workers()
        self.undo_stack = QUndoStack(self)
        self.open_step: Any = None
        """The undo step being built (`commands.one_step`): edits made meanwhile join it."""
        self.workshop_id: str | None = None

    def set_workshop(self, workshop_id: str | None) -> None:
        """Make a workshop the current one (None: no workshop open)."""
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            self.sig_workshop_changed.emit(workshop_id)

    def set_database(self, db: Database) -> None:
        """Switch to another database file: the old one is closed, undo history cleared."""
        old = self.db
        self.db = db
        self.undo_stack.clear()
        self.workshop_id = None
        old.close()
        self.sig_database_changed.emit()
        self.sig_workshop_changed.emit(None)
