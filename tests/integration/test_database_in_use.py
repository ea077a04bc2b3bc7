"""A database file another program holds locked: every command says so, names the file, changes nothing.

Another copy of the app, or an SQLite tool left in the middle of `BEGIN EXCLUSIVE`, holds the
file's write lock (readers still read), or with `locking_mode=EXCLUSIVE` keeps everyone out.
Commands wait for the busy timeout (shortened here), then refuse with exit 2 and a message that
says the file is in use, never "unexpected error" (exit 1) nor "damaged" (which sends people to
restore a backup over good data).
"""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook

from icc_desktop import cli
from icc_desktop.errors import DatabaseInUseError
from icc_desktop.exports.template import import_template, write_template
from icc_desktop.store import fileinfo
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    db,
    digest,
    small,
    small_db,
)

_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[2] == "everything":
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE sync_state SET device_id = device_id")
print("held", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@contextmanager
def held(path: Path, what: str = "writes") -> Iterator[None]:
    """Another program (a separate process) holds `path` locked: its writes, or `everything` (reads too)."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path), what], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.communicate("\n", timeout=30)


@pytest.fixture(autouse=True)
def _short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait 0.2 s, not 5 s, for the lock (the outcome is the same; the suite stays fast)."""
    monkeypatch.setattr(fileinfo, "BUSY_TIMEOUT_MS", 200)


@pytest.fixture
def filled(db: Database, small: SmallWorkshop, tmp_path: Path) -> Path:
    """A template with one changed answer and one new comment."""
    path = write_template(db, small.workshop_id, tmp_path / "t.xlsx")
    book = load_workbook(path)
    book["Assessment"]["J3"].value = 1
    book["Assessment"]["L5"].value = "from the city"
    book.save(tmp_path / "filled.xlsx")
    return tmp_path / "filled.xlsx"


def _in_use_message(err: str, path: Path) -> None:
    """stderr: one line that names the file and says another program holds it; no traceback, no 'damaged'."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"icc-desktop: {path}: ") and "in use by another program" in lines[0], err
    assert "unexpected" not in err and "damaged" not in err and "Traceback" not in err


def test_import_into_a_locked_database_says_it_is_in_use(db: Database, small: SmallWorkshop, filled: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`import` while another program holds the write lock: exit 2, the file named as in use, nothing changed, no backup."""
    before = digest(db)
    with held(db.path):
        code = cli.main(["import", "--workshop", small.workshop_id[:8], "--db", str(db.path), str(filled)])
    _, err = capsys.readouterr()
    assert code == 2, err
    _in_use_message(err, db.path)
    assert digest(db) == before
    # no useless backup either: retried while locked, they would rotate the useful ones out
    assert not list((db.path.parent / "backups").glob("*before-import*"))
    assert cli.main(["import", "--workshop", small.workshop_id[:8], "--db", str(db.path), str(filled)]) == 0


def test_the_window_s_import_gets_the_same_error(db: Database, small: SmallWorkshop, filled: Path) -> None:
    """The core import (the window's path) raises `DatabaseInUseError` naming the file; nothing changed."""
    before = digest(db)
    with held(db.path), pytest.raises(DatabaseInUseError, match="in use by another program") as caught:
        import_template(db, small.workshop_id, filled)
    assert str(db.path) in str(caught.value)
    assert digest(db) == before


@pytest.mark.parametrize("command", [
    ["demo"],
    ["privacy", "forget", "PARTICIPANT"],
    ["restore", "BACKUP"],
])
def test_every_writing_command_says_the_database_is_in_use(db: Database, small: SmallWorkshop, tmp_path: Path,
                                                           command: list[str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """`demo`, `privacy forget`, `restore` on a locked file: exit 2, the file named as in use, nothing changed."""
    backup = tmp_path / "copy.sqlite"
    assert cli.main(["backup", "--db", str(db.path), "-o", str(backup)]) == 0
    argv = [{"PARTICIPANT": next(iter(small.participants.values())), "BACKUP": str(backup)}.get(w, w)
            for w in command]
    before = digest(db)
    capsys.readouterr()
    with held(db.path):
        code = cli.main([*argv, "--db", str(db.path)])
    _, err = capsys.readouterr()
    assert code == 2, err
    _in_use_message(err, db.path)
    assert digest(db) == before


@pytest.mark.parametrize("command", [
    ["list"],
    ["import", "--dry-run", "--workshop", "WORKSHOP", "FILLED"],
    ["template", "--workshop", "WORKSHOP", "-o", "OUT.xlsx"],
    ["import", "--workshop", "WORKSHOP", "FILLED"],
    ["backup", "-o", "OUT.sqlite"],
])
def test_a_file_locked_even_for_reading_is_in_use_not_damaged(db: Database, small: SmallWorkshop, filled: Path,
                                                              tmp_path: Path, command: list[str],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """With `locking_mode=EXCLUSIVE` elsewhere even reading waits: the message says in use, never damaged."""
    names = {"WORKSHOP": small.workshop_id[:8], "FILLED": str(filled), "OUT.xlsx": str(tmp_path / "out.xlsx"),
             "OUT.sqlite": str(tmp_path / "out.xlsx")}  # the same path: nothing may appear there
    argv = [names.get(w, w) for w in command]
    before = digest(db)
    db.close()
    capsys.readouterr()
    with held(db.path, "everything"):
        code = cli.main([*argv, "--db", str(db.path)])
    _, err = capsys.readouterr()
    assert code == 2, err
    _in_use_message(err, db.path)
    assert not (tmp_path / "out.xlsx").exists()
    with Database.open(db.path) as again:
        assert digest(again) == before


def test_a_raw_sqlite_lock_error_anywhere_is_still_named_by_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A lock error the core did not translate still gives the in-use message and exit 2, not 'unexpected'."""
    def locked(_args: object) -> int:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(cli, "cmd_demo", locked)
    code = cli.main(["demo", "--db", str(tmp_path / "w.sqlite")])
    _, err = capsys.readouterr()
    assert code == 2
    _in_use_message(err, tmp_path / "w.sqlite")


def test_a_phone_s_answer_while_another_program_locks_the_file_is_told_to_wait(demo_db: Database) -> None:
    """The room answers 503 'too many' (the phone shows "wait a moment" in its language), never 400 'invalid'
    with the laptop's file path; the answer goes through once the lock is gone."""
    from tests.integration.room_support import (
        LiveRoom,
        Phone,
        clear_typed_input,
        first_dimension,
        first_workshop,
        participants_of,
    )

    live = LiveRoom(demo_db, first_workshop(demo_db).id)
    phone = Phone(live.url)
    try:
        room = live.room
        person = participants_of(demo_db, room.workshop_id)[0]
        clear_typed_input(demo_db, [person.id])
        assert phone.join(room.code, participant=person.id).status_code == 200
        activity = room.open_activity("score", dimension_id=first_dimension(demo_db, room.workshop_id).id)
        question = phone.state().json()["activity"]["questions"][0]["id"]
        answers = [{"question": question, "current": 2, "target": 4}]
        with held(demo_db.path):
            refused = phone.submit(activity.id, answers=answers)
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"] == "too_many" and str(demo_db.path) not in refused.text
        assert phone.submit(activity.id, answers=answers).status_code == 200
    finally:
        phone.close()
        live.stop()
