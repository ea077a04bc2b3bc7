"""Cell editors for `RecordTableModel` columns, chosen by the column's kind.

`ColumnDelegate` opens a line edit for text, money, levels and numbers (the model parses and
validates what was typed, so a refused value keeps its message), a combo box for choices, a
month field for months (typed in the UI language, or stepped with Up/Down), a date picker for dates and a spin box for counts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from icc_desktop.ui.i18n import date_format, month_text
from icc_desktop.ui.models.records import Column, Index, RecordTableModel, parse_month

NO_DATE = QDate(1900, 1, 1)
"""The minimum of the date pickers, shown as "–": no date."""


class MonthEdit(QLineEdit):
    """A month field: type "Jun 2027", "juin 2027", "06/2027"..., or step with Up/Down.

    Typed text is read by `parse_month` (month names of the UI language) when the edit is
    committed, however it is committed (Enter, Tab, a click elsewhere): the model refuses text
    that is no month with a message. Up/Down (and Page Up/Down, a year) step from the month
    shown, or from `anchor` (the workshop's month) in an empty cell; empty is allowed unless
    the column is required.
    """

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True,
                 anchor: dt.date | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.anchor = (anchor or dt.date.today()).replace(day=1)
        self.setPlaceholderText(month_text(self.anchor))

    def set_month(self, value: Any) -> None:
        """Show a month (a date or None)."""
        self.setText(month_text(value) if value is not None else "")
        self.selectAll()

    def month(self) -> QDate | None:
        """The month typed (its first day), None when empty; ValueError for text that is no month."""
        value = parse_month(self.text())
        return None if value is None else QDate(value.year, value.month, 1)

    def value(self) -> Any:
        """What the delegate hands the model: the month, or the text as typed when it is no month
        (the model then refuses it with its message)."""
        try:
            return self.month()
        except ValueError:
            return self.text()

    def step_months(self, months: int) -> None:
        """Move the month shown by `months` (from the anchor when empty or unreadable)."""
        try:
            current = parse_month(self.text())
        except ValueError:
            current = None
        if current is None:
            current = self.anchor
        else:
            total = current.year * 12 + current.month - 1 + months
            current = dt.date(total // 12, total % 12 + 1, 1)
        self.setText(month_text(current))
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 12, Qt.Key.Key_PageDown: -12}
        if event.key() in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            empty = not self.text().strip()
            self.step_months(0 if empty else steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class DateEdit(QDateEdit):
    """A date picker with a calendar; empty is allowed ("–")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("–")

    def set_value(self, value: Any) -> None:
        """Show a date (or None)."""
        if value is None:
            self.setDate(NO_DATE)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> QDate | None:
        """The date picked, or None when empty."""
        return None if self.date() == NO_DATE else self.date()


def source_of(index: Index) -> tuple[RecordTableModel | None, Index]:
    """The record model behind an index seen through proxies, and the index in it."""
    model: QAbstractItemModel | None = index.model()
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return (model if isinstance(model, RecordTableModel) else None), index


class ColumnDelegate(QStyledItemDelegate):
    """Opens the editor a column's kind calls for (see the module docstring)."""

    def _column(self, index: Index) -> tuple[RecordTableModel | None, Column | None]:
        model, source = source_of(index)
        if model is None or not 0 <= source.column() < len(model.columns):
            return None, None
        return model, model.columns[source.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        model, column = self._column(index)
        if model is None or column is None:
            return super().createEditor(parent, option, index)
        editor: QWidget
        if column.kind == "choice":
            combo = QComboBox(parent)
            if column.optional:
                combo.addItem("–", None)
            for value, label in model.choices.get(column.key, []):
                combo.addItem(label, value)
            editor = combo
        elif column.kind == "month":
            editor = MonthEdit(parent, optional=column.optional, anchor=model.month_anchor)
        elif column.kind == "date":
            editor = DateEdit(parent)
        elif column.kind == "count":
            spin = QSpinBox(parent)
            spin.setRange(0, column.maximum)
            editor = spin
        else:
            line = QLineEdit(parent)
            line.setFrame(False)
            editor = line
        editor.setAccessibleName(model.headerData(model.column_number(column.key), Qt.Orientation.Horizontal))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            if position < 0 and value is not None:  # a code no longer in the list: keep it selectable
                editor.addItem(str(value), value)
                position = editor.count() - 1
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, MonthEdit):
            editor.set_month(value)
        elif isinstance(editor, DateEdit):
            editor.set_value(value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
        elif isinstance(editor, MonthEdit):
            value = editor.value()
        elif isinstance(editor, DateEdit):
            value = editor.value()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)
