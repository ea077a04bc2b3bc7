"""The overview: every city and workshop in the database, a search, and the workshop actions.

Pick a city on the left to see only its workshops; open a workshop (double-click, Enter or
Open) to work on it in the other pages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.ui import commands
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import captioned, page_header, search_field, set_role, tab_chain
from icc_desktop.ui.models.overview import CitiesTableModel, WorkshopsTableModel
from icc_desktop.ui.models.search import SearchProxyModel
from icc_desktop.ui.pages.base import Page


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    view.setWordWrap(False)
    return view


class OverviewToolsBar(QWidget):
    """The search over cities and workshops, and the buttons that make a new workshop or city."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_field(self.tr("Search cities and workshops…"), self.tr("Search cities and workshops"))
        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.new_city_button = QPushButton(self.tr("New c&ity…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for button in (self.new_button, self.new_city_button):
            layout.addWidget(button)


class CitiesSection(QWidget):
    """The cities, with their country; picking one shows only its workshops."""

    def __init__(self, proxy: SearchProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = _table(proxy, self.tr("Cities"))
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the country
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.caption = QLabel()
        set_role(self.caption, "sectionTitle")
        captioned(self, self.caption, self.view)


class WorkshopsSection(QWidget):
    """The workshops (of the picked city, or all), and what can be done with the selected one."""

    def __init__(self, proxy: SearchProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = _table(proxy, self.tr("Workshops"))
        # Column widths are fitted to the contents once per load (_fit_columns), not kept fitted by
        # Qt: ResizeToContents re-measures every row at each change (2 s on 136 workshops).
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.caption = QLabel()
        set_role(self.caption, "sectionTitle")
        self.all_cities = QPushButton(self.tr("Show all cities"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setToolTip(self.tr("Copy the workshop with its participants, needs and roadmap "
                                                 "(not its scores and votes)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the workshop and everything in it; Undo brings it back"))
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.caption, 1)
        caption_row.addWidget(self.all_cities)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(caption_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)


class OverviewPage(Page):
    """Cities and workshops: search, open, create, duplicate, delete."""

    page_id = "overview"
    tables = frozenset({"city", "workshop", "participant"})
    needs_workshop = False

    sig_open_workshop = Signal(str)
    """The user asked to work on this workshop (its id)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        header, _title, _hint = page_header(
            self.tr("Cities and workshops"),
            self.tr("Open a workshop to prepare it, run it in the room and write its roadmap. "
                    "Pick a city to see only its workshops."))
        self.cities = CitiesTableModel(self)
        self.city_proxy = SearchProxyModel(self)
        self.city_proxy.setSourceModel(self.cities)
        self.workshops = WorkshopsTableModel(self)
        self.workshop_proxy = SearchProxyModel(self)
        self.workshop_proxy.setSourceModel(self.workshops)
        self._city_filter: str | None = None
        self.tools_bar = OverviewToolsBar()
        self.cities_section = CitiesSection(self.city_proxy)
        self.workshops_section = WorkshopsSection(self.workshop_proxy)
        self._name_parts()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cities_section)
        splitter.addWidget(self.workshops_section)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([400, 800])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.tools_bar)
        layout.addWidget(splitter, 1)
        self._connect_sections()
        self._update_buttons()

    def _name_parts(self) -> None:
        """The sections' widgets under the names the page's methods (and tests) use."""
        tools, workshops = self.tools_bar, self.workshops_section
        self.search, self.new_button, self.new_city_button = tools.search, tools.new_button, tools.new_city_button
        self.city_view, self.city_caption = self.cities_section.view, self.cities_section.caption
        self.workshop_view, self.workshop_caption, self.all_cities = workshops.view, workshops.caption, workshops.all_cities
        self.open_button, self.duplicate_button = workshops.open_button, workshops.duplicate_button
        self.delete_button = workshops.delete_button

    def _connect_sections(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.new_button.clicked.connect(self.new_workshop)
        self.new_city_button.clicked.connect(self.new_city)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.city_view.selectionModel().selectionChanged.connect(self._city_selected)
        self.city_view.customContextMenuRequested.connect(self._city_menu)
        self.workshop_view.doubleClicked.connect(lambda _index: self.open_selected())
        self.workshop_view.activated.connect(lambda _index: self.open_selected())
        self.workshop_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.all_cities.clicked.connect(self.city_view.clearSelection)
        tab_chain(self, self.search, self.city_view, self.workshop_view, self.new_button, self.new_city_button,
                  self.open_button, self.duplicate_button, self.delete_button, self.all_cities)
        self.context.sig_workshop_changed.connect(self.workshops.set_open)

    def title(self) -> str:
        return self.tr("Overview")

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        from icc_desktop.services.cities import list_cities
        from icc_desktop.services.workshops import list_workshops

        selected = self.selected_workshop_id()
        self.cities.set_rows(list_cities(self.context.db))
        self.workshops.set_rows(list_workshops(self.context.db))
        self.workshops.set_open(self.context.workshop_id)
        if self._city_filter is not None and self.cities.row_index(self._city_filter) < 0:
            self.city_view.clearSelection()  # the city was deleted
        self.select_workshop(selected or self.context.workshop_id)
        self._fit_columns()
        self._update_captions()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Size the non-stretching columns to their widest text, measured here in one pass
        (Qt's resizeColumnToContents asks the model for every cell's size: 0.75 s on 136 rows)."""
        bold = QFont(self.font())
        bold.setBold(True)  # the open workshop's row is bold: measure as if every row were
        metrics = QFontMetrics(bold)
        for view, model, stretched in ((self.city_view, self.cities, 1), (self.workshop_view, self.workshops, 2)):
            header = view.horizontalHeader()
            for number, column in enumerate(model.columns):
                if number == stretched:
                    continue
                texts = {column.text(row) for row in model.rows} | {column.header()}
                header.resizeSection(number, max(map(metrics.horizontalAdvance, texts)) + 24)

    def _update_captions(self) -> None:
        self.city_caption.setText(self.tr("Cities (%n)", "", self.city_proxy.rowCount()))
        if self._city_filter is not None:
            row = self.cities.row_index(self._city_filter)
            name = self.cities.row_at(row).name if row >= 0 else ""
            self.workshop_caption.setText(self.tr("Workshops in {city} ({count})").format(
                city=name, count=self.workshop_proxy.rowCount()))
        else:
            self.workshop_caption.setText(self.tr("Workshops (%n)", "", self.workshop_proxy.rowCount()))
        self.all_cities.setVisible(self._city_filter is not None)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_workshop_id() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)

    # --- selection ---------------------------------------------------------------------------

    def selected_workshop_id(self) -> str | None:
        """The workshop selected in the list, if any."""
        rows = self.workshop_view.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.workshops.row_at(self.workshop_proxy.source_row(rows[0].row())).id)

    def select_workshop(self, workshop_id: str | None) -> None:
        """Select (and scroll to) a workshop of the list."""
        row = self.workshops.row_index(workshop_id) if workshop_id else -1
        proxy_index = self.workshop_proxy.mapFromSource(self.workshops.index(row, 0)) if row >= 0 else QModelIndex()
        if proxy_index.isValid():
            self.workshop_view.selectRow(proxy_index.row())
            self.workshop_view.scrollTo(proxy_index)

    def _search_changed(self, text: str) -> None:
        self.city_proxy.set_search(text)
        self.workshop_proxy.set_search(text)
        self._update_captions()
        self._update_buttons()

    def _city_selected(self, *_args: object) -> None:
        rows = self.city_view.selectionModel().selectedRows()
        city_id = self.cities.row_at(self.city_proxy.source_row(rows[0].row())).id if rows else None
        self._city_filter = city_id
        if city_id is None:
            self.workshop_proxy.set_row_filter(None)
        else:
            workshops = self.workshops
            self.workshop_proxy.set_row_filter(lambda r: workshops.rows[r].city_id == city_id)
        self._update_captions()
        self._update_buttons()

    # --- actions -----------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Work on the selected workshop."""
        workshop_id = self.selected_workshop_id()
        if workshop_id is not None:
            self.sig_open_workshop.emit(workshop_id)

    def new_workshop(self) -> None:
        """Ask for a new workshop (for the selected city, if one is) and open it."""
        from icc_desktop.ui.dialogs.workshop import NewWorkshopDialog

        dialog = NewWorkshopDialog(self.context, self._city_filter, self)
        if dialog.exec() and dialog.workshop_id:
            self.refresh()
            self.select_workshop(dialog.workshop_id)
            self.sig_open_workshop.emit(dialog.workshop_id)

    def new_city(self) -> None:
        """Ask for a new city and select it."""
        from icc_desktop.ui.dialogs.workshop import NewCityDialog

        dialog = NewCityDialog(self.context, self)
        if dialog.exec() and dialog.city_id:
            self.refresh()
            row = self.city_proxy.mapFromSource(self.cities.index(self.cities.row_index(dialog.city_id), 0))
            if row.isValid():
                self.city_view.selectRow(row.row())

    def duplicate_selected(self) -> None:
        """Copy the selected workshop (undoable) and select the copy."""
        workshop_id = self.selected_workshop_id()
        if workshop_id is None:
            return
        copy = commands.duplicate_workshop(self.context, workshop_id, None)
        self.refresh()
        self.select_workshop(copy.id)
        self._status(self.tr("Workshop copied: “{title}”.").format(title=copy.title))

    def delete_selected(self) -> None:
        """Delete the selected workshop and everything in it (Undo brings it back)."""
        from icc_desktop.models import Workshop

        workshop_id = self.selected_workshop_id()
        if workshop_id is None:
            return
        row = self.workshops.row_at(self.workshops.row_index(workshop_id))
        commands.delete_row(self.context, Workshop, workshop_id,
                            text=self.tr("Delete workshop “{title}”").format(title=row.title))
        self._status(self.tr("Workshop “{title}” of {city} deleted. Edit ▸ Undo brings it back.")
                     .format(title=row.title, city=row.city))

    def _city_menu(self, position: QPoint) -> None:
        index = self.city_view.indexAt(position)
        if not index.isValid():
            return
        city = self.cities.row_at(self.city_proxy.source_row(index.row()))
        menu = QMenu(self)
        new_action = menu.addAction(self.tr("New workshop for {city}…").format(city=city.name))
        delete_action = menu.addAction(self.tr("Delete city {city}").format(city=city.name))
        chosen = menu.exec(self.city_view.viewport().mapToGlobal(position))
        if chosen is new_action:
            self.city_view.selectRow(index.row())
            self.new_workshop()
        elif chosen is delete_action:
            self.delete_city(city.id)

    def delete_city(self, city_id: str) -> None:
        """Delete a city with its workshops, after asking if it has any (Undo brings them back)."""
        from icc_desktop.models import City

        row = self.cities.row_at(self.cities.row_index(city_id))
        if row.workshops:
            answer = QMessageBox.question(
                self, self.tr("Delete city"),
                self.tr("Delete {city} and its %n workshop(s)? Edit ▸ Undo brings them back.", "",
                        row.workshops).format(city=row.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        commands.delete_row(self.context, City, city_id, text=self.tr("Delete city {city}").format(city=row.name))

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)
