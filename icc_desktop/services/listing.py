"""The workshop list (`icc-desktop list`, the overview) in plain SQL, readable without the ORM.

`list --json` on a 136-city file took ten times a plain `sqlite3` script, mostly importing
SQLAlchemy and SQLModel; `read_workshop_list` answers from a read-only `sqlite3` connection
instead, and `services.workshops.list_workshops` runs the same query on an open database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from icc_desktop.errors import DatabaseDamagedError
from icc_desktop.store.fileinfo import (
    closed_cleanly,
    connect_read_only,
    has_sqlite_header,
    in_use_error,
    is_in_use,
    read_revision,
)
from icc_desktop.store.migrations import HEAD_REVISION

WORKSHOP_LIST_SQL = """
SELECT w.id, c.id, c.name, c.country, w.title, w.date, w.status, coalesce(n.n, 0)
FROM workshop w JOIN city c ON c.id = w.city_id
LEFT JOIN (SELECT workshop_id, count(*) AS n FROM participant WHERE deleted_at IS NULL
           GROUP BY workshop_id) n ON n.workshop_id = w.id
WHERE w.deleted_at IS NULL AND c.deleted_at IS NULL
ORDER BY w.date DESC, c.name
"""
"""Every live workshop with its city and live participant count, newest first."""


class WorkshopSummary(NamedTuple):
    """One line of the workshop list: enough to show and pick a workshop."""

    id: str
    city_id: str
    city: str
    country: str
    title: str
    date: dt.date
    status: str
    participants: int

    def as_json(self) -> dict[str, Any]:
        """The JSON object `icc-desktop list --json` prints."""
        return {
            "id": self.id,
            "city_id": self.city_id,
            "city": self.city,
            "country": self.country,
            "title": self.title,
            "date": self.date.isoformat(),
            "status": self.status,
            "participants": self.participants,
        }


def summaries(rows: Iterable[tuple[Any, ...]], search: str = "") -> list[WorkshopSummary]:
    """The rows of `WORKSHOP_LIST_SQL` as summaries; `search` filters on city or title."""
    needle = search.strip().casefold()
    return [
        WorkshopSummary(w_id, c_id, city, country, title, dt.date.fromisoformat(date), status, n or 0)
        for w_id, c_id, city, country, title, date, status, n in rows
        if not needle or needle in city.casefold() or needle in title.casefold()
    ]


def read_workshop_list(path: Path) -> list[WorkshopSummary] | None:
    """The workshop list of the file at `path`, read only, or None when it needs the full open.

    None for a missing or empty file or one at an older schema (opening creates, seeds or
    migrates it). The full integrity check runs unless the app closed the file cleanly itself;
    a damaged, foreign or newer file raises the same errors as `Database.open`.
    """
    if not path.is_file() or not has_sqlite_header(path):
        return None
    check = not closed_cleanly(path)
    conn = connect_read_only(path)
    try:
        if read_revision(path, conn, check=check) != HEAD_REVISION:
            return None
        return summaries(conn.execute(WORKSHOP_LIST_SQL))
    except sqlite3.DatabaseError as exc:
        if is_in_use(exc):
            raise in_use_error(path) from exc
        raise DatabaseDamagedError(f"{path}: the database is damaged ({exc}); it was left untouched.") from exc
    finally:
        conn.close()


__all__ = ["WORKSHOP_LIST_SQL", "WorkshopSummary", "read_workshop_list", "summaries"]
