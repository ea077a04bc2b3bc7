"""The roadmap page: vision, objectives, actions and KPIs edited in place, refused entries, reorder, checks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from icc_desktop.models import Action, Kpi, Objective, Workshop
from icc_desktop.services.lookups import get_workshop, workshop_table
from icc_desktop.ui.models.records import ROW_ID_ROLE
from icc_desktop.ui.pages.roadmap import RoadmapPage
from tests.factories import make_workshop
from tests.ui.workshop_support import page_on, settle, table_state


@pytest.fixture
def page(qtbot, db):
    """The roadmap page of a fresh workshop (March 2024, a 3-year horizon)."""
    return page_on(qtbot, RoadmapPage, db, make_workshop(db).id)


def _rows(page, model):
    return workshop_table(page.context.db, model, page.context.workshop_id)


def _edit(model, row, key, value):
    saved = model.setData(model.index(row, model.column_number(key)), value)
    settle()
    return saved


def _add(page, objective: str, actions: list[str]) -> None:
    page.new_objective.setText(objective)
    page.add_objective()
    for title in actions:
        page.new_action.setText(title)
        page.add_action()


def test_vision_saves_when_leaving_the_field_and_undoes(qtbot, page):
    """The vision statement is saved on leaving the field, one undo step."""
    page.vision.setFocus()
    page.vision.setPlainText("Białystok in 2030: a digital, green and inclusive city.")
    page.new_objective.setFocus()
    assert get_workshop(page.context.db, page.context.workshop_id).vision.startswith("Białystok in 2030")
    page.context.undo_stack.undo()
    settle()
    assert get_workshop(page.context.db, page.context.workshop_id).vision == ""
    assert page.vision.toPlainText() == ""


def test_objectives_actions_and_kpis_added_under_each_other(qtbot, page):
    """A new action goes under the objective chosen beside it; a KPI under the selected action."""
    _add(page, "Faster permits", ["Online permit tracking", "Once-only data exchange"])
    objective = _rows(page, Objective)[0]
    actions = _rows(page, Action)
    assert [(a.title, a.objective_id, a.position) for a in actions] == [
        ("Online permit tracking", objective.id, 0), ("Once-only data exchange", objective.id, 1)]
    assert page.action_table.current_id() == actions[1].id
    page.new_kpi.setText("Permits issued online")
    page.add_kpi()
    assert [(k.name, k.action_id) for k in _rows(page, Kpi)] == [("Permits issued online", actions[1].id)]
    assert page.kpis.rowCount() == 1
    assert page.objectives.data(page.objectives.index(0, 1)) == "2"
    page.context.undo_stack.undo()
    assert _rows(page, Kpi) == []


def test_action_cells_edit_in_place_with_months_budget_and_funding(qtbot, page):
    """Months, budget, funding source, lead and status are saved from the cells, each one undo step."""
    _add(page, "Skills", ["Digital skills bootcamp"])
    funding = page.action_rows.choices["funding_source"][2][0]
    assert _edit(page.action_rows, 0, "start_month", QDate(2024, 9, 17))
    assert _edit(page.action_rows, 0, "end_month", QDate(2025, 6, 1))
    assert _edit(page.action_rows, 0, "budget_eur", "120 000 €")
    assert _edit(page.action_rows, 0, "funding_source", funding)
    assert _edit(page.action_rows, 0, "lead_organisation", "University of Białystok")
    assert _edit(page.action_rows, 0, "status", "in_progress")
    action = _rows(page, Action)[0]
    assert (action.start_month, action.end_month, action.budget_eur, action.funding_source,
            action.lead_organisation, action.status) == (
        dt.date(2024, 9, 1), dt.date(2025, 6, 1), 120000, funding, "University of Białystok", "in_progress")
    assert page.action_rows.data(page.action_rows.index(0, page.action_rows.column_number("start_month"))) == "Sep 2024"
    assert [(b.start, b.end) for b in page.gantt.bars()] == [(dt.date(2024, 9, 1), dt.date(2025, 6, 1))]
    for _ in range(4):
        page.context.undo_stack.undo()
    action = _rows(page, Action)[0]
    assert (action.end_month, action.budget_eur, action.funding_source, action.status) == (
        dt.date(2025, 6, 1), None, None, "planned")
    page.context.undo_stack.redo()
    assert _rows(page, Action)[0].budget_eur == 120000


@pytest.mark.parametrize(("key", "value", "words"), [
    ("budget_eur", "-500", "at least 0"),
    ("budget_eur", "a lot", "whole number"),
    ("end_month", QDate(2024, 2, 1), "end before"),
    ("title", "", "must not be empty"),
])
def test_invalid_action_entries_are_refused_beside_the_cell(qtbot, page, key, value, words):
    """A negative budget, an end before the start or an empty title: a message beside the cell, the DB unchanged."""
    _add(page, "Skills", ["Digital skills bootcamp"])
    assert _edit(page.action_rows, 0, "start_month", QDate(2024, 9, 1))
    before = table_state(page.context.db, "action")
    steps = page.context.undo_stack.count()
    assert not _edit(page.action_rows, 0, key, value)
    assert page.message.isVisible() and words in page.message.text()
    assert table_state(page.context.db, "action") == before
    assert page.context.undo_stack.count() == steps


def test_empty_titles_refused_at_the_add_fields(qtbot, page):
    """Adding an objective, action or KPI without a title is refused beside the field, nothing written."""
    before = table_state(page.context.db, "objective", "action", "kpi")
    for field, add in ((page.new_objective, page.add_objective), (page.new_action, page.add_action)):
        field.setText("  ")
        add()
        assert page.message.isVisible() and "must not be empty" in page.message.text()
    assert table_state(page.context.db, "objective", "action", "kpi") == before


def test_drag_to_reorder_actions_and_undo(qtbot, page):
    """Dropping rows saves the new order in one step (crud.reorder); undo puts the old one back."""
    _add(page, "Mobility", ["A first", "B second", "C third"])
    ids = [a.id for a in _rows(page, Action)]
    data = page.action_rows.mimeData([page.action_rows.index(2, 1)])
    page.action_rows.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, page.action_rows.index(0, 0).parent())
    settle()
    assert [a.title for a in _rows(page, Action)] == ["C third", "A first", "B second"]
    assert [page.action_rows.index(r, 0).data(ROW_ID_ROLE) for r in range(3)] == [ids[2], ids[0], ids[1]]
    page.context.undo_stack.undo()
    settle()
    assert [a.id for a in _rows(page, Action)] == ids
    page.action_table.select_id(ids[0])
    page.action_table.setFocus()
    qtbot.keyClick(page.action_table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [a.title for a in _rows(page, Action)] == ["B second", "A first", "C third"]


def test_checks_show_beside_the_actions_they_concern(qtbot, page):
    """An action without dates or KPI carries a warning icon and tooltip; the list selects it on click."""
    _add(page, "Energy", ["Solar roofs on schools"])
    action = _rows(page, Action)[0]
    checks = page.action_rows.index(0, page.action_rows.column_number("checks"))
    assert checks.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "no KPI" in checks.data(Qt.ItemDataRole.ToolTipRole)
    assert "no start or end month" in checks.data(Qt.ItemDataRole.ToolTipRole)
    assert page.check_list.isVisible() and page.checks.rowCount() == 2
    page.check_list.clicked.emit(page.checks.index(0))
    assert page.action_table.current_id() == action.id
    page.new_kpi.setText("Installed kWp")
    page.add_kpi()
    _edit(page.action_rows, 0, "start_month", QDate(2024, 5, 1))
    _edit(page.action_rows, 0, "end_month", QDate(2025, 5, 1))
    assert page.action_rows.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert page.checks.rowCount() == 0 and not page.check_list.isVisible()


def test_kpi_cells_and_deleting_rows(qtbot, page):
    """KPI baseline, target and date save from the cells; deleting an action takes its KPIs, undo restores."""
    _add(page, "Energy", ["Solar roofs on schools"])
    page.new_kpi.setText("Installed capacity")
    page.add_kpi()
    assert _edit(page.kpis, 0, "unit", "kWp")
    assert _edit(page.kpis, 0, "baseline", "0")
    assert _edit(page.kpis, 0, "target", "1250.5")
    assert _edit(page.kpis, 0, "target_date", QDate(2026, 12, 31))
    kpi = _rows(page, Kpi)[0]
    assert (kpi.unit, kpi.baseline, kpi.target, kpi.target_date) == ("kWp", 0.0, 1250.5, dt.date(2026, 12, 31))
    assert not _edit(page.kpis, 0, "target", "lots")
    action_id = _rows(page, Action)[0].id
    page.delete_action(action_id)
    assert _rows(page, Action) == [] and _rows(page, Kpi) == []
    page.context.undo_stack.undo()
    assert [k.id for k in _rows(page, Kpi)] == [kpi.id]
    assert page.context.db is not None and _rows(page, Objective)[0].title == "Energy"
    assert isinstance(get_workshop(page.context.db, page.context.workshop_id), Workshop)


def test_objective_edits_undo_and_redo(qtbot, page):
    """Adding, renaming, reordering and deleting objectives: each one undo step, redo puts it back."""
    _add(page, "Energy", ["Solar roofs on schools"])
    _add(page, "Mobility", [])
    energy, mobility = _rows(page, Objective)
    stack = page.context.undo_stack
    assert _edit(page.objectives, 1, "title", "Clean mobility")
    page.objective_table.select_id(mobility.id)
    page.objective_table.setFocus()
    qtbot.keyClick(page.objective_table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [o.title for o in _rows(page, Objective)] == ["Clean mobility", "Energy"]
    page.delete_objective(energy.id)
    settle()
    assert [o.title for o in _rows(page, Objective)] == ["Clean mobility"]
    assert _rows(page, Action)[0].objective_id is None  # the action stays, without its objective
    stack.undo()
    settle()
    assert _rows(page, Action)[0].objective_id == energy.id
    stack.undo()
    assert [o.title for o in _rows(page, Objective)] == ["Energy", "Clean mobility"]
    stack.undo()
    assert [o.title for o in _rows(page, Objective)] == ["Energy", "Mobility"]
    stack.undo()
    assert [o.title for o in _rows(page, Objective)] == ["Energy"]
    for _ in range(4):
        stack.redo()
    settle()
    assert [o.title for o in _rows(page, Objective)] == ["Clean mobility"]
    assert page.objectives.rowCount() == 1


def test_one_search_filters_objectives_actions_and_kpis(qtbot, page):
    """The roadmap's search narrows the objectives, the actions and the KPIs shown."""
    _add(page, "Energy", ["Solar roofs on schools", "Heat pumps for social housing"])
    _add(page, "Mobility", ["Bike lanes"])
    page.search.setText("solar")
    assert page.action_table.proxy.rowCount() == 1 and page.objective_table.proxy.rowCount() == 0
    page.search.setText("")
    assert page.action_table.proxy.rowCount() == 3 and page.objective_table.proxy.rowCount() == 2


