"""Qt item models of the roadmap page: objectives, actions (with their checks), KPIs, checks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from icc_desktop.ui import labels
from icc_desktop.ui.models.records import ROW_ID_ROLE, Column, RecordTableModel
from icc_desktop.ui.problems import warning_text

Index = QModelIndex | QPersistentModelIndex

_ICONS: dict[str, QIcon] = {}


def warning_icon() -> QIcon:
    """The style's warning icon (made once)."""
    if "warning" not in _ICONS:
        _ICONS["warning"] = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _ICONS["warning"]


class ObjectiveTableModel(RecordTableModel):
    """The strategic objectives (rows: `Objective`), with how many actions each has."""

    reorderable = True
    columns = (
        Column("title", QT_TRANSLATE_NOOP("columns", "Objective"), editable=True, optional=False),
        Column("actions", QT_TRANSLATE_NOOP("columns", "Actions"), kind="computed"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.action_counts: dict[str, int] = {}

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "actions":
            return str(self.action_counts.get(row.id, 0))
        return super().display(row, column)

    def alignment(self, column: Column) -> Qt.AlignmentFlag:
        if column.key == "actions":
            return Qt.AlignmentFlag.AlignCenter
        return super().alignment(column)

    def tooltip(self, row: Any, column: Column) -> str | None:
        return f"{row.title}\n\n{row.description}" if row.description else row.title


class ActionTableModel(RecordTableModel):
    """The roadmap's actions in order (rows: `Action`); drag rows to reorder.

    The first column shows a warning icon when a roadmap check concerns the action; its
    tooltip says what (`warnings`, set by the page from `services.roadmap.check_roadmap`).
    """

    reorderable = True
    columns = (
        Column("checks", QT_TRANSLATE_NOOP("columns", "!"), kind="computed",
               tooltip=QT_TRANSLATE_NOOP("columns", "Roadmap checks")),
        Column("title", QT_TRANSLATE_NOOP("columns", "Action"), editable=True, optional=False),
        Column("objective_id", QT_TRANSLATE_NOOP("columns", "Objective"), kind="choice", editable=True),
        Column("need_id", QT_TRANSLATE_NOOP("columns", "Need"), kind="choice", editable=True),
        Column("lead_organisation", QT_TRANSLATE_NOOP("columns", "Lead"), editable=True),
        Column("start_month", QT_TRANSLATE_NOOP("columns", "Start"), kind="month", editable=True),
        Column("end_month", QT_TRANSLATE_NOOP("columns", "End"), kind="month", editable=True),
        Column("budget_eur", QT_TRANSLATE_NOOP("columns", "Budget (EUR)"), kind="money", editable=True),
        Column("funding_source", QT_TRANSLATE_NOOP("columns", "Funding"), kind="choice", editable=True),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"), kind="choice", editable=True, optional=False),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.warnings: dict[str, list[str]] = {}
        self.choices["status"] = list(labels.action_statuses().items())

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "checks":
            return ""
        return super().display(row, column)

    def decoration(self, row: Any, column: Column) -> Any:
        if column.key == "checks" and self.warnings.get(row.id):
            return warning_icon()
        return None

    def tooltip(self, row: Any, column: Column) -> str | None:
        found = self.warnings.get(row.id)
        if column.key == "checks":
            return "\n".join(found) if found else None
        if column.key == "title":
            text: str = row.title + (f"\n\n{row.description}" if row.description else "")
            return text + ("\n\n⚠ " + "\n⚠ ".join(found) if found else "")
        text = self.display(row, column)
        return text or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid() and self.columns[index.column()].key == "checks":
            row = self.row_of(index)
            found = self.warnings.get(row.id) if row is not None else None
            return "; ".join(found) if found else ""
        return super().data(index, role)


class KpiTableModel(RecordTableModel):
    """The KPIs of one action (rows: `Kpi`)."""

    columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "KPI"), editable=True, optional=False),
        Column("unit", QT_TRANSLATE_NOOP("columns", "Unit"), editable=True),
        Column("baseline", QT_TRANSLATE_NOOP("columns", "Baseline"), kind="number", editable=True),
        Column("target", QT_TRANSLATE_NOOP("columns", "Target"), kind="number", editable=True),
        Column("target_date", QT_TRANSLATE_NOOP("columns", "Target date"), kind="date", editable=True),
        Column("direction", QT_TRANSLATE_NOOP("columns", "Better"), kind="choice", editable=True, optional=False),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices["direction"] = list(labels.kpi_directions().items())


class CheckListModel(QAbstractListModel):
    """The roadmap checks (rows: `RoadmapWarning`), each naming the row it concerns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these warnings."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        """The warnings shown."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        warning = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return warning_text(warning)
        if role == Qt.ItemDataRole.DecorationRole:
            return warning_icon()
        if role == ROW_ID_ROLE:
            return warning.row_id
        return None
