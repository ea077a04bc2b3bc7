"""The vision & roadmap page: vision statement, objectives, actions with their KPIs, a timeline.

Everything is edited in place and saved at once, each edit one undo step. Objectives and
actions are put in order by dragging rows (or Alt+Up / Alt+Down). The roadmap checks
(`services.roadmap.check_roadmap`) show as a warning icon on the action rows they concern, in
the timeline, and as a list under the tables; clicking a warning selects its row.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
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
from icc_desktop.ui.forms import NotesEdit, page_header, search_field, set_role
from icc_desktop.ui.i18n import current_language
from icc_desktop.ui.models.records import ROW_ID_ROLE, RecordTableModel, month_text
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

        # --- vision ----------------------------------------------------------------------
        self.vision = NotesEdit()
        self.vision.setAccessibleName(self.tr("Vision statement"))
        self.vision.setPlaceholderText(self.tr("Where the city wants to be at the end of the roadmap, in a few "
                                               "sentences (saved when you leave the field)"))
        self.vision.setTabChangesFocus(True)
        self.vision.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.vision.sig_committed.connect(self.save_vision)
        vision_label = QLabel(self.tr("V&ision"))
        set_role(vision_label, "sectionTitle")
        vision_label.setBuddy(self.vision)

        # --- objectives --------------------------------------------------------------------
        self.objectives = ObjectiveTableModel(self)
        self.objectives.save_edit = self._save_objective
        self.objective_table = RecordTable(self.objectives, stretch="title")
        self.objective_table.setAccessibleName(self.tr("Objectives"))
        self.objective_table.setColumnWidth(self.objectives.column_number("actions"), 64)
        self.objective_table.sig_delete_requested.connect(self.delete_objective)
        self.objective_table.sig_move_requested.connect(
            lambda row_id, step: self._move(self.objectives, row_id, step))
        self.objectives.sig_rows_dropped.connect(lambda ids: self.reorder(self.objectives, ids))
        self.new_objective = QLineEdit()
        self.new_objective.setPlaceholderText(self.tr("A new objective"))
        self.new_objective.setAccessibleName(self.tr("New objective's title"))
        self.new_objective.returnPressed.connect(self.add_objective)
        self.add_objective_button = QPushButton(self.tr("Add &objective"))
        self.add_objective_button.clicked.connect(self.add_objective)
        objectives_title = QLabel(self.tr("Objectives"))
        set_role(objectives_title, "sectionTitle")
        objective_add = QHBoxLayout()
        objective_add.addWidget(self.new_objective, 1)
        objective_add.addWidget(self.add_objective_button)
        objectives_box = QWidget()
        objectives_layout = QVBoxLayout(objectives_box)
        objectives_layout.setContentsMargins(0, 0, 0, 0)
        objectives_layout.addWidget(objectives_title)
        objectives_layout.addWidget(self.objective_table, 1)
        objectives_layout.addLayout(objective_add)

        # --- actions -------------------------------------------------------------------------
        self.actions = ActionTableModel(self)
        self.actions.save_edit = self._save_action
        self.action_table = RecordTable(self.actions, stretch="title")
        self.action_table.setAccessibleName(self.tr("Actions"))
        self.action_table.horizontalHeader().setStretchLastSection(False)
        for key, width in (("checks", 28), ("start_month", 84), ("end_month", 84), ("status", 104)):
            self.action_table.setColumnWidth(self.actions.column_number(key), width)
        # The less-used fields of the selected action, beside the table (no sideways scrolling).
        self.action_details = DetailsPanel(
            self.action_table, [self.actions.column_number(key) for key in
                                ("objective_id", "need_id", "lead_organisation", "budget_eur", "funding_source")],
            self.tr("Selected action"),
            self.tr("Select an action to see its objective, need, lead, budget and funding."))
        self.action_details.setFixedWidth(240)
        self.action_table.sig_delete_requested.connect(self.delete_action)
        self.action_table.sig_move_requested.connect(lambda row_id, step: self._move(self.actions, row_id, step))
        self.actions.sig_rows_dropped.connect(lambda ids: self.reorder(self.actions, ids))
        self.action_table.selectionModel().currentRowChanged.connect(self._action_changed)
        self.search = search_field(self.tr("Search the roadmap…"),
                                   self.tr("Search objectives, actions and KPIs"))
        self.search.setMinimumWidth(160)
        self.new_action = QLineEdit()
        self.new_action.setPlaceholderText(self.tr("A new action"))
        self.new_action.setAccessibleName(self.tr("New action's title"))
        self.new_action.returnPressed.connect(self.add_action)
        self.new_action_objective = QComboBox()
        self.new_action_objective.setAccessibleName(self.tr("New action's objective"))
        self.new_action_objective.setMinimumContentsLength(16)
        self.new_action_objective.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_action_button = QPushButton(self.tr("Add &action"))
        self.add_action_button.clicked.connect(self.add_action)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected action (or objective, or KPI) — Del; "
                                              "Undo brings it back"))
        self.delete_button.clicked.connect(self.delete_selected)
        action_tools = QHBoxLayout()
        action_tools.addWidget(self.search, 1)
        action_tools.addWidget(self.new_action, 2)
        action_tools.addWidget(self.new_action_objective, 1)
        action_tools.addWidget(self.add_action_button)
        action_tools.addWidget(self.delete_button)

        # --- KPIs of the selected action --------------------------------------------------------
        self.kpis = KpiTableModel(self)
        self.kpis.save_edit = self._save_kpi
        self.kpi_table = RecordTable(self.kpis, stretch="name")
        self.kpi_table.setAccessibleName(self.tr("KPIs of the selected action"))
        self.kpi_table.sig_delete_requested.connect(self.delete_kpi)
        for key, width in (("unit", 60), ("baseline", 60), ("target", 50), ("target_date", 90)):
            self.kpi_table.setColumnWidth(self.kpis.column_number(key), width)
        self.kpi_title = QLabel()
        set_role(self.kpi_title, "sectionTitle")
        self.new_kpi = QLineEdit()
        self.new_kpi.setPlaceholderText(self.tr("A new KPI of the selected action, e.g. “Households with fibre”"))
        self.new_kpi.setAccessibleName(self.tr("New KPI's name"))
        self.new_kpi.returnPressed.connect(self.add_kpi)
        self.add_kpi_button = QPushButton(self.tr("Add &KPI"))
        self.add_kpi_button.clicked.connect(self.add_kpi)
        self.library_button = QPushButton(self.tr("From the &library…"))
        self.library_button.setToolTip(self.tr("Pick a KPI from the indicator library (U4SSC, CITYkeys, LORDI, "
                                               "ISO 37120/37122/37123): it brings its unit and direction"))
        self.library_button.clicked.connect(self.add_kpi_from_library)
        kpi_add = QHBoxLayout()
        kpi_add.addWidget(self.new_kpi, 1)
        kpi_add.addWidget(self.add_kpi_button)
        kpi_add.addWidget(self.library_button)
        kpi_box = QWidget()
        kpi_layout = QVBoxLayout(kpi_box)
        kpi_layout.setContentsMargins(0, 0, 0, 0)
        kpi_layout.addWidget(self.kpi_title)
        kpi_layout.addWidget(self.kpi_table, 1)
        kpi_layout.addLayout(kpi_add)

        actions_split = QSplitter(Qt.Orientation.Vertical)
        actions_split.addWidget(self.action_table)
        actions_split.addWidget(kpi_box)
        actions_split.setStretchFactor(0, 3)
        actions_split.setStretchFactor(1, 1)
        actions_split.setSizes([390, 160])
        actions_split.setChildrenCollapsible(False)
        actions_tab = QWidget()
        actions_layout = QVBoxLayout(actions_tab)
        actions_layout.addLayout(action_tools)
        # The selected action's fields beside its table and KPIs: a pane of its own on the right,
        # which Tab reaches after the KPIs (reading order: down the column, then the pane beside).
        action_area = QHBoxLayout()
        action_area.addWidget(actions_split, 1)
        action_area.addWidget(self.action_details)
        actions_layout.addLayout(action_area, 1)

        # --- timeline --------------------------------------------------------------------------
        self.gantt = GanttChart()
        self.gantt.sig_action_clicked.connect(self._bar_clicked)
        gantt_scroll = QScrollArea()
        gantt_scroll.setWidget(self.gantt)
        gantt_scroll.setWidgetResizable(True)
        self.gantt_legend = QLabel()
        self.gantt_legend.setTextFormat(Qt.TextFormat.RichText)
        self.gantt_legend.setWordWrap(True)
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.addWidget(self.gantt_legend)
        timeline_layout.addWidget(gantt_scroll, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(actions_tab, self.tr("Actions && KPIs"))
        self.tabs.addTab(timeline, self.tr("Timeline"))

        # --- checks ----------------------------------------------------------------------------
        self.checks = CheckListModel(self)
        self.check_list = QListView()
        self.check_list.setModel(self.checks)
        self.check_list.setAccessibleName(self.tr("Roadmap checks"))
        self.check_list.setMaximumHeight(self.fontMetrics().height() * 5 + 12)
        self.check_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.check_list.activated.connect(self._check_activated)
        self.check_list.clicked.connect(self._check_activated)
        self.checks_title = QLabel()
        set_role(self.checks_title, "sectionTitle")

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(objectives_box)
        main.addWidget(self.tabs)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([240, 840])
        main.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(vision_label)
        layout.addWidget(self.vision)
        layout.addWidget(main, 1)
        layout.addWidget(self.checks_title)
        layout.addWidget(self.check_list)

        order = [self.vision, self.objective_table, self.new_objective, self.add_objective_button, self.tabs,
                 self.search, self.new_action, self.new_action_objective, self.add_action_button,
                 self.delete_button, self.action_table, self.kpi_table, self.new_kpi, self.add_kpi_button,
                 self.library_button,
                 self.check_list]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        for model, table in ((self.objectives, self.objective_table), (self.actions, self.action_table),
                             (self.kpis, self.kpi_table)):
            self.search.textChanged.connect(table.proxy.set_search)
            model.sig_edit_refused.connect(lambda row, column, text, t=table: self.message.show_for_cell(t, row, column, text))
            model.sig_edit_saved.connect(self.message.clear)  # the refused entry was fixed
        self._workshop: Any = None
        self._all_kpis: list[Any] = []

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
            for model in (self.objectives, self.actions, self.kpis, self.checks):
                model.set_rows([])
            self.gantt.set_plan([])
            self.vision.setPlainText("")
            return
        try:
            view = roadmap_view(self.context.db, workshop_id, current_language())
        except IccError:  # the workshop was deleted under us; the shell switches away
            return
        self._workshop = view.workshop
        if not self.vision.hasFocus():
            with QSignalBlocker(self.vision):
                self.vision.setPlainText(self._workshop.vision)
        objectives, actions, needs, warnings = view.objectives, view.actions, view.needs, view.warnings
        self._all_kpis = view.kpis
        by_action: dict[str, list[str]] = {}
        for warning in warnings:
            if warning.table == "action":
                by_action.setdefault(warning.row_id, []).append(warning.message)
        self.objectives.action_counts = {o.id: sum(1 for a in actions if a.objective_id == o.id) for o in objectives}
        self.objectives.set_rows(objectives)
        self.actions.choices["objective_id"] = [(o.id, o.title) for o in objectives]
        self.actions.choices["need_id"] = [(n.id, n.title) for n in needs]
        self.actions.choices["funding_source"] = [(r.code, r.label) for r in view.funding_sources]
        self.actions.warnings = by_action
        self.actions.month_anchor = self._workshop.date  # an empty month cell starts at the workshop
        self.actions.set_rows(actions)
        if self.action_table.current_id() is None and actions:
            self.action_table.select_id(actions[0].id, self.actions.column_number("title"))
        self._fill_objective_choice(objectives)
        self._show_kpis()
        self.checks.set_rows(warnings)
        self.check_list.setVisible(bool(warnings))
        self.checks_title.setText(self.tr("Roadmap checks: %n warning(s)", "", len(warnings)) if warnings
                                  else self.tr("Roadmap checks: nothing to report"))
        first, last = horizon(self._workshop)
        groups = [GanttGroup(o.title, [self._bar(a, by_action) for a in actions if a.objective_id == o.id])
                  for o in objectives]
        loose = [self._bar(a, by_action) for a in actions if a.objective_id is None]
        if loose:
            groups.append(GanttGroup("", loose))
        self.gantt.set_plan([g for g in groups if g.bars], first, last)
        self.gantt.select(self.action_table.current_id())
        self._show_legend(first, last)

    def _show_legend(self, first: Any, last: Any) -> None:
        # The bars' colours say the status; the legend says so in words (and for colour-blind eyes,
        # the status is also in the table and in each bar's tooltip).
        dark = is_dark(self.palette())
        parts = [f'<span style="color:{colours[1 if dark else 0]}">■</span>&nbsp;{STATUS_MARKS[code]}&nbsp;{html.escape(text)}'
                 for code, text in labels.action_statuses().items()
                 for colours in [STATUS_COLOURS[code]]]
        parts.append(f'<span style="color:{WARNING_COLOURS[dark]}">⚠</span>&nbsp;{html.escape(self.tr("a roadmap check"))}')
        horizon_text = self.tr("Horizon: %1 to %2").replace("%1", month_text(first)).replace("%2", month_text(last))
        self.gantt_legend.setText("&nbsp;&nbsp; ".join(parts) + f"&nbsp;&nbsp;&nbsp;— {html.escape(horizon_text)}")

    @staticmethod
    def _bar(action: Any, warnings: dict[str, list[str]]) -> GanttBar:
        return GanttBar(action.id, action.title, action.start_month, action.end_month, action.status,
                        " ".join(warnings.get(action.id, [])), action.baseline_start_month,
                        action.baseline_end_month)

    def _fill_objective_choice(self, objectives: list[Any]) -> None:
        keep = self.new_action_objective.currentData()
        with QSignalBlocker(self.new_action_objective):
            self.new_action_objective.clear()
            self.new_action_objective.addItem(self.tr("(no objective)"), None)
            for objective in objectives:
                self.new_action_objective.addItem(objective.title, objective.id)
            position = self.new_action_objective.findData(keep) if keep is not None else -1
            self.new_action_objective.setCurrentIndex(position if position >= 0 else min(1, len(objectives)))

    def _show_kpis(self) -> None:
        action_id = self.action_table.current_id()
        self.kpis.set_rows([k for k in self._all_kpis if k.action_id == action_id] if action_id else [])
        row = self.actions.find(action_id) if action_id else -1
        if row >= 0:
            self.kpi_title.setText(self.tr("KPIs of “%1”").replace("%1", self.actions.row_at(row).title))
        else:
            self.kpi_title.setText(self.tr("KPIs (select an action)"))
        self.new_kpi.setEnabled(row >= 0)
        self.add_kpi_button.setEnabled(row >= 0)
        self.library_button.setEnabled(row >= 0)

    def _action_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_kpis()
        self.gantt.select(self.action_table.current_id())

    def _bar_clicked(self, action_id: str) -> None:
        self.search.clear()
        self.action_table.select_id(action_id, self.actions.column_number("title"))

    def _check_activated(self, index: QModelIndex) -> None:
        row_id = index.data(ROW_ID_ROLE)
        if row_id and self.actions.find(row_id) >= 0:
            self.tabs.setCurrentIndex(0)
            self.search.clear()
            self.action_table.select_id(row_id, self.actions.column_number("title"))
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
        position = max((a.position for a in self.actions.rows()), default=-1) + 1
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
        self.action_table.select_id(action.id, self.actions.column_number("title"))

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
        if picker.exec() != KpiLibraryDialog.DialogCode.Accepted or picker.chosen_code() is None:
            return
        kpi = commands.create_row(self.context, Kpi, text=self.tr("Add KPI"), workshop_id=self._workshop.id,
                                  action_id=action_id, **kpi_values(picker.chosen_code(), picker.language))
        self.reload_now()
        self.kpi_table.select_id(kpi.id)

    def delete_selected(self) -> None:
        """Delete the row selected in whichever table last had the focus (action by default)."""
        for table, delete in ((self.kpi_table, self.delete_kpi), (self.objective_table, self.delete_objective),
                              (self.action_table, self.delete_action)):
            if table.hasFocus() and table.current_id():
                delete(table.current_id())
                return
        if self.action_table.current_id():
            self.delete_action(self.action_table.current_id())

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
