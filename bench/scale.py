"""How the work grows with the database: demo, list, pull and export at 136, 544 and 1,360 cities.

For each size (cities past the 143 real ones are generated, 'Generated city N'):
- demo: `generate_demo` into an empty file; floor: sqlite3 `executemany` of the same rows.
- list: `icc-desktop list --json` as a process; floor: a `python -c` sqlite3 script, same bytes.
- pull: an empty laptop pulls everything from the real server (after an untimed push of the
  demo); floor: `json.loads` of the same pages + sqlite3 `executemany` of the same rows.
- export: the programme office's `export xlsx --all` workbook, in-process (no floor: it shows
  the growth; `bench/exports.py` has its floors).
Each size is measured once (the sizes are the repeats of a growth curve; the 136-city figures
with five repeats are in `foundation` and `sync`), wall and CPU, the load printed before each.
The default sizes are 136 and 544 (a short run); `ICC_BENCH_SCALE=136,544,1360` adds the
1,360-city run (790,640 rows; 33 minutes for 544 and 1,360 together on this 2-core machine at a load of 9-24).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import (
    Result,
    Timing,
    bytecode_env,
    interleaved,
    plain_bulk_insert,
    print_load,
    pull_pages,
    report_vs_floor,
    rows_missing_from,
)
from bench.foundation import _PLAIN_LIST_SCRIPT, _cli

DEFAULT_SIZES = (136, 544)


def _sizes(quick: bool) -> list[int]:
    wanted = os.environ.get("ICC_BENCH_SCALE", "")
    if wanted:
        return [int(n) for n in wanted.split(",") if n.strip()]
    return [136] if quick else list(DEFAULT_SIZES)


def run(quick: bool = False) -> list[Result]:
    """Measure demo, list, pull and export at each size; print one line per figure and a summary."""
    from bench.sync import _laptop, _Server
    from icc_desktop.exports.xlsx import export_all
    from icc_desktop.services.demo import generate_demo
    from icc_desktop.store.db import Database
    from icc_desktop.sync.client import SyncClient

    results: list[Result] = []
    growth: dict[int, dict[str, Timing]] = {}
    with tempfile.TemporaryDirectory(prefix="icc-bench-scale-") as tmp_name:
        tmp = Path(tmp_name)
        env = bytecode_env(tmp / "pycache")  # both sides of `list` read bytecode, as installed
        empty = tmp / "empty.sqlite"
        Database.open(empty).close()
        counter = iter(range(10**6))

        def fresh() -> Path:
            path = tmp / f"copy-{next(counter)}.sqlite"
            shutil.copyfile(empty, path)
            return path

        for cities in _sizes(quick):
            print_load(f"{cities} cities")
            figures: dict[str, Timing] = {}
            demo_file = fresh()

            def make_demo(path: Path, cities: int = cities) -> None:
                db = Database.open(path)
                try:
                    generate_demo(db, cities=cities, seed=2020)
                finally:
                    db.close()

            made = interleaved({"ours": (make_demo, lambda demo_file=demo_file: demo_file)}, 1)["ours"]
            tables = rows_missing_from(demo_file, empty)
            rows = sum(len(r) for _, _, r in tables)
            floor = interleaved({"floor": (lambda path, tables=tables: plain_bulk_insert(path, tables), fresh)},
                                1)["floor"]
            results.append(report_vs_floor(f"scale {cities} cities: demo", made, floor, note=f"{rows} rows"))
            figures["demo"] = made

            _cli("list", "--db", str(demo_file), "--json", env=env)  # untimed: writes it
            subprocess.run([sys.executable, "-c", _PLAIN_LIST_SCRIPT, str(demo_file)], env=env, capture_output=True,
                           check=True)
            timings = interleaved({
                "ours": (lambda demo_file=demo_file: _cli("list", "--db", str(demo_file), "--json", env=env), None),
                "floor": (lambda demo_file=demo_file: subprocess.run(
                    [sys.executable, "-c", _PLAIN_LIST_SCRIPT, str(demo_file)], env=env, capture_output=True,
                    check=True), None),
            }, 3)
            results.append(report_vs_floor(f"scale {cities} cities: list --json (process)", timings["ours"],
                                           timings["floor"], note="median of 3"))
            figures["list"] = timings["ours"]

            folder = tmp / f"server-{cities}"
            folder.mkdir()
            server = _Server(folder)
            try:
                admin = server.user("admin", admin=True)
                origin = _laptop(demo_file, tmp / f"origin-{cities}.sqlite")
                with SyncClient(origin, server.url, token=admin) as client:
                    client.sync()  # the demo onto the server, untimed
                origin.close()
                pages = pull_pages(server.url, admin)

                def pull(db: Database, admin: str = admin, url: str = server.url) -> None:
                    try:
                        with SyncClient(db, url, token=admin) as client:
                            client.sync()
                    finally:
                        db.close()

                def pull_floor(path: Path, pages: list[bytes] = pages, tables: list = tables) -> None:  # type: ignore[type-arg]
                    for content in pages:
                        json.loads(content)
                    plain_bulk_insert(path, tables)

                timings = interleaved({
                    "ours": (pull, lambda cities=cities: _laptop(empty, tmp / f"pulled-{cities}-{next(counter)}.sqlite")),
                    "floor": (pull_floor, fresh),
                }, 1)
                results.append(report_vs_floor(f"scale {cities} cities: initial pull", timings["ours"],
                                               timings["floor"], note=f"{len(pages)} pages"))
                figures["pull"] = timings["ours"]
            finally:
                server.stop()

            def export(demo_file: Path = demo_file, cities: int = cities) -> None:
                db = Database.open(demo_file)
                try:
                    export_all(db, tmp / f"all-{cities}.xlsx")
                finally:
                    db.close()

            figures["export"] = interleaved({"ours": (export, None)}, 1)["ours"]
            print(f"scale {cities} cities: export xlsx --all: wall {figures['export'].wall:.1f} s, "
                  f"CPU {figures['export'].cpu:.1f} s", flush=True)
            growth[cities] = figures
            for leftover in tmp.glob("pulled-*"):
                leftover.unlink(missing_ok=True)

    first = min(growth)
    for cities in sorted(growth):
        if cities == first:
            continue
        factor = cities / first
        parts = [f"{name} ×{growth[cities][name].cpu / growth[first][name].cpu:.1f}"
                 for name in ("demo", "list", "pull", "export") if growth[first][name].cpu > 0]
        print(f"scale {first} -> {cities} cities (×{factor:.1f} the data), CPU grows: {', '.join(parts)}",
              flush=True)
    return results
