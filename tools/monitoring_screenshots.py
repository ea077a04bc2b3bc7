"""Screenshots of the follow-up views: a demo workshop a year on (progress, KPI measurements, a T1
round, a frozen baseline), rendered with `icc-desktop screenshot` into docs/screenshots/.

Run: python tools/monitoring_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path
from typing import Any

from icc_desktop.models import Action, Kpi
from icc_desktop.services import crud, monitoring
from icc_desktop.services.demo import generate_demo
from icc_desktop.services.scoring import framework_questions
from icc_desktop.services.workshops import list_workshops
from icc_desktop.store.db import Database

ROOT = Path(__file__).resolve().parent.parent


def follow_up(db: Database, workshop_id: str) -> None:
    """A year of follow-up on a demo workshop: baseline, progress on three actions, two KPIs
    measured twice, a T1 round one level up on most questions."""
    with db.session() as session:
        from icc_desktop.models import Response, Workshop

        row = crud.get(session, Workshop, workshop_id)
        actions = sorted(crud.live(session, Action, workshop_id=workshop_id), key=lambda a: a.position)
        kpis = crud.live(session, Kpi, workshop_id=workshop_id)
        pairs = framework_questions(session, row.framework_id)
        t0 = {r.question_id: r for r in crud.live(session, Response, workshop_id=workshop_id, participant_id=None)}
    start = row.date
    crud.update(db, Workshop, workshop_id, retention_months=60)
    monitoring.freeze_baseline(db, workshop_id, start + dt.timedelta(days=30))
    steps = [("in_progress", 40, "Tender published"), ("done", 100, "Service live"), ("in_progress", 15, "Team hired")]
    for action, (status, percent, text) in zip(actions, steps, strict=False):
        monitoring.add_progress_note(db, action.id, start + dt.timedelta(days=200), text, status=status,
                                     percent_complete=percent)
    if actions and actions[0].end_month:
        month = actions[0].end_month
        later = month.year * 12 + month.month - 1 + 3  # three months late
        crud.update(db, Action, actions[0].id, end_month=dt.date(later // 12, later % 12 + 1, 1))
    for kpi in kpis[:2]:
        base = kpi.baseline if kpi.baseline is not None else 10.0
        goal = kpi.target if kpi.target is not None else base * 2
        for days, share in ((180, 0.3), (360, 0.6)):
            monitoring.add_measurement(db, kpi.id, start + dt.timedelta(days=days), round(base + (goal - base) * share, 1))
    t1 = monitoring.add_round(db, workshop_id, start + dt.timedelta(days=365))
    for _dimension, question in pairs:
        answer = t0.get(question.id)
        if answer is not None and answer.current_level is not None:
            monitoring.set_round_answer(db, t1.id, question.id, current_level=min(5, answer.current_level + 1))


def render(path: Path, workshop_id: str, out: Path, theme: str, language: str = "en") -> list[Path]:
    """Each tab of the follow-up page, and the roadmap's timeline, as PNG files."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from icc_desktop.ui.app import make_application
    from icc_desktop.ui.i18n import install_translations
    from icc_desktop.ui.main_window import MainWindow
    from icc_desktop.ui.screenshot import WINDOW_SIZE
    from icc_desktop.ui.settings import LANGUAGE, THEME, Settings
    from icc_desktop.ui.theme import apply_theme
    from icc_desktop.ui.workers import InlinePool, Workers

    app = make_application()
    settings = Settings.in_memory()
    settings.set(LANGUAGE, language)
    settings.set(THEME, theme)
    install_translations(language)
    apply_theme(app, theme)
    window = MainWindow(settings, Workers(InlinePool()))
    window.resize(*WINDOW_SIZE)
    db = Database.open(path)
    window.attach_database(db)
    assert window.context is not None
    window.context.set_workshop(workshop_id)
    window.show_page("monitoring")
    window.show()
    page: Any = window.pages["monitoring"]
    suffix = "" if language == "en" else f"-{language}"
    written = []
    for index, name in enumerate(("progress", "kpis", "rounds")):
        page.tabs.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        target = out / f"monitoring-{name}-{theme}{suffix}.png"
        window.grab().save(str(target), "PNG")
        written.append(target)
    if not suffix:
        assessment: Any = window.show_page("assessment")
        assessment.lower_tabs.setCurrentIndex(1)
        for _ in range(3):
            QApplication.processEvents()
        target = out / f"assessment-cohort-{theme}.png"
        window.grab().save(str(target), "PNG")
        written.append(target)
        participants: Any = window.show_page("participants")
        participants.table.selectRow(0)
        for _ in range(3):
            QApplication.processEvents()
        target = out / f"participants-privacy-{theme}.png"
        window.grab().save(str(target), "PNG")
        written.append(target)
    window.close()
    db.close()
    return written


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "follow-up.sqlite"
        with Database.open(path) as db:
            generate_demo(db, cities=9)  # enough cities on one framework for a cohort on the assessment page
            workshop_id = next(w.id for w in list_workshops(db) if w.city == "Aarhus")
            follow_up(db, workshop_id)
        for theme in ("light", "dark"):
            for target in render(path, workshop_id, out, theme):
                print(target)
        for language in ("fr", "de"):
            print(*render(path, workshop_id, out, "light", language)[:1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
