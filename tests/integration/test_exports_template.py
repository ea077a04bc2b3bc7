"""The offline assessment template: its layout, round trips (script and LibreOffice) and every kind of bad file."""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import datetime as dt
import io
import subprocess
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from icc_desktop import cli
from icc_desktop.errors import ExportCancelled
from icc_desktop.exports import template as tpl
from icc_desktop.exports.template import (
    COL_COMMENT,
    COL_CURRENT,
    COL_TARGET,
    TemplateError,
    import_template,
    write_template,
)
from icc_desktop.models import Response, Workshop
from icc_desktop.services import crud
from icc_desktop.services.scoring import dimension_scores, framework_questions
from icc_desktop.services.workshops import set_response
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    db,
    digest,
    make_small_workshop,
    small,
    small_db,
    soffice,
)


@pytest.fixture
def workshop_id(small: SmallWorkshop) -> str:
    """The small workshop's id (short in hypothesis' failure reports)."""
    return small.workshop_id


@pytest.fixture
def blank(db: Database, small: SmallWorkshop, tmp_path: Path) -> Path:
    """The small workshop's template, as written."""
    return write_template(db, small.workshop_id, tmp_path / "template.xlsx")


def edit(source: Path, target: Path, change: Callable[[Any], None]) -> Path:
    """Copy a template with `change(assessment_sheet)` applied (as a script filling it in would)."""
    book = load_workbook(source)
    change(book["Assessment"])
    book.save(target)
    return target


def consensus(db: Database, workshop_id: str) -> dict[str, tuple[int | None, int | None, str]]:
    """The workshop's consensus answers: question id -> (current, target, evidence)."""
    with db.session() as session:
        return {r.question_id: (r.current_level, r.target_level, r.evidence)
                for r in crud.live(session, Response, workshop_id=workshop_id) if r.participant_id is None}


def test_template_layout(db: Database, small: SmallWorkshop, blank: Path, tmp_path: Path) -> None:
    """Instructions, one row per question with descriptors, drop-downs, hidden ids and workshop, answers pre-filled."""
    book = load_workbook(blank)
    assert book.sheetnames == ["Instructions", "Assessment", "_icc", "_icc_base"]
    assert book["_icc_base"].sheet_state == "hidden"
    assert book["_icc"].sheet_state == "hidden"
    instructions = " ".join(str(c.value) for c in book["Instructions"]["A"] if c.value)
    assert "Iași: Smart Iași workshop (15 March 2024)" in instructions and "Zoë Brückner" in instructions
    sheet = book["Assessment"]
    with db.session() as session:
        pairs = framework_questions(session, session.get(Workshop, small.workshop_id).framework_id)
    assert sheet.max_row == len(pairs) + 1
    assert [c.value for c in sheet[1]] == ["Question id", "Dimension", "Code", "Question", "Level 1", "Level 2",
                                          "Level 3", "Level 4", "Level 5", "Current level", "Target level",
                                          "Evidence or comment"]
    for row, (dimension, question) in enumerate(pairs, start=2):
        values = [c.value for c in sheet[row]]
        assert values[:9] == [question.id, dimension.name, question.code, question.text,
                              *(question.descriptor(level) for level in range(1, 6))]
    q = small.questions
    assert [c.value for c in sheet[2]][9:] == [2, 4, "=SUM(A1:A9)"] and sheet["L2"].data_type == "s"
    assert [c.value for c in sheet[4]][9:] == [None, 3, None]
    assert sheet["A2"].value == q[0].id and sheet.column_dimensions["A"].hidden
    (validation,) = sheet.data_validations.dataValidation
    assert (validation.type, validation.formula1, str(validation.sqref)) == ("list", '"1,2,3,4,5"',
                                                                             f"J2:K{len(pairs) + 1}")
    assert sheet["J2"].protection.locked is False and sheet["D2"].protection.locked is not False
    set_response(db, small.workshop_id, q[1].id, evidence="#N/A")  # text that looks like an error value
    french = load_workbook(write_template(db, small.workshop_id, tmp_path / "fr.xlsx", language="fr"))
    assert (french["Évaluation"]["L3"].value, french["Évaluation"]["L3"].data_type) == ("#N/A", "s")
    assert french.sheetnames == ["Instructions", "Évaluation", "_icc", "_icc_base"]
    assert french["Évaluation"]["J1"].value == "Niveau actuel"


