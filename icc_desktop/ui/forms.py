"""Small building blocks the shell's pages share: page headers, search fields, field errors.

Everything here is a plain function or a leaf class; their strings come from the caller, so the
translation context stays the caller's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.ui.announce import announce
from icc_desktop.ui.theme import style_invalid, style_role


def set_role(widget: QWidget, role: str) -> None:
    """Give a label the look of its role: "pageTitle", "sectionTitle", "hint", "error", "banner", "counts"."""
    style_role(widget, role)


def page_header(title: str, hint: str = "") -> tuple[QWidget, QLabel, QLabel]:
    """A page's big title and a one-line hint under it; returns (widget, title, hint) labels."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    title_label = QLabel(title)
    set_role(title_label, "pageTitle")
    title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    hint_label = QLabel(hint)
    set_role(hint_label, "hint")
    hint_label.setWordWrap(True)
    layout.addWidget(title_label)
    layout.addWidget(hint_label)
    return box, title_label, hint_label


def search_field(placeholder: str, accessible_name: str) -> QLineEdit:
    """A search box with a clear button."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(240)
    return field


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as holding a refused entry (a red frame)."""
    style_invalid(widget, invalid)


class FieldError(QLabel):
    """The message shown under a field whose entry was refused; hidden while there is none."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        set_role(self, "error")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show why the entry was refused."""
        self.setText(text)
        self.setVisible(bool(text))
        set_invalid(self.field, bool(text))
        self.field.setToolTip(text)
        self.field.setAccessibleDescription(text)  # read with the field when it gets the focus
        if text:
            announce(self, text, assertive=True)  # a refusal interrupts the screen reader

    def clear_message(self) -> None:
        """The entry is fine (again)."""
        self.show_message("")


def with_error(field: QWidget) -> tuple[QWidget, FieldError]:
    """`field` with its error label under it, as one widget for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    error = FieldError(field)
    layout.addWidget(field)
    layout.addWidget(error)
    return box, error


def row_of(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    """Widgets side by side."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if not stretch_last:
        layout.addStretch(1)
    return box


def tab_chain(owner: QWidget, *widgets: QWidget) -> None:
    """Make Tab go through `widgets` in this order (they belong to `owner`'s window)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        owner.setTabOrder(first, second)


def captioned(section: QWidget, caption: QWidget, body: QWidget) -> QVBoxLayout:
    """Lay `section` out as a caption over a body that takes the height, without margins."""
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(caption)
    layout.addWidget(body, 1)
    return layout


class NotesEdit(QPlainTextEdit):
    """A multi-line text field that commits when it loses focus (like a line edit's editingFinished)."""

    sig_committed = Signal()
    """The user left the field (its text may have changed)."""

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.sig_committed.emit()
