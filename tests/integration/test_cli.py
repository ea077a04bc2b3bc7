"""The foundation's command line, per DESIGN.md's contract: --version, demo, list, backup, restore.

Exit 0 on success, 2 on bad input (one clear message per problem on stderr, nothing written),
1 on anything unexpected. Most tests call `cli.main` in-process (fast); the entry point and
the 136-city listing run as real processes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from icc_desktop import APP_NAME, __version__, cli
from icc_desktop.models import City, Workshop
from icc_desktop.services import crud
from icc_desktop.services.demo import demo_cities
from icc_desktop.services.workshops import create_workshop
from icc_desktop.store.db import Database
from tests.factories import db_snapshot, make_workshop


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`icc-desktop ARGV` in-process: exit code, stdout, stderr."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _process(*argv: str) -> subprocess.CompletedProcess[str]:
    """`icc-desktop ARGV` as a real process (the console script installed in the venv)."""
    script = Path(sys.executable).with_name("icc-desktop")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "icc_desktop"]
    # A plain C locale: the output must still be UTF-8 (city names with diacritics).
    env = os.environ | {"LC_ALL": "C", "LANG": "C"}
    env.pop("PYTHONIOENCODING", None)
    return subprocess.run([*command, *argv], capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)


def _one_message(err: str) -> str:
    """stderr holds exactly one `icc-desktop: ...` line; return it."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("icc-desktop: "), err
    return lines[0]


def _files(folder: Path) -> list[str]:
    """The files under `folder`, without SQLite's -wal/-shm sidecars (they come and go with connections)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if not p.name.endswith(("-wal", "-shm")))


def _snapshot(path: Path) -> list[str]:
    """Every row of the database file as SQL text (opened and closed again)."""
    db = Database.open(path)
    try:
        return db_snapshot(db)
    finally:
        db.close()


def test_version_from_the_console_script() -> None:
    """`icc-desktop --version` prints the app name and version and exits 0."""
    result = _process("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_demo_136_cities_then_list_json_spells_every_city_right(demo_136) -> None:
    """`demo --cities 136` then `list --json` (a real process) lists all 136 workshops, names intact."""
    path = demo_136.path  # `icc-desktop demo --db X --cities 136`, run once for the suite (conftest)
    assert (demo_136.exit_code, demo_136.stderr) == (0, "")
    assert demo_136.stdout.startswith("Added 136 demo workshops (") and str(path) in demo_136.stdout
    result = _process("list", "--db", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    listed = json.loads(result.stdout)
    assert len(listed) == 136
    assert len({w["id"] for w in listed}) == 136
    for workshop in listed:
        assert {"id", "city", "country", "title", "date"} <= workshop.keys()
    expected = sorted((c["name"], c["country"]) for c in demo_cities()[:136])
    assert sorted((w["city"], w["country"]) for w in listed) == expected
    names = {w["city"] for w in listed}
    # Written as escapes so an editor cannot quietly change them: ț is U+021B (comma below).
    for name in ("Bistri\u021ba", "Bia\u0142ystok", "Jyv\u00e4skyl\u00e4"):
        assert name in names
    # Newest first, as the design's list shows them.
    dates = [w["date"] for w in listed]
    assert dates == sorted(dates, reverse=True)


def test_list_plain_and_json_on_a_small_database(demo_db: Database,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """`list` prints one line per workshop with its short id; `list --json` the full objects."""
    demo_db.close()
    code, out, err = _run(capsys, "list", "--db", str(demo_db.path), "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    assert [w["date"] for w in listed] == sorted((w["date"] for w in listed), reverse=True)
    assert sorted(w["city"] for w in listed) == sorted(c["name"] for c in demo_cities()[:3])
    code, out, err = _run(capsys, "list", "--db", str(demo_db.path))
    assert (code, err) == (0, "")
    lines = out.strip().splitlines()
    assert len(lines) == 3
    for line, workshop in zip(lines, listed, strict=True):
        assert line.startswith(f"{workshop['id'][:8]}  {workshop['date']}  {workshop['city']} ({workshop['country']})")
        assert line.endswith(f"[{workshop['participants']} participants]")


_IMPORTS_AFTER = (
    "import json, sys\n"
    "from icc_desktop import cli\n"
    "try:\n"
    "    code = cli.main(sys.argv[1:])\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic', 'PySide6'))\n"
    "print(json.dumps({'code': code, 'heavy': heavy}), file=sys.stderr)\n"
)


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["list"], ["list", "--json"], ["list", "--help"]])
def test_read_only_commands_do_not_import_the_orm(closed_demo: Path, argv: list[str]) -> None:
    """`--version`, `--help` and `list` on a ready database answer without importing SQLAlchemy or Qt."""
    args = [*argv, "--db", str(closed_demo)] if argv[0] == "list" else argv
    result = subprocess.run([sys.executable, "-c", _IMPORTS_AFTER, *args], capture_output=True, text=True,
                            encoding="utf-8", timeout=60)
    outcome = json.loads(result.stderr.strip().splitlines()[-1])
    assert outcome == {"code": 0, "heavy": []}
    assert result.stdout


def test_list_without_the_orm_prints_what_the_orm_lists(closed_demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The fast `list --json` prints the very bytes of the same list read through the ORM session."""
    from icc_desktop.services.workshops import list_workshops

    code, out, err = _run(capsys, "list", "--db", str(closed_demo), "--json")
    assert (code, err) == (0, "")
    with Database.open(closed_demo) as db:
        with db.session() as session:
            ws = session.exec(select(Workshop)).all()
        listed = list_workshops(db)
    assert out == json.dumps([w.as_json() for w in listed], ensure_ascii=False, indent=1) + "\n"
    assert sorted(w["id"] for w in json.loads(out)) == sorted(w.id for w in ws)
    assert [w["date"] for w in json.loads(out)] == sorted((w.date.isoformat() for w in ws), reverse=True)


