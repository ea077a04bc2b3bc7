"""The progress workbook: made by the app for the city, filled in offline, imported back.

Two sheets the city fills in: "Actions" (status, percent complete, and a dated note) and "KPIs"
(a dated new value). Hidden columns hold the row ids; a hidden "_icc" sheet names the workbook
and its workshop, and "_icc_base" keeps each action's status and percent as they were when the
workbook was made.

The import has the assessment template's safety (`template.check_package`, the streaming
reader): every cell is checked first and every problem listed with its sheet, row and column;
then everything is written in one transaction, or nothing. It never overwrites a newer edit: an
action whose status or percent changed in the workshop since the workbook was made, and that the
workbook changes too, is a problem to settle (make a new workbook), not a silent overwrite.
Importing the same workbook twice adds nothing the second time (notes and values already
recorded are recognised).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from sqlmodel import Session

from icc_desktop.errors import Problem, ValidationError
from icc_desktop.exports.common import CancelCheck, ProgressCallback, Steps, atomic_output
from icc_desktop.exports.i18n import LANGUAGES, Translator
from icc_desktop.exports.sheet_xml import row_height
from icc_desktop.exports.template import TemplateError, _problem, check_package
from icc_desktop.exports.xlsx import guard_text
from icc_desktop.exports.xlsx_reader import CellError, Formula, XlsxFormatError, XlsxReader
from icc_desktop.models import (
    Action,
    ActionStatus,
    City,
    Kpi,
    KpiMeasurement,
    ProgressNote,
    Workshop,
)
from icc_desktop.services import crud
from icc_desktop.services.validation import validate
from icc_desktop.store.db import Database

FORMAT = "icc-progress-workbook/1"
META_SHEET = "_icc"
BASE_SHEET = "_icc_base"
ACTIONS = "Actions"
KPIS = "KPIs"
MAX_NOTE = 10_000

# Columns (1-based). Column A holds the row's id (hidden).
A_ID, A_TITLE, A_STATUS, A_PERCENT, A_NOTE_DATE, A_NOTE = 1, 2, 3, 4, 5, 6
K_ID, K_ACTION, K_NAME, K_UNIT, K_BETTER, K_BASELINE, K_TARGET, K_LATEST, K_DATE, K_VALUE, K_NOTE = range(1, 12)
ACTION_HEADERS = ("id", "Action", "Status", "% done", "Note date", "Progress note")
KPI_HEADERS = ("id", "Action", "KPI", "Unit", "Better", "Baseline", "Target", "Latest value", "Date measured",
               "New value", "Note")

_HEAD = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
_INPUT = PatternFill("solid", fgColor="FFF8E1")
_TOP = Alignment(vertical="top")
_WRAPPED = Alignment(vertical="top", wrap_text=True)


@dataclass
class ProgressImport:
    """What importing a progress workbook changed."""

    actions_changed: int = 0
    notes_added: int = 0
    measurements_added: int = 0
    already_recorded: int = 0
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the user."""
        text = (f"Imported: {self.actions_changed} action(s) updated, {self.notes_added} progress note(s), "
                f"{self.measurements_added} KPI value(s).")
        if self.already_recorded:
            text += f" {self.already_recorded} already recorded, not added again."
        return text


def _status_labels() -> dict[str, str]:
    """Every way a status may be written (code, or its label in any language) -> its code."""
    names: dict[str, str] = {}
    for language in LANGUAGES:
        t = Translator(language)
        for status in ActionStatus:
            names[t.code("status", status.value).casefold()] = status.value
            names[status.value.casefold()] = status.value
    return names