def test_action_and_kpi_additions_edits_and_deletions_undo_and_redo(qtbot, page):
    """Adding an action, changing a KPI's cells and deleting the KPI are each one step back and forth."""
    _add(page, "Energy", ["Solar roofs on schools"])
    stack = page.context.undo_stack
    stack.undo()
    assert _rows(page, Action) == []
    stack.redo()
    settle()
    action = _rows(page, Action)[0]
    assert page.action_rows.rowCount() == 1 and page.action_table.select_id(action.id)
    page.new_kpi.setText("Installed capacity")
    page.add_kpi()
    assert _edit(page.kpis, 0, "target", "900")
    stack.undo()
    assert _rows(page, Kpi)[0].target is None
    stack.redo()
    kpi = _rows(page, Kpi)[0]
    assert kpi.target == 900.0
    page.delete_kpi(kpi.id)
    settle()
    assert _rows(page, Kpi) == [] and page.kpis.rowCount() == 0
    stack.undo()
    settle()
    assert [k.target for k in _rows(page, Kpi)] == [900.0] and page.kpis.rowCount() == 1
    stack.redo()
    assert _rows(page, Kpi) == []


def _open_month_editor(qtbot, page, key):
    """Open the editor of the first action's month cell as a user does (F2 on the cell)."""
    from icc_desktop.ui.widgets.editors import MonthEdit

    table = page.action_table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, page.action_rows.column_number(key)))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, MonthEdit), type(editor)
    return editor


