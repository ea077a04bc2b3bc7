"""Excel workbooks read back with openpyxl: every value, the types, the formula guard, charts, validations, splits."""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlmodel import col, select

from icc_desktop import cli
from icc_desktop.errors import ExportCancelled, NotFoundError
from icc_desktop.exports.xlsx import SHEETS, export_all, export_workbook
from icc_desktop.models import Action, Kpi, Need, Participant, Response, Vote, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    FORMULA_NEED,
    SmallWorkshop,
    _small_db_file,
    chart_kinds,
    db,
    make_small_workshop,
    run_poppler,
    small,
    small_db,
    soffice,
)


def rows(book: Any, title: str) -> list[tuple[Any, ...]]:
    """The data rows of a sheet (header left out)."""
    return list(book[title].iter_rows(min_row=2, values_only=True))


@pytest.fixture
def small_book(db: Database, small: SmallWorkshop, tmp_path: Path) -> tuple[Path, Any]:
    """The small workshop's workbook, written and loaded back."""
    path = export_workbook(db, small.workshop_id, tmp_path / "iasi.xlsx")
    return path, load_workbook(path)


def test_every_value_of_a_workshop(small: SmallWorkshop, small_book: tuple[Path, Any]) -> None:
    """Each sheet holds exactly the workshop's rows, with real dates, numbers and booleans."""
    _, book = small_book
    w, p, n, a = small.workshop_id, small.participants, small.needs, small.actions
    where = ("Iași", "Smart Iași workshop")
    assert book.sheetnames == [*SHEETS, "Charts"]
    for name, columns in SHEETS.items():
        assert [c.value for c in book[name][1]] == [c.header for c in columns]
    assert rows(book, "Cities") == [("Iași", "RO", "Nord-Est", 271692, "2020-22", "Core city", "@city notes",
                                     small.city_id)]
    assert rows(book, "Workshops") == [(*where, "RO", dt.datetime(2024, 3, 15), "Palatul Culturii", "Zoë Brückner",
                                        "Planned", "Digital maturity of the local ecosystem (1.0)", 3, 5, 3,
                                        "By 2030 Iași shares its data openly.", None, w, small.city_id)]
    assert rows(book, "Participants") == [
        (*where, "Paweł Łukasiewicz", "Politehnica Iași", None, "Academia and research", "pawel@example.org", True,
         p["Paweł Łukasiewicz"], w),
        (*where, "Jürgen Mäkelä", "+40 Tech SRL", None, "Business", None, True, p["Jürgen Mäkelä"], w),
        (*where, None, "Primăria Iași", None, "Public authorities", None, False, p["Ștefan Ascuns"], w),
    ]
    q = small.questions
    dim = "Leadership and governance of the local digital ecosystem"
    assert [r[:12] for r in rows(book, "Responses")] == [
        (*where, dim, q[0].code, q[0].text, "Consensus", 2, 4, 2, "=SUM(A1:A9)", q[0].id, None),
        (*where, dim, q[0].code, q[0].text, "Paweł Łukasiewicz", 1, 3, 2, None, q[0].id, p["Paweł Łukasiewicz"]),
        (*where, dim, q[1].code, q[1].text, "Consensus", 3, 5, 2, None, q[1].id, None),
        (*where, dim, q[2].code, q[2].text, "Consensus", None, 3, None, None, q[2].id, None),
    ]
    scores = rows(book, "Scores")
    assert len(scores) == 7
    assert scores[0][:12] == (*where, dim, 2.5, 4.0, 1.5, 2.5, 4.0, 0.5, 2, 1, "Consensus")
    assert all(r[3:9] == (None,) * 6 and r[9:12] == (0, 0, None) for r in scores[1:])
    assert rows(book, "Needs") == [
        (*where, 1, FORMULA_NEED, None, None, None, None, "Must have", None, 5, 4.5, 4.0, 18.0, "Quick wins",
         n[FORMULA_NEED], w),
        (*where, 2, "@risk register", None, None, None, None, "Should have", None, 3, 2.0, 5.0, 10.0, "Fill-ins",
         n["@risk register"], w),
        (*where, 3, "-minus need", None, None, None, None, "Could have", None, 1, None, None, None, None,
         n["-minus need"], w),
    ]
    assert [r[2:7] for r in rows(book, "Votes")] == [
        (FORMULA_NEED, "Jürgen Mäkelä", 2, 4, 4), (FORMULA_NEED, "Paweł Łukasiewicz", 3, 5, 4),
        ("@risk register", "Jürgen Mäkelä", 3, 2, 5), ("-minus need", "Tally", 1, None, None),
    ]
    objective_id = rows(book, "Objectives")[0][7]
    assert rows(book, "Objectives") == [(*where, 1, "Open data for everyone", None, 2, 150000, objective_id, w)]
    assert rows(book, "Actions") == [
        (*where, 1, "Open data for everyone", "Open data portal", None, None, "Primăria Iași", None,
         dt.datetime(2024, 4, 1), dt.datetime(2025, 3, 1), 120000, "European Regional Development Fund (ERDF)",
         "In progress", False, FORMULA_NEED, a["Open data portal"], objective_id, w),
        (*where, 2, "Open data for everyone", "Łódź-style data office", None, None, None, None,
         dt.datetime(2028, 1, 1), dt.datetime(2028, 6, 1), 30000, None, "Planned", False, None,
         a["Łódź-style data office"], objective_id, w),
        (*where, 3, None, "+ quick pilot", None, None, None, None, None, None, None, None, "Planned", True, None,
         a["+ quick pilot"], None, w),
    ]
    kpi = rows(book, "KPIs")
    assert kpi == [(*where, 1, "Open data portal", "Datasets published", "datasets", 0, 50, dt.datetime(2025, 3, 1),
                    kpi[0][9], a["Open data portal"], w)]


