"""Open formats: CSV tables with a README and a data-package description, and OpenDocument spreadsheets.

Administrations and open-data portals take these where they would not take .xlsx. Both reuse the
workbook's row producer (`xlsx.stream_tables`), so the three formats always hold the same rows
and columns:

- `export_csv(db, folder, workshop_id=None)`: one UTF-8 file per table (RFC 4180: comma,
  double quotes, CRLF), ISO dates (`2024-03-15`), months as `2024-03`, numbers with a dot,
  `true`/`false`; a `README.txt` naming every column with its unit, and a `datapackage.json`
  (Frictionless Data Package) describing the dataset and each table's schema. Text that starts
  with `=`, `+`, `-` or `@` gets a leading apostrophe (as spreadsheets do to show it is text), so
  opening a file in a spreadsheet never runs a formula; the README says so.
- `export_ods(db, workshop_id, path)`: one workshop as an OpenDocument spreadsheet (.ods) written
  here (a zip of XML parts: `mimetype` first, uncompressed), one table per sheet, a bold header
  row, typed cells (dates, floats, booleans, euros), column widths.

Both are written to a temporary place and moved in when complete.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from icc_desktop import __version__
from icc_desktop.errors import ExportError
from icc_desktop.exports.common import CancelCheck, ProgressCallback, Steps, atomic_output
from icc_desktop.exports.xlsx import FORMULA_TRIGGERS, SHEETS, Column, stream_tables
from icc_desktop.models import Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database

UNITS: dict[str, str] = {
    "eur": "euros (EUR), whole number",
    "date": "date, ISO 8601 (YYYY-MM-DD)",
    "month": "month, ISO 8601 (YYYY-MM)",
    "level": "maturity level, whole number 1 to 5 (empty: unknown)",
    "decimal": "number with a decimal point",
    "number": "number with a decimal point",
    "int": "whole number",
    "bool": "true or false",
    "id": "identifier (UUID)",
    "label": "text (a label of the app's lists, in English)",
    "text": "text as typed",
}

_TYPES = {"eur": "integer", "int": "integer", "level": "integer", "decimal": "number", "number": "number",
          "bool": "boolean", "date": "date", "month": "yearmonth", "id": "string", "label": "string",
          "text": "string"}


def file_name(sheet: str) -> str:
    """A table's CSV file name: `kpis.csv`, `budget.csv`."""
    return sheet.lower().replace(" ", "_") + ".csv"


