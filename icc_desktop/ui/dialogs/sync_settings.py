"""The sync settings dialog: the server's address, the user, signing in and out.

Signing in and out talk to the network, so they run in the background; the dialog stays
responsive and says clearly what went wrong (wrong password, server unreachable, plain HTTP to
another machine, a server speaking another protocol version). The password is never stored: the
token the server gives back is kept in the system keyring, or where there is none in a file
only this user can read (`icc_desktop.sync.tokens`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.ui.announce import announce
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import set_invalid, set_role
from icc_desktop.ui.settings import SYNC_ALLOW_HTTP
from icc_desktop.ui.sync_controller import controller_for


class SyncSettingsDialog(QDialog):
    """Set up sync for the open database: sign in to a server, or sign out."""

    sig_signed_in = Signal(str)
    """Signed in; where the token is kept ("keyring" or a file path)."""
    sig_signed_out = Signal()
    """Signed out (the token is gone from this machine)."""
    sig_failed = Signal(str)
    """Signing in or out failed; the message shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, sync_after: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.sync_after = sync_after
        """Opened by Sync now while signed out: once signed in, close and sync."""
        self.busy = False
        """A sign-in or sign-out of this dialog is under way."""
        self._operation = ""
        self.setWindowTitle(self.tr("Sync settings"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr(
            "Sync is optional: the app works fully offline. Signed in, this database exchanges "
            "its workshops with the programme's server when you choose Sync now."))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("https://sync.example.org"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.allow_http = QCheckBox(self.tr("Allow unencrypted &HTTP (trusted networks only)"))
        self.allow_http.setToolTip(self.tr(
            "Plain http:// sends your password and data unencrypted. It is always allowed to this "
            "computer (localhost); allow it for another computer only on a network you trust."))
        self.allow_http.setChecked(bool(context.settings.get(SYNC_ALLOW_HTTP)))
        form = QFormLayout()
        form.addRow(self.tr("&Server address"), self.server)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.allow_http)
        for field in (self.server, self.user, self.password):
            # The red frame of a refused entry (a style sheet) must not shrink the field.
            field.setMinimumHeight(field.sizeHint().height())
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                field.setAccessibleName(label.text().replace("&", ""))

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setAccessibleName(self.tr("Sign-in state"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Room for a three-line message is kept from the start: messages coming and going never
        # move or squeeze the fields (a click meant for Password must not land in User name).
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3 + 4)

        self.sign_in_button = QPushButton(self.tr("Sign &in"))
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.clicked.connect(self.sign_out)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        # Enter signs in: only Sign in may be the default (an auto-default Close took Enter and
        # dropped what was typed).
        for button in (self.close_button, self.sign_out_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.sign_in_button.setAutoDefault(True)
        self.sign_in_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for field in (self.server, self.user, self.password):
            field.textEdited.connect(self._clear_message)
        # The controller runs the work and outlives the dialog: the status bar and the sync page
        # follow a sign-in even when the dialog was closed before it ended.
        self.controller = controller_for(context)
        self.controller.sig_account_done.connect(self._account_done)
        self.load()

    # --- showing the state --------------------------------------------------------------------

    def load(self) -> None:
        """Fill in the database's server and user, and say whether they are signed in."""
        from icc_desktop.sync import account

        current = account.account(self.context.db)
        if current.server_url and not self.server.text():
            self.server.setText(current.server_url)
        if current.username and not self.user.text():
            self.user.setText(current.username)
        if current.signed_in:
            self.state.setText(self.tr("Signed in as %1 on %2.").replace("%1", current.username or "")
                               .replace("%2", current.server_url or ""))
        elif current.server_url:
            self.state.setText(self.tr("Signed out of %1. Enter your password to sign in again.")
                               .replace("%1", current.server_url))
        else:
            self.state.setText(self.tr("Not set up: enter the server address and your account."))
        self.sign_out_button.setEnabled(current.signed_in and not self.busy)
        self.sign_in_button.setEnabled(not self.busy)
        self.sign_in_button.setDefault(True)  # disabling it while busy may have moved the default
        if not self.server.text():
            self.server.setFocus()
        elif not self.user.text():
            self.user.setFocus()
        else:
            self.password.setFocus()

    def _show_message(self, text: str, error: bool) -> None:
        set_role(self.message, "error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self._grow_to_fit()
        if text:
            announce(self.message, text, assertive=error)

    def _grow_to_fit(self) -> None:
        """Grow the dialog for a long message rather than squeeze the fields above it."""
        layout = self.layout()
        if layout is None:  # not built yet
            return
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _clear_message(self) -> None:
        self._show_message("", False)
        for field in (self.server, self.user, self.password):
            set_invalid(field, False)

    def _busy(self, text: str) -> None:
        self.busy = True
        self._show_message(text, False)
        for widget in (self.sign_in_button, self.sign_out_button, self.server, self.user,
                       self.password, self.allow_http):
            widget.setEnabled(False)

    def _idle(self) -> None:
        self.busy = False
        for widget in (self.server, self.user, self.password, self.allow_http):
            widget.setEnabled(True)
        self.load()

    # --- signing in and out ------------------------------------------------------------------

    def _account_done(self, operation: str, outcome: Any) -> None:
        if not self.busy or operation != self._operation:
            return  # another dialog's work
        if operation == "sign_in":
            self._sign_in_failed(outcome) if isinstance(outcome, BaseException) else self._signed_in(outcome)
        else:
            self._sign_out_failed(outcome) if isinstance(outcome, BaseException) else self._signed_out(outcome)

    def sign_in(self) -> bool:
        """Sign in with what is entered (in the background); False if something is missing."""
        from icc_desktop.sync import account

        if self.busy:
            return False
        self._clear_message()
        missing = [(field, text) for field, text in (
            (self.server, self.tr("Enter the server address, e.g. https://sync.example.org.")),
            (self.user, self.tr("Enter your user name on the sync server.")),
            (self.password, self.tr("Enter your password.")),
        ) if not field.text().strip()]
        if missing:
            set_invalid(missing[0][0], True)
            missing[0][0].setFocus()
            self._show_message(missing[0][1], True)
            return False
        db, url, user = self.context.db, self.server.text().strip(), self.user.text().strip()
        password, allow = self.password.text(), self.allow_http.isChecked()
        self._busy(self.tr("Signing in…"))
        self._operation = "sign_in"
        self.controller.run_account_work(
            "sign_in", lambda: account.sign_in(db, url, user, password, allow_insecure_http=allow))
        return True

    def _signed_in(self, where: Any) -> None:
        self.context.settings.set(SYNC_ALLOW_HTTP, self.allow_http.isChecked())
        self.password.clear()
        self._idle()
        if where == "keyring":
            text = self.tr("Signed in. Your sign-in is kept in the system keyring; the password is not stored.")
        else:
            text = self.tr("Signed in. Your sign-in is kept in a file only you can read (%1); "
                           "the password is not stored.").replace("%1", str(where))
        self._show_message(text, False)
        self.sig_signed_in.emit(str(where))
        if self.sync_after:  # opened by Sync now: go on to what the user asked for
            parent = self.parentWidget()
            self.accept()
            self.controller.sync_now(parent)

    def _sign_in_failed(self, exc: BaseException) -> None:
        from icc_desktop.errors import IccError
        from icc_desktop.sync.client import InsecureServerError, SyncAuthError, SyncConnectionError

        self._idle()
        if isinstance(exc, SyncAuthError):
            field, text = self.password, self.tr("Could not sign in: %1").replace("%1", str(exc))
        elif isinstance(exc, SyncConnectionError):
            field, text = self.server, self.tr(
                "Cannot reach the server. Check the address and your network connection; "
                "you can go on working offline.") + "\n" + str(exc)
        elif isinstance(exc, InsecureServerError):
            field, text = self.server, str(exc)
        elif isinstance(exc, IccError):
            field, text = self.server, self.tr("Could not sign in: %1").replace("%1", str(exc))
        else:
            field, text = self.server, self.tr("Could not sign in: an unexpected error (%1).").replace(
                "%1", type(exc).__name__)
        set_invalid(field, True)
        field.setFocus()
        if field is self.password:
            self.password.selectAll()
        self._show_message(text, True)
        self.sig_failed.emit(text)

    def sign_out(self) -> bool:
        """Forget the token here and revoke it on the server when it can be reached (in the
        background); False if a sign-in or sign-out is already under way."""
        from icc_desktop.sync import account

        if self.busy:
            return False
        self._clear_message()
        db, allow = self.context.db, bool(self.context.settings.get(SYNC_ALLOW_HTTP))
        self._busy(self.tr("Signing out…"))
        self._operation = "sign_out"
        self.controller.run_account_work("sign_out", lambda: account.sign_out(db, allow_insecure_http=allow))
        return True

    def _signed_out(self, revoked: Any) -> None:
        self._idle()
        if revoked:
            self._show_message(self.tr("Signed out. The sign-in was removed from this computer and revoked on the server."), False)
        else:
            self._show_message(self.tr("Signed out. The sign-in was removed from this computer (the server "
                                       "could not be told; it expires there by itself)."), False)
        self.sig_signed_out.emit()

    def _sign_out_failed(self, exc: BaseException) -> None:
        self._idle()
        text = self.tr("Could not sign out: %1").replace("%1", str(exc))
        self._show_message(text, True)
        self.sig_failed.emit(text)
