"""Pick a KPI from the library: search by name, theme and SDG; the choice brings its unit and direction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.ui import labels
from icc_desktop.ui.models.records import Column, RecordTableModel
from icc_desktop.ui.widgets.record_table import RecordTable


class LibraryTableModel(RecordTableModel):
    """Indicators of the KPI library (rows: `services.kpi_library.LibraryIndicator`)."""

    id_attr = "code"
    columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "Indicator")),
        Column("theme", QT_TRANSLATE_NOOP("columns", "Theme")),
        Column("sdgs", QT_TRANSLATE_NOOP("columns", "SDGs"), kind="computed"),
        Column("unit", QT_TRANSLATE_NOOP("columns", "Unit")),
        Column("direction", QT_TRANSLATE_NOOP("columns", "Better"), kind="choice"),
        Column("source", QT_TRANSLATE_NOOP("columns", "Source"), kind="computed"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalogue_names: dict[str, str] = {}

    def display(self, row: Any, column: Column) -> Any:
        if column.key == "sdgs":
            return ", ".join(str(n) for n in row.sdgs)
        if column.key == "source":
            return row.official_id or self.catalogue_names.get(row.catalogue, row.catalogue)
        return super().display(row, column)


class KpiLibraryDialog(QDialog):
    """Search the KPI library and pick one indicator (`chosen_code()` after `exec()`)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        from icc_desktop.services import kpi_library

        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("KPI library"))
        self.resize(900, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, theme, identifier or “SDG 7”…"))
        self.search.setAccessibleName(self.tr("Search the KPI library"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("All themes"), None)
        for theme in kpi_library.themes(language):
            self.theme.addItem(theme, theme)
        self.sdg = QComboBox()
        self.sdg.setAccessibleName(self.tr("Sustainable Development Goal"))
        self.sdg.addItem(self.tr("All SDGs"), None)
        for number in range(1, 18):
            self.sdg.addItem(self.tr("SDG %1").replace("%1", str(number)), number)
        self.model = LibraryTableModel(self)
        self.model.catalogue_names = {c.code: c.source for c in kpi_library.catalogues()}
        self.model.choices["direction"] = list(labels.kpi_directions().items())
        self.table = RecordTable(self.model, stretch="name")
        self.table.setAccessibleName(self.tr("Indicators"))
        for key, width in (("theme", 150), ("sdgs", 60), ("unit", 120), ("direction", 70), ("source", 150)):
            self.table.setColumnWidth(self.model.column_number(key), width)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.selectionModel().currentRowChanged.connect(self._show_source)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add this KPI"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.theme, 1)
        filters.addWidget(self.sdg)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.source)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.refresh)
        self.theme.currentIndexChanged.connect(self.refresh)
        self.sdg.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the indicators matching the search and filters."""
        from icc_desktop.services import kpi_library

        found = kpi_library.search(self.search.text(), language=self.language, theme=self.theme.currentData(),
                                   sdg=self.sdg.currentData())
        self.model.set_rows(found)
        if found and self.table.current_id() is None:
            self.table.select_id(found[0].code)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(found))
        self._show_source()

    def _show_source(self, *_args: Any) -> None:
        from icc_desktop.services import kpi_library

        code = self.chosen_code()
        if code is None:
            self.source.setText(self.tr("No indicator matches."))
            return
        indicator = kpi_library.get(code, self.language)
        catalogue = next(c for c in kpi_library.catalogues() if c.code == indicator.catalogue)
        parts = [catalogue.name, indicator.reference or "", catalogue.licence]
        self.source.setText(" — ".join(p for p in parts if p))

    def chosen_code(self) -> str | None:
        """The code of the selected indicator, if any."""
        code = self.table.current_id()
        return code if code and self.model.find(code) >= 0 else None
