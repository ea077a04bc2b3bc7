"""The needs & priorities page: collect needs, vote with dots, score impact and feasibility.

Needs come from the largest assessment gaps (one click) or are typed in. Tabs hold the need
list (track, transversal service, MoSCoW, SWOT, all editable in place), the dot-voting grid
(participants × needs, each within `dots_per_participant`) and the group's tally with its
impact and feasibility scores. Beside them the ranking and the 2×2 follow every edit live.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import IccError, ValidationError
from icc_desktop.ui import commands
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import page_header, search_field, set_role, tab_chain
from icc_desktop.ui.i18n import current_language
from icc_desktop.ui.models.needs import (
    NeedScores,
    NeedTableModel,
    RankingTableModel,
    ScoreTableModel,
    VoteGridTableModel,
    VoterRow,
)
from icc_desktop.ui.models.records import RecordTableModel
from icc_desktop.ui.pages.workshop_base import WorkshopPage
from icc_desktop.ui.problems import error_text, field_messages
from icc_desktop.ui.widgets.details_panel import DetailsPanel
from icc_desktop.ui.widgets.field_message import FieldMessage
from icc_desktop.ui.widgets.priority_matrix import PriorityMatrix, legend_area, matrix_points
from icc_desktop.ui.widgets.radar_chart import short_name
from icc_desktop.ui.widgets.record_table import RecordTable


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


class NeedToolsBar(QWidget):
    """The search over every tab, and turning the largest assessment gaps into needs."""

    sig_gaps_requested = Signal()
    """The user asked for needs from the `gap_count` largest gaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_field(self.tr("Search needs and participants…"), self.tr("Search needs"))
        self.search.setMinimumWidth(200)
        self.gap_count = QSpinBox()
        self.gap_count.setRange(1, 20)
        self.gap_count.setValue(5)
        self.gap_count.setAccessibleName(self.tr("How many gaps to turn into needs"))
        self.gap_button = QPushButton(self.tr("Add needs from the largest &gaps"))
        self.gap_button.setToolTip(self.tr("One need per question with the largest consensus gap "
                                           "(target − current), skipping those already listed"))
        self.gap_button.clicked.connect(self.sig_gaps_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.gap_count)
        layout.addWidget(self.gap_button)


class NewNeedBar(QWidget):
    """A field and button to add a need by its title, and the button that deletes the selected one."""

    sig_add_requested = Signal()
    """The user asked to add the need typed in `new_title`."""
    sig_delete_requested = Signal()
    """The user asked to delete the selected need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("A new need, e.g. “Open data portal for mobility”"))
        self.new_title.setAccessibleName(self.tr("New need's title"))
        self.new_title.returnPressed.connect(self.sig_add_requested)
        self.add_button = QPushButton(self.tr("&Add need"))
        self.add_button.clicked.connect(self.sig_add_requested)
        self.delete_button = QPushButton(self.tr("&Delete need"))
        self.delete_button.setToolTip(self.tr("Delete the selected need and its votes (Del); Undo brings them back"))
        self.delete_button.clicked.connect(self.sig_delete_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_title, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.delete_button)


class NeedListTab(QWidget):
    """The needs, edited in place, with the selected need's track, transversal service and SWOT beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NeedTableModel(self)
        self.table = RecordTable(self.model, stretch="title")
        self.table.setAccessibleName(self.tr("Needs"))
        self.table.horizontalHeader().setStretchLastSection(False)
        for key, width in (("number", 44), ("dimension_id", 150), ("moscow", 110)):
            self.table.setColumnWidth(self.model.column_number(key), width)
        # Track, transversal service and SWOT of the selected need, beside the table.
        self.details = DetailsPanel(
            self.table, [self.model.column_number(key) for key in ("track", "transversal_service", "swot")],
            self.tr("Selected need"), self.tr("Select a need to tag its track, transversal service and SWOT."))
        self.details.setFixedWidth(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)