def write_progress_workbook(db: Database, workshop_id: str, path: Path | str, *, language: str = "en",
                            progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> Path:
    """Write the workshop's progress workbook for the city to fill in (atomically)."""
    from icc_desktop.services.monitoring import kpi_progress

    t = Translator(language)
    steps = Steps(3, progress, cancelled)
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        city = crud.get(session, City, workshop.city_id)
        actions = sorted(crud.live(session, Action, workshop_id=workshop_id), key=lambda a: (a.position, a.created_at))
    titles = {a.id: a.title for a in actions}
    kpis = kpi_progress(db, workshop_id)
    steps.advance()
    book = Workbook()
    sheet = book.active
    sheet.title = ACTIONS
    statuses = [t.code("status", s.value) for s in ActionStatus]
    widths = (38, 44, 16, 9, 13, 60)
    _header(sheet, ACTION_HEADERS, widths)
    for row, action in enumerate(actions, start=2):
        values: list[str | float | None] = [action.id, action.title, t.code("status", action.status),
                                            action.percent_complete, None, None]
        for column, value in enumerate(values, start=1):
            cell = _put(sheet, row, column, value)
            cell.alignment = _WRAPPED if column in (A_TITLE, A_NOTE) else _TOP  # the city's note wraps as typed
            if column >= A_STATUS:
                cell.fill = _INPUT
        sheet.cell(row, A_NOTE_DATE).number_format = "yyyy-mm-dd"
        _fit_row(sheet, row, [(action.title, widths[A_TITLE - 1])])
    last = max(len(actions) + 1, 2)
    status_list = DataValidation(type="list", formula1='"' + ",".join(statuses) + '"', allow_blank=False)
    status_list.add(f"C2:C{last}")
    percent = DataValidation(type="whole", operator="between", formula1="0", formula2="100", allow_blank=True)
    percent.add(f"D2:D{last}")
    note_date = DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True)
    note_date.add(f"E2:E{last}")
    for validation in (status_list, percent, note_date):
        sheet.add_data_validation(validation)

    kpi_sheet = book.create_sheet(KPIS)
    kpi_widths = (38, 30, 34, 12, 9, 11, 11, 12, 13, 12, 30)
    _header(kpi_sheet, KPI_HEADERS, kpi_widths)
    for row, item in enumerate(kpis, start=2):
        k = item.kpi
        latest = item.measurements[-1] if item.measurements else None
        values = [k.id, titles.get(k.action_id, ""), k.name, k.unit, k.direction,
                  k.baseline, k.target, latest.value if latest else None, None, None, None]
        for column, value in enumerate(values, start=1):
            cell = _put(kpi_sheet, row, column, value)
            cell.alignment = _WRAPPED if column in (K_ACTION, K_NAME, K_NOTE) else _TOP  # and the city's note
            if column >= K_DATE:
                cell.fill = _INPUT
        _fit_row(kpi_sheet, row, [(titles.get(k.action_id, ""), kpi_widths[K_ACTION - 1]), (k.name, kpi_widths[K_NAME - 1])])
        kpi_sheet.cell(row, K_DATE).number_format = "yyyy-mm-dd"
    number = DataValidation(type="decimal", allow_blank=True, operator="between", formula1="-1E+15", formula2="1E+15")
    number.add(f"J2:J{max(len(kpis) + 1, 2)}")
    kpi_sheet.add_data_validation(number)
    steps.advance()

    meta = book.create_sheet(META_SHEET)
    for key, value in (("format", FORMAT), ("workshop_id", workshop.id), ("city", city.name),
                       ("workshop", workshop.title), ("language", language), ("made_on", dt.date.today().isoformat())):
        meta.append([key, None])
        _put(meta, meta.max_row, 2, str(value))
    meta.sheet_state = "hidden"
    base = book.create_sheet(BASE_SHEET)
    base.append(["action_id", "status", "percent_complete", "updated_at"])
    for action in actions:
        base.append([action.id, action.status, action.percent_complete, action.updated_at])
    base.sheet_state = "hidden"
    for ws in (sheet, kpi_sheet):
        ws.column_dimensions["A"].hidden = True
        ws.freeze_panes = "C2"
    with atomic_output(Path(path), ".xlsx") as temp:
        book.save(str(temp))
    steps.finish()
    return Path(path)


