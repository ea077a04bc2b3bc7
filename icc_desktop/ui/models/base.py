"""A table model over a list of plain row objects, with its columns declared as data.

Pages load rows through `icc_desktop.services` and hand them to `set_rows`; `data()` only reads
attributes of those objects (no query, no session). Edits go through `edit_handler`, which the
page sets: it saves through `icc_desktop.ui.commands` and returns the saved row, or None when
the edit was refused (the page then shows why beside the table).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""data() with this role gives the row object itself."""

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_EDIT = Qt.ItemDataRole.EditRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_CHECK = Qt.ItemDataRole.CheckStateRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_ROW = int(ROW_ROLE)
_NEVER = frozenset(r.value for r in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.SizeHintRole,
                                     Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole,
                                     Qt.ItemDataRole.AccessibleDescriptionRole))
"""Roles no column answers: views ask for them for every cell."""
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: where its value comes from, how it shows, whether and how it is edited."""

    key: str
    """The row attribute (and the field an edit changes)."""
    header: Callable[[], str]
    """The translated header (a function: the language can change while the app runs)."""
    kind: str = "text"
    """"text", "number", "date", "check" (a bool shown as a check box) or "choice" (a code with labels)."""
    editable: bool = False
    choices: Callable[[], dict[str, str]] | None = None
    """For "choice" columns: code -> translated label, in display order."""
    display: Callable[[R], str] | None = None
    """How the value shows; by default the label (choice), the number or the text."""
    searchable: bool = True
    """Whether the search filter looks at this column."""

    def value(self, row: R) -> Any:
        """The raw value of this column in `row`."""
        return getattr(row, self.key)

    def text(self, row: R) -> str:
        """The value as shown."""
        if self.display is not None:
            return self.display(row)
        value = self.value(row)
        if value is None or self.kind == "check":
            return ""
        if self.kind == "choice" and self.choices is not None:
            return self.choices().get(value, str(value))
        return str(value)

    def sort_key(self, row: R) -> tuple[int, Any]:
        """What sorting on this column compares (empty values last)."""
        value = self.value(row)
        if self.kind == "check":
            return (0, int(bool(value)))
        if value is None or value == "":
            return (1, "")
        if self.kind in ("number", "date"):  # compared as values, not as the text shown
            return (0, value)
        return (0, self.text(row).casefold())


EditHandler = Callable[[Any, str, Any], Any]
"""(row, field, new value) -> the saved row, or None when the edit was refused."""


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A flat table over `rows`; subclasses declare `columns`."""

    columns: Sequence[Column[Any]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self._search: list[str] | None = None
        self.edit_handler: EditHandler | None = None

    # --- loading -------------------------------------------------------------------------

    @staticmethod
    def row_id(row: Any) -> Any:
        """What identifies a row across reloads (its `id` attribute)."""
        return row.id

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show these rows. The same rows in the same order (after an edit or an undo) update in
        place, so the current cell and an open editor survive; rows added at the end are
        inserted; anything else resets the table."""
        new = list(rows)
        old_ids = [self.row_id(r) for r in self.rows]
        new_ids = [self.row_id(r) for r in new]
        self._search = None
        if old_ids and new_ids[: len(old_ids)] == old_ids:
            self.rows[:] = new[: len(old_ids)]
            self.dataChanged.emit(self.index(0, 0), self.index(len(old_ids) - 1, len(self.columns) - 1))
            if len(new) > len(old_ids):
                self.beginInsertRows(QModelIndex(), len(old_ids), len(new) - 1)
                self.rows[:] = new
                self.endInsertRows()
            return
        self.beginResetModel()
        self.rows = new
        self.endResetModel()

    def row_at(self, row: int) -> R:
        """The row object at a row number of this model."""
        return self.rows[row]

    def row_index(self, row_id: Any) -> int:
        """The row number of the row with this id, or -1."""
        for number, row in enumerate(self.rows):
            if self.row_id(row) == row_id:
                return number
        return -1

    def column_index(self, key: str) -> int:
        """The number of the column showing `key`."""
        for number, column in enumerate(self.columns):
            if column.key == key:
                return number
        raise KeyError(key)

    # --- what the search proxy asks ------------------------------------------------------

    def search_texts(self) -> list[str]:
        """Per row, the casefolded text of its searchable columns (cached until rows change)."""
        if self._search is None:
            # Column by column, with plain attribute reads where the text is the value itself:
            # calling Column.text() per cell took 1.4 s for 50,000 rows, this takes ~0.1 s.
            columns: list[list[str]] = []
            rows = self.rows
            for column in self.columns:
                if not column.searchable:
                    continue
                values = list(map(attrgetter(column.key), rows)) if column.display is None else None
                if values is not None and column.kind == "text":
                    columns.append(["" if v is None else v if isinstance(v, str) else str(v) for v in values])
                elif values is not None and column.kind == "choice" and column.choices is not None:
                    labels = column.choices()
                    columns.append(["" if v is None else labels.get(v, str(v)) for v in values])
                else:
                    columns.append([column.text(row) for row in rows])
            self._search = ["\x1f".join(parts).casefold() for parts in zip(*columns, strict=True)] if columns \
                else [""] * len(rows)
        return self._search

    def sort_key(self, row: int, column: int) -> tuple[int, Any]:
        """What sorting row `row` on `column` compares."""
        return self.columns[column].sort_key(self.rows[row])

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header() if 0 <= section < len(self.columns) else None
        return str(section + 1) if 0 <= section < len(self.rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.flags_at(index.row(), index.column())

    def flags_at(self, row: int, column: int) -> Qt.ItemFlag:
        """flags() by row and column numbers (the search proxy calls it without building indexes)."""
        flags = _ITEM_FLAGS
        declared = self.columns[column]
        if declared.editable and self.edit_handler is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if declared.kind == "check" else Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row_number: int, column_number: int, role: int) -> Any:
        """data() by row and column numbers. Views ask for a dozen roles per cell at each paint, so
        the common ones are compared as plain ints first."""
        if not 0 <= row_number < len(self.rows):
            return None
        row = self.rows[row_number]
        column = self.columns[column_number]
        if role == _DISPLAY:
            return column.text(row)
        if role in _NEVER:
            return None
        if role == _EDIT:
            value = column.value(row)
            return "" if value is None and column.kind == "text" else value
        if role == _TOOLTIP:
            text = column.text(row)
            return text if len(text) > 40 else None
        if role == _CHECK:
            if column.kind != "check":
                return None
            return Qt.CheckState.Checked if column.value(row) else Qt.CheckState.Unchecked
        if role == _ALIGNMENT:
            return _RIGHT if column.kind == "number" else None
        if role == _ROW:
            return row
        return self.extra_data(row, column, role)

    def extra_data(self, row: R, column: Column[Any], role: int) -> Any:
        """Other roles (fonts, colours) a subclass wants to give; None by default."""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.edit_handler is None:
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "check":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if column.kind == "text" and isinstance(value, str):
            value = value.strip()
        saved = self.edit_handler(self.rows[index.row()], column.key, value)
        if saved is None:
            return False
        # The page reloads on the change signal too; until then, show what was saved.
        self.rows[index.row()] = saved
        self._search = None
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        return True
