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
import textwrap
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from icc_desktop import __version__
from icc_desktop.errors import ExportError
from icc_desktop.exports.common import (
    CancelCheck,
    ProgressCallback,
    Steps,
    atomic_output,
    check_destination,
    check_folder,
)
from icc_desktop.exports.i18n import Translator
from icc_desktop.exports.sheet_words import sheet_name
from icc_desktop.exports.xlsx import (
    FORMULA_TRIGGERS,
    SHEETS,
    WRAPPED_KINDS,
    Column,
    localized,
    stream_tables,
)
from icc_desktop.models import Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database


def unit(kind: str, t: Translator) -> str:
    """What a column of `kind` holds and in which unit, in the export's language."""
    return t(f"unit_{kind}")


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
        # the stable English keys, whatever the language: scripts and portals read the files by them
        self._writer.writerow([c.key for c in self.columns])
        self.rows = 0

    def append(self, values: list[Any]) -> None:
        self._writer.writerow([csv_value(v, c) for v, c in zip(values, self.columns, strict=True)])
        self.rows += 1

    def close(self) -> None:
        self._file.close()


def _readme(title: str, tables: dict[str, _CsvTable], t: Translator) -> str:
    lines = [title, "=" * len(title), ""]
    for paragraph in (t("csv_exported", version=__version__, date=dt.date.today().isoformat()), t("csv_about"),
                      t("csv_format"), t("csv_columns", language=t("csv_language"))):
        lines += [*textwrap.wrap(paragraph, 100, break_on_hyphens=False), ""]
    for table in tables.values():
        heading = f"{file_name(table.name)}: {sheet_name(table.name, t.language)} ({t('csv_rows', count=table.rows)})"
        lines += [heading, "-" * len(heading)]
        lines += [f"  {c.key}: {c.header} — {unit(c.kind, t)}" if c.header != c.key else f"  {c.key}: {unit(c.kind, t)}"
                  for c in table.columns]
        lines.append("")
    return "\n".join(lines)


def _datapackage(title: str, tables: dict[str, _CsvTable], t: Translator) -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": "icc-workshop-export",
        "title": title,
        "description": t("csv_description"),
        "languages": [t.language],
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "contributors": [{"title": f"ICC Workshop {__version__}", "role": "publisher"}],
        "resources": [{
            "name": table.name.lower().replace(" ", "_"),
            "title": sheet_name(table.name, t.language),
            "path": file_name(table.name),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True},
            "schema": {"fields": [
                {"name": c.key, "title": c.header, "type": _TYPES[c.kind], "description": unit(c.kind, t),
                 **({"format": "%Y-%m-%d"} if c.kind == "date" else {}),
                 **({"trueValues": ["true"], "falseValues": ["false"]} if c.kind == "bool" else {})}
                for c in table.columns]},
            "bytes": table.path.stat().st_size,
            "rows": table.rows,
        } for table in tables.values()],
    }


def csv_file_names() -> list[str]:
    """Every file `export_csv` writes into its folder."""
    return [*(file_name(name) for name in SHEETS), "README.txt", "datapackage.json"]


def export_csv(db: Database, folder: Path | str, *, workshop_id: str | None = None,
               progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
               language: str = "en", replace: bool = False) -> Path:
    """Write one workshop (or every workshop) as CSV tables, a README and a datapackage.json into `folder`.

    File and column names are stable English keys; the README, the data package's titles and
    descriptions and the labels in the tables are in `language`. The folder is made (its parent
    must exist); files of other names are left alone. Files of the names it writes that are
    already there are replaced only with `replace`: else `DestinationExistsError` names them and
    nothing is written. Raises `NotFoundError` for an unknown workshop, `ExportError` for an
    unusable folder.
    """
    folder = Path(folder)
    t = Translator(language)
    steps = Steps(3, progress, cancelled)
    steps.check()
    title = t("csv_title_every")
    if workshop_id is not None:
        with db.session() as session:
            workshop = crud.get(session, Workshop, workshop_id)
            title = t("csv_title_workshop", workshop=workshop.title)
    check_folder(folder, csv_file_names(), replace=replace)
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".icc-csv-", dir=folder) as temp_name:
        temp = Path(temp_name)
        tables = {name: _CsvTable(temp, name, localized(columns, language)) for name, columns in SHEETS.items()}
        try:
            stream_tables(db, workshop_id, tables, steps, language=language)
        finally:
            for table in tables.values():
                table.close()
        (temp / "README.txt").write_text(_readme(title, tables, t), encoding="utf-8")
        (temp / "datapackage.json").write_text(json.dumps(_datapackage(title, tables, t), ensure_ascii=False, indent=2),
                                               encoding="utf-8")
        steps.check()
        for item in temp.iterdir():
            try:
                item.replace(folder / item.name)
            except OSError as exc:  # e.g. the file is open in a spreadsheet on Windows
                raise ExportError(f"{folder / item.name}: cannot be written ({exc.strerror}); is it open in "
                                  "another program?") from exc
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

