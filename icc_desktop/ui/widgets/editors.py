"""Cell editors for `RecordTableModel` columns, chosen by the column's kind.

`ColumnDelegate` opens a line edit for text, money, levels and numbers (the model parses and
validates what was typed, so a refused value keeps its message), a combo box for choices, a
month picker for months, a date picker for dates and a spin box for counts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from icc_desktop.ui.models.records import Column, RecordTableModel

NO_DATE = QDate(1900, 1, 1)
"""The minimum of the date pickers, shown as "–": no date."""


class MonthEdit(QDateEdit):
    """A month picker: month and year only (the day is always the 1st); empty is allowed."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.setDisplayFormat("MMM yyyy")
        self.setCalendarPopup(False)
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("–")
        self.setCurrentSection(QDateEdit.Section.MonthSection)

    def set_month(self, value: Any) -> None:
        """Show a month (a date or None)."""
        if value is None:
            self.setDate(self.minimumDate())
        else:
            self.setDate(QDate(value.year, value.month, 1))
        self.setCurrentSection(QDateEdit.Section.MonthSection)

    def month(self) -> QDate | None:
        """The month picked (its first day), or None when empty."""
        date = self.date()
        if date == NO_DATE and self.specialValueText():
            return None
        return QDate(date.year(), date.month(), 1)


class DateEdit(QDateEdit):
    """A date picker with a calendar; empty is allowed ("–")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
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


def source_of(index: QModelIndex) -> tuple[RecordTableModel | None, QModelIndex]:
    """The record model behind an index seen through proxies, and the index in it."""
    model: QAbstractItemModel | None = index.model()
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return (model if isinstance(model, RecordTableModel) else None), index


class ColumnDelegate(QStyledItemDelegate):
    """Opens the editor a column's kind calls for (see the module docstring)."""

    def _column(self, index: QModelIndex) -> tuple[RecordTableModel | None, Column | None]:
        model, source = source_of(index)
        if model is None or not 0 <= source.column() < len(model.columns):
            return None, None
        return model, model.columns[source.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
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
            editor = MonthEdit(parent, optional=column.optional)
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

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
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

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
        elif isinstance(editor, MonthEdit):
            value = editor.month()
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