def csv_value(value: Any, column: Column) -> str:
    """One cell as CSV text."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value.year:04d}-{value.month:02d}" if column.kind == "month" else value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    text: str = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text  # never a formula when the file is opened in a spreadsheet
    return text


class _CsvTable:
    """One table streamed to its CSV file."""

    def __init__(self, folder: Path, name: str, columns: Sequence[Column]) -> None:
        self.name = name
        self.columns = tuple(columns)
        self.path = folder / file_name(name)
        self._file: IO[str] = self.path.open("w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._file, lineterminator="\r\n")
        self._writer.writerow([c.header for c in self.columns])
        self.rows = 0

    def append(self, values: list[Any]) -> None:
        self._writer.writerow([csv_value(v, c) for v, c in zip(values, self.columns, strict=True)])
        self.rows += 1

    def close(self) -> None:
        self._file.close()


def _readme(title: str, tables: dict[str, _CsvTable]) -> str:
    lines = [title, "=" * len(title), "",
             f"Exported by ICC Workshop {__version__} on {dt.date.today().isoformat()}.",
             "Intelligent Cities Challenge: a city's needs-assessment workshop, its maturity scores, needs,",
             "vision, objectives and roadmap. One CSV file per table; datapackage.json describes the same",
             "tables for software (Frictionless Data Package).", "",
             "Format: UTF-8, comma-separated, fields in double quotes where needed, one header row.",
             "Dates are YYYY-MM-DD, months YYYY-MM, numbers use a dot, booleans are true/false, an empty",
             "field is an unknown or missing value. Text that starts with = + - or @ is written with a",
             "leading apostrophe (') so that a spreadsheet never reads it as a formula; remove it to get",
             "the text as typed. Names of participants appear only where they agreed to be named.",
             "The \"… id\" columns link the tables (for example \"Workshop id\" in actions.csv to workshops.csv).",
             ""]
    for table in tables.values():
        lines += [f"{file_name(table.name)} ({table.rows} rows)", "-" * (len(file_name(table.name)) + 12)]
        lines += [f"  {c.header}: {UNITS[c.kind]}" for c in table.columns]
        lines.append("")
    return "\n".join(lines)


def _datapackage(title: str, tables: dict[str, _CsvTable]) -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": "icc-workshop-export",
        "title": title,
        "description": "Needs assessment, priorities and roadmap of Intelligent Cities Challenge workshops.",
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "contributors": [{"title": f"ICC Workshop {__version__}", "role": "publisher"}],
        "resources": [{
            "name": table.name.lower().replace(" ", "_"),
            "path": file_name(table.name),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True},
            "schema": {"fields": [
                {"name": c.header, "type": _TYPES[c.kind], "description": UNITS[c.kind],
                 **({"format": "%Y-%m-%d"} if c.kind == "date" else {}),
                 **({"trueValues": ["true"], "falseValues": ["false"]} if c.kind == "bool" else {})}
                for c in table.columns]},
            "bytes": table.path.stat().st_size,
            "rows": table.rows,
        } for table in tables.values()],
    }


def export_csv(db: Database, folder: Path | str, *, workshop_id: str | None = None,
               progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> Path:
    """Write one workshop (or every workshop) as CSV tables, a README and a datapackage.json into `folder`.

    The folder is made (its parent must exist); files of the same names are replaced, others left
    alone. Raises `NotFoundError` for an unknown workshop, `ExportError` for an unusable folder.
    """
    folder = Path(folder)
    steps = Steps(3, progress, cancelled)
    steps.check()
    title = "ICC Workshop: every workshop"
    if workshop_id is not None:
        with db.session() as session:
            workshop = crud.get(session, Workshop, workshop_id)
            title = f"ICC Workshop: {workshop.title}"
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: is a file, not a folder; choose a folder for the CSV files.")
    if not folder.parent.is_dir():
        raise ExportError(f"{folder.parent}: no such folder.")
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".icc-csv-", dir=folder) as temp_name:
        temp = Path(temp_name)
        tables = {name: _CsvTable(temp, name, columns) for name, columns in SHEETS.items()}
        try:
            stream_tables(db, workshop_id, tables, steps)
        finally:
            for table in tables.values():
                table.close()
        (temp / "README.txt").write_text(_readme(title, tables), encoding="utf-8")
        (temp / "datapackage.json").write_text(json.dumps(_datapackage(title, tables), ensure_ascii=False, indent=2),
                                               encoding="utf-8")
        steps.check()
        for item in temp.iterdir():
            item.replace(folder / item.name)
    steps.finish()
    return folder


# --- OpenDocument spreadsheet ----------------------------------------------------------------------

_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
       'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')

_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {_NS}><office:styles/></office:document-styles>
"""

_AUTOMATIC_STYLES = """<office:automatic-styles>
 <number:date-style style:name="N-date"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="N-month"><number:month number:textual="true"/><number:text> </number:text><number:year number:style="long"/></number:date-style>
 <number:number-style style:name="N-eur"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>
 <number:number-style style:name="N-decimal"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>
 <style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:background-color="#1f4e79" fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold" fo:color="#ffffff" style:font-name="Calibri"/></style:style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="N-date"/>
 <style:style style:name="month" style:family="table-cell" style:data-style-name="N-month"/>
 <style:style style:name="eur" style:family="table-cell" style:data-style-name="N-eur"/>
 <style:style style:name="decimal" style:family="table-cell" style:data-style-name="N-decimal"/>
 <style:style style:name="r1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
{columns}
</office:automatic-styles>"""


