"""The offline assessment template: an .xlsx city staff fill in, and reading it back.

`write_template` makes a workbook with an Instructions sheet and an Assessment sheet: one row
per question of the workshop's framework with its five level descriptors, drop-down cells
(data validation 1–5) for the current and target level, a comment column, and the question's
id in a hidden column A. A hidden `_icc` sheet names the workshop. The group's consensus
answers already recorded are filled in, so a template can go back and forth.

A second hidden sheet, `_icc_base`, records the version of every consensus answer the template
was made from (its `updated_at` stamp and its three values). The import merges three ways, as
sync does, field by field: changed only in the file → applied; changed only in the workshop
since the template was made → kept; changed on both sides to different values → a conflict,
and nothing is written until the user chooses for each one (the window) or for all of them
(`overwrite`: the file's value, `keep`: the workshop's). `plan_import` computes all that without
writing; `apply_import` writes a plan (after a backup of the database), and refuses a plan whose
rows changed after it was made.

The import checks the whole file first and writes nothing unless every row is right (all or
nothing); each problem names its sheet, row and column. The file is untrusted: it is refused
when it is not a zip, when it is too big or expands to an absurd size (a zip bomb), when any of
its XML parts declares a DTD (entity tricks), or when it carries macros; an input cell holding
a formula is refused (its stored result may be stale or absent). XML is parsed with defusedxml.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import insert, update
from sqlmodel import col, select

from icc_desktop.errors import ExportCancelled, Problem, ValidationError
from icc_desktop.exports.common import (
    CancelCheck,
    ProgressCallback,
    Steps,
    atomic_output,
    check_destination,
)
from icc_desktop.exports.i18n import LANGUAGES, Translator
from icc_desktop.exports.xlsx_reader import CellError, Formula, XlsxFormatError, XlsxReader
from icc_desktop.messages import Cell, Shown, Term, problem
from icc_desktop.models import LEVELS, City, Framework, Response, Workshop, utcnow
from icc_desktop.services import crud
from icc_desktop.services.multilingual import LocalText, framework_texts
from icc_desktop.services.scoring import framework_questions
from icc_desktop.store.db import Database

META_SHEET = "_icc"
"""The hidden sheet that names the workshop and the template's format."""

BASE_SHEET = "_icc_base"
"""The hidden sheet with the version of every consensus answer the template was made from."""

TEMPLATE_FORMAT = "icc-assessment-template/2"
OLD_FORMAT = "icc-assessment-template/1"
"""Templates made before versions were recorded: still read, every overwrite of a value is a conflict."""

MACRO_PARTS = ("xl/vbaProject.bin", "xl/vbaProjectSignature.bin")

MAX_FILE_BYTES = 20 * 1024 * 1024
"""A filled template is a few hundred kilobytes; anything past this is not one."""

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
"""The most the file's parts may expand to, in all: past it the file is refused unread (zip bomb)."""

MAX_RATIO = 200
"""The most one part may be compressed (uncompressed / compressed size); real xlsx parts stay far below."""

MAX_PARTS = 2000
MAX_ROWS = 20_000
"""More rows than any framework has questions: a sheet longer than this is refused."""

MAX_COMMENT = 10_000

# The Assessment sheet's columns, 1-based.
COL_ID, COL_DIMENSION, COL_CODE, COL_QUESTION = 1, 2, 3, 4
COL_LEVEL_1 = 5
COL_CURRENT, COL_TARGET, COL_COMMENT = 10, 11, 12
LAST_COLUMN = COL_COMMENT

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_INPUT_FILL = PatternFill("solid", fgColor="FFF8E1")
_WRAP = Alignment(wrap_text=True, vertical="top")
_THIN = Side(style="thin", color="C9D3DD")


class TemplateError(ValidationError):
    """A template that cannot be imported: every problem found, each with sheet, row and column."""


ImportProblem = Problem
"""A problem in an imported file, located by sheet, row (1-based) and column letter."""


Message = tuple[str, dict[str, Any]]
"""A problem's key in `icc_desktop.messages.MESSAGES` and its parameters."""


def _problem(message: Message, sheet: str = "", row: int | None = None, column: int | None = None,
             header: str | None = None) -> ImportProblem:
    letter = get_column_letter(column) if column else None
    key, params = message

    parts = []
    if sheet:
        parts.append(f"sheet “{sheet}”")
    if row is not None:
        parts.append(f"row {row}")
    if letter:
        parts.append(f"column {letter}" + (f" ({header})" if header else ""))
    if header:
        params = {**params, "header": header}
    return problem(", ".join(parts), key, sheet=sheet, row=row, column=letter, **params)


