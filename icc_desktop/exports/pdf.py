"""A workshop as a city's strategy document, in PDF (ReportLab platypus).

The document follows the shape of the Digital Cities Challenge strategies: a cover, contents,
the city's profile, who took part, the maturity assessment, needs and priorities, vision and
objectives, the roadmap with its timeline, KPIs and budget, and the checks still open.

Text is set in DejaVu Sans, shipped in `resources/fonts/` and embedded (subset) in the file, so
every European name renders and the text can be searched and copied. Charts are vector
drawings. The report's own words come from `exports.i18n` in English, French or German.

Public entry point: `export_pdf(db, workshop_id, path, ...)`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from icc_desktop import __version__
from icc_desktop.exports import charts
from icc_desktop.exports.charts import BOLD, FONT, INK, MUTED, PRIMARY
from icc_desktop.exports.common import CancelCheck, ProgressCallback, Steps, atomic_output
from icc_desktop.exports.content import (
    WorkshopContent,
    budget_by_source,
    load_workshop_content,
)
from icc_desktop.exports.i18n import Translator
from icc_desktop.exports.tagging import (
    Figure,
    ListItem,
    StableParagraph,
    StructMarker,
    TableTags,
    TaggedParagraph,
    TaggedTable,
    Tagger,
    finish_tagged_pdf,
    tagger_of,
)
from icc_desktop.models import Action
from icc_desktop.resources import resource_path
from icc_desktop.services.roadmap import CheckKind
from icc_desktop.store.db import Database

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "letter": LETTER}
"""The page sizes a report can use (A4 by default; US Letter for North American printers)."""

@dataclass(frozen=True)
class Column:
    """A table column: its header's catalogue key, its share of the text width, and how it aligns.

    `labels` names the fixed vocabularies shown in the column (catalogue prefixes such as
    "status", or "funding_source" for that reference list): a test checks that every word of
    every label, in every language, fits the column without being split.
    """

    header: str
    width: float
    right: bool = False
    labels: tuple[str, ...] = ()
    literal: bool = False
    """The header is already in the report's language (not a catalogue key)."""


PARTICIPANT_COLUMNS = (Column("col_group", 0.24, labels=("group",)), Column("col_people", 0.12, True),
                       Column("col_named", 0.64))
SCORE_COLUMNS = (Column("col_dimension", 0.52), Column("current", 0.12, True), Column("target", 0.12, True),
                 Column("gap", 0.12, True), Column("answers", 0.12, True))
GAP_COLUMNS = (Column("col_question", 0.47), Column("col_dimension", 0.23), Column("current", 0.1, True),
               Column("target", 0.1, True), Column("gap", 0.1, True))
NEED_COLUMNS = (Column("col_rank", 0.07, True), Column("col_need", 0.32), Column("col_moscow", 0.14, labels=("moscow",)),
                Column("col_dots", 0.09, True), Column("impact", 0.10, True), Column("feasibility", 0.14, True),
                Column("col_quadrant", 0.14, labels=("quadrant",)))
ROADMAP_COLUMNS = (Column("col_no", 0.05, True), Column("col_action", 0.30), Column("col_lead", 0.15),
                   Column("col_period", 0.11), Column("col_budget", 0.125, True),
                   Column("col_funding", 0.155, labels=("funding_source",)), Column("col_status", 0.11, labels=("status",)))
KPI_COLUMNS = (Column("col_no", 0.05, True), Column("col_action", 0.24), Column("col_kpi", 0.26), Column("col_unit", 0.12),
               Column("col_baseline", 0.11, True), Column("col_target", 0.1, True), Column("col_by", 0.12))
BUDGET_COLUMNS = (Column("col_source", 0.52, labels=("funding_source",)), Column("col_actions", 0.14, True),
                  Column("col_budget", 0.2, True), Column("col_share", 0.14, True))
SUMMARY_COLUMNS = (Column("col_dimension", 0.6), Column("summary_current_target", 0.26, True), Column("gap", 0.14, True))
LONG_CELL_CHARS = 1200
"""Cell text shorter than this cannot fill most of a page even in the narrowest text column."""
SUMMARY_ITEMS = 5
"""The executive summary lists at most this many needs and objectives (it is one page)."""
COHORT_COLUMNS = (Column("col_dimension", 0.36), Column("col_city", 0.12, True), Column("col_cohort_median", 0.14, True),
                  Column("col_cohort_band", 0.14, True), Column("target", 0.1, True), Column("col_cohort_target", 0.14, True))
PROGRESS_ACTION_COLUMNS = (Column("col_no", 0.05, True), Column("col_action", 0.39), Column("col_status", 0.14, labels=("status",)),
                           Column("col_percent_done", 0.1, True), Column("col_planned_end", 0.16), Column("col_end", 0.16))
PROGRESS_KPI_COLUMNS = (Column("col_kpi", 0.32), Column("col_unit", 0.12), Column("col_baseline", 0.11, True),
                        Column("col_target", 0.1, True), Column("col_latest", 0.11, True), Column("col_measured_on", 0.12),
                        Column("col_of_the_way", 0.12, True))
PROGRESS_ROUND_COLUMNS = (Column("col_dimension", 0.30), Column("col_round_current", 0.13, True),
                          Column("col_round_current", 0.13, True), Column("col_change", 0.14, True),
                          Column("col_gap_now", 0.10, True), Column("col_gap_change", 0.20, True))
TABLES = (SUMMARY_COLUMNS, PARTICIPANT_COLUMNS, SCORE_COLUMNS, GAP_COLUMNS, NEED_COLUMNS, ROADMAP_COLUMNS, KPI_COLUMNS,
          BUDGET_COLUMNS, COHORT_COLUMNS, PROGRESS_ACTION_COLUMNS, PROGRESS_KPI_COLUMNS, PROGRESS_ROUND_COLUMNS)
"""Every table of the report, for the test that checks that labels fit."""

CELL_PADDING = 4.0
MAX_VOTE_BARS = 15
GANTT_ROWS_PER_CHART = 34
_LIGHT = colors.HexColor("#F2F6FA")
_RULE = colors.HexColor("#C9D3DD")


def _spans(actions: Iterable[Action]) -> list[tuple[dt.date, dt.date]]:
    """The start and end month of each action that has both."""
    return [(a.start_month, a.end_month) for a in actions if a.start_month and a.end_month]


