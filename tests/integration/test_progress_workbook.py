"""The progress workbook: made by the app, filled in by the city, imported back with the
template's safety (located problems, all or nothing, no overwriting of newer edits, no doubles)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from icc_desktop.exports.progress_book import import_progress_workbook, write_progress_workbook
from icc_desktop.exports.template import TemplateError
from icc_desktop.models import Action, Kpi, KpiMeasurement, ProgressNote
from icc_desktop.services import crud, monitoring
from tests.factories import db_snapshot, make_workshop


@pytest.fixture
def workshop(db):
    """A workshop with two actions and one KPI."""
    workshop = make_workshop(db)
    first = crud.create(db, Action, workshop_id=workshop.id, title="Open data portal", position=0)
    crud.create(db, Action, workshop_id=workshop.id, title="=HYPERLINK(\"x\")", position=1)
    crud.create(db, Kpi, workshop_id=workshop.id, action_id=first.id, name="Datasets", unit="datasets",
                baseline=10.0, target=60.0)
    return workshop


def _fill(path, edits):
    """Type values into the made workbook as the city would: {(sheet, row, column): value}."""
    book = load_workbook(path)
    for (sheet, row, column), value in edits.items():
        book[sheet].cell(row, column, value)
    book.save(path)


def test_round_trip_updates_progress_adds_notes_and_values_once(db, workshop, tmp_path):
    """Status, percent, a dated note and a KPI value come back; a second import adds nothing."""
    path = write_progress_workbook(db, workshop.id, tmp_path / "progress.xlsx", language="fr")
    book = load_workbook(path)
    assert book["Actions"]["B3"].data_type == "s" and book["Actions"]["B3"].value.startswith("=")  # not a formula
    assert book["_icc"].sheet_state == "hidden" and book["Actions"].column_dimensions["A"].hidden
    _fill(path, {("Actions", 2, 3): "En cours", ("Actions", 2, 4): 40, ("Actions", 2, 5): dt.date(2025, 2, 1),
                 ("Actions", 2, 6): "Portail en bêta", ("KPIs", 2, 9): dt.date(2025, 2, 3), ("KPIs", 2, 10): 35,
                 ("KPIs", 2, 11): "compte du portail"})
    report = import_progress_workbook(db, workshop.id, path)
    assert (report.actions_changed, report.notes_added, report.measurements_added) == (1, 1, 1)
    with db.session() as session:
        action = crud.live(session, Action, title="Open data portal")[0]
        [note] = crud.live(session, ProgressNote)
        [value] = crud.live(session, KpiMeasurement)
    assert (action.status, action.percent_complete) == ("in_progress", 40)
    assert (note.date, note.text, note.status, note.percent_complete) == (
        dt.date(2025, 2, 1), "Portail en bêta", "in_progress", 40)
    assert (value.date, value.value, value.note) == (dt.date(2025, 2, 3), 35.0, "compte du portail")
    again = import_progress_workbook(db, workshop.id, path)
    assert (again.actions_changed, again.notes_added, again.measurements_added, again.already_recorded) == (0, 0, 0, 2)


def test_every_problem_is_located_and_nothing_is_written(db, workshop, tmp_path):
    """Bad status, percent, dates, values and formulas: each listed with sheet, row and column; no write."""
    path = write_progress_workbook(db, workshop.id, tmp_path / "progress.xlsx")
    _fill(path, {("Actions", 2, 3): "Half done", ("Actions", 3, 4): 140, ("Actions", 3, 6): "No date given",
                 ("KPIs", 2, 9): "yesterday", ("KPIs", 2, 10): 5, ("Actions", 2, 4): "=1+1"})
    before = db_snapshot(db)
    with pytest.raises(TemplateError) as refused:
        import_progress_workbook(db, workshop.id, path)
    where = {(p.sheet, p.row, p.column) for p in refused.value.problems}
    assert {("Actions", 2, "C"), ("Actions", 2, "D"), ("Actions", 3, "D"), ("Actions", 3, "E"),
            ("KPIs", 2, "I")} <= where
    assert "formula" in str(refused.value) and "not a status" in str(refused.value)
    assert db_snapshot(db) == before


def test_a_newer_edit_in_the_workshop_is_never_overwritten(db, workshop, tmp_path):
    """Changed in the workshop after the workbook was made and changed in the workbook: refused, named;
    changed only in the workshop: the workshop's value stays."""
    path = write_progress_workbook(db, workshop.id, tmp_path / "progress.xlsx")
    with db.session() as session:
        action = crud.live(session, Action, title="Open data portal")[0]
    monitoring.set_action_progress(db, action.id, status="in_progress", percent_complete=70)
    _fill(path, {("Actions", 2, 4): 20})
    with pytest.raises(TemplateError, match="changed in the workshop since"):
        import_progress_workbook(db, workshop.id, path)
    _fill(path, {("Actions", 2, 4): None})
    path2 = write_progress_workbook(db, workshop.id, tmp_path / "fresh.xlsx")
    monitoring.set_action_progress(db, action.id, percent_complete=80)
    import_progress_workbook(db, workshop.id, path2)  # the workbook changed nothing: 80 stays
    with db.session() as session:
        assert crud.get(session, Action, action.id).percent_complete == 80


def test_another_workshops_or_a_foreign_file_is_refused(db, workshop, tmp_path):
    """The workbook of another workshop, a renamed sheet and a file that is not xlsx are refused with a reason."""
    other = make_workshop(db, "Győr")
    path = write_progress_workbook(db, other.id, tmp_path / "other.xlsx")
    with pytest.raises(TemplateError, match="another workshop"):
        import_progress_workbook(db, workshop.id, path)
    mine = write_progress_workbook(db, workshop.id, tmp_path / "mine.xlsx")
    book = load_workbook(mine)
    book["KPIs"].title = "Indicators"
    book.save(mine)
    with pytest.raises(TemplateError, match="no sheet “KPIs”"):
        import_progress_workbook(db, workshop.id, mine)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(TemplateError, match="not an .xlsx"):
        import_progress_workbook(db, workshop.id, junk)


def test_long_titles_wrap_and_the_note_column_wraps_what_the_city_types(db, workshop, tmp_path):
    """A long action title wraps in a row tall enough for it, and the note cells wrap (top-aligned) so a
    long note typed there shows whole."""
    title = "Open a one-stop digital help desk for small shops, market traders and craft businesses " * 2
    with db.session() as session:
        action = crud.live(session, Action, workshop_id=workshop.id)[0]
    crud.update(db, Action, action.id, title=title.strip())
    sheet = load_workbook(write_progress_workbook(db, workshop.id, tmp_path / "p.xlsx")).worksheets[0]
    (row,) = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 2).value == title.strip()]
    assert sheet.cell(row, 2).alignment.wrap_text and sheet.cell(row, 2).alignment.vertical == "top"
    assert sheet.row_dimensions[row].height >= 15 * (len(title.strip()) / sheet.column_dimensions["B"].width)
    assert sheet.cell(row, 6).alignment.wrap_text  # the note the city writes
