"""The follow-up page: progress edited in place and by notes, measurements and their chart, a later
round scored with the radar overlay and the change since the previous round, the baseline freeze."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from icc_desktop.models import Action, Kpi, KpiMeasurement, ProgressNote
from icc_desktop.services import crud, monitoring
from icc_desktop.services.workshops import set_response
from icc_desktop.ui.models.records import ROW_ID_ROLE
from icc_desktop.ui.pages.monitoring import MonitoringPage
from tests.factories import make_workshop, questions
from tests.ui.workshop_support import page_on, settle


@pytest.fixture
def page(qtbot, db):
    """The follow-up page of a workshop with two actions, one KPI and T0 answers to two questions."""
    workshop = make_workshop(db)
    first = crud.create(db, Action, workshop_id=workshop.id, title="Open data portal", position=0,
                        start_month=dt.date(2024, 5, 1), end_month=dt.date(2025, 4, 1))
    crud.create(db, Action, workshop_id=workshop.id, title="Digital skills for SMEs", position=1)
    crud.create(db, Kpi, workshop_id=workshop.id, action_id=first.id, name="Datasets published", unit="datasets",
                baseline=10.0, target=60.0)
    q = questions(db, workshop)
    set_response(db, workshop.id, q[0].id, current_level=2, target_level=4)
    set_response(db, workshop.id, q[1].id, current_level=3, target_level=4)
    return page_on(qtbot, MonitoringPage, db, workshop.id)


def test_status_and_percent_edit_in_place_and_undo(page):
    """Typing 100 % marks the action done in one undo step; undo puts both back."""
    model = page.progress
    assert model.setData(model.index(0, model.column_number("percent_complete")), 100)
    settle()
    with page.context.db.session() as session:
        row = crud.get(session, Action, model.row_at(0).id)
    assert (row.status, row.percent_complete) == ("done", 100)
    page.context.undo_stack.undo()
    settle()
    assert (model.row_at(0).status, model.row_at(0).percent_complete) == ("planned", None)
    assert not model.setData(model.index(0, model.column_number("percent_complete")), 140)


def test_a_progress_note_moves_the_action_and_is_one_undo_step(page):
    """A note with a status and percent updates the action; undo removes the note and the change."""
    page.note_date.setDate(QDate(2024, 9, 1))
    page.note_status.setCurrentIndex(page.note_status.findData("in_progress"))
    page.note_percent.setValue(30)
    page.note_text.setText("Tender published")
    page.add_note()
    assert [n.text for n in page.notes.rows()] == ["Tender published"]
    assert (page.progress.row_at(0).status, page.progress.row_at(0).percent_complete) == ("in_progress", 30)
    assert page.notes.setData(page.notes.index(0, page.notes.column_number("text")), "Tender out")
    settle()
    assert page.notes.row_at(0).text == "Tender out"
    page.context.undo_stack.undo()
    page.context.undo_stack.undo()
    settle()
    assert page.notes.rows() == [] and page.progress.row_at(0).status == "planned"
    with page.context.db.session() as session:
        assert crud.live(session, ProgressNote) == []


def test_measurements_are_added_refused_and_charted(page):
    """A value is added to the selected KPI and drawn; text that is not a number is refused."""
    page.tabs.setCurrentIndex(1)
    page.measure_date.setDate(QDate(2025, 1, 15))
    page.measure_value.setText("abc")
    page.add_measurement()
    assert page.measurements.rows() == [] and page.message.isVisible()
    page.measure_value.setText("35")
    page.add_measurement()
    assert [m.value for m in page.measurements.rows()] == [35.0]
    assert [value for _x, value in page.kpi_chart.plotted()] == [35.0]
    latest = page.kpi_rows.index(0, page.kpi_rows.column_number("share")).data()
    assert latest == "50 %"  # (35 - 10) / (60 - 10)
    with page.context.db.session() as session:
        assert len(crud.live(session, KpiMeasurement)) == 1


def test_a_t1_round_scored_in_the_table_overlays_t0_and_shows_the_change(page):
    """T1 levels typed in the table: the radar's T1 ring and T0 overlay and the change are as by hand."""
    page.tabs.setCurrentIndex(2)
    page.round_date.setDate(QDate(2025, 3, 20))
    page.add_round()
    assert page.round_choice.currentText().startswith("T1")
    model = page.round_questions
    for row, level in ((0, 3), (1, 4)):
        assert model.setData(model.index(row, model.column_number("current_level")), str(level))
    settle()
    page.reload_now()
    # Leadership: T0 (2+3)/2 = 2.5, T1 (3+4)/2 = 3.5; target carried over from T0 (4.0).
    assert page.radar.values("current")[0] == (0.0, 3.5)
    assert page.radar.overlay_values()["Current (T0)"][0] == (0.0, 2.5)
    change = page.changes.row_at(0)
    assert (change.current, change.target, change.gap, change.current_change, change.gap_change) == (
        3.5, 4.0, 0.5, 1.0, -1.0)
    assert page.changes.index(0, page.changes.column_number("current_change")).data() == "+1.0"
    assert page.round_questions.row_at(0).previous == 2
    page.round_date.setDate(QDate(2025, 1, 1))
    page.add_round()
    assert len(monitoring.list_rounds(page.context.db, page.context.workshop_id)) == 1