class ImportConflictError(TemplateError):
    """A filled template whose values clash with changes made in the workshop since it was made."""


Field = Literal["current_level", "target_level", "evidence"]
FIELDS: tuple[Field, ...] = ("current_level", "target_level", "evidence")
Choice = Literal["file", "database"]
"""How one conflict is settled: take the file's value, or keep the workshop's."""


def show_value(value: Any) -> str:
    """A level or a comment as the user reads it in a change or a conflict."""
    if value is None or value == "":
        return "(empty)"
    return f"“{value}”" if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class FieldChange:
    """One field of one answer the import would set: where it is in the file, the workshop's value and the file's."""

    question_id: str
    question_code: str
    field: Field
    sheet: str
    row: int
    column: str
    header: str
    database_value: Any
    file_value: Any

    @property
    def key(self) -> tuple[str, str]:
        """(question id, field): how a choice names this conflict."""
        return self.question_id, self.field

    @property
    def where(self) -> str:
        """Sheet, row and column, as every import message names them."""
        return f"sheet “{self.sheet}”, row {self.row}, column {self.column} ({self.header})"

    def describe(self) -> str:
        """One line: where, and the value before → after."""
        return f"{self.where}: {show_value(self.database_value)} → {show_value(self.file_value)}"


@dataclass(frozen=True)
class FieldConflict(FieldChange):
    """A field changed both in the file and in the workshop since the template was made; `base` is the value then."""

    base: Any = None
    base_known: bool = True

    def problem(self) -> ImportProblem:
        """The conflict as a located problem."""
        values: dict[str, Any] = {"file_value": Shown(self.file_value), "database_value": Shown(self.database_value),
                  "header": self.header}
        if self.base_known:
            return problem(self.where, "conflict", sheet=self.sheet, row=self.row, column=self.column,
                           base=Shown(self.base), **values)
        return problem(self.where, "conflict_unknown_base", sheet=self.sheet, row=self.row, column=self.column,
                       **values)


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do, computed without writing."""

    file: str
    rows: int
    changes: list[FieldChange]
    """Fields changed only in the file: applied."""
    kept: list[FieldChange]
    """Fields changed only in the workshop since the template was made: kept (the file's older value is ignored)."""
    conflicts: list[FieldConflict]
    answers: dict[str, _Answer] = field(repr=False)
    versions: dict[str, str | None] = field(repr=False)
    """Question id → `updated_at` of its consensus answer when the plan was made (None: no answer)."""

    def lines(self, on_conflict: Choice | None = None) -> list[str]:
        """What the import would do, one line each, for the dry run and the preview; with `on_conflict`,
        each conflict says how it would be settled."""
        out = [f"{self.file}: {_count(self.rows, 'question')} read; {_count(len(self.changes), 'value')} to change, "
               f"{_count(len(self.kept), 'newer value')} in the workshop kept, {_count(len(self.conflicts), 'conflict')}."]
        out += [f"  change {c.question_code}: {c.describe()}" for c in self.changes]
        out += [f"  keep {c.question_code}: {c.where}: the workshop's {show_value(c.database_value)} is newer than "
                f"the file's {show_value(c.file_value)}" for c in self.kept]
        for c in self.conflicts:
            line = f"  conflict {c.question_code}: {c.problem()}"
            if on_conflict == "file":
                line = f"{line.removesuffix('.')}; the file's {show_value(c.file_value)} is taken."
            elif on_conflict == "database":
                line = f"{line.removesuffix('.')}; the workshop's {show_value(c.database_value)} is kept."
            out.append(line)
        return out

    def check_settled(self, choices: Mapping[tuple[str, str], Choice] | None = None,
                      on_conflict: Choice | None = None) -> None:
        """Raise `ImportConflictError` listing every conflict neither `choices` nor `on_conflict` settles:
        the refusal `apply_import` gives, which a dry run gives too."""
        choices = choices or {}
        unsettled = [c for c in self.conflicts if choices.get(c.key, on_conflict) is None]
        if unsettled:
            raise ImportConflictError([c.problem() for c in unsettled])


@dataclass(frozen=True)
class ImportReport:
    """What an import changed: consensus answers created, updated, rows already up to date, values kept."""

    rows: int
    created: int
    updated: int
    unchanged: int
    kept: int = 0
    """Fields whose newer value in the workshop was kept."""
    conflicts: int = 0
    """Conflicts settled by a choice."""
    backup: Path | None = None
    """The backup taken before writing (None when nothing was written)."""

    def summary(self) -> str:
        """One line for the user."""
        line = (f"Read {_count(self.rows, 'question')}: {_count(self.created, 'answer')} added, {self.updated} changed, "
                f"{self.unchanged} unchanged.")
        if self.kept:
            line += f" {_count(self.kept, 'newer value')} in the workshop kept."
        if self.conflicts:
            line += f" {_count(self.conflicts, 'conflict')} settled."
        return line


def _count(number: int, noun: str) -> str:
    """`1 conflict`, `2 conflicts`: the command line's English counts."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _headers(t: Translator) -> list[str]:
    return [t("tpl_col_id"), t("col_dimension"), t("tpl_col_code"), t("col_question"),
            *(t("tpl_col_level", level=level) for level in LEVELS),
            t("tpl_col_current"), t("tpl_col_target"), t("tpl_col_comment")]


def _row_height(texts: list[tuple[str, float]]) -> float:
    """A row tall enough for its longest wrapped cell (text, column width in characters)."""
    lines = max((math.ceil(len(text) / max(width - 2, 1)) for text, width in texts if text), default=1)
    return max(30.0, 15.0 * lines)


def write_template(db: Database, workshop_id: str, path: Path | str, *, language: str = "en",
                   progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> Path:
    """Write the assessment template of a workshop at `path` (atomically); return the path.

    `language` ("en", "fr", "de") sets the instructions, headers and the framework's texts
    (dimensions, questions, level descriptors; see `services.multilingual`). Raises `NotFoundError` for an unknown workshop, `ExportError`
    for an unwritable path, `ExportCancelled` when `cancelled()` turns True.
    """
    t = Translator(language)
    check_destination(Path(path), ".xlsx")  # a wrong file name is refused before the work
    steps = Steps(4, progress, cancelled)
    steps.check()
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        city = crud.get(session, City, workshop.city_id)
        framework = session.get(Framework, workshop.framework_id)
        pairs = framework_questions(session, workshop.framework_id)
        answers = {r.question_id: r for r in crud.live(session, Response, workshop_id=workshop_id)
                   if r.participant_id is None}
    steps.advance()

    book = Workbook()
    guide = book.active
    guide.title = t("tpl_sheet_instructions")
    sheet = book.create_sheet(t("tpl_sheet_assessment"))
    headers = _headers(t)
    framework_name = (f"{framework_texts(framework.code, framework.version).framework('name', framework.name, language)}"
                      f" ({framework.version})" if framework else "")
    lines: list[tuple[str, Font | None]] = [
        (t("tpl_title"), Font(bold=True, size=16, color="1F4E79")),
        (t("tpl_for", city=city.name, workshop=workshop.title, date=t.date(workshop.date)), Font(bold=True, size=12)),
        (t("tpl_framework", framework=framework_name), None),
        ("", None),
        (t("tpl_how"), Font(bold=True, size=12)),
        ("1. " + t("tpl_step_1", sheet=sheet.title), None),
        ("2. " + t("tpl_step_2", current=headers[COL_CURRENT - 1], target=headers[COL_TARGET - 1]), None),
        ("3. " + t("tpl_step_3", comment=headers[COL_COMMENT - 1]), None),
        ("4. " + t("tpl_step_4"), None),
        ("5. " + t("tpl_step_5", facilitator=workshop.facilitator or t("tpl_facilitator_unknown")), None),
        ("", None),
        (f"{t('tpl_levels')}: {t('tpl_level_1')} … {t('tpl_level_5')}", None),
    ]
    guide.column_dimensions["A"].width = 90
    for row, (text, font) in enumerate(lines, start=1):
        cell = guide.cell(row=row, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if font is not None:
            cell.font = font
        # spreadsheets do not grow a row for wrapped text by themselves
        guide.row_dimensions[row].height = max(1, math.ceil(len(text) / 80)) * 15 + (6 if font is not None else 0)

    widths = {COL_ID: 10, COL_DIMENSION: 22, COL_CODE: 20, COL_QUESTION: 42, COL_CURRENT: 12, COL_TARGET: 12,
              COL_COMMENT: 40}
    widths.update({COL_LEVEL_1 + i: 26 for i in range(5)})
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.column_dimensions["A"].hidden = True  # the ids make the import exact; nobody needs to see them
    # Named styles: one lookup per cell, where building style objects per cell took seconds for
    # a long framework.
    book.add_named_style(NamedStyle("ICC question", alignment=_WRAP, border=Border(bottom=_THIN)))
    book.add_named_style(NamedStyle("ICC answer", alignment=_WRAP, border=Border(bottom=_THIN), fill=_INPUT_FILL,
                                    protection=Protection(locked=False)))
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=text)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, Alignment(wrap_text=True, vertical="center")
    sheet.row_dimensions[1].height = 30
    steps.advance()
    texts = framework_texts(framework.code, framework.version) if framework else framework_texts("", "")

    def show(local: LocalText) -> str:  # a missing translation: the English text, said to be English
        return f"{local.text} {t('in_english')}" if local.fallback else local.text

    for row, (dimension, question) in enumerate(pairs, start=2):
        answer = answers.get(question.id)
        values: list[Any] = [question.id, show(texts.dimension(dimension.code, "name", dimension.name, language)),
                             question.code, show(texts.question(question.code, question.text, language)),
                             *(show(texts.descriptor(question.code, level, question.descriptor(level), language))
                               for level in LEVELS),
                             answer.current_level if answer else None, answer.target_level if answer else None,
                             answer.evidence if answer and answer.evidence else None]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.style = "ICC answer" if column >= COL_CURRENT else "ICC question"
            if isinstance(value, str) and (value.startswith(("=", "+", "-", "@")) or value in ERROR_CODES):
                cell.data_type = "s"  # text typed as "=…" or "#N/A" stays text, not a formula or an error
        sheet.row_dimensions[row].height = _row_height(
            [(str(v or ""), widths[c]) for c, v in enumerate(values, start=1) if c != COL_ID])
    last = len(pairs) + 1
    validation = DataValidation(type="list", formula1='"1,2,3,4,5"', allow_blank=True, showDropDown=False,
                                showErrorMessage=True, errorTitle=t("tpl_levels"), error=t("tpl_level_error"),
                                promptTitle=t("tpl_levels"), prompt=f"{t('tpl_level_1')} … {t('tpl_level_5')}",
                                showInputMessage=True)
    if pairs:
        validation.add(f"{get_column_letter(COL_CURRENT)}2:{get_column_letter(COL_TARGET)}{last}")
    sheet.add_data_validation(validation)
    sheet.freeze_panes = "E2"
    # printed on paper by some: landscape, one page wide, the header row on every page
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    guide.sheet_properties.pageSetUpPr.fitToPage = True
    guide.page_setup.fitToWidth = 1
    guide.page_setup.fitToHeight = 0
    # Protected without a password: a guard against editing a question or an id by mistake, not a lock.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.autoFilter = False
    sheet.protection.sort = False

    meta = book.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    for row, (key, value) in enumerate([("format", TEMPLATE_FORMAT), ("workshop_id", workshop.id),
                                        ("framework_id", workshop.framework_id), ("language", language),
                                        ("city", city.name), ("workshop", workshop.title)], start=1):
        meta.cell(row=row, column=1, value=key)
        meta.cell(row=row, column=2, value=value).data_type = "s"
    _write_base(book.create_sheet(BASE_SHEET), answers.values())
    book.active = 1
    steps.advance()
    with atomic_output(Path(path), ".xlsx") as temp:
        book.save(str(temp))
        steps.check()
    steps.finish()
    return Path(path)


def _write_base(base: Any, answers: Any) -> None:
    """The version of every consensus answer the template is made from: the base of the three-way import."""
    base.sheet_state = "hidden"
    base.append(["question_id", "updated_at", "current_level", "target_level", "evidence"])
    for answer in answers:
        base.append([answer.question_id, answer.updated_at, answer.current_level, answer.target_level,
                     answer.evidence or ""])
        for cell in base[base.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # a comment typed as "=…" stays text


# --- import ---------------------------------------------------------------------------------


def check_package(path: Path) -> None:
    """Refuse, before any parsing, a file that is not an xlsx package or is too big when expanded."""
    where = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TemplateError(problem(where, "file_unreadable", reason=exc.strerror)) from exc
    if not path.is_file():
        raise TemplateError(problem(where, "not_a_file"))
    if size > MAX_FILE_BYTES:
        raise TemplateError(problem(where, "file_too_big", size=f"{size / 1e6:.0f}"))
    if not zipfile.is_zipfile(path):
        raise TemplateError(problem(where, "not_zip"))
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
            if len(members) > MAX_PARTS:
                raise TemplateError(problem(where, "too_many_parts", parts=len(members)))
            total = sum(m.file_size for m in members)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise TemplateError(problem(where, "expands_too_much", size=f"{total / 1e6:.0f}"))
            for member in members:
                if member.file_size > 1_000_000 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                    raise TemplateError(problem(where, "zip_bomb", part=member.filename,
                                                ratio=member.file_size // max(member.compress_size, 1)))
            names = {m.filename for m in members}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise TemplateError(problem(where, "zip_not_xlsx"))
            macros = [n for n in names if n in MACRO_PARTS or n.lower().endswith("vbaproject.bin")]
            if macros or b"macroenabled" in package.read("[Content_Types].xml").lower() \
                    or path.suffix.lower() in (".xlsm", ".xltm", ".xlam"):
                raise TemplateError(problem(where, "macros"))
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    with package.open(member) as part:
                        head = part.read(4096)  # a DTD can only come before the root element
                    if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                        raise TemplateError(problem(where, "dtd", part=member.filename))
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        # damaged or cut data, an unknown compression method, an encrypted part
        raise TemplateError(problem(where, "damaged_zip", reason=str(exc))) from exc


def _formula_error(value: Formula) -> Message:
    return "formula", {"shown": f" ({value.text})" if value.text else ""}


def _level(value: Any) -> tuple[int | None, Message | None]:
    """A cell's level, or an error message."""
    if isinstance(value, Formula):
        return None, _formula_error(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool) or isinstance(value, dt.date | dt.datetime | dt.time):
        return None, ("not_a_level", {"value": value})
    if isinstance(value, str):
        text = value.strip()
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None, ("not_a_level", {"value": text})
    if isinstance(value, int | float):
        if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
            return None, ("level_not_whole", {"value": value})
        level = int(value)
        if level not in LEVELS:
            return None, ("level_out_of_range", {"level": level})
        return level, None
    return None, ("not_a_level", {"value": value})


def _comment(value: Any) -> tuple[str, Message | None]:
    if value is None:
        return "", None
    if isinstance(value, Formula):
        return "", _formula_error(value)
    if isinstance(value, CellError):
        return "", ("cell_error", {"error": str(value)})
    if isinstance(value, bool) or isinstance(value, dt.date | dt.datetime | dt.time):
        return str(value), None
    if isinstance(value, int | float):
        return (str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)), None
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_COMMENT:
            return "", ("comment_too_long", {"length": len(text), "max_length": MAX_COMMENT})
        return text, None
    return "", ("not_a_comment", {"value": value})


