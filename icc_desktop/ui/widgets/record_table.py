"""The table view every workshop list uses: a filter proxy, a filter box and sensible defaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
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


def fit_rows(table: QTableView) -> None:
    """Give each row of a table the height its wrapped texts need (at least one line).

    Measured with the font's metrics on the displayed texts: the header's ResizeToContents mode
    asks the delegate for every cell's size hint (every role of every cell) and doubled the time
    a page takes to reload after an edit.
    """
    model = table.model()
    if model is None:
        return
    metrics = table.fontMetrics()
    base = table.verticalHeader().defaultSectionSize()
    widths = [(column, table.columnWidth(column) - 10) for column in range(model.columnCount())
              if not table.isColumnHidden(column) and table.columnWidth(column) > 20]
    flags = Qt.TextFlag.TextWordWrap
    for row in range(model.rowCount()):
        height = base
        for column, width in widths:
            text = model.index(row, column).data()
            if isinstance(text, str) and metrics.horizontalAdvance(text) > width:
                height = max(height, metrics.boundingRect(0, 0, width, 10_000, flags, text).height() + 12)
        if table.rowHeight(row) != height:
            table.setRowHeight(row, height)


def keep_rows_fitted(table: QTableView, then: Callable[[], None] | None = None) -> None:
    """Let a table's texts wrap instead of ending in "…", its rows fitted to them after every
    change of its data or column widths (once per burst); `then` runs after each fit."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(lambda: fit_rows(table))
    if then is not None:
        timer.timeout.connect(then)
    model = table.model()
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
        signal.connect(timer.start)
    table.horizontalHeader().sectionResized.connect(lambda *_args: timer.start())
    table.viewport().installEventFilter(_RefitOnResize(timer, table))  # stretched columns follow the width


class _RefitOnResize(QObject):
    """Starts a table's row fitting when its viewport changes size (stretched columns change width)."""

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.timer.start()
        return False


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
            keep_rows_fitted(self)
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

    def setColumnWidth(self, column: int, width: int) -> None:  # noqa: N802
        """Set a column's width, never narrower than its header's text (longer in French and German)."""
        header = self.model().headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            width = max(width, self.horizontalHeader().fontMetrics().horizontalAdvance(header) + 16)
        super().setColumnWidth(column, width)

    def fit_rows(self) -> None:
        """Give each row the height its wrapped texts need (see `fit_rows`)."""
        fit_rows(self)

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