def test_freeze_keeps_the_plan_and_the_timeline_draws_it(page, monkeypatch):
    """After freezing, moving an action's end shows a slip and the bar carries the planned months."""
    from icc_desktop.ui.i18n import install_translations

    install_translations("en")  # English plural forms ("3 months") come from its .qm, as in the app
    page.freeze()
    action_id = page.progress.row_at(0).id
    crud.update(page.context.db, Action, action_id, end_month=dt.date(2025, 7, 1))
    page.context.sig_data_changed.emit("action")
    settle()
    page.reload_now()
    assert page.progress.index(0, page.progress.column_number("slip")).data() == "3"
    bar = next(b for b in page.gantt.bars() if b.action_id == action_id)
    assert (bar.planned_end, bar.end) == (dt.date(2025, 4, 1), dt.date(2025, 7, 1))
    assert "frozen" in page.baseline_label.text()
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.freeze()  # a second freeze asks, and "No" keeps the first baseline
    with page.context.db.session() as session:
        assert crud.get(session, Action, action_id).baseline_end_month == dt.date(2025, 4, 1)
    assert page.progress.index(0, 0).data(ROW_ID_ROLE) == action_id


def test_a_kpi_picked_from_the_library_brings_unit_and_direction(qtbot, db):
    """The library dialog filters by words and SDG; the chosen indicator becomes the action's KPI."""
    from icc_desktop.ui.dialogs.kpi_library import KpiLibraryDialog
    from icc_desktop.ui.pages.roadmap import RoadmapPage

    workshop = make_workshop(db)
    crud.create(db, Action, workshop_id=workshop.id, title="Clean air zone")
    page = page_on(qtbot, RoadmapPage, db, workshop.id)
    dialog = KpiLibraryDialog("de", page)
    qtbot.addWidget(dialog)
    dialog.search.setText("PM2")
    assert {row.code for row in dialog.model.rows()} == {"u4ssc.air-pollution-pm2-5",
                                                         "iso37120.fine-particulate-matter-pm2-5"}
    dialog.sdg.setCurrentIndex(dialog.sdg.findData(13))
    assert dialog.model.rows() == []
    dialog.sdg.setCurrentIndex(0)
    dialog.table.select_id("u4ssc.air-pollution-pm2-5")
    assert "U4SSC" in dialog.source.text()
    dialog.exec = lambda: KpiLibraryDialog.DialogCode.Accepted  # type: ignore[method-assign]
    page.add_kpi_from_library(dialog=dialog)
    [kpi] = page.kpis.rows()
    assert (kpi.name, kpi.unit, kpi.direction, kpi.library_code) == (
        "Luftverschmutzung (PM2,5)", "µg/m³", "lower", "u4ssc.air-pollution-pm2-5")
    assert page.kpis.index(0, page.kpis.column_number("direction")).data() == "lower"


def test_progress_workbook_made_and_imported_from_the_page(page, tmp_path, monkeypatch):
    """The page writes the workbook, and a filled one comes back (backup first) with its values shown."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "progress.xlsx"
    page.export_workbook(path=str(path))
    book = load_workbook(path)
    book["Actions"].cell(2, 4, 55)
    book["KPIs"].cell(2, 9, dt.date(2025, 1, 31))
    book["KPIs"].cell(2, 10, 22)
    book.save(path)
    page.import_workbook(path=str(path))
    settle()
    page.reload_now()
    assert shown and "1 action(s) updated" in shown[0] and "1 KPI value(s)" in shown[0]
    assert page.progress.row_at(0).percent_complete == 55
    assert page.kpi_rows.row_at(0).latest == 22.0
    assert list((page.context.db.path.parent / "backups").glob("*before-import*"))


def test_assessment_page_compares_with_the_cohort(qtbot, db):
    """The Cohort tab says why not under five cities, then shows median and middle half as by hand."""
    from icc_desktop.ui.pages.assessment import AssessmentPage

    first = make_workshop(db, "Aarhus")
    set_response(db, first.id, questions(db, first)[0].id, current_level=1, target_level=3)
    page = page_on(qtbot, AssessmentPage, db, first.id)
    page.lower_tabs.setCurrentIndex(1)
    settle()
    assert "Only 1 cities match" in page.cohort_note.text() and page.cohort.rows() == []
    for index, name in enumerate(("Braga", "Cluj-Napoca", "Dubrovnik", "Espoo"), start=2):
        workshop = make_workshop(db, name)
        set_response(db, workshop.id, questions(db, workshop)[0].id, current_level=index, target_level=5)
    page.refresh_cohort(force=True)
    settle()
    row = page.cohort.row_at(0)
    assert (row.current, row.median, row.q1, row.q3, row.target, row.target_median) == (1.0, 3.0, 2.0, 4.0, 3.0, 5.0)
    assert page.cohort.index(0, page.cohort.column_number("band")).data() == "2.0–4.0"
    assert "5 cities" in page.cohort_note.text() and "this database" in page.cohort_note.text()
    page.same_edition.setChecked(True)
    settle()
    assert page.cohort.rows()  # every demo city here shares the default edition


def test_the_timeline_groups_actions_under_their_objectives(qtbot, db):
    """The follow-up timeline puts each action under its objective, as the roadmap does; only an action
    without one is listed as such (all were, labelled "Actions without an objective")."""
    from icc_desktop.models import Objective

    workshop = make_workshop(db)
    goal = crud.create(db, Objective, workshop_id=workshop.id, title="Open government", position=0)
    crud.create(db, Action, workshop_id=workshop.id, objective_id=goal.id, title="Open data portal", position=0,
                start_month=dt.date(2024, 5, 1), end_month=dt.date(2025, 4, 1))
    crud.create(db, Action, workshop_id=workshop.id, title="Loose action", position=1,
                start_month=dt.date(2024, 6, 1), end_month=dt.date(2024, 9, 1))
    page = page_on(qtbot, MonitoringPage, db, workshop.id)
    assert [(g.title, [b.title for b in g.bars]) for g in page.gantt.groups] == [
        ("Open government", ["Open data portal"]), ("", ["Loose action"])]
