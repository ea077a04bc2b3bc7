"""Open formats: CSV tables (README, datapackage.json) and OpenDocument spreadsheets hold the workbook's rows."""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from icc_desktop import cli
from icc_desktop.exports.opendata import csv_value, export_csv, export_ods, file_name
from icc_desktop.exports.xlsx import SHEETS, export_workbook
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    small_db,
    soffice,
)


def workbook_rows(path: Path) -> dict[str, list[list[Any]]]:
    """Every data row of every table of an .xlsx, by sheet."""
    book = load_workbook(path)
    return {name: [list(r) for r in book[name].iter_rows(min_row=2, values_only=True)] for name in SHEETS}


def test_csv_tables_hold_the_workbook_rows(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """One UTF-8 file per table with the workbook's rows; guarded text, ISO dates, a README and a data package."""
    db, small = small_db
    expected = workbook_rows(export_workbook(db, small.workshop_id, tmp_path / "w.xlsx"))
    folder = export_csv(db, tmp_path / "csv", workshop_id=small.workshop_id)
    for name, columns in SHEETS.items():
        with (folder / file_name(name)).open(encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
        assert table[0] == [c.header for c in columns]
        want = [[csv_value(v, c) for v, c in zip(row, columns, strict=True)] for row in expected[name]]
        assert table[1:] == want, name
    text = (folder / "actions.csv").read_text(encoding="utf-8")
    assert "Łódź-style data office" in text and "'+ quick pilot" in text and "2024-04,2025-03" in text
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert all(file_name(name) in readme for name in SHEETS) and "Budget: euros (EUR), whole number" in readme
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["path"]: r for r in package["resources"]}
    assert set(resources) == {file_name(name) for name in SHEETS}
    assert [f["name"] for f in resources["kpis.csv"]["schema"]["fields"]] == [c.header for c in SHEETS["KPIs"]]
    assert resources["actions.csv"]["rows"] == 3 and resources["actions.csv"]["encoding"] == "utf-8"


def test_csv_value_formats() -> None:
    """Dates ISO, months YYYY-MM, booleans true/false, formula-like text guarded, empty for None."""
    from icc_desktop.exports.xlsx import Column

    assert csv_value(dt.date(2024, 3, 1), Column("Start", 10, "month")) == "2024-03"
    assert csv_value(dt.datetime(2024, 3, 15, 0, 0), Column("Date", 10, "date")) == "2024-03-15"
    assert csv_value(True, Column("x", 1, "bool")) == "true" and csv_value(None, Column("x", 1)) == ""
    assert csv_value('=HYPERLINK("x")', Column("x", 1)) == '\'=HYPERLINK("x")'
    assert csv_value(2.5, Column("x", 1, "decimal")) == "2.5" and csv_value(120000, Column("x", 1, "eur")) == "120000"


def test_cli_csv_all_and_bad_folder(small_db: tuple[Database, SmallWorkshop], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """`export csv --all -o DIR` writes every table; a file in the folder's place or a missing parent: exit 2."""
    db, _ = small_db
    assert cli.main(["export", "csv", "--all", "--db", str(db.path), "-o", str(tmp_path / "open")]) == 0
    assert (tmp_path / "open" / "needs.csv").read_text(encoding="utf-8").count("\n") == 4
    assert not [p for p in (tmp_path / "open").iterdir() if p.name.startswith(".")]  # no temporary left
    (tmp_path / "taken").write_text("x")
    assert cli.main(["export", "csv", "--all", "--db", str(db.path), "-o", str(tmp_path / "taken")]) == 2
    assert cli.main(["export", "csv", "--all", "--db", str(db.path), "-o", str(tmp_path / "no" / "dir")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_ods_package(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """An .ods is a zip whose first entry is the stored mimetype; every table is a sheet."""
    db, small = small_db
    path = export_ods(db, small.workshop_id, tmp_path / "w.ods")
    with zipfile.ZipFile(path) as package:
        first = package.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        content = package.read("content.xml").decode()
    assert all(f'table:name="{name}"' in content for name in SHEETS)
    assert "ICC Workshop" in zipfile.ZipFile(path).read("meta.xml").decode()


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed; make test installs "
                                              "libreoffice-calc-nogui")
def test_ods_opens_in_libreoffice_with_the_workbook_values(small_db: tuple[Database, SmallWorkshop],
                                                            tmp_path: Path) -> None:
    """LibreOffice reads the .ods back with the workbook's values, types and text that looks like a formula."""
    db, small = small_db
    expected = workbook_rows(export_workbook(db, small.workshop_id, tmp_path / "w.xlsx"))
    ods = export_ods(db, small.workshop_id, tmp_path / "w.ods")
    assert cli.main(["export", "ods", "--workshop", small.workshop_id[:8], "--db", str(db.path),
                     "-o", str(tmp_path / "cli.ods")]) == 0
    subprocess.run([str(soffice()), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"), str(ods)],
                   check=True, capture_output=True, timeout=180)
    back = workbook_rows(tmp_path / "lo" / "w.xlsx")

    def plain(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, float):
            return round(value, 6)
        return value

    for name in ("Workshops", "Needs", "Actions", "Budget", "Scores", "Timeline"):
        assert [[plain(v) for v in row] for row in back[name]] == [[plain(v) for v in row] for row in expected[name]]
    assert "=SUM(A1:A9)" in [row[9] for row in back["Responses"]]  # text, not a formula


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed; make test installs "
                                              "libreoffice-calc-nogui")
def test_ods_long_text_wraps_in_a_row_that_grows_in_libreoffice(small_db: tuple[Database, SmallWorkshop],
                                                                 tmp_path: Path) -> None:
    """A long description in the .ods wraps (top-aligned) and LibreOffice makes its row tall enough for it."""
    from icc_desktop.models import Need
    from icc_desktop.services import crud

    db, small = small_db
    words = " ".join(f"word{n}" for n in range(120))
    crud.update(db, Need, small.needs["@risk register"], description=words)
    ods = export_ods(db, small.workshop_id, tmp_path / "w.ods")
    subprocess.run([str(soffice()), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"), str(ods)],
                   check=True, capture_output=True, timeout=180)
    sheet = load_workbook(tmp_path / "lo" / "w.xlsx")["Needs"]
    column = [c.value for c in sheet[1]].index("Description") + 1
    (row,) = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, column).value == words]
    cell = sheet.cell(row, column)
    assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
    assert (sheet.row_dimensions[row].height or 0) >= 15 * 10
