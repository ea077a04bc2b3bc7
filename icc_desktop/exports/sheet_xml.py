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
- booleans as booleans; dates and datetimes as Excel serial days in the column's date format.
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


class RowFile:
    """One sheet's data rows as SpreadsheetML `<row>` elements, in a temporary file.

    `styles[i]` is the cell style index (in the workbook's cellXfs) of column i's numbers, 0 for
    none; `date_style` is used for a date in a column without one; `text_style` is the style with
    Excel's quote prefix, given to text that would read as a formula or an error when edited.
    """

    def __init__(self, styles: Sequence[int], date_style: int, text_style: int, first_row: int = 2) -> None:
        self._styles = [f' s="{s}"' if s else "" for s in styles]
        self._columns = [(i, get_column_letter(i + 1), self._styles[i]) for i in range(len(styles))]
        self._date_styles = [f' s="{s or date_style}"' for s in styles]
        self._text_style = f' s="{text_style}"'
        self._next = first_row
        self.rows = 0
        self.file: IO[bytes] | None = tempfile.TemporaryFile()  # gone when closed, or when the process ends
        self._buffer: list[str] = []
        self._buffered = 0
        self._texts: dict[str, str] = {}  # text -> the rest of its cell element

    def append(self, values: Sequence[Any]) -> None:
        """Write one row (values in column order; None is an empty cell)."""
        number = str(self._next)
        out = [f'<row r="{number}">']
        cache = self._texts
        for (column, letter, style), value in zip(self._columns, values, strict=True):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                # the same texts come back row after row (cities, workshops, dimensions, questions)
                body = cache.get(value)
                if body is None:
                    body = _text_body(value, self._text_style)
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
                cell = self._other(column, letter + number, value)
                if cell:
                    out.append(cell)
        out.append("</row>")
        self._buffer.append("".join(out))
        self._next += 1
        self.rows += 1
        self._buffered += 1
        if self._buffered >= 512:
            self.flush()

    def _other(self, column: int, ref: str, value: Any) -> str:
        """Booleans, dates, and subclasses of the plain types (an enum of text, say)."""
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, dt.datetime):
            serial = (value.replace(tzinfo=None) - _EPOCH_TIME) / dt.timedelta(days=1)
            return f'<c r="{ref}"{self._date_styles[column]}><v>{serial!r}</v></c>'
        if isinstance(value, dt.date):
            return f'<c r="{ref}"{self._date_styles[column]}><v>{(value - _EPOCH).days}</v></c>'
        if isinstance(value, str):
            body = _text_body(str.__str__(value), self._text_style)
            return f'<c r="{ref}"{body}' if body else ""
        if isinstance(value, int):
            return f'<c r="{ref}"{self._styles[column]}><v>{int(value)}</v></c>'
        if isinstance(value, float) or hasattr(value, "__float__"):
            number_value = float(value)
            if not math.isfinite(number_value):
                return ""
            text = repr(number_value)
            return f'<c r="{ref}"{self._styles[column]}><v>{text[:-2] if text.endswith(".0") else text}</v></c>'
        body = _text_body(str(value), self._text_style)
        return f'<c r="{ref}"{body}' if body else ""

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


def _text_body(value: str, quote_style: str) -> str:
    """A text cell element after its `r` attribute ("" for a text with nothing XML can hold)."""
    if _NOT_XML.search(value):
        value = _NOT_XML.sub("", value)
    if not value:
        return ""
    if len(value) > CELL_TEXT_LIMIT // 2 and len(value.encode("utf-16-le")) > 2 * CELL_TEXT_LIMIT:
        # Excel holds no more and reports a longer cell as damaged content: cut, visibly (CSV and ODS keep it all)
        value = value.encode("utf-16-le")[:2 * (CELL_TEXT_LIMIT - 1)].decode("utf-16-le", "ignore") + "…"
    style = quote_style if value.startswith(FORMULA_TRIGGERS) or value in _ERRORS else ""
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


__all__ = ["CELL_TEXT_LIMIT", "COMPRESS_LEVEL", "RowFile", "sheet_parts", "splice_rows"]
