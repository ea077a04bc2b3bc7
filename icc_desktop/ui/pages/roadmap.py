"""The vision & roadmap page: vision statement, objectives, actions with their KPIs, a timeline.

Everything is edited in place and saved at once, each edit one undo step. Objectives and
actions are put in order by dragging rows (or Alt+Up / Alt+Down). The roadmap checks
(`services.roadmap.check_roadmap`) show as a warning icon on the action rows they concern, in
the timeline, and as a list under the tables; clicking a warning selects its row.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import IccError, ValidationError
from icc_desktop.ui import commands, labels
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import NotesEdit, page_header, search_field, set_role, tab_chain
from icc_desktop.ui.i18n import current_language, month_text
from icc_desktop.ui.models.records import ROW_ID_ROLE, RecordTableModel
from icc_desktop.ui.models.roadmap import (
    ActionTableModel,
    CheckListModel,
    KpiTableModel,
    ObjectiveTableModel,
)
from icc_desktop.ui.pages.workshop_base import WorkshopPage
from icc_desktop.ui.widgets.chart_style import is_dark
from icc_desktop.ui.widgets.details_panel import DetailsPanel
from icc_desktop.ui.widgets.field_message import FieldMessage
from icc_desktop.ui.widgets.gantt import (
    STATUS_COLOURS,
    STATUS_MARKS,
    WARNING_COLOURS,
    GanttBar,
    GanttChart,
    GanttGroup,
)
from icc_desktop.ui.widgets.record_table import RecordTable


def _titled_box(title: QLabel, body: QWidget, tools: QHBoxLayout) -> QVBoxLayout:
    """A section's column: its title, its table (taking the height) and its tools under it."""
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    layout.addLayout(tools)
    return layout


def _tool_row(*widgets: QWidget, stretches: tuple[int, ...] = ()) -> QHBoxLayout:
    """A row of tools, each with its stretch (0 when not given)."""
    row = QHBoxLayout()
    for number, widget in enumerate(widgets):
        row.addWidget(widget, stretches[number] if number < len(stretches) else 0)
    return row


class VisionSection(QWidget):
    """The vision statement: a few sentences, saved when the field is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = NotesEdit()
        self.editor.setAccessibleName(self.tr("Vision statement"))
        self.editor.setPlaceholderText(self.tr("Where the city wants to be at the end of the roadmap, in a few "
                                               "sentences (saved when you leave the field)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        title = QLabel(self.tr("V&ision"))
        set_role(title, "sectionTitle")
        title.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.editor)
        self.sig_committed = self.editor.sig_committed
        """Emitted when the user leaves the edited statement (the page saves it if it changed)."""

    def show_vision(self, text: str) -> None:
        """Show the stored statement, unless the user is typing in it."""
        if not self.editor.hasFocus():
            with QSignalBlocker(self.editor):
                self.editor.setPlainText(text)


class ObjectivesSection(QWidget):
    """The strategic objectives: a reorderable table with each one's action count, and a field to add one."""

    sig_add_requested = Signal()
    """The user asked to add the objective typed in `new_title`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ObjectiveTableModel(self)
        self.table = RecordTable(self.model, stretch="title")
        self.table.setAccessibleName(self.tr("Objectives"))
        self.table.setColumnWidth(self.model.column_number("actions"), 64)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("A new objective"))
        self.new_title.setAccessibleName(self.tr("New objective's title"))
        self.new_title.returnPressed.connect(self.sig_add_requested)
        self.add_button = QPushButton(self.tr("Add &objective"))
        self.add_button.clicked.connect(self.sig_add_requested)
        title = QLabel(self.tr("Objectives"))
        set_role(title, "sectionTitle")
        self.setLayout(_titled_box(title, self.table, _tool_row(self.new_title, self.add_button, stretches=(1,))))


class KpiSection(QWidget):
    """The KPIs of the selected action, with fields to add one by name or from the indicator library."""

    sig_add_requested = Signal()
    """The user asked to add the KPI named in `new_name`."""
    sig_library_requested = Signal()
    """The user asked to pick a KPI from the indicator library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = KpiTableModel(self)
        self.table = RecordTable(self.model, stretch="name")
        self.table.setAccessibleName(self.tr("KPIs of the selected action"))
        for key, width in (("unit", 60), ("baseline", 60), ("target", 50), ("target_date", 90)):
            self.table.setColumnWidth(self.model.column_number(key), width)
        self.title = QLabel()
        set_role(self.title, "sectionTitle")
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("A new KPI of the selected action, e.g. “Households with fibre”"))
        self.new_name.setAccessibleName(self.tr("New KPI's name"))
        self.new_name.returnPressed.connect(self.sig_add_requested)
        self.add_button = QPushButton(self.tr("Add &KPI"))
        self.add_button.clicked.connect(self.sig_add_requested)
        self.library_button = QPushButton(self.tr("From the &library…"))
        self.library_button.setToolTip(self.tr("Pick a KPI from the indicator library (U4SSC, CITYkeys, LORDI, "
                                               "ISO 37120/37122/37123): it brings its unit and direction"))
        self.library_button.clicked.connect(self.sig_library_requested)
        tools = _tool_row(self.new_name, self.add_button, self.library_button, stretches=(1,))
        self.setLayout(_titled_box(self.title, self.table, tools))

    def show_kpis(self, action_title: str | None, kpis: list[Any]) -> None:
        """Show the KPIs of the action titled `action_title`; None: no action selected, nothing to add to."""
        self.model.set_rows(kpis)
        if action_title is not None:
            self.title.setText(self.tr("KPIs of “%1”").replace("%1", action_title))
        else:
            self.title.setText(self.tr("KPIs (select an action)"))
        for widget in (self.new_name, self.add_button, self.library_button):
            widget.setEnabled(action_title is not None)


