"""Start-up of the desktop bundle on the 136-city demo database, against the same bundle showing
a bare window (goal: the window shows the database in under 2 s).

Each case starts `dist/icc-desktop/icc-desktop` (built with `make dist` when missing or out of
date) as a facilitator would, from a clean environment with a fresh home folder, and times the
whole process from the outside: the bootloader unpacking, Python, Qt, our imports, opening and
checking the database, building the pages and the first paint. The app quits as soon as the
window shows the database (`ICC_DESKTOP_EXIT_AFTER_SHOWN`, see icc_desktop/ui/startup_probe.py).

- baseline: the same executable with `ICC_DESKTOP_EXIT_AFTER_SHOWN=bare` (QApplication and an
  empty QMainWindow, then quit): the floor no Qt app in this bundle can go below.
- workshops painted: a cleanly closed file's workshops, read without the ORM, painted while the
  file opens (`ICC_DESKTOP_EXIT_AFTER_SHOWN=data`; goal 2× the bare window).
- first start: no workshop open yet, so the welcome page shows.
- reopen on the overview: the last session's workshop is open and the overview lists all 136
  cities and workshops.
- reopen on the assessment: the same, on the assessment page (grid, radar chart, gaps).

The frame of the window (menus, navigation, "Opening the database…") paints before the database
has opened in the background; its time is reported too, derived from what the probe prints.
Wall and CPU time (the process's, from the kernel's accounting of finished children) both count.

Rendering is offscreen (QT_QPA_PLATFORM=offscreen): this machine has no display.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result, Timing, demo_db_136, report, report_vs_floor

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / "dist" / "icc-desktop" / ("icc-desktop-cli.exe" if sys.platform == "win32" else "icc-desktop")
GOAL_S = 2.0
DATA_GOAL = 2.0


def _ensure_bundle() -> None:
    """Build (or bring up to date) the bundle; `make dist` does nothing when it is current."""
    print("(make dist: builds the bundle when a source changed, ~1.5 min)", flush=True)
    subprocess.run(["make", "--no-print-directory", "dist"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    if not EXE.is_file():
        raise RuntimeError(f"make dist did not produce {EXE}")


def _env(home: Path, probe: str) -> dict[str, str]:
    env = {
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "ICC_DESKTOP_HOME": str(home / "icc"),
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
        "ICC_DESKTOP_NO_KEYRING": "1", "ICC_DESKTOP_EXIT_AFTER_SHOWN": probe,
    }
    if sys.platform == "win32":
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP") if k in os.environ})
    return env


def _write_settings(home: Path, workshop_id: str, page: str) -> None:
    """The settings a previous session leaves: its workshop and page (QSettings' INI, user scope)."""
    ini = home / "config" / "ICC" / "icc-desktop.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(f"[meta]\nversion=1\n\n[session]\nlast_workshop={workshop_id}\nlast_page={page}\n"
                   "demo_offered=true\n", encoding="utf-8")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time_start(args: list[str], home: Path, probe: str, cpu: list[float] | None = None) -> tuple[float, str]:
    """Wall-clock seconds from spawning the executable to its exit (right after the window showed
    the database: the probe exits without closing anything), and what it printed; the process's
    CPU seconds are appended to `cpu`."""
    home.mkdir(parents=True, exist_ok=True)
    cpu_start = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run([str(EXE), *args], cwd=home, env=_env(home, probe), capture_output=True,
                            text=True, timeout=180)
    elapsed = time.perf_counter() - start
    if cpu is not None:
        cpu.append(_children_cpu() - cpu_start)
    if result.returncode != 0 or "shown after" not in result.stdout:
        raise RuntimeError(f"{args} (probe {probe}) exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return elapsed, result.stdout.strip()


def _closed_cleanly(db: Path, home: Path) -> None:
    """Open and close the file as the app does at the end of a session, for the user of `home`
    (the record of a clean close lives in that user's state folder): the start-up list shows
    only for a file closed cleanly."""
    home.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", "import sys; from icc_desktop.store.db import Database; "
                                          "Database.open(sys.argv[1]).close()", str(db)],
                   cwd=home, env={**_env(home, ""), "PYTHONPATH": str(ROOT)}, check=True, capture_output=True,
                   timeout=180)


def run(quick: bool = False) -> list[Result]:
    """Time each start-up case against the bare window, alternating them so load affects both."""
    repeats = 2 if quick else 5
    _ensure_bundle()
    source = demo_db_136()
    with sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True) as conn:
        (workshop_id,) = conn.execute(
            "SELECT id FROM workshop WHERE deleted_at IS NULL ORDER BY date DESC, id LIMIT 1").fetchone()
    work = Path(tempfile.mkdtemp(prefix="icc-bench-startup-"))
    try:
        db = work / "demo-136.sqlite"
        shutil.copyfile(source, db)
        cases = {
            "startup first start, welcome page": None,
            "startup reopen on the overview": "overview",
            "startup reopen on the assessment": "assessment",
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        cpus: dict[str, list[float]] = {name: [] for name in cases}
        frames: list[float] = []  # spawn → the window's frame painted (before the data is there)
        bare: list[float] = []
        bare_cpu: list[float] = []
        data: list[float] = []
        data_cpu: list[float] = []
        # Untimed warm-up: the first start of a fresh bundle pays for the OS file cache.
        _time_start([], work / "warm", "bare")
        for index in range(repeats):
            home = work / f"bare-{index}"
            bare.append(_time_start([], home, "bare", bare_cpu)[0])
            _closed_cleanly(db, work / "data")  # one user, as on a laptop: the app closed the file last time
            data.append(_time_start(["--db", str(db)], work / "data", "data", data_cpu)[0])
            for number, (name, page) in enumerate(cases.items()):
                home = work / f"case{number}-{index}"
                if page is not None:
                    _write_settings(home, workshop_id, page)
                elapsed, printed = _time_start(["--db", str(db)], home, "1", cpus[name])
                times[name].append(elapsed)
                found = re.search(r"frame shown after (\d+) ms; window shown after (\d+) ms", printed)
                if found:  # the frame came (data − frame) ms before the exit
                    frames.append(elapsed - (int(found.group(2)) - int(found.group(1))) / 1000)
        baseline = statistics.median(bare)
        floor = Timing(baseline, statistics.median(bare_cpu), repeats)
        results = [report("startup bare window (baseline)", baseline, None, repeats=repeats)]
        if frames:
            results.append(report("startup window frame painted (any case)", statistics.median(frames), baseline,
                                  repeats=len(frames), note="menus and navigation, database still opening"))
        results.append(report_vs_floor("startup window with the file's workshops painted",
                                       Timing(statistics.median(data), statistics.median(data_cpu), repeats), floor,
                                       DATA_GOAL, note="136-city demo DB closed cleanly; read without the ORM"))
        for name, measured in times.items():
            median = statistics.median(measured)
            verdict = "under" if median < GOAL_S else "OVER"
            results.append(report_vs_floor(name, Timing(median, statistics.median(cpus[name]), repeats), floor,
                                           note=f"136-city demo DB; goal < {GOAL_S:.0f} s: {verdict}; "
                                                f"max {max(measured) * 1000:.0f} ms"))
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