def test_formats_frozen_panes_filters_and_widths(small_book: tuple[Path, Any]) -> None:
    """Budgets in euros, months and dates as Excel dates; header styled, panes frozen, filters and widths set."""
    _, book = small_book
    actions = book["Actions"]
    assert actions["L2"].number_format == '#,##0 "€"' and actions["L2"].data_type == "n"
    assert actions["J2"].number_format == "mmm yyyy" and actions["J2"].is_date
    assert book["Workshops"]["D2"].number_format == "yyyy-mm-dd" and book["Workshops"]["D2"].is_date
    assert book["Objectives"]["G2"].number_format == '#,##0 "€"'
    assert book["Scores"]["D2"].number_format == "0.00"
    for name, columns in SHEETS.items():
        sheet = book[name]
        assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb.endswith("1F4E79")
        assert sheet.freeze_panes in ("B2", "C2")
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(columns)).column_letter}{sheet.max_row}"
        assert sheet.column_dimensions["A"].width == columns[0].width


def test_formula_guard(small_book: tuple[Path, Any]) -> None:
    """Text starting with = + - @ is stored as text with a quote prefix, and the file holds no formula at all."""
    path, book = small_book
    guarded = {FORMULA_NEED, "@risk register", "-minus need", "+ quick pilot", "+40 Tech SRL", "@city notes",
               "=SUM(A1:A9)"}
    found = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell.coordinate)
                    found.add(cell.value)
    assert found == guarded
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in package.read(name) and b"<f " not in package.read(name)


def test_error_lookalikes_stay_text(db: Database, small: SmallWorkshop, tmp_path: Path) -> None:
    """A need titled like a spreadsheet error ("#N/A") is written as text, not as an error value."""
    crud.create(db, Need, workshop_id=small.workshop_id, title="#N/A", position=9)
    book = load_workbook(export_workbook(db, small.workshop_id, tmp_path / "errors.xlsx"))
    (cell,) = [row[3] for row in book["Needs"].iter_rows(min_row=2) if row[3].value == "#N/A"]
    assert cell.data_type == "s"


def test_charts_and_validations(small_book: tuple[Path, Any]) -> None:
    """A native radar of the scores and a bar of the ranking; levels restricted to whole numbers 1–5."""
    path, book = small_book
    assert sorted(chart_kinds(path)) == ["barChart", "radarChart"]
    with zipfile.ZipFile(path) as package:
        radar = package.read("xl/charts/chart1.xml").decode()
    assert "'Scores'!$D$2:$D$8" in radar and "'Scores'!$E$2:$E$8" in radar and "'Charts'!$AD$1:$AD$7" in radar
    charts = book["Charts"]  # the spokes' names: the Scores sheet's dimensions, wrapped, in a hidden column
    names = [charts.cell(row, 30).value for row in range(1, 8)]
    assert [n.replace("\n", " ") for n in names] == [r[2] for r in rows(book, "Scores")]
    assert any("\n" in n for n in names) and charts.column_dimensions["AD"].hidden
    for name, ref in (("Responses", "G2:G5 H2:H5"), ("Votes", "F2:F5 G2:G5")):
        validations = book[name].data_validations.dataValidation
        assert len(validations) == 1
        v = validations[0]
        assert (v.type, v.operator, v.formula1, v.formula2, str(v.sqref)) == ("whole", "between", "1", "5", ref)


