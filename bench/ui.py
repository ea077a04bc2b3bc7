"""The desktop window, from the source tree, on the 136-city demo database.

- window shown: `python -m icc_desktop --db DEMO` as a process until the window's frame has
  painted (it shows before the database opens: see docs/architecture.md, Desktop shell), and
  until it shows the database (pages built, the overview filled); baseline: a `python -c`
  process showing a bare PySide6 QMainWindow of the same size. Goals: frame ≤ 1.5×, the window
  with the database's data ≤ 2× the bare window (wall and CPU, five interleaved rounds).
- page switching: on the largest workshop of the demo, switching to each page with its data
  reloaded and painted (goal < 200 ms each); baseline: switching a QStackedWidget to a plain
  QTableWidget page of 40 × 6 filled cells, painted. A page is built on its first visit (the
  window builds only the page it shows): the slowest single switch includes that build.
- filtering a 50,000-row list: our SearchProxyModel behind a shown QTableView, one search word
  (goal < 100 ms); baseline: QSortFilterProxyModel.setFilterFixedString over a QStringListModel
  of the same texts (Qt's own C++ model and filter).
- peak resident memory of a process that opened the demo and visited every page of the largest
  workshop (goal < 300 MB); baseline: the bare-window process.

Everything Qt runs in child processes (`python -m bench.ui --child ...`), offscreen, so the
measurements do not share a QApplication with other benchmarks. The children read compiled
bytecode, as an installed app does (`bench.common.bytecode_env`), filled by untimed warm-up runs
of both sides.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result, bytecode_env, demo_db_136, interleaved, report, report_vs_floor

ROOT = Path(__file__).resolve().parent.parent
FRAME_GOAL = 1.5
SHOWN_GOAL = 2.0
PAGE_GOAL_S = 0.200
FILTER_GOAL_S = 0.100
RSS_GOAL_MB = 300
FILTER_ROWS = 50_000

_BARE_WINDOW = (
    "import os, sys\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    # The process's own peak (VmHWM), not the ru_maxrss a child inherits from its parent at fork.
    "def peak_rss_mb():\n"
    "    with open('/proc/self/status') as status:\n"
    "        return next(int(l.split()[1]) / 1024 for l in status if l.startswith('VmHWM:'))\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.resize(1280, 800); w.show()\n"
    "def done():\n"
    "    print('rss', peak_rss_mb(), flush=True)\n"
    "    os._exit(0)\n"  # as our side (startup_probe): tearing down is not part of starting
    # Done once the window has painted, as our side (icc_desktop.ui.startup_probe.on_next_paint):
    # a zero timer alone ran before the paint, which Qt queues at low priority.
    "class NextPaint(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint:\n"
    "            app.removeEventFilter(self)\n"
    "            QTimer.singleShot(0, done)\n"
    "        return False\n"
    "watch = NextPaint(); app.installEventFilter(watch)\n"
    "app.exec()\n"
)


def _env(home: Path, probe: str = "", pycache: Path | None = None) -> dict[str, str]:
    env = bytecode_env(pycache) if pycache is not None else dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "ICC_DESKTOP_HOME": str(home), "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / "config"), "ICC_DESKTOP_NO_KEYRING": "1",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))})
    if probe:
        env["ICC_DESKTOP_EXIT_AFTER_SHOWN"] = probe
    else:
        env.pop("ICC_DESKTOP_EXIT_AFTER_SHOWN", None)
    return env


def _timed_process(args: list[str], home: Path, probe: str = "", pycache: Path | None = None) -> tuple[float, str]:
    home.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    result = subprocess.run(args, cwd=home, env=_env(home, probe, pycache), capture_output=True, text=True,
                            timeout=300)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{args[:4]} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return elapsed, result.stdout


# --- children (run in their own process) ---------------------------------------------------------


def _child_pages(db_path: str, repeats: int) -> dict[str, object]:
    """Open the demo in the window, switch to every page of the largest workshop; timings and RSS."""
    from PySide6.QtWidgets import (
        QStackedWidget,
        QTableWidget,
        QTableWidgetItem,
        QWidget,
    )

    from bench.common import peak_rss_mb
    from icc_desktop.services.cities import largest_workshop_id
    from icc_desktop.store.db import Database
    from icc_desktop.ui.app import make_application
    from icc_desktop.ui.main_window import MainWindow
    from icc_desktop.ui.settings import Settings
    from icc_desktop.ui.theme import apply_theme
    from icc_desktop.ui.workers import InlinePool, Workers

    app = make_application()
    apply_theme(app, "light")
    db = Database.open(db_path)
    workshop_id = largest_workshop_id(db)
    window = MainWindow(Settings.in_memory(), Workers(InlinePool()))
    window.resize(1280, 800)
    window.attach_database(db)
    assert window.context is not None
    window.context.set_workshop(workshop_id)
    window.show()
    app.processEvents()
    times: dict[str, list[float]] = {page_id: [] for page_id in window.pages}
    for _ in range(repeats):
        for page_id, page in window.pages.items():
            window.show_page("overview" if page_id != "overview" else "reports")
            app.processEvents()
            page._mark_stale()  # hidden: it reloads its data when shown, as after any edit elsewhere
            start = time.perf_counter()
            window.show_page(page_id)
            app.processEvents()
            times[page_id].append(time.perf_counter() - start)

    # Baseline: a plain table page with a comparable amount of visible text.
    stack = QStackedWidget()
    stack.resize(1060, 760)
    empty, table = QWidget(), QTableWidget(40, 6)
    for row in range(40):
        for column in range(6):
            table.setItem(row, column, QTableWidgetItem(f"Participant {row} text {column}"))
    stack.addWidget(empty)
    stack.addWidget(table)
    stack.show()
    app.processEvents()
    plain: list[float] = []
    for _ in range(repeats * 3):
        stack.setCurrentWidget(empty)
        app.processEvents()
        start = time.perf_counter()
        stack.setCurrentWidget(table)
        app.processEvents()
        plain.append(time.perf_counter() - start)
    participants = window.pages["participants"].model.rowCount()  # type: ignore[attr-defined]
    return {"pages": {k: statistics.median(v) for k, v in times.items()}, "worst": {k: max(v) for k, v in times.items()},
            "plain": statistics.median(plain), "rss": peak_rss_mb(), "participants": participants}


def _child_filter(repeats: int) -> dict[str, object]:
    """Filter a 50,000-row list with our proxy and with QSortFilterProxyModel; median seconds."""
    from dataclasses import dataclass

    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtWidgets import QTableView

    from icc_desktop.ui.app import make_application
    from icc_desktop.ui.models.participants import ParticipantsTableModel
    from icc_desktop.ui.models.search import SearchProxyModel

    app = make_application()

    @dataclass
    class Row:
        id: str
        name: str
        organisation: str
        role: str
        stakeholder_group: str
        email: str | None
        consent: bool

    groups = ["public_authority", "business", "academia", "civil_society", "social_innovators"]
    words = ["Digital", "Energy", "Mobility", "Urban", "Data", "Green", "Port", "Health", "Library", "Tourism"]
    rows = [Row(str(i), f"Person {i:05d} {words[i % 10]}son", f"{words[(i * 7) % 10]} Agency {i % 997}",
                f"{words[(i * 3) % 10]} officer", groups[i % 5], f"p{i}@city{i % 50}.example", i % 3 == 0)
            for i in range(FILTER_ROWS)]
    model = ParticipantsTableModel()
    model.set_rows(rows)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    searches = ["energy", "agency 42", "p4", "zzz", ""]

    def ours_once() -> float:
        total = []
        for text in searches:
            start = time.perf_counter()
            proxy.set_search(text)
            app.processEvents()
            total.append(time.perf_counter() - start)
        return max(total[:-1])  # the slowest real search (the last one clears it)

    # The first search builds the rows' search texts (kept until the rows change): timed apart.
    start = time.perf_counter()
    proxy.set_search("energy")
    app.processEvents()
    first = time.perf_counter() - start
    proxy.set_search("")
    app.processEvents()

    # A C++ model with each row's texts in one cell (QStandardItemModel.setItem/appendRow crash
    # PySide6 6.12 after some ten thousand calls: a None reference leak).
    plain_model = QStringListModel(["\t".join((row.name, row.organisation, row.role, row.stakeholder_group,
                                               row.email or "")) for row in rows])
    plain_proxy = QSortFilterProxyModel()
    plain_proxy.setSourceModel(plain_model)
    plain_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    plain_view = QTableView()
    plain_view.setModel(plain_proxy)
    plain_view.resize(1000, 700)
    plain_view.show()
    app.processEvents()

    def plain_once() -> float:
        total = []
        for text in searches:
            start = time.perf_counter()
            plain_proxy.setFilterFixedString(text)
            app.processEvents()
            total.append(time.perf_counter() - start)
        return max(total[:-1])

    ours = statistics.median(ours_once() for _ in range(repeats))
    plain = statistics.median(plain_once() for _ in range(repeats))
    proxy.set_search("energy")
    return {"ours": ours, "plain": plain, "first": first, "matches": proxy.rowCount()}


def _child(args: list[str]) -> None:
    kind = args[0]
    result = _child_pages(args[1], int(args[2])) if kind == "pages" else _child_filter(int(args[1]))
    print("RESULT " + json.dumps(result), flush=True)


def _child_result(output: str) -> dict[str, object]:
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])  # type: ignore[no-any-return]


# --- the benchmark -------------------------------------------------------------------------------


def run(quick: bool = False) -> list[Result]:
    """Measure the window against bare PySide6 and print one line per figure."""
    repeats = 2 if quick else 5  # five interleaved rounds
    source = demo_db_136()
    work = Path(tempfile.mkdtemp(prefix="icc-bench-ui-"))
    results: list[Result] = []
    try:
        db = work / "demo-136.sqlite"
        shutil.copyfile(source, db)
        python = sys.executable
        pycache = work / "pycache"  # both sides read bytecode, as installed (see the docstring)
        runs = iter(range(10**6))
        bare_rss: list[float] = []
        home = work / "home"  # one user's home for every run of the app, as on a real laptop

        def bare() -> None:
            out = _timed_process([python, "-c", _BARE_WINDOW], work / f"bare{next(runs)}", pycache=pycache)[1]
            bare_rss.append(float(out.split()[-1]))

        def ours(probe: str) -> None:
            _timed_process([python, "-m", "icc_desktop", "--db", str(db)], home, probe, pycache)

        def closed_by_the_app() -> None:  # untimed: the user closed the app normally last time
            _timed_process([python, "-c", "import sys; from icc_desktop.store.db import Database; "
                                          "Database.open(sys.argv[1]).close()", str(db)], home, pycache=pycache)

        # Untimed warm-up: the file cache, and the bytecode of everything either side imports.
        _timed_process([python, "-c", _BARE_WINDOW], work / "warm", pycache=pycache)
        closed_by_the_app()
        ours("1")
        # Window shown: the cases interleaved so machine load affects all of them alike.

        timings = interleaved({"bare": (bare, None), "frame": (lambda _: ours("frame"), closed_by_the_app),
                               "data": (lambda _: ours("data"), closed_by_the_app),
                               "shown": (lambda _: ours("1"), closed_by_the_app)}, repeats)
        results.append(report_vs_floor("ui window shown (frame)", timings["frame"], timings["bare"], FRAME_GOAL,
                                       note="process until the first paint; floor: a bare PySide6 window process"))
        results.append(report_vs_floor("ui window showing the overview with the 136-city data", timings["data"],
                                       timings["bare"], SHOWN_GOAL,
                                       note="process until the workshops of the database are painted (the start-up "
                                            "list, read without the ORM, or the overview if it is built first)"))
        results.append(report_vs_floor("ui window ready on the 136-city database", timings["shown"], timings["bare"],
                                       note="process until the pages are built and the overview filled and painted"))

        _, out = _timed_process([python, "-m", "bench.ui", "--child", "pages", str(db), str(repeats)],
                                work / "pages", pycache=pycache)
        pages = _child_result(out)
        plain = float(pages["plain"])  # type: ignore[arg-type]
        worst_page = max(pages["worst"].values())  # type: ignore[union-attr]
        for page_id, seconds in pages["pages"].items():  # type: ignore[union-attr]
            results.append(report(f"ui switch to {page_id}", seconds, plain, repeats=repeats,
                                  note=f"largest workshop ({pages['participants']} participants), reload + paint; "
                                       f"goal < {PAGE_GOAL_S * 1000:.0f} ms: "
                                       f"{'met' if seconds < PAGE_GOAL_S else 'MISSED'}"))
        print(f"ui slowest single page switch: {worst_page * 1000:.0f} ms (a first visit builds the page)",
              flush=True)

        _, out = _timed_process([python, "-m", "bench.ui", "--child", "filter", str(repeats)], work / "filter",
                                pycache=pycache)
        filtering = _child_result(out)
        ours_filter = float(filtering["ours"])  # type: ignore[arg-type]
        results.append(report(f"ui filter {FILTER_ROWS:,} rows", ours_filter, float(filtering["plain"]),  # type: ignore[arg-type]
                              repeats=repeats, note=f"slowest of 4 searches, view updated; goal < "
                                                    f"{FILTER_GOAL_S * 1000:.0f} ms: "
                                                    f"{'met' if ours_filter < FILTER_GOAL_S else 'MISSED'}"))
        results.append(report(f"ui filter {FILTER_ROWS:,} rows, first search", float(filtering["first"]),  # type: ignore[arg-type]
                              float(filtering["plain"]), note="builds the search texts once per load"))  # type: ignore[arg-type]

        rss = float(pages["rss"])  # type: ignore[arg-type]
        bare_mb = statistics.median(bare_rss)
        verdict = "met" if rss < RSS_GOAL_MB else "MISSED"
        print(f"ui peak RSS: ours {rss:.0f} MB, baseline {bare_mb:.0f} MB (bare window), ratio {rss / bare_mb:.2f}×"
              f"  [every page of the largest workshop visited; goal < {RSS_GOAL_MB} MB: {verdict}]", flush=True)
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(sys.argv[2:])
    else:
        run(quick="--quick" in sys.argv)
