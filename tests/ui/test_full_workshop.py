"""A whole workshop run through the main window as a facilitator would, then every value checked."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from icc_desktop.models import Action, City, Kpi, Need, Objective, Participant, Vote
from icc_desktop.services.lookups import assessment_sheet, get_workshop, workshop_table
from icc_desktop.services.scoring import framework_questions
from icc_desktop.ui.dialogs.workshop import NewCityDialog, NewWorkshopDialog
from icc_desktop.ui.widgets.editors import MonthEdit
from icc_desktop.ui.widgets.record_table import RecordTable
from tests.ui.shell_support import open_window

TYPED = [("Marta Nowak", "Łódź City Hall"), ("Tomasz Lis", "Łódź City Hall"),
         ("Ewa Kubiak", "Lodz University of Technology"), ("Piotr Wróbel", "Łódź Special Economic Zone")]
PASTED = ("Name\tOrganisation\tRole\tGroup\tE-mail\tConsent\n"
          "Anna Zając\tUniversity of Łódź\tResearcher\tAcademia / research\tanna@uni.lodz.pl\tyes\n"
          "Jakub Mazur\tTextile Cluster\tCEO\tbusiness\t\tyes\n"
          "Zofia Król\tFundacja Miasto\tDirector\tcivil society\t\tno\n"
          "Michał Dudek\tCity IT Department\tCIO\tpublic authority\tm.dudek@uml.lodz.pl\tyes\n"
          "Karolina Pawlak\tStartup Hub\tManager\tbusiness\t\tyes\n"
          "Paweł Sikora\tRegional Office\tAdvisor\tpublic authority\t\tno\n"
          "Natalia Wójcik\tYouth Council\tChair\tcivil society\t\tyes\n"
          "Adam Grabowski\tMedical University\tProfessor\tacademia\t\tyes\n")
OBJECTIVES = ["Digital public services for every resident", "Skills for the digital economy",
              "Data-driven city management"]
ACTIONS = [  # title, objective, start, end, budget, KPI (name, baseline, target)
    ("One-stop e-services portal", 0, (2025, 4), (2026, 3), 450000, ("Services online", 12, 80)),
    ("Digital inclusion points in libraries", 0, (2025, 6), (2025, 12), 80000, ("Visitors helped", 0, 3000)),
    ("Online permit tracking", 0, (2025, 9), (2026, 6), 120000, ("Permits tracked online", 0, 95)),
    ("Coding bootcamp for the unemployed", 1, (2025, 5), (2026, 4), 200000, ("Graduates employed", 0, 120)),
    ("SME digital vouchers", 1, (2025, 7), (2027, 6), 600000, ("SMEs supported", 0, 300)),
    ("Teachers' digital skills programme", 1, (2026, 1), (2026, 12), 90000, ("Teachers trained", 40, 400)),
    ("Open data portal", 2, (2025, 4), (2025, 11), 150000, ("Datasets published", 15, 150)),
    ("Urban data platform pilot", 2, (2025, 10), (2027, 9), 900000, ("Dashboards in use", 0, 12)),
]


def _type(widget: QWidget, text: str) -> None:
    """Type text key by key, letters outside ASCII too (QTest's keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def _on_dialog(kind: type, handle: Callable[[Any], None]) -> None:
    """Run `handle(dialog)` once a modal dialog of `kind` shows (the test's hand on the mouse)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                handle(dialog)
            finally:
                if dialog.isVisible():  # refused: close it so the test fails instead of hanging
                    dialog.reject()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def _edit_cell(qtbot: Any, table: RecordTable, row_id: str, key: str, value: Any) -> None:
    """Open the cell's editor as a user does (F2), put `value` in it the way its editor takes it, press Enter."""
    model = table.records
    assert table.select_id(row_id, model.column_number(key)), (row_id, key)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table, f"no editor for {key}"
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    elif isinstance(editor, MonthEdit):
        editor.set_month(value)
    elif isinstance(editor, QDateEdit):
        editor.setDate(QDate(value.year, value.month, value.day))
    elif isinstance(editor, QSpinBox):
        editor.selectAll()
        _type(editor, str(value))
    else:
        assert isinstance(editor, QLineEdit), type(editor)
        editor.selectAll()
        _type(editor, str(value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes the editor from the event loop
    assert table.state() != table.State.EditingState, key


def _type_levels(qtbot: Any, page: Any, levels: list[int], column: str) -> None:
    """Type one level per question, top to bottom (the page moves to the next question itself)."""
    page.table.setFocus()
    page.select_question(page.questions.row_at(0).question_id, column)
    for level in levels:
        qtbot.keyClick(page.table, getattr(Qt.Key, f"Key_{level}"))


def test_a_whole_workshop(qtbot, db, tmp_path) -> None:
    """City, workshop, 12 participants, three assessments by keyboard, needs, votes, vision, roadmap, then a
    year of follow-up (progress, KPI values, a T1 round): all stored, shown, and in the PDF and workbook."""
    window = open_window(qtbot, db, page="overview")
    context = window.context
    assert context is not None
    window.activateWindow()  # the keyboard goes to the active window
    qtbot.waitUntil(window.isActiveWindow)

    # --- a new city and workshop, through File ▸ New workshop and its New city… button --------
    def fill_city(dialog: NewCityDialog) -> None:
        _type(dialog.name, "Łódź")
        dialog.country.setCurrentIndex(dialog.country.findData("PL"))
        dialog.accept()

    def fill_workshop(dialog: NewWorkshopDialog) -> None:
        _on_dialog(NewCityDialog, fill_city)
        qtbot.mouseClick(dialog.new_city, Qt.MouseButton.LeftButton)
        dialog.title_edit.selectAll()
        _type(dialog.title_edit, "Digital Łódź 2030")
        dialog.date_edit.setDate(QDate(2025, 3, 12))
        dialog.accept()

    _on_dialog(NewWorkshopDialog, fill_workshop)
    window.new_workshop_action.trigger()
    workshop_id = context.workshop_id
    assert workshop_id is not None and window.current_page() is window.pages["city"]
    window.activateWindow()  # back from the dialogs
    qtbot.waitUntil(window.isActiveWindow)

    # --- 12 participants: four typed in the quick-add row, eight pasted from a spreadsheet -----
    participants_page: Any = window.show_page("participants")
    for name, organisation in TYPED:
        _type(participants_page.new_name, name)
        _type(participants_page.new_organisation, organisation)
        qtbot.keyClick(participants_page.new_name, Qt.Key.Key_Return)
    QGuiApplication.clipboard().setText(PASTED)
    participants_page.table.setFocus()
    qtbot.keyClick(participants_page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    people = sorted(workshop_table(db, Participant, workshop_id), key=lambda p: p.created_at)
    assert len(people) == 12

    # --- assessments by keyboard: the consensus (current and target), then two participants -----
    page: Any = window.show_page("assessment")
    with db.session() as session:
        pairs = framework_questions(session, get_workshop(db, workshop_id).framework_id)
    count = len(pairs)
    consensus_now = [i % 4 + 1 for i in range(count)]                   # 1 2 3 4 1 2 ...
    consensus_aim = [min(5, now + 1 + i % 3) for i, now in enumerate(consensus_now)]
    first_now = [0 if i == 2 else (i + 1) % 5 + 1 for i in range(count)]  # 0: "not known"
    second_now = [(i + 3) % 5 + 1 for i in range(count)]
    _type_levels(qtbot, page, consensus_now, "current")
    _type_levels(qtbot, page, consensus_aim, "target")
    for person, levels in ((people[0], first_now), (people[4], second_now)):
        page.respondent.setFocus()
        page.respondent.setCurrentIndex(page.respondent.findData(person.id))
        _type_levels(qtbot, page, levels, "current")
    page.set_participant(None)

    # --- needs: five from the largest gaps, one typed; dots, impact and feasibility -------------
    needs_page: Any = window.show_page("needs")
    qtbot.mouseClick(needs_page.gap_button, Qt.MouseButton.LeftButton)
    _type(needs_page.new_title, "Public Wi-Fi in parks")
    qtbot.keyClick(needs_page.new_title, Qt.Key.Key_Return)
    needs = workshop_table(db, Need, workshop_id)
    assert len(needs) == 6
    needs_page.tabs.setCurrentIndex(1)
    # Each participant puts 1 to 5 dots on one need (the fifth, every dot of their budget).
    dots = {person.id: {needs[n % 6].id: n % 5 + 1} for n, person in enumerate(people)}
    for person_id, given in dots.items():
        for need_id, number in given.items():
            _edit_cell(qtbot, needs_page.grid_table, person_id, need_id, number)
    before = workshop_table(db, Vote, workshop_id)
    _edit_cell(qtbot, needs_page.grid_table, people[4].id, needs[5].id, 1)  # a sixth dot: refused
    assert needs_page.message.isVisible() and "5" in needs_page.message.text()
    assert workshop_table(db, Vote, workshop_id) == before
    needs_page.tabs.setCurrentIndex(2)
    scores = {need.id: (5 - n % 5, 1 + (n * 2) % 5) for n, need in enumerate(needs)}  # impact, feasibility
    for need_id, (impact, feasibility) in scores.items():
        _edit_cell(qtbot, needs_page.score_table, need_id, "impact", impact)
        _edit_cell(qtbot, needs_page.score_table, need_id, "feasibility", feasibility)

    # --- vision, 3 objectives, 8 actions with dates, budget, funding and a KPI each -------------
    roadmap: Any = window.show_page("roadmap")
    vision = "Łódź in 2030: every service online, every resident able to use it."
    roadmap.vision.setFocus()
    _type(roadmap.vision, vision)
    qtbot.keyClick(roadmap.vision, Qt.Key.Key_Tab)  # leaving the field saves it
    for title in OBJECTIVES:
        _type(roadmap.new_objective, title)
        qtbot.keyClick(roadmap.new_objective, Qt.Key.Key_Return)
    objectives = workshop_table(db, Objective, workshop_id)
    funding = roadmap.action_rows.choices["funding_source"][3][0]
    for title, objective, start, end, budget, (kpi, baseline, target) in ACTIONS:
        roadmap.new_action_objective.setCurrentIndex(roadmap.new_action_objective.findData(objectives[objective].id))
        _type(roadmap.new_action, title)
        qtbot.keyClick(roadmap.new_action, Qt.Key.Key_Return)
        action_id = roadmap.action_table.current_id()
        for key, value in (("start_month", dt.date(*start, 1)), ("end_month", dt.date(*end, 1)),
                           ("budget_eur", budget), ("funding_source", funding),
                           ("need_id", needs[len(workshop_table(db, Action, workshop_id)) % 6].id)):
            _edit_cell(qtbot, roadmap.action_table, action_id, key, value)
        _type(roadmap.new_kpi, kpi)
        qtbot.keyClick(roadmap.new_kpi, Qt.Key.Key_Return)
        kpi_id = roadmap.kpi_table.current_id()
        _edit_cell(qtbot, roadmap.kpi_table, kpi_id, "baseline", baseline)
        _edit_cell(qtbot, roadmap.kpi_table, kpi_id, "target", target)

    # === every value, in the database =========================================================
    workshop = get_workshop(db, workshop_id)
    with db.session() as session:
        city = session.get(City, workshop.city_id)
    assert (city.name, city.country) == ("Łódź", "PL")
    assert (workshop.title, workshop.date, workshop.vision) == ("Digital Łódź 2030", dt.date(2025, 3, 12), vision)
    groups = {"Academia / research": "academia", "academia": "academia", "business": "business",
              "civil society": "civil_society", "public authority": "public_authority"}
    pasted = [line.split("\t") for line in PASTED.splitlines()[1:]]
    assert [(p.name, p.organisation, p.role, p.stakeholder_group, p.email, p.consent) for p in people] == [
        (name, organisation, "", "public_authority", None, False) for name, organisation in TYPED] + [
        (name, organisation, role, groups[group], email or None, consent == "yes")
        for name, organisation, role, group, email, consent in pasted]
    sheet = assessment_sheet(db, workshop_id)
    assert [(i.current, i.target) for i in sheet] == list(zip(consensus_now, consensus_aim, strict=True))
    assert [i.current for i in assessment_sheet(db, workshop_id, people[0].id)] == [v or None for v in first_now]
    assert all(i.answered for i in assessment_sheet(db, workshop_id, people[0].id))
    assert [i.current for i in assessment_sheet(db, workshop_id, people[4].id)] == second_now
    assert not any(i.answered for i in assessment_sheet(db, workshop_id, people[1].id))

    gaps = sorted(range(count), key=lambda q: -(consensus_aim[q] - consensus_now[q]))[:5]  # stable: ties in order
    expected_titles = [pairs[q][1].descriptor(consensus_aim[q]) for q in gaps] + ["Public Wi-Fi in parks"]
    assert [n.title for n in needs] == expected_titles
    assert [n.dimension_id for n in needs[:5]] == [pairs[q][0].id for q in gaps]
    votes = workshop_table(db, Vote, workshop_id)
    by_person = {(v.participant_id, v.need_id): v.dots for v in votes if v.participant_id and v.dots}
    assert by_person == {(p, n): d for p, given in dots.items() for n, d in given.items()}
    tallies = {v.need_id: (v.impact, v.feasibility) for v in votes if v.participant_id is None}
    assert tallies == scores

    assert [o.title for o in objectives] == OBJECTIVES
    actions = workshop_table(db, Action, workshop_id)
    assert [(a.title, a.objective_id, a.start_month, a.end_month, a.budget_eur, a.funding_source)
            for a in actions] == [(t, objectives[o].id, dt.date(*s, 1), dt.date(*e, 1), b, funding)
                                  for t, o, s, e, b, _ in ACTIONS]
    assert [a.need_id for a in actions] == [needs[n % 6].id for n in range(1, 9)]
    kpis = workshop_table(db, Kpi, workshop_id)
    assert sorted((k.name, k.baseline, k.target, next(a.title for a in actions if a.id == k.action_id))
                  for k in kpis) == sorted((kpi, b, t, title) for title, *_, (kpi, b, t) in ACTIONS)

    # === ... and on the radar and in the ranking ==============================================
    window.show_page("assessment")
    dimension_ids = list(dict.fromkeys(d.id for d, _ in pairs))

    def means(levels: list[int]) -> list[float]:
        return [statistics.fmean(v for (d, _), v in zip(pairs, levels, strict=True) if d.id == dim and v)
                for dim in dimension_ids]

    assert [y for _, y in page.radar.values("current")][: len(dimension_ids)] == means(consensus_now)
    assert [y for _, y in page.radar.values("target")][: len(dimension_ids)] == means(consensus_aim)
    page.set_participant(people[0].id)
    assert [y for _, y in page.radar.values("current")][: len(dimension_ids)] == means(first_now)

    totals = {n.id: sum(given.get(n.id, 0) for given in dots.values()) for n in needs}
    expected = sorted(needs, key=lambda n: (-totals[n.id], -(scores[n.id][0] * scores[n.id][1]), n.position))
    window.show_page("needs")
    ranking = needs_page.ranking.rows()
    assert [(r.need_id, r.dots, r.priority) for r in ranking] == [
        (n.id, totals[n.id], float(scores[n.id][0] * scores[n.id][1])) for n in expected]
    assert ranking[0].rank == 1
    shown = [needs_page.ranking.index(row, needs_page.ranking.column_number("title")).data() for row in range(needs_page.ranking.rowCount())]
    assert shown == [n.title for n in expected]
    assert len(kpis) == 8

    # === ... and on the projector ============================================================
    window.presenter_action.trigger()
    presenter = window.presenter
    qtbot.addWidget(presenter)
    assert [r.need_id for r in presenter.ranking.rows()] == [n.id for n in expected]
    assert [y for _, y in presenter.radar.values("current")][: len(dimension_ids)] == means(consensus_now)
    assert presenter.heading.text() == "Łódź · Digital Łódź 2030"

    presenter.close()

    # === a year later: the follow-up page =======================================================
    follow_up(qtbot, window, tmp_path, pairs, consensus_now)


def follow_up(qtbot: Any, window: Any, tmp_path: Any, pairs: list[Any], consensus_now: list[int]) -> None:
    """Progress on three actions, two KPI measurements, a T1 round; the PDF and the workbook show them."""
    from openpyxl import load_workbook

    from icc_desktop.exports.pdf import export_pdf
    from icc_desktop.exports.xlsx import export_workbook
    from tests.integration.exports_support import pdf_text

    context = window.context
    window.show_page("monitoring")
    page = window.pages["monitoring"]
    page.freeze()
    progress = page.progress
    titles = [progress.row_at(r).title for r in range(progress.rowCount())]
    first, second, third = (titles.index(t) for t in ("One-stop e-services portal", "Open data portal",
                                                      "Coding bootcamp for the unemployed"))
    assert progress.setData(progress.index(first, progress.column_number("percent_complete")), 60)
    assert progress.setData(progress.index(second, progress.column_number("percent_complete")), 100)
    page.progress_table.select_id(progress.row_at(third).id)
    page.note_date.setDate(QDate(2026, 2, 1))
    page.note_status.setCurrentIndex(page.note_status.findData("in_progress"))
    page.note_percent.setValue(25)
    _type(page.note_text, "First cohort started")
    page.add_note()
    page.reload_now()
    assert [(progress.row_at(r).status, progress.row_at(r).percent_complete) for r in (first, second, third)] == [
        ("planned", 60), ("done", 100), ("in_progress", 25)]

    page.tabs.setCurrentIndex(1)
    kpi_id = next(k.kpi.id for k in page.kpi_rows.rows() if k.kpi.name == "Services online")
    page.kpi_table.select_id(kpi_id)
    for day, value in ((QDate(2025, 9, 30), "30"), (QDate(2026, 3, 1), "45")):
        page.measure_date.setDate(day)
        page.measure_value.setText(value)
        page.add_measurement()
    page.kpi_table.select_id(kpi_id)
    assert [m.value for m in page.measurements.rows()] == [30.0, 45.0]

    page.tabs.setCurrentIndex(2)
    page.round_date.setDate(QDate(2026, 3, 12))
    page.add_round()
    first_dimension = [i for i, (d, _) in enumerate(pairs) if d.id == pairs[0][0].id]
    model = page.round_questions
    for row in first_dimension:
        assert model.setData(model.index(row, model.column_number("current_level")), str(consensus_now[row] + 1))
    QApplication.processEvents()
    page.reload_now()
    before = statistics.fmean(consensus_now[r] for r in first_dimension)
    assert page.radar.values("current")[0] == pytest.approx((0.0, before + 1))
    assert page.radar.overlay_values()["Current (T0)"][0] == (0.0, before)
    assert page.changes.row_at(0).current_change == pytest.approx(1.0)

    workshop_id = context.workshop_id
    text = pdf_text(export_pdf(context.db, workshop_id, tmp_path / "follow-up.pdf"))
    chapter = text[text.rindex("Progress since the workshop"):]
    assert "Actions done 1 of 8" in chapter and "Actions in progress 1" in chapter
    assert "Services online" in chapter and "45" in chapter and "T0 current T1 current" in chapter
    assert "Mean maturity change T0 → T1 +1.0" in chapter
    book = load_workbook(export_workbook(context.db, workshop_id, tmp_path / "follow-up.xlsx"), read_only=True)
    notes = [r for r in book["Progress notes"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert [(r[2], r[6]) for r in notes] == [("Coding bootcamp for the unemployed", "First cohort started")]
    values = [r[6] for r in book["KPI measurements"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert values == [30, 45]
    rounds = [r for r in book["Rounds"].iter_rows(min_row=2, values_only=True) if r[0] and r[2] == "T1"]
    assert rounds[0][5] == pytest.approx(before + 1) and rounds[0][8] == pytest.approx(1.0)