@cache
def register_fonts() -> None:
    """Register the shipped DejaVu Sans (regular and bold) with ReportLab, once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    # Italic falls back to the regular face: only these two files are shipped.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    # Drawings start from ReportLab's default graphics font (Helvetica, which would be referenced
    # but not embedded); the exports are this process's only ReportLab user.
    rl_config.defaultGraphicsFontName = FONT


HYPHENATION: Final = {"en": "en_GB", "fr": "fr", "de": "de_DE"}
"""The hyphenation dictionary (pyphen) of each report language."""

LONG_WORD = 11
"""Letters from which a word in a table cell may be hyphenated at a line end (German compounds such as
"Einzelhandelsverband" are wider than a narrow column; unhyphenated, they ran into the next column)."""


@cache
def _dictionary(code: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=code)


@cache
def hyphenator(language: str) -> Callable[[str], Iterator[tuple[str, str]]]:
    """Where a word may break at a line end: the report language's rules first, then the other two
    languages' (a German name in an English report: "Regionalentwicklungsagentur"), longest head first."""
    codes = [HYPHENATION.get(language, "en_GB")] + [c for k, c in HYPHENATION.items() if k != language]

    def pairs(word: str) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for code in codes:
            for head, tail in _dictionary(code).iterate(word):
                if head not in seen:
                    seen.add(head)
                    yield head, tail

    return pairs


_LONG_WORD_RE = re.compile(rf"[^\W\d_]{{{LONG_WORD},}}")


def soft_hyphens(text: str, language: str) -> str:
    """`text` with soft hyphens where its long words may break (the language's rules).

    ReportLab hyphenates a word at the end of a line but cuts one that starts a line and is wider
    than the column ("Handelskamme r"); with soft hyphens it breaks it at a syllable there too.
    A soft hyphen is not drawn unless the line breaks there.
    """
    codes = [HYPHENATION.get(language, "en_GB")] + [c for k, c in HYPHENATION.items() if k != language]

    def hyphenate(match: re.Match[str]) -> str:
        word = match.group(0)
        points: set[int] = set()
        for code in codes:  # the language's rules; another's where they leave a long piece (a German name)
            points.update(_dictionary(code).positions(word))
            bounds = [0, *sorted(points), len(word)]
            if max(b - a for a, b in zip(bounds, bounds[1:], strict=False)) < LONG_WORD:
                break
        return "\u00ad".join(word[a:b] for a, b in zip([0, *sorted(points)], [*sorted(points), len(word)],
                                                          strict=True))

    return _LONG_WORD_RE.sub(hyphenate, text)


def _break_slashes(text: str, room: float) -> str:
    """`text` with a space after each slash of a word wider than `room` ("meetings/ year"), so the
    line can break there; ReportLab breaks only at spaces and hyphens and cut it "meetings/ye" "ar"."""
    return " ".join(word.replace("/", "/ ") if "/" in word and stringWidth(word, FONT, 8) > room else word
                    for word in text.split(" "))


def _styles(language: str = "en") -> dict[str, ParagraphStyle]:
    # embeddedHyphenation: a word too long for its column may break after a hyphen it contains
    # splitLongWords=0: a word is never cut where the line ends ("department s"); a long word may
    # still break after a hyphen it contains (embeddedHyphenation), and in table cells a long word
    # is hyphenated by the language's rules (pyphen), as print does. Sizes: body 9 pt or more,
    # tables 8 pt or more, chart labels 7 pt or more.
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=6,
                          embeddedHyphenation=1, splitLongWords=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0,
                          hyphenationLang=hyphenator(language), hyphenationMinWordLength=LONG_WORD,
                          splitLongWords=1)  # last resort, a word wider than its column even hyphenated: cut, not overlap
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=11.5, textColor=MUTED, spaceAfter=4),
        "cell": cell,
        "cell_small": ParagraphStyle("cell_small", parent=cell, textColor=MUTED),
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=cell, fontName=BOLD, textColor=colors.white),
        "head_right": ParagraphStyle("head_right", parent=cell, fontName=BOLD, textColor=colors.white,
                                     alignment=TA_RIGHT),
        # Headings are kept with what follows by a CondPageBreak before them, not keepWithNext:
        # that would move a heading and a whole long table to the next page, leaving a gap.
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=16, leading=20, textColor=PRIMARY,
                             spaceBefore=4, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=15, textColor=PRIMARY,
                             spaceBefore=10, spaceAfter=5),
        "caption": ParagraphStyle("caption", parent=body, fontName=BOLD, fontSize=9, leading=12, textColor=INK,
                                  spaceBefore=6, spaceAfter=4, keepWithNext=True),
        "vision": ParagraphStyle("vision", parent=body, fontSize=11.5, leading=16.5, textColor=PRIMARY,
                                 leftIndent=14, rightIndent=14, borderPadding=(8, 10, 8, 10), borderColor=_RULE,
                                 borderWidth=0, backColor=_LIGHT, spaceBefore=4, spaceAfter=14),
        "cover_programme": ParagraphStyle("cover_programme", parent=body, fontName=BOLD, fontSize=12, leading=16,
                                          textColor=colors.white),
        "cover_city": ParagraphStyle("cover_city", parent=body, fontName=BOLD, fontSize=32, leading=38, textColor=PRIMARY,
                                     spaceAfter=4),
        "cover_country": ParagraphStyle("cover_country", parent=body, fontSize=14, leading=18, textColor=MUTED,
                                        spaceAfter=26),
        "cover_title": ParagraphStyle("cover_title", parent=body, fontName=BOLD, fontSize=20, leading=25, textColor=INK,
                                      spaceAfter=8),
        "cover_subtitle": ParagraphStyle("cover_subtitle", parent=body, fontSize=13, leading=17, textColor=INK,
                                         spaceAfter=22),
        "toc0": ParagraphStyle("toc0", parent=body, fontName=BOLD, fontSize=10, leading=15, leftIndent=0,
                               firstLineIndent=0, spaceBefore=3),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=9, leading=12.5, leftIndent=16, firstLineIndent=0,
                               textColor=MUTED),
    }


def _esc(text: object) -> str:
    """User text made safe for Paragraph markup (&, <, > would otherwise break or inject tags)."""
    return escape(str(text)).replace("\n", "<br/>")


def _small(text: str) -> str:
    """Markup for a detail line inside a table cell: smaller and grey."""
    return f'<font size="8" color="{MUTED.hexval()}">{_esc(text)}</font>'


def _percent_done(bar: Any) -> int | None:
    """How far an action is, as the progress summary's mean counts it: a done action is 100 % done."""
    return 100 if bar.percent_complete is None and bar.status == "done" else bar.percent_complete


def _signed(t: Translator, value: float | None) -> str:
    """A change with its sign: +1.0, −0.5, 0.0."""
    if value is None:
        return t("none_mark")
    text = t.decimal(abs(value))
    return f"+{text}" if value > 0.05 else f"−{text}" if value < -0.05 else text


