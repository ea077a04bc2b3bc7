"""The needs page: needs from gaps or typed, dot votes within the budget, scores, live ranking, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from icc_desktop.models import Need, Vote
from icc_desktop.services.lookups import workshop_table
from icc_desktop.services.ranking import rank_needs
from icc_desktop.services.workshops import set_response
from icc_desktop.ui.pages.needs import NeedsPage
from tests.factories import make_workshop, questions
from tests.ui.workshop_support import add_participants, page_on, settle, table_state


@pytest.fixture
def page(qtbot, db):
    """The needs page of a workshop with three consensus gaps and two participants."""
    workshop = make_workshop(db)
    qs = questions(db, workshop)
    for question, (now, aim) in zip(qs, ((1, 4), (2, 4), (3, 4)), strict=False):
        set_response(db, workshop.id, question.id, current_level=now, target_level=aim)
    add_participants(db, workshop.id, ["Ana Kovač", "Jonas Berg"])
    return page_on(qtbot, NeedsPage, db, workshop.id)


def _needs(page):
    return workshop_table(page.context.db, Need, page.context.workshop_id)


def _edit(model, row, key, value):
    saved = model.setData(model.index(row, model.column_number(key)), value)
    settle()
    return saved


def test_needs_from_the_largest_gaps_in_one_click_and_one_undo(qtbot, page):
    """The gap button adds one need per gap, largest first, as one undo step; twice adds nothing twice."""
    assert page.add_from_gaps() == 3
    titles = [n.title for n in _needs(page)]
    assert len(titles) == 3 and page.needs.rowCount() == 3
    assert [r.title for r in page.ranking.rows()] == titles
    assert page.add_from_gaps() == 0 and page.message.isVisible()
    page.context.undo_stack.undo()
    settle()
    assert _needs(page) == [] and page.needs.rowCount() == 0
    page.context.undo_stack.redo()
    assert [n.title for n in _needs(page)] == titles


def test_free_text_need_and_an_empty_title_refused(qtbot, page):
    """A typed need is added (undo, redo); an empty title is refused with a message beside the field, nothing written."""
    before = table_state(page.context.db, "need")
    page.new_title.setText("   ")
    page.add_need()
    assert page.message.isVisible() and "title" in page.message.text().lower()
    assert table_state(page.context.db, "need") == before
    page.new_title.setText("Open data portal for mobility")
    page.add_need()
    assert [n.title for n in _needs(page)] == ["Open data portal for mobility"]
    assert page.new_title.text() == "" and not page.message.isVisible()
    page.context.undo_stack.undo()
    settle()
    assert _needs(page) == [] and page.needs.rowCount() == 0
    page.context.undo_stack.redo()
    settle()
    row = page.needs.find(_needs(page)[0].id)
    assert not _edit(page.needs, row, "title", "")  # emptied in place: refused, message beside the cell
    assert page.message.isVisible() and _needs(page)[0].title == "Open data portal for mobility"


def test_tags_and_moscow_edit_in_place_and_undo(qtbot, page):
    """Track, transversal service and MoSCoW are edited in the table, each edit one undo step."""
    page.add_from_gaps()
    track = page.needs.choices["track"][0][0]
    service = page.needs.choices["transversal_service"][1][0]
    assert _edit(page.needs, 0, "track", track)
    assert _edit(page.needs, 0, "transversal_service", service)
    assert _edit(page.needs, 0, "moscow", "must")
    need = _needs(page)[0]
    assert (need.track, need.transversal_service, need.moscow) == (track, service, "must")
    assert page.ranking.rows()[0].moscow == "must" or page.ranking.rows()[0].need_id != need.id
    page.context.undo_stack.undo()
    assert _needs(page)[0].moscow is None
    page.context.undo_stack.undo()
    assert _needs(page)[0].transversal_service is None
    page.context.undo_stack.redo()
    assert _needs(page)[0].transversal_service == service


def test_dot_grid_respects_the_budget_and_the_ranking_follows(qtbot, page):
    """Dots per participant and need; going over dots_per_participant is refused with a clear message."""
    page.add_from_gaps()
    needs = _needs(page)
    last = needs[2].id
    column = page.grid.column_number(last)
    assert page.grid.setData(page.grid.index(0, column), 3)
    assert page.grid.setData(page.grid.index(1, column), 2)
    settle()
    assert rank_needs(page.context.db, page.context.workshop_id)[0].need_id == last
    assert page.ranking.rows()[0].need_id == last and page.ranking.rows()[0].dots == 5
    assert page.grid.data(page.grid.index(0, page.grid.column_number("left"))) == "2"
    before = table_state(page.context.db, "vote")
    other = page.grid.column_number(needs[0].id)
    assert not page.grid.setData(page.grid.index(0, other), 3)  # 3 + 3 > 5 dots
    assert page.message.isVisible() and "5" in page.message.text() and "dots" in page.message.text().lower()
    assert table_state(page.context.db, "vote") == before
    page.context.undo_stack.undo()
    settle()
    assert page.ranking.rows()[0].dots == 3


def test_tally_impact_feasibility_and_the_2x2(qtbot, page):
    """The tally, impact and feasibility save per need; a score of 7 is refused; the 2×2 shows the points."""
    page.add_from_gaps()
    first = page.scores.find(_needs(page)[0].id)
    assert _edit(page.scores, first, "dots", 4)
    assert _edit(page.scores, first, "impact", "5")
    assert _edit(page.scores, first, "feasibility", "4")
    votes = workshop_table(page.context.db, Vote, page.context.workshop_id)
    assert [(v.participant_id, v.dots, v.impact, v.feasibility) for v in votes] == [(None, 4, 5, 4)]
    top = page.ranking.rows()[0]
    assert (top.need_id, top.priority, top.quadrant.value) == (_needs(page)[0].id, 20.0, "quick_win")
    assert page.matrix.spots() == [(4.0, 5.0, [1])]  # N1
    before = table_state(page.context.db, "vote")
    assert not _edit(page.scores, first, "impact", "7")
    assert "1 to 5" in page.message.text()
    assert table_state(page.context.db, "vote") == before
    page.context.undo_stack.undo()
    settle()
    assert page.matrix.spots() == []


def test_delete_need_with_its_votes_and_undo(qtbot, page):
    """Deleting a need takes its votes along; undo brings both back."""
    page.add_from_gaps()
    need = _needs(page)[0]
    page.grid.setData(page.grid.index(0, page.grid.column_number(need.id)), 2)
    page.delete_need(need.id)
    assert need.id not in [n.id for n in _needs(page)]
    assert workshop_table(page.context.db, Vote, page.context.workshop_id) == []
    page.context.undo_stack.undo()
    assert need.id in [n.id for n in _needs(page)]
    assert [v.dots for v in workshop_table(page.context.db, Vote, page.context.workshop_id)] == [2]


def test_search_filters_every_list(qtbot, page):
    """One search field narrows the needs, the scores, the ranking and the voters."""
    page.add_from_gaps()
    word = _needs(page)[0].title.split()[0]
    page.search.setText("Jonas")
    assert page.grid_table.proxy.rowCount() == 1
    page.search.setText(word)
    in_title = sum(word.casefold() in n.title.casefold() for n in _needs(page))
    assert in_title <= page.need_table.proxy.rowCount() <= 3  # the dimension column may match too
    assert page.ranking_table.proxy.rowCount() == in_title >= 1
    page.search.setText("no such need anywhere")
    assert page.need_table.proxy.rowCount() == page.score_table.proxy.rowCount() == 0


def _shown(model, row, key):
    return model.data(model.index(row, model.column_number(key)))


def test_one_label_per_need_in_every_view(qtbot, page):
    """A need keeps its number (N3) in the need list, dot grid, scores, ranking, 2×2 and its legend, whatever its rank."""
    page.add_from_gaps()
    needs = _needs(page)
    third = needs[2]
    assert _edit(page.scores, page.scores.find(third.id), "impact", "4")
    assert _edit(page.scores, page.scores.find(third.id), "feasibility", "2")
    assert page.grid.setData(page.grid.index(0, page.grid.column_number(third.id)), 3)
    settle()
    assert page.ranking.rows()[0].need_id == third.id  # ranked first, numbered third
    assert _shown(page.ranking, 0, "number") == "N3"
    assert _shown(page.needs, page.needs.find(third.id), "number") == "N3"
    assert _shown(page.scores, page.scores.find(third.id), "number") == "N3"
    column = page.grid.column_number(third.id)
    assert page.grid.headerData(column, Qt.Orientation.Horizontal) == "N3"
    assert third.title in page.grid.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert page.matrix.spots() == [(2.0, 4.0, [3])]
    assert [item.text() for item in page.matrix.rank_labels] == ["N3"]
    assert page.matrix.legend.text() == f"N3 · {third.title}"
    # The tally column no longer reads 0 where the ranking counts the participants' dots.
    assert _shown(page.scores, page.scores.find(third.id), "total_dots") == "3"
    assert _shown(page.scores, page.scores.find(third.id), "dots") == ""
