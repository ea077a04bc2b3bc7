"""What a database file is, read with plain `sqlite3` (no SQLAlchemy: read-only commands start fast).

`PRAGMA quick_check` reads the whole file (66 ms at 136 cities, 241 ms at 544 on a loaded
machine), so it runs in full only when the file may be damaged: after an unclean shutdown, or when
something other than this app changed the file since the app last closed it. A clean close
records the file's identity (inode, size, modification time) in a small marker under the app's
state folder; an open for writing removes the marker first, so a crash, a power cut or another
program's write leaves no matching marker and the next open checks everything.

The modification time recorded is one the app sets itself, one microsecond before the real one:
a later write sets the clock's time, which never equals it, even within one tick of a coarse
file-system clock.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from pathlib import Path

from icc_desktop.errors import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseInUseError,
    DatabaseTooNewError,
)
from icc_desktop.store.migrations import KNOWN_REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"

BUSY_TIMEOUT_MS = 5000
"""How long any connection to a database file waits for another program's lock before giving up."""

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_MARK_SHIFT_NS = 1000  # one microsecond: NTFS keeps 100 ns, ext4 and APFS 1 ns


def _marker_path(path: Path) -> Path:
    from icc_desktop import config

    # The marker holds the full path too: two paths with one CRC only cost a full check.
    key = f"{zlib.crc32(str(path.resolve()).encode('utf-8')):08x}"
    return config.state_dir() / "clean-close" / f"{key}.json"


def _identity(path: Path) -> dict[str, int | str]:
    st = path.stat()
    return {"path": str(path.resolve()), "inode": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _wal_in_use(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def closed_cleanly(path: Path) -> bool:
    """True when the app closed this file cleanly and nothing has written it since."""
    try:
        marker = json.loads(_marker_path(path).read_text(encoding="utf-8"))
        return not _wal_in_use(path) and bool(marker == _identity(path))
    except (OSError, ValueError):
        return False


def record_clean_close(path: Path) -> None:
    """Remember that the app closed `path` cleanly (its WAL folded in), so the next open may skip
    the full check. Does nothing while another connection still holds the file open."""
    try:
        if not path.is_file() or _wal_in_use(path):
            return
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - _MARK_SHIFT_NS))
        marker = _marker_path(path)
        marker.parent.mkdir(parents=True, exist_ok=True)
        partial = marker.with_suffix(".tmp")
        partial.write_text(json.dumps(_identity(path)), encoding="utf-8")
        os.replace(partial, marker)
    except OSError:
        return  # no marker: the next open checks the file in full, which is always safe


def forget_clean_close(path: Path) -> None:
    """Drop the marker before the app writes the file (a crash from now on means a full check)."""
    try:
        _marker_path(path).unlink(missing_ok=True)
    except OSError:
        return


def is_in_use(exc: BaseException) -> bool:
    """True when an SQLite error (raw, or wrapped by SQLAlchemy) says another connection holds the
    file locked: SQLITE_BUSY or SQLITE_LOCKED, once the busy timeout has run out."""
    error = getattr(exc, "orig", None) or exc
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


def in_use_error(path: Path | str) -> DatabaseInUseError:
    """The one message for a file another program holds locked (the same from every command and the window)."""
    return DatabaseInUseError(
        f"{path}: the database file is in use by another program (another ICC Workshop, or a database tool "
        "in the middle of a change); nothing was changed. Close that program, or let it finish, and try again.")


def check_not_in_use(path: Path) -> None:
    """Raise `DatabaseInUseError` when another program holds the file's write lock past the busy timeout
    (taken and let go at once): asked before a backup that a write is to follow, which would be useless."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if is_in_use(exc):
            raise in_use_error(path) from exc
        # anything else (a read-only file…) is the write's own to report, as before this probe
    finally:
        conn.close()


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to `path`; a file SQLite cannot open is reported as damaged."""
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        if is_in_use(exc):
            raise in_use_error(path) from exc
        raise DatabaseDamagedError(f"{path}: cannot be opened ({exc}); it was left untouched.") from exc