@dataclass(frozen=True)
class _Answer:
    row: int
    question_id: str
    current: int | None
    target: int | None
    comment: str

    def value(self, name: Field) -> Any:
        return {"current_level": self.current, "target_level": self.target, "evidence": self.comment}[name]


@dataclass(frozen=True)
class _Base:
    """A consensus answer as it was when the template was made."""

    updated_at: str
    values: dict[str, Any]


@dataclass(frozen=True)
class _Filled:
    """A checked file: its answers, the versions it was made from (None for an old template), where they are."""

    answers: list[_Answer]
    base: dict[str, _Base] | None
    sheet: str
    headers: list[str]


def read_template(db: Database, workshop_id: str, path: Path | str) -> list[_Answer]:
    """Check a filled template completely; return its answers or raise `TemplateError` with every problem."""
    return _read_file(db, workshop_id, Path(path)).answers


def _read_file(db: Database, workshop_id: str, path: Path) -> _Filled:
    check_package(path)
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        city = crud.get(session, City, workshop.city_id)
        questions = {q.id: q for _, q in framework_questions(session, workshop.framework_id)}
    try:
        with XlsxReader(path) as book:
            return _read_book(book, workshop, city.name, questions, path.name)
    except XlsxFormatError as exc:
        raise TemplateError(problem(path.name, "not_xlsx", reason=str(exc))) from exc


