"""Qt item models of the follow-up page: action progress, notes, KPIs, measurements, rounds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from icc_desktop.ui import labels
from icc_desktop.ui.models.records import Column, RecordTableModel, number_text


@dataclass(frozen=True)
class CohortRow:
    """One dimension: the city's current and target levels and the cohort's figures."""

    dimension_id: str
    name: str
    current: float | None
    median: float | None
    q1: float | None
    q3: float | None
    target: float | None
    target_median: float | None


def _signed(value: float | None) -> str:
    if value is None:
        return ""
    text = QLocale().toString(float(value), "f", 1)
    return f"+{text}" if value > 0 else text


class ProgressTableModel(RecordTableModel):
    """Actions with their status, percent complete and the end planned (baseline) vs now (rows: `Action`)."""

    columns = (
        Column("title", QT_TRANSLATE_NOOP("columns", "Action")),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"), kind="choice", editable=True, optional=False),
        Column("percent_complete", QT_TRANSLATE_NOOP("columns", "% done"), kind="count", editable=True,
               maximum=100),
        Column("baseline_end_month", QT_TRANSLATE_NOOP("columns", "Planned end"), kind="month",
               tooltip=QT_TRANSLATE_NOOP("columns", "The end month frozen as agreed (the baseline)")),
        Column("end_month", QT_TRANSLATE_NOOP("columns", "End"), kind="month", editable=True),
        Column("slip", QT_TRANSLATE_NOOP("columns", "Months late"), kind="computed",
               tooltip=QT_TRANSLATE_NOOP("columns", "Months later than the baseline (negative: earlier)")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices["status"] = list(labels.action_statuses().items())

    def alignment(self, column: Column) -> Any:
        return super().alignment(Column("x", "", kind="number") if column.key == "slip" else column)

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "slip":
            if row.baseline_end_month is None or row.end_month is None:
                return ""
            months = ((row.end_month.year - row.baseline_end_month.year) * 12
                      + row.end_month.month - row.baseline_end_month.month)
            return str(months)
        return super().display(row, column)


class NoteTableModel(RecordTableModel):
    """An action's progress notes, newest first (rows: `ProgressNote`)."""

    columns = (
        Column("date", QT_TRANSLATE_NOOP("columns", "Date"), kind="date", editable=True, optional=False),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"), kind="choice"),
        Column("percent_complete", QT_TRANSLATE_NOOP("columns", "% done"), kind="count"),
        Column("text", QT_TRANSLATE_NOOP("columns", "Note"), editable=True),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices["status"] = list(labels.action_statuses().items())


class KpiProgressTableModel(RecordTableModel):
    """Every KPI of the roadmap with its latest value (rows: `services.monitoring.KpiProgress`)."""

    columns = (
        Column("action", QT_TRANSLATE_NOOP("columns", "Action")),
        Column("name", QT_TRANSLATE_NOOP("columns", "KPI")),
        Column("unit", QT_TRANSLATE_NOOP("columns", "Unit")),
        Column("direction", QT_TRANSLATE_NOOP("columns", "Better"), kind="choice", editable=True, optional=False),
        Column("baseline", QT_TRANSLATE_NOOP("columns", "Baseline"), kind="number"),
        Column("target", QT_TRANSLATE_NOOP("columns", "Target"), kind="number"),
        Column("latest", QT_TRANSLATE_NOOP("columns", "Latest"), kind="number"),
        Column("share", QT_TRANSLATE_NOOP("columns", "Of the way"), kind="computed",
               tooltip=QT_TRANSLATE_NOOP("columns", "How far the latest value has come from baseline to target")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.action_titles: dict[str, str] = {}
        self.choices["direction"] = list(labels.kpi_directions().items())

    def key_of(self, row: Any) -> str:
        return str(row.kpi.id)

    def value(self, row: Any, column: Column) -> Any:
        if column.key == "action":
            return self.action_titles.get(row.kpi.action_id, "")
        if column.key in ("latest",):
            return row.latest
        return getattr(row.kpi, column.key, None)

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "share":
            share = row.share_of_target
            return "" if share is None else f"{QLocale().toString(share * 100, 'f', 0)} %"
        return super().display(row, column)

    def alignment(self, column: Column) -> Any:
        if column.key == "share":
            return super().alignment(Column("x", "", kind="number"))
        return super().alignment(column)


class MeasurementTableModel(RecordTableModel):
    """The measurements of one KPI, oldest first (rows: `KpiMeasurement`)."""

    columns = (
        Column("date", QT_TRANSLATE_NOOP("columns", "Date"), kind="date", editable=True, optional=False),
        Column("value", QT_TRANSLATE_NOOP("columns", "Value"), kind="number", editable=True, optional=False),
        Column("note", QT_TRANSLATE_NOOP("columns", "Note"), editable=True),
    )


class RoundQuestionTableModel(RecordTableModel):
    """The questions of a later round with the group's levels (rows: `RoundQuestion`)."""

    id_attr = "question_id"
    columns = (
        Column("dimension", QT_TRANSLATE_NOOP("columns", "Dimension")),
        Column("text", QT_TRANSLATE_NOOP("columns", "Question")),
        Column("previous", QT_TRANSLATE_NOOP("columns", "Before"), kind="level",
               tooltip=QT_TRANSLATE_NOOP("columns", "Current level in the previous round")),
        Column("current_level", QT_TRANSLATE_NOOP("columns", "Current"), kind="level", editable=True),
        Column("target_level", QT_TRANSLATE_NOOP("columns", "Target"), kind="level", editable=True),
    )


class ChangeTableModel(RecordTableModel):
    """Per dimension: current, target, gap, and their change since the previous round
    (rows: `services.monitoring.DimensionChange`)."""

    id_attr = "dimension_id"
    columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "Dimension")),
        Column("current", QT_TRANSLATE_NOOP("columns", "Current"), kind="score"),
        Column("target", QT_TRANSLATE_NOOP("columns", "Target"), kind="score"),
        Column("gap", QT_TRANSLATE_NOOP("columns", "Gap"), kind="score"),
        Column("current_change", QT_TRANSLATE_NOOP("columns", "Current since before"), kind="computed"),
        Column("gap_change", QT_TRANSLATE_NOOP("columns", "Gap since before"), kind="computed"),
    )

    def display(self, row: Any, column: Column) -> Any:
        if column.kind == "computed":
            return _signed(getattr(row, column.key))
        return super().display(row, column)

    def alignment(self, column: Column) -> Any:
        return super().alignment(Column("x", "", kind="number") if column.kind == "computed" else column)


