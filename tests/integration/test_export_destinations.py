"""Where an export may write: the right extension, and no file of someone else's replaced without asking.

A file named on the command line is what gets written, in the format its name says, or nothing: a
PDF is never saved as `roadmap.xlsx`. `export csv -o DIR` writes a dozen files whose names the user
never typed, so files of those names already in DIR are kept unless `--replace` says otherwise.
"""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

from pathlib import Path

import pytest

from icc_desktop import cli
from icc_desktop.errors import DestinationExistsError, ExportError
from icc_desktop.exports.opendata import csv_file_names, export_csv
from icc_desktop.exports.pdf import export_pdf
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    db,
    small,
    small_db,
)


@pytest.mark.parametrize(("command", "name", "expected"), [
    (["export", "pdf"], "roadmap.xlsx", ".pdf"),
    (["export", "pdf"], "roadmap", ".pdf"),
    (["export", "xlsx"], "roadmap.pdf", ".xlsx"),
    (["export", "xlsx", "--all"], "everything.csv", ".xlsx"),
    (["export", "ods"], "w.xlsx", ".ods"),
    (["template"], "template.pdf", ".xlsx"),
])
def test_an_output_with_the_wrong_extension_is_refused(db: Database, small: SmallWorkshop, tmp_path: Path,
                                                       command: list[str], name: str, expected: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """`export pdf -o roadmap.xlsx` and the like: exit 2, one line naming the file and the extension expected, nothing written."""
    workshop = [] if "--all" in command else ["--workshop", small.workshop_id[:8]]
    capsys.readouterr()
    code = cli.main([*command, *workshop, "--db", str(db.path), "-o", str(tmp_path / name)])
    err = capsys.readouterr().err
    assert code == 2, err
    (line,) = err.strip().splitlines()
    assert line.startswith(f"icc-desktop: {tmp_path / name}: ") and f"ends in {expected}" in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db"]


def test_the_extension_may_be_in_capitals(db: Database, small: SmallWorkshop, tmp_path: Path) -> None:
    """`-o ROADMAP.PDF` is a PDF's name too."""
    assert cli.main(["export", "pdf", "--workshop", small.workshop_id[:8], "--db", str(db.path),
                     "-o", str(tmp_path / "ROADMAP.PDF")]) == 0
    assert (tmp_path / "ROADMAP.PDF").read_bytes()[:5] == b"%PDF-"


def test_the_core_refuses_it_too(db: Database, small: SmallWorkshop, tmp_path: Path) -> None:
    """The window's path (the export functions) refuses a wrong extension with the same message."""
    with pytest.raises(ExportError, match=r"ends in \.pdf"):
        export_pdf(db, small.workshop_id, tmp_path / "roadmap.xlsx")
    assert not (tmp_path / "roadmap.xlsx").exists()


def test_csv_into_a_folder_holding_files_of_the_same_names_replaces_nothing(
        db: Database, small: SmallWorkshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`export csv -o DIR` where DIR holds `needs.csv` and `README.txt` of its own: exit 2, both named, nothing
    written; `--replace` then writes every file and leaves other files alone."""
    folder = tmp_path / "open data"
    folder.mkdir()
    (folder / "needs.csv").write_text("my own list\n", encoding="utf-8")
    (folder / "README.txt").write_text("my notes\n", encoding="utf-8")
    (folder / "other.txt").write_text("kept\n", encoding="utf-8")
    base = ["export", "csv", "--workshop", small.workshop_id[:8], "--db", str(db.path), "-o", str(folder)]
    capsys.readouterr()
    assert cli.main(base) == 2
    err = capsys.readouterr().err
    assert f"icc-desktop: {folder}: already holds README.txt and needs.csv" in err, err
    assert "--replace" in err
    assert sorted(p.name for p in folder.iterdir()) == ["README.txt", "needs.csv", "other.txt"]
    assert (folder / "needs.csv").read_text(encoding="utf-8") == "my own list\n"
    assert cli.main([*base, "--replace"]) == 0
    assert {p.name for p in folder.iterdir()} == {*csv_file_names(), "other.txt"}
    assert (folder / "needs.csv").read_text(encoding="utf-8").startswith("City,Workshop,Rank,Need,")
    assert (folder / "other.txt").read_text(encoding="utf-8") == "kept\n"


def test_csv_core_says_which_files_it_would_replace(db: Database, small: SmallWorkshop, tmp_path: Path) -> None:
    """The core (the window's path) raises `DestinationExistsError` carrying the names, so the window can ask."""
    export_csv(db, tmp_path / "csv", workshop_id=small.workshop_id)
    with pytest.raises(DestinationExistsError) as caught:
        export_csv(db, tmp_path / "csv", workshop_id=small.workshop_id)
    assert caught.value.files == sorted(csv_file_names())
    export_csv(db, tmp_path / "csv", workshop_id=small.workshop_id, replace=True)


@pytest.mark.parametrize("name", ["DATABASE", "person.pdf", "person"])
def test_privacy_export_checks_its_file_as_the_exports_do(db: Database, small: SmallWorkshop, tmp_path: Path,
                                                          name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`privacy export -o` the database itself (it was replaced by JSON) or a name not ending in .json: exit 2, nothing written."""
    target = db.path if name == "DATABASE" else tmp_path / name
    before = db.path.read_bytes()
    capsys.readouterr()
    code = cli.main(["privacy", "export", next(iter(small.participants.values())), "--db", str(db.path),
                     "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2, err
    (line,) = err.strip().splitlines()
    assert ("is a database of workshops" if name == "DATABASE" else "ends in .json") in line, line
    assert db.path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
    assert name == "DATABASE" or not target.exists()


def test_csv_into_a_folder_with_a_subfolder_named_like_a_table_is_refused(
        db: Database, small: SmallWorkshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder `needs.csv` where the export writes the file: exit 2 even with --replace, not an unexpected error."""
    (tmp_path / "out" / "needs.csv").mkdir(parents=True)
    capsys.readouterr()
    assert cli.main(["export", "csv", "--all", "--db", str(db.path), "--replace", "-o", str(tmp_path / "out")]) == 2
    assert f"{tmp_path / 'out' / 'needs.csv'}: is a folder" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["needs.csv"]
