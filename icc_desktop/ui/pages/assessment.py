"""The assessment page: score each question of the framework, for the group or one participant.

Fast by keyboard: in the question table, 1–5 give the current level (0: not known / not
applicable); in the Target column they give the target level (Shift+1–5 does too where the
keyboard layout sends digits). Up/Down move between questions and Tab leaves the table for the
level buttons (Space: current level, Shift+Space: target), "Not known" and the evidence; after a
score the next question is selected (can be turned off). By mouse: click a level's descriptor
for the current level, Shift+click for the target. Every score is one undoable command, saved at once;
the radar and the gap table follow live.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import IccError, ValidationError
from icc_desktop.ui import commands, labels
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import NotesEdit, page_header, set_role
from icc_desktop.ui.i18n import current_language
from icc_desktop.ui.models.assessment import (
    DimensionListModel,
    DimensionProgress,
    GapTableModel,
    QuestionTableModel,
)
from icc_desktop.ui.models.records import ROW_ID_ROLE
from icc_desktop.ui.pages.workshop_base import WorkshopPage
from icc_desktop.ui.widgets.field_message import FieldMessage
from icc_desktop.ui.widgets.level_button import LevelButton
from icc_desktop.ui.widgets.radar_chart import RadarChart
from icc_desktop.ui.widgets.record_table import RecordTable, filter_box, keep_rows_fitted

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
# Shift+digit on a US-style layout sends the symbol, not the digit.
_SHIFTED = {Qt.Key.Key_Exclam: 1, Qt.Key.Key_At: 2, Qt.Key.Key_NumberSign: 3, Qt.Key.Key_Dollar: 4,
            Qt.Key.Key_Percent: 5}


def participant_label(participant: Any) -> str:
    """How a participant is named in selectors: "Name (Organisation)"."""
    name = labels.person_name(participant)
    return f"{name} ({participant.organisation})" if participant.organisation else name


class DimensionsSection(QWidget):
    """The framework's dimensions (one picked filters the questions) and how many questions are scored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DimensionListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Dimensions"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the names on resize
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setMinimumWidth(170)
        self.sig_dimension_changed = self.list.selectionModel().currentChanged
        """Another dimension (or "All dimensions") was picked: current and previous index."""
        self.progress = QLabel()
        set_role(self.progress, "counts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)

    def show_progress(self, sheet: list[Any], scores: list[Any]) -> None:
        """Each dimension's scored questions and levels, and the count of scored questions."""
        questions: dict[str, int] = {}
        scored: dict[str, int] = {}
        for item in sheet:
            questions[item.dimension_id] = questions.get(item.dimension_id, 0) + 1
            scored[item.dimension_id] = scored.get(item.dimension_id, 0) + int(item.answered)
        rows = [DimensionProgress(s.dimension_id, s.name, questions.get(s.dimension_id, 0),
                                  scored.get(s.dimension_id, 0), s.current, s.target) for s in scores]
        self.model.set_rows(rows)
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.progress.setText(self.tr("%1 of %2 questions scored").replace("%1", str(sum(scored.values())))
                              .replace("%2", str(len(sheet))))


class QuestionsSection(QWidget):
    """Whose answers are scored, a search, and the questions with their current and target levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.respondent = QComboBox()
        self.respondent.setAccessibleName(self.tr("Whose answers"))
        self.respondent.setMinimumContentsLength(18)
        self.respondent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sig_respondent_changed = self.respondent.currentIndexChanged
        """Another respondent (or the consensus) was chosen."""
        respondent_label = QLabel(self.tr("&Scoring for:"))
        respondent_label.setBuddy(self.respondent)
        self.model = QuestionTableModel(self)
        self.table = RecordTable(self.model, stretch="text")
        self.table.setAccessibleName(self.tr("Questions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        for key, width in (("number", 40), ("current", 54), ("target", 54), ("gap", 44), ("evidence", 90)):
            self.table.setColumnWidth(self.model.column_number(key), width)
        self.table.horizontalHeader().setSectionResizeMode(self.model.column_number("evidence"),
                                                           QHeaderView.ResizeMode.Interactive)
        self.search = filter_box(self.table, self.tr("Search questions…"))
        tools = QHBoxLayout()
        tools.addWidget(respondent_label)
        tools.addWidget(self.respondent)
        tools.addWidget(self.search, 1)
        self.detail = QuestionDetailSection()
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(self.table)
        centre.addWidget(self.detail)
        centre.setStretchFactor(0, 1)
        centre.setStretchFactor(1, 1)
        centre.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(centre, 1)

    def show_respondents(self, participants: list[Any]) -> None:
        """Offer the consensus and each participant, keeping the one chosen (the consensus if it is gone)."""
        keep = self.respondent.currentData() or ""
        entries = [("", self.tr("Group consensus"))]
        entries += [(p.id, participant_label(p)) for p in participants]
        current = [(self.respondent.itemData(i), self.respondent.itemText(i)) for i in range(self.respondent.count())]
        if entries == current:
            return
        with QSignalBlocker(self.respondent):
            self.respondent.clear()
            for data, text in entries:
                self.respondent.addItem(text, data)
            self.respondent.setCurrentIndex(max(0, self.respondent.findData(keep)))


class QuestionDetailSection(QScrollArea):
    """The selected question: its five level descriptors as buttons, "Not known", the target and the evidence."""

    sig_level_picked = Signal(int, bool)
    """A level was picked (0: not known), True for the target level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        set_role(self.title, "sectionTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level_buttons: list[LevelButton] = []
        levels = QVBoxLayout()
        levels.setSpacing(4)
        for level in range(1, 6):
            button = LevelButton(level)
            button.sig_picked.connect(self.sig_level_picked)
            self.level_buttons.append(button)
            levels.addWidget(button)
        self.evidence = NotesEdit()
        self.evidence.setAccessibleName(self.tr("Evidence or comment"))
        self.evidence.setPlaceholderText(self.tr("Evidence, sources, remarks (saved when you leave the field)"))
        self.evidence.setFixedHeight(self.fontMetrics().height() * 4)
        self.evidence.setTabChangesFocus(True)
        self.sig_evidence_committed = self.evidence.sig_committed
        """The user left the evidence field (the page saves it if it changed)."""
        evidence_label = QLabel(self.tr("Evi&dence:"))
        evidence_label.setBuddy(self.evidence)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 4, 4)
        detail_layout.addWidget(self.title)
        detail_layout.addLayout(levels)
        detail_layout.addLayout(self._build_level_row())
        detail_layout.addWidget(evidence_label)
        detail_layout.addWidget(self.evidence)
        detail_layout.addStretch(1)
        self.setWidget(detail)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def _build_level_row(self) -> QVBoxLayout:
        self.unknown_button = QPushButton(self.tr("Not &known"))
        self.unknown_button.setToolTip(self.tr("The current level is not known or does not apply (key 0)"))
        self.unknown_button.clicked.connect(lambda: self.sig_level_picked.emit(0, False))
        self.advance = QCheckBox(self.tr("&Next question after a score"))
        self.advance.setChecked(True)
        self.target = QComboBox()
        self.target.addItem("–", None)
        for level in range(1, 6):
            self.target.addItem(self.tr("Level %1").replace("%1", str(level)), level)
        self.target.setAccessibleName(self.tr("Target level"))
        self.target.activated.connect(lambda _i: self.sig_level_picked.emit(self.target.currentData() or 0, True))
        target_label = QLabel(self.tr("&Target level:"))
        target_label.setBuddy(self.target)
        # Two lines, not one: on one line ("Nächste Frage nach einer Bewertung" beside the target) the
        # panel's least width kept the results column, and with it the radar, narrow at 1366×768.
        first = QHBoxLayout()
        first.addWidget(self.unknown_button)
        first.addStretch(1)
        first.addWidget(target_label)
        first.addWidget(self.target)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addWidget(self.advance)
        return rows

    def show_levels(self, title: str, descriptors: list[str], current: int | None, target: int | None) -> None:
        """Show a question's title and levels, the current and the target marked; no descriptors: none selected."""
        self.title.setText(title)
        for widget in (*self.level_buttons, self.unknown_button, self.target, self.evidence):
            widget.setEnabled(bool(descriptors))
        for button, descriptor in zip(self.level_buttons, descriptors or [""] * 5, strict=True):
            button.set_state(descriptor, current == button.level, target == button.level)
        with QSignalBlocker(self.target):
            self.target.setCurrentIndex(max(0, self.target.findData(target)))


RADAR_SHARE = 0.62
"""The least share of the results column's height the radar keeps (the gap table scrolls below it)."""


class ResultsSection(QWidget):
    """The radar of current and target levels, and under it the gaps per dimension or the cohort."""

    def __init__(self, cohort_box: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radar = RadarChart()
        self.radar.setMinimumSize(280, 260)
        self.gaps = GapTableModel(self)
        self.gap_table = QTableView()
        self.gap_table.setModel(self.gaps)
        self.gap_table.setAccessibleName(self.tr("Gaps per dimension"))
        self.gap_table.verticalHeader().setVisible(False)
        self.gap_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gap_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gap_table.setAlternatingRowColors(True)
        gap_header = self.gap_table.horizontalHeader()
        gap_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            gap_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        keep_rows_fitted(self.gap_table, then=self._fit_gap_table)  # long dimension names wrap
        self.radar_title = QLabel()
        set_role(self.radar_title, "sectionTitle")
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.gap_table, self.tr("Gaps"))
        self.lower_tabs.addTab(cohort_box, self.tr("&Cohort"))
        layout = self.column = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radar_title)
        layout.addWidget(self.radar, 1)
        layout.addWidget(self.lower_tabs)

    def show_scores(self, scores: list[Any], respondent: str) -> None:
        """The dimensions' scores on the radar and in the gap table, for `respondent` (named in the title)."""
        self.gaps.set_rows(scores)
        self._fit_gap_table()
        self.radar.set_scores([s.name for s in scores], [s.current for s in scores], [s.target for s in scores])
        self.radar_title.setText(self.tr("Current and target levels — %1").replace("%1", respondent))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_gap_table()

    def _fit_gap_table(self) -> None:
        # As tall as its rows, as long as the radar keeps RADAR_SHARE of the column: below that the
        # table scrolls (its numbers are also in the dimension list), since a radar squeezed under
        # a tall table drew its spokes' names over each other and Qt hid some of them.
        table = self.gap_table
        rows = max(1, self.gaps.rowCount())
        chrome = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        height = chrome + (sum(table.rowHeight(r) for r in range(rows)) if self.gaps.rowCount()
                           else table.verticalHeader().defaultSectionSize())
        tabs = self.lower_tabs.tabBar().sizeHint().height() + self.column.spacing() * 2
        room = self.height() - self.radar_title.sizeHint().height() - tabs - int(self.height() * RADAR_SHARE)
        least = chrome + 3 * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(max(least, min(height, room)))
        # The tabs as tall as the gap table: the cohort tab's content would otherwise set their height.
        self.lower_tabs.setFixedHeight(table.height() + self.lower_tabs.tabBar().sizeHint().height() + 4)