def _ods_cell(value: Any, column: Column) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, bool):
        return (f'<table:table-cell office:value-type="boolean" office:boolean-value="{str(value).lower()}">'
                f"<text:p>{'TRUE' if value else 'FALSE'}</text:p></table:table-cell>")
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        style = "month" if column.kind == "month" else "date"
        return (f'<table:table-cell table:style-name="{style}" office:value-type="date" '
                f'office:date-value="{day.isoformat()}"><text:p>{day.isoformat()}</text:p></table:table-cell>')
    if isinstance(value, int | float):
        if column.kind == "eur":
            return (f'<table:table-cell table:style-name="eur" office:value-type="currency" office:currency="EUR" '
                    f'office:value="{value}"><text:p>{value} €</text:p></table:table-cell>')
        style = ' table:style-name="decimal"' if column.kind == "decimal" else ""
        return (f'<table:table-cell{style} office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    # string: always a string cell, so "=…" is text, never a formula
    text: str = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


class _OdsTable:
    """One table of the spreadsheet, its rows kept as XML (one workshop is small)."""

    def __init__(self, name: str, columns: Sequence[Column]) -> None:
        self.name = name
        self.columns = tuple(columns)
        self.rows: list[str] = []

    def append(self, values: list[Any]) -> None:
        cells = "".join(_ods_cell(v, c) for v, c in zip(values, self.columns, strict=True))
        self.rows.append(f'<table:table-row table:style-name="r1">{cells}</table:table-row>')


def export_ods(db: Database, workshop_id: str, path: Path | str, *, progress: ProgressCallback | None = None,
               cancelled: CancelCheck | None = None) -> Path:
    """Write one workshop as an OpenDocument spreadsheet at `path` (atomically); return the path."""
    steps = Steps(3, progress, cancelled)
    steps.check()
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        title = workshop.title
    tables = {name: _OdsTable(name, columns) for name, columns in SHEETS.items()}
    stream_tables(db, workshop_id, tables, steps)
    widths = sorted({c.width for columns in SHEETS.values() for c in columns})
    column_styles = "\n".join(
        f' <style:style style:name="w{i}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{width * 0.19:.2f}cm"/></style:style>' for i, width in enumerate(widths))
    width_style = {width: f"w{i}" for i, width in enumerate(widths)}
    with atomic_output(Path(path)) as temp:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as package:
            # the mimetype first and stored, so the file is recognised by its first bytes
            package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                             compress_type=zipfile.ZIP_STORED)
            package.writestr("META-INF/manifest.xml", _MANIFEST)
            package.writestr("styles.xml", _STYLES)
            package.writestr("meta.xml", _meta(title))
            with package.open("content.xml", "w") as part:
                write = part.write
                write(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NS}>'.encode())
                write(_AUTOMATIC_STYLES.format(columns=column_styles).encode())
                write(b"<office:body><office:spreadsheet>")
                for table in tables.values():
                    write(f"<table:table table:name={quoteattr(table.name)}>".encode())
                    for column in table.columns:
                        write(f'<table:table-column table:style-name="{width_style[column.width]}"/>'.encode())
                    head = "".join(f'<table:table-cell table:style-name="head" office:value-type="string">'
                                   f"<text:p>{escape(c.header)}</text:p></table:table-cell>" for c in table.columns)
                    write(f"<table:table-header-rows><table:table-row>{head}</table:table-row>"
                          "</table:table-header-rows>".encode())
                    for row in table.rows:
                        write(row.encode())
                    write(b"</table:table>")
                write(b"</office:spreadsheet></office:body></office:document-content>")
        steps.check()
    steps.finish()
    return Path(path)


def _meta(title: str) -> str:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_NS}><office:meta>'
            f"<meta:generator>ICC Workshop {__version__}</meta:generator><dc:title>{escape(title)}</dc:title>"
            f"<meta:initial-creator>ICC Workshop {__version__}</meta:initial-creator>"
            f"<meta:creation-date>{now}</meta:creation-date></office:meta></office:document-meta>")


__all__ = ["csv_value", "export_csv", "export_ods", "file_name"]
