"""Excel workbooks (openpyxl): one workshop for the city, or every workshop for the programme office.

Both are written by one streaming writer in openpyxl's write-only mode, so memory stays flat
however many workshops the database holds: each table is read once, in workshop order, and
each workshop's rows are written (and forgotten) before the next workshop's are read.

Sheets: Cities, Workshops, Participants, Responses, Scores, Needs, Votes, Objectives, Actions,
KPIs; a sheet that would pass Excel's row limit continues in "Responses (2)" and so on. Each has
a styled header row, frozen panes, an autofilter and column widths; dates and months are Excel
dates, budgets are numbers in a euro format, booleans are Excel booleans. A one-workshop workbook
has a radar chart of the scores and a bar chart of the ranking; the programme workbook has a
Summary sheet with the mean scores per dimension and a radar per framework.

Text a user typed that starts with `=`, `+`, `-` or `@` is written as text (with Excel's quote
prefix), never as a formula; characters XML cannot hold are dropped.

Names of participants appear only where they consented to be named (e-mail addresses likewise).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, RadarChart, Reference, Series
from openpyxl.chart._chart import ChartBase
from openpyxl.chart.data_source import AxDataSource, NumFmt, StrRef
from openpyxl.chart.layout import Layout, ManualLayout
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import Select, select
from sqlalchemy.engine import Connection
from sqlmodel import col

from icc_desktop import __version__, vocabulary
from icc_desktop.errors import ExportError
from icc_desktop.exports.common import CancelCheck, ProgressCallback, Steps, atomic_output
from icc_desktop.exports.i18n import Translator
from icc_desktop.exports.sheet_words import header as _header
from icc_desktop.exports.sheet_words import sheet_name as _sheet_name
from icc_desktop.exports.sheet_xml import FORMULA_TRIGGERS, RowFile, TallRowStyles, splice_rows
from icc_desktop.models import (
    Action,
    AssessmentRound,
    City,
    Dimension,
    Framework,
    Kpi,
    KpiMeasurement,
    Need,
    Objective,
    Participant,
    ProgressNote,
    Question,
    ReferenceItem,
    Response,
    RoundAnswer,
    Vote,
    Workshop,
)
from icc_desktop.services import crud
from icc_desktop.services.lookups import localize_framework
from icc_desktop.services.multilingual import framework_texts, reference_texts
from icc_desktop.services.ranking import summarise
from icc_desktop.services.scoring import framework_dimensions, framework_questions, summarise_scores
from icc_desktop.store.db import Database

EXCEL_MAX_DATA_ROWS = 1_048_575
"""Excel's 1,048,576 rows per sheet, less the header row."""


MAX_RANKING_BARS = 15
"""The bar chart of a one-workshop workbook shows at most this many needs."""

EUR_FORMAT = '#,##0 "€"'
MONTH_FORMAT = "mmm yyyy"
DATE_FORMAT = "yyyy-mm-dd"
DECIMAL_FORMAT = "0.00"
NUMBER_FORMAT = "#,##0.##"

_HEADER_FONT = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
"""A named font: a cell style without a name is shown in whatever the spreadsheet's default is."""
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
WRAPPED_KINDS = ("text", "label")
"""Columns whose texts wrap when long (user text and our words); the others hold numbers, dates and ids."""
_FORMATS = {"eur": EUR_FORMAT, "month": MONTH_FORMAT, "date": DATE_FORMAT, "decimal": DECIMAL_FORMAT,
            "number": NUMBER_FORMAT}


@dataclass(frozen=True)
class Column:
    """A sheet column: header, width (in characters) and kind, which sets the cell type and format.

    Kinds: text (user text: guarded against formulas), label (our own words), int, level,
    decimal, number, eur, date, month, bool, id.
    """

    header: str = field(compare=False)
    """What the reader sees, in the export's language (`localized`)."""
    width: float
    kind: str = "text"
    key: str = ""
    """The English header: the stable name code, tests and the CSV files use, whatever the language."""


def _c(header: str, width: float, kind: str = "text") -> Column:
    return Column(header, width, kind, header)


def localized(columns: Sequence[Column], language: str) -> tuple[Column, ...]:
    """`columns` with their headers in `language` (keys, widths and kinds unchanged)."""
    return tuple(replace(c, header=_header(c.key, language)) for c in columns)