def _read_book(book: XlsxReader, workshop: Workshop, city: str, questions: dict[str, Any], name: str) -> _Filled:
    if META_SHEET not in book.sheets:
        raise TemplateError(problem(name, "not_template"))
    meta: dict[str, Any] = {}
    for _, meta_cells in book.rows(META_SHEET, {1, 2}):
        if meta_cells.get(1) is not None:
            meta[str(meta_cells[1])] = meta_cells.get(2)
    if meta.get("format") not in (TEMPLATE_FORMAT, OLD_FORMAT):
        raise TemplateError(_problem(
            ("unknown_format", {"found": _shown(meta["format"]), "expected": TEMPLATE_FORMAT}) if meta.get("format")
            else ("format_missing", {"expected": TEMPLATE_FORMAT}), META_SHEET, 1, 2))
    if not meta.get("workshop_id"):
        raise TemplateError(problem(name, "workshop_id_missing", sheet_name=META_SHEET))
    if meta.get("workshop_id") != workshop.id:
        other = f"{meta.get('city')}: {meta.get('workshop')}" if meta.get("city") else str(meta.get("workshop_id"))
        raise TemplateError(problem(name, "other_workshop_file", other=other, city=city, title=workshop.title))
    language = str(meta["language"]) if meta.get("language") in LANGUAGES else "en"
    sheet_names = [Translator(lang)("tpl_sheet_assessment") for lang in (language, *LANGUAGES)]
    sheet_name = next((n for n in sheet_names if n in book.sheets), None)
    if sheet_name is None:
        raise TemplateError(problem(name, "no_sheet", sheet_name=sheet_names[0]))
    problems: list[Problem] = []
    rows = book.rows(sheet_name, set(range(1, LAST_COLUMN + 1)))
    first = next(rows, None)
    header_cells = first[1] if first is not None and first[0] == 1 else {}
    header = [header_cells.get(column) for column in range(1, LAST_COLUMN + 1)]
    expected = {lang: _headers(Translator(lang)) for lang in LANGUAGES}
    known = [h for h in expected.values() if [str(c or "").strip() for c in header] == h]
    if not known:
        names = expected[language]
        for column in range(1, LAST_COLUMN + 1):
            found = header[column - 1]
            if str(found or "").strip() not in {h[column - 1] for h in expected.values()}:
                problems.append(_problem(("bad_header", {"expected": names[column - 1], "found": found or ""}),
                                         sheet_name, 1, column))
        raise TemplateError(problems)
    if first is not None and first[0] != 1:
        rows = itertools.chain([first], rows)
    headers = known[0]
    answers: list[_Answer] = []
    seen: dict[str, int] = {}
    codes = {q.code for q in questions.values()}
    # Rows that are no question's row (notes below the table, a row added) and repeated rows can
    # run to thousands: each kind is listed in full only when short, else capped.
    stray: list[Problem] = []
    repeated: list[Problem] = []
    for row_number, row in rows:
        if row_number > MAX_ROWS + 1:
            problems.append(_problem(("too_many_rows", {"max_rows": MAX_ROWS}), sheet_name, row_number))
            break
        cells = [row.get(column) for column in range(1, LAST_COLUMN + 1)]
        if all(_blank(c) for c in cells):
            continue
        question_id = cells[COL_ID - 1]
        if _blank(question_id) and str(cells[COL_CODE - 1] or "").strip() in codes:
            stray.append(_problem(("question_id_empty", {}), sheet_name, row_number, COL_ID, headers[COL_ID - 1]))
            continue
        if _blank(question_id):
            column = next(c for c in range(1, LAST_COLUMN + 1) if not _blank(cells[c - 1]))
            stray.append(_problem(("not_on_question_row", {"value": _shown(cells[column - 1]),
                                                           "comment_column": get_column_letter(COL_COMMENT),
                                                           "comment_header": headers[COL_COMMENT - 1]}),
                                  sheet_name, row_number, column, headers[column - 1]))
            continue
        if not isinstance(question_id, str) or question_id.strip() not in questions:
            stray.append(_problem(("unknown_question", {"question": _shown(question_id)}),
                                  sheet_name, row_number, COL_ID, headers[COL_ID - 1]))
            continue
        question_id = question_id.strip()
        if question_id in seen:
            repeated.append(_problem(("question_twice", {"code": questions[question_id].code,
                                                         "other_row": seen[question_id]}),
                                     sheet_name, row_number, COL_ID, headers[COL_ID - 1]))
            continue
        seen[question_id] = row_number
        levels = []
        for column in (COL_CURRENT, COL_TARGET):
            level, error = _level(cells[column - 1])
            if error:
                problems.append(_problem(error, sheet_name, row_number, column, headers[column - 1]))
            levels.append(level)
        comment, error = _comment(cells[COL_COMMENT - 1])
        if error:
            problems.append(_problem(error, sheet_name, row_number, COL_COMMENT, headers[COL_COMMENT - 1]))
        answers.append(_Answer(row_number, question_id, levels[0], levels[1], comment))
    problems += _capped(stray, sheet_name, "stray_rows")
    problems += _capped(repeated, sheet_name, "repeated_rows")
    base = _read_base(book, name, problems) if meta.get("format") == TEMPLATE_FORMAT else None
    if problems:
        raise TemplateError(problems)
    return _Filled(answers, base, sheet_name, headers)


