"""Qt item models of the sync page and the conflicts page.

- `UnsyncedTableModel`: the workshops with changes not yet synced, and how many.
- `ConflictsTableModel`: the conflicts waiting for the user.
- `ConflictFieldsTableModel`: one conflict's fields, both versions side by side; the user picks
  a version per field by checking its cell (the two cells of a field act as radio buttons).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from icc_desktop.ui.models.base import Column, RowTableModel
from icc_desktop.ui.palette import colour
from icc_desktop.ui.sync_labels import field_label, table_label, value_text
from icc_desktop.ui.theme import is_dark

Index = QModelIndex | QPersistentModelIndex


def _workshop_title(row: Any) -> str:
    return QCoreApplication.translate("sync", "%1 (deleted)").replace("%1", row.title) if row.deleted else str(row.title)


class UnsyncedTableModel(RowTableModel[Any]):
    """Workshops with changes made here that the server has not confirmed yet."""

    columns = (
        Column("city", lambda: QCoreApplication.translate("sync", "City")),
        Column("title", lambda: QCoreApplication.translate("sync", "Workshop"), display=_workshop_title),
        Column("rows", lambda: QCoreApplication.translate("sync", "Changes not synced"), kind="number"),
    )

    @staticmethod
    def row_id(row: Any) -> Any:
        """Rows are workshops."""
        return row.workshop_id


class ConflictsTableModel(RowTableModel[Any]):
    """Conflicts kept by sync (the same field changed here and elsewhere), oldest first (when each
    was found shows beside the chosen one)."""

    columns = (
        Column("table", lambda: QCoreApplication.translate("sync", "Kind"), display=lambda c: table_label(c.table)),
        Column("label", lambda: QCoreApplication.translate("sync", "Row")),
        Column("fields", lambda: QCoreApplication.translate("sync", "Fields"),
               display=lambda c: ", ".join(field_label(f) for f in c.fields)),
    )


class ConflictFieldsTableModel(QAbstractTableModel):
    """The conflicting fields of one conflict: field, the value here, the value on the server.

    Checking the value cell of a side chooses it for that field (the other side is unchecked).
    `choices()` gives what is picked; `complete()` says whether every field has a pick.
    """

    FIELD, LOCAL, REMOTE = 0, 1, 2
    SIDES = {LOCAL: "local", REMOTE: "remote"}

    sig_choices_changed = Signal()
    """The user picked a version for a field."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conflict: Any = None
        self.fields: list[str] = []
        self._choices: dict[str, str] = {}

    def set_conflict(self, conflict: Any) -> None:
        """Show this conflict (a `merge.ConflictView`, or None for nothing); no choices yet."""
        self.beginResetModel()
        self.conflict = conflict
        self.fields = list(conflict.fields) if conflict is not None else []
        self._choices = {}
        self.endResetModel()
        self.sig_choices_changed.emit()

    def choose(self, field: str, side: str) -> None:
        """Pick `side` ("local" or "remote") for a field."""
        if field not in self.fields or side not in ("local", "remote"):
            raise ValueError(f"{field}: cannot pick {side!r}")
        self._choices[field] = side
        row = self.fields.index(field)
        self.dataChanged.emit(self.index(row, self.LOCAL), self.index(row, self.REMOTE))
        self.sig_choices_changed.emit()

    def choose_all(self, side: str) -> None:
        """Pick the same side for every field."""
        for field in self.fields:
            self.choose(field, side)

    def choices(self) -> dict[str, str]:
        """Field -> "local" or "remote", for the fields picked so far."""
        return dict(self._choices)

    def complete(self) -> bool:
        """Whether every field has a pick."""
        return bool(self.fields) and all(f in self._choices for f in self.fields)

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            side = self.SIDES.get(section)
            title = {self.FIELD: QCoreApplication.translate("sync", "Field"),
                     self.LOCAL: QCoreApplication.translate("sync", "On this computer"),
                     self.REMOTE: QCoreApplication.translate("sync", "On the server")}.get(section)
            story = self.story(side) if side is not None else ""
            return f"{title}\n{story}" if story else title
        return str(section + 1) if 0 <= section < len(self.fields) else None

    def story(self, side: str) -> str:
        """Who made a side's version, on which device and when: "anna · laptop-b · 06/12/2026 10:02"."""
        from icc_desktop.ui.sync_controller import format_time

        if self.conflict is None:
            return ""
        by = self.conflict.local_by if side == "local" else self.conflict.remote_by
        unknown = QCoreApplication.translate("sync", "unknown")
        when = self.conflict.edited_at(side)
        return " · ".join([str(by.get("user") or unknown), str(by.get("device") or unknown),
                           format_time(when) if when is not None else unknown])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in self.SIDES:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _value(self, row: int, column: int) -> str:
        field = self.fields[row]
        version = self.conflict.local if column == self.LOCAL else self.conflict.remote
        return value_text(self.conflict.table, field, version.get(field))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.fields)):
            return None
        field, column = self.fields[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FIELD:
                return field_label(field)
            value = self._value(index.row(), column)
            if self.conflict.side_in_use(field) == self.SIDES[column]:  # in words, not by colour alone
                return QCoreApplication.translate("sync", "%1 (in use)").replace("%1", value)
            return value
        if column not in self.SIDES:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        chosen = self._choices.get(field) == self.SIDES[column]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and chosen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and chosen:
            # The check box alone is hard to see in the dark theme: tint the chosen version.
            return QBrush(QColor(colour("chosen_tint", is_dark())))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            side = QCoreApplication.translate("sync", "On this computer") if column == self.LOCAL else QCoreApplication.translate("sync", "On the server")
            state = QCoreApplication.translate("sync", "chosen") if chosen else QCoreApplication.translate("sync", "not chosen")
            if self.conflict.side_in_use(field) == self.SIDES[column]:
                state += ", " + QCoreApplication.translate("sync", "in use")
            story = self.story(self.SIDES[column])
            return f"{field_label(field)}, {side} ({story}): {self._value(index.row(), column)} ({state})"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (not index.isValid() or index.column() not in self.SIDES
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False  # radio behaviour: a pick is changed by checking the other side
        self.choose(self.fields[index.row()], self.SIDES[index.column()])
        return True