__all__ = ["ChangeTableModel", "KpiProgressTableModel", "MeasurementTableModel", "NoteTableModel",
           "ProgressTableModel", "RoundQuestionTableModel", "number_text"]


class CohortTableModel(RecordTableModel):
    """Per dimension: the city's levels beside the cohort's median and middle half
    (rows: `CohortRow`)."""

    id_attr = "dimension_id"
    columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "Dimension")),
        Column("current", QT_TRANSLATE_NOOP("columns", "City"), kind="score"),
        Column("median", QT_TRANSLATE_NOOP("columns", "Median"), kind="score"),
        Column("band", QT_TRANSLATE_NOOP("columns", "Q1–Q3"), kind="computed",
               tooltip=QT_TRANSLATE_NOOP("columns", "Where the middle half of the cohort's cities stand "
                                                    "(first to third quartile)")),
        Column("target", QT_TRANSLATE_NOOP("columns", "City target"), kind="score"),
        Column("target_median", QT_TRANSLATE_NOOP("columns", "Median target"), kind="score"),
    )

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "band":
            if row.q1 is None or row.q3 is None:
                return "–"
            locale = QLocale()
            return f"{locale.toString(float(row.q1), 'f', 1)}–{locale.toString(float(row.q3), 'f', 1)}"
        return super().display(row, column)

    def alignment(self, column: Column) -> Any:
        return super().alignment(Column("x", "", kind="number") if column.kind == "computed" else column)
