"""The template import merges three ways: it never puts back an answer changed in the workshop after the template.

A template made on Monday, changed in the workshop on Tuesday and filled by city staff until Wednesday:
changes made only in the file are applied, changes made only in the database are kept, a field changed on
both sides is a conflict that names sheet, row and column with both values and writes nothing until the user
chooses. Formulas in input cells and macro-enabled workbooks are refused.
"""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from icc_desktop import cli
from icc_desktop.exports.template import (
    ImportConflictError,
    TemplateError,
    apply_import,
    import_template,
    plan_import,
    write_template,
)
from icc_desktop.models import Response
from icc_desktop.services import crud
from icc_desktop.services.workshops import set_response
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    db,
    digest,
    small,
    small_db,
)

# The small workshop's first questions sit on rows 2, 3, 4 of the Assessment sheet; its consensus answers:
# row 2: (2, 4, "=SUM(A1:A9)"), row 3: (3, 5, ""), row 4: (None, 3, "").


@pytest.fixture
def monday(db: Database, small: SmallWorkshop, tmp_path: Path) -> Path:
    """The template as made on Monday."""
    return write_template(db, small.workshop_id, tmp_path / "monday.xlsx")


def fill(source: Path, target: Path, cells: dict[str, Any]) -> Path:
    """City staff fill in a copy of the template (cells of the Assessment sheet)."""
    book = load_workbook(source)
    for ref, value in cells.items():
        book["Assessment"][ref].value = value
    book.save(target)
    return target


def answer(db: Database, small: SmallWorkshop, index: int) -> tuple[int | None, int | None, str]:
    """The consensus answer to the small workshop's question `index`."""
    with db.session() as session:
        (row,) = [r for r in crud.live(session, Response, workshop_id=small.workshop_id, question_id=small.questions[index].id)
                  if r.participant_id is None]
        return row.current_level, row.target_level, row.evidence


def backups(db: Database) -> list[Path]:
    """The automatic backups beside the database."""
    folder = db.path.parent / "backups"
    return sorted(folder.glob("*before-import*")) if folder.is_dir() else []


def test_change_made_in_the_database_after_the_template_is_kept(db: Database, small: SmallWorkshop, monday: Path,
                                                                tmp_path: Path) -> None:
    """Tuesday's change in the workshop survives Wednesday's import; the file's own change is applied."""
    set_response(db, small.workshop_id, small.questions[0].id, current_level=1)  # Tuesday, in the workshop
    wednesday = fill(monday, tmp_path / "wednesday.xlsx", {"J3": 4})  # city staff change another answer
    report = import_template(db, small.workshop_id, wednesday)
    assert answer(db, small, 0) == (1, 4, "=SUM(A1:A9)")  # not put back to Monday's 2
    assert answer(db, small, 1) == (4, 5, "")
    assert (report.updated, report.kept, report.conflicts) == (1, 1, 0)


def test_same_field_changed_on_both_sides_is_a_conflict_and_nothing_is_written(
        db: Database, small: SmallWorkshop, monday: Path, tmp_path: Path) -> None:
    """Both sides changed one level: the conflict names sheet, row, column and both values; the database is unchanged."""
    set_response(db, small.workshop_id, small.questions[0].id, current_level=1)
    wednesday = fill(monday, tmp_path / "wednesday.xlsx", {"J2": 5, "J3": 4})
    before = digest(db)
    with pytest.raises(ImportConflictError) as caught:
        import_template(db, small.workshop_id, wednesday)
    (problem,) = caught.value.problems
    assert str(problem) == ("sheet “Assessment”, row 2, column J (Current level): changed in the file to 5 and in "
                            "the workshop to 1 since the template was made (was 2).")
    assert digest(db) == before and not backups(db)


def test_same_value_on_both_sides_is_no_conflict(db: Database, small: SmallWorkshop, monday: Path,
                                                 tmp_path: Path) -> None:
    """The same new value typed in the file and in the workshop is no conflict and no change."""
    set_response(db, small.workshop_id, small.questions[1].id, target_level=4)
    report = import_template(db, small.workshop_id, fill(monday, tmp_path / "w.xlsx", {"K3": 4}))
    assert (report.conflicts, report.updated) == (0, 0) and answer(db, small, 1) == (3, 4, "")