def fill_levels(sheet: Any) -> dict[str, tuple[int | None, int | None, str]]:
    """Fill every row as city staff would (numbers, text numbers, blanks); return what the import must store."""
    expected = {}
    for row in range(2, sheet.max_row + 1):
        current, target = (row % 5) + 1, 5 if row % 3 else None
        sheet.cell(row, COL_CURRENT).value = current if row % 2 else str(current)  # typed as text sometimes
        sheet.cell(row, COL_TARGET).value = target
        sheet.cell(row, COL_COMMENT).value = f"Evidence for row {row} – Łódź" if row % 4 else None
        expected[sheet.cell(row, 1).value] = (current, target, f"Evidence for row {row} – Łódź" if row % 4 else "")
    return expected


def test_round_trip_by_script(db: Database, small: SmallWorkshop, blank: Path, tmp_path: Path) -> None:
    """Template → filled by a script → import: the consensus answers and the dimension scores match the file."""
    expected: dict[str, Any] = {}
    filled = edit(blank, tmp_path / "filled.xlsx", lambda s: expected.update(fill_levels(s)))
    report = import_template(db, small.workshop_id, filled)
    assert (report.rows, report.created + report.updated + report.unchanged) == (len(expected), len(expected))
    assert consensus(db, small.workshop_id) == expected
    with db.session() as session:
        pairs = framework_questions(session, session.get(Workshop, small.workshop_id).framework_id)
    for score in dimension_scores(db, small.workshop_id):
        levels = [expected[q.id] for d, q in pairs if d.id == score.dimension_id]
        currents = [c for c, _, _ in levels if c is not None]
        targets = [t for _, t, _ in levels if t is not None]
        assert score.current == pytest.approx(sum(currents) / len(currents))
        assert score.target == pytest.approx(sum(targets) / len(targets))
    again = import_template(db, small.workshop_id, filled)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(expected))


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed; make test installs "
                                              "libreoffice-calc-nogui")
def test_round_trip_through_libreoffice(db: Database, small: SmallWorkshop, blank: Path, tmp_path: Path) -> None:
    """A filled template opened and saved by LibreOffice Calc still imports exactly."""
    expected: dict[str, Any] = {}
    filled = edit(blank, tmp_path / "filled.xlsx", lambda s: expected.update(fill_levels(s)))
    out = tmp_path / "libreoffice"
    subprocess.run([str(soffice()), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(filled)],
                   check=True, capture_output=True, timeout=180)
    converted = out / "filled.xlsx"
    book = load_workbook(converted)
    assert book["_icc"].sheet_state == "hidden" and book["Assessment"].column_dimensions["A"].hidden
    assert book["Assessment"].data_validations.dataValidation  # the drop-downs survive
    import_template(db, small.workshop_id, converted)
    assert consensus(db, small.workshop_id) == expected


def _second_workshop_template(db: Database, small: SmallWorkshop, tmp_path: Path, blank: Path) -> Path:
    other = make_small_workshop(db)
    return write_template(db, other.workshop_id, tmp_path / "other.xlsx")


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def _with_dtd(blank: Path, tmp_path: Path) -> Path:
    with zipfile.ZipFile(blank) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    body = parts["xl/workbook.xml"].split(b"?>", 1)[-1]
    parts["xl/workbook.xml"] = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                                b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' + body)
    return _zip(tmp_path / "dtd.xlsx", parts)


def _set(cells: dict[str, Any]) -> Callable[[Any], None]:
    def change(sheet: Any) -> None:
        for ref, value in cells.items():
            sheet[ref].value = value
    return change


def _duplicate_row(sheet: Any) -> None:
    last = sheet.max_row
    for column in range(1, 13):
        sheet.cell(last + 1, column).value = sheet.cell(3, column).value


