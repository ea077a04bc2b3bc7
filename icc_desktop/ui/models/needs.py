"""Qt item models of the needs page: needs, the dot-voting grid, scores, and the live ranking."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from icc_desktop.ui import labels
from icc_desktop.ui.models.records import Column, RecordTableModel
from icc_desktop.ui.workshop_labels import need_caption, need_label, quadrant_label

Index = QModelIndex | QPersistentModelIndex



def _one_decimal(value: float | None) -> str:
    return "" if value is None else QLocale().toString(float(value), "f", 1)


class NeedTableModel(RecordTableModel):
    """The workshop's needs with their tags (rows: `Need`). Choices come from the page."""

    columns = (
        Column("number", QT_TRANSLATE_NOOP("columns", "No."), kind="computed",
               tooltip=QT_TRANSLATE_NOOP("columns", "The need's short label, the same in every view")),
        Column("title", QT_TRANSLATE_NOOP("columns", "Need"), editable=True, optional=False),
        Column("dimension_id", QT_TRANSLATE_NOOP("columns", "Dimension"), kind="choice", editable=True),
        Column("track", QT_TRANSLATE_NOOP("columns", "Track"), kind="choice", editable=True),
        Column("transversal_service", QT_TRANSLATE_NOOP("columns", "Transversal service"), kind="choice",
               editable=True),
        Column("moscow", QT_TRANSLATE_NOOP("columns", "MoSCoW"), kind="choice", editable=True),
        Column("swot", QT_TRANSLATE_NOOP("columns", "SWOT"), kind="choice", editable=True),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices["moscow"] = list(labels.moscow().items())
        self.choices["swot"] = list(labels.swot_kinds().items())
        self.numbers: dict[str, int] = {}
        """Need id → its number in the workshop (`services.ranking.need_numbers`)."""

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "number":
            return need_label(self.numbers[row.id]) if row.id in self.numbers else ""
        return super().display(row, column)

    def sort_value(self, row: Any, column: Column) -> Any:
        if column.key == "number":
            return self.numbers.get(row.id, 0)
        return super().sort_value(row, column)

    def alignment(self, column: Column) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignCenter if column.key == "number" else super().alignment(column)

    def tooltip(self, row: Any, column: Column) -> str | None:
        if column.key == "title":
            return f"{row.title}\n\n{row.description}" if row.description else row.title
        text = self.display(row, column)
        return text or None


@dataclass(frozen=True)
class VoterRow:
    """One participant's line of the voting grid: dots per need and dots left."""

    id: str
    name: str
    organisation: str
    dots: tuple[tuple[str, int], ...]
    left: int

    def dots_for(self, need_id: str) -> int:
        """The dots this participant gave a need."""
        return dict(self.dots).get(need_id, 0)


class VoteGridTableModel(RecordTableModel):
    """Participants down, needs across: each cell the dots a participant gave a need.

    The need columns are built from the needs shown (`set_grid`); editing a cell saves the
    participant's dots for that need (the service enforces the dot budget).
    """

    fixed_columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "Participant")),
        Column("left", QT_TRANSLATE_NOOP("columns", "Dots left"), kind="count",
               tooltip=QT_TRANSLATE_NOOP("columns", "Dots this participant can still place")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = self.fixed_columns
        self.need_titles: dict[str, str] = {}
        self.need_numbers: dict[str, int] = {}
        self.budget = 0

    def set_grid(self, voters: Sequence[VoterRow], needs: Sequence[tuple[str, int, str]], budget: int) -> None:
        """Show these participants and needs ((id, number in the workshop, title), in list order)."""
        columns = self.fixed_columns + tuple(
            Column(need_id, need_caption(number, title), kind="count", editable=True, maximum=budget)
            for need_id, number, title in needs
        )
        self.budget = budget
        self.need_titles = {need_id: title for need_id, _number, title in needs}
        self.need_numbers = {need_id: number for need_id, number, _title in needs}
        if [c.key for c in columns] != [c.key for c in self.columns]:
            self.beginResetModel()
            self.columns = columns
            self._rows = list(voters)
            self.endResetModel()
            return
        if [c.header for c in columns] != [c.header for c in self.columns]:
            self.columns = columns
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
        self.set_rows(voters)

    def value(self, row: Any, column: Column) -> Any:
        if column.key in self.need_titles:
            return row.dots_for(column.key)
        return super().value(row, column)

    def display(self, row: Any, column: Column) -> Any:
        if column.key in self.need_titles:
            dots = row.dots_for(column.key)
            return str(dots) if dots else ""
        if column.key == "left":
            return str(row.left)
        return super().display(row, column)

    def edit_value(self, row: Any, column: Column) -> Any:
        return self.value(row, column)

    def alignment(self, column: Column) -> Qt.AlignmentFlag:
        if column.key in self.need_titles or column.key == "left":
            return Qt.AlignmentFlag.AlignCenter
        return super().alignment(column)

    def tooltip(self, row: Any, column: Column) -> str | None:
        if column.key in self.need_titles:
            return f"{row.name} → {need_caption(self.need_numbers[column.key], self.need_titles[column.key])}"
        if column.key == "name":
            return f"{row.name}\n{row.organisation}" if row.organisation else row.name
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            key = self.columns[section].key
            if key in self.need_titles:
                if role == Qt.ItemDataRole.DisplayRole:
                    return need_label(self.need_numbers[key])
                if role == Qt.ItemDataRole.ToolTipRole:
                    return need_caption(self.need_numbers[key], self.need_titles[key])
                if role == Qt.ItemDataRole.TextAlignmentRole:
                    return Qt.AlignmentFlag.AlignCenter
                return None
        return super().headerData(section, orientation, role)

    def refusal(self, column: Column, error: Any) -> str:
        from icc_desktop.ui.problems import error_text, field_messages

        message = field_messages(error).get("dots") or error_text(error)
        return QCoreApplication.translate("needs", "Dots: %s") % message if message[:1].islower() else message


@dataclass(frozen=True)
class NeedScores:
    """A need's tally (the facilitator's entry) and the means of every vote on it."""

    id: str
    number: int
    title: str
    dots: int
    impact: int | None
    feasibility: int | None
    mean_impact: float | None
    mean_feasibility: float | None
    quadrant: str | None
    total_dots: int


class ScoreTableModel(RecordTableModel):
    """Per need: the group's tally of dots and its impact and feasibility scores (editable),
    beside the means over every vote and the resulting quadrant (rows: `NeedScores`)."""

    columns = (
        Column("number", QT_TRANSLATE_NOOP("columns", "No."), kind="computed",
               tooltip=QT_TRANSLATE_NOOP("columns", "The need's short label, the same in every view")),
        Column("title", QT_TRANSLATE_NOOP("columns", "Need")),
        Column("total_dots", QT_TRANSLATE_NOOP("columns", "All dots"), kind="count",
               tooltip=QT_TRANSLATE_NOOP("columns", "Every participant's dots plus the tally: what the ranking uses")),
        Column("dots", QT_TRANSLATE_NOOP("columns", "Tally dots"), kind="count", editable=True, maximum=999,
               tooltip=QT_TRANSLATE_NOOP("columns", "Dots counted by the facilitator on the wall, "
                                                    "added to the participants' dots")),
        Column("impact", QT_TRANSLATE_NOOP("columns", "Impact"), kind="level", editable=True,
               tooltip=QT_TRANSLATE_NOOP("columns", "The group's impact score, 1 (low) to 5 (high)")),
        Column("feasibility", QT_TRANSLATE_NOOP("columns", "Feasibility"), kind="level", editable=True,
               tooltip=QT_TRANSLATE_NOOP("columns", "The group's feasibility score, 1 (hard) to 5 (easy)")),
        Column("mean_impact", QT_TRANSLATE_NOOP("columns", "Impact (all)"), kind="score",
               tooltip=QT_TRANSLATE_NOOP("columns", "Mean impact over every vote, which the ranking uses")),
        Column("mean_feasibility", QT_TRANSLATE_NOOP("columns", "Feasibility (all)"), kind="score",
               tooltip=QT_TRANSLATE_NOOP("columns", "Mean feasibility over every vote, which the ranking uses")),
        Column("quadrant", QT_TRANSLATE_NOOP("columns", "Quadrant"), kind="computed"),
    )

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "number":
            return need_label(row.number)
        if column.key == "quadrant":
            return quadrant_label(row.quadrant)
        if column.key == "dots":
            return str(row.dots) if row.dots else ""
        return super().display(row, column)

    def sort_value(self, row: Any, column: Column) -> Any:
        return row.number if column.key == "number" else super().sort_value(row, column)

    def alignment(self, column: Column) -> Qt.AlignmentFlag:
        if column.key in ("number", "total_dots", "dots"):
            return Qt.AlignmentFlag.AlignCenter
        return super().alignment(column)

    def tooltip(self, row: Any, column: Column) -> str | None:
        return need_caption(row.number, row.title) if column.key == "title" else None


class RankingTableModel(RecordTableModel):
    """The live ranking (rows: `RankedNeed`): dots first, then impact × feasibility, then MoSCoW."""

    id_attr = "need_id"
    columns = (
        Column("rank", QT_TRANSLATE_NOOP("columns", "Rank"), kind="count"),
        Column("number", QT_TRANSLATE_NOOP("columns", "No."), kind="computed",
               tooltip=QT_TRANSLATE_NOOP("columns", "The need's short label, the same in every view")),
        Column("title", QT_TRANSLATE_NOOP("columns", "Need")),
        Column("dots", QT_TRANSLATE_NOOP("columns", "Dots"), kind="count"),
        Column("priority", QT_TRANSLATE_NOOP("columns", "I×F"), kind="score",
               tooltip=QT_TRANSLATE_NOOP("columns", "Impact × feasibility (1–25)")),
        Column("quadrant", QT_TRANSLATE_NOOP("columns", "Quadrant"), kind="computed"),
        Column("moscow", QT_TRANSLATE_NOOP("columns", "MoSCoW"), kind="computed"),
    )

    def __init__(self, parent: Any = None, *, font_scale: float = 1.0) -> None:
        super().__init__(parent)
        self.font_scale = font_scale

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "number":
            return need_label(row.number)
        if column.key == "quadrant":
            return quadrant_label(row.quadrant)
        if column.key == "moscow":
            return labels.label(labels.moscow, row.moscow)
        if column.key == "priority":
            return _one_decimal(row.priority)
        return super().display(row, column)

    def sort_value(self, row: Any, column: Column) -> Any:
        return row.number if column.key == "number" else super().sort_value(row, column)

    def alignment(self, column: Column) -> Qt.AlignmentFlag:
        if column.key in ("rank", "number", "dots"):
            return Qt.AlignmentFlag.AlignCenter
        return super().alignment(column)

    def tooltip(self, row: Any, column: Column) -> str | None:
        if column.key != "title":
            return None
        parts = [need_caption(row.number, row.title)]
        if row.impact is not None or row.feasibility is not None:
            parts.append(QCoreApplication.translate("needs", "Impact %1, feasibility %2")
                         .replace("%1", _one_decimal(row.impact) or "–")
                         .replace("%2", _one_decimal(row.feasibility) or "–"))
        return "\n".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.font_scale != 1.0:
            font = QFont()
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * self.font_scale)
            return font
        return super().data(index, role)