class AssessmentPage(WorkshopPage):
    """Maturity levels per question (current and target), evidence, the radar and the gaps."""

    page_id = "assessment"
    tables = frozenset({"response", "participant", "workshop", "question", "dimension", "framework"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.message = FieldMessage(self)
        header, _title, _hint = page_header(
            self.tr("Assessment"),
            self.tr("Keys 1–5 score the selected question (0: not known); in the Target column they set "
                    "the target. Click a level for the current one, Shift+click for the target."))
        self.dimensions_section = DimensionsSection()
        self.questions_section = QuestionsSection()
        self.results_section = ResultsSection(self._cohort_box())
        self._name_parts()
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.dimensions_section)
        main.addWidget(self.questions_section)
        main.addWidget(self.results_section)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setStretchFactor(2, 1)
        main.setSizes([180, 520, 440])  # the radar needs width for its spokes' names on both sides
        main.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(main, 1)
        self._connect_sections()
        self._participants: list[Any] = []
        self._evidence_owner: tuple[str, str | None, str, str] | None = None
        """Whose note the evidence field holds: workshop, participant, question, and the saved text."""

    def _name_parts(self) -> None:
        """The sections' models and widgets under the names the page's methods (and tests) use."""
        questions, detail, results = self.questions_section, self.questions_section.detail, self.results_section
        self.dimensions, self.dimension_list = self.dimensions_section.model, self.dimensions_section.list
        self.progress = self.dimensions_section.progress
        self.respondent, self.search = questions.respondent, questions.search
        self.questions, self.table = questions.model, questions.table
        self.detail_scroll, self.question_title, self.level_buttons = detail, detail.title, detail.level_buttons
        self.unknown_button, self.advance, self.target = detail.unknown_button, detail.advance, detail.target
        self.evidence = detail.evidence
        self.radar, self.radar_title, self.gaps = results.radar, results.radar_title, results.gaps
        self.gap_table, self.lower_tabs = results.gap_table, results.lower_tabs

    def _connect_sections(self) -> None:
        self.questions_section.sig_respondent_changed.connect(self._respondent_changed)
        self.dimensions_section.sig_dimension_changed.connect(self._dimension_changed)
        self.questions_section.detail.sig_level_picked.connect(self._level_clicked)
        self.questions_section.detail.sig_evidence_committed.connect(self._save_evidence)
        self.lower_tabs.currentChanged.connect(lambda _index: self.refresh_cohort())
        self.table.installEventFilter(self)
        self.table.selectionModel().currentChanged.connect(self._question_changed)
        self.setTabOrder(self.respondent, self.search)
        self.setTabOrder(self.search, self.dimension_list)
        self.setTabOrder(self.dimension_list, self.table)
        previous: QWidget = self.table
        for widget in (*self.level_buttons, self.unknown_button, self.advance, self.target, self.evidence,
                       self.gap_table):
            self.setTabOrder(previous, widget)
            previous = widget

    def title(self) -> str:
        return self.tr("Assessment")

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- loading ---------------------------------------------------------------------------

    def participant_id(self) -> str | None:
        """Whose answers are shown and scored: a participant's id, or None for the consensus."""
        data = self.respondent.currentData()
        return data or None

    def set_participant(self, participant_id: str | None) -> None:
        """Score for a participant (None: the group's consensus)."""
        position = self.respondent.findData(participant_id or "")
        if position >= 0:
            self.respondent.setCurrentIndex(position)

    def reload(self) -> None:
        from icc_desktop.services.lookups import assessment_view

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            self._participants = []
            self._fill_respondents()
            self.questions.set_rows([])
            self.dimensions.set_rows([])
            self.gaps.set_rows([])
            self.radar.set_scores([], [], [])
            self._show_question()
            return
        # One read for everything shown (the page reloads after every score).
        try:
            view = assessment_view(self.context.db, workshop_id, self.participant_id(), current_language())
        except IccError:  # the workshop was deleted under us; the shell switches away
            return
        self._participants = view.participants
        asked = self.participant_id()
        self._fill_respondents()
        if self.participant_id() != asked:  # the respondent shown was deleted: the consensus instead
            view = assessment_view(self.context.db, workshop_id, self.participant_id(), current_language())
        self.questions.set_rows(view.items)
        self.dimensions_section.show_progress(view.items, view.scores)
        self.results_section.show_scores(view.scores, self.respondent.currentText())
        self._show_question()
        if self.lower_tabs.currentIndex() == 1:
            self._show_cohort()

    def _fill_respondents(self) -> None:
        self.questions_section.show_respondents(self._participants)

    # --- cohort ----------------------------------------------------------------------------

    def _cohort_box(self) -> QWidget:
        from icc_desktop.ui.models.monitoring import CohortTableModel
        from icc_desktop.ui.widgets.record_table import RecordTable

        self.same_edition = QCheckBox(self.tr("Same edition"))
        self.same_edition.setToolTip(self.tr("Only cities of the same challenge edition as this one"))
        self.same_edition.toggled.connect(lambda _on: self.refresh_cohort())
        self.cohort_track = QComboBox()
        self.cohort_track.setAccessibleName(self.tr("Thematic track of the cohort"))
        self.cohort_track.currentIndexChanged.connect(lambda _index: self.refresh_cohort())
        self.cohort_note = QLabel()
        self.cohort_note.setWordWrap(True)
        self.cohort = CohortTableModel(self)
        self.cohort_table = RecordTable(self.cohort)
        self.cohort_table.setAccessibleName(self.tr("The city beside its cohort"))
        metrics = self.cohort_table.horizontalHeader().fontMetrics()
        for key in ("current", "median", "band", "target", "target_median"):
            column = self.cohort.column_number(key)
            header = str(self.cohort.headerData(column, Qt.Orientation.Horizontal))
            self.cohort_table.setColumnWidth(column, max(52, metrics.horizontalAdvance(header) + 16))
        self.cohort_table.setColumnWidth(self.cohort.column_number("name"), 130)
        filters = QHBoxLayout()
        filters.addWidget(self.same_edition)
        filters.addWidget(self.cohort_track, 1)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 4, 0, 0)
        box_layout.addLayout(filters)
        box_layout.addWidget(self.cohort_note)
        box_layout.addWidget(self.cohort_table, 1)
        self._cohort_key: Any = None
        return box

    def refresh_cohort(self, *, force: bool = False) -> None:
        """Compare with the cohort (in the background; from the server when this database holds too few)."""
        from icc_desktop.services.lookups import track_items
        from icc_desktop.sync.account import cohort_for_workshop

        workshop_id = self.context.workshop_id
        if workshop_id is None or self.lower_tabs.currentIndex() != 1:
            return
        if self.cohort_track.count() == 0:
            with QSignalBlocker(self.cohort_track):
                self.cohort_track.addItem(self.tr("Any track"), None)
                for item in track_items(self.context.db, workshop_id):
                    self.cohort_track.addItem(item.label, item.code)
        key = (workshop_id, self.same_edition.isChecked(), self.cohort_track.currentData())
        if key == self._cohort_key and not force:
            self._show_cohort()
            return
        self._cohort_key = key
        self.cohort_note.setText(self.tr("Comparing…"))
        db = self.context.db

        def done(result: Any) -> None:
            if self._cohort_key == key:
                self._cohort_result = result
                self._show_cohort()

        def failed(error: BaseException) -> None:
            if self._cohort_key == key:
                self._cohort_result = error
                self._show_cohort()

        self.context.workers.start(
            lambda _task: cohort_for_workshop(db, workshop_id, same_edition=key[1], track=key[2]),
            on_result=done, on_error=failed)

    def _show_cohort(self) -> None:
        from icc_desktop.services.cohort import CohortTooSmall
        from icc_desktop.ui.models.monitoring import CohortRow

        result = getattr(self, "_cohort_result", None)
        scores = self.gaps.rows()
        if isinstance(result, CohortTooSmall):
            self.cohort.set_rows([])
            self.cohort_note.setText(self.tr("Only %1 cities match; cohort figures are shown over at least five "
                                             "cities (sync with the server to compare with the whole programme).")
                                     .replace("%1", str(result.cities)))
            return
        if isinstance(result, BaseException) or result is None:
            self.cohort.set_rows([])
            self.cohort_note.setText(str(result) if result is not None else "")
            return
        bands = {d.dimension_id: d for d in result.dimensions}
        rows = []
        for score in scores:
            band = bands.get(score.dimension_id)
            current = band.current if band else None
            target = band.target if band else None
            rows.append(CohortRow(score.dimension_id, score.name, score.current,
                                  current.median if current else None, current.q1 if current else None,
                                  current.q3 if current else None, score.target,
                                  target.median if target else None))
        self.cohort.set_rows(rows)
        where = self.tr("the sync server") if result.source == "server" else self.tr("this database")
        self.cohort_note.setText(self.tr("%1 cities on this framework, from %2.").replace(
            "%1", str(result.cities)).replace("%2", where))

    # --- selection -------------------------------------------------------------------------

    def _respondent_changed(self, _index: int) -> None:
        self._save_evidence()
        self.message.clear()
        self.reload()

    def _dimension_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        dimension_id = current.data(ROW_ID_ROLE) if current.isValid() else DimensionListModel.ALL
        if dimension_id == DimensionListModel.ALL:
            self.table.proxy.set_row_filter(None)
        else:
            self.table.proxy.set_row_filter(lambda row: self.questions.row_at(row).dimension_id == dimension_id)
        if not self.table.currentIndex().isValid() and self.table.proxy.rowCount():
            self.table.setCurrentIndex(self.table.proxy.index(0, self.questions.column_number("current")))

    def current_item(self) -> Any | None:
        """The assessment item (question and answer) selected in the table."""
        question_id = self.table.current_id()
        if question_id is None:
            return None
        row = self.questions.find(question_id)
        return self.questions.row_at(row) if row >= 0 else None

    def select_question(self, question_id: str, column: str = "current") -> bool:
        """Select a question in the table (showing every dimension if it is filtered out)."""
        if self.questions.find(question_id) < 0:
            return False
        if not self.table.select_id(question_id, self.questions.column_number(column)):
            self.search.clear()
            self.dimension_list.setCurrentIndex(self.dimensions.index(0))
            return self.table.select_id(question_id, self.questions.column_number(column))
        return True

    def _question_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and previous.row() != current.row():
            self._save_evidence()
        self.message.clear()
        self._show_question()

    def _show_question(self) -> None:
        item = self.current_item()
        if item is None:
            self.questions_section.detail.show_levels(self.tr("Select a question to score it."), [], None, None)
            if not self.evidence.hasFocus():
                self.evidence.setPlainText("")
            self._evidence_owner = None
            return
        number = self.questions.number(item.question_id)
        self.questions_section.detail.show_levels(f"{number}  {item.text}", list(item.descriptors), item.current,
                                                  item.target)
        owner = (self.context.workshop_id or "", self.participant_id(), item.question_id, item.evidence)
        if self._evidence_owner is None or self._evidence_owner[:3] != owner[:3] or not self.evidence.hasFocus():
            with QSignalBlocker(self.evidence):
                self.evidence.setPlainText(item.evidence)
            self._evidence_owner = owner

    # --- scoring -----------------------------------------------------------------------------

    def score(self, level: int, *, target: bool = False, advance: bool = False) -> bool:
        """Give the selected question a level (0: unknown / no target); True if it was saved."""
        item = self.current_item()
        workshop_id = self.context.workshop_id
        if item is None or workshop_id is None:
            return False
        if not 0 <= level <= 5:
            self._refuse(self.tr("Levels go from 1 to 5; 0 marks a level as not known."), target)
            return False
        field = "target_level" if target else "current_level"
        value = level or None
        try:
            commands.answer(self.context, workshop_id, item.question_id, self.participant_id(),
                            **{field: value})
        except ValidationError as exc:
            self._refuse(exc.fields.get(field) or str(exc), target)
            return False
        self.message.clear()
        if advance and self.advance.isChecked():
            self._move(1)
        return True

    def _refuse(self, text: str, target: bool) -> None:
        row = self.questions.find(self.table.current_id() or "")
        if row >= 0:
            self.message.show_for_cell(self.table, row, self.questions.column_number("target" if target else "current"), text)

    def _level_clicked(self, level: int, as_target: bool) -> None:
        self.score(level, target=as_target)

    def _save_evidence(self) -> None:
        # The note belongs to the question and respondent it was typed for, even if the selection
        # (or the respondent) has changed by the time the field lets go.
        if self._evidence_owner is None:
            return
        workshop_id, participant_id, question_id, saved = self._evidence_owner
        text = self.evidence.toPlainText()
        if text == saved:
            return
        try:
            commands.answer(self.context, workshop_id, question_id, participant_id, evidence=text)
        except IccError as exc:  # refused, or its workshop or participant was deleted meanwhile
            fields = exc.fields if isinstance(exc, ValidationError) else {}
            self.message.show_beside(self.evidence, fields.get("evidence") or str(exc))
            return
        self._evidence_owner = (workshop_id, participant_id, question_id, text)

    def _move(self, step: int) -> bool:
        current = self.table.currentIndex()
        proxy = self.table.proxy
        row = current.row() + step if current.isValid() else 0
        if not 0 <= row < proxy.rowCount():
            return False
        column = current.column() if current.isValid() else self.questions.column_number("current")
        index = proxy.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._table_key(event):
                return True
        return super().eventFilter(watched, event)

    def _table_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        # Tab is not taken here: the table is one Tab stop (Up/Down move between questions), so
        # Tab reaches the level buttons, "Not known" and the evidence (it took 35 presses).
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False  # Ctrl/Alt shortcuts belong to the window
        level = _DIGITS.get(Qt.Key(key))
        shifted = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if level is None and Qt.Key(key) in _SHIFTED:
            level, shifted = _SHIFTED[Qt.Key(key)], True
        if level is None:
            return False
        column = self.table.currentIndex().column()
        target = shifted or column == self.questions.column_number("target")
        self.score(level, target=target, advance=True)
        return True
