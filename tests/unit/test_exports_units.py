"""Pieces of the exports that need no document: the catalogue, cell guards, level parsing, atomic writes, the reader."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import string
from pathlib import Path

import pytest
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlmodel import select

from icc_desktop.errors import ExportCancelled, ExportError
from icc_desktop.exports.charts import BOLD, FONT
from icc_desktop.exports.common import Steps, atomic_output
from icc_desktop.exports.i18n import CATALOGUE, LANGUAGES, Translator
from icc_desktop.exports.pdf import CELL_PADDING, TABLES, register_fonts
from icc_desktop.exports.template import _level
from icc_desktop.exports.xlsx import guard_text
from icc_desktop.exports.xlsx_reader import Formula, XlsxFormatError, XlsxReader
from icc_desktop.models import Question, Response
from icc_desktop.resources import load_json
from icc_desktop.services.multilingual import reference_texts
from icc_desktop.services.scoring import (
    dimension_scores,
    framework_dimensions,
    framework_questions,
    summarise_scores,
)
from icc_desktop.services.workshops import set_response
from icc_desktop.store.db import Database
from tests.factories import make_workshop


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}

FUNDING_CODES = [item["code"] for item in load_json("reference.json")["lists"]["funding_source"]]


def test_catalogue_is_complete_in_every_language() -> None:
    """Every report string exists in English, French and German, with the same placeholders."""
    assert len(LANGUAGES) == 3
    for key, texts in CATALOGUE.items():
        assert len(texts) == 3 and all(t.strip() for t in texts), key
        assert _fields(texts[0]) == _fields(texts[1]) == _fields(texts[2]), key
        if key.endswith("_one"):
            assert key[:-4] in CATALOGUE, key
            assert _fields(texts[0]) <= _fields(CATALOGUE[key[:-4]][0]), key


def test_singular_and_plural() -> None:
    """`count=1` picks the singular wording; other counts the plural."""
    for language, one, many in (("en", "1 person", "3 people"), ("fr", "1 personne", "3 personnes"),
                                ("de", "1 Person", "3 Personen")):
        t = Translator(language)
        assert (t("n_people", count=1), t("n_people", count=3)) == (one, many)
    assert Translator("en")("checks_intro", count=1).startswith("1 point needs")
    with pytest.raises(ValueError, match="language must be one of en, fr, de"):
        Translator("it")


@pytest.mark.parametrize("page", [A4, LETTER], ids=["A4", "letter"])
def test_table_headers_and_labels_fit_their_columns(page: tuple[float, float]) -> None:
    """No header or fixed label word of any PDF table is wider than its column, in any language."""
    register_fonts()
    width = page[0] - 4 * cm
    for language in LANGUAGES:
        t = Translator(language)
        for table in TABLES:
            assert sum(c.width for c in table) == pytest.approx(1.0, abs=0.011)
            for column in table:
                room = column.width * width - 2 * CELL_PADDING
                for word in t(column.header).split():
                    assert stringWidth(word, BOLD, 8) <= room, (language, column.header, word)
                labels = [t(k) for k in CATALOGUE if any(k.startswith(f"{p}_") for p in column.labels)]
                if "funding_source" in column.labels:
                    labels += [reference_texts().label("funding_source", code, None, language).text
                               for code in FUNDING_CODES]
                for label in labels:
                    # cells may break after a hyphen inside a word (embeddedHyphenation)
                    for word in re.split(r"\s+|(?<=-)", label):
                        assert stringWidth(word, FONT, 8) <= room, (language, column.header, word)


def test_formula_guard_and_illegal_characters() -> None:
    """Text starting with = + - @ needs the guard; XML-illegal control characters are dropped."""
    for text in ("=SUM(A1)", "+33 1 23", "-minus", "@mention", '=HYPERLINK("x")'):
        assert guard_text(text) is None
    assert guard_text("Łódź = data") == "Łódź = data"
    assert guard_text("bell\x07 and nul\x00") == "bell and nul"
    assert guard_text("\x01=hidden") is None  # the guard looks at the cleaned text


@pytest.mark.parametrize(("cell", "level"), [
    (None, None), ("", None), ("  ", None), (3, 3), (1.0, 1), (" 4 ", 4), ("5.0", 5), ("2,0", 2),
])
def test_level_cells_that_are_accepted(cell: object, level: int | None) -> None:
    """Numbers, whole floats and numbers typed as text are levels; blanks are unknown."""
    assert _level(cell) == (level, None)


@pytest.mark.parametrize(("cell", "message"), [
    (0, "level 0 is out of range"), (6, "level 6 is out of range"), (-1, "level -1 is out of range"),
    (2.5, "2.5 is not a whole number"), (math.nan, "nan is not a whole number"),
    (math.inf, "inf is not a whole number"), ("high", "“high” is not a level"), (True, "“True” is not a level"),
    (dt.date(2024, 1, 1), "“2024-01-01” is not a level"), ("7", "level 7 is out of range"),
])
def test_level_cells_that_are_refused(cell: object, message: str) -> None:
    """Anything else is a problem with a message saying what was found."""
    level, error = _level(cell)
    assert level is None and error is not None and message in error


def test_steps_report_and_cancel() -> None:
    """Progress never passes the total and reaches it at the end; a cancel raises ExportCancelled."""
    seen: list[tuple[int, int]] = []
    steps = Steps(2, lambda d, t: seen.append((d, t)), None)
    steps.advance(5)
    steps.grow(4)
    steps.advance()
    steps.finish()
    assert seen == [(2, 2), (3, 4), (4, 4)]
    with pytest.raises(ExportCancelled):
        Steps(3, None, lambda: True).advance()


def test_atomic_output_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    """A failure inside the block leaves the previous file and no temporary file; success replaces it."""
    target = tmp_path / "report.pdf"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_text("half")
        raise RuntimeError("boom")
    assert target.read_text() == "old" and list(tmp_path.iterdir()) == [target]
    with atomic_output(target) as temp:
        temp.write_text("new")
    assert target.read_text() == "new" and list(tmp_path.iterdir()) == [target]
    with pytest.raises(ExportError, match="is a folder"):
        atomic_output(tmp_path).__enter__()


def test_reader_reads_what_spreadsheets_write(tmp_path: Path) -> None:
    """Shared and inline strings, numbers, booleans, dates and sparse rows come back as written."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Évaluation"
    sheet["A1"], sheet["B1"], sheet["C1"] = "Łódź", 3, 2.5
    sheet["A2"], sheet["B2"] = True, dt.datetime(2024, 5, 1)
    sheet["D4"] = "=1+1"
    book.create_sheet("_icc")["A1"] = "format"
    book.save(tmp_path / "a.xlsx")
    streamed = Workbook(write_only=True)  # write-only mode writes inline strings
    ws = streamed.create_sheet("S")
    ws.append(["inline ș", None, 7])
    streamed.save(tmp_path / "b.xlsx")
    with XlsxReader(tmp_path / "a.xlsx") as reader:
        assert list(reader.sheets) == ["Évaluation", "_icc"]
        # a formula comes back as a Formula (never as a plain value); openpyxl stores no result for it
        rows = list(reader.rows("Évaluation"))
        assert rows[:2] == [(1, {1: "Łódź", 2: 3, 3: 2.5}), (2, {1: True, 2: dt.datetime(2024, 5, 1)})]
        ((row, cells),) = rows[2:]
        assert row == 4 and isinstance(cells[4], Formula) and (cells[4].text, cells[4].cached) == ("=1+1", None)
        assert list(reader.rows("Évaluation", {2})) == [(1, {2: 3}), (2, {2: dt.datetime(2024, 5, 1)})]
    with XlsxReader(tmp_path / "b.xlsx") as reader:
        assert list(reader.rows("S")) == [(1, {1: "inline ș", 3: 7})]
    (tmp_path / "c.xlsx").write_bytes(b"not a zip")
    with pytest.raises(XlsxFormatError, match="not a zip package"):
        XlsxReader(tmp_path / "c.xlsx")


