"""The foundation's benchmark: the 136-city demo and `list` on it, against plain sqlite3.

- demo: `generate_demo(db, 136)` in-process, and `icc-desktop demo --cities 136` as a process;
  baseline: plain `sqlite3` `executemany` of the very same rows (every column, same values)
  into the same seeded schema (indexes, foreign keys, WAL, synchronous=FULL), one transaction.
  The ratio is the price of building the content and of the ORM, not of SQLite.
- list: `list_workshops` on the 136-city file (in-process, open included), and
  `icc-desktop list --json` as a process; baselines: the same query and JSON with plain
  `sqlite3` (in-process, and as a `python -c` process, so both pay interpreter start-up).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import (
    DEMO_136_CITIES,
    DEMO_136_SEED,
    Result,
    demo_db_136,
    median_time,
    peak_rss_mb,
    plain_bulk_insert,
    report,
    rows_missing_from,
)

# The list query with plain sqlite3: what `list_workshops` returns, as `list --json` prints it.
_LIST_SQL = """
SELECT w.id, c.id, c.name, c.country, w.title, w.date, w.status, coalesce(n.n, 0)
FROM workshop w JOIN city c ON c.id = w.city_id
LEFT JOIN (SELECT workshop_id, count(*) AS n FROM participant WHERE deleted_at IS NULL GROUP BY workshop_id) n
  ON n.workshop_id = w.id
WHERE w.deleted_at IS NULL AND c.deleted_at IS NULL
ORDER BY w.date DESC, c.name
"""
_KEYS = ("id", "city_id", "city", "country", "title", "date", "status", "participants")


def _plain_list(path: str) -> str:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(_LIST_SQL).fetchall()
    finally:
        conn.close()
    return json.dumps([dict(zip(_KEYS, r, strict=True)) for r in rows], ensure_ascii=False, indent=1)


_PLAIN_LIST_SCRIPT = (
    "import sys, sqlite3, json\n"
    f"SQL = {_LIST_SQL!r}\n"
    f"KEYS = {_KEYS!r}\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "rows = conn.execute(SQL).fetchall()\n"
    "print(json.dumps([dict(zip(KEYS, r)) for r in rows], ensure_ascii=False, indent=1))\n"
)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "icc_desktop", *args], capture_output=True, text=True,
                            env=os.environ.copy())
    if result.returncode != 0:
        raise RuntimeError(f"icc-desktop {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def run(quick: bool = False) -> list[Result]:
    """Time the 136-city demo and `list` on it against plain sqlite3; print and return the lines."""
    from icc_desktop.services.demo import generate_demo
    from icc_desktop.services.workshops import list_workshops
    from icc_desktop.store.db import Database

    demo_repeats, list_repeats = (1, 3) if quick else (3, 10)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="icc-bench-foundation-") as tmp_name:
        tmp = Path(tmp_name)
        empty = tmp / "empty.sqlite"
        Database.open(empty).close()
        counter = iter(range(10**6))

        def fresh_copy() -> Path:
            path = tmp / f"copy-{next(counter)}.sqlite"
            shutil.copyfile(empty, path)
            return path

        demo_file = demo_db_136()
        tables = rows_missing_from(demo_file, empty)
        row_count = sum(len(rows) for _, _, rows in tables)

        def open_copy() -> Database:
            return Database.open(fresh_copy())

        def demo_in_process(db: Database) -> None:
            try:
                generate_demo(db, cities=DEMO_136_CITIES, seed=DEMO_136_SEED)
            finally:
                db.close()

        ours = median_time(demo_in_process, demo_repeats, setup=open_copy)
        rss = peak_rss_mb()
        baseline = median_time(lambda path: plain_bulk_insert(path, tables), demo_repeats, setup=fresh_copy)
        results.append(report(f"demo {DEMO_136_CITIES} cities, in-process", ours, baseline,
                              note=f"{row_count} rows; baseline: sqlite3 executemany of the same rows; "
                                   f"peak RSS {rss:.0f} MiB", repeats=demo_repeats))
        ours = median_time(lambda path: _cli("demo", "--db", str(path), "--cities", str(DEMO_136_CITIES),
                                             "--seed", str(DEMO_136_SEED)), demo_repeats, setup=fresh_copy)
        results.append(report(f"demo {DEMO_136_CITIES} cities, CLI process", ours, baseline,
                              note="process start-up included", repeats=demo_repeats))

        def list_in_process() -> None:
            db = Database.open(demo_file)
            try:
                workshops = list_workshops(db)
            finally:
                db.close()
            json.dumps([w.as_json() for w in workshops], ensure_ascii=False, indent=1)

        ours = median_time(list_in_process, list_repeats)
        baseline = median_time(lambda: _plain_list(str(demo_file)), list_repeats)
        results.append(report(f"list {DEMO_136_CITIES} workshops, in-process", ours, baseline,
                              note="open (checks included) + query + JSON; baseline: sqlite3 query + JSON",
                              repeats=list_repeats))
        ours = median_time(lambda: _cli("list", "--db", str(demo_file), "--json"), list_repeats)
        baseline = median_time(
            lambda: subprocess.run([sys.executable, "-c", _PLAIN_LIST_SCRIPT, str(demo_file)],
                                   capture_output=True, check=True), list_repeats)
        results.append(report(f"list --json {DEMO_136_CITIES} workshops, CLI process", ours, baseline,
                              note="baseline: python -c with sqlite3 + json", repeats=list_repeats))
    return results