def test_all_workshops_match_the_database(demo_db: Database, tmp_path: Path) -> None:
    """`--all`: every live row of every workshop is in the workbook, with a programme summary and its radars."""
    path = export_all(demo_db, tmp_path / "all.xlsx")
    book = load_workbook(path, read_only=True)
    with demo_db.session() as session:
        counts = {
            "Workshops": len(session.exec(select(Workshop).where(col(Workshop.deleted_at).is_(None))).all()),
            "Participants": len(session.exec(select(Participant).where(col(Participant.deleted_at).is_(None))).all()),
            "Responses": len(session.exec(select(Response).where(col(Response.deleted_at).is_(None))).all()),
            "Needs": len(session.exec(select(Need).where(col(Need.deleted_at).is_(None))).all()),
            "Votes": len(session.exec(select(Vote).where(col(Vote.deleted_at).is_(None))).all()),
            "Actions": len(session.exec(select(Action).where(col(Action.deleted_at).is_(None))).all()),
            "KPIs": len(session.exec(select(Kpi).where(col(Kpi.deleted_at).is_(None))).all()),
        }
    assert book.sheetnames == ["Summary", "Cohort", *SHEETS, "Charts"]
    for name, expected in counts.items():
        assert len(rows(book, name)) == expected, name
    ids = [r[-1] for r in rows(book, "Responses")]
    assert len(set(ids)) == counts["Workshops"]  # grouped: each workshop's rows together
    assert ids == sorted(ids, key=ids.index)
    summary = rows(book, "Summary")
    assert summary and all(0 < r[3] <= 5 and 0 < r[4] <= 5 for r in summary if r[2])
    book.close()
    assert "radarChart" in chart_kinds(path)


def test_sheets_split_at_the_row_limit(db: Database, small: SmallWorkshop, tmp_path: Path) -> None:
    """Past `max_rows` a sheet continues in "Name (2)", header repeated, rows in order, nothing lost."""
    make_small_workshop(db)  # a second city named Iași, to have more rows
    whole = load_workbook(export_all(db, tmp_path / "whole.xlsx"))
    split = load_workbook(export_all(db, tmp_path / "split.xlsx", max_rows=4))
    assert "Responses (2)" in split.sheetnames and "Participants (2)" in split.sheetnames
    for name in SHEETS:
        parts = [s for s in split.sheetnames if s == name or s.startswith(f"{name} (")]
        assert [c.value for c in split[parts[-1]][1]] == [c.value for c in whole[name][1]]
        assert all(split[p].max_row - 1 <= 4 for p in parts)
        assert [r for p in parts for r in rows(split, p)] == rows(whole, name), name
        assert all(split[p].auto_filter.ref for p in parts)


