"""Qt item models of the assessment page: the questions, the dimensions, the gap table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from icc_desktop.ui.models.records import ROW_ID_ROLE, Column, RecordTableModel
from icc_desktop.ui.widgets.radar_chart import short_name

Index = QModelIndex | QPersistentModelIndex



def level_text(level: float | None) -> str:
    """A level for a cell: "3", a mean as "2.5", unknown as "–"."""
    if level is None:
        return "–"
    if float(level).is_integer():
        return str(int(level))
    return QLocale().toString(float(level), "f", 1)


class QuestionTableModel(RecordTableModel):
    """The framework's questions with one respondent's levels (rows: `AssessmentItem`)."""

    id_attr = "question_id"
    columns = (
        Column("number", QT_TRANSLATE_NOOP("columns", "#"), kind="computed"),
        Column("text", QT_TRANSLATE_NOOP("columns", "Question")),
        Column("current", QT_TRANSLATE_NOOP("columns", "Now"), kind="level",
               tooltip=QT_TRANSLATE_NOOP("columns", "Current level (keys 1–5, 0 for unknown)")),
        Column("target", QT_TRANSLATE_NOOP("columns", "Target"), kind="level",
               tooltip=QT_TRANSLATE_NOOP("columns", "Target level (Shift+1–5)")),
        Column("gap", QT_TRANSLATE_NOOP("columns", "Gap"), kind="computed"),
        Column("evidence", QT_TRANSLATE_NOOP("columns", "Evidence")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._numbers: dict[str, str] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these questions; numbers them "dimension.question" (1.1, 1.2, 2.1, ...)."""
        numbers: dict[str, str] = {}
        dimension_order: dict[str, int] = {}
        counts: dict[str, int] = {}
        for item in rows:
            dimension_order.setdefault(item.dimension_id, len(dimension_order) + 1)
            counts[item.dimension_id] = counts.get(item.dimension_id, 0) + 1
            numbers[item.question_id] = f"{dimension_order[item.dimension_id]}.{counts[item.dimension_id]}"
        self._numbers = numbers
        super().set_rows(rows)

    def number(self, question_id: str) -> str:
        """The question's number, e.g. "2.3"."""
        return self._numbers.get(question_id, "")

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "number":
            return self.number(row.question_id)
        if column.key in ("current", "target"):
            value = getattr(row, column.key)
            if value is None:  # an answer without a current level was marked unknown (key 0)
                return QCoreApplication.translate("assessment", "N/A") if column.key == "current" and row.answered else "–"
            return str(value)
        if column.key == "gap":
            gap = row.gap
            return "" if gap is None else f"{gap:+d}"
        if column.key == "evidence":
            return row.evidence.replace("\n", " ")
        return super().display(row, column)

    def alignment(self, column: Column) -> Qt.AlignmentFlag:
        if column.key in ("number", "gap"):
            return Qt.AlignmentFlag.AlignCenter
        return super().alignment(column)

    def tooltip(self, row: Any, column: Column) -> str | None:
        lines = [row.text, ""]
        for level, descriptor in enumerate(row.descriptors, start=1):
            marks = []
            if row.current == level:
                marks.append(QCoreApplication.translate("assessment", "current"))
            if row.target == level:
                marks.append(QCoreApplication.translate("assessment", "target"))
            suffix = f"  ← {', '.join(marks)}" if marks else ""
            lines.append(f"{level}. {descriptor}{suffix}")
        if row.evidence:
            lines += ["", QCoreApplication.translate("assessment", "Evidence: %s") % row.evidence]
        return "\n".join(lines)

    def sort_value(self, row: Any, column: Column) -> Any:
        if column.key == "number":
            return tuple(int(p) for p in self.number(row.question_id).split(".") if p)
        if column.key == "gap":
            return float("inf") if row.gap is None else float(row.gap)
        return super().sort_value(row, column)


@dataclass(frozen=True)
class DimensionProgress:
    """A dimension with how many of its questions the respondent has scored."""

    dimension_id: str
    name: str
    questions: int
    scored: int
    current: float | None
    target: float | None


class DimensionListModel(QAbstractListModel):
    """The framework's dimensions, each with its progress and mean levels, plus "All dimensions"."""

    ALL = ""
    """The id of the first entry, which stands for every dimension."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DimensionProgress] = []

    def set_rows(self, rows: Sequence[DimensionProgress]) -> None:
        """Show these dimensions (same ids: update in place, keeping the selection)."""
        rows = list(rows)
        if [r.dimension_id for r in rows] == [r.dimension_id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows)))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[DimensionProgress]:
        """The dimensions shown (without the "All" entry)."""
        return list(self._rows)

    def row_of_id(self, dimension_id: str) -> int:
        """The list row of a dimension (0 is "All dimensions")."""
        for number, row in enumerate(self._rows, start=1):
            if row.dimension_id == dimension_id:
                return number
        return 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        if index.row() == 0:
            total = sum(r.questions for r in self._rows)
            scored = sum(r.scored for r in self._rows)
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("assessment", "All dimensions") + "\n" + QCoreApplication.translate("assessment", "%1 of %2 scored").replace("%1", str(scored)).replace("%2", str(total))
            if role == ROW_ID_ROLE:
                return self.ALL
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return QCoreApplication.translate("assessment", "All dimensions")
            return None
        row = self._rows[index.row() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            levels = ""
            if row.current is not None or row.target is not None:
                levels = f" · {level_text(row.current)} → {level_text(row.target)}"
            progress = QCoreApplication.translate("assessment", "%1 of %2 scored").replace("%1", str(row.scored)).replace("%2", str(row.questions))
            return f"{index.row()}. {short_name(row.name)}\n{progress}{levels}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.name
        if role == ROW_ID_ROLE:
            return row.dimension_id
        return None


class GapTableModel(RecordTableModel):
    """Mean current and target level per dimension, and the gap (rows: `DimensionScore`)."""

    id_attr = "dimension_id"
    columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "Dimension")),
        Column("current", QT_TRANSLATE_NOOP("columns", "Current"), kind="score"),
        Column("target", QT_TRANSLATE_NOOP("columns", "Target"), kind="score"),
        Column("gap", QT_TRANSLATE_NOOP("columns", "Gap"), kind="score"),
    )

    def display(self, row: Any, column: Column) -> Any:
        if column.key in ("current", "target", "gap"):
            value = getattr(row, column.key)
            if value is None:
                return "–"
            text = QLocale().toString(float(value), "f", 1)
            return f"+{text}" if column.key == "gap" and value > 0 else text
        return super().display(row, column)

    def tooltip(self, row: Any, column: Column) -> str | None:
        if column.key == "name":
            return str(row.name)
        return None
