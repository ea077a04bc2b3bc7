"""The shell's Qt item models pass Qt's model tester, and the search proxy filters and sorts right."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from icc_desktop.errors import Problem, ValidationError
from icc_desktop.models import Participant
from icc_desktop.services.cities import list_cities
from icc_desktop.services.lookups import workshop_table
from icc_desktop.services.workshops import list_workshops
from icc_desktop.store.db import Database
from icc_desktop.ui.models.overview import CitiesTableModel, WorkshopsTableModel
from icc_desktop.ui.models.participants import ParticipantsTableModel
from icc_desktop.ui.models.records import Column, RecordTableModel
from icc_desktop.ui.models.search import SearchProxyModel


def test_overview_models_pass_the_model_tester(qtmodeltester, demo_db: Database) -> None:
    """The cities and workshops models, and a search proxy over each, pass qtmodeltester (also while changing)."""
    cities, workshops = CitiesTableModel(), WorkshopsTableModel()
    qtmodeltester.check(cities)
    qtmodeltester.check(workshops)
    cities.set_rows(list_cities(demo_db))
    rows = list_workshops(demo_db)
    workshops.set_rows(rows)
    workshops.set_open(rows[1].id)
    assert workshops.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    proxy = SearchProxyModel()
    proxy.setSourceModel(workshops)
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_search(rows[0].city[:4])
    qtmodeltester.check(proxy)
    workshops.set_rows(rows[:2])
    qtmodeltester.check(proxy)
    city_proxy = SearchProxyModel()
    city_proxy.setSourceModel(cities)
    qtmodeltester.check(city_proxy)


def test_participants_model_passes_the_model_tester(qtmodeltester, demo_db: Database) -> None:
    """The participants model passes qtmodeltester, editable and checkable, behind a sorting search proxy."""
    model = ParticipantsTableModel()
    workshop_id = list_workshops(demo_db)[0].id
    rows = sorted(workshop_table(demo_db, Participant, workshop_id), key=lambda p: p.created_at)
    model.set_rows(rows)
    saved: list[tuple[str, object]] = []

    def save(row: Participant, name: str, value: object) -> Participant:
        saved.append((name, value))
        return row.model_copy(update={name: value})

    model.edit_handler = save
    qtmodeltester.check(model)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(model.column_index("name"))
    qtmodeltester.check(proxy)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert proxy.setData(proxy.index(0, 0), "  Zoë Example  ")
    assert saved == [("name", "Zoë Example")]
    assert sum(model.group_counts().values()) == len(rows)


@dataclass(frozen=True)
class _Action:
    id: str
    title: str
    budget: int | None
    level: int | None
    start: dt.date | None
    status: str


class _ActionsModel(RecordTableModel):
    columns = (
        Column("title", QT_TRANSLATE_NOOP("columns", "Action"), editable=True),
        Column("budget", QT_TRANSLATE_NOOP("columns", "Budget (€)"), "money", editable=True),
        Column("level", QT_TRANSLATE_NOOP("columns", "Level"), "level", editable=True),
        Column("start", QT_TRANSLATE_NOOP("columns", "Start"), "month", editable=True),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"), "choice", editable=True),
    )
    reorderable = True


def test_record_model_passes_the_model_tester_and_refuses_bad_edits(qtmodeltester) -> None:
    """A RecordTableModel passes qtmodeltester; an unparsable or refused edit is announced, a good one saved."""
    model = _ActionsModel()
    model.choices["status"] = [("planned", "Planned"), ("done", "Done")]
    model.set_rows([_Action("a", "Open data portal", 120_000, 3, dt.date(2025, 1, 1), "planned"),
                    _Action("b", "Smart lighting", None, None, None, "done")])
    saved: list[tuple[str, str, object]] = []

    def save(row: _Action, key: str, value: object) -> None:
        if key == "budget" and isinstance(value, int) and value < 0:
            raise ValidationError(Problem("budget", "must be at least 0"))
        saved.append((row.id, key, value))

    model.save_edit = save
    qtmodeltester.check(model)
    refused: list[tuple[int, int, str]] = []
    model.sig_edit_refused.connect(lambda r, c, m: refused.append((r, c, m)))
    assert not model.setData(model.index(0, 1), "-5")
    assert not model.setData(model.index(0, 2), "three")
    assert model.setData(model.index(1, 1), "2500")
    assert saved == [("b", "budget", 2500)]
    assert [(r, c) for r, c, _ in refused] == [(0, 1), (0, 2)] and "Budget" in refused[0][2]
    model.set_rows([replace(model.row_at(1), budget=2500), model.row_at(0)])
    qtmodeltester.check(model)
    assert model.move_row("b", 1) == ["a", "b"]


def test_a_budget_is_edited_grouped_as_the_ui_language_writes_it(qtbot) -> None:
    """The budget editor (and the details panel beside a table) starts from "60.000" in German, not "60000",
    and what it shows is read back as the same amount."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        model = _ActionsModel()
        model.set_rows([_Action("a", "Open data portal", 60_000, None, None, "planned")])
        saved: list[object] = []
        model.save_edit = lambda _row, _key, value: saved.append(value)
        shown = model.index(0, 1).data(Qt.ItemDataRole.EditRole)
        assert shown == "60.000"
        assert model.setData(model.index(0, 1), shown) and saved == [60_000]
    finally:
        QLocale.setDefault(before)
