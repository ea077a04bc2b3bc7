"""The data rows of big workbook sheets written as SpreadsheetML directly, and spliced into the package.

openpyxl (even with lxml) builds a cell object and an XML element for every value: on the
programme workbook (about 1.1 million cells) that was three quarters of the export's time. Here a
sheet's rows are formatted straight into XML text as they stream past and kept in an unnamed
temporary file; openpyxl still writes everything else of the sheet (header row and its style,
column widths, frozen panes, autofilter, page setup, print titles and areas, validations, charts),
and `splice_rows` then copies its package into the final file, putting each sheet's rows after
its header row.

What a row holds, as openpyxl would have written it:
- text as inline strings (`t="inlineStr"`), never a formula or an error value; characters XML
  cannot hold are dropped; a text longer than Excel's cell limit is cut there, ending in "…";
  `&`, `<`, `>` escaped, carriage returns kept (`&#13;`), leading or trailing spaces kept
  (`xml:space="preserve"`); empty text is an empty cell;
- numbers as numbers in the column's format (style index from openpyxl's own style table), NaN
  and infinities left empty (no spreadsheet can hold them);
- booleans as booleans; dates and datetimes as Excel serial days in the column's date format;
- a row holding a text longer than its column's line (`TallRowStyles.wrap_widths`) says its
  height (`ht`, `customHeight`: Excel and LibreOffice do not grow a row to its wrapped text when
  they open a file, so an unsized row shows one line of a long description); in such a row the
  texts wrap and every cell sits at the top. Only those rows carry the extra styles: the
  others are written as before, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter

FORMULA_TRIGGERS = ("=", "+", "-", "@")
"""Leading characters that make a spreadsheet treat typed text as a formula."""

CELL_TEXT_LIMIT = 32_767
"""Excel's limit of characters in a cell (UTF-16 code units: a character outside the BMP counts twice)."""

COMPRESS_LEVEL = 3
"""Deflate level of the package: level 6 (zipfile's default) took 2.5× the time for a 16 % smaller file."""

LINE_HEIGHT = 15.0
"""Points a line of Calibri 11 takes in a row (Excel's default row height)."""

MAX_ROW_HEIGHT = 409.0
"""Excel's tallest row, in points."""

