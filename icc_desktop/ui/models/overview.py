"""The overview's lists: cities (with their workshop counts) and workshops (with their city)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from icc_desktop.ui import labels
from icc_desktop.ui.i18n import date_text
from icc_desktop.ui.models.base import Column, RowTableModel


def _header(context: str, text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(context, text)


def _date(row: Any) -> str:
    return date_text(row.date)


def _country(row: Any) -> str:
    return f"{row.country} · {labels.country_name(row.country)}"


class CitiesTableModel(RowTableModel[Any]):
    """One row per city (`services.cities.CitySummary`)."""

    columns = (
        Column("name", _header("CitiesTableModel", QT_TRANSLATE_NOOP("CitiesTableModel", "City"))),
        Column("country", _header("CitiesTableModel", QT_TRANSLATE_NOOP("CitiesTableModel", "Country")),
               display=_country),
        Column("workshops", _header("CitiesTableModel", QT_TRANSLATE_NOOP("CitiesTableModel", "Workshops")),
               kind="number", searchable=False),
    )


class WorkshopsTableModel(RowTableModel[Any]):
    """One row per workshop (`services.workshops.WorkshopSummary`); the open one shows in bold."""

    columns = (
        Column("city", _header("WorkshopsTableModel", QT_TRANSLATE_NOOP("WorkshopsTableModel", "City"))),
        Column("country", _header("WorkshopsTableModel", QT_TRANSLATE_NOOP("WorkshopsTableModel", "Country"))),
        Column("title", _header("WorkshopsTableModel", QT_TRANSLATE_NOOP("WorkshopsTableModel", "Workshop"))),
        Column("date", _header("WorkshopsTableModel", QT_TRANSLATE_NOOP("WorkshopsTableModel", "Date")),
               display=_date, kind="date"),
        Column("status", _header("WorkshopsTableModel", QT_TRANSLATE_NOOP("WorkshopsTableModel", "Status")),
               kind="choice", choices=labels.workshop_statuses),
        Column("participants",
               _header("WorkshopsTableModel", QT_TRANSLATE_NOOP("WorkshopsTableModel", "Participants")),
               kind="number", searchable=False),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.open_id: str | None = None

    def set_open(self, workshop_id: str | None) -> None:
        """Mark the workshop that is open (shown in bold)."""
        changed = [r for r in (self.row_index(self.open_id), self.row_index(workshop_id)) if r >= 0]
        self.open_id = workshop_id
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1),
                                  [Qt.ItemDataRole.FontRole])

    def extra_data(self, row: Any, column: Column[Any], role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.id == self.open_id:
            font = QFont()
            font.setBold(True)
            return font
        return None