class _Heading(TaggedParagraph):
    """A heading (H1, H2) that puts itself in the table of contents and the PDF outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(_esc(text), style, role=f"H{level + 1}")
        self.toc_level = level
        self.toc_text = text
        self.toc_key = key


@contextmanager
def _nothing() -> Iterator[None]:
    yield


class _Contents(TableOfContents):
    """The table of contents as a tagged TOC: one TOCI per entry, its title and page number as Links."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab's names)
        entries = self._lastEntries or [(0, "…", 0, None)]
        rows, keys = [], []
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            number_style = ParagraphStyle(f"{style.name}-page", parent=style, alignment=TA_RIGHT, leftIndent=0)
            if key:
                rows.append([StableParagraph(f'<a href="#{key}">{_esc(text)}</a>', style),
                             StableParagraph(f'<a href="#{key}">{page}</a>', number_style)])
            else:
                rows.append([StableParagraph(_esc(text), style), StableParagraph(str(page), number_style)])
            keys.append(key or "")
        self._table = TaggedTable(rows, colWidths=(availWidth - 1.5 * cm, 1.5 * cm), style=self.tableStyle,
                                  tags=TableTags(header_rows=0, roles=("TOC", "TOCI", "Link"),
                                                 links=keys))
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class _ReportDoc(BaseDocTemplate):
    """Two page templates (cover, body); headings feed the contents and outline; progress per flowable."""

    def __init__(self, filename: str, *, steps: Steps, header: tuple[str, str], translator: Translator,
                 draft: bool = False, **kwargs: Any) -> None:
        super().__init__(filename, **kwargs)
        self._draft = draft
        self._steps = steps
        self._header = header
        self._t = translator
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(self.leftMargin, self.bottomMargin, self.width, self.height - 3.2 * cm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self._draw_cover_band),
            PageTemplate("body", [body], onPage=self._draw_header),
        ])

    def _draw_watermark(self, canvas: Canvas) -> None:
        """DRAFT across the page, light, under the content, until the workshop is marked final."""
        if not self._draft:
            return
        if not getattr(canvas, "_icc_watermark", False):  # drawn once per document, shown on every page
            width, height = self.pagesize
            canvas.beginForm("iccDraftWatermark")
            canvas.saveState()
            # opaque and light (no transparency: a form's own resources would need the ExtGState)
            canvas.setFillColor(colors.HexColor("#E8ECF1"))
            canvas.translate(width / 2, height / 2)
            canvas.rotate(50)
            word = self._t("draft")
            size = min(96.0, 0.8 * math.hypot(width, height) / max(stringWidth(word, BOLD, 1), 1))
            canvas.translate(-stringWidth(word, BOLD, size) / 2, -size * 0.36)
            # outlines, not text: the watermark must not mix into the page's text when it is copied
            path = canvas.beginPath()
            for contour in charts.glyph_contours(BOLD, word, size):
                for command, values in contour:
                    {"M": path.moveTo, "L": path.lineTo, "C": path.curveTo}[command](*values)
                path.close()
            canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
            canvas.restoreState()
            canvas.endForm()
            canvas._icc_watermark = True
        tagger = tagger_of(canvas)
        with tagger.artifact(canvas) if tagger else _nothing():
            canvas.doForm("iccDraftWatermark")

    def _draw_cover_band(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_watermark(canvas)
        width, height = self.pagesize
        tagger = tagger_of(canvas)
        canvas.saveState()
        with tagger.artifact(canvas) if tagger else _nothing():
            canvas.setFillColor(PRIMARY)
            canvas.rect(0, height - 3.6 * cm, width, 3.6 * cm, stroke=0, fill=1)
            canvas.setFillColor(charts.TARGET)
            canvas.rect(0, height - 3.75 * cm, width, 0.15 * cm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 13)
        if tagger is not None:  # the programme's name is the first thing a reader meets
            with tagger.element("P"), tagger.content(canvas):
                canvas.drawString(self.leftMargin, height - 2.2 * cm, self._t("programme"))
        else:
            canvas.drawString(self.leftMargin, height - 2.2 * cm, self._t("programme"))
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_watermark(canvas)
        width, height = self.pagesize
        left, right = self._header
        y = height - self.topMargin + 0.7 * cm
        tagger = tagger_of(canvas)
        marked = tagger.artifact(canvas, "Pagination") if tagger else _nothing()
        marked.__enter__()
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - self.rightMargin, y, right)
        room = self.width - pdfmetrics.stringWidth(right, FONT, 8) - 20
        canvas.drawString(self.leftMargin, y, charts.fit(left, FONT, 8, room))
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, y - 4, width - self.rightMargin, y - 4)
        canvas.restoreState()
        marked.__exit__(None, None, None)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading):
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.toc_level, closed=flowable.toc_level > 0)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))
        self._steps.advance()