def test_cancel_unknown_workshop_and_cli(db: Database, small: SmallWorkshop, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Cancel leaves no file; unknown workshop raises; the CLI writes both kinds of workbook."""
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        export_all(db, out / "all.xlsx", cancelled=lambda: True)
    ticks: list[int] = []
    with pytest.raises(ExportCancelled):
        export_workbook(db, small.workshop_id, out / "one.xlsx", progress=lambda d, t: ticks.append(d),
                        cancelled=lambda: len(ticks) >= 2)
    with pytest.raises(NotFoundError):
        export_workbook(db, "nope", out / "one.xlsx")
    assert list(out.iterdir()) == []
    assert cli.main(["export", "xlsx", "--workshop", small.workshop_id[:6], "--db", str(db.path),
                     "-o", str(out / "one.xlsx")]) == 0
    assert cli.main(["export", "xlsx", "--all", "--db", str(db.path), "-o", str(out / "all.xlsx")]) == 0
    assert load_workbook(out / "one.xlsx")["Cities"]["A2"].value == "Iași"
    assert load_workbook(out / "all.xlsx").sheetnames[0] == "Summary"
    capsys.readouterr()
    assert cli.main(["export", "xlsx", "--workshop", "zz", "--all", "--db", str(db.path), "-o", "x.xlsx"]) == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_every_sheet_prints(small_book: tuple[Path, Any]) -> None:
    """Page setup on every sheet: one page wide, header row repeated, ids outside the print area; properties named."""
    _, book = small_book
    for name, columns in SHEETS.items():
        sheet = book[name]
        printed = [c for c in columns if c.kind != "id"]
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1, name
        assert sheet.page_setup.fitToHeight == 0 and sheet.page_setup.orientation in ("landscape", "portrait")
        assert sheet.print_title_rows == "$1:$1" or sheet.print_title_rows == "1:1"
        assert sheet.print_area.split("!")[1].startswith(f"$A$1:${sheet.cell(1, len(printed)).column_letter}$"), name
        assert all(not str(sheet.cell(1, i + 1).value).endswith(" id") for i in range(len(printed)))
        assert sheet["A1"].font.name == "Calibri" and sheet["A1"].font.b
    assert book.properties.creator.startswith("ICC Workshop ") and "openpyxl" not in book.properties.creator
    assert book.properties.title == "Iași: Smart Iași workshop"
    charts = book["Charts"]
    assert len(charts._charts) == 2 and [b.id for b in charts.row_breaks.brk] == [30]


def test_budget_and_timeline_sheets(db: Database, small: SmallWorkshop, small_book: tuple[Path, Any]) -> None:
    """Budget by objective, funding source and year adds up to the actions' budgets; the timeline lists every action."""
    _, book = small_book
    budget = rows(book, "Budget")
    # Open data portal: €120,000 from Apr 2024 to Mar 2025 (9 + 3 months); data office €30,000 in 2028
    assert [(r[2], r[3], r[4], r[5]) for r in budget] == [
        ("Open data for everyone", "European Regional Development Fund (ERDF)", 2024, 90000),
        ("Open data for everyone", "European Regional Development Fund (ERDF)", 2025, 30000),
        ("Open data for everyone", None, 2028, 30000)]
    with db.session() as session:
        actions = [a for a in crud.live(session, Action, workshop_id=small.workshop_id)]
    assert sum(r[5] for r in budget) == sum(a.budget_eur or 0 for a in actions if a.status != "cancelled")
    timeline = rows(book, "Timeline")
    assert [r[4] for r in timeline] == ["Open data portal", "Łódź-style data office", "+ quick pilot"]
    assert [r[7] for r in timeline] == [12, 6, None]


def test_cohort_sheet_in_the_programme_workbook(demo_db: Database, tmp_path: Path) -> None:
    """--all: a Cohort sheet with city × dimension current/target (colour scale), budgets per city, counts."""
    book = load_workbook(export_all(demo_db, tmp_path / "all.xlsx"))
    cohort = book["Cohort"]
    values = [[c.value for c in row] for row in cohort.iter_rows()]
    assert values[0][0].startswith("Maturity by city and dimension")
    scores = {(r[0], r[1], r[2]): (r[3], r[4]) for r in rows(book, "Scores")}
    header = values[1]
    first_dimension = header[2].rsplit(":", 1)[0]
    for row in values[2:]:
        if row[0] is None:
            break
        assert (row[2], row[3]) == pytest.approx(scores[(row[0], row[1], first_dimension)])
    assert cohort.conditional_formatting
    titles = [r[0] for r in values if r[0] and str(r[0]).startswith(("Budget by", "Cities and", "Needs and"))]
    assert titles == ["Budget by funding source and city (EUR, cancelled actions left out)",
                      "Cities and workshops by country", "Cities and workshops by edition",
                      "Needs and actions by thematic track"]
    budget_total = sum(r[5] for r in rows(book, "Budget"))
    start = next(i for i, r in enumerate(values) if r[0] and str(r[0]).startswith("Budget by")) + 2
    city_totals = []
    for row in values[start:]:
        if row[0] is None:
            break
        city_totals.append([v for v in row if v is not None][-1])
    assert sum(city_totals) == budget_total


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed; make test installs "
                                              "libreoffice-calc-nogui")