def test_list_of_a_file_left_open_checks_it_in_full(closed_demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`list` of a file whose last writer did not close it (a crash) still refuses it when damaged."""
    db = Database.open(closed_demo)  # open for writing, never closed: no clean-close marker
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _damaged(closed_demo)
    code, out, err = _run(capsys, "list", "--db", str(closed_demo), "--json")
    assert (code, out) == (2, "")
    assert "damaged" in _one_message(err)
    db.engine.dispose()


def test_list_of_an_empty_database_says_how_to_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`list` on a new database prints a hint (exit 0), `list --json` an empty array."""
    path = tmp_path / "new.sqlite"
    code, out, _ = _run(capsys, "list", "--db", str(path))
    assert code == 0
    assert "No workshops yet" in out and "icc-desktop demo" in out
    code, out, _ = _run(capsys, "list", "--db", str(path), "--json")
    assert (code, json.loads(out)) == (0, [])


def test_demo_is_deterministic_for_a_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two `demo --cities 2 --seed 5` runs give the same workshops (titles, dates, head counts)."""
    listings = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        assert _run(capsys, "demo", "--db", str(path), "--cities", "2", "--seed", "5")[0] == 0
        _, out, _ = _run(capsys, "list", "--db", str(path), "--json")
        listings.append([{k: w[k] for k in ("city", "title", "date", "participants")} for w in json.loads(out)])
    assert listings[0] == listings[1]
    assert len(listings[0]) == 2


@pytest.mark.parametrize("cities", ["0", "-3"])
def test_demo_cities_out_of_range_is_refused_and_writes_nothing(tmp_path: Path, cities: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`demo --cities N` below 1 exits 2 with one message and creates no file."""
    path = tmp_path / "never.sqlite"
    code, out, err = _run(capsys, "demo", "--db", str(path), "--cities", cities)
    assert code == 2
    assert out == ""
    assert _one_message(err) == f"icc-desktop: --cities: must be at least 1, not {cities}."
    assert _files(tmp_path) == []


def test_demo_cities_not_a_number_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`demo --cities ten` exits 2 with one line naming the option, the value and the help; nothing written."""
    code, _, err = _run(capsys, "demo", "--db", str(tmp_path / "x.sqlite"), "--cities", "ten")
    assert code == 2
    assert err == ("icc-desktop demo: argument --cities: invalid int value: 'ten' "
                   "(see `icc-desktop demo --help`)\n")
    assert _files(tmp_path) == []


def test_unknown_command_and_missing_argument_are_one_line_usage_errors(
        capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown command or a missing argument exits 2 with a single line naming the problem."""
    code, _, err = _run(capsys, "frobnicate")
    assert code == 2
    assert len(err.splitlines()) == 1
    assert err.startswith("icc-desktop: argument COMMAND: invalid choice: 'frobnicate' (choose from ")
    code, _, err = _run(capsys, "restore")
    assert code == 2
    assert err == ("icc-desktop restore: the following arguments are required: FILE "
                   "(see `icc-desktop restore --help`)\n")


def _damaged(path: Path) -> None:
    """Overwrite the middle of a database file with garbage (a torn disk write)."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 8192] = bytes(range(256)) * 32
    path.write_bytes(bytes(data))


@pytest.fixture
def closed_demo(demo_db: Database) -> Path:
    """The three-workshop demo database, closed (a file on disk, as the CLI sees it)."""
    with demo_db.engine.connect() as connection:  # fold the WAL in: the file alone is the database
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_db.close()
    return demo_db.path


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["demo"], ["backup"]])
def test_a_damaged_database_is_refused_untouched(closed_demo: Path, command: list[str],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Every command refuses a damaged file: exit 2, one message naming the file, bytes unchanged."""
    _damaged(closed_demo)
    before = closed_demo.read_bytes()
    code, out, err = _run(capsys, *command, "--db", str(closed_demo))
    assert code == 2
    assert out == ""
    message = _one_message(err)
    assert str(closed_demo) in message and "damaged" in message
    assert closed_demo.read_bytes() == before
    assert not (closed_demo.parent / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`list --db notes.txt` exits 2 saying it is not an SQLite database; the file is unchanged."""
    path = tmp_path / "notes.txt"
    path.write_text("shopping list: bread, milk\n", encoding="utf-8")
    code, _, err = _run(capsys, "list", "--db", str(path))
    assert code == 2
    assert _one_message(err) == f"icc-desktop: {path}: not an SQLite database file; it was left untouched."
    assert path.read_text(encoding="utf-8") == "shopping list: bread, milk\n"


@pytest.mark.parametrize("command", [["list"], ["demo"], ["backup"]])
def test_a_database_from_a_newer_app_is_refused_untouched(closed_demo: Path, command: list[str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A file stamped with an unknown (newer) schema: exit 2, one message asking to update, unchanged."""
    conn = sqlite3.connect(closed_demo)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = closed_demo.read_bytes()
    code, out, err = _run(capsys, *command, "--db", str(closed_demo))
    assert code == 2
    assert out == ""
    message = _one_message(err)
    assert "newer version of ICC Workshop (schema 9999)" in message and "Update the app" in message
    assert closed_demo.read_bytes() == before
    assert not (closed_demo.parent / "backups").exists()


def test_backup_to_a_file_then_restore_brings_the_data_back(closed_demo: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`backup -o F` copies the database; after an edit, `restore F` brings it back, keeping a safety copy."""
    original = _snapshot(closed_demo)
    target = tmp_path / "saved.sqlite"
    code, out, err = _run(capsys, "backup", "--db", str(closed_demo), "-o", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == f"Backed up {closed_demo} to {target}"

    db = Database.open(closed_demo)
    with db.session() as session:
        doomed = [w.id for w in crud.live(session, Workshop)]
    crud.delete(db, Workshop, doomed[0])
    crud.create(db, City, name="Restoreville", country="DK")
    db.close()
    assert _snapshot(closed_demo) != original

    code, out, err = _run(capsys, "restore", "--db", str(closed_demo), str(target))
    assert (code, err) == (0, "")
    assert out.startswith(f"Restored {target} into {closed_demo}; the previous file was saved as ")
    safety = Path(out.strip().rsplit(" ", 1)[1])
    assert safety.parent == closed_demo.parent / "backups"
    assert safety.name.endswith("-before-restore.sqlite")
    assert _snapshot(closed_demo) == original
    # The safety copy holds the edited state: the restore lost nothing.
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT count(*) FROM city WHERE name = 'Restoreville'").fetchone() == (1,)


def test_backup_without_output_goes_to_the_rotated_folder(closed_demo: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`backup` with no -o writes `backups/<name>-<stamp>-manual.sqlite` beside the database."""
    code, out, _ = _run(capsys, "backup", "--db", str(closed_demo))
    assert code == 0
    written = Path(out.strip().rsplit(" ", 1)[1])
    assert written.parent == closed_demo.parent / "backups"
    assert written.name.startswith(closed_demo.stem + "-") and written.name.endswith("-manual.sqlite")
    with sqlite3.connect(written) as conn:
        assert conn.execute("SELECT count(*) FROM workshop").fetchone() == (3,)


def test_backup_refuses_to_overwrite_and_needs_a_database(closed_demo: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`backup -o EXISTING` and `backup` of a missing database exit 2 with one message, nothing written."""
    existing = tmp_path / "taken.sqlite"
    existing.write_bytes(b"mine")
    code, _, err = _run(capsys, "backup", "--db", str(closed_demo), "-o", str(existing))
    assert code == 2
    assert _one_message(err) == f"icc-desktop: {existing}: already exists; choose another file name."
    assert existing.read_bytes() == b"mine"

    missing = tmp_path / "nowhere.sqlite"
    code, _, err = _run(capsys, "backup", "--db", str(missing), "-o", str(tmp_path / "b.sqlite"))
    assert code == 2
    assert _one_message(err) == f"icc-desktop: {missing}: no database file to back up."
    assert not missing.exists() and not (tmp_path / "b.sqlite").exists()


@pytest.mark.parametrize("kind", ["text", "empty", "damaged", "missing"])
def test_restore_of_a_file_that_is_not_a_good_backup_changes_nothing(closed_demo: Path, tmp_path: Path,
                                                                     kind: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """`restore` of a text, empty, damaged or missing file: exit 2, one message, database unchanged."""
    bad = tmp_path / f"bad-{kind}.sqlite"
    if kind == "text":
        bad.write_text("not a database\n", encoding="utf-8")
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "damaged":
        shutil.copyfile(closed_demo, bad)
        _damaged(bad)
    before = closed_demo.read_bytes()
    code, out, err = _run(capsys, "restore", "--db", str(closed_demo), str(bad))
    assert code == 2
    assert out == ""
    message = _one_message(err)
    assert str(bad) in message
    expected = {"text": "not an SQLite database file", "empty": "is empty, not an ICC Workshop backup",
                "damaged": "damaged", "missing": "no such backup file"}[kind]
    assert expected in message
    assert closed_demo.read_bytes() == before
    assert not (closed_demo.parent / "backups").exists()


# Commands of the design's contract that take `--workshop ID` (a unique id prefix). They come
# with later issues; each is checked here as soon as the parser knows it.
_WORKSHOP_COMMANDS = {
    "export pdf": ["export", "pdf", "-o", "{out}.pdf"],
    "export xlsx": ["export", "xlsx", "-o", "{out}.xlsx"],
    "template": ["template", "-o", "{out}.xlsx"],
    "screenshot": ["screenshot", "--page", "overview", "-o", "{out}.png"],
}


def _parser_knows(command: list[str]) -> bool:
    parser = cli.build_parser()
    try:
        parser.parse_args([*command, "--workshop", "x"])
    except SystemExit:
        return False
    return True


@pytest.fixture
def two_similar_ids(db: Database) -> Path:
    """A database with two workshops whose ids share the prefix 'abcd' (and differ after it)."""
    city = make_workshop(db).city_id
    for last in "12":
        create_workshop(db, city, f"Workshop {last}", dt.date(2024, 5, int(last)),
                        id=f"abcd0000-0000-4000-8000-00000000000{last}")
    db.close()
    return db.path


@pytest.mark.parametrize("name", sorted(_WORKSHOP_COMMANDS))
@pytest.mark.parametrize(("prefix", "expected"), [
    ("ffff9999", "No workshop with id 'ffff9999' (see `icc-desktop list`)."),
    ("abcd", "More than one workshop id starts with 'abcd'; give more characters."),
])
def test_an_unknown_or_ambiguous_workshop_prefix_is_refused(two_similar_ids: Path, tmp_path: Path, name: str,
                                                            prefix: str, expected: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`--workshop` with a prefix matching none or several workshops: exit 2, one message, no file."""
    command = [part.format(out=tmp_path / "out") for part in _WORKSHOP_COMMANDS[name]]
    if not _parser_knows(command):
        pytest.skip(f"`icc-desktop {name}` is not in the CLI yet")
    before = _snapshot(two_similar_ids)
    outputs = _files(tmp_path)
    code, out, err = _run(capsys, *command, "--workshop", prefix, "--db", str(two_similar_ids))
    assert code == 2
    assert _one_message(err) == f"icc-desktop: {expected}"
    assert _files(tmp_path) == outputs
    assert _snapshot(two_similar_ids) == before


def test_an_unexpected_error_exits_1_and_logs_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A bug (not bad input) exits 1 with one line pointing at the log, which holds the traceback."""
    def broken(db: Database) -> list[object]:
        raise RuntimeError("boom in list_workshops")

    monkeypatch.setattr("icc_desktop.services.workshops.list_workshops", broken)
    code, out, err = _run(capsys, "list", "--db", str(tmp_path / "x.sqlite"))
    assert code == 1
    assert out == ""
    message = _one_message(err)
    assert message.startswith("icc-desktop: unexpected error; the details are in ")
    log = Path(message.rsplit(" ", 1)[1])
    assert "RuntimeError: boom in list_workshops" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["export", "xlsx", "--workshop", "{w}"], ["export", "xlsx", "--all"],
                                     ["export", "pdf", "--workshop", "{w}"], ["export", "ods", "--workshop", "{w}"],
                                     ["template", "--workshop", "{w}"]])
@pytest.mark.parametrize("sidecar", ["", "-wal"])
def test_an_export_given_the_database_file_as_output_is_refused(closed_demo: Path, command: list[str], sidecar: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`-o` naming the workshops database (or its write-ahead log) exits 2 with one message; the database
    is untouched (an export once replaced every workshop with a workbook)."""
    with sqlite3.connect(closed_demo) as connection:
        workshop_id = connection.execute("SELECT id FROM workshop ORDER BY id LIMIT 1").fetchone()[0]
    connection.close()
    target = closed_demo.with_name(closed_demo.name + sidecar)
    if sidecar:
        target.write_bytes(b"")  # a write-ahead log beside an open database
    before = closed_demo.read_bytes()
    argv = [part.format(w=workshop_id) for part in command]
    code, _, err = _run(capsys, "--db", str(closed_demo), *argv, "-o", str(target))
    assert code == 2, err
    assert "is a database of workshops" in _one_message(err)
    assert closed_demo.read_bytes() == before


def test_a_database_in_a_folder_that_does_not_exist_is_refused(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped `--db` folder exits 2 naming the folder, and makes no folder and no empty database."""
    missing = tmp_path / "nope" / "workshops.sqlite"
    for argv in (["list"], ["list", "--json"], ["export", "pdf", "--workshop", "bb278d43", "-o", str(tmp_path / "a.pdf")]):
        code, _, err = _run(capsys, "--db", str(missing), *argv)
        assert code == 2, err
        assert _one_message(err) == f"icc-desktop: {missing.parent}: no such folder for the database workshops.sqlite."
    assert list(tmp_path.iterdir()) == []
