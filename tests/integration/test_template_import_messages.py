"""What the template import says about a messy file: few lines, each located, none showing Python's `None`.

City staff write notes below the table, add a row of their own, or a hand-edited file loses its hidden
facts; the import lists what is wrong with sheet, row and column, caps a long run of similar rows
("… and N more rows") and never prints "None" for a cell that is empty.
"""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from icc_desktop import cli
from icc_desktop.exports.template import TemplateError, import_template, plan_import, write_template
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    db,
    digest,
    small,
    small_db,
)


@pytest.fixture
def blank(db: Database, small: SmallWorkshop, tmp_path: Path) -> Path:
    """The small workshop's template as made."""
    return write_template(db, small.workshop_id, tmp_path / "template.xlsx")


def _edited(source: Path, target: Path, **cells: dict[tuple[int, int], Any]) -> Path:
    """A copy of the template with cells changed: sheet name → {(row, column): value}."""
    book = load_workbook(source)
    for sheet, values in cells.items():
        for (row, column), value in values.items():
            book[sheet].cell(row, column).value = value
    book.save(target)
    return target


def _problems(db: Database, small: SmallWorkshop, path: Path) -> list[str]:
    """The problems the import lists for `path` (it must refuse the file)."""
    with pytest.raises(TemplateError) as caught:
        plan_import(db, small.workshop_id, path)
    return [str(p) for p in caught.value.problems]


def test_stray_text_below_the_table_is_one_capped_list(db: Database, small: SmallWorkshop, blank: Path,
                                                       tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """40 rows of notes below the table: the first five located with their text, then '… and 35 more rows'; exit 2."""
    last = load_workbook(blank)["Assessment"].max_row
    notes = {(row, 4): f"note {row} from the mayor" for row in range(last + 3, last + 43)}
    path = _edited(blank, tmp_path / "notes.xlsx", Assessment=notes)
    problems = _problems(db, small, path)
    assert len(problems) == 6, problems
    assert problems[0].startswith(f"sheet “Assessment”, row {last + 3}, column D (Question): ")
    assert f"“note {last + 3} from the mayor”" in problems[0] and "is not on a question's row" in problems[0]
    assert problems[-1] == (f"sheet “Assessment”, rows {last + 8}–{last + 42}: and 35 more rows like these "
                            "(text outside the questions' rows).")
    assert not any("None" in p for p in problems), problems
    before = digest(db)
    capsys.readouterr()
    assert cli.main(["import", "--workshop", small.workshop_id[:8], "--db", str(db.path), str(path)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 6
    assert digest(db) == before


def test_a_few_stray_rows_are_all_listed(db: Database, small: SmallWorkshop, blank: Path, tmp_path: Path) -> None:
    """Up to six stray rows are each listed (no summary line for a short list); a level in one is named by its column."""
    last = load_workbook(blank)["Assessment"].max_row
    path = _edited(blank, tmp_path / "few.xlsx", Assessment={(last + 1, 12): "Overall: good", (last + 2, 10): 4})
    problems = _problems(db, small, path)
    assert len(problems) == 2
    assert problems[0].startswith(f"sheet “Assessment”, row {last + 1}, column L (Evidence or comment): ")
    assert problems[1].startswith(f"sheet “Assessment”, row {last + 2}, column J (Current level): ")
    assert "4" in problems[1] and not any("None" in p for p in problems)


def test_a_cleared_or_foreign_question_id_names_the_row_without_none(db: Database, small: SmallWorkshop,
                                                                      blank: Path, tmp_path: Path) -> None:
    """A question row whose hidden id was cleared or replaced: located, the text shown, no 'None'."""
    path = _edited(blank, tmp_path / "ids.xlsx", Assessment={(3, 1): None, (4, 1): "not-an-id"})
    problems = _problems(db, small, path)
    assert len(problems) == 2
    assert problems[0].startswith("sheet “Assessment”, row 3, column A (Question id): ")
    assert problems[1].startswith("sheet “Assessment”, row 4, column A (Question id): unknown question “not-an-id”")
    assert not any("None" in p for p in problems), problems


@pytest.mark.parametrize("meta", [{(1, 2): None}, {(2, 2): None}])
def test_a_template_missing_its_hidden_facts_says_so_without_none(db: Database, small: SmallWorkshop, blank: Path,
                                                                   tmp_path: Path, meta: dict[tuple[int, int], Any]
                                                                   ) -> None:
    """A hidden `_icc` sheet whose format or workshop id was emptied: a clear refusal, no 'None'."""
    problems = _problems(db, small, _edited(blank, tmp_path / "meta.xlsx", _icc=meta))
    assert len(problems) == 1 and "None" not in problems[0], problems
    assert "missing" in problems[0]


def test_a_clean_file_still_imports(db: Database, small: SmallWorkshop, blank: Path, tmp_path: Path) -> None:
    """The checks above leave a correct file alone."""
    report = import_template(db, small.workshop_id, _edited(blank, tmp_path / "ok.xlsx", Assessment={(3, 10): 1}))
    assert report.updated == 1


def test_a_hand_edited_version_sheet_is_capped_too(db: Database, small: SmallWorkshop, blank: Path,
                                                   tmp_path: Path) -> None:
    """Every row of the hidden version sheet spoiled: five rows named, then '… and N more rows'."""
    spoiled = {(row, 2): 12345 for row in range(2, 31)}  # 3 recorded answers spoiled, 26 rows made up
    problems = _problems(db, small, _edited(blank, tmp_path / "base.xlsx", _icc_base=spoiled))
    assert len(problems) == 6, problems
    assert problems[0].startswith("sheet “_icc_base”, row 2: the recorded version of an answer was changed by hand")
    assert problems[-1] == "sheet “_icc_base”, rows 7–30: and 24 more rows like these (versions changed by hand)."