def _numbered_canvas(translator: Translator, left_margin: float, right_margin: float, bottom: float,
                     tagger: Tagger) -> type[Canvas]:
    """A canvas that holds its pages until the end so each footer can say 'page x of y'; it carries the tagger."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # Each layout pass draws on a new canvas. The first pass only finds the contents' page
            # numbers (there are always headings, so a second pass follows): it is not tagged.
            tagger.passes += 1
            self.tagger = tagger if tagger.passes > 1 else None
            tagger.reset()

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > 1:  # the cover has no footer
                    width, _ = self._pagesize
                    self._code.append("/Artifact <</Type /Pagination>> BDC")
                    self.saveState()
                    self.setFont(FONT, 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(width - right_margin, bottom - 0.9 * cm,
                                         translator("page_of", page=number, pages=total))
                    self.drawString(left_margin, bottom - 0.9 * cm, f"ICC Workshop {__version__}")
                    self.restoreState()
                    self._code.append("EMC")
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class _Builder:
    """Turns a workshop's content into the document's flowables, section by section."""

    def __init__(self, content: WorkshopContent, translator: Translator, width: float, height: float = 700) -> None:
        self.c = content
        self.t = translator
        self.width = width
        self.height = height
        self.s = _styles(translator.language)
        self._section = 0
        self._keys = 0

    # helpers ---------------------------------------------------------------------------------
    def _key(self) -> str:
        self._keys += 1
        return f"h{self._keys}"

    def heading(self, key: str) -> _Heading:
        self._section += 1
        return _Heading(f"{self._section}. {self.t(key)}", self.s["h1"], 0, self._key())

    def sub(self, text: str, *, toc: bool = False) -> list[Flowable]:
        heading = _Heading(text, self.s["h2"], 1, self._key()) if toc else TaggedParagraph(_esc(text), self.s["h2"],
                                                                                          role="H2")
        return [CondPageBreak(4 * cm), heading]

    def para(self, text: str, style: str = "body") -> Paragraph:
        return TaggedParagraph(_esc(text), self.s[style])

    def caption(self, text: str) -> Paragraph:
        """A chart's title: a heading one level below the section's."""
        return TaggedParagraph(_esc(text), self.s["caption"], role="H")

    def bullet_list(self, items: list[tuple[str, list[Flowable]]], *, numbered: bool) -> list[Flowable]:
        """A list (L > LI > Lbl + LBody): each item its label and paragraphs."""
        font = (BOLD, 9.5) if numbered else (FONT, 9.5)
        return [StructMarker("L"), *(ListItem(label, body, indent=18 if numbered else 14, label_font=font,
                                              label_color=PRIMARY if numbered else INK) for label, body in items),
                StructMarker(None)]

    def ref_label(self, list_name: str, code: str | None) -> str:
        stored = self.c.reference_label(list_name, code)
        return self.t.reference(list_name, code, stored)

    def table(self, columns: Sequence[Column], rows: list[list[Any]], *, total_row: bool = False) -> Table:
        """A styled table; plain strings become wrapping paragraphs, numbers align right."""
        def cell(value: Any, column: Column) -> Any:
            if isinstance(value, Flowable) or isinstance(value, list):
                return value
            text = str(value)
            # Text that fits on one line stays a plain string: a paragraph per cell is re-measured
            # at every page split, and most cells (numbers, dates, labels) are short.
            if "\n" not in text and stringWidth(text, FONT, 8) <= column.width * self.width - 2 * CELL_PADDING:
                return text
            return StableParagraph(_esc(soft_hyphens(_break_slashes(text, column.width * self.width - 2 * CELL_PADDING),
                                                     self.t.language)),
                                   self.s["cell_right" if column.right else "cell"])

        data = [[StableParagraph(_esc(c.header if c.literal else self.t(c.header)), self.s["head_right" if c.right else "head"])
                 for c in columns]]
        for row in rows:
            data += self._whole_rows([cell(v, c) for v, c in zip(row, columns, strict=True)], columns)
        # Rows are kept whole (splitInRow=0): a row split at a page end left fragments and a header
        # row in the middle of the next part; a row taller than a page is cut into rows beforehand.
        table = TaggedTable(data, colWidths=[c.width * self.width for c in columns], repeatRows=1, splitInRow=0,
                            hAlign="LEFT", tags=TableTags(header_rows=1))
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, 8, 10),  # else ReportLab selects Helvetica, which is not embedded
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, _RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, c in enumerate(columns) if c.right]
        # one command for the stripes: a command per row is re-applied to every split part (quadratic)
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _LIGHT]))
        if total_row:
            style += [("LINEABOVE", (0, -1), (-1, -1), 1, PRIMARY), ("BACKGROUND", (0, -1), (-1, -1), colors.white),
                      ("NOSPLIT", (0, -2), (-1, -1))]  # a total never stands alone on a page
        table.setStyle(TableStyle(style))
        return table

    def _whole_rows(self, cells: list[Any], columns: Sequence[Column]) -> list[list[Any]]:
        """A row as it is, or, when taller than most of a page, cut cleanly into several rows (text continued)."""
        limit = self.height * 0.8
        parts: list[list[Any]] = []
        for value, column in zip(cells, columns, strict=True):
            room = column.width * self.width - 2 * CELL_PADDING
            # measuring is a layout pass of its own: only text long enough to fill a page can need it
            if (not isinstance(value, Paragraph) or len(value.getPlainText()) < LONG_CELL_CHARS
                    or value.wrap(room, limit)[1] + 6 <= limit):
                parts.append([value])
                continue
            pieces, rest = [], value
            while True:
                _, height = rest.wrap(room, limit)
                if height + 6 <= limit:
                    pieces.append(rest)
                    break
                split = rest.split(room, limit - 6)
                if len(split) < 2:  # cannot be cut further: leave it to ReportLab
                    pieces.append(rest)
                    break
                pieces.append(split[0])
                rest = split[1]
            parts.append(pieces)
        count = max(len(p) for p in parts)
        return [[p[i] if i < len(p) else "" for p in parts] for i in range(count)]

    def key_values(self, pairs: list[tuple[str, str]]) -> Table:
        data = [[StableParagraph(_esc(k), ParagraphStyle("k", parent=self.s["cell"], fontName=BOLD)),
                 StableParagraph(_esc(soft_hyphens(v, self.t.language)), self.s["cell"])] for k, v in pairs]
        table = TaggedTable(data, colWidths=[0.3 * self.width, 0.7 * self.width], hAlign="LEFT", splitInRow=0,
                            tags=TableTags(header_rows=0, row_headers=True))
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    # sections ---------------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        t, c = self.t, self.c
        country = t.country(c.city.country)
        facts = [
            (t("cover_workshop"), c.workshop.title),
            (t("cover_date"), t.date(c.workshop.date)),
            (t("cover_facilitator"), c.workshop.facilitator or t("not_given")),
            (t("cover_venue"), c.workshop.venue or t("not_given")),
        ]
        return [
            Spacer(1, 2.2 * cm),
            TaggedParagraph(_esc(c.city.name), self.s["cover_city"]),
            TaggedParagraph(_esc(country if country == c.city.country else f"{country} ({c.city.country})"),
                            self.s["cover_country"]),
            TaggedParagraph(_esc(t("doc_title")), self.s["cover_title"], role="H1"),
            TaggedParagraph(_esc(c.workshop.title), self.s["cover_subtitle"]),
            self.key_values(facts),
            Spacer(1, 1.2 * cm),
            self.para(t("generated", date=t.date(dt.date.today()), version=__version__), "small"),
            NextPageTemplate("body"),
            PageBreak(),
        ]

    def contents(self) -> list[Flowable]:
        toc = _Contents(dotsMinLevel=0, tableStyle=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        toc.levelStyles = [self.s["toc0"], self.s["toc1"]]
        return [TaggedParagraph(_esc(self.t("contents")), self.s["h1"], role="H1"), toc, PageBreak()]

    def summary(self) -> list[Flowable]:
        """The executive summary: one page with the headline figures of every chapter."""
        t, c = self.t, self.c
        out: list[Flowable] = [_Heading(t("sec_summary"), self.s["h1"], 0, self._key())]
        out.append(self.para(t("summary_intro", city=c.city.name, workshop=c.workshop.title,
                               date=t.date(c.workshop.date), people=t("n_people", count=len(c.participants)),
                               groups=t("n_groups", count=len(c.group_counts())))))
        if c.workshop.vision.strip():
            out.append(TaggedParagraph(_esc(c.workshop.vision.strip()), self.s["vision"]))
        out.append(TaggedParagraph(_esc(t("summary_maturity")), self.s["h2"], role="H2"))
        scored = [s for s in c.scores if s.current is not None or s.target is not None]
        if scored:
            rows = [[s.name, f"{t.decimal(s.current)} → {t.decimal(s.target)}", t.gap(s.current, s.target, s.gap)]
                    for s in scored]
            out += [self.table(SUMMARY_COLUMNS, rows), Spacer(1, 6)]
            gaps = sorted((s for s in scored if s.gap is not None and s.gap > 0), key=lambda s: -(s.gap or 0))[:3]
            if gaps:
                out.append(self.para(t("summary_gaps", gaps="; ".join(f"{s.name} (+{t.gap(s.current, s.target, s.gap)})"
                                                                       for s in gaps))))
        else:
            out.append(self.para(t("summary_no_scores")))
        out.append(TaggedParagraph(_esc(t("summary_needs")), self.s["h2"], role="H2"))
        if c.ranking:
            top = c.ranking[:SUMMARY_ITEMS]
            items = [(f"{r.rank}.", [self.para(t("summary_need", title=r.title, dots=t("n_dots", count=r.dots),
                                                  moscow=t.code("moscow", r.moscow)))]) for r in top]
            out += self.bullet_list(items, numbered=True)
            if len(c.ranking) > len(top):
                out.append(self.para(t("summary_more", count=len(c.ranking) - len(top)), "small"))
        else:
            out.append(self.para(t("needs_none")))
        out.append(TaggedParagraph(_esc(t("objectives")), self.s["h2"], role="H2"))
        groups = [g for g in c.objectives if g.objective is not None]
        if groups:
            items = []
            for group in groups[:SUMMARY_ITEMS]:
                assert group.objective is not None
                budget = sum(a.action.budget_eur or 0 for a in group.actions if a.action.status != "cancelled")
                detail = t("objective_actions", count=len(group.actions), budget=t.euros(budget)).rstrip(".")
                items.append(("•", [self.para(f"{group.objective.title} ({detail})")]))
            out += self.bullet_list(items, numbered=False)
            if len(groups) > SUMMARY_ITEMS:
                out.append(self.para(t("summary_more", count=len(groups) - SUMMARY_ITEMS), "small"))
        else:
            out.append(self.para(t("objectives_none")))
        out.append(TaggedParagraph(_esc(t("summary_budget_title")), self.s["h2"], role="H2"))
        totals = budget_by_source([a.action for a in c.actions])
        grand = sum(total for _, _, total in totals)
        if grand:
            shown = totals[:3]
            mix = [f"{self.ref_label('funding_source', code) if code else t('unspecified_source')} "
                   f"{t.percent(total / grand)}" for code, _, total in shown]
            rest = sum(total for _, _, total in totals[3:])
            if rest:
                mix.append(t("summary_other_sources", share=t.percent(rest / grand)))
            budgeted = sum(n for _, n, _ in totals)
            out.append(self.para(t("summary_budget", budget=t.euros(grand), actions=t("n_actions", count=budgeted),
                                   mix="; ".join(mix))))
        else:
            out.append(self.para(t("summary_budget_none")))
        spans = _spans(a.action for a in c.actions)
        if spans:
            first = min(min(span) for span in spans)
            last = max(max(span) for span in spans)
            months = (last.year - first.year) * 12 + last.month - first.month + 1
            out.append(self.para(t("summary_timeline", first=t.month(first), last=t.month(last), months=months)))
        else:
            out.append(self.para(t("summary_timeline_none")))
        return [*out, PageBreak()]

    def profile(self) -> list[Flowable]:
        t, city, workshop = self.t, self.c.city, self.c.workshop
        first, last = self.c.horizon
        city_facts = [
            (t("profile_city"), city.name),
            (t("profile_country"), t.country(city.country)),
            (t("profile_region"), city.region or t("not_given")),
            (t("profile_population"), t.integer(city.population) if city.population is not None else t("not_given")),
            (t("profile_edition"), city.edition.replace("-", "–")),
            (t("profile_role"), t.code("role", city.role)),
        ]
        if city.notes.strip():
            city_facts.append((t("profile_notes"), city.notes.strip()))
        workshop_facts = [
            (t("profile_title"), workshop.title),
            (t("cover_date"), t.date(workshop.date)),
            (t("cover_venue"), workshop.venue or t("not_given")),
            (t("cover_facilitator"), workshop.facilitator or t("not_given")),
            (t("profile_status"), t.code("workshop", workshop.status)),
            (t("profile_framework"), f"{self.c.framework_name} ({self.c.framework.version})"),
            (t("profile_horizon"), t("horizon_value", years=workshop.horizon_years, first=t.month(first), last=t.month(last))),
        ]
        return [self.heading("sec_profile"), self.key_values(city_facts), *self.sub(t("profile_workshop")),
                self.key_values(workshop_facts)]

    def participants(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(6 * cm), self.heading("sec_participants")]
        counts = c.group_counts()
        if not counts:
            return out + [self.para(t("participants_none"))]
        # the consent note comes before the table: after it, it could be left alone on a page
        out += [self.para(t("participants_intro", people=t("n_people", count=len(c.participants)),
                                    groups=t("n_groups", count=len(counts)))),
                self.para(t("participants_consent"), "small")]
        rows = []
        for group, count in counts.items():
            members = [p for p in c.participants if p.stakeholder_group == group]
            named = [p for p in members if p.consent]
            hidden = len(members) - len(named)
            if named:
                names = "; ".join(f"{p.name} ({p.organisation})" if p.organisation else p.name for p in named)
                text = names + (" " + t("not_named", count=hidden) if hidden else "")
            else:
                text = t("nobody_named", count=hidden)
            rows.append([t.code("group", group), t.integer(count), text])
        rows.append([t("total"), t.integer(len(c.participants)), ""])
        out.append(self.table(PARTICIPANT_COLUMNS, rows, total_row=True))
        return out

    def assessment(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(12 * cm), self.heading("sec_assessment")]
        if c.score_source is None:
            return out + [self.para(t("assessment_none"))]
        out.append(self.para(t("assessment_intro", framework=c.framework_name)))
        if c.score_source == "individual":
            answers = sum(s.answered for s in c.scores)
            out.append(self.para(t("assessment_individual", answers=t.integer(answers))))
        axes = [charts.RadarAxis(s.name, s.current, s.target) for s in c.scores]
        out += [
            self.caption(t("radar_title")),
            Figure(charts.radar_chart(axes, self.width, (t("current"), t("target")), height=290), t("alt_radar", values="; ".join(
                t("alt_radar_axis", name=s.name, current=t.decimal(s.current), target=t.decimal(s.target))
                for s in c.scores))),
        ]
        out = [out[0], KeepTogether(out[1:]), Spacer(1, 8)]  # the heading never stays behind without its chart
        rows = [[s.name, t.decimal(s.current), t.decimal(s.target), t.gap(s.current, s.target, s.gap), t.integer(s.answered)]
                for s in c.scores]
        out.append(self.table(SCORE_COLUMNS, rows))
        out += self.cohort()
        gaps = sorted((g for g in c.gaps if g.gap is not None and g.gap > 0), key=lambda g: -(g.gap or 0))[:10]
        out += self.sub(t("gaps_title"))
        if not gaps:
            return out + [self.para(t("gaps_none"))]
        rows = [[g.text, g.dimension, t.decimal(g.current), t.decimal(g.target), t.gap(g.current, g.target, g.gap)]
                for g in gaps]
        out.append(self.table(GAP_COLUMNS, rows))
        return out

    def cohort(self) -> list[Flowable]:
        """The city's levels beside its cohort's median and middle half (from this database)."""
        t, c = self.t, self.c
        out = self.sub(t("cohort_title"))
        if c.cohort is None:
            return out + [self.para(t("cohort_too_small", cities=t.integer(c.cohort_cities)))]
        out.append(self.para(t("cohort_intro", cities=t.integer(c.cohort.cities))))
        bands = {d.dimension_id: d for d in c.cohort.dimensions}
        rows = []
        for score in c.scores:
            band = bands.get(score.dimension_id)
            current, target = (band.current, band.target) if band else (None, None)
            rows.append([score.name, t.decimal(score.current), t.decimal(current.median if current else None),
                         f"{t.decimal(current.q1)}–{t.decimal(current.q3)}" if current else t("none_mark"),
                         t.decimal(score.target), t.decimal(target.median if target else None)])
        out.append(self.table(COHORT_COLUMNS, rows))
        return out

    def progress(self) -> list[Flowable]:
        """Progress since the workshop: actions, KPIs measured, maturity change (only when recorded)."""
        t, f = self.t, self.c.follow_up
        if f is None:
            return []
        summary = f.summary
        out: list[Flowable] = [CondPageBreak(10 * cm), self.heading("sec_progress")]
        frozen = self.c.workshop.baseline_frozen_on
        out.append(self.para(t("progress_frozen", date=t.date(frozen)) if frozen else t("progress_not_frozen")))
        mean = summary.mean_current_change
        pairs = [
            (t("progress_actions_done"), t("progress_of", done=t.integer(summary.actions_done),
                                           total=t.integer(summary.actions_total))),
            (t("progress_in_progress"), t.integer(summary.actions_in_progress)),
            (t("progress_mean_percent"), t.percent(summary.mean_percent_complete / 100)
             if summary.mean_percent_complete is not None else t("none_mark")),
            (t("progress_kpis_measured"), t("progress_of", done=t.integer(summary.kpis_measured),
                                            total=t.integer(summary.kpis_total))),
            (t("progress_kpis_improved"), t.integer(summary.kpis_improved)),
            (t("progress_kpis_reached"), t.integer(summary.kpis_reached)),
        ]
        if summary.maturity_change:
            pairs.append((t("progress_maturity", first=summary.first_round, last=summary.last_round),
                          _signed(t, mean)))
        out.append(self.key_values(pairs))
        numbers = {a.action.id: a.number for a in self.c.actions}
        out += self.sub(t("progress_actions_title"))
        rows = [[str(numbers.get(b.action_id, "")), b.title, self.t.code("status", b.status),
                 t.percent(done / 100) if (done := _percent_done(b)) is not None else t("none_mark"),
                 t.month(b.planned_end), t.month(b.end)] for b in f.timeline]
        out.append(self.table(PROGRESS_ACTION_COLUMNS, rows))
        out += self.sub(t("progress_kpis_title"))
        measured = [k for k in f.kpis if k.measurements]
        if measured:
            rows = [[k.kpi.name, k.kpi.unit, t.number(k.kpi.baseline), t.number(k.kpi.target), t.number(k.latest),
                     t.date(k.measurements[-1].date),
                     t.percent(k.share_of_target) if k.share_of_target is not None else t("none_mark")]
                    for k in measured]
            out.append(self.table(PROGRESS_KPI_COLUMNS, rows))
        else:
            out.append(self.para(t("progress_no_kpi")))
        if len(f.rounds) < 2:
            return out + [self.para(t("progress_no_round"))]
        first, last = f.rounds[0], f.rounds[-1]
        out += self.sub(t("progress_rounds_title", first=first.label, last=last.label))
        axes = [charts.RadarAxis(s.name, s.current, s.target) for s in last.scores]
        overlays = [(f"{t('current')} {r.label}", [s.current for s in r.scores]) for r in f.rounds[:-1]]
        alt = t("alt_radar", values="; ".join(
            t("alt_radar_axis", name=s.name, current=f"{t.decimal(before.current)} → {t.decimal(s.current)}",
              target=t.decimal(s.target)) for s, before in zip(last.scores, first.scores, strict=True)))
        out += [self.caption(t("progress_radar_title")),
                Figure(charts.radar_chart(axes, self.width, (f"{t('current')} {last.label}", t("target")),
                                          height=290, overlays=overlays), alt),
                Spacer(1, 8)]
        columns = (PROGRESS_ROUND_COLUMNS[0],
                   Column(t("col_round_current", round=first.label), 0.13, True, (), True),
                   Column(t("col_round_current", round=last.label), 0.13, True, (), True),
                   *PROGRESS_ROUND_COLUMNS[3:])
        rows = [[d.name, t.decimal(before.current), t.decimal(d.current), _signed(t, d.current_change),
                 t.decimal(d.gap), _signed(t, d.gap_change)]
                for d, before in zip(f.latest_changes, first.scores, strict=True)]
        out.append(self.table(columns, rows))
        return out

    def needs(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(8 * cm), self.heading("sec_needs")]
        if not c.ranking:
            return out + [self.para(t("needs_none"))]
        out.append(self.para(t("needs_intro", dots=c.workshop.dots_per_participant)))
        rows = [[str(r.rank), r.title, t.code("moscow", r.moscow), t.integer(r.dots), t.decimal(r.impact),
                 t.decimal(r.feasibility), t.code("quadrant", r.quadrant.value if r.quadrant else None)]
                for r in c.ranking]
        out.append(self.table(NEED_COLUMNS, rows))
        voted = [r for r in c.ranking if r.dots > 0]
        if voted:
            shown = voted[:MAX_VOTE_BARS]
            bars = [(f"{r.rank}. {r.title}", float(r.dots), t.integer(r.dots)) for r in shown]
            alt = t("alt_votes", values="; ".join(f"{label}: {value}" for label, _, value in bars))
            block: list[Flowable] = [self.caption(t("votes_title")), Figure(charts.bar_chart(bars, self.width), alt)]
            if len(voted) > len(shown):
                block.append(self.para(t("votes_more", shown=len(shown)), "small"))
            out += [Spacer(1, 6), KeepTogether(block)]
        scored = [r for r in c.ranking if r.impact is not None and r.feasibility is not None]
        if scored:
            points = [charts.MatrixPoint(str(r.rank), r.impact or 0, r.feasibility or 0) for r in scored]
            quadrants = {q: t(f"quadrant_{q}") for q in ("quick_win", "major_project", "fill_in", "thankless_task")}
            matrix = charts.priority_matrix(points, min(self.width, 12 * cm),
                                            axis_labels=(t("feasibility"), t("impact")), quadrant_labels=quadrants)
            missing = len(c.ranking) - len(scored)
            note = t("matrix_note", count=missing) if missing else t("matrix_note_all")
            alt = t("alt_matrix", values="; ".join(
                t("alt_matrix_point", need=f"{r.rank}. {r.title}", impact=t.decimal(r.impact),
                  feasibility=t.decimal(r.feasibility), quadrant=t.code("quadrant", r.quadrant.value if r.quadrant
                                                                         else None)) for r in scored))
            out += [Spacer(1, 6), KeepTogether([self.caption(t("matrix_title")), Figure(matrix, alt),
                                               self.para(note, "small")])]
        return out

    def vision(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(8 * cm), self.heading("sec_vision"), *self.sub(t("vision"))]
        vision = c.workshop.vision.strip()
        out.append(TaggedParagraph(_esc(vision), self.s["vision"]) if vision else self.para(t("vision_none")))
        out += self.sub(t("objectives"))
        groups = [g for g in c.objectives if g.objective is not None]
        if not groups:
            return out + [self.para(t("objectives_none"))]
        items = []
        for group in groups:
            assert group.objective is not None
            budget = sum(a.action.budget_eur or 0 for a in group.actions if a.action.status != "cancelled")
            parts: list[Flowable] = [TaggedParagraph(f"<b>{_esc(group.objective.title)}</b>", self.s["body"])]
            if group.objective.description.strip():
                parts.append(self.para(group.objective.description.strip()))
            parts.append(self.para(t("objective_actions", count=len(group.actions), budget=t.euros(budget)), "small"))
            items.append((f"{group.number}.", parts))
        out += self.bullet_list(items, numbered=True)
        return out

    def roadmap(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(8 * cm), self.heading("sec_roadmap")]
        actions = c.actions
        if not actions:
            return out + [self.para(t("roadmap_none"))]
        total = sum(a.action.budget_eur or 0 for a in actions if a.action.status != "cancelled")
        objectives = len([g for g in c.objectives if g.objective is not None])
        out.append(self.para(t("roadmap_intro", actions=t("n_actions", count=len(actions)),
                                       objectives=t("n_objectives", count=objectives), budget=t.euros(total))))
        needs = {n.id: n.title for n in c.needs}
        for group in c.objectives:
            if not group.actions and group.objective is None:
                continue
            if group.objective is not None:
                out += self.sub(t("objective_heading", number=group.number, title=group.objective.title), toc=True)
            else:
                out += self.sub(t("other_actions"), toc=True)
            rows = []
            for item in group.actions:
                a = item.action
                # One paragraph per cell, the details in a smaller grey font: a list of paragraphs
                # in a cell is measured again at every split and draw (it doubled the layout time).
                details = [a.description.strip()]
                if a.partners.strip():
                    details.append(t("partners", partners=a.partners.strip()))
                if a.need_id and a.need_id in needs:
                    details.append(t("addresses_need", need=needs[a.need_id]))
                cell = StableParagraph("<br/>".join([f"<b>{_esc(soft_hyphens(a.title, t.language))}</b>"] + [
                    _small(soft_hyphens(d, t.language)) for d in details if d]), self.s["cell"])
                status = StableParagraph(_esc(t.code("status", a.status)) + ("<br/>" + _small(t("quick_win"))
                                                                       if a.quick_win else ""), self.s["cell"])
                rows.append([str(item.number), cell, a.lead_organisation or t("none_mark"),
                             t.period(a.start_month, a.end_month), t.euros(a.budget_eur),
                             self.ref_label("funding_source", a.funding_source), status])
            out.append(self.table(ROADMAP_COLUMNS, rows))
        return out

    def timeline(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(10 * cm), self.heading("sec_timeline")]
        dated = [a for a in c.actions if a.action.start_month and a.action.end_month]
        if not dated:
            return out + [self.para(t("timeline_none"))]
        out.append(self.para(t("timeline_intro")))
        first_h, last_h = c.horizon
        spans = _spans(a.action for a in dated)
        first = min([first_h] + [min(span) for span in spans])
        last = max([last_h] + [max(span) for span in spans])
        rows: list[charts.GanttRow] = []
        for group in c.objectives:
            members = [a for a in group.actions if a.action.start_month and a.action.end_month]
            if not members:
                continue
            title = (t("objective_heading", number=group.number, title=group.objective.title)
                     if group.objective is not None else t("other_actions"))
            rows.append(charts.GanttRow(title, kind="heading"))
            for item in members:
                a = item.action
                kind = "cancelled" if a.status == "cancelled" else "quick" if a.quick_win else "long"
                rows.append(charts.GanttRow(f"{item.number}  {a.title}", a.start_month, a.end_month, kind))

        def continued(title: str) -> str:  # the title shortened, never the word saying it goes on
            room = self.width - 4 - stringWidth(t("continued", title=""), charts.BOLD, 7.5)
            return t("continued", title=charts.fit(title, charts.BOLD, 7.5, room))

        chunks = charts.gantt_parts(rows, GANTT_ROWS_PER_CHART, continued)
        letters = {m: t.month_letter(m) for m in range(1, 13)}
        legend = [("quick", t("quick_win")), ("long", t("long_term"))]
        if any(r.kind == "cancelled" for r in rows):
            legend.append(("cancelled", t("status_cancelled")))
        legend.append(("horizon", t("profile_horizon")))
        for number, chunk in enumerate(chunks, start=1):
            drawing = charts.gantt_chart(chunk, self.width, first, last, month_letter=letters, legend=legend,
                                         horizon_end=last_h)
            alt = t("alt_gantt", first=t.month(first), last=t.month(last), values="; ".join(
                r.label if r.kind == "heading" else f"{r.label}: {t.period(r.start, r.end)}" for r in chunk))
            block: list[Flowable] = [Figure(drawing, alt)]
            if len(chunks) > 1:
                block.insert(0, self.caption(t("timeline_part", part=number, parts=len(chunks))))
            if number == 1:  # the chapter's heading and introduction go with the first chart
                out = [out[0], KeepTogether([*out[1:], *block])]
            else:
                out.append(KeepTogether(block))
        undated = [f"{a.number} {a.action.title}" for a in c.actions if not (a.action.start_month and a.action.end_month)]
        if undated:
            out.append(self.para(t("timeline_undated", actions="; ".join(undated)), "small"))
        return out

    def kpis(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(6 * cm), self.heading("sec_kpis")]
        rows = [[str(a.number), a.action.title, k.name, k.unit, t.number(k.baseline), t.number(k.target), t.month(k.target_date)]
                for a in c.actions for k in a.kpis]
        if not rows:
            return out + [self.para(t("kpis_none"))]
        out.append(self.table(KPI_COLUMNS, rows))
        return out

    def budget(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(8 * cm), self.heading("sec_budget")]
        actions = [a.action for a in c.actions]
        totals = budget_by_source(actions)
        grand = sum(total for _, _, total in totals)
        if not totals:
            return out + [self.para(t("budget_none"))]
        out.append(self.para(t("budget_intro")))

        def label(code: str | None) -> str:
            return self.ref_label("funding_source", code) if code else t("unspecified_source")

        rows = [[label(code), t.integer(n), t.euros(total), t.percent(total / grand if grand else 0)]
                for code, n, total in totals]
        rows.append([t("total"), t.integer(sum(n for _, n, _ in totals)), t.euros(grand), t.percent(1 if grand else 0)])
        out.append(self.table(BUDGET_COLUMNS, rows, total_row=True))
        if grand:
            bars = [(label(code), float(total), t.euros(total)) for code, _, total in totals]
            alt = t("alt_budget", values="; ".join(f"{label}: {value}" for label, _, value in bars))
            out += [Spacer(1, 8), Figure(charts.bar_chart(bars, self.width, color=charts.CURRENT), alt)]
        unbudgeted = len([a for a in actions if a.budget_eur is None and a.status != "cancelled"])
        if unbudgeted:
            out.append(self.para(t("unbudgeted", count=unbudgeted), "small"))
        return out

    def checks(self) -> list[Flowable]:
        t, c = self.t, self.c
        out: list[Flowable] = [CondPageBreak(5 * cm), self.heading("sec_checks")]
        if not c.actions and not c.needs:  # an empty workshop does not "pass": there is nothing to check
            return out + [self.para(t("checks_nothing"))]
        if not c.warnings:
            return out + [self.para(t("checks_ok"))]
        actions = {a.action.id: a.action for a in c.actions}
        needs = {n.id: n.title for n in c.needs}
        first, last = c.horizon
        items = []
        for warning in c.warnings:
            action = actions.get(warning.row_id)
            title = action.title if action else needs.get(warning.row_id, "")
            if warning.kind is CheckKind.NEED_NOT_COVERED:
                text = t("check_need_not_covered", need=title)
            elif warning.kind is CheckKind.END_BEFORE_START and action is not None:
                text = t("check_end_before_start", action=title, start=t.month(action.start_month), end=t.month(action.end_month))
            elif warning.kind is CheckKind.OUTSIDE_HORIZON:
                text = t("check_outside_horizon", action=title, first=t.month(first), last=t.month(last))
            elif warning.kind is CheckKind.MISSING_DATES:
                text = t("check_missing_dates", action=title)
            else:
                text = t("check_no_kpi", action=title)
            items.append(("•", [self.para(text)]))
        out += [self.para(t("checks_intro", count=len(c.warnings))),
                *self.bullet_list(items, numbered=False)]
        return out

    def sections(self) -> list[Callable[[], list[Flowable]]]:
        """The document's parts in order (each a step of the progress report)."""
        return [self.cover, self.contents, self.summary, self.profile, self.participants, self.assessment,
                self.needs, self.vision, self.roadmap, self.timeline, self.kpis, self.budget, self.checks,
                self.progress]