def _type_month(qtbot, editor, text):
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def test_month_editor_starts_at_the_workshop_and_reads_month_names(qtbot, page):
    """Up in an empty month cell gives the workshop's month (not Feb 1900); "Jun 2027" is June 2027, whatever the case."""
    _add(page, "Faster permits", ["Online permit tracking"])
    editor = _open_month_editor(qtbot, page, "start_month")
    assert editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert editor.text() == "Mar 2024"  # the workshop's month
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert editor.text() == "Apr 2024"
    _type_month(qtbot, editor, "Jun 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    assert _rows(page, Action)[0].start_month == dt.date(2027, 6, 1)
    editor = _open_month_editor(qtbot, page, "end_month")
    _type_month(qtbot, editor, "sept 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    settle()
    assert _rows(page, Action)[0].end_month == dt.date(2027, 9, 1)


def test_month_names_in_french_and_german(qapp):
    """Month names are read in the UI language (and English): juin, Juni, déc., 06/2027, 2027-06."""
    from icc_desktop.ui.models.records import parse_month
    from tests.ui.shell_support import ui_language

    with ui_language("fr"):
        assert parse_month("juin 2027") == dt.date(2027, 6, 1)
        assert parse_month("déc. 2026") == dt.date(2026, 12, 1)
        assert parse_month("Feb 2027") == dt.date(2027, 2, 1)
    with ui_language("de"):
        assert parse_month("Juni 2027") == dt.date(2027, 6, 1)
        assert parse_month("Mär 2026") == dt.date(2026, 3, 1)
        assert parse_month("06/2027") == parse_month("2027-06") == dt.date(2027, 6, 1)
        for bad in ("Ju 2027", "Smarch 2027", "13/2027", "June"):
            with pytest.raises(ValueError):
                parse_month(bad)


@pytest.mark.parametrize("commit", ["enter", "tab", "click elsewhere"])
def test_end_before_start_refused_however_it_is_committed(qtbot, page, commit):
    """An end before the start is refused with a message beside the cell with Enter, Tab or a click away; a fix clears it."""
    _add(page, "Faster permits", ["Online permit tracking"])
    action = _rows(page, Action)[0]
    assert _edit(page.action_rows, 0, "start_month", QDate(2025, 6, 1))
    before = table_state(page.context.db, "action")
    editor = _open_month_editor(qtbot, page, "end_month")
    _type_month(qtbot, editor, "Jan 2025")
    if commit == "enter":
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif commit == "tab":
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    else:
        page.new_action.setFocus()
    settle()
    assert table_state(page.context.db, "action") == before
    assert page.message.isVisible() and "end" in page.message.text().lower(), commit
    editor = _open_month_editor(qtbot, page, "end_month")
    _type_month(qtbot, editor, "Dec 2025")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    assert _rows(page, Action)[0].end_month == dt.date(2025, 12, 1) and action.id == _rows(page, Action)[0].id
    assert not page.message.isVisible()


def test_less_used_fields_in_a_panel_beside_the_table(qtbot, page):
    """Objective, need, lead, budget and funding of the selected action are edited beside the table
    (hidden in it: no sideways scrolling); a refused budget says so beside its field."""
    from PySide6.QtWidgets import QLineEdit

    _add(page, "Faster permits", ["Online permit tracking"])
    table, panel = page.action_table, page.action_details
    budget_column = page.action_rows.column_number("budget_eur")
    assert table.isColumnHidden(budget_column) and not table.isColumnHidden(page.action_rows.column_number("title"))
    table.select_id(_rows(page, Action)[0].id, page.action_rows.column_number("title"))
    budget = panel.editors[budget_column]
    assert isinstance(budget, QLineEdit)
    budget.setFocus()
    budget.setText("25 000")
    qtbot.keyClick(budget, Qt.Key.Key_Return)
    settle()
    assert _rows(page, Action)[0].budget_eur == 25000
    page.context.undo_stack.undo()
    settle()
    assert _rows(page, Action)[0].budget_eur is None and panel.editors[budget_column].text() == ""
    before = table_state(page.context.db, "action")
    budget = panel.editors[budget_column]
    budget.setFocus()
    budget.setText("a lot")
    qtbot.keyClick(budget, Qt.Key.Key_Return)
    settle()
    assert table_state(page.context.db, "action") == before
    assert page.message.isVisible() and "euros" in page.message.text()
    assert page.message.geometry().top() > budget.mapTo(page, budget.rect().bottomLeft()).y() - 1
    objective = panel.editors[page.action_rows.column_number("objective_id")]
    assert objective.currentText() == "Faster permits"
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(header.count()) if not table.isColumnHidden(c)) <= table.viewport().width()