def _put(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write a cell; text a user typed that Excel would take for a formula or an error stays text."""
    cell = sheet.cell(row, column)
    if isinstance(value, str) and value:
        safe = guard_text(value)
        if safe is None or safe in ERROR_CODES:
            cell.value = value if safe is None else safe
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        value = safe
    cell.value = value
    return cell


def _fit_row(sheet: Any, row: int, texts: list[tuple[str, float]]) -> None:
    """Make a row tall enough for its wrapped texts (spreadsheets do not grow it on opening)."""
    height = row_height(texts)
    if height is not None:
        sheet.row_dimensions[row].height = height


def _header(sheet: Any, headers: tuple[str, ...], widths: tuple[int, ...]) -> None:
    from openpyxl.utils import get_column_letter

    for column, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(1, column, text)
        cell.font, cell.fill = _HEAD, _HEAD_FILL
        cell.alignment = Alignment(vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width


def _bad(value: Any) -> str | None:
    if isinstance(value, Formula):
        return "holds a formula; type the value itself."
    if isinstance(value, CellError):
        return f"holds the error {value}; type the value itself."
    return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    raise ValueError


@dataclass
class _Plan:
    action_changes: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: list[dict[str, Any]] = field(default_factory=list)
    measurements: list[dict[str, Any]] = field(default_factory=list)


def _read(db: Database, workshop_id: str, path: Path) -> _Plan:
    check_package(path)
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        actions = {a.id: a for a in crud.live(session, Action, workshop_id=workshop_id)}
        kpis = {k.id: k for k in crud.live(session, Kpi, workshop_id=workshop_id)}
    try:
        with XlsxReader(path) as book:
            return _plan(book, workshop, actions, kpis, path.name)
    except XlsxFormatError as exc:
        raise TemplateError(Problem(path.name, f"cannot be read as an .xlsx workbook: {exc}.")) from exc


def _plan(book: XlsxReader, workshop: Workshop, actions: dict[str, Action], kpis: dict[str, Kpi], name: str) -> _Plan:
    if META_SHEET not in book.sheets:
        raise TemplateError(Problem(name, "is not an ICC Workshop progress workbook (its hidden “_icc” sheet is "
                                          "missing); make one with “Progress workbook” for this workshop."))
    meta = {str(c[1]): c.get(2) for _, c in book.rows(META_SHEET, {1, 2}) if c.get(1) is not None}
    if meta.get("format") != FORMAT:
        raise TemplateError(_problem(f"unknown workbook format {meta.get('format')!r}; expected {FORMAT}.",
                                     META_SHEET, 1, 2))
    if meta.get("workshop_id") != workshop.id:
        raise TemplateError(Problem(name, f"is the progress workbook of another workshop ({meta.get('city')}: "
                                          f"{meta.get('workshop')}), not of {workshop.title}; nothing was imported."))
    for sheet in (ACTIONS, KPIS, BASE_SHEET):
        if sheet not in book.sheets:
            raise TemplateError(Problem(name, f"has no sheet “{sheet}” (was it renamed or deleted?)."))
    base = {str(c[1]): c for n, c in book.rows(BASE_SHEET, {1, 2, 3}) if n > 1 and c.get(1)}
    problems: list[Problem] = []
    plan = _Plan()
    statuses = _status_labels()
    seen: set[str] = set()
    for number, cells in book.rows(ACTIONS, set(range(1, A_NOTE + 1))):
        if number == 1:
            problems += _check_header(cells, ACTION_HEADERS, ACTIONS)
            continue
        row_id = cells.get(A_ID)
        if row_id is None and all(cells.get(c) in (None, "") for c in range(A_STATUS, A_NOTE + 1)):
            continue
        action = actions.get(str(row_id)) if row_id is not None else None
        if action is None:
            problems.append(_problem("this row names no action of the workshop (was a row added or its hidden id "
                                     "changed?).", ACTIONS, number, A_ID, "id"))
            continue
        if action.id in seen:
            problems.append(_problem("this action is listed twice.", ACTIONS, number, A_ID, "id"))
            continue
        seen.add(action.id)
        changes: dict[str, Any] = {}
        status_cell = cells.get(A_STATUS)
        bad = _bad(status_cell)
        if bad:
            problems.append(_problem(bad, ACTIONS, number, A_STATUS, "Status"))
        elif status_cell not in (None, ""):
            code = statuses.get(str(status_cell).strip().casefold())
            if code is None:
                problems.append(_problem(f"“{status_cell}” is not a status; pick one from the list.", ACTIONS, number,
                                         A_STATUS, "Status"))
            else:
                changes["status"] = code
        percent_cell = cells.get(A_PERCENT)
        bad = _bad(percent_cell)
        if bad:
            problems.append(_problem(bad, ACTIONS, number, A_PERCENT, "% done"))
        elif percent_cell in (None, ""):
            changes["percent_complete"] = None
        elif isinstance(percent_cell, bool) or not isinstance(percent_cell, int | float) \
                or percent_cell != int(percent_cell) or not 0 <= percent_cell <= 100:
            problems.append(_problem(f"“{percent_cell}” is not a whole number from 0 to 100.", ACTIONS, number,
                                     A_PERCENT, "% done"))
        else:
            changes["percent_complete"] = int(percent_cell)
        was = base.get(action.id)
        was_values = {"status": was.get(2), "percent_complete": was.get(3)} if was else None
        for key in list(changes):
            now, wanted = getattr(action, key), changes[key]
            before = was_values[key] if was_values else now
            if isinstance(before, float):
                before = int(before)
            if wanted == now or wanted == before:  # unchanged in the workbook: the workshop's value stays
                del changes[key]
            elif now != before:
                problems.append(_problem(
                    f"changed in the workshop since this workbook was made (now {now!r}, was {before!r}) and in "
                    f"the workbook ({wanted!r}); make a new progress workbook, nothing was imported.",
                    ACTIONS, number, A_STATUS if key == "status" else A_PERCENT, "Status" if key == "status" else "% done"))
                del changes[key]
        if changes:
            plan.action_changes[action.id] = changes
        note_cell, date_cell = cells.get(A_NOTE), cells.get(A_NOTE_DATE)
        for value, column, header in ((note_cell, A_NOTE, "Progress note"), (date_cell, A_NOTE_DATE, "Note date")):
            bad = _bad(value)
            if bad:
                problems.append(_problem(bad, ACTIONS, number, column, header))
        if note_cell in (None, "") and date_cell in (None, "") or _bad(note_cell) or _bad(date_cell):
            continue
        text = str(note_cell or "").strip()
        if len(text) > MAX_NOTE:
            problems.append(_problem(f"the note is longer than {MAX_NOTE} characters.", ACTIONS, number, A_NOTE,
                                     "Progress note"))
            continue
        try:
            day = _date(date_cell) if date_cell not in (None, "") else None
        except (ValueError, TypeError):
            problems.append(_problem(f"“{date_cell}” is not a date (write it as 2025-03-31).", ACTIONS, number,
                                     A_NOTE_DATE, "Note date"))
            continue
        if day is None:
            problems.append(_problem("a note needs its date.", ACTIONS, number, A_NOTE_DATE, "Note date"))
            continue
        plan.notes.append({"workshop_id": workshop.id, "action_id": action.id, "date": day, "text": text,
                           "status": changes.get("status"), "percent_complete": changes.get("percent_complete"),
                           "_where": (number, A_NOTE)})
    seen = set()
    for number, cells in book.rows(KPIS, set(range(1, K_NOTE + 1))):
        if number == 1:
            problems += _check_header(cells, KPI_HEADERS, KPIS)
            continue
        row_id = cells.get(K_ID)
        value, day_cell, note = cells.get(K_VALUE), cells.get(K_DATE), cells.get(K_NOTE)
        if row_id is None and value in (None, "") and day_cell in (None, ""):
            continue
        kpi = kpis.get(str(row_id)) if row_id is not None else None
        if kpi is None:
            problems.append(_problem("this row names no KPI of the workshop.", KPIS, number, K_ID, "id"))
            continue
        if value in (None, "") and day_cell in (None, ""):
            continue
        bad = _bad(value) or _bad(day_cell) or _bad(note)
        if bad:
            problems.append(_problem(bad, KPIS, number, K_VALUE, "New value"))
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            problems.append(_problem(f"“{value if value is not None else ''}” is not a number.", KPIS, number, K_VALUE,
                                     "New value"))
            continue
        try:
            day = _date(day_cell)
        except (ValueError, TypeError):
            problems.append(_problem(f"“{day_cell if day_cell is not None else ''}” is not a date (write it as "
                                     "2025-03-31).", KPIS, number, K_DATE, "Date measured"))
            continue
        plan.measurements.append({"workshop_id": workshop.id, "kpi_id": kpi.id, "date": day, "value": float(value),
                                  "note": str(note or "").strip()[:MAX_NOTE], "_where": (number, K_VALUE)})
    if problems:
        raise TemplateError(problems)
    return plan


def _check_header(cells: dict[int, Any], headers: tuple[str, ...], sheet: str) -> list[Problem]:
    return [_problem(f"expected the header “{text}”, found “{cells.get(column) or ''}”; were columns added, removed "
                     "or moved?", sheet, 1, column)
            for column, text in enumerate(headers, start=1)
            if column > 1 and str(cells.get(column) or "").strip() != text]


def _add_unrecorded(session: Session, model: type[ProgressNote | KpiMeasurement], workshop_id: str,
                    rows: list[dict[str, Any]], key: tuple[str, ...], sheet: str,
                    problems: list[Problem]) -> tuple[int, int]:
    """Add the planned `rows` of `model` unless a live row of the workshop (or an earlier planned row) has the same
    `key` fields; return (added, already recorded). A row that fails validation adds a problem naming its cell."""
    existing = {tuple(getattr(row, name) for name in key) for row in crud.live(session, model, workshop_id=workshop_id)}
    added = already = 0
    for values in rows:
        number, column = values.pop("_where")
        found = tuple(values[name] for name in key)
        if found in existing:
            already += 1
            continue
        row = model(**values)
        try:
            validate(session, model, crud.values_of(row) | {"id": row.id})
        except ValidationError as exc:
            problems.append(_problem(str(exc), sheet, number, column))
            continue
        session.add(row)
        existing.add(found)
        added += 1
    return added, already


def import_progress_workbook(db: Database, workshop_id: str, path: Path | str, *, dry_run: bool = False) -> ProgressImport:
    """Check a filled progress workbook completely, then write it in one transaction (or nothing).

    Raises `TemplateError` listing every problem (sheet, row, column) and writes nothing then.
    """
    plan = _read(db, workshop_id, Path(path))
    report = ProgressImport()
    with db.session() as session:
        problems: list[Problem] = []
        for action_id, changes in plan.action_changes.items():
            action = crud.get(session, Action, action_id)
            for key, value in changes.items():
                setattr(action, key, value)
            if action.status == ActionStatus.DONE and "percent_complete" not in changes:
                action.percent_complete = 100
            try:
                validate(session, Action, crud.values_of(action) | {"id": action.id})
            except ValidationError as exc:
                problems.append(Problem(f"sheet “{ACTIONS}”", f"{action.title}: {exc}"))
            session.add(action)
            report.actions_changed += 1
        added, already = _add_unrecorded(session, ProgressNote, workshop_id, plan.notes, ("action_id", "date", "text"),
                                         ACTIONS, problems)
        report.notes_added += added
        report.already_recorded += already
        added, already = _add_unrecorded(session, KpiMeasurement, workshop_id, plan.measurements,
                                         ("kpi_id", "date", "value"), KPIS, problems)
        report.measurements_added += added
        report.already_recorded += already
        if problems:
            raise TemplateError(problems)  # the session rolls back: nothing is written
        if dry_run:
            session.rollback()
    return report