class ActionsSection(QWidget):
    """The actions: search and add tools, the table with the selected action's details beside it, its KPIs under it."""

    sig_add_requested = Signal()
    """The user asked to add the action typed in `new_title`, under `new_objective`'s objective."""
    sig_delete_requested = Signal()
    """The user pressed Delete: the selected row of whichever table had the focus goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActionTableModel(self)
        self.table = RecordTable(self.model, stretch="title")
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.horizontalHeader().setStretchLastSection(False)
        for key, width in (("checks", 28), ("start_month", 84), ("end_month", 84), ("status", 104)):
            self.table.setColumnWidth(self.model.column_number(key), width)
        # The less-used fields of the selected action, beside the table (no sideways scrolling).
        self.details = DetailsPanel(
            self.table, [self.model.column_number(key) for key in
                         ("objective_id", "need_id", "lead_organisation", "budget_eur", "funding_source")],
            self.tr("Selected action"),
            self.tr("Select an action to see its objective, need, lead, budget and funding."))
        self.details.setFixedWidth(240)
        self.kpis = KpiSection()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_tools())
        # The selected action's fields beside its table and KPIs: a pane of its own on the right,
        # which Tab reaches after the KPIs (reading order: down the column, then the pane beside).
        area = QHBoxLayout()
        area.addWidget(self._build_split(), 1)
        area.addWidget(self.details)
        layout.addLayout(area, 1)

    def _build_tools(self) -> QHBoxLayout:
        self.search = search_field(self.tr("Search the roadmap…"), self.tr("Search objectives, actions and KPIs"))
        self.search.setMinimumWidth(160)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("A new action"))
        self.new_title.setAccessibleName(self.tr("New action's title"))
        self.new_title.returnPressed.connect(self.sig_add_requested)
        self.new_objective = QComboBox()
        self.new_objective.setAccessibleName(self.tr("New action's objective"))
        self.new_objective.setMinimumContentsLength(16)
        self.new_objective.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = QPushButton(self.tr("Add &action"))
        self.add_button.clicked.connect(self.sig_add_requested)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected action (or objective, or KPI) — Del; "
                                              "Undo brings it back"))
        self.delete_button.clicked.connect(self.sig_delete_requested)
        return _tool_row(self.search, self.new_title, self.new_objective, self.add_button, self.delete_button,
                         stretches=(1, 2, 1))

    def _build_split(self) -> QSplitter:
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.kpis)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([390, 160])
        split.setChildrenCollapsible(False)
        return split

    def show_objective_choice(self, objectives: list[Any]) -> None:
        """Offer the objectives for a new action, keeping the one chosen (else the first)."""
        keep = self.new_objective.currentData()
        with QSignalBlocker(self.new_objective):
            self.new_objective.clear()
            self.new_objective.addItem(self.tr("(no objective)"), None)
            for objective in objectives:
                self.new_objective.addItem(objective.title, objective.id)
            position = self.new_objective.findData(keep) if keep is not None else -1
            self.new_objective.setCurrentIndex(position if position >= 0 else min(1, len(objectives)))


class TimelineSection(QWidget):
    """The actions on a Gantt chart by objective, with a legend of the statuses and the horizon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gantt = GanttChart()
        self.sig_action_clicked = self.gantt.sig_action_clicked
        """An action's bar was clicked (its id)."""
        scroll = QScrollArea()
        scroll.setWidget(self.gantt)
        scroll.setWidgetResizable(True)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(scroll, 1)

    def show_legend(self, first: Any, last: Any) -> None:
        """Say in words what the bars' colours and marks mean, and the roadmap's horizon."""
        # The bars' colours say the status; the legend says so in words (and for colour-blind eyes,
        # the status is also in the table and in each bar's tooltip).
        dark = is_dark(self.palette())
        parts = [f'<span style="color:{colours[1 if dark else 0]}">■</span>&nbsp;{STATUS_MARKS[code]}&nbsp;{html.escape(text)}'
                 for code, text in labels.action_statuses().items()
                 for colours in [STATUS_COLOURS[code]]]
        parts.append(f'<span style="color:{WARNING_COLOURS[dark]}">⚠</span>&nbsp;{html.escape(self.tr("a roadmap check"))}')
        horizon_text = self.tr("Horizon: %1 to %2").replace("%1", month_text(first)).replace("%2", month_text(last))
        self.legend.setText("&nbsp;&nbsp; ".join(parts) + f"&nbsp;&nbsp;&nbsp;— {html.escape(horizon_text)}")