def test_cli_conflict_then_overwrite_or_keep_newer(db: Database, small: SmallWorkshop, monday: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI refuses a conflict (exit 2, both values named); --keep-newer keeps the workshop's, --overwrite the file's."""
    set_response(db, small.workshop_id, small.questions[0].id, current_level=1, evidence="seen on Tuesday")
    wednesday = fill(monday, tmp_path / "wednesday.xlsx", {"J2": 5, "L2": "from the city", "J3": 4})
    base = ["import", "--workshop", small.workshop_id[:8], "--db", str(db.path)]
    capsys.readouterr()
    assert cli.main([*base, str(wednesday)]) == 2
    err = capsys.readouterr().err
    assert "row 2, column J (Current level): changed in the file to 5 and in the workshop to 1" in err
    assert ("row 2, column L (Evidence or comment): changed in the file to “from the city” and in the workshop to "
            "“seen on Tuesday”") in err
    assert "--overwrite" in err and "--keep-newer" in err
    assert answer(db, small, 1) == (3, 5, "")  # nothing written, not even the change without conflict
    assert cli.main([*base, "--overwrite", "--keep-newer", str(wednesday)]) == 2  # one or the other
    assert cli.main([*base, "--keep-newer", str(wednesday)]) == 0
    assert answer(db, small, 0) == (1, 4, "seen on Tuesday") and answer(db, small, 1) == (4, 5, "")
    assert cli.main([*base, "--overwrite", str(wednesday)]) == 0
    assert answer(db, small, 0) == (5, 4, "from the city")
    assert len(backups(db)) == 2


def test_dry_run_prints_what_would_change_and_writes_nothing(db: Database, small: SmallWorkshop, monday: Path,
                                                              tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`import --dry-run` lists changes and conflicts, writes nothing, takes no backup, and exits as the import
    would: 2 with the same refusal while a conflict is unsettled."""
    set_response(db, small.workshop_id, small.questions[0].id, current_level=1)
    wednesday = fill(monday, tmp_path / "wednesday.xlsx", {"J2": 5, "J3": 4, "K4": None})
    before = digest(db)
    base = ["import", "--workshop", small.workshop_id, "--db", str(db.path)]
    capsys.readouterr()
    assert cli.main([*base, "--dry-run", str(wednesday)]) == 2
    out, dry_err = capsys.readouterr()
    assert "row 3, column J (Current level): 3 → 4" in out
    assert "row 4, column K (Target level): 3 → (empty)" in out
    assert "conflict" in out and "row 2, column J (Current level): changed in the file to 5" in out
    assert "1 value was changed both in the file and in the workshop; nothing was imported." in dry_err
    assert digest(db) == before and not backups(db)
    assert cli.main([*base, str(wednesday)]) == 2
    assert capsys.readouterr().err == dry_err  # the very refusal the real import gives
    assert digest(db) == before and not backups(db)


@pytest.mark.parametrize(("option", "settled"), [("--keep-newer", "the workshop's 1 is kept"),
                                                  ("--overwrite", "the file's 5 is taken")])
def test_dry_run_with_a_choice_says_how_each_conflict_would_be_settled(
        db: Database, small: SmallWorkshop, monday: Path, tmp_path: Path, option: str, settled: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`--dry-run --keep-newer` / `--overwrite`: exit 0 as the import would, each conflict's outcome named, nothing written."""
    set_response(db, small.workshop_id, small.questions[0].id, current_level=1)
    wednesday = fill(monday, tmp_path / "wednesday.xlsx", {"J2": 5, "J3": 4})
    before = digest(db)
    capsys.readouterr()
    assert cli.main(["import", "--workshop", small.workshop_id, "--db", str(db.path), "--dry-run", option,
                     str(wednesday)]) == 0
    out, err = capsys.readouterr()
    conflict = next(line for line in out.splitlines() if line.startswith("  conflict"))
    assert conflict.endswith(f"; {settled}."), conflict
    assert "Dry run: nothing was changed." in out and not err
    assert digest(db) == before and not backups(db)


def test_backup_is_taken_before_the_import_writes(db: Database, small: SmallWorkshop, monday: Path,
                                                  tmp_path: Path) -> None:
    """An import that writes backs the database up first; the backup holds the answers as they were."""
    report = import_template(db, small.workshop_id, fill(monday, tmp_path / "w.xlsx", {"J3": 1}))
    (backup,) = backups(db)
    assert report.backup == backup
    with Database.open(backup, seed=False) as old:
        assert answer(old, small, 1) == (3, 5, "")
    assert answer(db, small, 1) == (1, 5, "")
    unchanged = import_template(db, small.workshop_id, fill(monday, tmp_path / "w2.xlsx", {"J3": 1}))
    assert unchanged.backup is None and len(backups(db)) == 1  # nothing to write, no backup


def test_preview_is_stale_once_the_workshop_changes(db: Database, small: SmallWorkshop, monday: Path,
                                                    tmp_path: Path) -> None:
    """A preview applied after the workshop changed again is refused instead of overwriting the new edit."""
    plan = plan_import(db, small.workshop_id, fill(monday, tmp_path / "w.xlsx", {"J3": 4}))
    set_response(db, small.workshop_id, small.questions[1].id, current_level=2)
    before = digest(db)
    with pytest.raises(TemplateError, match="changed since the preview"):
        apply_import(db, small.workshop_id, plan)
    assert digest(db) == before


def test_choice_per_conflict(db: Database, small: SmallWorkshop, monday: Path, tmp_path: Path) -> None:
    """The window's choice per conflict: one conflict takes the file's value, the other keeps the workshop's."""
    set_response(db, small.workshop_id, small.questions[0].id, current_level=1, target_level=2)
    plan = plan_import(db, small.workshop_id, fill(monday, tmp_path / "w.xlsx", {"J2": 5, "K2": 5}))
    assert [(c.column, c.file_value, c.database_value) for c in plan.conflicts] == [("J", 5, 1), ("K", 5, 2)]
    with pytest.raises(ImportConflictError):
        apply_import(db, small.workshop_id, plan, choices={plan.conflicts[0].key: "file"})
    apply_import(db, small.workshop_id, plan, choices={plan.conflicts[0].key: "file", plan.conflicts[1].key: "database"})
    assert answer(db, small, 0)[:2] == (5, 2)


@pytest.mark.parametrize("formula, cached", [("=2+1", None), ("=2+1", 3), ("=A1", None)])
def test_formula_in_an_input_cell_is_refused(db: Database, small: SmallWorkshop, monday: Path, tmp_path: Path,
                                             formula: str, cached: int | None) -> None:
    """A level cell holding a formula (with or without a stored result) is refused, naming the cell; nothing changes."""
    path = fill(monday, tmp_path / "f.xlsx", {"J2": formula})
    if cached is not None:  # as Excel saves it: the formula and its last result
        with zipfile.ZipFile(path) as package:
            parts = {name: package.read(name) for name in package.namelist()}
        sheet = next(n for n in parts if n.startswith("xl/worksheets/") and b"<f>" in parts[n])
        parts[sheet] = parts[sheet].replace(b"</f><v></v>", b"</f><v>3</v>").replace(b"</f></c>", b"</f><v>3</v></c>")
        with zipfile.ZipFile(path, "w") as package:
            for name, data in parts.items():
                package.writestr(name, data)
    before = digest(db)
    with pytest.raises(TemplateError) as caught:
        import_template(db, small.workshop_id, path)
    assert "sheet “Assessment”, row 2, column J (Current level): the cell holds a formula" in str(caught.value)
    assert answer(db, small, 0) == (2, 4, "=SUM(A1:A9)") and digest(db) == before


@pytest.mark.parametrize("suffix", [".xlsm", ".xlsx"])
def test_macro_enabled_workbook_is_refused(db: Database, small: SmallWorkshop, monday: Path, tmp_path: Path,
                                          suffix: str) -> None:
    """A workbook carrying a VBA project is refused whatever its name; nothing changes."""
    with zipfile.ZipFile(fill(monday, tmp_path / "f.xlsx", {"J3": 1})) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not really a vba project"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")
    path = tmp_path / f"macros{suffix}"
    with zipfile.ZipFile(path, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    before = digest(db)
    with pytest.raises(TemplateError, match="macro"):
        import_template(db, small.workshop_id, path)
    assert digest(db) == before


def test_template_older_than_version_tracking(db: Database, small: SmallWorkshop, monday: Path, tmp_path: Path) -> None:
    """A template of the first format (no recorded versions): filling an empty value applies, replacing one conflicts."""
    book = load_workbook(monday)
    del book["_icc_base"]
    book["_icc"]["B1"].value = "icc-assessment-template/1"
    book["Assessment"]["J4"].value = 2  # empty in the workshop: nothing is lost by filling it
    book["Assessment"]["J3"].value = 1  # 3 in the workshop: which is newer is unknown
    book.save(tmp_path / "old.xlsx")
    plan = plan_import(db, small.workshop_id, tmp_path / "old.xlsx")
    assert [(c.row, c.column) for c in plan.changes] == [(4, "J")]
    assert [(c.row, c.column) for c in plan.conflicts] == [(3, "J")]
    assert "older than version tracking" in str(plan.conflicts[0].problem())


def test_hand_edited_version_sheet_is_refused(db: Database, small: SmallWorkshop, monday: Path, tmp_path: Path) -> None:
    """The hidden sheet of recorded versions, changed to nonsense by hand, is refused with its row named."""
    book = load_workbook(monday)
    book["_icc_base"]["C2"].value = "lots"
    book.save(tmp_path / "edited.xlsx")
    before = digest(db)
    with pytest.raises(TemplateError, match="sheet “_icc_base”, row 2: the recorded version"):
        import_template(db, small.workshop_id, tmp_path / "edited.xlsx")
    assert digest(db) == before


def test_answer_deleted_in_the_workshop_meanwhile(db: Database, small: SmallWorkshop, monday: Path,
                                                  tmp_path: Path) -> None:
    """An answer deleted in the workshop after the template was made: unchanged in the file → stays deleted."""
    with db.session() as session:
        (row,) = [r for r in crud.live(session, Response, workshop_id=small.workshop_id,
                                       question_id=small.questions[1].id) if r.participant_id is None]
    crud.delete(db, Response, row.id)
    report = import_template(db, small.workshop_id, fill(monday, tmp_path / "w.xlsx", {"L9": "new comment"}))
    with db.session() as session:
        assert not [r for r in crud.live(session, Response, workshop_id=small.workshop_id,
                                         question_id=small.questions[1].id) if r.participant_id is None]
    assert report.created == 1 and report.kept == 2


def test_an_answer_the_import_creates_has_the_id_every_laptop_derives(db: Database, small: SmallWorkshop,
                                                                       monday: Path, tmp_path: Path) -> None:
    """A consensus answer made by the import takes the id derived from its question (as typing it does), so the
    same answer imported or typed on another laptop syncs into one row, not two that count twice."""
    from icc_desktop.services.crud import keyed_id

    question = small.questions[3]
    import_template(db, small.workshop_id, fill(monday, tmp_path / "w.xlsx", {"J5": 2}))
    with db.session() as session:
        (row,) = [r for r in crud.live(session, Response, workshop_id=small.workshop_id, question_id=question.id)
                  if r.participant_id is None]
    assert row.id == keyed_id(Response, {"workshop_id": small.workshop_id, "question_id": question.id,
                                         "participant_id": None})


def test_an_answer_deleted_and_imported_again_is_its_row_brought_back(db: Database, small: SmallWorkshop,
                                                                      monday: Path, tmp_path: Path) -> None:
    """A keyed answer deleted, then given again by the import, brings that row back (as typing it does), not a
    second row with a random id that another laptop's would not merge with."""
    from icc_desktop.services.crud import keyed_id
    from icc_desktop.services.workshops import set_response

    question = small.questions[4]
    template = write_template(db, small.workshop_id, tmp_path / "t.xlsx")
    set_response(db, small.workshop_id, question.id, current_level=1)  # given, then cleared in the workshop
    key = keyed_id(Response, {"workshop_id": small.workshop_id, "question_id": question.id, "participant_id": None})
    crud.delete(db, Response, key)
    with db.session() as session:
        deleted_at = session.get(Response, key).updated_at
    report = import_template(db, small.workshop_id, fill(template, tmp_path / "w.xlsx", {"J6": 4, "K6": 5}))
    assert report.created + report.updated == 1
    with db.session() as session:
        rows = [r for r in session.exec(select(Response).where(Response.question_id == question.id)).all()
                if r.participant_id is None]
    assert [(r.id, r.deleted_at, r.current_level, r.target_level) for r in rows] == [(key, None, 4, 5)]
    assert rows[0].dirty and rows[0].updated_at > deleted_at  # stamped as an edit: sync sends it on