_TOP_CELL = '<style:table-cell-properties style:vertical-align="top"/>'
"""Every cell sits at the top of its row: a long text wraps (style "wrap") and makes its row tall."""

_AUTOMATIC_STYLES = """<office:automatic-styles>
 <number:date-style style:name="N-date"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="N-month"><number:month number:textual="true"/><number:text> </number:text><number:year number:style="long"/></number:date-style>
 <number:number-style style:name="N-eur"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>
 <number:number-style style:name="N-decimal"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>
 <style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:background-color="#1f4e79" fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold" fo:color="#ffffff" style:font-name="Calibri"/></style:style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="N-date">{top}</style:style>
 <style:style style:name="month" style:family="table-cell" style:data-style-name="N-month">{top}</style:style>
 <style:style style:name="eur" style:family="table-cell" style:data-style-name="N-eur">{top}</style:style>
 <style:style style:name="decimal" style:family="table-cell" style:data-style-name="N-decimal">{top}</style:style>
 <style:style style:name="top" style:family="table-cell">{top}</style:style>
 <style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:wrap-option="wrap"/></style:style>
 <style:style style:name="r1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
{columns}
</office:automatic-styles>"""


def _ods_cell(value: Any, column: Column) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, bool):
        return (f'<table:table-cell table:style-name="top" office:value-type="boolean" '
                f'office:boolean-value="{str(value).lower()}">'
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
        style = "decimal" if column.kind == "decimal" else "top"
        return (f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    # string: always a string cell, so "=…" is text, never a formula
    text: str = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    style = "wrap" if column.kind in WRAPPED_KINDS else "top"
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{paragraphs}</table:table-cell>'


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
               cancelled: CancelCheck | None = None, language: str = "en") -> Path:
    """Write one workshop as an OpenDocument spreadsheet at `path` in `language` (atomically); return the path."""
    Translator(language)  # a bad language is refused before anything is read
    check_destination(Path(path), ".ods")  # and a wrong file name before the tables are streamed
    steps = Steps(3, progress, cancelled)
    steps.check()
    with db.session() as session:
        workshop = crud.get(session, Workshop, workshop_id)
        title = workshop.title
    tables = {name: _OdsTable(sheet_name(name, language), localized(columns, language))
              for name, columns in SHEETS.items()}
    stream_tables(db, workshop_id, tables, steps, language=language)
    widths = sorted({c.width for columns in SHEETS.values() for c in columns})
    column_styles = "\n".join(
        f' <style:style style:name="w{i}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{width * 0.19:.2f}cm"/></style:style>' for i, width in enumerate(widths))
    width_style = {width: f"w{i}" for i, width in enumerate(widths)}
    with atomic_output(Path(path), ".ods") as temp:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as package:
            # the mimetype first and stored, so the file is recognised by its first bytes
            package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                             compress_type=zipfile.ZIP_STORED)
            package.writestr("META-INF/manifest.xml", _MANIFEST)
            package.writestr("styles.xml", _STYLES)
            package.writestr("meta.xml", _meta(title, language))
            with package.open("content.xml", "w") as part:
                write = part.write
                write(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NS}>'.encode())
                write(_AUTOMATIC_STYLES.format(columns=column_styles, top=_TOP_CELL).encode())
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


def _meta(title: str, language: str) -> str:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_NS}><office:meta>'
            f"<meta:generator>ICC Workshop {__version__}</meta:generator><dc:title>{escape(title)}</dc:title>"
            f"<meta:initial-creator>ICC Workshop {__version__}</meta:initial-creator><dc:language>{language}</dc:language>"
            f"<meta:creation-date>{now}</meta:creation-date></office:meta></office:document-meta>")


__all__ = ["csv_file_names", "csv_value", "export_csv", "export_ods", "file_name", "unit"]