_WHERE = (_c("City", 18, "label"), _c("Workshop", 26))
SHEETS: dict[str, tuple[Column, ...]] = {
    "Cities": (_c("City", 20), _c("Country", 9, "label"), _c("Region", 20), _c("Population", 12, "int"),
               _c("Edition", 10, "label"), _c("Role", 14, "label"), _c("Notes", 30), _c("City id", 38, "id")),
    "Workshops": (*_WHERE, _c("Country", 9, "label"), _c("Date", 12, "date"), _c("Venue", 22), _c("Facilitator", 20),
                  _c("Status", 12, "label"), _c("Framework", 30, "label"), _c("Horizon (years)", 10, "int"),
                  _c("Dots per participant", 12, "int"), _c("Participants", 12, "int"), _c("Vision", 50),
                  _c("Notes", 30), _c("Workshop id", 38, "id"), _c("City id", 38, "id")),
    "Participants": (*_WHERE, _c("Name", 24), _c("Organisation", 30), _c("Role", 20),
                     _c("Stakeholder group", 22, "label"), _c("E-mail", 26), _c("Consent to be named", 12, "bool"),
                     _c("Participant id", 38, "id"), _c("Workshop id", 38, "id")),
    "Responses": (*_WHERE, _c("Dimension", 30, "label"), _c("Question code", 12, "label"), _c("Question", 50, "label"),
                  _c("Participant", 22), _c("Current level", 10, "level"), _c("Target level", 10, "level"),
                  _c("Gap", 8, "int"), _c("Evidence", 40), _c("Question id", 38, "id"), _c("Participant id", 38, "id"),
                  _c("Workshop id", 38, "id")),
    "Scores": (*_WHERE, _c("Dimension", 34, "label"), _c("Current", 10, "decimal"), _c("Target", 10, "decimal"),
               _c("Gap", 10, "decimal"), _c("Median current", 10, "decimal"), _c("Median target", 10, "decimal"),
               _c("Spread", 10, "decimal"), _c("Answers", 10, "int"), _c("Unknown", 10, "int"),
               _c("Source", 12, "label"), _c("Dimension id", 38, "id"), _c("Workshop id", 38, "id")),
    "Needs": (*_WHERE, _c("Rank", 7, "int"), _c("Need", 34), _c("Description", 40), _c("Track", 24, "label"),
              _c("Transversal service", 22, "label"), _c("Dimension", 26, "label"), _c("MoSCoW", 14, "label"),
              _c("SWOT", 12, "label"), _c("Dots", 7, "int"), _c("Impact", 9, "decimal"), _c("Feasibility", 10, "decimal"),
              _c("Impact × feasibility", 11, "decimal"), _c("Quadrant", 16, "label"), _c("Need id", 38, "id"),
              _c("Workshop id", 38, "id")),
    "Votes": (*_WHERE, _c("Need", 34), _c("Participant", 22), _c("Dots", 7, "int"), _c("Impact", 8, "level"),
              _c("Feasibility", 10, "level"), _c("Vote id", 38, "id"), _c("Need id", 38, "id"),
              _c("Participant id", 38, "id"), _c("Workshop id", 38, "id")),
    "Objectives": (*_WHERE, _c("No.", 6, "int"), _c("Objective", 40), _c("Description", 50), _c("Actions", 9, "int"),
                   _c("Budget", 14, "eur"), _c("Objective id", 38, "id"), _c("Workshop id", 38, "id")),
    "Actions": (*_WHERE, _c("No.", 6, "int"), _c("Objective", 30), _c("Action", 34), _c("Description", 40),
                _c("Track", 24, "label"), _c("Lead organisation", 26), _c("Partners", 30), _c("Start", 10, "month"),
                _c("End", 10, "month"), _c("Budget", 14, "eur"), _c("Funding source", 24, "label"),
                _c("Status", 12, "label"), _c("Quick win", 9, "bool"), _c("Need", 30), _c("Action id", 38, "id"),
                _c("Objective id", 38, "id"), _c("Workshop id", 38, "id")),
    "KPIs": (*_WHERE, _c("Action no.", 8, "int"), _c("Action", 30), _c("KPI", 34), _c("Unit", 12),
             _c("Baseline", 12, "number"), _c("Target", 12, "number"), _c("Target date", 12, "date"),
             _c("KPI id", 38, "id"), _c("Action id", 38, "id"), _c("Workshop id", 38, "id")),
    "Budget": (*_WHERE, _c("Objective", 34), _c("Funding source", 26, "label"), _c("Year", 8, "int"),
               _c("Budget", 14, "eur"), _c("Actions", 9, "int"), _c("Workshop id", 38, "id")),
    "Timeline": (*_WHERE, _c("No.", 6, "int"), _c("Objective", 30), _c("Action", 34), _c("Start", 10, "month"),
                 _c("End", 10, "month"), _c("Months", 8, "int"), _c("Status", 12, "label"),
                 _c("Quick win", 9, "bool"), _c("Action id", 38, "id"), _c("Workshop id", 38, "id")),
    "Progress": (*_WHERE, _c("Action no.", 8, "int"), _c("Action", 34), _c("Status", 12, "label"),
                 _c("% done", 8, "int"), _c("Planned start", 10, "month"), _c("Planned end", 10, "month"),
                 _c("Start", 10, "month"), _c("End", 10, "month"), _c("Months late", 9, "int"),
                 _c("Action id", 38, "id"), _c("Workshop id", 38, "id")),
    "Progress notes": (*_WHERE, _c("Action", 34), _c("Date", 12, "date"), _c("Status", 12, "label"),
                       _c("% done", 8, "int"), _c("Note", 50), _c("Note id", 38, "id"), _c("Action id", 38, "id"),
                       _c("Workshop id", 38, "id")),
    "KPI measurements": (*_WHERE, _c("KPI", 34), _c("Unit", 12), _c("Better", 8, "label"), _c("Date", 12, "date"),
                         _c("Value", 12, "number"), _c("Baseline", 12, "number"), _c("Target", 12, "number"),
                         _c("Note", 30), _c("Measurement id", 38, "id"), _c("KPI id", 38, "id"),
                         _c("Workshop id", 38, "id")),
    "Rounds": (*_WHERE, _c("Round", 8, "label"), _c("Date", 12, "date"), _c("Dimension", 34, "label"),
               _c("Current", 10, "decimal"), _c("Target", 10, "decimal"), _c("Gap", 10, "decimal"),
               _c("Current change", 10, "decimal"), _c("Gap change", 10, "decimal"), _c("Dimension id", 38, "id"),
               _c("Workshop id", 38, "id")),
}
"""Every data sheet and its columns, in workbook order."""

SUMMARY_COLUMNS = (_c("Framework", 30, "label"), _c("Dimension", 36, "label"), _c("Workshops scored", 12, "int"),
                   _c("Mean current", 12, "decimal"), _c("Mean target", 12, "decimal"), _c("Mean gap", 12, "decimal"))


def header_height(headers: Sequence[tuple[str, float]]) -> float:
    """The height (points) of a header row whose wrapped texts (text, column width) all show whole.

    Spreadsheets do not grow a row to its wrapped text when they open a file (LibreOffice printed
    two-line headers cut in half), so the row says how tall it is.
    """
    lines = 1
    for text, width in headers:
        per_line = max(4, int((width - 1) / 1.2))  # bold Calibri 11: about 1.2 width units a letter
        lines = max(lines, len(textwrap.wrap(text, per_line, break_long_words=True)) or 1)
    return 15.0 * lines + 2


def guard_text(value: str) -> str | None:
    """`value` cleaned of characters XML cannot hold; None if it still needs the formula guard."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return None if value.startswith(FORMULA_TRIGGERS) else value


def set_up_printing(ws: Any, *, landscape: bool, title_rows: str | None = "1:1") -> None:
    """Page setup of a sheet: orientation, one page wide, the header row on every page, page numbers.

    Must run before the first row of a write-only sheet (its properties are written first).
    """
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4 (Letter printers scale it)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = False
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.left.text = "&A"  # the sheet's name and the page number: no words to translate
    ws.oddFooter.right.text = "&P / &N"


def _style_id(ws: WriteOnlyWorksheet, **style: Any) -> int:
    """The index of a cell style in the workbook's style table (added to it if new)."""
    cell = WriteOnlyCell(ws)
    for name, value in style.items():
        setattr(cell, name, value)
    return int(cell.style_id)


