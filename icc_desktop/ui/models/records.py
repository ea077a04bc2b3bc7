"""The one table model the workshop pages build on: plain rows, columns declared as data.

A `RecordTableModel` holds rows loaded through `icc_desktop.services` (detached SQLModel rows or
small dataclasses); it never reads the database itself. Its columns are `Column` declarations:
the attribute shown, its header, the kind of value (which decides formatting, alignment and
the editor the `ColumnDelegate` opens). An edit goes to `save_edit(row, key, value)`, which the
page connects to an undoable command; a refused edit (a `ValidationError` from the service, or
text that does not parse) leaves the row as it was and is announced by `sig_edit_refused`, so
the page can show the message beside the cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from icc_desktop.errors import ValidationError
from icc_desktop.ui.i18n import date_text, month_text

Index = QModelIndex | QPersistentModelIndex

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the row an index belongs to."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts naturally (numbers as numbers, empty last)."""

ROW_IDS_MIME = "application/x-icc-row-ids"

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    """One column of a table model.

    `kind` is one of: text, choice, month, date, money, level, count, number, score (a mean
    shown with one decimal), computed (shown by the model's `display`). `header` is the
    untranslated text, marked with QT_TRANSLATE_NOOP("columns", ...).
    """

    key: str
    header: str
    kind: str = "text"
    editable: bool = False
    optional: bool = True
    tooltip: str = ""
    maximum: int = 99


def tr_column(text: str) -> str:
    """Translate a column header (context "columns")."""
    return QCoreApplication.translate("columns", text)


def money_text(value: int | None) -> str:
    """Whole euros with the locale's group separator, e.g. "25,000 €"."""
    if value is None:
        return ""
    return f"{QLocale().toString(int(value))} €"


def number_text(value: float | None) -> str:
    """A number without trailing zeros."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 12)


def parse_money(text: Any) -> int | None:
    """Whole euros from what a user types ("25 000", "25,000 €", "-5"); "" is no budget."""
    if text is None or isinstance(text, int):
        return text
    cleaned = re.sub(r"[\s\u00a0\u202f€,.'’]", "", str(text)).replace("EUR", "").replace("eur", "")
    if not cleaned:
        return None
    if not re.fullmatch(r"[-+]?\d+", cleaned):
        raise ValueError(QCoreApplication.translate("columns", "Enter a whole number of euros, e.g. 25000."))
    return int(cleaned)


def parse_level(text: Any) -> int | None:
    """A level typed as text: "" is unknown; anything else must be a whole number (1–5 checked by
    the service, so the message is the same wherever a level is edited)."""
    if text is None or isinstance(text, int):
        return text
    cleaned = str(text).strip()
    if not cleaned:
        return None
    if not re.fullmatch(r"[-+]?\d+", cleaned):
        raise ValueError(QCoreApplication.translate("columns", "Enter a level from 1 to 5, or leave it empty."))
    return int(cleaned)


def parse_number(text: Any) -> float | None:
    """A number typed in the user's locale or with a dot; "" is none."""
    if text is None or isinstance(text, int | float):
        return None if text is None else float(text)
    cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if ok:
        return value
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError(QCoreApplication.translate("columns", "Enter a number, e.g. 12.5.")) from None


def _month_names() -> dict[str, int]:
    """Month names and abbreviations (the UI locale's and English), casefolded, without dots."""
    names: dict[str, int] = {}
    for locale in (QLocale(), QLocale(QLocale.Language.English)):
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for name in (locale.monthName(month, form), locale.standaloneMonthName(month, form)):
                    key = name.casefold().rstrip(".")
                    if key:
                        names.setdefault(key, month)
    return names


