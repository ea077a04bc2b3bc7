"""The assessment page: scoring by keyboard and mouse, per respondent, live radar and gaps, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from icc_desktop.services.lookups import assessment_sheet
from icc_desktop.services.scoring import dimension_scores
from icc_desktop.ui.pages.assessment import AssessmentPage
from tests.factories import make_workshop
from tests.ui.workshop_support import add_participants, page_on, settle, table_state


@pytest.fixture
def page(qtbot, db):
    """The assessment page of a fresh workshop with two participants, the first question selected."""
    workshop = make_workshop(db)
    add_participants(db, workshop.id, ["Ana Kovač", "Jonas Berg"])
    page = page_on(qtbot, AssessmentPage, db, workshop.id)
    page.table.setFocus()
    page.select_question(page.questions.row_at(0).question_id)
    return page


def _levels(page, participant_id=None):
    sheet = assessment_sheet(page.context.db, page.context.workshop_id, participant_id)
    return [(item.current, item.target, item.answered) for item in sheet]


def test_keyboard_scores_current_and_target_and_moves_on(qtbot, page):
    """1–5 set the current level, 0 marks it unknown, the Target column takes targets; Up/Down move."""
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    qtbot.keyClick(page.table, Qt.Key.Key_0)
    qtbot.keyClick(page.table, Qt.Key.Key_4)
    assert _levels(page)[:4] == [(3, None, True), (None, None, True), (4, None, True), (None, None, False)]
    assert page.current_item().question_id == page.questions.row_at(3).question_id
    page.select_question(page.questions.row_at(0).question_id, "target")
    qtbot.keyClick(page.table, Qt.Key.Key_5)
    qtbot.keyClick(page.table, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    assert _levels(page)[:2] == [(3, 5, True), (None, 2, True)]
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_item().question_id == page.questions.row_at(3).question_id
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    settle()
    assert page.current_item().question_id == page.questions.row_at(1).question_id
    # the question panel shows the levels of the selected question
    assert [b.is_target for b in page.level_buttons] == [False, True, False, False, False]


def test_radar_and_gap_table_follow_the_scores(qtbot, page):
    """The radar's points and the gap table are the service's dimension scores, updated live."""
    for key in (Qt.Key.Key_2, Qt.Key.Key_4):
        qtbot.keyClick(page.table, key)
    page.select_question(page.questions.row_at(0).question_id, "target")
    qtbot.keyClick(page.table, Qt.Key.Key_5)
    scores = dimension_scores(page.context.db, page.context.workshop_id, "consensus")
    settle()
    assert scores[0].current == 3.0 and scores[0].target == 5.0
    assert page.radar.values("current")[0] == (0.0, 3.0)
    assert page.radar.values("target") == [(0.0, 5.0)]
    gap_row = page.gaps.row_at(0)
    assert (gap_row.current, gap_row.target, gap_row.gap) == (3.0, 5.0, 2.0)
    assert page.gaps.data(page.gaps.index(0, 3)) == "+2.0"


def test_each_participant_scores_apart_from_the_consensus(qtbot, page):
    """Choosing a participant records their answers; the consensus and the other participant are untouched."""
    consensus, ana, jonas = (page.respondent.itemData(i) for i in range(3))
    assert consensus == ""
    page.set_participant(ana)
    page.table.setFocus()
    page.select_question(page.questions.row_at(0).question_id)
    qtbot.keyClick(page.table, Qt.Key.Key_1)
    settle()
    assert _levels(page, ana)[0] == (1, None, True)
    assert not any(answered for *_, answered in _levels(page))
    assert not any(answered for *_, answered in _levels(page, jonas))
    assert page.radar.values("current")[0] == (0.0, 1.0)
    assert "Ana Kovač" in page.radar_title.text()


def test_mouse_click_gives_current_and_shift_click_target(qtbot, page):
    """Clicking a level's descriptor sets the current level; Shift+click sets the target."""
    qtbot.mouseClick(page.level_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.level_buttons[3], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
    assert _levels(page)[0] == (2, 4, True)
    settle()
    assert page.level_buttons[1].is_current and page.level_buttons[3].is_target
    page.target.setCurrentIndex(0)
    page.target.activated.emit(0)
    assert _levels(page)[0] == (2, None, True)


def test_a_level_outside_1_to_5_is_refused_beside_the_cell(qtbot, page):
    """Key 7 shows a message beside the question and writes nothing."""
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    page.select_question(page.questions.row_at(0).question_id)
    before = table_state(page.context.db, "response")
    qtbot.keyClick(page.table, Qt.Key.Key_7)
    assert page.message.isVisible() and "1 to 5" in page.message.text()
    assert table_state(page.context.db, "response") == before
    assert page.score(9) is False and page.context.undo_stack.count() == 1


def test_scores_and_evidence_undo_and_redo(qtbot, page):
    """Each score and each evidence note is one undo step; redo puts it back."""
    stack = page.context.undo_stack
    qtbot.keyClick(page.table, Qt.Key.Key_4)
    page.select_question(page.questions.row_at(0).question_id)
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    page.select_question(page.questions.row_at(0).question_id)
    page.evidence.setFocus()
    page.evidence.setPlainText("Council decision 2023/14")
    page.table.setFocus()  # leaving the field saves the note
    assert _levels(page)[0] == (2, None, True)
    assert assessment_sheet(page.context.db, page.context.workshop_id)[0].evidence == "Council decision 2023/14"
    assert stack.count() == 3
    stack.undo()
    assert assessment_sheet(page.context.db, page.context.workshop_id)[0].evidence == ""
    stack.undo()
    assert _levels(page)[0] == (4, None, True)
    stack.undo()
    assert _levels(page)[0] == (None, None, False)
    settle()
    assert page.questions.row_at(0).current is None  # the table follows the undo
    stack.redo()
    stack.redo()
    stack.redo()
    sheet = assessment_sheet(page.context.db, page.context.workshop_id)
    assert (sheet[0].current, sheet[0].evidence) == (2, "Council decision 2023/14")
    page.table.setFocus()
    page.select_question(page.questions.row_at(0).question_id, "target")
    qtbot.keyClick(page.table, Qt.Key.Key_5)
    assert _levels(page)[0] == (2, 5, True)
    stack.undo()
    assert _levels(page)[0] == (2, None, True)
    stack.redo()
    assert _levels(page)[0] == (2, 5, True)


def test_search_and_dimension_filter(qtbot, page):
    """The dimension list and the search field narrow the questions shown."""
    total = page.questions.rowCount()
    page.dimension_list.setCurrentIndex(page.dimensions.index(2))
    dimension_id = page.dimensions.rows()[1].dimension_id
    shown = page.table.proxy.rowCount()
    assert 0 < shown < total
    assert all(page.questions.row_at(page.table.proxy.mapToSource(page.table.proxy.index(r, 0)).row()).dimension_id
               == dimension_id for r in range(shown))
    page.dimension_list.setCurrentIndex(page.dimensions.index(0))
    word = page.questions.row_at(0).text.split()[-1]
    page.search.setText(word)
    assert 0 < page.table.proxy.rowCount() < total


def test_a_note_stays_with_the_respondent_it_was_typed_for(qtbot, page):
    """Evidence typed for the consensus is saved to the consensus even when the respondent changes first."""
    page.evidence.setFocus()
    page.evidence.setPlainText("Strategy adopted in 2022")
    ana = page.respondent.itemData(1)
    page.set_participant(ana)  # the combo takes the focus only afterwards
    settle()
    assert assessment_sheet(page.context.db, page.context.workshop_id)[0].evidence == "Strategy adopted in 2022"
    assert assessment_sheet(page.context.db, page.context.workshop_id, ana)[0].evidence == ""
    assert page.evidence.toPlainText() == ""  # Ana's (empty) note is shown now


class TransactionCounter:
    """Counts the database transactions begun on an engine, and those that wrote."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.begun = 0
        self.writes = 0
        self._writing = False
        self.engine = engine
        event.listen(engine, "begin", self._begin)
        event.listen(engine, "before_cursor_execute", self._execute)
        event.listen(engine, "commit", self._commit)

    def _begin(self, _conn):
        self.begun += 1
        self._writing = False

    def _execute(self, _conn, _cursor, statement, *_args):
        if not self._writing and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            self._writing = True
            self.writes += 1

    def _commit(self, _conn):
        self._writing = False

    def close(self):
        from sqlalchemy import event

        event.remove(self.engine, "begin", self._begin)
        event.remove(self.engine, "before_cursor_execute", self._execute)
        event.remove(self.engine, "commit", self._commit)


def test_one_key_press_is_one_transaction(qtbot, page):
    """Scoring a question by key writes in one transaction (reading the undo's "before" inside it); its undo,
    its redo and the page's redraw add one transaction each."""
    counter = TransactionCounter(page.context.db.engine)
    try:
        qtbot.keyClick(page.table, Qt.Key.Key_3)  # a new answer
        assert (counter.begun, counter.writes) == (1, 1)
        settle()
        assert counter.begun == 2  # the page read what it shows once
        page.select_question(page.questions.row_at(0).question_id)
        settle()
        counter.begun = counter.writes = 0
        qtbot.keyClick(page.table, Qt.Key.Key_4)  # changing it
        assert (counter.begun, counter.writes) == (1, 1)
        settle()
        counter.begun = counter.writes = 0
        page.context.undo_stack.undo()
        assert (counter.begun, counter.writes) == (1, 1)
        page.context.undo_stack.redo()
        assert (counter.begun, counter.writes) == (2, 2)
    finally:
        counter.close()
    assert _levels(page)[0] == (4, None, True)


def test_level_descriptors_show_whole_in_a_narrow_centre_column(qtbot, page):
    """When the centre column is narrow (a small screen, or the splitter moved), each level button is as
    tall as its wrapped descriptor: the question panel scrolls rather than cutting a level's text."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QSplitter

    page.show()
    main = next(s for s in page.findChildren(QSplitter) if s.count() == 3)
    long = "The strategy has a budget, named owners for each action and KPIs that are reported on " * 2
    page.detail_scroll.show_levels("1.1 A question", [long] * 5, 2, 3)
    for centre in (420, 360):
        main.setSizes([180, centre, page.width() - 180 - centre])
        qtbot.waitUntil(lambda: all(b.height() >= b.heightForWidth(b.width()) for b in page.level_buttons),
                        timeout=1000)
    for width in range(300, 520, 7):  # the height asked for holds the text as drawn at every width
        button = page.level_buttons[3]
        drawn = button.fontMetrics().boundingRect(QRect(0, 0, button.text_width(width), 10_000),
                                                   Qt.TextFlag.TextWordWrap, long)
        assert drawn.height() <= button.heightForWidth(width) - 2 * button.PAD, width
