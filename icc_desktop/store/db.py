"""The local SQLite database: opened safely, migrated, seeded, one engine per file.

Opening a file: it must be an SQLite file that passes `PRAGMA quick_check` and was written by
this version of the app or an older one; a damaged or newer file is refused and left untouched.
An older file is backed up, then migrated. A new file is created at the newest schema. The full
check is skipped for a file the app itself closed cleanly and nothing changed since (see
`store/fileinfo.py`); the window then runs it in the background.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, create_engine, select

from icc_desktop.errors import DatabaseError
from icc_desktop.models import SYNCED_MODELS, HybridClock, SyncedModel, SyncState
from icc_desktop.store import fileinfo
from icc_desktop.store.fileinfo import (
    closed_cleanly,
    forget_clean_close,
    in_use_error,
    inspect_file,
    is_in_use,
    record_clean_close,
)
from icc_desktop.store.migrations import HEAD_REVISION, MIGRATIONS_DIR


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={fileinfo.BUSY_TIMEOUT_MS}")
    # FULL: a committed edit survives a power cut, not only a killed process.
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted and overwritten content is zeroed, so erased personal data does not linger in
    # free space of the file (see `services.privacy`).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def run_migrations(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic, on the engine's own connection)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        # SQLite alters a table by copying it and dropping the old one, which the rows that point
        # at it would refuse: the keys are switched off for the upgrade (a pragma that only works
        # outside a transaction) and checked in full before it commits.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(f"The upgrade would leave {len(broken)} rows pointing at rows that "
                                        f"do not exist (first in table {broken[0][0]}); the file was not changed.")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def _refuse_in_use(context: ExceptionContext, path: Path) -> None:
    """Every statement on the file, whoever runs it (the window, a command, the room, sync): a lock
    another program still holds once the busy timeout ran out becomes `DatabaseInUseError`, which
    names the file, instead of an unexpected error. The transaction is rolled back as for any error."""
    if is_in_use(context.original_exception):
        raise in_use_error(path) from context.original_exception


class Database:
    """One open database file: its engine, its device clock, and sessions on it."""

    def __init__(self, path: Path, engine: Engine, device_id: str) -> None:
        self.path = path
        self.engine = engine
        self.device_id = device_id
        self.clock = HybridClock(device_id)
        self.check_pending = False
        """True while the full integrity check of a file opened with `check=False` is still to run
        (the window runs it in the background: `ui/database_controller.py`)."""
        self._sessions = sessionmaker(engine, class_=Session, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path | str, *, seed: bool = True, check: bool | None = None) -> Database:
        """Open (creating if needed) the database at `path`: check, back up, migrate, seed.

        `check`: run `PRAGMA quick_check` over the whole file (None: only when the app did not
        close the file cleanly itself, or something else wrote it since).
        """
        path = Path(path)
        revision: str | None = None
        if path.exists():
            if path.is_dir():
                raise DatabaseError(f"{path}: is a folder, not a database file.")
            if check is None:
                check = not closed_cleanly(path)
            forget_clean_close(path)  # open for writing: a crash from now on means a full check next time
            revision = inspect_file(path, check=check)
        elif not path.parent.is_dir():  # a mistyped path makes no folders and no stray database
            raise DatabaseError(f"{path.parent}: no such folder for the database {path.name}.")
        if revision is not None and revision != HEAD_REVISION:
            from icc_desktop.store.backup import backup_database

            backup_database(path, reason="before-upgrade")
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_pragmas)
        event.listen(engine, "handle_error", lambda context: _refuse_in_use(context, path))
        if revision != HEAD_REVISION:
            run_migrations(engine)
        db = cls(path, engine, _device_id(engine))
        if seed:
            from icc_desktop.store.seed import seed_reference_data

            seed_reference_data(db)
        return db

    @contextmanager
    def session(self, *, stamp: bool = True) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error, always closes.

        With `stamp=False` rows are stored exactly as given (sync, seeding): no new
        `updated_at`, no `dirty` flag.
        """
        session = self._sessions(info={"clock": self.clock, "stamp": stamp})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        """Release every connection (the file can then be copied or replaced)."""
        self.engine.dispose()
        record_clean_close(self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def lock_for_writing(session: Session) -> None:
    """Take the file's write lock now, for the rest of the session's unit of work.

    SQLite starts a transaction at its first write, so rows read before it are read outside it:
    a row another connection (the window's thread, while a sync merges on a worker) changes in
    between would be written over from the stale copy. A write that matches nothing takes the
    lock; other writers wait for the commit (the busy timeout), then write on top.
    """
    session.connection().exec_driver_sql("UPDATE sync_state SET id = id WHERE 0")


def add_in_order(session: Session, rows: Iterable[SyncedModel]) -> None:
    """Add rows of several tables, flushing parents before children.

    The tables declare foreign keys but no ORM relationships, so the unit of work does not
    know their order; this inserts table by table in `SYNCED_MODELS` order.
    """
    by_model: dict[type[SyncedModel], list[SyncedModel]] = {}
    for row in rows:
        by_model.setdefault(type(row), []).append(row)
    for model in SYNCED_MODELS:
        if model in by_model:
            session.add_all(by_model.pop(model))
            session.flush()
    if by_model:
        raise TypeError(f"not synced tables: {sorted(m.__name__ for m in by_model)}")


def _device_id(engine: Engine) -> str:
    with Session(engine) as session:
        state = session.exec(select(SyncState)).first()
        if state is None:
            state = SyncState(id=1, device_id=os.urandom(8).hex())
            session.add(state)
            session.commit()
        return state.device_id
