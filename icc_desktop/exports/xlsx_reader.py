"""A small streaming reader for the cells of an untrusted .xlsx, parsed with defusedxml.

The template import needs four columns of one sheet. openpyxl builds a rich object for every
cell and every shared string, which took seconds for a 5,000-question template whose level
descriptors are 50,000 strings; this reader parses the package's XML directly and keeps only
the cells asked for. It understands what Excel and LibreOffice Calc write: shared, inline and
formula strings, numbers, booleans, errors, and dates (numbers in a date format, or ISO text).
A cell with a formula comes back as a `Formula` (its text and stored result), never as a plain
value, so the caller can refuse it.

Every XML part is parsed with defusedxml (no entity expansion); the caller checks the package's
size and refuses DTDs before (see `template.check_package`). Any malformed part raises
`XlsxFormatError`.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from defusedxml.ElementTree import fromstring, iterparse
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class CellError(str):
    """A cell showing a spreadsheet error (#N/A, #VALUE!, …): its text, marked as an error."""


class Formula:
    """A cell holding a formula: its text (empty for a shared formula's followers) and its stored result, if any."""

    __slots__ = ("cached", "text")

    def __init__(self, text: str, cached: Any) -> None:
        self.text = text
        self.cached = cached

    def __repr__(self) -> str:
        return f"Formula({self.text!r}, {self.cached!r})"


class XlsxFormatError(Exception):
    """The package is not a spreadsheet this reader can follow (message says what is wrong)."""


def _text(element: Any) -> str:
    """The text of a string item (`si` or `is`): its `t`, or its rich-text runs, phonetic hints left out."""
    direct = element.find(f"{MAIN}t")
    if direct is not None:
        return direct.text or ""
    return "".join(t.text or "" for run in element.findall(f"{MAIN}r") for t in run.findall(f"{MAIN}t"))


class XlsxReader:
    """Sheet names and the rows of one sheet of an .xlsx package, streamed."""

    def __init__(self, path: Path) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise XlsxFormatError(f"not a zip package ({exc})") from exc
        self._shared: list[str] | None = None
        self._date_styles: set[int] | None = None
        workbook = self._xml("xl/workbook.xml")
        properties = workbook.find(f"{MAIN}workbookPr")
        self._epoch = (CALENDAR_MAC_1904 if properties is not None and properties.get("date1904") in ("1", "true")
                       else CALENDAR_WINDOWS_1900)
        targets = self._relationships("xl/_rels/workbook.xml.rels")
        self.sheets: dict[str, str] = {}
        sheets = workbook.find(f"{MAIN}sheets")
        for sheet in sheets if sheets is not None else []:
            name, rid = sheet.get("name"), sheet.get(f"{REL}id")
            if name and rid in targets:
                self.sheets[name] = targets[rid]
        self._shared_path = next((t for t in targets.values() if t.endswith("sharedStrings.xml")), None)
        self._styles_path = next((t for t in targets.values() if t.endswith("styles.xml")), None)

    def close(self) -> None:
        """Close the package."""
        self._zip.close()

    def __enter__(self) -> XlsxReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _open(self, name: str) -> IO[bytes]:
        try:
            return self._zip.open(name)
        except KeyError as exc:
            raise XlsxFormatError(f"part {name} is missing") from exc

    def _xml(self, name: str) -> Any:
        with self._open(name) as part:
            data = part.read()
        try:
            return fromstring(data)
        except Exception as exc:  # defusedxml / expat errors of every kind
            raise XlsxFormatError(f"part {name} is not well-formed XML ({exc})") from exc

    def _relationships(self, name: str) -> dict[str, str]:
        """Relationship id → part path inside the package."""
        base = posixpath.dirname(posixpath.dirname(name))  # xl/_rels/x.rels → xl
        result = {}
        for rel in self._xml(name).findall(f"{PKG_REL}Relationship"):
            target = rel.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
            result[rel.get("Id") or ""] = path
        return result

    @property
    def shared_strings(self) -> list[str]:
        """The shared string table, read on first use."""
        if self._shared is None:
            self._shared = []
            if self._shared_path is not None and self._shared_path in self._zip.namelist():
                with self._open(self._shared_path) as part:
                    for _, element in iterparse(part, events=("end",)):
                        if element.tag == f"{MAIN}si":
                            self._shared.append(_text(element))
                            element.clear()
        return self._shared

    @property
    def date_styles(self) -> set[int]:
        """Indexes of the cell formats that show a number as a date."""
        if self._date_styles is None:
            self._date_styles = set()
            if self._styles_path is not None and self._styles_path in self._zip.namelist():
                styles = self._xml(self._styles_path)
                formats = dict(BUILTIN_FORMATS)
                custom = styles.find(f"{MAIN}numFmts")
                for fmt in custom if custom is not None else []:
                    formats[int(fmt.get("numFmtId", "-1"))] = fmt.get("formatCode", "")
                xfs = styles.find(f"{MAIN}cellXfs")
                for index, xf in enumerate(xfs if xfs is not None else []):
                    code = formats.get(int(xf.get("numFmtId", "0")), "")
                    if code and is_date_format(code):
                        self._date_styles.add(index)
        return self._date_styles

    def _value(self, cell: Any) -> Any:
        formula = cell.find(f"{MAIN}f")
        if formula is not None:
            # A formula is never taken as typed input: its stored result may be stale or absent.
            return Formula("=" + (formula.text or "") if formula.text else "", self._plain_value(cell))
        return self._plain_value(cell)

    def _plain_value(self, cell: Any) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(f"{MAIN}is")
            return _text(inline) if inline is not None else None
        v = cell.find(f"{MAIN}v")
        if v is None or v.text is None:
            return None
        text = v.text
        if kind == "s":
            return self.shared_strings[int(text)]
        if kind == "str":
            return text
        if kind == "e":
            return CellError(text)
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "d":
            return dt.datetime.fromisoformat(text)
        number: int | float
        try:
            number = int(text)
        except ValueError:
            number = float(text)
        if int(cell.get("s", "0")) in self.date_styles:
            return from_excel(number, self._epoch)
        return number

    def rows(self, sheet: str, columns: set[int] | None = None) -> Iterator[tuple[int, dict[int, Any]]]:
        """(row number, {column number: value}) for each row with cells, in order; only `columns` if given."""
        path = self.sheets[sheet]
        row_number = 0
        cells: dict[int, Any] = {}
        column = 0
        try:
            with self._open(path) as part:
                for _, element in iterparse(part, events=("end",)):
                    tag = element.tag
                    if tag == f"{MAIN}c":
                        ref = element.get("r")
                        if ref:
                            letters = ref.rstrip("0123456789")
                            column = column_index_from_string(letters)
                        else:  # `r` is optional: the cell follows the previous one
                            column += 1
                        if columns is None or column in columns:
                            value = self._value(element)
                            if value is not None:
                                cells[column] = value
                        element.clear()
                    elif tag == f"{MAIN}row":
                        number = element.get("r")
                        row_number = int(number) if number else row_number + 1
                        if cells:
                            yield row_number, cells
                        cells, column = {}, 0
                        element.clear()
        except XlsxFormatError:
            raise
        except (ValueError, IndexError, KeyError, OverflowError) as exc:
            raise XlsxFormatError(f"a cell of {path} cannot be read ({exc})") from exc
        except Exception as exc:  # expat / defusedxml errors
            raise XlsxFormatError(f"part {path} is not well-formed XML ({exc})") from exc


__all__ = ["CellError", "Formula", "XlsxFormatError", "XlsxReader"]
