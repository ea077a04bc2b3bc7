"""The table view every workshop list uses: a filter proxy, a filter box and sensible defaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from icc_desktop.ui.forms import search_field
from icc_desktop.ui.models.records import ROW_ID_ROLE, SORT_ROLE, RecordTableModel
from icc_desktop.ui.widgets.editors import ColumnDelegate


class FilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose cells contain every word typed (case-insensitive), in any column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._accepts: Callable[[int], bool] | None = None
        self.setSortRole(SORT_ROLE)

    def set_row_filter(self, accepts: Callable[[int], bool] | None) -> None:
        """An extra condition on source rows (e.g. "questions of the selected dimension")."""
        self.beginFilterChange()
        self._accepts = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Filter on the words of `text`."""
        words = text.casefold().split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        """True while some rows may be hidden (words typed, or a row filter set)."""
        return bool(self._words) or self._accepts is not None

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self._accepts is not None and not self._accepts(source_row):
            return False
        if not self._words:
            return True
        model = self.sourceModel()
        text = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in range(model.columnCount(source_parent))
        ).casefold()
        return all(word in text for word in self._words)


class RecordTable(QTableView):
    """A table over a `RecordTableModel` (through a `FilterProxy`), editable in place.

    Delete asks to delete the current row; Alt+Up / Alt+Down ask to move it (the page decides).
    """

    sig_delete_requested = Signal(str)
    """Delete was pressed on a row (its id)."""
    sig_move_requested = Signal(str, int)
    """Alt+Up / Alt+Down on a row: its id and -1 or +1."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None, *, stretch: str | None = None) -> None:
        super().__init__(parent)
        self.records = model
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setItemDelegate(ColumnDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table: the page's tab order stays usable
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch is not None:
            header.setSectionResizeMode(model.column_number(stretch), QHeaderView.ResizeMode.Stretch)
            # The main column wraps instead of ending in "…": rows grow to hold their text.
            self.setWordWrap(True)
            self.setTextElideMode(Qt.TextElideMode.ElideNone)
            self._fit_timer = QTimer(self)
            self._fit_timer.setSingleShot(True)
            self._fit_timer.setInterval(0)
            self._fit_timer.timeout.connect(self.fit_rows)
            for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                           self.proxy.dataChanged):
                signal.connect(self._fit_timer.start)
            header.sectionResized.connect(lambda *_args: self._fit_timer.start())
        else:
            header.setStretchLastSection(True)
        if model.reorderable:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.setDragDropOverwriteMode(False)
            self.proxy.layoutChanged.connect(self._drag_only_unfiltered)
            self.proxy.rowsRemoved.connect(self._drag_only_unfiltered)
            self.proxy.rowsInserted.connect(self._drag_only_unfiltered)

    def fit_rows(self) -> None:
        """Give each row the height its wrapped texts need (at least one line).

        Measured with the font's metrics on the displayed texts: the header's ResizeToContents
        mode asks the delegate for every cell's size hint (every role of every cell) and
        doubled the time a page takes to reload after an edit.
        """
        model = self.model()
        metrics = self.fontMetrics()
        base = self.verticalHeader().defaultSectionSize()
        widths = [(column, self.columnWidth(column) - 10) for column in range(model.columnCount())
                  if not self.isColumnHidden(column) and self.columnWidth(column) > 20]
        flags = Qt.TextFlag.TextWordWrap
        for row in range(model.rowCount()):
            height = base
            for column, width in widths:
                text = model.index(row, column).data()
                if isinstance(text, str) and metrics.horizontalAdvance(text) > width:
                    height = max(height, metrics.boundingRect(0, 0, width, 10_000, flags, text).height() + 12)
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)

    def _drag_only_unfiltered(self, *_args: object) -> None:
        # Dragging within a filtered list would drop rows among hidden ones: allow it unfiltered only.
        self.setDragEnabled(not self.proxy.is_filtering())

    def current_id(self) -> str | None:
        """The id of the current row, or None."""
        index = self.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def select_id(self, row_id: str, column: int = 0) -> bool:
        """Make the row with this id current (if it is shown)."""
        row = self.records.find(row_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.records.index(row, column))
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row_id = self.current_id()
        if row_id is not None and self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete:
                self.sig_delete_requested.emit(row_id)
                return
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.sig_move_requested.emit(row_id, -1 if event.key() == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)


def filter_box(table: RecordTable, placeholder: str) -> QLineEdit:
    """A search field (the shell's look) that filters `table` as the user types."""
    field = search_field(placeholder, placeholder)
    field.setMinimumWidth(160)
    field.textChanged.connect(table.proxy.set_search)
    return field