class VotingTab(QWidget):
    """Dot voting: participants down, needs across, and how many dots are placed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VoteGridTableModel(self)
        self.table = RecordTable(self.model)
        self.table.setAccessibleName(self.tr("Dot voting: participants down, needs across"))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.budget_label = QLabel()
        self.budget_label.setWordWrap(True)
        set_role(self.budget_label, "counts")
        layout = QVBoxLayout(self)
        layout.addWidget(self.budget_label)
        layout.addWidget(self.table, 1)
        self.dots_left: dict[str, int] = {}
        """Participant id → dots still to place."""

    def show_grid(self, needs: list[Any], votes: list[Any], participants: list[Any], budget: int,
                  numbers: dict[str, int]) -> None:
        """Each participant's dots on each need (numbered as everywhere), with `budget` dots each."""
        given: dict[str, dict[str, int]] = {p.id: {} for p in participants}
        for vote in votes:
            if vote.participant_id in given and vote.dots:
                given[vote.participant_id][vote.need_id] = vote.dots
        voters = [VoterRow(p.id, p.name, p.organisation, tuple(sorted(given[p.id].items())),
                           budget - sum(given[p.id].values())) for p in participants]
        self.dots_left = {v.id: v.left for v in voters}
        self.model.set_grid(voters, [(n.id, numbers[n.id], n.title) for n in needs], budget)
        for column in range(len(self.model.fixed_columns), self.model.columnCount()):
            self.table.setColumnWidth(column, 48)
        self.table.setColumnWidth(0, 200)
        placed = sum(budget - v.left for v in voters)
        text = self.tr("Each participant has %1 dots to place (columns N1, N2… are the needs as numbered in "
                       "every view; hover a header for its title).").replace("%1", str(budget))
        if voters:
            text += " " + self.tr("%1 of %2 dots placed.").replace("%1", str(placed)).replace("%2", str(budget * len(voters)))
        else:
            text += " " + self.tr("Add participants first to vote per person, or enter a tally per need.")
        self.budget_label.setText(text)


class ScoringTab(QWidget):
    """The facilitator's tally and the group's impact and feasibility per need, beside the means of every vote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScoreTableModel(self)
        self.table = RecordTable(self.model, stretch="title")
        self.table.setAccessibleName(self.tr("Tally, impact and feasibility per need"))
        hint = QLabel(self.tr("Enter the dots counted on the wall (tally) and the group's impact and "
                              "feasibility, 1 (low) to 5 (high). The ranking uses the means over every vote."))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.table.horizontalHeader().setStretchLastSection(False)
        for key, width in (("number", 44), ("dots", 64), ("impact", 56), ("feasibility", 76),
                           ("mean_impact", 84), ("mean_feasibility", 96), ("quadrant", 104), ("total_dots", 56)):
            self.table.setColumnWidth(self.model.column_number(key), width)

    def show_scores(self, needs: list[Any], votes: list[Any], ranked: list[Any]) -> None:
        """Each need's tally (the vote without a participant) and the ranking's means and quadrant."""
        by_need = {r.need_id: r for r in ranked}
        rows = []
        for need in needs:
            mine = [v for v in votes if v.need_id == need.id]
            tally = next((v for v in mine if v.participant_id is None), None)
            summary = by_need[need.id]
            rows.append(NeedScores(
                id=need.id, number=by_need[need.id].number, title=need.title,
                dots=tally.dots if tally else 0,
                impact=tally.impact if tally else None,
                feasibility=tally.feasibility if tally else None,
                mean_impact=summary.impact, mean_feasibility=summary.feasibility,
                quadrant=summary.quadrant.value if summary.quadrant else None,
                total_dots=summary.dots,
            ))
        self.model.set_rows(rows)


class PrioritiesSection(QSplitter):
    """The ranking of the needs over the impact × feasibility 2×2 and its legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.model = RankingTableModel(self)
        self.table = RecordTable(self.model, stretch="title")
        self.table.setAccessibleName(self.tr("Ranking of the needs"))
        self.table.setEditTriggers(RecordTable.EditTrigger.NoEditTriggers)
        for key, width in (("rank", 44), ("number", 44), ("dots", 44), ("priority", 44), ("quadrant", 104),
                           ("moscow", 96)):
            self.table.setColumnWidth(self.model.column_number(key), width)
        self.table.horizontalHeader().setStretchLastSection(False)
        # MoSCoW is in the need list beside it; the ranking keeps its room for the titles.
        self.table.setColumnHidden(self.model.column_number("moscow"), True)
        title = QLabel(self.tr("Ranking"))
        set_role(title, "sectionTitle")
        self.matrix = PriorityMatrix()
        self.matrix.setMinimumSize(260, 240)
        matrix_box = QWidget()
        matrix_layout = QHBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.matrix, 3)
        matrix_layout.addWidget(legend_area(self.matrix.legend), 1)
        ranking_box = QWidget()
        ranking_layout = QVBoxLayout(ranking_box)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_layout.addWidget(title)
        ranking_layout.addWidget(self.table, 1)
        self.addWidget(ranking_box)
        self.addWidget(matrix_box)
        self.setChildrenCollapsible(False)
        self.setSizes([320, 360])

    def show_ranking(self, ranked: list[Any]) -> None:
        """The ranked needs in the table and on the 2×2."""
        self.model.set_rows(ranked)
        self.matrix.set_points(matrix_points(ranked))