BAD_FILES: dict[str, tuple[Callable[..., Path], list[str]]] = {
    "wrong workshop": (_second_workshop_template,
                       ["template.xlsx: is the template of another workshop", "other.xlsx: is the template of another "
                        "workshop (Iași: Smart Iași workshop), not of Iași: Smart Iași workshop; nothing was imported."]),
    "unknown question": (lambda db, s, t, b: edit(b, t / "f.xlsx", _set({"A5": str(uuid.uuid4())})),
                         ["sheet “Assessment”, row 5, column A (Question id): unknown question"]),
    "level out of range": (lambda db, s, t, b: edit(b, t / "f.xlsx", _set({"J2": 7, "K3": 0, "J4": -1})),
                           ["sheet “Assessment”, row 2, column J (Current level): level 7 is out of range",
                            "sheet “Assessment”, row 3, column K (Target level): level 0 is out of range",
                            "sheet “Assessment”, row 4, column J (Current level): level -1 is out of range"]),
    "duplicate rows": (lambda db, s, t, b: edit(b, t / "f.xlsx", _duplicate_row),
                       ["column A (Question id): question", "appears twice (also on row 3)"]),
    "wrong types": (lambda db, s, t, b: edit(b, t / "f.xlsx", _set({"J2": "high", "K2": 2.5, "J3": dt.date(2024, 1, 1),
                                                                    "K4": True, "L5": "x" * 10_001})),
                    ["row 2, column J (Current level): “high” is not a level",
                     "row 2, column K (Target level): 2.5 is not a whole number",
                     "row 3, column J (Current level): “2024-01-01 00:00:00” is not a level",
                     "row 4, column K (Target level): “True” is not a level",
                     "row 5, column L (Evidence or comment): the comment has 10,001 characters"]),
    "error cell as comment": (lambda db, s, t, b: edit(b, t / "f.xlsx", _set({"L2": "#DIV/0!"})),
                              ["sheet “Assessment”, row 2, column L (Evidence or comment): the cell shows the "
                               "error #DIV/0!; type the comment as plain text."]),
    "not an xlsx": (lambda db, s, t, b: (t / "notes.xlsx").write_text("city,level\nIași,3\n") and t / "notes.xlsx",
                    ["notes.xlsx: is not an .xlsx workbook"]),
    "some other zip": (lambda db, s, t, b: _zip(t / "other.xlsx", {"readme.txt": b"hello"}),
                       ["other.xlsx: is a zip file but not an .xlsx workbook."]),
    "zip bomb": (lambda db, s, t, b: _zip(t / "bomb.xlsx", {"[Content_Types].xml": b"<Types/>",
                                                            "xl/workbook.xml": b"<workbook/>",
                                                            "xl/sharedStrings.xml": b"\0" * 5_000_000}),
                 ["bomb.xlsx: part xl/sharedStrings.xml is compressed", "as in a zip bomb; refused unread."]),
    "malformed xml": (lambda db, s, t, b: _zip(t / "broken.xlsx", {"[Content_Types].xml": b"<Types",
                                                                   "xl/workbook.xml": b"<workbook><sheets"}),
                      ["broken.xlsx: cannot be read as an .xlsx workbook"]),
    "dtd entities": (lambda db, s, t, b: _with_dtd(b, t), ["dtd.xlsx: part xl/workbook.xml declares a DTD"]),
    "not a template": (lambda db, s, t, b: (Workbook().save(t / "plain.xlsx"), t / "plain.xlsx")[1],
                       ["plain.xlsx: is not an ICC Workshop assessment template"]),
    "columns moved": (lambda db, s, t, b: edit(b, t / "f.xlsx", lambda sheet: sheet.insert_cols(5)),
                      ["sheet “Assessment”, row 1, column E: expected the header “Level 1”, found “”"]),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_are_refused_and_nothing_changes(case: str, db: Database, small: SmallWorkshop, blank: Path,
                                                  tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each bad file: exit 2, one clear line per problem (naming sheet, row, column), database unchanged."""
    make, messages = BAD_FILES[case]
    out = tmp_path / "files"
    out.mkdir()
    path = make(db, small, out, blank)
    before = digest(db)
    capsys.readouterr()
    assert cli.main(["import", "--workshop", small.workshop_id, "--db", str(db.path), str(path)]) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("icc-desktop: ") for line in lines)
    if case != "wrong workshop":
        for message in messages:
            assert message in err, err
    else:
        assert messages[1] in err
    assert case not in ("level out of range", "wrong types") or len(lines) == len(messages)
    assert digest(db) == before


def test_huge_file_refused_before_parsing(db: Database, small: SmallWorkshop, blank: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A file whose parts expand past the limit is refused unread."""
    monkeypatch.setattr(tpl, "MAX_UNCOMPRESSED_BYTES", 10_000)
    before = digest(db)
    with pytest.raises(TemplateError, match="would expand to .* MB; refused unread"):
        import_template(db, small.workshop_id, blank)
    monkeypatch.setattr(tpl, "MAX_FILE_BYTES", 1_000)
    with pytest.raises(TemplateError, match="a template is far smaller"):
        import_template(db, small.workshop_id, blank)
    assert digest(db) == before


def test_cancelled_import_writes_nothing(db: Database, small: SmallWorkshop, blank: Path, tmp_path: Path) -> None:
    """Cancelling after the check, before the write, leaves the database as it was."""
    filled = edit(blank, tmp_path / "filled.xlsx", fill_levels)
    before = digest(db)
    ticks: list[int] = []
    with pytest.raises(ExportCancelled):
        import_template(db, small.workshop_id, filled, progress=lambda d, t: ticks.append(d),
                        cancelled=lambda: len(ticks) >= 1)
    assert digest(db) == before


def test_cli_template_and_import(db: Database, small: SmallWorkshop, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """`template` then `import` from the command line: exit 0 and a one-line summary."""
    path = tmp_path / "t.xlsx"
    assert cli.main(["template", "--workshop", small.workshop_id[:8], "--db", str(db.path), "-o", str(path),
                     "--language", "de"]) == 0
    assert load_workbook(path).sheetnames == ["Anleitung", "Bewertung", "_icc", "_icc_base"]
    filled = tmp_path / "filled.xlsx"
    book = load_workbook(path)
    book["Bewertung"]["J3"].value = 1
    book.save(filled)
    capsys.readouterr()
    assert cli.main(["import", "--workshop", small.workshop_id[:8], "--db", str(db.path), str(filled)]) == 0
    assert capsys.readouterr().out.strip().endswith("0 answers added, 1 changed, 34 unchanged.")
    assert consensus(db, small.workshop_id)[small.questions[1].id] == (1, 5, "")


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)
CELL_VALUES = st.one_of(
    st.none(), st.integers(-5, 12), st.floats(allow_nan=True, allow_infinity=True), TEXT,
    st.booleans(), st.dates(min_value=dt.date(1900, 3, 1)), st.sampled_from(["1", " 3 ", "5.0", "=1+1", "@x", "N/A"]),
)
MANGLES = st.lists(
    st.one_of(
        st.tuples(st.just("cell"), st.integers(1, 40), st.integers(1, 14), CELL_VALUES),
        st.tuples(st.just("delete_rows"), st.integers(1, 40), st.integers(1, 3)),
        st.tuples(st.just("copy_row"), st.integers(2, 36), st.integers(2, 40)),
        st.tuples(st.just("rename_sheet"), st.sampled_from(["Assessment", "_icc"]), TEXT),
    ),
    min_size=1, max_size=6,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mangles=MANGLES)
def test_mangled_templates_never_crash_or_half_write(mangles: list[tuple[Any, ...]], db: Database,
                                                     workshop_id: str, blank: Path, tmp_path: Path) -> None:
    """Whatever is done to a template, import either succeeds (and is repeatable) or lists problems (no "None") and writes nothing."""
    book = load_workbook(blank)
    sheet = book.worksheets[1]  # the Assessment sheet, whatever a mangle renames it to
    for mangle in mangles:
        kind = mangle[0]
        if kind == "cell":
            sheet.cell(mangle[1], mangle[2]).value = mangle[3]
        elif kind == "delete_rows":
            sheet.delete_rows(mangle[1], mangle[2])
        elif kind == "copy_row":
            for column in range(1, 13):
                sheet.cell(mangle[2], column).value = sheet.cell(mangle[1], column).value
        elif mangle[1] in book.sheetnames:
            title = "".join(ch for ch in mangle[2] if ch not in "[]:*?/\\'") or "x"
            if title not in book.sheetnames:
                book[mangle[1]].title = title
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "mangled.xlsx"
    path.write_bytes(buffer.getvalue())
    before = digest(db)
    try:
        report = import_template(db, workshop_id, path)
    except TemplateError as error:
        assert error.problems and all(str(p) for p in error.problems)
        assert not any("None" in str(p) for p in error.problems), error  # an empty cell is never shown as Python's None
        assert digest(db) == before
    else:
        again = import_template(db, workshop_id, path)
        assert (again.created, again.updated, again.unchanged) == (0, 0, report.rows)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_corrupted_bytes_never_crash(data: st.DataObject, db: Database, workshop_id: str, blank: Path,
                                     tmp_path: Path) -> None:
    """Flipped or cut bytes give a clean TemplateError (or a valid import), never another exception."""
    raw = bytearray(blank.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(raw))))
    path = tmp_path / "corrupt.xlsx"
    path.write_bytes(bytes(raw[:cut] if cut is not None else raw))
    before = digest(db)
    try:
        import_template(db, workshop_id, path)
    except TemplateError:
        assert digest(db) == before
