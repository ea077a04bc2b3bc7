"""Views never go stale: after every kind of edit, its undo and its redo, each page shows what a fresh load shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QLabel

from icc_desktop.models import Action, City, Kpi, Need, Objective, Participant, Workshop
from icc_desktop.services import crud
from icc_desktop.services.lookups import workshop_table
from icc_desktop.ui import commands
from icc_desktop.ui.pages.base import Page
from tests.ui.shell_support import first_workshop_id, open_window
from tests.ui.workshop_support import context_on, settle


def _model_text(model: QAbstractItemModel) -> list[list[Any]]:
    """Headers and every cell's text, tooltip and check state of a model."""
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    rows = [[model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)]]
    for r in range(model.rowCount(root)):
        rows.append([(model.data(model.index(r, c, root)), model.data(model.index(r, c, root), Qt.ItemDataRole.ToolTipRole),
                      model.data(model.index(r, c, root), Qt.ItemDataRole.CheckStateRole))
                     for c in range(columns)])
    return rows


class ViewMirror:
    """What a view attached to a model believes it shows: a copy refreshed only when the model
    announces a change (dataChanged for a range, headerDataChanged, a reset, rows or columns
    moving). A model that changes without saying so leaves the mirror, like the view, stale."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.model = model
        self.cells = _model_text(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.rowsMoved, model.columnsInserted, model.columnsRemoved, model.columnsMoved):
            signal.connect(self._copy_all)
        model.dataChanged.connect(self._copy_range)
        model.headerDataChanged.connect(self._copy_headers)

    def _copy_all(self, *_args: object) -> None:
        self.cells = _model_text(self.model)

    def _copy_range(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        now = _model_text(self.model)
        for row in range(top_left.row(), bottom_right.row() + 1):
            for column in range(top_left.column(), bottom_right.column() + 1):
                self.cells[row + 1][column] = now[row + 1][column]

    def _copy_headers(self, *_args: object) -> None:
        self.cells[0] = _model_text(self.model)[0]


def _models(page: Page) -> list[QAbstractItemModel]:
    return [m for m in page.findChildren(QAbstractItemModel)
            if type(m).__module__.startswith("icc_desktop") and not isinstance(m, QSortFilterProxyModel)]


def mirrors_of(page: Page) -> list[ViewMirror]:
    """A mirror of each of a page's models (kept on the page, made once)."""
    if not hasattr(page, "_test_mirrors"):
        page._test_mirrors = [ViewMirror(m) for m in _models(page)]  # type: ignore[attr-defined]
    return page._test_mirrors  # type: ignore[attr-defined]


def shown(page: Page) -> dict[str, Any]:
    """What the page's views show (their mirrors) and its visible labels and choices."""
    labels = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    combos = [[combo.itemText(i) for i in range(combo.count())] for combo in page.findChildren(QComboBox)]
    return {"models": [(type(m.model).__name__, m.cells) for m in mirrors_of(page)], "labels": labels,
            "choices": combos}


def snapshot(page: Page) -> dict[str, Any]:
    """What a page shows: every item model's cells (not the proxies) and its visible labels."""
    models = _models(page)
    labels = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    combos = [[combo.itemText(i) for i in range(combo.count())] for combo in page.findChildren(QComboBox)]
    return {"models": [(type(m).__name__, _model_text(m)) for m in models], "labels": labels, "choices": combos}


def fresh_snapshot(qtbot: Any, page: Page) -> dict[str, Any]:
    """What a newly built page of the same kind shows for the same workshop."""
    context = context_on(page.context.db)
    context.set_workshop(page.context.workshop_id)
    fresh = type(page)(context)
    qtbot.addWidget(fresh)
    fresh.resize(page.size())
    fresh.show()
    settle()
    shot = snapshot(fresh)
    fresh.close()
    fresh.deleteLater()
    return shot


def check_every_page(qtbot: Any, window: Any, step: str) -> None:
    """Every page of the window, shown, equals a fresh load of it."""
    for page_id, page in window.pages.items():
        if not window.navigation_enabled(page_id):
            continue
        window.show_page(page_id)
        settle()
        settle()
        assert shown(page) == fresh_snapshot(qtbot, page), f"{page_id} is stale after {step}"


def _workshop(window: Any) -> str:
    return window.context.workshop_id


