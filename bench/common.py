"""Helpers shared by the benchmarks: median timing, peak memory, one report line, a cached demo DB.

A benchmark module `bench/<name>.py` defines `run(quick: bool = False) -> list[Result]` and
prints its lines with `report(...)`, which also returns the `Result` to collect.
"""

from __future__ import annotations

import fcntl
import json
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Benchmarks never touch the user's real data, logs or settings (as in the test suite).
os.environ.setdefault("ICC_DESKTOP_HOME", tempfile.mkdtemp(prefix="icc-bench-home-"))

DEMO_136_PATH = Path(tempfile.gettempdir()) / "icc-bench-136.db"
DEMO_136_CITIES = 136
DEMO_136_SEED = 2020


@dataclass(frozen=True)
class Result:
    """One measured line: our median, the baseline's median (same run), and what was measured."""

    name: str
    ours_s: float
    baseline_s: float | None
    repeats: int | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times slower than the baseline we are (below 1: faster)."""
        if self.baseline_s is None or self.baseline_s <= 0:
            return None
        return self.ours_s / self.baseline_s


def bytecode_env(pycache: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """A child Python's environment that writes compiled bytecode under `pycache` and reads it
    after, as an installed app reads its own (pip compiles on install, the bundle ships it).

    Benchmarks give it to both sides and run each once untimed first. In an environment with
    PYTHONDONTWRITEBYTECODE set, our side compiled every one of its modules on every run (~30 ms
    of CPU at the window's start), which no installed app does, while a floor of a few lines
    compiles next to nothing.
    """
    env = dict(os.environ if base is None else base)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def median_time(fn: Callable[..., Any], repeats: int, setup: Callable[[], Any] | None = None) -> float:
    """The median wall-clock seconds of `repeats` calls of `fn`.

    With `setup`, it is called before every repeat, untimed, and its return value is passed to
    `fn` (a fresh copy of a file, a new connection); without it `fn()` takes no argument.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    times: list[float] = []
    for _ in range(repeats):
        if setup is not None:
            arg = setup()
            start = time.perf_counter()
            fn(arg)
        else:
            start = time.perf_counter()
            fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb(children: bool = False) -> float:
    """The peak resident memory so far, in MiB, of this process (or of its finished children).

    This process's own high-water mark (`VmHWM` in /proc/self/status) where there is one: Linux
    carries a parent's `ru_maxrss` into a child across fork and exec, so a child started by a
    300 MB benchmark read 300 MB whatever it used itself.
    """
    if not children:
        try:
            with open("/proc/self/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass  # no /proc (macOS, Windows): the rusage peak is this process's own there
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    peak = resource.getrusage(who).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass(frozen=True)
class Timing:
    """Medians over the repeats of one case: wall-clock and CPU seconds (CPU: this process's, or
    its children's for a case that runs processes)."""

    wall: float
    cpu: float
    repeats: int


def load_line() -> str:
    """The machine's load now (1, 5, 15 minutes) and its number of CPUs, for every report."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return f"load: n/a, {os.cpu_count()} CPUs"
    return f"load: {one:.2f} {five:.2f} {fifteen:.2f} (1/5/15 min) on {os.cpu_count()} CPUs"


def print_load(when: str = "") -> None:
    """Print the machine's load (a figure measured on a busy machine is not a figure)."""
    print(f"  [{load_line()}{', ' + when if when else ''}]", flush=True)


def interleaved(cases: dict[str, tuple[Callable[..., Any], Callable[[], Any] | None]],
                repeats: int) -> dict[str, Timing]:
    """Time several cases in turn, `repeats` rounds of one run each (a, b, a, b, ...), so a change of
    machine load falls on all of them alike; return each case's median wall and CPU time.

    Each case is `(fn, setup)`: `setup()` runs untimed before every run and its value is passed to
    `fn`; without setup `fn()` takes nothing. CPU time is this process's plus its finished
    children's, so a case that runs a command counts the command's CPU.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    walls: dict[str, list[float]] = {name: [] for name in cases}
    cpus: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeats):
        for name, (fn, setup) in cases.items():
            arg = setup() if setup is not None else None
            cpu_start = _cpu_seconds()
            start = time.perf_counter()
            fn(arg) if setup is not None else fn()
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(_cpu_seconds() - cpu_start)
    return {name: Timing(statistics.median(walls[name]), statistics.median(cpus[name]), repeats)
            for name in cases}


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def report_vs_floor(name: str, ours: Timing, floor: Timing, goal: float | None = None,
                    note: str = "") -> Result:
    """Print `name: ours wall W ms, CPU C ms; floor ...; ratio wall R×, CPU S× (goal ≤ G×: met)` and
    return the `Result` (its ratio is the CPU one: what the machine's load disturbs least)."""
    cpu_ratio = ours.cpu / floor.cpu if floor.cpu > 0 else float("inf")
    wall_ratio = ours.wall / floor.wall if floor.wall > 0 else float("inf")
    line = (f"{name}: ours wall {_ms(ours.wall)} ms, CPU {_ms(ours.cpu)} ms; floor wall {_ms(floor.wall)} ms, "
            f"CPU {_ms(floor.cpu)} ms; ratio wall {wall_ratio:.2f}×, CPU {cpu_ratio:.2f}× "
            f"(median of {ours.repeats}, interleaved)")
    if goal is not None:
        line += f"; goal ≤ {goal:g}×: {'met' if cpu_ratio <= goal else 'MISSED'}"
    if note:
        line += f"  [{note}]"
    print(line, flush=True)
    return Result(name, ours.cpu, floor.cpu, ours.repeats, note)


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.0f}" if ms >= 100 else f"{ms:.1f}" if ms >= 1 else f"{ms:.3f}"


def report(name: str, ours_s: float, baseline_s: float | None, note: str = "",
           repeats: int | None = None) -> Result:
    """Print `name: ours X ms (median of N), baseline Y ms, ratio Z×` and return the `Result`."""
    result = Result(name, ours_s, baseline_s, repeats, note)
    line = f"{name}: ours {_ms(ours_s)} ms"
    if repeats:
        line += f" (median of {repeats})"
    if baseline_s is None:
        line += ", no baseline"
    else:
        line += f", baseline {_ms(baseline_s)} ms"
        ratio = result.ratio
        line += f", ratio {ratio:.2f}×" if ratio is not None else ", ratio n/a"
    if note:
        line += f"  [{note}]"
    print(line, flush=True)
    return result


def _demo_db_is_current(path: Path) -> bool:
    """Whether the cached file is at the current schema and holds all the demo workshops."""
    from icc_desktop.errors import IccError
    from icc_desktop.store.db import inspect_file
    from icc_desktop.store.migrations import HEAD_REVISION

    try:
        if inspect_file(path) != HEAD_REVISION:
            return False
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
            (count,) = conn.execute("SELECT count(*) FROM workshop WHERE deleted_at IS NULL").fetchone()
        return bool(count == DEMO_136_CITIES)
    except (IccError, sqlite3.Error, OSError):
        return False


def demo_db_136(path: Path = DEMO_136_PATH) -> Path:
    """A database with the 136-city demo (seed 2020), built once and reused by every benchmark.

    Rebuilt when absent, at another schema revision, or incomplete. Benchmarks that change it
    must work on a copy. A lock file keeps two benchmarks from building it at the same time.
    """
    with open(f"{path}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists() and _demo_db_is_current(path):
            return path
        from icc_desktop.services.demo import generate_demo
        from icc_desktop.store.db import Database

        print(f"(building the {DEMO_136_CITIES}-city demo database {path}, ~15 s)", flush=True)
        partial = path.with_name(path.name + ".building")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        db = Database.open(partial)
        try:
            generate_demo(db, cities=DEMO_136_CITIES, seed=DEMO_136_SEED)
            with db.engine.connect() as connection:  # fold the WAL in: the file alone is complete
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(partial, path)
        Path(f"{partial}-wal").unlink(missing_ok=True)
        Path(f"{partial}-shm").unlink(missing_ok=True)
        return path


__all__ = ["DEMO_136_PATH", "Result", "Timing", "demo_db_136", "interleaved", "load_line", "median_time",
           "peak_rss_mb", "print_load", "report", "report_vs_floor"]


TableRows = list[tuple[str, list[str], list[tuple[object, ...]]]]
"""Per table (parents first): its name, its columns and rows of values in that column order."""


def rows_missing_from(path: Path, other: Path) -> TableRows:
    """The synced rows of the database at `path` whose ids the database at `other` lacks.

    With `other` a freshly seeded file, these are the rows the demo or a sync added: the content a
    plain-library baseline writes again.
    """
    from icc_desktop.models import SYNCED_MODELS

    conn = sqlite3.connect(path)
    conn.execute("ATTACH DATABASE ? AS other", (str(other),))
    tables: TableRows = []
    for model in SYNCED_MODELS:
        table = model.__tablename__
        columns = [c.name for c in model.__table__.columns]  # type: ignore[attr-defined]
        names = ", ".join(f'"{c}"' for c in columns)
        rows = conn.execute(
            f'SELECT {names} FROM main."{table}" WHERE id NOT IN (SELECT id FROM other."{table}")').fetchall()
        if rows:
            tables.append((table, columns, rows))
    conn.close()
    return tables


def plain_bulk_insert(path: Path, tables: TableRows, replace: bool = False, foreign_keys: bool = True) -> None:
    """The baseline write: one transaction of plain sqlite3 `executemany`, with the app's file settings."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN")
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    for table, columns, rows in tables:
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        conn.executemany(f'{verb} INTO "{table}" ({names}) VALUES ({marks})', rows)
    conn.execute("COMMIT")
    conn.close()


def pull_pages(url: str, token: str) -> list[bytes]:
    """Every page of a full pull from the sync server at `url` (its base, without `/api/v1`), as sent.

    The floor of a pull decodes these pages and writes their rows; the pages are fetched untimed.
    """
    import httpx

    from icc_desktop.sync.protocol import MAX_PULL_LIMIT, PROTOCOL_HEADER, PROTOCOL_VERSION

    pages: list[bytes] = []
    with httpx.Client(base_url=url + "/api/v1", headers={
            "Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}) as http:
        since, more = 0, True
        while more:
            page = http.get("/sync/pull", params={"since": since, "limit": MAX_PULL_LIMIT})
            pages.append(page.content)
            decoded = json.loads(page.content)
            since, more = decoded["last_seq"], decoded["has_more"]
    return pages
