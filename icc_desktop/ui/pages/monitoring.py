"""The follow-up page: after the workshop, action progress, KPI measurements and later rounds.

Three tabs. Progress: each action's status and percent complete (edited in place), its dated
notes, "Freeze as agreed" (the roadmap's baseline) and the timeline of planned against actual.
KPIs: every KPI with its latest value, the measurements of the selected one and a chart against
baseline and target. Assessment rounds: T1, T2, … with their dates, the group's levels per
question, the radar with the earlier rounds overlaid and the change since the previous round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import IccError, ValidationError
from icc_desktop.ui import commands, labels
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import page_header, set_role
from icc_desktop.ui.i18n import date_format, date_text
from icc_desktop.ui.models.monitoring import (
    ChangeTableModel,
    KpiProgressTableModel,
    MeasurementTableModel,
    NoteTableModel,
    ProgressTableModel,
    RoundQuestionTableModel,
)
from icc_desktop.ui.models.records import RecordTableModel, to_date
from icc_desktop.ui.pages.workshop_base import WorkshopPage
from icc_desktop.ui.widgets.field_message import FieldMessage
from icc_desktop.ui.widgets.gantt import GanttBar, GanttChart, GanttGroup
from icc_desktop.ui.widgets.kpi_chart import KpiChart
from icc_desktop.ui.widgets.radar_chart import RadarChart
from icc_desktop.ui.widgets.record_table import RecordTable


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setAccessibleName(name)
    return edit


def _table(model: RecordTableModel, name: str, stretch: str,
           widths: Iterable[tuple[str, int]] = ()) -> RecordTable:
    """A table of `model` named `name` for screen readers, `stretch` filling the width, columns of the given widths."""
    table = RecordTable(model, stretch=stretch)
    table.setAccessibleName(name)
    for key, width in widths:
        table.setColumnWidth(model.column_number(key), width)
    return table


def _box(*widgets: QWidget, stretch: int = -1) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if number == stretch % len(widgets) else 0)
    return box


class ProgressNotesSection(QWidget):
    """The progress notes of the selected action, and a form to add one (date, status, percent, text)."""

    sig_add_requested = Signal()
    """Add the note typed in the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NoteTableModel(self)
        self.table = _table(self.model, self.tr("Progress notes of the selected action"), "text")
        self.title = QLabel()
        set_role(self.title, "sectionTitle")
        self.date = _date_edit(self.tr("Date of the progress note"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status reported by the note"))
        self.status.addItem(self.tr("(status unchanged)"), None)
        for code, text in labels.action_statuses().items():
            self.status.addItem(text, code)
        self.percent = QSpinBox()
        self.percent.setRange(-1, 100)
        self.percent.setSpecialValueText(self.tr("% unchanged"))
        self.percent.setSuffix(" %")
        self.percent.setValue(-1)
        self.percent.setAccessibleName(self.tr("Percent complete reported by the note"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What happened, e.g. “Tender published”"))
        self.text.setAccessibleName(self.tr("Progress note"))
        self.text.returnPressed.connect(self.sig_add_requested)
        self.add_button = QPushButton(self.tr("Add &note"))
        self.add_button.clicked.connect(self.sig_add_requested)
        first_line = QHBoxLayout()
        for widget in (self.date, self.status, self.percent):
            first_line.addWidget(widget)
        first_line.addStretch(1)
        second_line = QHBoxLayout()
        second_line.addWidget(self.text, 1)
        second_line.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(first_line)
        layout.addLayout(second_line)


class MonitoringPage(WorkshopPage):
    """Progress of actions, KPI measurements and later assessment rounds."""

    page_id = "monitoring"
    tables = frozenset({"workshop", "action", "kpi", "progress_note", "kpi_measurement", "assessment_round",
                        "round_answer", "response", "objective"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.message = FieldMessage(self)
        header, _title, _hint = page_header(
            self.tr("Follow-up"),
            self.tr("After the workshop: record how the actions progress, measure the KPIs and assess the "
                    "city again (T1, T2…). Everything is saved at once."))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._progress_tab(), self.tr("&Progress"))
        self.tabs.addTab(self._kpi_tab(), self.tr("&KPIs"))
        self.tabs.addTab(self._rounds_tab(), self.tr("Assessment r&ounds"))
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        self._workshop: Any = None
        self._notes: dict[str, list[Any]] = {}
        self._kpis: list[Any] = []
        for model, table in ((self.progress, self.progress_table), (self.notes, self.note_table),
                             (self.kpi_rows, self.kpi_table), (self.measurements, self.measurement_table),
                             (self.round_questions, self.round_table)):
            model.sig_edit_refused.connect(
                lambda row, column, text, t=table: self.message.show_for_cell(t, row, column, text))

    def title(self) -> str:
        return self.tr("Follow-up")

    # --- building ------------------------------------------------------------------------------

    def _progress_tab(self) -> QWidget:
        self.baseline_label = QLabel()
        self.baseline_label.setWordWrap(True)
        self.freeze_button = QPushButton(self.tr("Free&ze as agreed"))
        self.freeze_button.setToolTip(self.tr("Keep today's months and budgets of every action as the "
                                              "baseline; the timeline then shows planned against actual"))
        self.freeze_button.clicked.connect(self.freeze)
        self.workbook_button = QPushButton(self.tr("Progress &workbook…"))
        self.workbook_button.setToolTip(self.tr("An Excel workbook for the city to report progress offline: "
                                                "status, percent and notes per action, new KPI values"))
        self.workbook_button.clicked.connect(self.export_workbook)
        self.import_button = QPushButton(self.tr("&Import progress…"))
        self.import_button.setToolTip(self.tr("Read a filled progress workbook back: everything is checked first, "
                                              "and nothing changed here since it was made is overwritten"))
        self.import_button.clicked.connect(self.import_workbook)
        top = QHBoxLayout()
        top.addWidget(self.baseline_label, 1)
        top.addWidget(self.workbook_button)
        top.addWidget(self.import_button)
        top.addWidget(self.freeze_button)

        self.progress = ProgressTableModel(self)
        self.progress.save_edit = self._save_action
        self.progress_table = _table(self.progress, self.tr("Progress of the actions"), "title", (
            ("title", 230), ("status", 100), ("percent_complete", 62), ("baseline_end_month", 92), ("end_month", 86),
            ("slip", 84)))
        self.progress_table.selectionModel().currentRowChanged.connect(self._show_notes)

        self.notes_section = ProgressNotesSection()
        notes_box, self.notes, self.note_table = self.notes_section, self.notes_section.model, self.notes_section.table
        self.notes_title, self.note_date = self.notes_section.title, self.notes_section.date
        self.note_status, self.note_percent = self.notes_section.status, self.notes_section.percent
        self.note_text, self.add_note_button = self.notes_section.text, self.notes_section.add_button
        self.notes.save_edit = self._save_note
        self.note_table.sig_delete_requested.connect(self.delete_note)
        self.notes_section.sig_add_requested.connect(self.add_note)

        self.gantt = GanttChart()
        scroll = QScrollArea()
        scroll.setWidget(self.gantt)
        scroll.setWidgetResizable(True)
        self.gantt_legend = QLabel(self.tr("Dashed outline: planned (frozen baseline); bar: now, coloured by status."))
        self.gantt_legend.setWordWrap(True)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(self.progress_table)
        tables.addWidget(notes_box)
        tables.setSizes([640, 360])
        tables.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(tables)
        split.addWidget(_box(self.gantt_legend, scroll))
        split.setSizes([330, 260])
        split.setChildrenCollapsible(False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return tab

    def _kpi_tab(self) -> QWidget:
        self.kpi_rows = KpiProgressTableModel(self)
        self.kpi_rows.save_edit = self._save_kpi
        self.kpi_table = _table(self.kpi_rows, self.tr("KPIs with their latest value"), "name", (
            ("action", 170), ("unit", 80), ("direction", 76), ("baseline", 76), ("target", 76), ("latest", 76),
            ("share", 84)))
        self.kpi_table.selectionModel().currentRowChanged.connect(self._show_measurements)
        self.measurements = MeasurementTableModel(self)
        self.measurements.save_edit = self._save_measurement
        self.measurement_table = _table(self.measurements, self.tr("Measurements of the selected KPI"), "note")
        self.measurement_table.sig_delete_requested.connect(self.delete_measurement)
        self.measurements_title = QLabel()
        set_role(self.measurements_title, "sectionTitle")
        self.measure_date = _date_edit(self.tr("Date of the measurement"))
        self.measure_value = QLineEdit()
        self.measure_value.setPlaceholderText(self.tr("Value"))
        self.measure_value.setAccessibleName(self.tr("Measured value"))
        self.measure_value.setMaximumWidth(120)
        self.measure_value.returnPressed.connect(self.add_measurement)
        self.measure_note = QLineEdit()
        self.measure_note.setPlaceholderText(self.tr("Source or remark (optional)"))
        self.measure_note.setAccessibleName(self.tr("Note on the measurement"))
        self.measure_note.returnPressed.connect(self.add_measurement)
        self.add_measurement_button = QPushButton(self.tr("Add &measurement"))
        self.add_measurement_button.clicked.connect(self.add_measurement)
        form = QHBoxLayout()
        form.addWidget(self.measure_date)
        form.addWidget(self.measure_value)
        form.addWidget(self.measure_note, 1)
        form.addWidget(self.add_measurement_button)
        self.kpi_chart = KpiChart()
        self.kpi_chart.setMinimumHeight(200)
        lower = QSplitter(Qt.Orientation.Horizontal)
        measurements_box = QWidget()
        box_layout = QVBoxLayout(measurements_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.measurements_title)
        box_layout.addWidget(self.measurement_table, 1)
        box_layout.addLayout(form)
        lower.addWidget(measurements_box)
        lower.addWidget(self.kpi_chart)
        lower.setSizes([520, 420])
        lower.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.kpi_table)
        split.addWidget(lower)
        split.setSizes([260, 320])
        split.setChildrenCollapsible(False)
        return _box(split)

    def _rounds_tab(self) -> QWidget:
        self.round_choice = QComboBox()
        self.round_choice.setAccessibleName(self.tr("Assessment round"))
        self.round_choice.currentIndexChanged.connect(self._show_round)
        self.round_date = _date_edit(self.tr("Date of the new round"))
        self.add_round_button = QPushButton(self.tr("&Start a new round"))
        self.add_round_button.setToolTip(self.tr("Assess the city again on this date (T1, T2…): the group "
                                                 "scores each question as it stands now"))
        self.add_round_button.clicked.connect(self.add_round)
        top = QHBoxLayout()
        round_label = QLabel(self.tr("Round:"))
        round_label.setBuddy(self.round_choice)
        top.addWidget(round_label)
        top.addWidget(self.round_choice, 1)
        top.addStretch(1)
        top.addWidget(self.round_date)
        top.addWidget(self.add_round_button)
        self.round_questions = RoundQuestionTableModel(self)
        self.round_questions.save_edit = self._save_round_answer
        self.round_table = _table(self.round_questions, self.tr("Questions of the round"), "text", (
            ("dimension", 130), ("previous", 58), ("current_level", 64), ("target_level", 64)))
        self.round_hint = QLabel()
        self.round_hint.setWordWrap(True)
        self.radar = RadarChart()
        self.radar.setMinimumSize(300, 280)
        self.changes = ChangeTableModel(self)
        self.change_table = _table(self.changes, self.tr("Change since the previous round"), "name",
                                   ((key, 62) for key in ("current", "target", "gap", "current_change", "gap_change")))
        self.changes_title = QLabel()
        set_role(self.changes_title, "sectionTitle")
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.radar)
        right.addWidget(_box(self.changes_title, self.change_table))
        right.setSizes([300, 220])
        right.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(_box(self.round_hint, self.round_table))
        split.addWidget(right)
        split.setSizes([560, 440])
        split.setChildrenCollapsible(False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return tab

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        from icc_desktop.models import Action, Objective, ProgressNote, Workshop
        from icc_desktop.services import crud, monitoring

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            self._workshop = None
            for model in (self.progress, self.notes, self.kpi_rows, self.measurements, self.round_questions,
                          self.changes):
                model.set_rows([])
            return
        db = self.context.db
        try:
            with db.session() as session:
                self._workshop = crud.get(session, Workshop, workshop_id)
                actions = sorted(crud.live(session, Action, workshop_id=workshop_id),
                                 key=lambda a: (a.position, a.created_at))
                notes = crud.live(session, ProgressNote, workshop_id=workshop_id)
                objectives = sorted(crud.live(session, Objective, workshop_id=workshop_id),
                                    key=lambda o: (o.position, o.created_at))
            self._kpis = monitoring.kpi_progress(db, workshop_id)
            self._rounds = monitoring.list_rounds(db, workshop_id)
            self._scores = monitoring.round_scores(db, workshop_id)
        except IccError:  # deleted under us; the shell switches away
            return
        self._notes = {}
        for note in sorted(notes, key=lambda n: (n.date, n.created_at), reverse=True):
            self._notes.setdefault(note.action_id, []).append(note)
        frozen = self._workshop.baseline_frozen_on
        self.baseline_label.setText(
            self.tr("Roadmap frozen as agreed on %1: the timeline shows planned against actual.").replace(
                "%1", date_text(frozen)) if frozen else
            self.tr("The roadmap is not frozen yet: freeze it once the city agrees it, to follow the plan."))
        self.freeze_button.setText(self.tr("Free&ze again") if frozen else self.tr("Free&ze as agreed"))
        self.progress.set_rows(actions)
        if self.progress_table.current_id() is None and actions:
            self.progress_table.select_id(actions[0].id, self.progress.column_number("title"))
        self._show_notes()
        self._show_timeline(objectives, actions)
        self.kpi_rows.action_titles = {a.id: a.title for a in actions}
        self.kpi_rows.set_rows(self._kpis)
        if self.kpi_table.current_id() is None and self._kpis:
            self.kpi_table.select_id(self._kpis[0].kpi.id, self.kpi_rows.column_number("name"))
        self._show_measurements()
        self._fill_rounds()

    def _show_timeline(self, objectives: list[Any], actions: list[Any]) -> None:
        """The actions on the timeline under their objectives (as on the roadmap page), then those without one."""
        def bar(action: Any) -> GanttBar:
            return GanttBar(action.id, action.title, action.start_month, action.end_month, action.status, "",
                            action.baseline_start_month, action.baseline_end_month)

        groups = [GanttGroup(o.title, [bar(a) for a in actions if a.objective_id == o.id]) for o in objectives]
        known = {o.id for o in objectives}
        groups.append(GanttGroup("", [bar(a) for a in actions if a.objective_id not in known]))
        self.gantt.set_plan([group for group in groups if group.bars])

    def _show_notes(self, *_args: Any) -> None:
        action_id = self.progress_table.current_id()
        self.notes.set_rows(self._notes.get(action_id, []) if action_id else [])
        row = self.progress.find(action_id) if action_id else -1
        title = self.progress.row_at(row).title if row >= 0 else ""
        self.notes_title.setText(self.tr("Notes on “%1”").replace("%1", title) if row >= 0
                                 else self.tr("Notes (select an action)"))
        for widget in (self.note_text, self.add_note_button, self.note_date, self.note_status, self.note_percent):
            widget.setEnabled(row >= 0)

    def _current_kpi(self) -> Any:
        kpi_id = self.kpi_table.current_id()
        return next((k for k in self._kpis if k.kpi.id == kpi_id), None)

    def _show_measurements(self, *_args: Any) -> None:
        progress = self._current_kpi()
        self.measurements.set_rows(progress.measurements if progress else [])
        for widget in (self.measure_date, self.measure_value, self.measure_note, self.add_measurement_button):
            widget.setEnabled(progress is not None)
        if progress is None:
            self.measurements_title.setText(self.tr("Measurements (select a KPI)"))
            self.kpi_chart.set_kpi("", [], None, None, None)
            return
        kpi = progress.kpi
        unit = f" ({kpi.unit})" if kpi.unit else ""
        self.measurements_title.setText(self.tr("Measurements of “%1”").replace("%1", kpi.name + unit))
        self.kpi_chart.set_kpi(kpi.name + unit, [(m.date, m.value) for m in progress.measurements],
                               kpi.baseline, kpi.target, kpi.target_date)

    def _fill_rounds(self) -> None:
        keep = self.round_choice.currentData()
        self.round_choice.blockSignals(True)
        self.round_choice.clear()
        for round_ in self._rounds:
            self.round_choice.addItem(f"{round_.label} — {date_text(round_.date)}", round_.id)
        position = self.round_choice.findData(keep) if keep else -1
        self.round_choice.setCurrentIndex(position if position >= 0 else len(self._rounds) - 1)
        self.round_choice.blockSignals(False)
        latest = self._rounds[-1].date if self._rounds else (self._workshop.date if self._workshop else None)
        if latest is not None and to_date(self.round_date.date()) is not None \
                and to_date(self.round_date.date()) < latest:  # type: ignore[operator]
            self.round_date.setDate(QDate(latest.year, latest.month, latest.day))
        self._show_round()

    def _show_round(self, *_args: Any) -> None:
        from icc_desktop.services import monitoring

        round_id = self.round_choice.currentData()
        has_round = round_id is not None and self._workshop is not None
        self.round_table.setEnabled(has_round)
        if not has_round:
            self.round_questions.set_rows([])
            self.round_hint.setText(self.tr("No later round yet. The workshop's own assessment is T0; start a new "
                                            "round to assess the city again."))
        else:
            self.round_questions.set_rows(monitoring.round_sheet(self.context.db, self._workshop.id, round_id))
            self.round_hint.setText(self.tr("Type 1–5 in Current and Target (empty: not known). “Before” is the "
                                            "level in the previous round."))
        scores = getattr(self, "_scores", [])
        index = next((i for i, r in enumerate(scores) if r.round_id == round_id), len(scores) - 1)
        if not scores:
            self.radar.set_scores([], [], [])
            self.radar.set_overlays([])
            self.changes.set_rows([])
            return
        shown = scores[index]
        self.radar.set_scores([s.name for s in shown.scores], [s.current for s in shown.scores],
                              [s.target for s in shown.scores])
        self.radar.current_series.setName(self.tr("Current (%1)").replace("%1", shown.label))
        self.radar.set_overlays([(self.tr("Current (%1)").replace("%1", r.label), [s.current for s in r.scores])
                                 for r in scores[:index]])
        self.changes.set_rows(monitoring.changes_since_previous(scores, index))
        self.changes_title.setText(self.tr("%1 against %2").replace("%1", shown.label).replace(
            "%2", scores[index - 1].label) if index > 0 else self.tr("%1 (the workshop's assessment)").replace(
            "%1", shown.label))

    # --- edits ---------------------------------------------------------------------------------

    def _save_action(self, row: Any, key: str, value: Any) -> None:
        from icc_desktop.models import Action

        changes: dict[str, Any] = {key: value}
        if key == "status" and value == "done" and row.percent_complete != 100:
            changes["percent_complete"] = 100
        if key == "percent_complete" and value == 100 and row.status != "done":
            changes["status"] = "done"
        commands.update_row(self.context, Action, row.id, text=self.tr("Edit progress"), **changes)

    def _save_note(self, row: Any, key: str, value: Any) -> None:
        from icc_desktop.models import ProgressNote

        commands.update_fields(self.context, ProgressNote, row.id, {key: value}, self.tr("Edit progress note"))

    def _save_kpi(self, row: Any, key: str, value: Any) -> None:
        from icc_desktop.models import Kpi

        commands.update_row(self.context, Kpi, row.kpi.id, text=self.tr("Edit KPI"), **{key: value})

    def _save_measurement(self, row: Any, key: str, value: Any) -> None:
        from icc_desktop.models import KpiMeasurement

        commands.update_row(self.context, KpiMeasurement, row.id, text=self.tr("Edit measurement"), **{key: value})

    def _save_round_answer(self, row: Any, key: str, value: Any) -> None:
        commands.round_answer(self.context, self.round_choice.currentData(), row.question_id, **{key: value})

    def add_note(self) -> None:
        """Add the note typed under the notes to the selected action."""
        action_id = self.progress_table.current_id()
        if action_id is None:
            return
        percent = self.note_percent.value()
        try:
            commands.progress_note(self.context, action_id, date=to_date(self.note_date.date()),
                                   text=self.note_text.text().strip(), status=self.note_status.currentData(),
                                   percent_complete=None if percent < 0 else percent)
        except ValidationError as exc:
            self.message.show_beside(self.note_text, str(exc))
            return
        self.message.clear()
        self.note_text.clear()
        self.note_status.setCurrentIndex(0)
        self.note_percent.setValue(-1)
        self.reload_now()

    def delete_note(self, note_id: str) -> None:
        """Delete a progress note, undoably."""
        from icc_desktop.models import ProgressNote

        commands.delete_row(self.context, ProgressNote, note_id, text=self.tr("Delete progress note"))

    def add_measurement(self) -> None:
        """Add the value typed under the measurements to the selected KPI."""
        from icc_desktop.models import KpiMeasurement
        from icc_desktop.ui.models.records import parse_number

        progress = self._current_kpi()
        if progress is None:
            return
        try:
            value = parse_number(self.measure_value.text())
        except ValueError as exc:
            self.message.show_beside(self.measure_value, str(exc))
            return
        if value is None:
            self.message.show_beside(self.measure_value, self.tr("Enter the measured value."))
            return
        try:
            commands.create_row(self.context, KpiMeasurement, text=self.tr("Add measurement"),
                                workshop_id=progress.kpi.workshop_id, kpi_id=progress.kpi.id,
                                date=to_date(self.measure_date.date()), value=value,
                                note=self.measure_note.text().strip())
        except ValidationError as exc:
            self.message.show_beside(self.measure_value, str(exc))
            return
        self.message.clear()
        self.measure_value.clear()
        self.measure_note.clear()
        self.reload_now()

    def delete_measurement(self, measurement_id: str) -> None:
        """Delete a measurement, undoably."""
        from icc_desktop.models import KpiMeasurement

        commands.delete_row(self.context, KpiMeasurement, measurement_id, text=self.tr("Delete measurement"))

    def add_round(self) -> None:
        """Start a later assessment round on the chosen date."""
        from icc_desktop.models import AssessmentRound

        if self._workshop is None:
            return
        position = max((r.position for r in self._rounds), default=0) + 1
        day = to_date(self.round_date.date()) or dt.date.today()
        if self._rounds and day < self._rounds[-1].date:
            self.message.show_beside(self.round_date, self.tr("A new round cannot be dated before round %1.").replace(
                "%1", self._rounds[-1].label))
            return
        try:
            round_ = commands.create_row(self.context, AssessmentRound, text=self.tr("Start assessment round"),
                                         workshop_id=self._workshop.id, label=f"T{position}", date=day,
                                         position=position)
        except ValidationError as exc:
            self.message.show_beside(self.round_date, str(exc))
            return
        self.message.clear()
        self.reload_now()
        self.round_choice.setCurrentIndex(self.round_choice.findData(round_.id))

    def freeze(self) -> None:
        """Freeze the roadmap as agreed (asks first when a baseline exists already)."""
        from icc_desktop.services import monitoring

        if self._workshop is None:
            return
        if self._workshop.baseline_frozen_on is not None:
            answer = QMessageBox.question(
                self, self.tr("Freeze again"),
                self.tr("Replace the baseline frozen on %1 with today's plan? The earlier baseline is not kept.")
                .replace("%1", date_text(self._workshop.baseline_frozen_on)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        monitoring.freeze_baseline(self.context.db, self._workshop.id)
        for table in ("action", "workshop"):
            self.context.sig_data_changed.emit(table)
        self.reload_now()


    # --- the progress workbook -------------------------------------------------------------------

    def export_workbook(self, *, path: str | None = None) -> None:
        """Write the progress workbook for the city (asks where, writes in the background)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from icc_desktop.exports.progress_book import write_progress_workbook
        from icc_desktop.ui.i18n import resolve_language
        from icc_desktop.ui.settings import LANGUAGE

        if self._workshop is None:
            return
        if path is None:
            name = "".join(c if c.isalnum() else "-" for c in self._workshop.title).strip("-") or "progress"
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Progress workbook"), f"{name}-progress.xlsx",
                                                        self.tr("Excel workbooks (*.xlsx)"))
            if path and not path.lower().endswith(".xlsx"):  # as the other save dialogs: the export wants .xlsx
                path += ".xlsx"
        if not path:
            return
        language = resolve_language(self.context.settings.get(LANGUAGE))
        workshop_id, target = self._workshop.id, Path(path)
        self.context.workers.start(
            lambda _task: write_progress_workbook(self.context.db, workshop_id, target, language=language),
            on_result=lambda written: self.message.show_beside(
                self.workbook_button, self.tr("Saved %1").replace("%1", str(written))),
            on_error=lambda error: QMessageBox.warning(self, self.tr("Progress workbook"), str(error)))

    def import_workbook(self, *, path: str | None = None) -> None:
        """Import a filled progress workbook after backing the database up (in the background)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from icc_desktop.exports.progress_book import import_progress_workbook
        from icc_desktop.store.backup import backup_database

        if self._workshop is None:
            return
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import progress"), "",
                                                        self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        workshop_id, source, db = self._workshop.id, Path(path), self.context.db

        def work(_task: Any) -> Any:
            backup_database(db.path, reason="before-import")
            return import_progress_workbook(db, workshop_id, source)

        def done(report: Any) -> None:
            self.context.undo_stack.clear()  # the import is not on the undo stack; a backup was made
            for table in ("action", "progress_note", "kpi_measurement"):
                self.context.sig_data_changed.emit(table)
            QMessageBox.information(self, self.tr("Import progress"), self.tr(
                "Imported: %1 action(s) updated, %2 note(s) and %3 KPI value(s) added; %4 already recorded.")
                .replace("%1", str(report.actions_changed)).replace("%2", str(report.notes_added))
                .replace("%3", str(report.measurements_added)).replace("%4", str(report.already_recorded)))

        self.context.workers.start(work, on_result=done,
                                   on_error=lambda error: QMessageBox.warning(self, self.tr("Import progress"),
                                                                              str(error)))