def test_workbook_prints_on_few_pages_with_whole_charts(small_book: tuple[Path, Any], tmp_path: Path) -> None:
    """Printed by LibreOffice: a handful of pages, each chart whole on its own page, no ids on paper."""
    import subprocess

    path, _ = small_book
    subprocess.run([str(soffice()), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(path)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "out" / f"{path.stem}.pdf"
    pages = int(run_poppler("pdfinfo", str(pdf)).split("Pages:")[1].split()[0])
    assert pages <= 18  # the follow-up sheets (progress, notes, measurements, rounds) print a page each at most
    texts = [run_poppler("pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-") for n in range(1, pages + 1)]
    assert "Maturity: Smart Iași workshop" in texts[-2] and "Dots per need" in texts[-1]
    assert not any("Workshop id" in text or "Question id" in text for text in texts)


def test_long_texts_wrap_in_rows_tall_enough_to_show_them(db: Database, small: SmallWorkshop, tmp_path: Path) -> None:
    """A long description wraps in its column (top-aligned) and its row says a height with enough lines
    for it (LibreOffice does not grow rows on opening); short rows keep the default height."""
    words = " ".join(f"word{n}" for n in range(120))  # about 800 characters
    crud.update(db, Need, small.needs["@risk register"], description=words + "\nA second paragraph.")
    book = load_workbook(export_workbook(db, small.workshop_id, tmp_path / "w.xlsx"))
    sheet = book["Needs"]
    header = [c.value for c in sheet[1]]
    column = header.index("Description") + 1
    width = SHEETS["Needs"][column - 1].width
    (row,) = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, column).value == words + "\nA second paragraph."]
    cell = sheet.cell(row, column)
    assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
    lines = len(words) / width + 1  # at most one character a width unit, plus the second paragraph
    assert sheet.row_dimensions[row].height >= 15 * lines, (sheet.row_dimensions[row].height, lines)
    assert sheet.row_dimensions[row].height <= 409  # Excel's tallest row
    (short,) = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, header.index("Need") + 1).value == "-minus need"]
    assert sheet.row_dimensions[short].height in (None, 15)


def _frame(png: Path) -> tuple[int, int, int, int]:
    """The chart frame on a page rendered at 72 dpi: (left, top, right, bottom) of its long grey lines."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    width, height = image.size
    pixels = image.load()

    def grey(x: int, y: int) -> bool:
        r, g, b = pixels[x, y]
        return r < 235 and abs(r - g) < 12 and abs(g - b) < 12

    def longest(cells: Any) -> int:
        run = best = 0
        for cell in cells:
            run = run + 1 if grey(*cell) else 0
            best = max(best, run)
        return best

    columns = [x for x in range(width) if longest((x, y) for y in range(height)) > 150]
    left, right = columns[0], columns[-1]
    # the frame's top and bottom edges are as long as the frame is wide (the page's rule under it is longer)
    rows = [y for y in range(height) if abs(longest((x, y) for x in range(width)) - (right - left + 1)) <= 3]
    return left, rows[0], right, rows[-1]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed; make test installs "
                                              "libreoffice-calc-nogui")
@pytest.mark.parametrize("language", ["en", "de"])
def test_radar_labels_stay_inside_the_chart_in_libreoffice(db: Database, small: SmallWorkshop, tmp_path: Path,
                                                           language: str) -> None:
    """Printed by LibreOffice, the maturity radar's dimension names (long, in English and German) stay inside
    the chart's frame instead of running out of it."""
    import re
    import subprocess

    path = export_workbook(db, small.workshop_id, tmp_path / "w.xlsx", language=language)
    subprocess.run([str(soffice()), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(path)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "out" / "w.pdf"
    pages = int(run_poppler("pdfinfo", str(pdf)).split("Pages:")[1].split()[0])
    title = {"en": "Maturity:", "de": "Reifegrad:"}[language]
    page = next(n for n in range(1, pages + 1)
                if title in run_poppler("pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"))
    run_poppler("pdftoppm", "-png", "-r", "72", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                str(tmp_path / "radar"))
    left, top, right, bottom = _frame(tmp_path / "radar.png")
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
                       run_poppler("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"))
    inside = [w for w in words if float(w[1]) < bottom]  # the page's footer is below the chart
    assert len(inside) > 20
    outside = [w[4] for w in inside if float(w[0]) < left or float(w[2]) > right or float(w[1]) < top]
    assert outside == [], (left, top, right, bottom, outside)