class NeedsPage(WorkshopPage):
    """Needs, dot voting, impact × feasibility, MoSCoW, and the live ranking."""

    page_id = "needs"
    tables = frozenset({"need", "vote", "participant", "workshop", "response", "reference_item", "dimension"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.message = FieldMessage(self)
        header, _title, _hint = page_header(
            self.tr("Needs & priorities"),
            self.tr("Turn the largest gaps into needs or type your own; then vote with dots and score "
                    "impact and feasibility. The ranking and the 2×2 follow every change."))
        self.tools_bar, self.new_need_bar = NeedToolsBar(), NewNeedBar()
        self.need_tab, self.voting_tab, self.scoring_tab = NeedListTab(), VotingTab(), ScoringTab()
        self.priorities_section = PrioritiesSection()
        self._name_parts()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.need_tab, self.tr("Needs"))
        self.tabs.addTab(self.voting_tab, self.tr("Dot voting"))
        self.tabs.addTab(self.scoring_tab, self.tr("Impact && feasibility"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_need_bar)
        left_layout.addWidget(self.tabs, 1)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(self.priorities_section)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setSizes([760, 520])
        main.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.tools_bar)
        layout.addWidget(main, 1)
        self._connect_sections()
        self.budget = 0

    @property
    def dots_left(self) -> dict[str, int]:
        """Participant id → dots still to place."""
        return self.voting_tab.dots_left

    def _name_parts(self) -> None:
        """The sections' models and widgets under the names the page's methods (and tests) use."""
        tools, adding = self.tools_bar, self.new_need_bar
        self.search, self.gap_count, self.gap_button = tools.search, tools.gap_count, tools.gap_button
        self.new_title, self.add_button, self.delete_button = adding.new_title, adding.add_button, adding.delete_button
        self.needs, self.need_table, self.need_details = self.need_tab.model, self.need_tab.table, self.need_tab.details
        self.grid, self.grid_table, self.budget_label = self.voting_tab.model, self.voting_tab.table, self.voting_tab.budget_label
        self.scores, self.score_table = self.scoring_tab.model, self.scoring_tab.table
        self.ranking, self.ranking_table = self.priorities_section.model, self.priorities_section.table
        self.matrix = self.priorities_section.matrix

    def _connect_sections(self) -> None:
        self.tools_bar.sig_gaps_requested.connect(self.add_from_gaps)
        self.new_need_bar.sig_add_requested.connect(self.add_need)
        self.new_need_bar.sig_delete_requested.connect(self.delete_selected)
        self.need_table.sig_delete_requested.connect(self.delete_need)
        self.needs.save_edit = self._save_need
        self.grid.save_edit = self._save_dots
        self.scores.save_edit = self._save_score
        for table in (self.need_table, self.grid_table, self.score_table, self.ranking_table):
            self.search.textChanged.connect(table.proxy.set_search)
        for model, table in ((self.needs, self.need_table), (self.grid, self.grid_table),
                             (self.scores, self.score_table)):
            model.sig_edit_refused.connect(lambda row, column, text, t=table: self.message.show_for_cell(t, row, column, text))
            model.sig_edit_saved.connect(self.message.clear)  # the refused entry was fixed
        tab_chain(self, self.search, self.gap_count, self.gap_button, self.new_title, self.add_button, self.delete_button,
                  self.tabs)

    def title(self) -> str:
        return self.tr("Needs & priorities")

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        from icc_desktop.services.lookups import needs_view

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            for model in (self.needs, self.scores, self.ranking):
                model.set_rows([])
            self.grid.set_grid([], [], 0)
            self.matrix.set_points([])
            self.budget_label.setText("")
            return
        try:
            view = needs_view(self.context.db, workshop_id, current_language())
        except IccError:  # the workshop was deleted under us; the shell switches away
            return
        needs, votes, ranked = view.needs, view.votes, view.ranking
        # Dimensions by their short name ("Leadership and governance"): the column stays narrow.
        self.needs.choices["dimension_id"] = [(d.id, short_name(d.name)) for d in view.dimensions]
        self.needs.choices["track"] = [(t.code, t.label) for t in view.tracks]
        self.needs.choices["transversal_service"] = [(t.code, t.label) for t in view.services]
        numbers = {r.need_id: r.number for r in ranked}
        self.needs.numbers = numbers
        self.needs.set_rows(needs)
        self.priorities_section.show_ranking(ranked)
        self.budget = view.workshop.dots_per_participant
        self.voting_tab.show_grid(needs, votes, view.participants, self.budget, numbers)
        self.scoring_tab.show_scores(needs, votes, ranked)

    # --- adding and deleting ----------------------------------------------------------------

    def add_need(self) -> None:
        """Add the need typed in the new-need field."""
        from icc_desktop.models import Need

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            return
        position = max((n.position for n in self.needs.rows()), default=-1) + 1
        try:
            need = commands.create_row(self.context, Need, text=self.tr("Add need"), workshop_id=workshop_id,
                                       title=self.new_title.text(), position=position)
        except ValidationError as exc:
            self.message.show_beside(self.new_title, field_messages(exc).get("title") or error_text(exc))
            self.new_title.setFocus()
            return
        self.message.clear()
        self.new_title.clear()
        self.reload_now()
        self.need_table.select_id(need.id)

    def add_from_gaps(self) -> int:
        """Add one need per largest consensus gap not yet a need; returns how many were added."""
        from icc_desktop.models import Need
        from icc_desktop.services.lookups import gap_need_proposals

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            return 0
        proposals = gap_need_proposals(self.context.db, workshop_id, self.gap_count.value())
        if not proposals:
            self.message.show_beside(self.gap_button, self.tr(
                "No new need to add: score the consensus current and target levels on the Assessment page, "
                "or the largest gaps are already needs."), note=True)
            return 0
        commands.create_rows(self.context, Need, proposals,
                             text=self.tr("Add %n need(s) from gaps", "", len(proposals)))
        self.message.clear()
        self.tabs.setCurrentIndex(0)
        self.reload_now()
        return len(proposals)

    def delete_selected(self) -> None:
        """Delete the need selected in the need list (or the score table)."""
        table = self.score_table if self.tabs.currentIndex() == 2 else self.need_table
        need_id = table.current_id()
        if need_id is not None:
            self.delete_need(need_id)

    def delete_need(self, need_id: str) -> None:
        """Delete a need and its votes, undoably."""
        from icc_desktop.models import Need

        commands.delete_row(self.context, Need, need_id, text=self.tr("Delete need"))

    # --- editing ------------------------------------------------------------------------------

    def _save_need(self, row: Any, key: str, value: Any) -> None:
        from icc_desktop.models import Need

        commands.update_row(self.context, Need, row.id, text=self.tr("Edit need"), **{key: value})

    def _save_dots(self, row: Any, key: str, value: Any) -> None:
        commands.vote(self.context, key, row.id, dots=int(value or 0))

    def _save_score(self, row: Any, key: str, value: Any) -> None:
        commands.vote(self.context, row.id, None, **{key: value if key != "dots" else int(value or 0)})

    def table_of(self, model: RecordTableModel) -> RecordTable:
        """The view showing one of the page's models."""
        return {self.needs: self.need_table, self.grid: self.grid_table, self.scores: self.score_table,
                self.ranking: self.ranking_table}[model]