def test_summarise_scores_agrees_with_dimension_scores(db: Database) -> None:
    """The pure scoring used by the programme workbook gives what `dimension_scores` gives."""
    workshop = make_workshop(db)
    with db.session() as session:
        pairs = framework_questions(session, workshop.framework_id)
        dimensions = framework_dimensions(session, workshop.framework_id)
    questions: list[Question] = [q for _, q in pairs]
    for index, question in enumerate(questions[:9]):
        set_response(db, workshop.id, question.id, current_level=index % 5 + 1,
                     target_level=None if index == 4 else 5)
    with db.session() as session:
        responses = [r for r in session.exec(select(Response)).all() if r.participant_id is None]
    assert summarise_scores(dimensions, pairs, responses) == dimension_scores(db, workshop.id)


def test_shown_scores_round_halves_up_and_the_gap_is_the_difference_shown() -> None:
    """3.25 reads 3.3 and 3.75 reads 3.8 (as readers round); a gap reads as the shown target minus the
    shown current, so 2.5 → 3.75 shows a gap of 1.3 (not 1.25 rounded alone to 1.2)."""
    from icc_desktop.exports.i18n import Translator

    t = Translator("fr")
    assert [t.decimal(v) for v in (3.25, 3.75, 1.25, 2.45, 1.2000000000000002, -0.25)] == \
        ["3,3", "3,8", "1,3", "2,5", "1,2", "-0,3"]
    assert t.gap(2.5, 3.75, 1.25) == "1,3"
    assert t.gap(2.34, 3.46, 1.12) == "1,2"  # 3,5 − 2,3 as printed
    assert t.gap(None, 3.0, None) == t.decimal(None)


