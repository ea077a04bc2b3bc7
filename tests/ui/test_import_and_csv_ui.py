"""The reports page's template import counts in the reader's language, and its CSV export asks before replacing.

"1 answers added" was the window's English; French and German had no plural at all. Counts go
through Qt's plural forms (`tr(..., n)`), in the result line and in the import preview.
"""

# ruff: noqa: F401, F811  (fixtures imported from other test modules)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from icc_desktop.exports.template import plan_import, write_template
from icc_desktop.store.db import Database
from icc_desktop.ui.dialogs.import_preview import ImportPreviewDialog
from icc_desktop.ui.pages.reports import ReportsPage
from tests.factories import make_workshop
from tests.ui.shell_support import open_window, ui_language
from tests.ui.test_shell_translations import built_translations


@pytest.fixture
def reports(qtbot: Any, db: Database) -> ReportsPage:
    """The reports page of a window on a small workshop; files are not opened afterwards."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, page="reports")
    page: ReportsPage = window.pages["reports"]  # type: ignore[assignment]
    page.open_after.setChecked(False)
    return page


def _filled(reports: ReportsPage, tmp_path: Path, answers: int) -> Path:
    """A template of the open workshop with `answers` unanswered questions given a current level."""
    db, workshop_id = reports.context.db, reports.context.workshop_id
    assert workshop_id is not None
    book = load_workbook(write_template(db, workshop_id, tmp_path / "t.xlsx"))
    sheet = book["Assessment"]
    empty = [row for row in range(2, sheet.max_row + 1)
             if all(sheet.cell(row, column).value is None for column in (10, 11, 12))]
    for row in empty[:answers]:
        sheet.cell(row, 10).value = 3
    book.save(tmp_path / f"filled-{answers}.xlsx")
    return tmp_path / f"filled-{answers}.xlsx"


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "1 answer added", "2 answers added"),
    ("fr", "1 réponse ajoutée", "2 réponses ajoutées"),
    ("de", "1 Antwort hinzugefügt", "2 Antworten hinzugefügt"),
])
def test_import_result_counts_in_singular_and_plural(reports: ReportsPage, tmp_path: Path, monkeypatch: Any,
                                                     built_translations: None, language: str, one: str,
                                                     two: str) -> None:
    """The import's result line says '1 answer added' / '2 answers added' (and the French and German forms)."""
    monkeypatch.setattr(ReportsPage, "confirm_import", lambda self, plan: {})
    with ui_language(language):
        reports.import_template(_filled(reports, tmp_path, 1))
        assert one in reports.result_label.text(), reports.result_label.text()
        reports.import_template(_filled(reports, tmp_path, 2))
        assert two in reports.result_label.text(), reports.result_label.text()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "1 value will change"),
    ("fr", "1 valeur sera modifiée"),
    ("de", "1 Wert wird geändert"),
])
def test_import_preview_counts_in_singular(reports: ReportsPage, tmp_path: Path, built_translations: None,
                                           language: str, expected: str) -> None:
    """The preview's summary says '1 value will change', not '1 values'."""
    db, workshop_id = reports.context.db, reports.context.workshop_id
    assert workshop_id is not None
    plan = plan_import(db, workshop_id, _filled(reports, tmp_path, 1))
    with ui_language(language):
        dialog = ImportPreviewDialog(plan, reports)
        assert expected in dialog.summary.text(), dialog.summary.text()
        dialog.deleteLater()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_csv_export_asks_before_replacing_files_of_the_same_names(reports: ReportsPage, tmp_path: Path,
                                                                  monkeypatch: Any,
                                                                  answer: QMessageBox.StandardButton) -> None:
    """A folder already holding needs.csv: the page asks, names it; No keeps the file, Yes replaces it."""
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "needs.csv").write_text("mine\n", encoding="utf-8")
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    reports.export_csv(folder)
    assert len(asked) == 1 and "needs.csv" in asked[0] and str(folder) in asked[0], asked
    mine = (folder / "needs.csv").read_text(encoding="utf-8") == "mine\n"
    if answer == QMessageBox.StandardButton.No:
        assert mine and sorted(p.name for p in folder.iterdir()) == ["needs.csv"]
    else:
        assert not mine and (folder / "README.txt").is_file()
        assert str(folder) in reports.result_label.text()


def test_an_import_refused_by_a_locked_database_is_titled_import(reports: ReportsPage, tmp_path: Path,
                                                                   monkeypatch: Any) -> None:
    """An import while another program holds the database: a box titled Import naming the file as in use; nothing changed."""
    from icc_desktop.store import fileinfo
    from tests.factories import db_snapshot
    from tests.integration.test_database_in_use import held

    monkeypatch.setattr(fileinfo, "BUSY_TIMEOUT_MS", 200)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(ReportsPage, "confirm_import", lambda self, plan: {})
    db = reports.context.db
    filled, before = _filled(reports, tmp_path, 1), db_snapshot(db)
    with held(db.path):
        reports.import_template(filled)
    assert [title for title, _ in shown] == ["Import"], shown
    assert shown[0][1].startswith(f"{db.path}: the database file is in use by another program")
    assert db_snapshot(db) == before
