"""The workbooks' data rows, written as XML text: equal to the rows the database gives, read alike by
openpyxl and LibreOffice, hostile text and odd values included."""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import csv
import datetime as dt
import decimal
import enum
import errno
import io
import math
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from icc_desktop import cli
from icc_desktop.errors import ExportError
from icc_desktop.exports.common import Steps
from icc_desktop.exports.sheet_xml import CELL_TEXT_LIMIT, RowFile, sheet_parts, splice_rows
from icc_desktop.exports.xlsx import SHEETS, export_all, export_workbook, stream_tables
from icc_desktop.models import Need, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    db,
    small,
    small_db,
    soffice,
)

HOSTILE = ["a & b <c> \"d\" 'e'", "  spaces around  ", "line one\nline two", "dos\r\nline", "bell\x07 dropped\uffff",
           "😀 Ærøskøbing – Łódź", "#N/A", "=1+1", "-3", "]]> <![CDATA[", "&amp; already escaped",
           "\t tab first", "x" * 5000]
"""Need titles a user (or a hand-edited sync) could bring: XML's special characters, spaces, control
characters, characters outside the BMP, error and formula look-alikes, a long text."""


class _Collect:
    """A sheet that keeps the rows it is given (the rows the export derives from the database)."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []

    def append(self, values: list[Any]) -> None:
        self.rows.append(list(values))


def _expected(value: Any) -> Any:
    """What a cell written from `value` reads back as in openpyxl."""
    if isinstance(value, str):
        value = "".join(ch for ch in value if (ch in "\t\n\r" or ord(ch) >= 32) and ch not in "\ufffe\uffff")
        return value or None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)  # written without its ".0", as openpyxl did: read back as an int
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


def _database_rows(db: Database, workshop_id: str | None) -> dict[str, list[list[Any]]]:
    sheets = {name: _Collect() for name in SHEETS}
    stream_tables(db, workshop_id, sheets, Steps(1, None, None))
    return {name: [[_expected(v) for v in row] for row in sheet.rows] for name, sheet in sheets.items()}


def _add_hostile_needs(db: Database, workshop_id: str) -> None:
    """The HOSTILE texts as need titles and descriptions, stored as they come (the window refuses control
    characters now; a database of an older version or a hand-edited one may hold them)."""
    for position, title in enumerate(HOSTILE, start=20):
        need = crud.create(db, Need, workshop_id=workshop_id, title=f"Need {position}", position=position)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE need SET title = ?, description = ? WHERE id = ?",
                                 (title[:300], title, need.id))


def test_every_cell_is_the_row_the_database_gives(db: Database, small: SmallWorkshop, tmp_path: Path) -> None:
    """Every cell of every data sheet, read by openpyxl, equals the row derived from the database (type too)."""
    _add_hostile_needs(db, small.workshop_id)
    for path, workshop_id in ((export_workbook(db, small.workshop_id, tmp_path / "one.xlsx"), small.workshop_id),
                              (export_all(db, tmp_path / "all.xlsx"), None)):
        book = load_workbook(path)
        for name, expected in _database_rows(db, workshop_id).items():
            got = [list(row) for row in book[name].iter_rows(min_row=2, values_only=True)]
            assert got == expected, name
            assert [type(v) for row in got for v in row] == [type(v) for row in expected for v in row], name
        needs = book["Needs"]
        prefixed = {c.value for row in needs.iter_rows(min_row=2) for c in row if c.quotePrefix}
        assert prefixed >= {"#N/A", "=1+1", "-3"} and "a & b <c> \"d\" 'e'" not in prefixed


def test_odd_values_round_trip(tmp_path: Path) -> None:
    """Decimals, text enums, datetimes with a time, NaN, infinities, big and tiny numbers, booleans."""

    class Status(str, enum.Enum):  # noqa: UP042  (its str() is "Status.DONE"; the cell must read "done")
        DONE = "done"

    book = Workbook(write_only=True)
    ws = book.create_sheet("Data")
    ws.append(["a", "b", "c", "d", "e", "f", "g"])
    date_cell = WriteOnlyCell(ws)
    date_cell.number_format = "yyyy-mm-dd hh:mm"
    rows = RowFile([0] * 7, date_style=date_cell.style_id, text_style=0)
    rows.append([decimal.Decimal("1.25"), Status.DONE, dt.datetime(2024, 2, 29, 18, 30), math.nan, math.inf,
                 10**15 + 1, 1e-300])
    rows.append([True, False, 0, 0.1 + 0.2, -2.0, "", None])
    book.create_sheet("Bare")  # no header row: an empty sheetData element
    bare = RowFile([0], date_style=0, text_style=0, first_row=1)
    bare.append(["only row"])
    package = io.BytesIO()
    book.save(package)
    splice_rows(package, {"Data": rows, "Bare": bare}, tmp_path / "odd.xlsx")
    rows.close()
    bare.close()
    assert [c.value for c in load_workbook(tmp_path / "odd.xlsx")["Bare"]["A"]] == ["only row"]
    got = list(load_workbook(tmp_path / "odd.xlsx")["Data"].iter_rows(min_row=2, values_only=True))
    assert got == [(1.25, "done", dt.datetime(2024, 2, 29, 18, 30), None, None, 10**15 + 1, 1e-300),
                   (True, False, 0, 0.1 + 0.2, -2, None, None)]
    with zipfile.ZipFile(tmp_path / "odd.xlsx") as package_file:
        assert sheet_parts(package_file) == {"Data": "xl/worksheets/sheet1.xml", "Bare": "xl/worksheets/sheet2.xml"}
        assert package_file.testzip() is None


def test_tall_rows_wrap_their_text_and_keep_the_formula_guard(tmp_path: Path) -> None:
    """A row whose text needs several lines says its height (capped at Excel's 409 points) and wraps its
    texts at the top; a formula-like long text keeps its quote prefix; a one-line row stays unsized."""
    from openpyxl.styles import Alignment

    from icc_desktop.exports.sheet_xml import TallRowStyles

    book = Workbook(write_only=True)
    ws = book.create_sheet("Data")
    ws.append(["title", "count", "id"])

    def style(**values: Any) -> int:
        cell = WriteOnlyCell(ws)
        for name, value in values.items():
            setattr(cell, name, value)
        return int(cell.style_id)

    top, wrapped = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    tall = TallRowStyles(numbers=[style(alignment=top)] * 3, date=0,
                         texts=[(style(alignment=wrapped), style(alignment=wrapped, quotePrefix=True)),
                                (style(alignment=top), style(alignment=top, quotePrefix=True)),
                                (style(alignment=top), style(alignment=top, quotePrefix=True))],
                         wrap_widths=[20, 0, 0])
    rows = RowFile([0, 0, 0], date_style=0, text_style=style(quotePrefix=True), tall=tall)
    rows.append(["short", 1, "x" * 80])  # a long text in a column that does not wrap: one line
    rows.append(["=" + "word " * 20, 2, "id"])  # about 100 characters at 19 a line: 6 lines
    rows.append(["one\ntwo\nthree", 3, "id"])
    rows.append(["w " * 2000, 4, "id"])
    package = io.BytesIO()
    book.save(package)
    splice_rows(package, {"Data": rows}, tmp_path / "tall.xlsx")
    rows.close()
    sheet = load_workbook(tmp_path / "tall.xlsx")["Data"]
    assert [sheet.row_dimensions[r].height for r in range(2, 6)] == [None, 90, 45, 409]
    assert sheet["A3"].value.startswith("=word") and sheet["A3"].quotePrefix and sheet["A3"].alignment.wrap_text
    assert sheet["B3"].alignment.vertical == "top" and not sheet["A2"].alignment.wrap_text


def test_text_longer_than_excel_holds_is_cut_visibly(db: Database, small: SmallWorkshop, tmp_path: Path) -> None:
    """A pasted description past Excel's 32,767-character cell limit ends in "…" at the limit (Excel reports more as damaged)."""
    long = "😀" + "é" * 20_000 + "😀" * 10_000  # 40,001 characters, 50,002 UTF-16 units
    crud.create(db, Need, workshop_id=small.workshop_id, title="Long", description=long, position=30)
    book = load_workbook(export_workbook(db, small.workshop_id, tmp_path / "long.xlsx"))
    (text,) = [r[4] for r in book["Needs"].iter_rows(min_row=2, values_only=True) if r[3] == "Long"]
    assert len(text.encode("utf-16-le")) // 2 <= CELL_TEXT_LIMIT and text.endswith("…")
    assert long.startswith(text[:-1]) and len(text) > 20_000


def _libreoffice_csv(path: Path, tmp_path: Path) -> dict[str, list[list[str]]]:
    """Every sheet of `path` as LibreOffice reads it, saved as CSV (raw values, not as shown)."""
    out = tmp_path / "csv"
    # field separator, quote, UTF-8, from line 1, -, en-US, ..., cells not as shown, ..., every sheet (-1)
    options = "44,34,76,1,,1033,false,true,false,false,false,-1"
    subprocess.run([str(soffice()), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=300)
    sheets = {}
    for file in out.glob(f"{path.stem}-*.csv"):
        with file.open(encoding="utf-8", newline="") as handle:
            sheets[file.stem.removeprefix(f"{path.stem}-")] = list(csv.reader(handle))
    return sheets


def _same(ours: Any, theirs: str) -> bool:
    if ours is None:
        return theirs == ""
    if isinstance(ours, bool):
        return theirs == ("TRUE" if ours else "FALSE")
    if isinstance(ours, int | float):
        return math.isclose(float(theirs), ours, rel_tol=1e-12, abs_tol=1e-12)
    if isinstance(ours, dt.datetime):
        return theirs in (ours.strftime("%m/%d/%Y"), ours.strftime("%Y-%m-%d"))  # ISO formats stay ISO
    return bool(theirs == ours.replace("\r\n", "\n").replace("\r", "\n") or theirs == ours)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed; make test installs "
                                              "libreoffice-calc-nogui")
def test_libreoffice_reads_what_openpyxl_reads(demo_db: Database, tmp_path: Path) -> None:
    """The programme workbook opens in LibreOffice, and every sheet's every cell there equals openpyxl's value."""
    with demo_db.session() as session:
        workshop_id = crud.live(session, Workshop)[0].id
    _add_hostile_needs(demo_db, workshop_id)
    path = export_all(demo_db, tmp_path / "programme.xlsx")
    book = load_workbook(path)
    seen = _libreoffice_csv(path, tmp_path)
    assert sorted(seen) == sorted(book.sheetnames)
    cells = 0
    for name in book.sheetnames:
        ours = [list(row) for row in book[name].iter_rows(values_only=True)]
        theirs = seen[name]
        while ours and all(v is None for v in ours[-1]):
            ours.pop()
        while theirs and all(v == "" for v in theirs[-1]):
            theirs.pop()
        assert len(theirs) == len(ours), name
        for number, (row, other) in enumerate(zip(ours, theirs, strict=True), start=1):
            width = max(len(row), len(other))
            row += [None] * (width - len(row))
            other += [""] * (width - len(other))
            for column, (value, text) in enumerate(zip(row, other, strict=True), start=1):
                assert _same(value, text), (name, number, column, value, text)
                cells += value is not None
    assert cells > 10_000
    descriptions = {row[4] for row in book["Needs"].iter_rows(min_row=2, values_only=True)}
    assert {"a & b <c> \"d\" 'e'", "  spaces around  ", "😀 Ærøskøbing – Łódź", "bell dropped", "x" * 5000} <= descriptions


def test_a_full_disk_is_a_clear_message(db: Database, small: SmallWorkshop, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Rows that cannot be written (disk full) stop the export with a message naming the folders; no file is left."""

    def full(self: RowFile) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(RowFile, "flush", full)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="No space left on device.*free space in"):
        export_all(db, out / "all.xlsx")
    assert cli.main(["export", "xlsx", "--all", "--db", str(db.path), "-o", str(out / "all.xlsx")]) != 0
    assert "No space left on device" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_sheet_parts_reads_relative_and_absolute_targets(tmp_path: Path) -> None:
    """A sheet's part is found through the workbook's relations, whether the target is relative or absolute."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package_rel = "http://schemas.openxmlformats.org/package/2006/relationships"
    path = tmp_path / "parts.zip"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                                            '<sheet name="R&amp;D \'plan\'" sheetId="1" r:id="a"/>'
                                            '<sheet name="Two" sheetId="2" r:id="b"/></sheets></workbook>')
        package.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{package_rel}">'
                                                       '<Relationship Id="a" Target="worksheets/x.xml"/>'
                                                       '<Relationship Id="b" Target="/xl/worksheets/y.xml"/>'
                                                       '</Relationships>')
    with zipfile.ZipFile(path) as package:
        assert sheet_parts(package) == {"R&D 'plan'": "xl/worksheets/x.xml", "Two": "xl/worksheets/y.xml"}