def parse_month(text: Any) -> dt.date | None:
    """A month typed as text: "Jun 2027", "juin 2027", "Juni 27", "06/2027", "2027-06"; "" or "–" is none.

    Month names are those of the UI language (and English), full or abbreviated, or any unique
    beginning of three letters or more ("sept", "déc"). Returns the month's first day.
    """
    if text is None or isinstance(text, dt.date):
        return text.replace(day=1) if isinstance(text, dt.date) else None
    cleaned = str(text).strip().casefold()
    if cleaned in ("", "–", "-"):
        return None
    problem = QCoreApplication.translate("columns", "Enter a month and year, e.g. %1.").replace(
        "%1", month_text(dt.date(dt.date.today().year + 1, 6, 1)))
    numeric = re.fullmatch(r"(\d{1,2})\s*[./\-\s]\s*(\d{2}|\d{4})", cleaned)
    iso = re.fullmatch(r"(\d{4})\s*[./\-\s]\s*(\d{1,2})", cleaned)
    named = re.fullmatch(r"([^\W\d_]+)\.?\s*[,./\-]?\s*(\d{2}|\d{4})", cleaned)
    if numeric:
        month, year = int(numeric.group(1)), int(numeric.group(2))
    elif iso:
        year, month = int(iso.group(1)), int(iso.group(2))
    elif named:
        word, year = named.group(1), int(named.group(2))
        names = _month_names()
        found = {names[word]} if word in names else (
            {m for name, m in names.items() if name.startswith(word)} if len(word) >= 3 else set())
        if len(found) != 1:
            raise ValueError(problem)
        month = found.pop()
    else:
        raise ValueError(problem)
    if year < 100:
        year += 2000
    if not 1 <= month <= 12 or not 1900 < year < 2200:
        raise ValueError(problem)
    return dt.date(year, month, 1)


def to_date(value: Any) -> dt.date | None:
    """A QDate (or date, or None) from an editor as a Python date."""
    if value is None:
        return None
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, dt.date):
        return value
    raise ValueError(QCoreApplication.translate("columns", "Pick a date."))


