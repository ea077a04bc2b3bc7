"""The foundation's benchmark: the 136-city demo and `list` on it, against plain sqlite3.

- demo: `generate_demo(db, 136)` in-process; floor: plain `sqlite3` `executemany` of the very
  same rows (every column, same values) into the same seeded schema (indexes, foreign keys, WAL,
  synchronous=FULL), one transaction. The ratio is the price of building the content. Goal 2.5×.
- list: `list_workshops` on the 136-city file (in-process, the ORM open included), and
  `icc-desktop list --json` as a process (goal 2×, same bytes); floors: the same query and JSON
  with plain `sqlite3` (in-process, and as a `python -c` process: both pay interpreter start-up;
  both read compiled bytecode, as an installed app: `bench.common.bytecode_env`).
Every case runs interleaved with its floor, five times or more; wall and CPU time both printed.
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
    bytecode_env,
    demo_db_136,
    interleaved,
    peak_rss_mb,
    plain_bulk_insert,
    report_vs_floor,
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


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "icc_desktop", *args], capture_output=True, text=True,
                            env=env if env is not None else os.environ.copy())
    if result.returncode != 0:
        raise RuntimeError(f"icc-desktop {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


DEMO_GOAL = 2.5
LIST_GOAL = 2.0


def run(quick: bool = False) -> list[Result]:
    """Time the 136-city demo and `list` on it against plain sqlite3; print and return the lines."""
    from icc_desktop.services.demo import generate_demo
    from icc_desktop.services.workshops import list_workshops
    from icc_desktop.store.db import Database

    demo_repeats, list_repeats = (2, 3) if quick else (5, 10)
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

        demo_source = demo_db_136()
        tables = rows_missing_from(demo_source, empty)
        row_count = sum(len(rows) for _, _, rows in tables)
        # The file `list` reads: closed by this version of the app (a clean close skips the full check).
        demo_file = tmp / "demo-136.sqlite"
        shutil.copyfile(demo_source, demo_file)
        Database.open(demo_file).close()

        def open_copy() -> Database:
            return Database.open(fresh_copy())

        def demo_in_process(db: Database) -> None:
            try:
                generate_demo(db, cities=DEMO_136_CITIES, seed=DEMO_136_SEED)
            finally:
                db.close()

        timings = interleaved({
            "ours": (demo_in_process, open_copy),
            "floor": (lambda path: plain_bulk_insert(path, tables), fresh_copy),
        }, demo_repeats)
        results.append(report_vs_floor(
            f"demo {DEMO_136_CITIES} cities, in-process", timings["ours"], timings["floor"], DEMO_GOAL,
            note=f"{row_count} rows; floor: sqlite3 executemany of the same rows in one transaction; "
                 f"peak RSS {peak_rss_mb():.0f} MiB"))

        def list_in_process() -> None:
            db = Database.open(demo_file)
            try:
                workshops = list_workshops(db)
            finally:
                db.close()
            json.dumps([w.as_json() for w in workshops], ensure_ascii=False, indent=1)

        timings = interleaved({"ours": (list_in_process, None), "floor": (lambda: _plain_list(str(demo_file)), None)},
                              list_repeats)
        results.append(report_vs_floor(
            f"list {DEMO_136_CITIES} workshops, in-process (ORM open)", timings["ours"], timings["floor"],
            note="Database.open (migrations checked, seeding skipped) + query + JSON; floor: sqlite3 query + JSON"))

        env = bytecode_env(tmp / "pycache")  # both sides read bytecode, as installed
        # Untimed first runs: they write the bytecode, and compare the bytes printed.
        ours_out = _cli("list", "--db", str(demo_file), "--json", env=env).stdout
        floor_out = subprocess.run([sys.executable, "-c", _PLAIN_LIST_SCRIPT, str(demo_file)], env=env,
                                   capture_output=True, check=True, text=True, encoding="utf-8").stdout
        same = "identical output" if ours_out == floor_out else "OUTPUT DIFFERS"
        timings = interleaved({
            "ours": (lambda: _cli("list", "--db", str(demo_file), "--json", env=env), None),
            "floor": (lambda: subprocess.run([sys.executable, "-c", _PLAIN_LIST_SCRIPT, str(demo_file)], env=env,
                                             capture_output=True, check=True), None),
        }, list_repeats)
        results.append(report_vs_floor(
            f"list --json {DEMO_136_CITIES} workshops, CLI process", timings["ours"], timings["floor"], LIST_GOAL,
            note=f"floor: python -c with sqlite3 + json printing the same bytes; {same}"))
    return results