def _tall_row_styles(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> TallRowStyles:
    """The styles of a row whose long text wraps: user text and our words wrap, every cell at the top."""
    top, wrapped = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    top_texts, wrapped_texts = ((_style_id(ws, alignment=a), _style_id(ws, alignment=a, quotePrefix=True))
                                for a in (top, wrapped))
    wraps = [c.kind in WRAPPED_KINDS for c in columns]
    return TallRowStyles(
        numbers=[_style_id(ws, number_format=_FORMATS.get(c.kind, "General"), alignment=top) for c in columns],
        date=_style_id(ws, number_format=DATE_FORMAT, alignment=top),
        texts=[wrapped_texts if w else top_texts for w in wraps],
        wrap_widths=[c.width if w else 0 for c, w in zip(columns, wraps, strict=True)])


class _Sheet:
    """One logical sheet, continued in a new sheet at the row limit.

    openpyxl's write-only sheet holds the header row and the sheet's settings; the data rows go
    to a `RowFile` and are put into the package when it is saved (`sheet_xml.splice_rows`).
    """

    def __init__(self, book: Workbook, name: str, columns: Sequence[Column], max_rows: int) -> None:
        self._book = book
        self.name = name
        self.columns = tuple(columns)
        self.max_rows = max_rows
        self.parts: list[tuple[WriteOnlyWorksheet, int]] = []  # (sheet, data rows written)
        self.row_files: list[tuple[str, RowFile]] = []  # (sheet title, its data rows), part by part
        self._row_file: RowFile | None = None
        self._ws: WriteOnlyWorksheet | None = None
        self._rows = 0
        self._open_part()

    def _open_part(self) -> None:
        if self._ws is not None:
            self._close_part()
        number = len(self.parts) + 1
        title = self.name if number == 1 else f"{self.name} ({number})"
        ws: WriteOnlyWorksheet = self._book.create_sheet(title)
        for index, column in enumerate(self.columns, start=1):  # widths must precede the first row
            ws.column_dimensions[get_column_letter(index)].width = column.width
        printed = sum(c.width for c in self.columns if c.kind != "id")
        set_up_printing(ws, landscape=printed > 110)
        ws.freeze_panes = "C2" if self.columns[:2] == _WHERE else "B2"
        ws.row_dimensions[1].height = header_height([(c.header, c.width) for c in self.columns])
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(ws, value=column.header)
            cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
            header.append(cell)
        ws.append(header)
        # The data rows are written as XML text (sheet_xml) with openpyxl's own style indexes for
        # the columns' number formats, the quote prefix and a date in a column without a format.
        styles = [_style_id(ws, number_format=_FORMATS[c.kind]) if c.kind in _FORMATS else 0 for c in self.columns]
        row_file = RowFile(styles, _style_id(ws, number_format=DATE_FORMAT), _style_id(ws, quotePrefix=True),
                           tall=_tall_row_styles(ws, self.columns))
        self._ws, self._rows, self._row_file = ws, 0, row_file

    def _close_part(self) -> None:
        assert self._ws is not None
        last = get_column_letter(len(self.columns))
        self._ws.auto_filter.ref = f"A1:{last}{self._rows + 1}"
        # ids make rows traceable on screen; on paper they are noise (they are the last columns)
        printed = len([c for c in self.columns if c.kind != "id"])
        self._ws.print_area = f"A1:{get_column_letter(printed)}{self._rows + 1}"
        assert self._row_file is not None
        self.parts.append((self._ws, self._rows))
        self.row_files.append((self._ws.title, self._row_file))

    @property
    def sheet(self) -> WriteOnlyWorksheet:
        """The part being written."""
        assert self._ws is not None
        return self._ws

    def append(self, values: list[Any]) -> None:
        """Write one data row (values in column order)."""
        if self._rows >= self.max_rows:
            self._open_part()
        assert self._row_file is not None
        self._row_file.append(values)
        self._rows += 1

    def discard(self) -> None:
        """Delete the temporary files of the rows (written into the package, or the export stopped)."""
        for _title, row_file in self.row_files:
            row_file.close()
        if self._row_file is not None:
            self._row_file.close()

    def close(self) -> list[tuple[WriteOnlyWorksheet, int]]:
        """Finish the last part; return every part with its number of data rows."""
        self._close_part()
        self._ws = None
        return self.parts



class _Groups:
    """Rows of one table, streamed in workshop order and handed out one workshop at a time."""

    def __init__(self, rows: Iterator[Any]) -> None:
        self._rows = rows
        self._next: Any = next(self._rows, None)

    def take(self, workshop_id: str) -> list[Any]:
        """The rows of `workshop_id` (the streams and the workshops share one order)."""
        taken = []
        while self._next is not None and self._next.workshop_id == workshop_id:
            taken.append(self._next)
            self._next = next(self._rows, None)
        return taken


def _live(model: type[Any]) -> Any:
    return col(model.deleted_at).is_(None)


def _workshop_query(workshop_id: str | None) -> Select[Any, str, str]:
    query: Select[Any, str, str] = (
        select(Workshop.__table__, col(City.name).label("city_name"), col(City.country).label("city_country"))  # type: ignore[attr-defined]
        .join(City, col(City.id) == col(Workshop.city_id))
        .where(_live(Workshop), _live(City))
        .order_by(col(City.name), col(Workshop.date), col(Workshop.id))
    )
    return query.where(col(Workshop.id) == workshop_id) if workshop_id else query


def _table_stream(conn: Connection, model: type[Any], workshop_id: str | None) -> Iterator[Any]:
    """Live rows of a workshop-scoped table, in the order of `_workshop_query` (one pass, no buffering)."""
    query = (
        select(model.__table__)
        .join(Workshop, col(Workshop.id) == model.workshop_id)
        .join(City, col(City.id) == col(Workshop.city_id))
        .where(_live(model), _live(Workshop), _live(City))
        .order_by(col(City.name), col(Workshop.date), col(Workshop.id))
    )
    if workshop_id:
        query = query.where(col(Workshop.id) == workshop_id)
    return iter(conn.execute(query))


def _by_position(rows: list[Any]) -> list[Any]:
    return sorted(rows, key=lambda r: (r.position, r.created_at))


@dataclass
class _Frame:
    """What the writer knows across workshops: reference labels, frameworks, the summary sums."""

    t: Translator
    labels: dict[tuple[str, str], str]
    dimension_names: dict[str, str]
    frameworks: dict[str, tuple[str, list[Dimension], list[tuple[Dimension, Question]]]]
    sums: dict[tuple[str, str], list[float]]
    cohort: _Cohort | None = None
    """What the --all workbook's Cohort sheet gathers while the workshops stream past (None: one workshop)."""
    score_names: list[str] = field(default_factory=list)
    """The dimensions of the last workshop's Scores rows, in order (the one-workshop radar's spokes)."""

    def label(self, list_names: tuple[str, ...], code: str | None) -> str | None:
        if not code:
            return None
        for name in list_names:
            if (name, code) in self.labels:
                return reference_texts().label(name, code, self.labels[(name, code)], self.t.language).text
        return code


_TRACKS = ("track_2020", "sector_2023", "theme_2023")


def _person(t: Translator, people: dict[str, Any], participant_id: str | None, group: str = "wb_consensus") -> str:
    """Who answered or voted: `group` (the consensus, the facilitator's tally), a consenting name, or Anonymous."""
    if participant_id is None:
        return t(group)
    person = people.get(participant_id)
    return person.name if person is not None and person.consent else t("wb_anonymous")


def _write_workshop(sheets: dict[str, _Sheet], frame: _Frame, w: Any, groups: dict[str, _Groups]) -> None:
    """Append one workshop's rows to every sheet."""
    t = frame.t
    where = [w.city_name, w.title]
    participants = sorted(groups["participant"].take(w.id), key=lambda p: (p.stakeholder_group, p.name.casefold()))
    people = {p.id: p for p in participants}
    framework_name, dimensions, pairs = frame.frameworks[w.framework_id]

    sheets["Workshops"].append([*where, w.city_country, w.date, w.venue, w.facilitator, t.code("workshop", w.status),
                                framework_name, w.horizon_years, w.dots_per_participant, len(participants),
                                w.vision, w.notes, w.id, w.city_id])
    for p in participants:
        named = bool(p.consent)
        sheets["Participants"].append([*where, p.name if named else None, p.organisation, p.role,
                                       t.code("group", p.stakeholder_group), p.email if named else None,
                                       named, p.id, w.id])

    responses = groups["response"].take(w.id)
    question_order = {q.id: (index, d, q) for index, (d, q) in enumerate(pairs)}
    ordered = sorted((r for r in responses if r.question_id in question_order),
                     key=lambda r: (question_order[r.question_id][0], r.participant_id is not None,
                                    _person(t, people, r.participant_id), r.id))
    for r in ordered:
        _, d, q = question_order[r.question_id]
        gap = r.target_level - r.current_level if r.current_level and r.target_level else None
        sheets["Responses"].append([*where, d.name, q.code, q.text, _person(t, people, r.participant_id),
                                    r.current_level, r.target_level, gap, r.evidence, q.id, r.participant_id, w.id])
    consensus = [r for r in responses if r.participant_id is None and (r.current_level or r.target_level)]
    individual = [r for r in responses if r.participant_id is not None and (r.current_level or r.target_level)]
    source = t("wb_consensus") if consensus else t("wb_individual") if individual else None
    by_consensus = bool(consensus) or not individual
    scored = [r for r in responses if (r.participant_id is None) == by_consensus]
    cohort_scores: dict[str, tuple[float | None, float | None]] | None = None
    if frame.cohort is not None:
        cohort_scores = {}
        frame.cohort.scores.setdefault(w.framework_id, []).append((w.city_name, w.title, cohort_scores))
    frame.score_names = []
    for s in summarise_scores(dimensions, pairs, scored):
        frame.score_names.append(s.name)
        sheets["Scores"].append([*where, s.name, s.current, s.target, s.gap, s.current_median, s.target_median,
                                 s.spread, s.answered, s.unknown, source if s.answered else None, s.dimension_id, w.id])
        if cohort_scores is not None:
            cohort_scores[s.dimension_id] = (s.current, s.target)
        if s.current is not None and s.target is not None:
            sums = frame.sums.setdefault((w.framework_id, s.dimension_id), [0, 0.0, 0.0])
            sums[0] += 1
            sums[1] += s.current
            sums[2] += s.target

    needs = _by_position(groups["need"].take(w.id))
    votes = groups["vote"].take(w.id)
    need_rows = {n.id: n for n in needs}
    for r in summarise(needs, votes):
        n = need_rows[r.need_id]
        sheets["Needs"].append([*where, r.rank, n.title, n.description, frame.label(_TRACKS, n.track),
                                frame.label(("transversal_service",), n.transversal_service),
                                frame.dimension_names.get(n.dimension_id or ""), t.code("moscow", n.moscow)
                                if n.moscow else None, (vocabulary.label("swot", n.swot, t.language) or None), r.dots, r.impact,
                                r.feasibility, r.priority, t.code("quadrant", r.quadrant.value) if r.quadrant else None,
                                n.id, w.id])
    for v in sorted(votes, key=lambda v: (need_rows[v.need_id].position if v.need_id in need_rows else 0,
                                          v.participant_id is not None, _person(t, people, v.participant_id), v.id)):
        need = need_rows.get(v.need_id)
        sheets["Votes"].append([*where, need.title if need else None, _person(t, people, v.participant_id, "wb_tally"), v.dots,
                                v.impact, v.feasibility, v.id, v.need_id, v.participant_id, w.id])

    objectives = _by_position(groups["objective"].take(w.id))
    actions = _by_position(groups["action"].take(w.id))
    kpis = sorted(groups["kpi"].take(w.id), key=lambda k: (k.created_at, k.name))
    known = {o.id for o in objectives}
    numbered: list[tuple[int, Any, Any]] = []  # (number, objective or None, action), roadmap order
    for o in objectives:
        numbered += [(0, o, a) for a in actions if a.objective_id == o.id]
    numbered += [(0, None, a) for a in actions if a.objective_id not in known]
    numbered = [(i, o, a) for i, (_, o, a) in enumerate(numbered, start=1)]
    for index, o in enumerate(objectives, start=1):
        members = [a for _, oo, a in numbered if oo is o]
        planned = sum(a.budget_eur or 0 for a in members if a.status != "cancelled")
        sheets["Objectives"].append([*where, index, o.title, o.description, len(members), planned, o.id, w.id])
    number_of = {}
    for number, o, a in numbered:
        number_of[a.id] = (number, a)
        need = need_rows.get(a.need_id or "")
        sheets["Actions"].append([*where, number, o.title if o is not None else None, a.title, a.description,
                                  frame.label(_TRACKS, a.track), a.lead_organisation, a.partners, a.start_month,
                                  a.end_month, a.budget_eur, frame.label(("funding_source",), a.funding_source),
                                  t.code("status", a.status), bool(a.quick_win), need.title if need else None,
                                  a.id, a.objective_id, w.id])
    for k in sorted(kpis, key=lambda k: number_of.get(k.action_id, (10**9, None))[0]):
        action_number, action = number_of.get(k.action_id, (None, None))
        sheets["KPIs"].append([*where, action_number, action.title if action is not None else None, k.name, k.unit,
                               k.baseline, k.target, k.target_date, k.id, k.action_id, w.id])

    order = {o.id: index for index, o in enumerate(objectives)}
    budget: dict[tuple[int, str | None, str | None, int | None], list[Any]] = {}
    for _, o, a in numbered:
        if a.status == "cancelled" or a.budget_eur is None:
            continue
        source = frame.label(("funding_source",), a.funding_source)
        for year, euros in budget_by_year(a.budget_eur, a.start_month, a.end_month):
            entry = budget.setdefault((order.get(o.id, 10**6) if o is not None else 10**6,
                                       o.title if o is not None else None, source, year), [0, set()])
            entry[0] += euros
            entry[1].add(a.id)
        if frame.cohort is not None:
            city_budget = frame.cohort.budget.setdefault(w.city_name, {})
            unnamed = source or t("wb_not_specified")
            city_budget[unnamed] = city_budget.get(unnamed, 0) + a.budget_eur
    for (_, objective, source, year), (euros, ids) in sorted(
            budget.items(), key=lambda kv: (kv[0][0], kv[0][2] or "~", kv[0][3] or 10**4)):
        sheets["Budget"].append([*where, objective, source, year, euros, len(ids), w.id])
    for number, o, a in sorted(numbered, key=lambda n: (n[2].start_month is None, n[2].start_month or 0, n[0])):
        months = None
        if a.start_month and a.end_month:
            months = abs((a.end_month.year - a.start_month.year) * 12 + a.end_month.month - a.start_month.month) + 1
        sheets["Timeline"].append([*where, number, o.title if o is not None else None, a.title, a.start_month,
                                   a.end_month, months, t.code("status", a.status), bool(a.quick_win), a.id, w.id])
    if frame.cohort is not None:
        frame.cohort.add_workshop(w, frame, needs, actions)
    _write_follow_up(sheets, frame, w, groups, numbered, kpis, responses)


def _months_late(planned: dt.date | None, actual: dt.date | None) -> int | None:
    if planned is None or actual is None:
        return None
    return (actual.year - planned.year) * 12 + actual.month - planned.month


def _write_follow_up(sheets: dict[str, _Sheet], frame: _Frame, w: Any, groups: dict[str, _Groups],
                     numbered: list[tuple[int, Any, Any]], kpis: list[Any], responses: list[Any]) -> None:
    """Progress, progress notes, KPI measurements and every round's scores of one workshop."""
    t = frame.t
    where = [w.city_name, w.title]
    titles = {a.id: a.title for _, _, a in numbered}
    for number, _o, a in numbered:
        sheets["Progress"].append([*where, number, a.title, t.code("status", a.status), a.percent_complete,
                                   a.baseline_start_month, a.baseline_end_month, a.start_month, a.end_month,
                                   _months_late(a.baseline_end_month, a.end_month), a.id, w.id])
    for n in sorted(groups["progress_note"].take(w.id), key=lambda n: (titles.get(n.action_id, ""), n.date, n.id)):
        sheets["Progress notes"].append([*where, titles.get(n.action_id), n.date,
                                         t.code("status", n.status) if n.status else None, n.percent_complete,
                                         n.text, n.id, n.action_id, w.id])
    kpi_rows = {k.id: k for k in kpis}
    for m in sorted(groups["kpi_measurement"].take(w.id), key=lambda m: (m.kpi_id, m.date, m.id)):
        k = kpi_rows.get(m.kpi_id)
        if k is None:
            continue
        sheets["KPI measurements"].append([*where, k.name, k.unit,
                                           (vocabulary.label("kpi_direction", k.direction, t.language) or None), m.date, m.value, k.baseline, k.target,
                                           m.note, m.id, k.id, w.id])
    rounds = sorted(groups["assessment_round"].take(w.id), key=lambda r: (r.position, r.date, r.id))
    answers = groups["round_answer"].take(w.id)
    if not rounds:
        return
    _name, dimensions, pairs = frame.frameworks[w.framework_id]
    consensus = [r for r in responses if r.participant_id is None]
    previous: dict[str, Any] = {}
    for label, date, scored in [("T0", w.date, summarise_scores(dimensions, pairs, consensus))] + [
            (r.label, r.date, summarise_scores(dimensions, pairs, [a for a in answers if a.round_id == r.id]))
            for r in rounds]:
        for score in scored:
            before = previous.get(score.dimension_id)
            target = score.target if score.target is not None else (before.target if before else None)
            gap = target - score.current if target is not None and score.current is not None else None
            change = score.current - before.current if before and before.current is not None \
                and score.current is not None else None
            gap_change = gap - before.gap if before and before.gap is not None and gap is not None else None
            sheets["Rounds"].append([*where, label, date, score.name, score.current, target, gap, change, gap_change,
                                     score.dimension_id, w.id])
            previous[score.dimension_id] = _RoundLevels(score.current, target, gap)


@dataclass(frozen=True)
class _RoundLevels:
    current: float | None
    target: float | None
    gap: float | None


def budget_by_year(euros: int, start: Any, end: Any) -> list[tuple[int | None, int]]:
    """An action's budget spread over the calendar years it runs, by months (whole euros, total kept).

    Without both dates the whole budget is in year None.
    """
    if not start or not end:
        return [(None, euros)]
    first, last = min(start, end), max(start, end)
    months: dict[int, int] = {}
    for index in range(first.year * 12 + first.month - 1, last.year * 12 + last.month):
        months[index // 12] = months.get(index // 12, 0) + 1
    total = sum(months.values())
    shares: list[tuple[int | None, int]] = []
    given = 0
    for number, (year, count) in enumerate(sorted(months.items())):
        share = euros - given if number == len(months) - 1 else round(euros * count / total)
        shares.append((year, share))
        given += share
    return shares


@dataclass
class _Cohort:
    """The cohort view of every workshop: scores per city and dimension, budgets, counts."""

    scores: dict[str, list[tuple[str, str, dict[str, tuple[float | None, float | None]]]]] = field(default_factory=dict)
    budget: dict[str, dict[str, int]] = field(default_factory=dict)
    countries: dict[str, tuple[set[str], list[int]]] = field(default_factory=dict)
    editions: dict[str, tuple[set[str], list[int]]] = field(default_factory=dict)
    tracks: dict[str, list[int]] = field(default_factory=dict)
    city_editions: dict[str, str] = field(default_factory=dict)

    def add_workshop(self, w: Any, frame: _Frame, needs: list[Any], actions: list[Any]) -> None:
        """Count one workshop's country, edition, tracks."""
        cities, count = self.countries.setdefault(frame.t.country(w.city_country), (set(), [0]))
        cities.add(w.city_id)
        count[0] += 1
        edition = self.city_editions.get(w.city_id) or frame.t("wb_not_given")
        cities, count = self.editions.setdefault(edition, (set(), [0]))
        cities.add(w.city_id)
        count[0] += 1
        for row, index in [(n, 0) for n in needs] + [(a, 1) for a in actions]:
            label = frame.label(_TRACKS, row.track) or frame.t("wb_no_track")
            self.tracks.setdefault(label, [0, 0])[index] += 1


def _write_cohort(frame: _Frame, ws: Any) -> None:
    """The Cohort sheet: city × dimension current and target (colour scale), budget by source per city, counts."""
    from openpyxl.formatting.rule import ColorScaleRule

    cohort, t = frame.cohort, frame.t
    assert cohort is not None
    row = 0

    def header(values: list[Any]) -> None:
        nonlocal row
        ws.row_dimensions[row + 1].height = header_height(
            [(str(value), 22 if index == 0 else 28 if index == 1 else 13) for index, value in enumerate(values)])
        cells = []
        for value in values:
            cell = WriteOnlyCell(ws, value=value)
            cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
            cells.append(cell)
        ws.append(cells)
        row += 1

    def title(text: str) -> None:
        nonlocal row
        cell = WriteOnlyCell(ws, value=text)
        cell.font = Font(name="Calibri", size=13, bold=True, color="1F4E79")
        ws.append([cell])
        row += 1

    def line(values: list[Any], fmt: str | None = None) -> None:
        nonlocal row
        out = []
        for value in values:
            if fmt and isinstance(value, int | float) and not isinstance(value, bool):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = fmt
                out.append(cell)
            else:
                out.append(guard_text(value) if isinstance(value, str) else value)
        ws.append(out)
        row += 1

    for framework_id, entries in cohort.scores.items():
        name, dimensions, _ = frame.frameworks[framework_id]
        title(t("wb_cohort_maturity", framework=name))
        header([t("col_city"), t("cover_workshop"),
                *(t(kind, dimension=d.name) for d in dimensions for kind in ("wb_current_of", "wb_target_of"))])
        first = row + 1
        for city, workshop, values in entries:
            line([city, workshop, *(v for d in dimensions for v in values.get(d.id, (None, None)))], DECIMAL_FORMAT)
        last_column = get_column_letter(2 + 2 * len(dimensions))
        ws.conditional_formatting.add(f"C{first}:{last_column}{row}", ColorScaleRule(
            start_type="num", start_value=1, start_color="F8696B", mid_type="num", mid_value=3, mid_color="FFEB84",
            end_type="num", end_value=5, end_color="63BE7B"))
        line([])
    sources = sorted({source for budget in cohort.budget.values() for source in budget})
    title(t("wb_cohort_budget"))
    header([t("col_city"), *sources, t("total")])
    for city, budget in sorted(cohort.budget.items()):
        line([city, *(budget.get(source) for source in sources), sum(budget.values())], EUR_FORMAT)
    line([])
    for heading, counts in (("country", cohort.countries), ("edition", cohort.editions)):
        title(t(f"wb_cohort_by_{heading}"))
        header([_header(heading.capitalize(), t.language), t("wb_cities"), t("wb_workshops")])
        for key, (cities, count) in sorted(counts.items()):
            line([key, len(cities), count[0]])
        line([])
    title(t("wb_cohort_tracks"))
    header([_header("Track", t.language), t("wb_needs"), t("col_actions")])
    for track, (needs, actions) in sorted(cohort.tracks.items()):
        line([track, needs, actions])


def _text_categories(chart: ChartBase, labels: Reference) -> None:
    """Point every series' categories at text cells (`set_categories` makes a numeric reference,
    which some spreadsheets show as 1, 2, 3 instead of the names)."""
    for series in chart.series:
        series.cat = AxDataSource(strRef=StrRef(f=str(labels)))


RADAR_LABEL_WIDTH = 22
"""Characters per line of a radar's spoke names (wrapped: spreadsheets do not wrap them)."""

SPOKE_NAMES_COLUMN = 30
"""The hidden column of the Charts sheet holding the radars' spoke names, wrapped (column AD)."""

CHART_ROWS = 30
"""Rows of the Charts sheet per chart: each on its own printed page (landscape), never cut."""


def _radar(ws: WriteOnlyWorksheet, rows: tuple[int, int], title: str, names: Reference,
           series: Sequence[tuple[int, str]]) -> RadarChart:
    """A radar over `rows` (first, last) of `ws`, its spokes named by the cells `names`, one series per (column, name).

    LibreOffice neither wraps a radar's category names nor keeps them inside the chart: the full
    dimension names ran out of its frame. So the spokes are named by cells holding the names
    wrapped on a few lines (`_ChartSheet.spoke_names`), the legend goes under the chart, and the
    plot takes the middle of the chart, leaving its sides to the names.
    """
    first, last = rows
    chart = RadarChart()
    chart.type = "marker"
    chart.title = title
    for column, name in series:
        chart.series.append(Series(Reference(ws, min_col=column, min_row=first, max_row=last), title=name))
    _text_categories(chart, names)
    chart.visible_cells_only = False  # the names' column is hidden
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.y_axis.majorUnit = 1
    chart.y_axis.numFmt = NumFmt(formatCode="0", sourceLinked=False)  # levels, not the cells' 0.00
    chart.legend.position = "b"
    chart.plot_area.layout = Layout(manualLayout=ManualLayout(layoutTarget="inner", xMode="edge", yMode="edge",
                                                              x=0.31, y=0.2, w=0.38, h=0.6))
    chart.height, chart.width = 14, 24
    return chart


@dataclass
class _ChartSheet:
    """The Charts sheet: one chart per printed page, and the radars' spoke names in a hidden column."""

    ws: WriteOnlyWorksheet
    rows: int = 0
    """Rows written so far (a write-only sheet takes its rows in order)."""

    @classmethod
    def create(cls, book: Workbook, title: str) -> _ChartSheet:
        """A new Charts sheet, printed landscape, its names' column hidden."""
        ws = book.create_sheet(title)
        set_up_printing(ws, landscape=True, title_rows=None)
        ws.column_dimensions[get_column_letter(SPOKE_NAMES_COLUMN)].hidden = True
        return cls(ws)

    def spoke_names(self, names: Sequence[str]) -> Reference:
        """Cells holding `names` wrapped on lines of RADAR_LABEL_WIDTH, beside the chart placed next."""
        first = max(1 + CHART_ROWS * len(self.ws._charts), self.rows + 1)
        while self.rows < first - 1:
            self.ws.append([])
            self.rows += 1
        for name in names:
            label = "\n".join(textwrap.wrap(name, RADAR_LABEL_WIDTH, break_long_words=False)) or name
            self.ws.append([None] * (SPOKE_NAMES_COLUMN - 1) + [label])
            self.rows += 1
        return Reference(self.ws, min_col=SPOKE_NAMES_COLUMN, min_row=first, max_row=first + len(names) - 1)

    def place(self, chart: ChartBase) -> None:
        """Put a chart below the previous one, a page break between them."""
        from openpyxl.worksheet.pagebreak import Break

        index = len(self.ws._charts)
        chart.height = min(chart.height, 14.5)  # cm: a landscape A4 page less its margins
        chart.width = min(chart.width, 26)
        self.ws.add_chart(chart, f"A{1 + CHART_ROWS * index}")
        if index:
            self.ws.row_breaks.append(Break(id=CHART_ROWS * index))


def _add_charts(sheets: dict[str, _Sheet], workshop_title: str, names: Sequence[str], charts: _ChartSheet,
                t: Translator) -> None:
    """The radar of the scores (one spoke per dimension of `names`) and the bar of the ranking of a
    one-workshop workbook, on the Charts sheet."""
    scores = sheets["Scores"]
    ws, rows = scores.parts[0]
    if rows:
        title = t("wb_chart_maturity", workshop=workshop_title)
        charts.place(_radar(ws, (2, rows + 1), title, charts.spoke_names(names),
                            [(4, _header("Current", t.language)), (5, _header("Target", t.language))]))
    needs_ws, need_rows = sheets["Needs"].parts[0]
    if need_rows:
        shown = min(need_rows, MAX_RANKING_BARS)
        chart = BarChart()
        chart.type = "bar"  # horizontal: long need titles stay readable
        chart.title = t("wb_chart_dots")
        chart.add_data(Reference(needs_ws, min_col=11, min_row=1, max_row=shown + 1), titles_from_data=True)
        _text_categories(chart, Reference(needs_ws, min_col=4, min_row=2, max_row=shown + 1))
        chart.y_axis.title = _header("Dots", t.language)
        chart.x_axis.scaling.orientation = "maxMin"  # the best-ranked need on top
        chart.legend = None
        chart.height, chart.width = max(7.5, 0.7 * shown + 3), 20
        charts.place(chart)


def _write_summary(frame: _Frame, sheet: _Sheet, charts: _ChartSheet) -> None:
    """Mean scores per framework and dimension across the workshops, and one radar per framework (Charts sheet)."""
    row = 1
    for framework_id, (name, dimensions, _) in sorted(frame.frameworks.items(), key=lambda kv: kv[1][0]):
        entries = [(d, frame.sums.get((framework_id, d.id))) for d in dimensions]
        if not any(e for _, e in entries):
            continue
        first = row + 1
        for d, sums in entries:
            count = int(sums[0]) if sums else 0
            current = sums[1] / count if sums and count else None
            target = sums[2] / count if sums and count else None
            gap = target - current if current is not None and target is not None else None
            sheet.append([name, d.name, count, current, target, gap])
            row += 1
        chart = _radar(sheet.sheet, (first, row), frame.t("wb_chart_programme", framework=name),
                       charts.spoke_names([d.name for d, _ in entries]),
                       [(4, _header("Mean current", frame.t.language)), (5, _header("Mean target", frame.t.language))])
        charts.place(chart)


def _references(conn: Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute(select(col(ReferenceItem.list_name), col(ReferenceItem.code), col(ReferenceItem.label)))
    return {(r.list_name, r.code): r.label for r in rows}


def write_workbook(db: Database, path: Path, *, workshop_id: str | None, max_rows: int = EXCEL_MAX_DATA_ROWS,
                   steps: Steps | None = None, language: str = "en") -> dict[str, list[tuple[str, int]]]:
    """Write the workbook of one workshop (`workshop_id`) or of all (None) to `path` (not atomic).

    Sheet names, headers, labels and charts are in `language`. Returns, per logical sheet (its
    English name), its parts as (sheet title, data rows).
    """
    steps = steps or Steps(1, None, None)
    t = Translator(language)
    book = Workbook(write_only=True)
    try:
        return _write_book(db, book, path, workshop_id, max_rows, steps, t)
    except OSError as exc:  # a full disk, most likely: the rows wait in the temporary folder
        _discard(book)
        raise ExportError(f"The workbook could not be written ({exc.strerror or exc}); check the free space in "
                          f"{tempfile.gettempdir()} and in {path.parent}.") from exc
    except BaseException:
        _discard(book)
        raise


def _discard(book: Workbook) -> None:
    """Close and delete the temporary files of an unfinished write-only workbook (cancel, error)."""
    for ws in book.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if ws._rows is not None:
                ws._rows.close()
        with contextlib.suppress(Exception):
            writer.xf.close()
        with contextlib.suppress(OSError, ValueError):
            os.remove(writer.out)
            ALL_TEMP_FILES.remove(writer.out)


def stream_tables(db: Database, workshop_id: str | None, sheets: dict[str, Any], steps: Steps, *,
                  cohort: bool = False, language: str = "en") -> tuple[_Frame, list[Any]]:
    """Read every workshop (or one) once, in order, and append its rows to `sheets` (one per SHEETS name).

    A sheet is anything with `append(values)`: the workbook's, the CSV files', the ODS tables'.
    Labels of the app's lists and the shipped frameworks' texts are in `language`; what users
    typed stays as typed. Returns the frame (frameworks, summary sums, the cohort when asked) and
    the workshops written.
    """
    with db.session() as session:
        conn = session.connection()
        frameworks = {}
        dimension_names = {}
        for f in crud.live(session, Framework):
            dims = framework_dimensions(session, f.id)
            pairs = framework_questions(session, f.id)
            localize_framework(session, f.id, dims, [q for _, q in pairs], language)
            name = framework_texts(f.code, f.version).framework("name", f.name, language).text
            frameworks[f.id] = (f"{name} ({f.version})", dims, pairs)
            dimension_names.update({d.id: d.name for d in dims})
        frame = _Frame(Translator(language), _references(conn), dimension_names, frameworks, {},
                       _Cohort() if cohort else None)
        cities = {c.id: c for c in conn.execute(select(City.__table__))}  # type: ignore[attr-defined]
        if frame.cohort is not None:
            frame.cohort.city_editions = {c.id: c.edition for c in cities.values()}
        workshops = list(conn.execute(_workshop_query(workshop_id)))
        steps.grow(len(workshops) + 2)
        steps.advance()
        groups = {model.__tablename__: _Groups(_table_stream(conn, model, workshop_id))
                  for model in (Participant, Response, Need, Vote, Objective, Action, Kpi, ProgressNote,
                                KpiMeasurement, AssessmentRound, RoundAnswer)}
        seen_cities: set[str] = set()
        for w in workshops:
            city = cities[w.city_id]
            if city.id not in seen_cities:  # one row per city, however many workshops it ran
                seen_cities.add(city.id)
                sheets["Cities"].append([city.name, city.country, city.region, city.population, city.edition,
                                         frame.t.code("role", city.role), city.notes, city.id])
            _write_workshop(sheets, frame, w, groups)
            steps.advance()
    return frame, workshops


def _write_book(db: Database, book: Workbook, path: Path, workshop_id: str | None, max_rows: int,
                steps: Steps, t: Translator) -> dict[str, list[tuple[str, int]]]:
    language = t.language
    summary = (_Sheet(book, _sheet_name("Summary", language), localized(SUMMARY_COLUMNS, language), max_rows)
               if workshop_id is None else None)
    cohort_ws = None
    if workshop_id is None:
        cohort_ws = book.create_sheet(_sheet_name("Cohort", language))
        cohort_ws.column_dimensions["A"].width = 22
        cohort_ws.column_dimensions["B"].width = 28
        for index in range(3, 40):
            cohort_ws.column_dimensions[get_column_letter(index)].width = 13
        set_up_printing(cohort_ws, landscape=True, title_rows=None)
    sheets = {name: _Sheet(book, _sheet_name(name, language), localized(columns, language), max_rows)
              for name, columns in SHEETS.items()}
    try:
        return _write_sheets(db, book, path, workshop_id, steps, summary, cohort_ws, sheets, t)
    finally:
        for sheet in ([summary] if summary else []) + list(sheets.values()):
            sheet.discard()


def _write_sheets(db: Database, book: Workbook, path: Path, workshop_id: str | None, steps: Steps,
                  summary: _Sheet | None, cohort_ws: WriteOnlyWorksheet | None,
                  sheets: dict[str, _Sheet], t: Translator) -> dict[str, list[tuple[str, int]]]:
    language = t.language
    frame, workshops = stream_tables(db, workshop_id, sheets, steps, cohort=workshop_id is None, language=language)
    charts = _ChartSheet.create(book, _sheet_name("Charts", language))
    if summary is not None:
        _write_summary(frame, summary, charts)
    if cohort_ws is not None:
        _write_cohort(frame, cohort_ws)
    for sheet in ([summary] if summary else []) + list(sheets.values()):
        sheet.close()
    if workshop_id is not None and workshops:
        _add_charts(sheets, workshops[0].title, frame.score_names, charts, t)
    book.properties.creator = f"ICC Workshop {__version__}"
    book.properties.lastModifiedBy = f"ICC Workshop {__version__}"
    book.properties.title = (f"{workshops[0].city_name}: {workshops[0].title}" if workshop_id is not None and workshops
                             else t("wb_all_title"))
    book.properties.subject = t("wb_subject")
    book.properties.language = language
    book.properties.keywords = "Intelligent Cities Challenge; ICC Workshop"
    _level_validation(sheets["Responses"], t)
    _level_validation(sheets["Votes"], t)
    steps.check()
    package = io.BytesIO()  # everything but the data rows: a few hundred kilobytes
    book.save(package)
    written = ([summary] if summary else []) + list(sheets.values())
    splice_rows(package, {title: rows for sheet in written for title, rows in sheet.row_files}, path)
    result = {"Summary": summary.parts} if summary else {}
    result.update({name: sheet.parts for name, sheet in sheets.items()})
    return {name: [(ws.title, n) for ws, n in parts] for name, parts in result.items()}


def _level_validation(sheet: _Sheet, t: Translator) -> None:
    """Whole numbers 1–5 (or empty) in the level columns of every part of a sheet."""
    columns = [i for i, c in enumerate(sheet.columns, start=1) if c.kind == "level"]
    for ws, rows in sheet.parts:
        if not rows:
            continue
        validation = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True,
                                    showErrorMessage=True, errorTitle=t("wb_level"), error=t("wb_level_error"))
        for index in columns:
            letter = get_column_letter(index)
            validation.add(f"{letter}2:{letter}{rows + 1}")
        ws.data_validations.append(validation)


def export_workbook(db: Database, workshop_id: str, path: Path | str, *, progress: ProgressCallback | None = None,
                    cancelled: CancelCheck | None = None, max_rows: int = EXCEL_MAX_DATA_ROWS,
                    language: str = "en") -> Path:
    """Write one workshop's workbook (with its charts) at `path` in `language`, atomically; return the path.

    Raises `NotFoundError` for an unknown workshop, `ExportError` for an unwritable path and
    `ExportCancelled` when `cancelled()` turns True (nothing is written then).
    """
    steps = Steps(3, progress, cancelled)
    steps.check()
    with db.session() as session:
        crud.get(session, Workshop, workshop_id)  # NotFoundError before any file is made
    with atomic_output(Path(path), ".xlsx") as temp:
        write_workbook(db, temp, workshop_id=workshop_id, max_rows=max_rows, steps=steps, language=language)
    steps.finish()
    return Path(path)


def export_all(db: Database, path: Path | str, *, progress: ProgressCallback | None = None,
               cancelled: CancelCheck | None = None, max_rows: int = EXCEL_MAX_DATA_ROWS,
               language: str = "en") -> Path:
    """Write every workshop of the database into one workbook at `path`, streaming; return the path.

    A sheet that would pass `max_rows` data rows (Excel's limit by default) continues in a new
    sheet. Atomic like `export_workbook`.
    """
    steps = Steps(3, progress, cancelled)
    steps.check()
    with atomic_output(Path(path), ".xlsx") as temp:
        write_workbook(db, temp, workshop_id=None, max_rows=max_rows, steps=steps, language=language)
    steps.finish()
    return Path(path)


__all__ = ["ERROR_CODES", "EXCEL_MAX_DATA_ROWS", "FORMULA_TRIGGERS", "SHEETS", "Column", "budget_by_year", "export_all",
           "export_workbook", "guard_text", "localized", "set_up_printing", "stream_tables", "write_workbook"]