def damaged_message(path: Path, detail: str) -> str:
    """The one-line message for a damaged file (the same from every command and the window)."""
    return (f"{path}: the database is damaged ({detail}). It was left untouched; "
            "restore a backup (File > Restore from backup, or `icc-desktop restore`).")


def integrity_problems(conn: sqlite3.Connection) -> str | None:
    """`PRAGMA quick_check` over the whole file: None when it is sound, else its first problems."""
    result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if result == ["ok"]:
        return None
    # quick_check's lines may hold several lines each ("*** in database main ***\nPage 7: ...");
    # the message stays one line: the first three problems, without the header.
    problems = [line.strip() for r in result for line in str(r).splitlines()
                if line.strip() and not line.startswith("***")]
    return "; ".join(problems[:3])


def check_file(path: Path) -> None:
    """Run the full integrity check on `path` (read only); raise `DatabaseDamagedError` if it fails."""
    conn = connect_read_only(path)
    try:
        detail = integrity_problems(conn)
    except sqlite3.DatabaseError as exc:
        if is_in_use(exc):
            raise in_use_error(path) from exc
        raise DatabaseDamagedError(f"{path}: the database is damaged ({exc}); it was left untouched.") from exc
    finally:
        conn.close()
    if detail is not None:
        raise DatabaseDamagedError(damaged_message(path, detail))


def read_revision(path: Path, conn: sqlite3.Connection, *, check: bool = True) -> str | None:
    """The schema revision of the open file (None: no tables yet), after `quick_check` if `check`.

    Raises `DatabaseDamagedError`, `DatabaseTooNewError` or `DatabaseError` (not ours) as
    `inspect_file` does.
    """
    try:
        if check:
            detail = integrity_problems(conn)
            if detail is not None:
                raise DatabaseDamagedError(damaged_message(path, detail))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseError(f"{path}: this SQLite file is not an ICC Workshop database.")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if is_in_use(exc):
            raise in_use_error(path) from exc
        raise DatabaseDamagedError(f"{path}: the database is damaged ({exc}); it was left untouched.") from exc
    revision: str | None = row[0] if row else None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            f"{path}: this database was written by a newer version of ICC Workshop "
            f"(schema {revision}). Update the app to open it; the file was left untouched."
        )
    return revision


def is_database_file(path: Path) -> bool:
    """True when `path` is an SQLite database, or the journal, write-ahead log or shared memory of
    one: a file no export may replace (given the workshops file's name, it would replace every workshop)."""
    for suffix in ("-wal", "-shm", "-journal"):
        if path.name.endswith(suffix):
            path = path.with_name(path.name[: -len(suffix)])
            break
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def has_sqlite_header(path: Path) -> bool:
    """False for an empty file; raises `DatabaseDamagedError` for a file that is not SQLite."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        return False
    if header != SQLITE_HEADER:
        raise DatabaseDamagedError(f"{path}: not an SQLite database file; it was left untouched.")
    return True


def inspect_file(path: Path, *, check: bool = True) -> str | None:
    """Check an existing database file without changing it; return its schema revision.

    Returns None for a file with no tables yet (empty). Raises `DatabaseDamagedError` for a
    file that is not SQLite or (with `check`) fails `quick_check`, `DatabaseTooNewError` for a
    file from a newer app, and `DatabaseError` for an SQLite file that is not an ICC Workshop
    database.
    """
    if not has_sqlite_header(path):
        return None
    conn = connect_read_only(path)
    try:
        return read_revision(path, conn, check=check)
    finally:
        conn.close()


__all__ = ["BUSY_TIMEOUT_MS", "SQLITE_HEADER", "check_file", "check_not_in_use", "closed_cleanly", "connect_read_only",
           "forget_clean_close", "in_use_error", "inspect_file", "is_database_file", "is_in_use", "read_revision", "record_clean_close"]