SIMILAR_ROWS_SHOWN = 5
"""How many rows of one kind of problem are listed before the rest are counted ("… and N more rows")."""


def _capped(problems: list[Problem], sheet: str, kind: str) -> list[Problem]:
    """The first few problems of one kind, then one line counting the rest (with their rows); `kind` is a
    key of `icc_desktop.messages.TERMS`."""
    if len(problems) <= SIMILAR_ROWS_SHOWN + 1:
        return problems
    rest = problems[SIMILAR_ROWS_SHOWN:]
    first, last = rest[0].row, rest[-1].row
    return [*problems[:SIMILAR_ROWS_SHOWN],
            problem(f"sheet “{sheet}”, rows {first}–{last}", "more_rows", sheet=sheet, row=first, last_row=last,
                    count=len(rest), kind=Term(kind))]


def _blank(value: Any) -> bool:
    """An empty cell, or one holding only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: Any, limit: int = 40) -> Cell:
    """A cell's content as a message quotes it: text in quotes, cut to `limit` characters."""
    if isinstance(value, Formula):
        return Cell(value.text or "", "formula")
    text = str(value).strip()
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return Cell(text, "text" if isinstance(value, str) else "value")


def _read_base(book: XlsxReader, name: str, problems: list[Problem]) -> dict[str, _Base] | None:
    """The recorded versions (question id → base), or a problem when the hidden sheet was damaged."""
    if BASE_SHEET not in book.sheets:
        problems.append(problem(name, "base_missing", sheet_name=BASE_SHEET))
        return None
    base: dict[str, _Base] = {}
    changed: list[Problem] = []
    for row_number, cells in book.rows(BASE_SHEET, {1, 2, 3, 4, 5}):
        if row_number == 1:
            continue
        question_id, stamp = cells.get(1), cells.get(2)
        current, error_1 = _level(cells.get(3))
        target, error_2 = _level(cells.get(4))
        evidence, error_3 = _comment(cells.get(5))
        if not isinstance(question_id, str) or not isinstance(stamp, str) or error_1 or error_2 or error_3:
            changed.append(_problem(("base_edited", {}), BASE_SHEET, row_number))
            continue
        base[question_id] = _Base(stamp, {"current_level": current, "target_level": target, "evidence": evidence})
    problems += _capped(changed, BASE_SHEET, "edited_versions")
    return base



