"""Opening files safely, pragmas, backups and restore, reference-data seeding."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from icc_desktop.errors import BackupError, DatabaseDamagedError, DatabaseError, DatabaseTooNewError
from icc_desktop.models import City, Dimension, Framework, Question, ReferenceItem
from icc_desktop.resources import load_json, resource_path
from icc_desktop.services import crud
from icc_desktop.store.backup import KEEP, backup_database, list_backups, restore_database
from icc_desktop.store.db import Database
from icc_desktop.store.fileinfo import BUSY_TIMEOUT_MS
from icc_desktop.store.migrations import HEAD_REVISION
from icc_desktop.store.seed import seed_id, seed_reference_data, shipped_rows
from tests.factories import db_snapshot

PAGE = 4096


@pytest.fixture
def big_file(db: Database) -> Path:
    """A closed database file with a few hundred rows (enough pages to damage some in the middle)."""
    with db.session() as session:
        session.add_all(City(name=f"City {i}", country="PL", notes="n" * 300) for i in range(300))
    db.close()
    return db.path


def _damage_middle_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages > 20
    rng = random.Random(1)
    for page in range(pages // 2 - 3, pages // 2 + 3):
        data[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))


def _refused_untouched(path: Path, error: type[Exception], match: str) -> None:
    """Opening `path` raises `error`, leaves its bytes as they were and writes no other file.

    (SQLite's read-only check of a WAL-mode file may leave an empty `-wal` and its `-shm` index.)
    """
    before = path.read_bytes()
    neighbours = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error, match=match):
        Database.open(path)
    assert path.read_bytes() == before
    sidecars = {path.name + "-wal", path.name + "-shm"}
    assert sorted(p.name for p in path.parent.iterdir() if p.name not in sidecars) == neighbours
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_not_sqlite_is_refused_untouched(tmp_path):
    """A file that is not SQLite at all is refused with a clear message and left as it was."""
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Minutes of the Bialystok workshop\n" * 50)
    _refused_untouched(path, DatabaseDamagedError, "not an SQLite database file; it was left untouched")


def test_truncated_file_is_refused_untouched(big_file):
    """A real database cut in half (a copy interrupted) is refused and left as it was."""
    big_file.write_bytes(big_file.read_bytes()[: big_file.stat().st_size // 2])
    _refused_untouched(big_file, DatabaseDamagedError, "damaged")


def test_corrupt_pages_are_refused_untouched(big_file):
    """A real database with garbage over pages in its middle fails quick_check and is left as it was."""
    _damage_middle_pages(big_file)
    _refused_untouched(big_file, DatabaseDamagedError, "the database is damaged")


def test_someone_elses_sqlite_file_is_refused_untouched(tmp_path):
    """An SQLite file of another program is not taken over."""
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('Jyväskylä')")
    conn.commit()
    conn.close()
    _refused_untouched(path, DatabaseError, "this SQLite file is not an ICC Workshop database")


def test_file_from_a_newer_app_is_refused_untouched(db):
    """A file whose schema revision this version does not know is refused, naming the revision."""
    db.close()
    conn = sqlite3.connect(db.path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.commit()
    conn.close()
    _refused_untouched(db.path, DatabaseTooNewError, r"newer version of ICC Workshop \(schema 0099_future\)")


def test_empty_file_is_initialised(tmp_path):
    """A 0-byte file (e.g. made by `touch`) becomes a new database at the newest schema, seeded."""
    path = tmp_path / "new.sqlite"
    path.touch()
    db = Database.open(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        with db.session() as session:
            assert len(crud.live(session, Framework)) == 2
    finally:
        db.close()


def test_a_folder_is_refused(tmp_path):
    """Pointing the app at a folder says so instead of failing obscurely."""
    with pytest.raises(DatabaseError, match="is a folder, not a database file"):
        Database.open(tmp_path)


def test_connection_pragmas(db):
    """Every connection runs in WAL mode with foreign keys enforced and a busy timeout."""
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    with db.engine.connect() as conn, pytest.raises(Exception, match="FOREIGN KEY"):
        conn.execute(text("INSERT INTO workshop (id, city_id, framework_id, title, date, venue, facilitator, "
                          "status, vision, notes, horizon_years, dots_per_participant, created_at, "
                          "updated_at, dirty) VALUES ('w', 'no-city', 'no-fw', 't', '2024-01-01', '', '', "
                          "'planned', '', '', 3, 5, '2024-01-01', '', 1)"))


def test_backup_rotation_keeps_the_newest(db):
    """Automatic backups are rotated: only the newest KEEP (10) remain, the oldest go first."""
    made = [backup_database(db.path) for _ in range(KEEP + 3)]
    kept = list_backups(db.path)
    assert len(kept) == KEEP == 10
    assert kept == sorted(made[3:], reverse=True)
    assert not any(p.exists() for p in made[:3])


def test_backup_to_an_existing_file_is_refused(db, tmp_path):
    """`backup -o FILE` never overwrites a file that is already there."""
    target = tmp_path / "keep-me.sqlite"
    target.write_bytes(b"precious")
    with pytest.raises(BackupError, match="already exists; choose another file name"):
        backup_database(db.path, target)
    assert target.read_bytes() == b"precious"
    with pytest.raises(BackupError, match="no such folder"):
        backup_database(db.path, tmp_path / "missing" / "b.sqlite")


def test_restore_brings_data_back_and_keeps_a_safety_backup(db, tmp_path):
    """Restoring puts back the backed-up rows; the replaced file is kept as a backup first."""
    kept = crud.create(db, City, name="Białystok", country="PL")
    backup = backup_database(db.path, tmp_path / "before.sqlite")
    crud.delete(db, City, kept.id)
    later = crud.create(db, City, name="Ventspils", country="LV")
    db.close()

    safety = restore_database(db.path, backup)
    assert safety is not None and safety in list_backups(db.path) and "before-restore" in safety.name
    restored = Database.open(db.path)
    try:
        with restored.session() as session:
            assert [c.name for c in crud.live(session, City)] == ["Białystok"]
    finally:
        restored.close()
    previous = Database.open(safety)
    try:
        with previous.session() as session:
            assert {c.id for c in crud.live(session, City)} == {later.id}
    finally:
        previous.close()


@pytest.mark.parametrize("kind", ["missing", "not sqlite", "damaged", "empty"])
def test_restore_of_a_bad_file_changes_nothing(request, tmp_path, kind):
    """A missing, foreign, damaged or empty backup is refused before the database or backups change."""
    bad = tmp_path / "bad.sqlite"
    if kind == "not sqlite":
        bad.write_text("hello")
    elif kind == "damaged":
        shutil.copyfile(request.getfixturevalue("big_file"), bad)
        _damage_middle_pages(bad)
    elif kind == "empty":
        bad.touch()
    target = tmp_path / "target.sqlite"
    Database.open(target).close()
    before = target.read_bytes()
    with pytest.raises(BackupError, match=r"bad\.sqlite"):
        restore_database(target, bad)
    assert target.read_bytes() == before
    assert list_backups(target) == []


def test_seeding_is_idempotent(db):
    """Seeding again adds nothing and changes nothing."""
    before = db_snapshot(db)
    assert seed_reference_data(db) == 0
    assert db_snapshot(db) == before


def test_seeding_keeps_edits_and_deletions(db):
    """A seeded entry the user renamed or deleted stays so when the resources are seeded again."""
    erdf = seed_id("reference", "funding_source", "erdf")
    urbact = seed_id("reference", "funding_source", "urbact")
    crud.update(db, ReferenceItem, erdf, label="European Regional Development Fund (ERDF)")
    crud.delete(db, ReferenceItem, urbact)
    assert seed_reference_data(db) == 0
    with db.session() as session:
        assert session.get(ReferenceItem, erdf).label == "European Regional Development Fund (ERDF)"
        assert session.get(ReferenceItem, urbact).deleted_at is not None


def test_seeded_rows_match_the_resources(db):
    """Every shipped row is in a new database, with the seed stamp and not dirty (nothing to push)."""
    rows = shipped_rows()
    with db.session() as session:
        for model in (ReferenceItem, Framework, Dimension, Question):
            stored = {r.id: r for r in crud.live(session, model)}
            expected = [r for r in rows if isinstance(r, model)]
            assert set(stored) == {r.id for r in expected}
            assert all(r.updated_at == "0000000000000-0000-seed" and r.dirty is False for r in stored.values())


def test_every_framework_question_has_five_level_descriptors(db):
    """Each shipped framework's questions describe all five levels with distinct, non-empty text."""
    files = sorted(resource_path("frameworks").glob("*.json"))
    assert {load_json("frameworks", f.name)["code"] for f in files} >= {"digital-maturity", "local-green-deal"}
    for file in files:
        framework = load_json("frameworks", file.name)
        assert framework["dimensions"], file.name
        for dimension in framework["dimensions"]:
            assert 4 <= len(dimension["questions"]) <= 6, (file.name, dimension["code"])
            for question in dimension["questions"]:
                levels = question["levels"]
                assert len(levels) == 5, (file.name, question["code"])
                assert all(isinstance(t, str) and t.strip() for t in levels), (file.name, question["code"])
                assert len(set(levels)) == 5, (file.name, question["code"])
    with db.session() as session:
        for question in crud.live(session, Question):
            assert all(question.descriptor(level).strip() for level in range(1, 6))


def test_the_damage_message_is_one_line_without_quick_checks_header(db, monkeypatch):
    """quick_check's "*** in database main ***\nPage 162: ..." rows become one line naming the pages."""
    db.close()
    real_connect = sqlite3.connect
    # What SQLite returns for a file with two torn b-tree pages (seen on a damaged demo file).
    report = ("*** in database main ***\nPage 162: btreeInitPage() returns error code 11\n"
              "Page 163: btreeInitPage() returns error code 11")

    class TornFile:
        def __init__(self, *args, **kwargs):
            self._conn = real_connect(*args, **kwargs)

        def execute(self, sql, *params):
            if sql == "PRAGMA quick_check":
                return iter([(report,)])
            return self._conn.execute(sql, *params)

        def close(self):
            self._conn.close()

    monkeypatch.setattr("icc_desktop.store.db.sqlite3.connect", TornFile)
    with pytest.raises(DatabaseDamagedError) as caught:
        Database.open(db.path, check=True)
    assert str(caught.value) == (
        f"{db.path}: the database is damaged (Page 162: btreeInitPage() returns error code 11; "
        "Page 163: btreeInitPage() returns error code 11). It was left untouched; restore a backup "
        "(File > Restore from backup, or `icc-desktop restore`)."
    )


def _count_full_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every full `quick_check` run while opening databases."""
    from icc_desktop.store import fileinfo

    checked: list[Path] = []
    real = fileinfo.integrity_problems

    def counting(conn: sqlite3.Connection) -> str | None:
        checked.append(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        return real(conn)

    monkeypatch.setattr(fileinfo, "integrity_problems", counting)
    return checked


def test_a_cleanly_closed_file_opens_without_the_full_check(db, monkeypatch):
    """A file the app closed cleanly, untouched since, opens without reading it all (quick_check)."""
    db.close()
    checked = _count_full_checks(monkeypatch)
    Database.open(db.path).close()
    Database.open(db.path).close()
    assert checked == []


def test_a_file_left_open_is_checked_in_full_next_time(db, monkeypatch):
    """After an unclean shutdown (the file still open, its WAL not folded in) the next open checks it all."""
    with db.session() as session:
        session.add(City(name="Győr", country="HU"))
    checked = _count_full_checks(monkeypatch)
    Database.open(db.path).close()  # `db` was never closed: as after a crash
    assert checked == [db.path.resolve()]
    db.close()


def test_another_programs_write_right_after_a_clean_close_means_a_full_check(db, monkeypatch):
    """A write by another program within the same clock tick as the app's close is still noticed."""
    db.close()
    conn = sqlite3.connect(db.path)
    conn.execute("UPDATE reference_item SET label = 'edited elsewhere'")
    conn.commit()
    conn.close()
    checked = _count_full_checks(monkeypatch)
    Database.open(db.path).close()
    assert checked == [db.path.resolve()]


def test_seeding_is_skipped_when_the_shipped_version_is_there(db, monkeypatch):
    """Opening a database seeded from the same shipped files does not read or compare the seeded rows."""
    from icc_desktop.store import seed

    db.close()
    monkeypatch.setattr(seed, "shipped_rows", lambda: pytest.fail("seeded rows were compared again"))
    Database.open(db.path).close()