class RecordTableModel(QAbstractTableModel):
    """A table of plain rows with declared columns (see the module docstring)."""

    columns: tuple[Column, ...] = ()
    id_attr = "id"
    reorderable = False

    sig_edit_refused = Signal(int, int, str)
    """An edit of (row, column) was refused, with the message to show beside the cell."""
    sig_rows_dropped = Signal(list)
    """Rows were dragged to a new place: every row id, in the new order."""
    sig_edit_saved = Signal(int, int)
    """An edit of (row, column) was saved: a message about an earlier refusal can go."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.choices: dict[str, list[tuple[Any, str]]] = {}
        """Per column key: the (value, label) pairs an editor offers and cells show."""
        self.save_edit: Callable[[Any, str, Any], None] | None = None
        """Saves one edit (row, column key, parsed value); raises ValidationError to refuse it."""
        self.month_anchor: dt.date | None = None
        """Where a month editor of an empty cell starts (the workshop's month)."""

    # --- rows ---------------------------------------------------------------------------
    def key_of(self, row: Any) -> str:
        """The id that identifies a row across reloads."""
        return str(getattr(row, self.id_attr))

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows; the same ids in the same order update in place (selection and the
        current cell survive), anything else resets the model."""
        rows = list(rows)
        if [self.key_of(r) for r in rows] == [self.key_of(r) for r in self._rows]:
            # Every cell is announced, not only those of changed rows: what a cell shows also
            # depends on what the page sets beside the rows (choice labels, counts, numbers,
            # warnings), and a view repaints only what it is told changed. Views redraw the
            # visible cells only, so this costs little.
            self._rows = rows
            if rows and self.columnCount():
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Any]:
        """The rows shown, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The row object at a row number."""
        return self._rows[row]

    def row_of(self, index: Index) -> Any | None:
        """The row object of an index (None for an invalid index)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def find(self, key: str) -> int:
        """The row number of the row with this id, or -1."""
        for number, row in enumerate(self._rows):
            if self.key_of(row) == key:
                return number
        return -1

    def column_number(self, key: str) -> int:
        """The number of the column showing `key`."""
        for number, column in enumerate(self.columns):
            if column.key == key:
                return number
        raise KeyError(key)

    # --- what cells show ------------------------------------------------------------------
    def value(self, row: Any, column: Column) -> Any:
        """The raw value of a cell (the row's attribute by default)."""
        return getattr(row, column.key, None)

    def choice_label(self, key: str, value: Any) -> str:
        """The label of a choice value (the value itself if it is not in the list)."""
        if value is None:
            return ""
        for choice, label in self.choices.get(key, []):
            if choice == value:
                return label
        return str(value)

    def display(self, row: Any, column: Column) -> Any:
        """The text of a cell."""
        value = self.value(row, column)
        kind = column.kind
        if kind == "choice":
            return self.choice_label(column.key, value)
        if kind == "month":
            return month_text(value)
        if kind == "date":
            return date_text(value)
        if kind == "money":
            return money_text(value)
        if kind in ("level", "count"):
            return "" if value is None else str(value)
        if kind == "score":
            return "" if value is None else QLocale().toString(float(value), "f", 1)
        if kind == "number":
            return number_text(value)
        return "" if value is None else str(value)

    def edit_value(self, row: Any, column: Column) -> Any:
        """The value an editor starts from."""
        value = self.value(row, column)
        if column.kind in ("text", "money", "level", "number"):
            if column.kind == "number":
                return number_text(value)
            if column.kind == "money" and value is not None:  # grouped as the UI language writes it: 60 000
                return QLocale().toString(int(value))
            return "" if value is None else str(value)
        return value

    def tooltip(self, row: Any, column: Column) -> str | None:
        """A cell's tooltip (none by default)."""
        return None

    def decoration(self, row: Any, column: Column) -> Any:
        """A cell's icon or colour (none by default)."""
        return None

    def sort_value(self, row: Any, column: Column) -> Any:
        """What the column sorts by: numbers as numbers, text case-folded."""
        value = self.value(row, column)
        if column.kind in ("level", "count", "score", "money", "number"):
            return float("inf") if value is None else float(value)
        if column.kind in ("month", "date"):
            return value.isoformat() if value else "9999"
        return str(self.display(row, column)).casefold()

    def alignment(self, column: Column) -> Qt.AlignmentFlag:
        """Numbers right, levels centred, text left."""
        if column.kind in ("money", "number", "score", "count"):
            return _RIGHT
        if column.kind == "level":
            return _CENTER
        return _LEFT

    # --- Qt's model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == ROW_ID_ROLE:
            return self.key_of(row)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return tr_column(column.header)
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return tr_column(column.tooltip)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self.alignment(column)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.reorderable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and self.save_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.reorderable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def parse(self, column: Column, value: Any) -> Any:
        """Turn what an editor gives into the value to save; ValueError says what is wrong."""
        kind = column.kind
        if kind == "text":
            return "" if value is None else str(value)
        if kind == "money":
            return parse_money(value)
        if kind == "level":
            return parse_level(value)
        if kind == "number":
            return parse_number(value)
        if kind == "month":
            return parse_month(value) if isinstance(value, str) else to_date(value)
        if kind == "date":
            return to_date(value)
        if kind == "count":
            return int(value or 0)
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_of(index)
        if row is None or role != Qt.ItemDataRole.EditRole or self.save_edit is None:
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        try:
            parsed = self.parse(column, value)
            self.save_edit(row, column.key, parsed)
        except ValueError as exc:
            self.sig_edit_refused.emit(index.row(), index.column(), str(exc))
            return False
        except ValidationError as exc:
            self.sig_edit_refused.emit(index.row(), index.column(), self.refusal(column, exc))
            return False
        self.sig_edit_saved.emit(index.row(), index.column())
        return True

    def refusal(self, column: Column, error: ValidationError) -> str:
        """The message for a refused edit: the problem with this column, headed by its name."""
        message = error.fields.get(column.key) or str(error)
        if message[:1].islower():  # "must be at least 0" reads better as "Budget: must be at least 0"
            message = f"{tr_column(column.header)}: {message}"
        return message

    # --- drag to reorder ---------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction if self.reorderable else Qt.DropAction.IgnoreAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return self.supportedDropActions()

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids: list[str] = []
        for index in sorted(indexes, key=lambda i: i.row()):
            key = self.key_of(self._rows[index.row()])
            if key not in ids:
                ids.append(key)
        data.setData(ROW_IDS_MIME, QByteArray("\n".join(ids).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: Index) -> bool:
        return self.reorderable and data.hasFormat(ROW_IDS_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moved = bytes(data.data(ROW_IDS_MIME).data()).decode().split("\n")
        keys = [self.key_of(r) for r in self._rows]
        if not set(moved) <= set(keys):
            return False
        # Dropped on a row: insert before it; on the empty area below the rows: at the end.
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(keys))
        before = [k for k in keys[:target] if k not in moved]
        after = [k for k in keys[target:] if k not in moved]
        order = before + moved + after
        if order != keys:
            self.sig_rows_dropped.emit(order)
        # False: the view must not remove the dragged rows; the reload after saving re-orders them.
        return False

    def move_row(self, key: str, offset: int) -> list[str] | None:
        """The order of row ids after moving one row by `offset` places (None if it cannot move)."""
        keys = [self.key_of(r) for r in self._rows]
        if key not in keys:
            return None
        old = keys.index(key)
        new = old + offset
        if not 0 <= new < len(keys):
            return None
        keys.insert(new, keys.pop(old))
        return keys
