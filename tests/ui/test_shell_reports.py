"""The reports page runs the exports in the background and reports what happened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from icc_desktop.models import Response
from icc_desktop.store.db import Database
from icc_desktop.ui.pages.reports import ReportsPage, safe_file_name
from icc_desktop.ui.workers import Task
from tests.factories import count, make_workshop
from tests.ui.shell_support import open_window


@pytest.fixture
def reports(qtbot, db: Database) -> ReportsPage:
    """The reports page of a window on a small workshop; files are not opened afterwards."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, page="reports")
    page: ReportsPage = window.pages["reports"]  # type: ignore[assignment]
    page.open_after.setChecked(False)
    return page


def test_workbook_export_writes_the_file(reports: ReportsPage, tmp_path: Path) -> None:
    """Export this workshop writes an .xlsx, names it on the page and enables Open last file."""
    target = tmp_path / "Białystok.xlsx"
    reports.export_workbook(target)
    assert target.is_file() and target.read_bytes()[:2] == b"PK"
    assert str(target) in reports.result_label.text() and reports.open_button.isEnabled()


def test_workbook_ods_and_csv_follow_the_document_language(reports: ReportsPage, tmp_path: Path) -> None:
    """The document language picked on the page also names the workbook's, the ODS's and the CSV README's
    sheets and columns (they were English whatever the choice)."""
    import zipfile

    from openpyxl import load_workbook

    reports.pdf_language.setCurrentIndex(reports.pdf_language.findData("de"))
    reports.export_workbook(tmp_path / "w.xlsx")
    assert "Maßnahmen" in load_workbook(tmp_path / "w.xlsx", read_only=True).sheetnames
    reports.export_ods(tmp_path / "w.ods")
    assert 'table:name="Maßnahmen"' in zipfile.ZipFile(tmp_path / "w.ods").read("content.xml").decode()
    reports.export_csv(tmp_path / "csv")
    assert "Maßnahmen" in (tmp_path / "csv" / "README.txt").read_text(encoding="utf-8")


def test_pdf_export_in_the_chosen_language(reports: ReportsPage, tmp_path: Path) -> None:
    """Export PDF writes a PDF in the language picked on the page."""
    reports.pdf_language.setCurrentIndex(reports.pdf_language.findData("fr"))
    target = tmp_path / "report.pdf"
    reports.export_pdf(target)
    assert target.read_bytes()[:5] == b"%PDF-"
    assert reports.last_output == target


def test_cancelled_export_leaves_no_file(reports: ReportsPage, tmp_path: Path, monkeypatch) -> None:
    """A cancelled export says so and leaves no file behind."""
    monkeypatch.setattr(Task, "is_cancelled", lambda _self: True)
    folder = tmp_path / "out"
    folder.mkdir()
    reports.export_all(folder / "every.xlsx")
    assert not list(folder.iterdir())
    assert "Cancelled" in reports.result_label.text() and not reports.open_button.isEnabled()