_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 in the 1900 date system (its leap-year bug included)
_EPOCH_TIME = dt.datetime(1899, 12, 30)
_SPACES = " \t\n\r"
_CACHED_TEXTS = 1024
_CACHED_LENGTH = 400  # so a sheet's cache holds about a megabyte at most
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold (openpyxl's own pattern leaves out the last four)."""
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>")
_ERRORS = frozenset(ERROR_CODES)
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass(frozen=True)
class TallRowStyles:
    """The cell styles (cellXfs indexes) of a row taller than one line, column by column."""

    numbers: Sequence[int]
    """Each column's number format, at the top of the cell."""
    date: int
    """A date in a column without a date format, at the top."""
    texts: Sequence[tuple[int, int]]
    """Each column's (text, quote-prefixed text) style: at the top, wrapped where the column wraps."""
    wrap_widths: Sequence[float]
    """Each column's width in characters if its texts wrap (and so may make the row tall), else 0."""


class _Styles:
    """Style attributes (` s="n"`) by column, for numbers, dates, texts and quote-prefixed texts,
    and the text cells already made in them (one cache per pair of text styles)."""

    def __init__(self, numbers: Sequence[int], date: int, texts: Sequence[tuple[int, int]]) -> None:
        self.numbers = [f' s="{s}"' if s else "" for s in numbers]
        self.dates = [f' s="{s or date}"' for s in numbers]
        self.texts = [(f' s="{plain}"' if plain else "", f' s="{quoted}"') for plain, quoted in texts]
        self.columns = [(i, get_column_letter(i + 1), self.numbers[i]) for i in range(len(numbers))]
        caches: dict[tuple[str, str], dict[str, str]] = {}
        self.caches = [caches.setdefault(pair, {}) for pair in self.texts]


class RowFile:
    """One sheet's data rows as SpreadsheetML `<row>` elements, in a temporary file.

    `styles[i]` is the cell style index (in the workbook's cellXfs) of column i's numbers, 0 for
    none; `date_style` is used for a date in a column without one; `text_style` is the style with
    Excel's quote prefix, given to text that would read as a formula or an error when edited.
    `tall`, when given, styles the rows whose texts need more than one line (and sizes them).
    """

    def __init__(self, styles: Sequence[int], date_style: int, text_style: int, first_row: int = 2, *,
                 tall: TallRowStyles | None = None) -> None:
        self._plain = _Styles(styles, date_style, [(0, text_style)] * len(styles))
        self._tall = _Styles(tall.numbers, tall.date, tall.texts) if tall else self._plain
        self._wrapped: list[tuple[int, int, dict[str, int]]] = [
            (i, line_length(width), {}) for i, width in enumerate(tall.wrap_widths) if width] if tall else []
        self._next = first_row
        self.rows = 0
        self.file: IO[bytes] | None = tempfile.TemporaryFile()  # gone when closed, or when the process ends
        self._buffer: list[str] = []
        self._buffered = 0

    def append(self, values: Sequence[Any]) -> None:
        """Write one row (values in column order; None is an empty cell)."""
        number = str(self._next)
        lines = 1
        for column, room, known in self._wrapped:
            value = values[column]
            if type(value) is str and (len(value) > room or "\n" in value):
                count = known.get(value)
                if count is None:  # questions and dimensions come back row after row
                    if len(known) >= _CACHED_TEXTS:
                        known.clear()
                    count = known[value] = text_lines(value, room)
                if count > lines:
                    lines = count
        if lines > 1:  # a row of wrapped text: its height said, its cells at the top
            styles = self._tall
            out = [f'<row r="{number}" ht="{min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT):g}" customHeight="1">']
        else:
            styles = self._plain
            out = [f'<row r="{number}">']
        caches, texts = styles.caches, styles.texts
        for (column, letter, style), value in zip(styles.columns, values, strict=True):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                # the same texts come back row after row (cities, workshops, dimensions, questions)
                cache = caches[column]
                body = cache.get(value)
                if body is None:
                    plain, quoted = texts[column]
                    body = _text_body(value, quoted, plain)
                    if len(value) <= _CACHED_LENGTH:
                        if len(cache) >= _CACHED_TEXTS:
                            cache.clear()
                        cache[value] = body
                if body:
                    out.append(f'<c r="{letter}{number}"{body}')
            elif kind is int:
                out.append(f'<c r="{letter}{number}"{style}><v>{value}</v></c>')
            elif kind is float:
                if math.isfinite(value):
                    text = repr(value)  # the shortest text that reads back as the same double
                    out.append(f'<c r="{letter}{number}"{style}><v>{text[:-2] if text.endswith(".0") else text}</v></c>')
            else:
                cell = _cell(styles, column, letter + number, value)
                if cell:
                    out.append(cell)
        out.append("</row>")
        self._buffer.append("".join(out))
        self._next += 1
        self.rows += 1
        self._buffered += 1
        if self._buffered >= 512:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows to the file."""
        if self._buffer and self.file is not None:
            self.file.write("".join(self._buffer).encode("utf-8"))
        self._buffer.clear()
        self._buffered = 0

    def close(self) -> None:
        """Delete the temporary file (after the splice, or when the export stops)."""
        if self.file is not None:
            self.file.close()
            self.file = None


def _cell(styles: _Styles, column: int, ref: str, value: Any) -> str:
    """One cell element of any value ("" for one no cell can hold), in these styles."""
    if isinstance(value, bool):
        return f'<c r="{ref}"{styles.numbers[column]} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, dt.datetime):
        serial = (value.replace(tzinfo=None) - _EPOCH_TIME) / dt.timedelta(days=1)
        return f'<c r="{ref}"{styles.dates[column]}><v>{serial!r}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}"{styles.dates[column]}><v>{(value - _EPOCH).days}</v></c>'
    if isinstance(value, str):
        plain, quoted = styles.texts[column]
        body = _text_body(str.__str__(value), quoted, plain)
        return f'<c r="{ref}"{body}' if body else ""
    if isinstance(value, int):
        return f'<c r="{ref}"{styles.numbers[column]}><v>{int(value)}</v></c>'
    if isinstance(value, float) or hasattr(value, "__float__"):
        number_value = float(value)
        if not math.isfinite(number_value):
            return ""
        text = repr(number_value)
        return f'<c r="{ref}"{styles.numbers[column]}><v>{text[:-2] if text.endswith(".0") else text}</v></c>'
    plain, quoted = styles.texts[column]
    body = _text_body(str(value), quoted, plain)
    return f'<c r="{ref}"{body}' if body else ""


def line_length(width: float) -> int:
    """Characters a wrapped line of a column `width` characters wide holds, about.

    A little under one a width unit: a letter is narrower than the "0" widths are measured in,
    but words wrap whole (LibreOffice measured so on its own fonts).
    """
    return max(4, int(width * 0.95))


def row_height(texts: Sequence[tuple[str, float]]) -> float | None:
    """The height (points) of a row whose wrapped texts (text, column width) all show; None for one line."""
    lines = max((text_lines(text, line_length(width)) for text, width in texts if text), default=1)
    return min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT) if lines > 1 else None


def text_lines(text: str, per_line: int) -> int:
    """About how many lines `text` takes wrapped at `per_line` characters (each paragraph on new lines)."""
    return sum(max(1, -(-len(paragraph) // per_line)) for paragraph in text.split("\n"))


def _text_body(value: str, quote_style: str, plain_style: str = "") -> str:
    """A text cell element after its `r` attribute ("" for a text with nothing XML can hold)."""
    if _NOT_XML.search(value):
        value = _NOT_XML.sub("", value)
    if not value:
        return ""
    if len(value) > CELL_TEXT_LIMIT // 2 and len(value.encode("utf-16-le")) > 2 * CELL_TEXT_LIMIT:
        # Excel holds no more and reports a longer cell as damaged content: cut, visibly (CSV and ODS keep it all)
        value = value.encode("utf-16-le")[:2 * (CELL_TEXT_LIMIT - 1)].decode("utf-16-le", "ignore") + "…"
    style = quote_style if value.startswith(FORMULA_TRIGGERS) or value in _ERRORS else plain_style
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if value[0] in _SPACES or value[-1] in _SPACES:
        return f'{style} t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'
    return f'{style} t="inlineStr"><is><t>{value}</t></is></c>'


def sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet's title and the name of its part in the package (from the workbook and its relations)."""
    workbook = ET.fromstring(package.read("xl/workbook.xml"))
    relations = ET.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in relations.iter(f"{_PACKAGE_REL}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets[sheet.get(f"{_REL}id")]
        # targets are relative to xl/ (openpyxl writes them absolute: /xl/worksheets/sheet1.xml)
        parts[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


def splice_rows(package: io.BytesIO, rows: dict[str, RowFile], path: Path) -> None:
    """Copy the openpyxl `package` to `path`, each sheet titled in `rows` getting those rows after its header."""
    with zipfile.ZipFile(package) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as target:
        parts = sheet_parts(source)
        by_part = {parts[title]: row_file for title, row_file in rows.items() if row_file.rows}
        for info in source.infolist():
            data = source.read(info.filename)
            row_file = by_part.get(info.filename)
            if row_file is None or row_file.file is None:
                target.writestr(info.filename, data)
                continue
            data = _EMPTY_SHEET_DATA.sub(b"<sheetData></sheetData>", data, count=1)  # a sheet without a header row
            head, end, tail = data.partition(b"</sheetData>")
            if not end:
                raise ValueError(f"{info.filename}: no sheetData to put the rows in")
            row_file.flush()
            size = len(head) + len(end) + len(tail) + row_file.file.tell()
            row_file.file.seek(0)
            with target.open(info.filename, "w", force_zip64=size > 2**31 - 2**20) as out:
                out.write(head)
                shutil.copyfileobj(row_file.file, out, 1 << 20)
                out.write(end + tail)


__all__ = ["CELL_TEXT_LIMIT", "COMPRESS_LEVEL", "LINE_HEIGHT", "MAX_ROW_HEIGHT", "RowFile", "TallRowStyles",
           "line_length", "row_height", "sheet_parts", "splice_rows", "text_lines"]
