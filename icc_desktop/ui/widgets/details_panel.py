"""The less-used fields of a table's current row, edited in a panel beside the table.

A laptop's 1366 pixels do not hold every column of a need, an action or a participant; scrolling
sideways hides the name of the row being edited. The table keeps its main columns; the others
are hidden there and shown here for the current row, with the editors the table itself would
open (its item delegate) and saved the same way (the delegate's `setModelData`, so the same
parsing, validation, undo step and refusal message). Check-box columns get a check box.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.ui.forms import set_role


class DetailsPanel(QFrame):
    """Editors for some columns of the current row of `view` (those columns are hidden in it)."""

    def __init__(self, view: QTableView, columns: list[int], title: str, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.columns = columns
        self.editors: dict[int, QWidget] = {}
        self._row: QPersistentModelIndex | None = None
        self._filling = False
        self._choices: object = None
        self._settled: dict[int, str] = {}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.heading = QLabel(title)
        set_role(self.heading, "sectionTitle")
        self.heading.setWordWrap(True)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the panel is narrow
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.form)
        layout.addStretch(1)
        for column in columns:
            view.setColumnHidden(column, True)
        view.details_panel = self  # type: ignore[attr-defined]  # refusals are shown beside its editors
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        model = view.model()
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self._current_changed)
        model.layoutChanged.connect(self._current_changed)
        self._current_changed()

    # --- which row ---------------------------------------------------------------------------

    def current(self) -> QModelIndex:
        """The row shown (an index of its first column), invalid when there is none."""
        row = self._row
        return row.sibling(row.row(), row.column()) if row is not None and row.isValid() else QModelIndex()

    def _current_changed(self, *_args: object) -> None:
        index = self.view.currentIndex()
        row = index.sibling(index.row(), 0) if index.isValid() else QModelIndex()
        if self._row is not None and self._row.isValid() and row.isValid() and self._row == row \
                and self.editors:
            self._refresh()
            return
        self._row = QPersistentModelIndex(row) if row.isValid() else None
        self._build()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        row = self.current()
        if row.isValid() and top_left.row() <= row.row() <= bottom_right.row():
            self._refresh()

    def _refresh(self) -> None:
        # Editors are made again when a combo's choices changed (a need added, an objective
        # renamed), unless the user is in one of them; otherwise only their values are updated.
        if self._choices_signature() != self._choices and not any(
                self._typing(c, e) for c, e in self.editors.items()):
            self._build()
        else:
            self._fill()

    def _choices_signature(self) -> object:
        """What the combo editors offer now (a `RecordTableModel`'s choices for these columns)."""
        from icc_desktop.ui.widgets.editors import source_of

        model, _index = source_of(self.view.model().index(0, 0))
        if model is None:
            return None
        keys = [model.columns[c].key for c in self.columns if c < len(model.columns)]
        return [list(model.choices.get(key, [])) for key in keys]

    # --- editors -----------------------------------------------------------------------------

    def _build(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self._choices = self._choices_signature()
        row = self.current()
        self.empty.setVisible(not row.isValid())
        if not row.isValid():
            return
        model = self.view.model()
        for column in self.columns:
            index = row.sibling(row.row(), column)
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            editor = self._editor_for(index)
            editor.setAccessibleName(header)
            self.editors[column] = editor
            self.form.addRow(header, editor)
        # Editors made now would come last in the window's Tab order: put them right after the
        # table they belong to, where reading order has them (the panel stands beside it).
        previous: QWidget = self.view
        for editor in self.editors.values():
            QWidget.setTabOrder(previous, editor)
            previous = editor
        self._fill()

    def _editor_for(self, index: QModelIndex) -> QWidget:
        flags = index.flags()
        column = index.column()
        if flags & Qt.ItemFlag.ItemIsUserCheckable:
            box = QCheckBox(self)
            box.toggled.connect(lambda _on: self._commit(column))
            return box
        if not flags & Qt.ItemFlag.ItemIsEditable:
            label = QLabel(self)
            label.setWordWrap(True)
            return label
        delegate = self.view.itemDelegateForColumn(column) or self.view.itemDelegate()
        editor = delegate.createEditor(self, QStyleOptionViewItem(), index)
        if isinstance(editor, QLineEdit):
            editor.setFrame(True)
            editor.editingFinished.connect(lambda: self._commit(column))
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda _i: self._commit(column))
        elif isinstance(editor, QAbstractSpinBox):
            editor.editingFinished.connect(lambda: self._commit(column))
        return editor

    def _fill(self) -> None:
        row = self.current()
        if not row.isValid():
            return
        self._filling = True
        try:
            for column, editor in self.editors.items():
                if self._typing(column, editor):  # never overwrite what the user is typing
                    continue
                index = row.sibling(row.row(), column)
                if isinstance(editor, QCheckBox):
                    editor.setChecked(index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked)
                elif isinstance(editor, QLabel):
                    editor.setText(str(index.data() or ""))
                else:
                    delegate = self.view.itemDelegateForColumn(column) or self.view.itemDelegate()
                    delegate.setEditorData(editor, index)
                    if isinstance(editor, QLineEdit):
                        editor.setCursorPosition(0)
                        self._settled[column] = editor.text()
        finally:
            self._filling = False

    def _typing(self, column: int, editor: QWidget) -> bool:
        """Whether the user is typing in this field: focused, with text not yet committed."""
        return isinstance(editor, QLineEdit) and editor.hasFocus() and editor.text() != self._settled.get(column)

    def _commit(self, column: int) -> None:
        row = self.current()
        editor = self.editors.get(column)
        if self._filling or not row.isValid() or editor is None:
            return
        if isinstance(editor, QLineEdit):
            self._settled[column] = editor.text()  # committed: what the model shows next may replace it
        index = row.sibling(row.row(), column)
        if isinstance(editor, QCheckBox):
            state = Qt.CheckState.Checked if editor.isChecked() else Qt.CheckState.Unchecked
            if index.data(Qt.ItemDataRole.CheckStateRole) != state:
                self.view.model().setData(index, state, Qt.ItemDataRole.CheckStateRole)
            return
        delegate = self.view.itemDelegateForColumn(column) or self.view.itemDelegate()
        delegate.setModelData(editor, self.view.model(), index)
