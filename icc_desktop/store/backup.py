"""Backups with SQLite's online backup API: consistent even while the app has the file open.

Automatic backups (before a migration, before a restore) and `icc-desktop backup` without `-o`
go to a `backups` folder beside the database and are rotated: the newest `KEEP` are kept.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from icc_desktop.config import backup_dir_for
from icc_desktop.errors import BackupError, DatabaseError
from icc_desktop.store import fileinfo
from icc_desktop.store.fileinfo import check_not_in_use, in_use_error, inspect_file

KEEP = 10

_BUSY_STATUSES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


class _StillLocked(Exception):
    """The backup API waited the busy timeout for another program's lock."""


def _copy(src: Path, dest: Path) -> None:
    """Copy with the backup API; raise `_StillLocked` once either file stayed locked for the busy timeout.

    (Python's `backup()` retries a locked file forever; the progress callback is what stops it.)
    """
    source = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True, timeout=fileinfo.BUSY_TIMEOUT_MS / 1000)
    target = sqlite3.connect(dest, timeout=fileinfo.BUSY_TIMEOUT_MS / 1000)
    waiting_since: list[float] = []

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status not in _BUSY_STATUSES:
            waiting_since.clear()
            return
        waiting_since[:] = waiting_since or [time.monotonic()]
        if time.monotonic() - waiting_since[0] >= fileinfo.BUSY_TIMEOUT_MS / 1000:
            raise _StillLocked

    try:
        source.backup(target, progress=progress, sleep=0.05)
    finally:
        target.close()
        source.close()


def backup_database(db_path: Path, dest: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy the database to `dest` (or a rotated file in the backups folder) and return its path."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(f"{db_path}: no database file to back up.")
    if reason.startswith("before-"):
        # A write follows (an import, an upgrade, a restore): a file another program holds is refused
        # now, not after a backup that, repeated on every retry, would rotate the useful ones out.
        check_not_in_use(db_path)
    if dest is None:
        folder = backup_dir_for(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
        rotate = True
    else:
        dest = Path(dest)
        rotate = False
        if dest.exists():
            raise BackupError(f"{dest}: already exists; choose another file name.")
        if not dest.parent.is_dir():
            raise BackupError(f"{dest.parent}: no such folder.")
    try:
        _copy(db_path, dest)
    except _StillLocked as exc:
        dest.unlink(missing_ok=True)
        raise in_use_error(db_path) from exc
    except sqlite3.Error as exc:
        dest.unlink(missing_ok=True)
        if fileinfo.is_in_use(exc):
            raise in_use_error(db_path) from exc
        raise BackupError(f"{db_path}: backup failed ({exc}).") from exc
    if rotate:
        _rotate(db_path)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    """The rotated backups of a database, newest first."""
    folder = backup_dir_for(Path(db_path))
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite"), reverse=True)


def _rotate(db_path: Path) -> None:
    for old in list_backups(db_path)[KEEP:]:
        old.unlink(missing_ok=True)


def check_backup(backup_file: Path) -> str:
    """Check that a file can be restored, changing nothing; return its schema revision.

    Raises `BackupError` saying why not: missing, empty, not SQLite, damaged, not an ICC
    Workshop database, or from a newer app. The app asks this before its "replace?" question.
    """
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise BackupError(f"{backup_file}: no such backup file.")
    try:
        revision = inspect_file(backup_file)
    except DatabaseError as exc:
        raise BackupError(f"cannot restore: {exc}") from exc
    if revision is None:
        raise BackupError(f"{backup_file}: this file is empty, not an ICC Workshop backup.")
    return revision


def restore_database(db_path: Path, backup_file: Path) -> Path | None:
    """Replace the database with a backup; the current file is backed up first.

    The backup is checked before anything changes (an SQLite ICC database, not damaged, not
    from a newer app). Returns the path of the safety backup of the replaced file, if any.
    """
    db_path, backup_file = Path(db_path), Path(backup_file)
    check_backup(backup_file)
    safety = None
    if db_path.is_file() and db_path.stat().st_size > 0:
        safety = backup_database(db_path, reason="before-restore")
    else:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    replaced_synced = _has_synced(db_path)
    try:
        _copy(backup_file, db_path)
        if replaced_synced or _has_synced(db_path):
            _new_device_id(db_path)
    except _StillLocked as exc:
        raise in_use_error(db_path) from exc
    except sqlite3.Error as exc:
        if fileinfo.is_in_use(exc):
            raise in_use_error(db_path) from exc
        raise BackupError(f"{db_path}: restore failed ({exc}); the previous file is in {safety}.") from exc
    return safety


def _has_synced(db_path: Path) -> bool:
    """Whether the database at `db_path` was ever linked to a sync server."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return bool(conn.execute("SELECT 1 FROM sync_state WHERE server_url IS NOT NULL").fetchone())
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _new_device_id(db_path: Path) -> None:
    """A restored file of a laptop that syncs edits on as a device of its own: the server does not
    send a device the rows it pushed itself, and the restored file may lack rows pushed after the
    backup was made."""
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            conn.execute("UPDATE sync_state SET device_id = ?", (os.urandom(8).hex(),))
    finally:
        conn.close()