def build_pdf(content: WorkshopContent, path: Path, *, page_size: str = "A4", language: str = "en",
              steps: Steps | None = None) -> None:
    """Write the strategy document of already loaded `content` to `path` (not atomic; see `export_pdf`)."""
    register_fonts()
    translator = Translator(language)
    content = content.localized(language, translator("in_english"))
    steps = steps or Steps(1, None, None)
    pagesize = PAGE_SIZES[page_size]
    margins = {"leftMargin": 2 * cm, "rightMargin": 2 * cm, "topMargin": 2.3 * cm, "bottomMargin": 2 * cm}
    header = (f"{content.city.name} — {content.workshop.title}", translator("doc_title"))
    doc = _ReportDoc(
        str(path), steps=steps, header=header, translator=translator, pagesize=pagesize,
        title=f"{content.city.name}: {translator('doc_title')}", author=content.workshop.facilitator or "ICC Workshop",
        subject=content.workshop.title, creator=f"ICC Workshop {__version__}", lang=language,
        draft=not content.workshop.final,
        initialFontName=FONT, **margins,
    )
    tagger = Tagger(language)
    tagger.fallback_texts = content.fallback_texts
    builder = _Builder(content, translator, doc.width, doc.height)
    story: list[Flowable] = []
    for section in builder.sections():
        story += section()
        steps.advance()
    # two layout passes in most documents (the contents' page numbers need the first)
    steps.grow(steps.done + 2 * len(story))
    canvasmaker = _numbered_canvas(translator, margins["leftMargin"], margins["rightMargin"], margins["bottomMargin"],
                                   tagger)
    doc.multiBuild(story, canvasmaker=canvasmaker)
    if tagger.passes < 2:  # laid out in one pass (never with a contents page): draw it again, tagged
        doc.multiBuild(story, canvasmaker=canvasmaker)
    finish_tagged_pdf(path, tagger, title=doc.title, author=doc.author, subject=doc.subject)


def export_pdf(db: Database, workshop_id: str, path: Path | str, *, page_size: str = "A4", language: str = "en",
               progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> Path:
    """Write a workshop's strategy document as a PDF at `path`; return the path.

    `page_size` is "A4" or "letter"; `language` one of "en", "fr", "de". `progress(done, total)`
    is called as the document is built and `cancelled()` is polled between steps: when it
    returns True the export stops with `ExportCancelled`. The file appears only when complete
    (an existing file is replaced then, and left as it was on any error or cancel).
    Raises `NotFoundError` for an unknown workshop and `ExportError` for an unwritable path.
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page_size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    Translator(language)  # refuses an unknown language before any work
    steps = Steps(15, progress, cancelled)
    steps.check()
    content = load_workshop_content(db, workshop_id)
    steps.advance()
    with atomic_output(Path(path), ".pdf") as temp:
        build_pdf(content, temp, page_size=page_size, language=language, steps=steps)
    steps.finish()
    return Path(path)


__all__ = ["PAGE_SIZES", "TABLES", "Column", "build_pdf", "export_pdf", "register_fonts"]