class ChecksSection(QWidget):
    """The roadmap checks' warnings, each naming the row it concerns; hidden list when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Roadmap checks"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5 + 12)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.sig_activated = self.list.activated
        """A warning was chosen (Enter, double-click): its model index."""
        self.list.clicked.connect(self.list.activated)
        self.title = QLabel()
        set_role(self.title, "sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)

    def show_checks(self, warnings: list[Any]) -> None:
        """Show the warnings, and their count in the title."""
        self.model.set_rows(warnings)
        self.list.setVisible(bool(warnings))
        self.title.setText(self.tr("Roadmap checks: %n warning(s)", "", len(warnings)) if warnings
                           else self.tr("Roadmap checks: nothing to report"))


class RoadmapPage(WorkshopPage):
    """Vision, objectives, actions (dates, budget, funding, lead, status), KPIs and the timeline."""

    page_id = "roadmap"
    tables = frozenset({"workshop", "objective", "action", "kpi", "need", "vote", "reference_item"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.message = FieldMessage(self)
        header, _title, _hint = page_header(
            self.tr("Vision & roadmap"),
            self.tr("Edit any cell in place (Enter or double-click); drag rows or press Alt+Up/Down to "
                    "reorder. Warnings mark actions the roadmap checks have something to say about."))
        self.vision_section = VisionSection()
        self.objectives_section = ObjectivesSection()
        self.actions_section = ActionsSection()
        self.timeline_section = TimelineSection()
        self.checks_section = ChecksSection()
        self._name_parts()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.actions_section, self.tr("Actions && KPIs"))
        self.tabs.addTab(self.timeline_section, self.tr("Timeline"))
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.objectives_section)
        main.addWidget(self.tabs)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([240, 840])
        main.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.vision_section)
        layout.addWidget(main, 1)
        layout.addWidget(self.checks_section)
        self._connect_sections()
        self._workshop: Any = None
        self._all_kpis: list[Any] = []

    def _name_parts(self) -> None:
        """The sections' models, tables and fields under the names the page's methods (and tests) use."""
        vision, objectives, actions = self.vision_section, self.objectives_section, self.actions_section
        kpis, timeline, checks = actions.kpis, self.timeline_section, self.checks_section
        self.vision = vision.editor
        self.objectives, self.objective_table = objectives.model, objectives.table
        self.new_objective, self.add_objective_button = objectives.new_title, objectives.add_button
        self.action_rows, self.action_table, self.action_details = actions.model, actions.table, actions.details
        self.search, self.new_action, self.new_action_objective = actions.search, actions.new_title, actions.new_objective
        self.add_action_button, self.delete_button = actions.add_button, actions.delete_button
        self.kpis, self.kpi_table, self.kpi_title = kpis.model, kpis.table, kpis.title
        self.new_kpi, self.add_kpi_button, self.library_button = kpis.new_name, kpis.add_button, kpis.library_button
        self.gantt, self.gantt_legend = timeline.gantt, timeline.legend
        self.checks, self.check_list, self.checks_title = checks.model, checks.list, checks.title

    def _connect_sections(self) -> None:
        self.vision_section.sig_committed.connect(self.save_vision)
        self.objectives_section.sig_add_requested.connect(self.add_objective)
        self.actions_section.sig_add_requested.connect(self.add_action)
        self.actions_section.sig_delete_requested.connect(self.delete_selected)
        self.actions_section.kpis.sig_add_requested.connect(self.add_kpi)
        self.actions_section.kpis.sig_library_requested.connect(self.add_kpi_from_library)
        self.timeline_section.sig_action_clicked.connect(self._bar_clicked)
        self.checks_section.sig_activated.connect(self._check_activated)
        self.objectives.save_edit = self._save_objective
        self.action_rows.save_edit = self._save_action
        self.kpis.save_edit = self._save_kpi
        self.objective_table.sig_delete_requested.connect(self.delete_objective)
        self.action_table.sig_delete_requested.connect(self.delete_action)
        self.kpi_table.sig_delete_requested.connect(self.delete_kpi)
        for model, table in ((self.objectives, self.objective_table), (self.action_rows, self.action_table)):
            table.sig_move_requested.connect(lambda row_id, step, m=model: self._move(m, row_id, step))
            model.sig_rows_dropped.connect(lambda ids, m=model: self.reorder(m, ids))
        self.action_table.selectionModel().currentRowChanged.connect(self._action_changed)
        edited: tuple[tuple[RecordTableModel, RecordTable], ...] = (
            (self.objectives, self.objective_table), (self.action_rows, self.action_table), (self.kpis, self.kpi_table))
        for shown, table in edited:
            self.search.textChanged.connect(table.proxy.set_search)
            shown.sig_edit_refused.connect(lambda row, column, text, t=table: self.message.show_for_cell(t, row, column, text))
            shown.sig_edit_saved.connect(self.message.clear)  # the refused entry was fixed
        tab_chain(self, self.vision, self.objective_table, self.new_objective, self.add_objective_button, self.tabs,
                  self.search, self.new_action, self.new_action_objective, self.add_action_button,
                  self.delete_button, self.action_table, self.kpi_table, self.new_kpi, self.add_kpi_button,
                  self.library_button, self.check_list)

    def title(self) -> str:
        return self.tr("Vision & roadmap")

    def focus_search(self) -> bool:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        from icc_desktop.services.lookups import roadmap_view
        from icc_desktop.services.roadmap import horizon

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            self._workshop = None
            for model in (self.objectives, self.action_rows, self.kpis, self.checks):
                model.set_rows([])
            self.gantt.set_plan([])
            self.vision.setPlainText("")
            return
        try:
            view = roadmap_view(self.context.db, workshop_id, current_language())
        except IccError:  # the workshop was deleted under us; the shell switches away
            return
        self._workshop = view.workshop
        self.vision_section.show_vision(self._workshop.vision)
        objectives, actions, needs, warnings = view.objectives, view.actions, view.needs, view.warnings
        self._all_kpis = view.kpis
        by_action: dict[str, list[str]] = {}
        for warning in warnings:
            if warning.table == "action":
                by_action.setdefault(warning.row_id, []).append(warning.message)
        self.objectives.action_counts = {o.id: sum(1 for a in actions if a.objective_id == o.id) for o in objectives}
        self.objectives.set_rows(objectives)
        self.action_rows.choices["objective_id"] = [(o.id, o.title) for o in objectives]
        self.action_rows.choices["need_id"] = [(n.id, n.title) for n in needs]
        self.action_rows.choices["funding_source"] = [(r.code, r.label) for r in view.funding_sources]
        self.action_rows.warnings = by_action
        self.action_rows.month_anchor = self._workshop.date  # an empty month cell starts at the workshop
        self.action_rows.set_rows(actions)
        if self.action_table.current_id() is None and actions:
            self.action_table.select_id(actions[0].id, self.action_rows.column_number("title"))
        self.actions_section.show_objective_choice(objectives)
        self._show_kpis()
        self.checks_section.show_checks(warnings)
        first, last = horizon(self._workshop)
        groups = [GanttGroup(o.title, [self._bar(a, by_action) for a in actions if a.objective_id == o.id])
                  for o in objectives]
        loose = [self._bar(a, by_action) for a in actions if a.objective_id is None]
        if loose:
            groups.append(GanttGroup("", loose))
        self.gantt.set_plan([g for g in groups if g.bars], first, last)
        self.gantt.select(self.action_table.current_id())
        self.timeline_section.show_legend(first, last)

    @staticmethod
    def _bar(action: Any, warnings: dict[str, list[str]]) -> GanttBar:
        return GanttBar(action.id, action.title, action.start_month, action.end_month, action.status,
                        " ".join(warnings.get(action.id, [])), action.baseline_start_month,
                        action.baseline_end_month)

    def _show_kpis(self) -> None:
        action_id = self.action_table.current_id()
        row = self.action_rows.find(action_id) if action_id else -1
        self.actions_section.kpis.show_kpis(self.action_rows.row_at(row).title if row >= 0 else None,
                                            [k for k in self._all_kpis if k.action_id == action_id] if action_id else [])

    def _action_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_kpis()
        self.gantt.select(self.action_table.current_id())

    def _bar_clicked(self, action_id: str) -> None:
        self.search.clear()
        self.action_table.select_id(action_id, self.action_rows.column_number("title"))

    def _check_activated(self, index: QModelIndex) -> None:
        row_id = index.data(ROW_ID_ROLE)
        if row_id and self.action_rows.find(row_id) >= 0:
            self.tabs.setCurrentIndex(0)
            self.search.clear()
            self.action_table.select_id(row_id, self.action_rows.column_number("title"))
            self.action_table.setFocus()

    # --- vision ----------------------------------------------------------------------------

    def save_vision(self) -> None:
        """Save the vision statement if it changed."""
        from icc_desktop.models import Workshop

        if self._workshop is None or self.vision.toPlainText() == self._workshop.vision:
            return
        try:
            self._workshop = commands.update_row(self.context, Workshop, self._workshop.id,
                                                 text=self.tr("Edit vision"), vision=self.vision.toPlainText())
        except ValidationError as exc:
            self.message.show_beside(self.vision, exc.fields.get("vision") or str(exc))

    # --- adding and deleting ----------------------------------------------------------------

    def add_objective(self) -> None:
        """Add the objective typed in the new-objective field."""
        from icc_desktop.models import Objective

        if self._workshop is None:
            return
        position = max((o.position for o in self.objectives.rows()), default=-1) + 1
        try:
            objective = commands.create_row(self.context, Objective, text=self.tr("Add objective"),
                                            workshop_id=self._workshop.id, title=self.new_objective.text(),
                                            position=position)
        except ValidationError as exc:
            self.message.show_beside(self.new_objective, exc.fields.get("title") or str(exc))
            self.new_objective.setFocus()
            return
        self.message.clear()
        self.new_objective.clear()
        self.reload_now()
        self.objective_table.select_id(objective.id)
        position = self.new_action_objective.findData(objective.id)
        if position >= 0:  # the next action most likely belongs to the objective just added
            self.new_action_objective.setCurrentIndex(position)

    def add_action(self) -> None:
        """Add the action typed in the new-action field, under the objective chosen beside it."""
        from icc_desktop.models import Action

        if self._workshop is None:
            return
        position = max((a.position for a in self.action_rows.rows()), default=-1) + 1
        try:
            action = commands.create_row(self.context, Action, text=self.tr("Add action"),
                                         workshop_id=self._workshop.id, title=self.new_action.text(),
                                         objective_id=self.new_action_objective.currentData(), position=position)
        except ValidationError as exc:
            self.message.show_beside(self.new_action, exc.fields.get("title") or str(exc))
            self.new_action.setFocus()
            return
        self.message.clear()
        self.new_action.clear()
        self.search.clear()
        self.reload_now()
        self.action_table.select_id(action.id, self.action_rows.column_number("title"))

    def add_kpi(self) -> None:
        """Add a KPI named in the new-KPI field to the selected action."""
        from icc_desktop.models import Kpi

        action_id = self.action_table.current_id()
        if self._workshop is None or action_id is None:
            return
        try:
            kpi = commands.create_row(self.context, Kpi, text=self.tr("Add KPI"), workshop_id=self._workshop.id,
                                      action_id=action_id, name=self.new_kpi.text())
        except ValidationError as exc:
            self.message.show_beside(self.new_kpi, exc.fields.get("name") or str(exc))
            self.new_kpi.setFocus()
            return
        self.message.clear()
        self.new_kpi.clear()
        self.reload_now()
        self.kpi_table.select_id(kpi.id)

    def add_kpi_from_library(self, *, dialog: Any = None) -> None:
        """Pick a KPI from the library for the selected action (its name, unit and direction come along)."""
        from icc_desktop.models import Kpi
        from icc_desktop.services.kpi_library import kpi_values
        from icc_desktop.ui.dialogs.kpi_library import KpiLibraryDialog
        from icc_desktop.ui.i18n import resolve_language
        from icc_desktop.ui.settings import LANGUAGE

        action_id = self.action_table.current_id()
        if self._workshop is None or action_id is None:
            return
        language = resolve_language(self.context.settings.get(LANGUAGE))
        picker = dialog or KpiLibraryDialog(language, self)
        code = picker.chosen_code() if picker.exec() == KpiLibraryDialog.DialogCode.Accepted else None
        if code is None:
            return
        kpi = commands.create_row(self.context, Kpi, text=self.tr("Add KPI"), workshop_id=self._workshop.id,
                                  action_id=action_id, **kpi_values(code, picker.language))
        self.reload_now()
        self.kpi_table.select_id(kpi.id)

    def delete_selected(self) -> None:
        """Delete the row selected in whichever table last had the focus (action by default)."""
        for table, delete in ((self.kpi_table, self.delete_kpi), (self.objective_table, self.delete_objective),
                              (self.action_table, self.delete_action)):
            row_id = table.current_id()
            if table.hasFocus() and row_id:
                delete(row_id)
                return
        action_id = self.action_table.current_id()
        if action_id:
            self.delete_action(action_id)

    def delete_objective(self, objective_id: str) -> None:
        """Delete an objective (its actions stay, without an objective), undoably."""
        from icc_desktop.models import Objective

        commands.delete_row(self.context, Objective, objective_id, text=self.tr("Delete objective"))

    def delete_action(self, action_id: str) -> None:
        """Delete an action and its KPIs, undoably."""
        from icc_desktop.models import Action

        commands.delete_row(self.context, Action, action_id, text=self.tr("Delete action"))

    def delete_kpi(self, kpi_id: str) -> None:
        """Delete a KPI, undoably."""
        from icc_desktop.models import Kpi

        commands.delete_row(self.context, Kpi, kpi_id, text=self.tr("Delete KPI"))

    # --- editing and ordering ------------------------------------------------------------------

    def _save_objective(self, row: Any, key: str, value: Any) -> None:
        from icc_desktop.models import Objective

        commands.update_row(self.context, Objective, row.id, text=self.tr("Edit objective"), **{key: value})

    def _save_action(self, row: Any, key: str, value: Any) -> None:
        from icc_desktop.models import Action

        commands.update_row(self.context, Action, row.id, text=self.tr("Edit action"), **{key: value})

    def _save_kpi(self, row: Any, key: str, value: Any) -> None:
        from icc_desktop.models import Kpi

        commands.update_row(self.context, Kpi, row.id, text=self.tr("Edit KPI"), **{key: value})

    def reorder(self, model: RecordTableModel, row_ids: list[str]) -> None:
        """Save a new order of objectives or actions (one undo step)."""
        from icc_desktop.models import Action, Objective

        table = Objective if model is self.objectives else Action
        commands.reorder_rows(self.context, table, row_ids,
                              text=self.tr("Reorder objectives") if table is Objective else self.tr("Reorder actions"))

    def _move(self, model: RecordTableModel, row_id: str, step: int) -> None:
        order = model.move_row(row_id, step)
        if order is not None:
            self.reorder(model, order)
            self.reload_now()
            (self.objective_table if model is self.objectives else self.action_table).select_id(row_id)