def _edits(db: Any, window: Any) -> list[tuple[str, Callable[[], None]]]:
    """Every kind of edit the window makes, through the commands its pages use."""
    context = window.context
    workshop_id = _workshop(window)
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        city_id = workshop.city_id
    participants = workshop_table(db, Participant, workshop_id)
    needs = workshop_table(db, Need, workshop_id)
    objectives = workshop_table(db, Objective, workshop_id)
    actions = workshop_table(db, Action, workshop_id)
    from icc_desktop.services.lookups import assessment_sheet

    question = assessment_sheet(db, workshop_id)[0].question_id
    made: dict[str, Any] = {}
    from icc_desktop.models import Vote

    placed = next(v for v in workshop_table(db, Vote, workshop_id) if v.participant_id and v.dots
                  and v.participant_id != participants[1].id)

    def add_action() -> None:
        made["action"] = commands.create_row(context, Action, workshop_id=workshop_id, title="Smart parking pilot",
                                             objective_id=objectives[0].id, position=len(actions))

    return [
        ("rename the city", lambda: commands.update_row(context, City, city_id, name="Renamed City")),
        ("retitle the workshop", lambda: commands.update_row(context, Workshop, workshop_id, title="Renamed workshop")),
        ("add a participant", lambda: commands.create_row(context, Participant, workshop_id=workshop_id,
                                                          name="Zofia Nowak", organisation="City Hall")),
        ("rename a participant", lambda: commands.update_row(context, Participant, participants[0].id, name="Ana B.")),
        ("delete a participant", lambda: commands.delete_row(context, Participant, participants[1].id)),
        ("score a question", lambda: commands.answer(context, workshop_id, question, None, current_level=1,
                                                     target_level=5)),
        ("score as a participant", lambda: commands.answer(context, workshop_id, question, participants[0].id,
                                                           current_level=2)),
        ("add a need", lambda: commands.create_row(context, Need, workshop_id=workshop_id, title="Cycle lanes",
                                                   position=len(needs))),
        ("add needs at once", lambda: commands.create_rows(context, Need, [
            {"workshop_id": workshop_id, "title": "Bus lanes", "position": len(needs) + 1},
            {"workshop_id": workshop_id, "title": "Tram stops", "position": len(needs) + 2}])),
        ("retitle a need", lambda: commands.update_row(context, Need, needs[0].id, title="Renamed need")),
        ("reorder the needs", lambda: commands.reorder_rows(context, Need, [n.id for n in reversed(needs)])),
        ("place dots", lambda: commands.vote(context, placed.need_id, placed.participant_id,
                                                  dots=placed.dots - 1)),
        ("score a need", lambda: commands.vote(context, needs[1].id, None, impact=1, feasibility=5)),
        ("delete a need", lambda: commands.delete_row(context, Need, needs[2].id)),
        ("rename an objective", lambda: commands.update_row(context, Objective, objectives[0].id,
                                                            title="Renamed objective")),
        ("add an action", add_action),
        ("move an action to another objective", lambda: commands.update_row(
            context, Action, actions[0].id, objective_id=objectives[-1].id)),
        ("date an action", lambda: commands.update_row(context, Action, actions[0].id,
                                                       start_month=dt.date(2026, 2, 1), end_month=dt.date(2026, 9, 1))),
        ("add a KPI", lambda: commands.create_row(context, Kpi, workshop_id=workshop_id, action_id=actions[0].id,
                                                  name="Residents reached", target=500)),
        ("reorder the actions", lambda: commands.reorder_rows(context, Action, [a.id for a in reversed(actions)])),
        ("delete an objective", lambda: commands.delete_row(context, Objective, objectives[1].id)),
        ("delete an action", lambda: commands.delete_row(context, Action, actions[1].id)),
        ("duplicate the workshop", lambda: commands.duplicate_workshop(context, workshop_id, "Copy")),
    ]


@pytest.mark.slow
def test_every_edit_undo_and_redo_leaves_every_page_as_a_fresh_load(qtbot, demo_db):
    """After each kind of edit, its undo and its redo, every page's models and labels equal a fresh load's."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), "overview")
    window.resize(1366, 768)
    for page in window.pages.values():
        mirrors_of(page)
    check_every_page(qtbot, window, "opening")
    stack = window.context.undo_stack
    for name, edit in _edits(demo_db, window):
        edit()
        check_every_page(qtbot, window, name)
        stack.undo()
        check_every_page(qtbot, window, f"undo of {name}")
        stack.redo()
        check_every_page(qtbot, window, f"redo of {name}")