def test_export_to_a_missing_folder_is_a_clear_message(reports: ReportsPage, tmp_path: Path, monkeypatch) -> None:
    """An export to a folder that does not exist shows the exporter's message, not a crash."""
    shown: list[str] = []
    monkeypatch.setattr("icc_desktop.ui.pages.reports.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    reports.export_workbook(tmp_path / "nowhere" / "x.xlsx")
    assert len(shown) == 1 and "nowhere" in shown[0] and reports.result_label.text() == shown[0]


def test_template_round_trip_imports_scores(reports: ReportsPage, tmp_path: Path, db: Database,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A template written from the page and filled in imports as consensus answers, after a preview and a backup."""
    from openpyxl import load_workbook

    previews: list[Any] = []
    monkeypatch.setattr(reports, "confirm_import", lambda plan: previews.append(plan) or {})
    target = tmp_path / "template.xlsx"
    reports.export_template(target)
    book = load_workbook(target)
    sheet = book["Assessment"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(2, headers.index("Current level") + 1).value = 3
    sheet.cell(2, headers.index("Target level") + 1).value = 4
    book.save(target)
    reports.import_template(target)
    assert [len(p.changes) for p in previews] == [2]
    assert "1 answer(s) added" in reports.result_label.text()  # no translator here; the English forms: tests/ui/test_import_and_csv_ui.py
    assert count(db, Response) == 1
    assert list((db.path.parent / "backups").glob("*before-import*"))


def test_import_preview_lists_conflicts_and_applies_the_choice(reports: ReportsPage, tmp_path: Path, db: Database,
                                                              qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview shows the conflict with both values; the choice made in it is what the import writes."""
    from openpyxl import load_workbook

    from icc_desktop.services.workshops import set_response
    from icc_desktop.ui.dialogs.import_preview import ImportPreviewDialog

    target = tmp_path / "template.xlsx"
    reports.export_template(target)
    book = load_workbook(target)
    question_id = book["Assessment"]["A2"].value
    book["Assessment"]["J2"].value, book["Assessment"]["K2"].value = 2, 5
    book.save(target)
    workshop_id = reports.context.workshop_id
    set_response(db, workshop_id, question_id, current_level=4, target_level=4)  # changed after the template
    seen: list[ImportPreviewDialog] = []

    def confirm(plan: Any) -> dict[Any, Any]:
        dialog = ImportPreviewDialog(plan, reports)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        assert dialog.table.rowCount() == 2 and dialog.table.item(0, 2).text() == "4"
        dialog.choose((question_id, "target_level"), "file")
        return dialog.choices()

    monkeypatch.setattr(reports, "confirm_import", confirm)
    reports.import_template(target)
    assert seen and "Imported" in reports.result_label.text()
    with db.session() as session:
        (row,) = session.exec(select(Response).where(Response.question_id == question_id)).all()
    assert (row.current_level, row.target_level) == (4, 5)  # kept the workshop's current, took the file's target


def test_cancelled_preview_writes_nothing(reports: ReportsPage, tmp_path: Path, db: Database,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelling the preview leaves the workshop untouched and says so."""
    from openpyxl import load_workbook

    target = tmp_path / "template.xlsx"
    reports.export_template(target)
    book = load_workbook(target)
    book["Assessment"]["J2"].value = 3
    book.save(target)
    monkeypatch.setattr(reports, "confirm_import", lambda plan: None)
    reports.import_template(target)
    assert count(db, Response) == 0 and "nothing was changed" in reports.result_label.text()


def test_safe_file_name() -> None:
    """Workshop names become file names without characters some systems refuse."""
    assert safe_file_name('Łódź · "Digital" workshop: 2024/25?') == "Łódź · Digital workshop 2024 25"
    assert safe_file_name(" ... ") == "workshop"


def test_final_version_box_marks_the_workshop_and_undoes(reports: ReportsPage, db: Database) -> None:
    """Ticking “Final version” marks the workshop final (no DRAFT watermark); Edit ▸ Undo makes it a draft again."""
    from icc_desktop.models import Workshop

    workshop_id = reports.context.workshop_id
    assert not reports.final_check.isChecked()
    reports.final_check.setChecked(True)
    with db.session() as session:
        assert session.get(Workshop, workshop_id).final
    reports.context.undo_stack.undo()
    with db.session() as session:
        assert not session.get(Workshop, workshop_id).final
    assert not reports.final_check.isChecked()


def test_open_formats_from_the_page(reports: ReportsPage, tmp_path: Path) -> None:
    """Export as ODS writes an OpenDocument file; Export as CSV fills a folder with tables, README and data package."""
    reports.export_ods(tmp_path / "w.ods")
    assert (tmp_path / "w.ods").read_bytes()[30:38] == b"mimetype"
    reports.export_csv(tmp_path / "csv")
    assert {"actions.csv", "README.txt", "datapackage.json"} <= {p.name for p in (tmp_path / "csv").iterdir()}