_COLUMNS: dict[Field, int] = {"current_level": COL_CURRENT, "target_level": COL_TARGET, "evidence": COL_COMMENT}


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _consensus(session: Any, workshop_id: str) -> dict[str, Response]:
    return {r.question_id: r for r in session.exec(
        select(Response).where(Response.workshop_id == workshop_id, col(Response.participant_id).is_(None),
                               col(Response.deleted_at).is_(None))).all()}


def plan_import(db: Database, workshop_id: str, path: Path | str) -> ImportPlan:
    """Check a filled template and work out, field by field, what importing it would do; write nothing.

    Raises `TemplateError` listing every problem of the file (sheet, row, column).
    """
    path = Path(path)
    filled = _read_file(db, workshop_id, path)
    with db.session() as session:
        existing = _consensus(session, workshop_id)
        codes = {q.id: q.code for _, q in framework_questions(session, crud.get(session, Workshop, workshop_id)
                                                              .framework_id)}
    changes: list[FieldChange] = []
    kept: list[FieldChange] = []
    conflicts: list[FieldConflict] = []
    for answer in filled.answers:
        row = existing.get(answer.question_id)
        recorded = filled.base.get(answer.question_id) if filled.base is not None else None
        for name in FIELDS:
            ours = getattr(row, name) if row is not None else None
            ours = "" if name == "evidence" and ours is None else ours
            theirs = answer.value(name)
            column = _COLUMNS[name]
            where = dict(question_id=answer.question_id, question_code=codes.get(answer.question_id, ""), field=name,
                         sheet=filled.sheet, row=answer.row, column=get_column_letter(column),
                         header=filled.headers[column - 1], database_value=ours, file_value=theirs)
            if theirs == ours or (_empty(theirs) and _empty(ours)):
                continue
            if filled.base is None:
                # An old template records no versions: filling an empty value loses nothing, replacing one may.
                if _empty(ours):
                    changes.append(FieldChange(**where))
                else:
                    conflicts.append(FieldConflict(**where, base=None, base_known=False))
                continue
            base = recorded.values[name] if recorded is not None else ("" if name == "evidence" else None)
            file_changed = not (theirs == base or (_empty(theirs) and _empty(base)))
            database_changed = not (ours == base or (_empty(ours) and _empty(base)))
            if not file_changed:
                kept.append(FieldChange(**where))
            elif not database_changed:
                changes.append(FieldChange(**where))
            else:
                conflicts.append(FieldConflict(**where, base=base))
    versions = {a.question_id: (existing[a.question_id].updated_at if a.question_id in existing else None)
                for a in filled.answers}
    return ImportPlan(path.name, len(filled.answers), changes, kept, conflicts,
                      {a.question_id: a for a in filled.answers}, versions)


