"""File ▸ Export and import runs the Reports page's commands and follows the open workshop."""

from __future__ import annotations

from pathlib import Path

from icc_desktop.store.db import Database
from tests.factories import make_workshop
from tests.ui.shell_support import open_window


def test_export_actions_follow_the_open_workshop(qtbot, db: Database) -> None:
    """Without a workshop only 'every workshop' is offered; opening one enables the rest."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db)
    window.context.set_workshop(None)
    assert window.export_all_action.isEnabled()
    assert not any(action.isEnabled() for action in window.workshop_report_actions)
    window.context.set_workshop(workshop.id)
    assert all(action.isEnabled() for action in window.workshop_report_actions)


def test_file_menu_exports_the_workbook(qtbot, db: Database, tmp_path: Path, monkeypatch) -> None:
    """File ▸ Export and import ▸ Workshop workbook asks where and writes the .xlsx there."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id)
    window.pages["reports"].open_after.setChecked(False)  # type: ignore[attr-defined]
    target = tmp_path / "Jyväskylä.xlsx"
    monkeypatch.setattr("icc_desktop.ui.pages.reports.QFileDialog.getSaveFileName",
                        lambda *_args: (str(target), ""))
    assert window.export_workbook_action in window.export_menu.actions()
    window.export_workbook_action.trigger()
    qtbot.waitUntil(target.is_file, timeout=10_000)
    assert target.read_bytes()[:2] == b"PK"
    assert window.current_page().page_id == "reports"
