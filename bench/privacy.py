"""The follow-up and privacy benchmark on the 136-city demo, each case against its floor in one run.

- Forgetting one participant: `privacy.forget` (the erasure, its copies in the merge base and
  conflicts, then VACUUM and a TRUNCATE checkpoint so no old value stays in the file); floor: the
  same file cleaning done with plain `sqlite3` on a copy of the same file (VACUUM + checkpoint).
  The erasure itself should cost little beside the rewrite. Goal ≤ 1.5×.
- The local cohort of the digital framework: `cohort.local_cohort` (every city's latest workshop
  and round, bands per dimension); floor: a plain `sqlite3` read of the same consensus answers.
  It runs on a worker when the Cohort tab is shown; the goal is an absolute one, < 0.5 s.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from bench.common import Result, demo_db_136, interleaved, print_load, report_vs_floor


def _copy(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("-wal", "-shm", ""):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def run(quick: bool = False) -> list[Result]:
    """Run both cases; print and return their results."""
    from sqlmodel import select

    from icc_desktop.models import Participant, Workshop
    from icc_desktop.services import cohort, privacy
    from icc_desktop.store.db import Database

    repeats = 3 if quick else 5
    folder = Path(tempfile.mkdtemp(prefix="icc-bench-privacy-"))
    # A file of its own: the shared cache may be another checkout's schema of the same revision.
    source = demo_db_136(folder / "demo-136.sqlite")
    results = []
    try:
        print_load("before forget")
        state: dict[str, Any] = {}

        def forget_setup() -> Any:
            path = _copy(source, folder, "ours.sqlite")
            db = Database.open(path, seed=False)
            with db.session() as session:
                state["id"] = session.exec(select(Participant.id).limit(1)).one()
            return db

        def forget(db: Any) -> None:
            privacy.forget(db, state["id"])
            db.close()

        def floor(path: Path) -> None:
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()

        timings = interleaved({"ours": (forget, forget_setup),
                               "floor": (floor, lambda: _copy(source, folder, "floor.sqlite"))}, repeats)
        results.append(report_vs_floor("forget one participant (136 cities)", timings["ours"], timings["floor"],
                                       goal=1.5))
        print_load("before cohort")
        db = Database.open(_copy(source, folder, "cohort.sqlite"), seed=False)
        with db.session() as session:
            framework = session.exec(select(Workshop.framework_id)).first()
        query = ("SELECT r.workshop_id, r.question_id, r.current_level, r.target_level FROM response r "
                 "JOIN workshop w ON w.id = r.workshop_id WHERE w.framework_id = ? "
                 "AND r.participant_id IS NULL AND r.deleted_at IS NULL")

        def read_floor() -> None:
            conn = sqlite3.connect(db.path)
            conn.execute(query, (framework,)).fetchall()
            conn.close()

        timings = interleaved({"ours": (lambda: cohort.local_cohort(db, framework), None),
                               "floor": (read_floor, None)}, repeats)
        db.close()
        results.append(report_vs_floor("local cohort (136 cities)", timings["ours"], timings["floor"],
                                       note=f"absolute goal < 0.5 s: {'met' if timings['ours'].wall < 0.5 else 'MISSED'}"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results