def apply_import(db: Database, workshop_id: str, plan: ImportPlan, *, choices: Mapping[tuple[str, str], Choice]
                 | None = None, on_conflict: Choice | None = None, backup: bool = True,
                 cancelled: CancelCheck | None = None) -> ImportReport:
    """Write a plan: the file's changes, and each conflict as chosen, in one transaction after a backup.

    A conflict is settled by `choices[conflict.key]`, else by `on_conflict` ("file" overwrites the
    workshop's value, "database" keeps it); an unsettled one raises `ImportConflictError` listing
    them all, and nothing is written. A plan whose answers changed in the workshop after it was
    made is refused (`TemplateError`): preview again. The database is backed up (rotated backups
    beside it) before anything is written, unless `backup` is False or nothing is to be written.
    """
    choices = choices or {}
    plan.check_settled(choices, on_conflict)
    taken = [c for c in plan.conflicts if choices.get(c.key, on_conflict) == "file"]
    new_values: dict[str, dict[str, Any]] = {}
    for change in [*plan.changes, *taken]:
        new_values.setdefault(change.question_id, {})[change.field] = change.file_value
    copy: Path | None = None
    if new_values and backup and Path(db.path).is_file():
        from icc_desktop.store.backup import backup_database

        if cancelled is not None and cancelled():
            raise ExportCancelled("Import cancelled; nothing was changed.")
        copy = backup_database(Path(db.path), reason="before-import")
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    revived: list[dict[str, Any]] = []
    with db.session() as session:
        existing = _consensus(session, workshop_id)
        stale = [q for q, stamp in plan.versions.items()
                 if (existing[q].updated_at if q in existing else None) != stamp]
        if stale:
            raise TemplateError(problem(plan.file, "stale_preview_one" if len(stale) == 1 else "stale_preview",
                                        count=len(stale)))
        # A new answer takes the id derived from its question, as one typed in the window does, so the
        # same answer made on two laptops syncs as one row; a deleted answer holding that id is brought
        # back with the file's values (`crud.create_keyed_in` does the same), not doubled.
        keyed = {q: crud.keyed_id(Response, {"workshop_id": workshop_id, "question_id": q, "participant_id": None})
                 for q in new_values if q not in existing}
        deleted = set(session.exec(select(Response.id).where(col(Response.id).in_(list(keyed.values())))).all())
        fresh = {"current_level": None, "target_level": None, "evidence": ""}
        for question_id, values in new_values.items():
            row = existing.get(question_id)
            if row is not None:
                updates.append({"id": row.id, **values})
            elif keyed[question_id] in deleted:
                revived.append({"id": keyed[question_id], "deleted_at": None, **fresh, **values})
            else:
                inserts.append({"id": keyed[question_id], "created_at": utcnow(), "workshop_id": workshop_id,
                                "question_id": question_id, "participant_id": None, **fresh, **values})
        if cancelled is not None and cancelled():
            raise ExportCancelled("Import cancelled; nothing was changed.")
        # Bulk statements (stamped like any edit by the models' listener): building thousands
        # of ORM objects took seconds; the transaction still makes it all or nothing.
        if inserts:
            session.execute(insert(Response), inserts)
        if updates:
            session.execute(update(Response), updates)
        if revived:
            session.execute(update(Response), revived)
    created = len(inserts) + len(revived)  # for the user, an answer given again is added
    return ImportReport(plan.rows, created, len(updates), plan.rows - created - len(updates),
                        kept=len(plan.kept), conflicts=len(plan.conflicts), backup=copy)


def import_template(db: Database, workshop_id: str, path: Path | str, *, on_conflict: Choice | None = None,
                    backup: bool = True, progress: ProgressCallback | None = None,
                    cancelled: CancelCheck | None = None) -> ImportReport:
    """Import a filled template as the workshop's consensus answers: check, plan, back up, write.

    The whole file is checked first; with any problem, `TemplateError` lists them all (sheet,
    row, column) and the database is left untouched. Changes made in the workshop since the
    template was made are kept; conflicts raise `ImportConflictError` unless `on_conflict` settles
    them. `cancelled()` is polled until the write starts (`ExportCancelled`).
    """
    steps = Steps(3, progress, cancelled)
    steps.check()
    plan = plan_import(db, workshop_id, path)
    steps.advance()
    report = apply_import(db, workshop_id, plan, on_conflict=on_conflict, backup=backup, cancelled=cancelled)
    steps.advance()
    steps.finish()
    return report


__all__ = ["FieldChange", "FieldConflict", "ImportConflictError", "ImportPlan", "ImportProblem", "ImportReport",
           "TemplateError", "apply_import", "check_package", "import_template", "plan_import", "read_template",
           "show_value", "write_template"]
