"""What the user sees when something unexpected goes wrong: a plain message, where the log is,
and a button that copies the details (to paste into an e-mail to support). Nothing is sent."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icc_desktop import APP_NAME, __version__
from icc_desktop.errors import IccError

log = logging.getLogger("icc_desktop.ui")


class CrashDialog(QDialog):
    """Says that something went wrong, that nothing typed before was lost, and where the log is."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        message = QLabel(self.tr(
            "ICC Workshop ran into a problem it did not expect. Everything saved before this moment "
            "is safe in the database. You can keep working; if the problem comes back, send the "
            "details below to your support contact."))
        message.setWordWrap(True)
        where = QLabel(self.tr("The details are also in the log file:\n{path}").format(
            path=str(log_path) if log_path else self.tr("(no log file)")))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QPlainTextEdit(details)
        box.setReadOnly(True)
        box.setMaximumHeight(160)
        box.setAccessibleName(self.tr("Error details"))
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(where)
        layout.addWidget(box)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def crash_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a support person needs: app version, platform, Qt version and the traceback."""
    from PySide6 import __version__ as pyside_version

    head = f"{APP_NAME} {__version__} · Python {sys.version.split()[0]} · PySide6 {pyside_version} · {sys.platform}"
    return head + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))


def install_excepthook(log_path: Path | None, show: Callable[[str, Path | None], None] | None = None) -> None:
    """Route uncaught exceptions (e.g. raised inside a slot) to the log and a `CrashDialog`.

    A user-facing `IccError` gets a plain message box instead: it is not a crash.
    """

    def show_dialog(details: str, path: Path | None) -> None:
        CrashDialog(details, path, QApplication.activeWindow()).exec()

    shower = show or show_dialog
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, IccError):
            from PySide6.QtWidgets import QMessageBox

            from icc_desktop.ui.problems import error_text

            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, error_text(exc))
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if showing or QApplication.instance() is None:  # an error inside the dialog: log only
            return
        showing = True
        try:
            shower(crash_details(exc_type, exc, tb), log_path)
        finally:
            showing = False

    sys.excepthook = hook