def test_gantt_parts_repeat_the_objective_and_never_end_on_a_heading() -> None:
    """Timeline parts: a part starting mid-objective repeats its heading; a heading is never last in a part."""
    from icc_desktop.exports.charts import GanttRow, gantt_parts

    def heading(n: int) -> GanttRow:
        return GanttRow(f"O{n}", kind="heading")

    def bar(n: int) -> GanttRow:
        return GanttRow(f"a{n}", dt.date(2024, 1, 1), dt.date(2024, 6, 1))

    rows = [heading(1), *[bar(n) for n in range(5)], heading(2), *[bar(n) for n in range(5, 8)]]
    parts = gantt_parts(rows, 6, lambda title: f"{title} (cont.)")
    assert [[r.label for r in part] for part in parts] == [
        ["O1", "a0", "a1", "a2", "a3", "a4"], ["O2", "a5", "a6", "a7"]]
    parts = gantt_parts(rows, 4, lambda title: f"{title} (cont.)")
    assert [[r.label for r in part] for part in parts] == [
        ["O1", "a0", "a1", "a2"], ["O1 (cont.)", "a3", "a4"], ["O2", "a5", "a6", "a7"]]
    assert all(len(part) <= 4 and part[-1].kind != "heading" for part in parts)


def test_each_radar_names_its_spokes_beside_its_own_chart() -> None:
    """The Charts sheet's hidden names column holds each radar's wrapped names in that chart's block of rows."""
    from openpyxl.chart import RadarChart

    from icc_desktop.exports.xlsx import CHART_ROWS, _ChartSheet

    book = Workbook(write_only=True)
    charts = _ChartSheet.create(book, "Charts")
    first = charts.spoke_names(["Leadership and governance of the local digital ecosystem", "Digital uptake"])
    charts.place(RadarChart())
    second = charts.spoke_names(["Energy"])
    assert (first.min_row, first.max_row, second.min_row, second.max_row) == (1, 2, CHART_ROWS + 1, CHART_ROWS + 1)
    assert first.min_col == second.min_col == 30 and charts.ws.column_dimensions["AD"].hidden
    book.save(io.BytesIO())  # writes and closes the sheet's temporary rows
