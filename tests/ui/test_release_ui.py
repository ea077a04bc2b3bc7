"""The welcome page (first start, no workshop open) and the About dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from sqlmodel import select

from icc_desktop import __version__
from icc_desktop.store.db import Database
from icc_desktop.ui.dialogs.about import COMPONENTS, AboutDialog, component_version
from icc_desktop.ui.main_window import MainWindow
from icc_desktop.ui.pages.welcome import WelcomePage
from tests.ui.shell_support import first_workshop_id, open_window


@pytest.fixture(autouse=True)
def _welcome_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows here behave as run_app's: the welcome page shows when no workshop is open."""
    monkeypatch.setattr(MainWindow, "welcome_when_no_workshop", True)


def test_welcome_shown_when_no_workshop_is_open(qtbot, demo_db: Database) -> None:
    """A database opened with no workshop open shows the welcome page, with no step selected."""
    window = open_window(qtbot, demo_db)
    assert isinstance(window.welcome, WelcomePage)
    assert window.stack.currentWidget() is window.welcome
    assert window.navigation.currentRow() == -1
    assert "Workshops in this database: 3." in window.welcome.database_label.text()
    assert str(demo_db.path) in window.welcome.database_label.text()
    window.activateWindow()  # the focus goes to the welcome page, not to the navigation
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    assert window.stack.currentWidget() is window.welcome


def test_welcome_not_shown_over_an_open_workshop(qtbot, demo_db: Database) -> None:
    """With the last workshop reopened, the window goes to its page, and Help ▸ Welcome brings the page back."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), page="participants")
    assert window.stack.currentWidget() is window.pages["participants"]
    window.welcome_action.trigger()
    assert window.stack.currentWidget() is window.welcome
    window.navigation.setCurrentRow(0)
    assert window.current_page() is window.pages["overview"]


def test_welcome_buttons_reach_the_window(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """"New workshop" and "Open a database" call the window's own File-menu actions."""
    calls: list[str] = []
    monkeypatch.setattr(MainWindow, "new_workshop", lambda self: calls.append("new"))
    monkeypatch.setattr(MainWindow, "choose_database", lambda self: calls.append("open"))
    window = open_window(qtbot, demo_db)
    assert window.welcome is not None
    window.welcome.new_button.click()
    window.welcome.open_button.click()
    assert calls == ["new", "open"]


def test_demo_button_opens_a_practice_database(qtbot, db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """"Open the demo workshop" fills a separate demo database once and opens its workshop; the user's file is untouched."""
    monkeypatch.setenv("ICC_DESKTOP_HOME", str(tmp_path / "home"))
    user_db = db.path
    window = open_window(qtbot, db)
    assert window.welcome is not None
    window.welcome.demo_button.click()
    assert window.context is not None
    demo_path = tmp_path / "home" / "data" / "demo.sqlite"
    try:
        assert Path(window.context.db.path).resolve() == demo_path.resolve()
        assert window.context.workshop_id == first_workshop_id(window.context.db)
        assert window.current_page() is window.pages["city"]
        window.welcome_action.trigger()
        window.welcome.demo_button.click()  # again: the same workshop, no second demo
        from icc_desktop.services.workshops import list_workshops

        assert len(list_workshops(window.context.db)) == 1
    finally:
        window.context.db.close()
    reopened = Database.open(user_db)
    try:
        from icc_desktop.services.workshops import list_workshops

        assert list_workshops(reopened) == []
    finally:
        reopened.close()


def test_demo_is_written_in_the_window_language(qtbot, db: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """With the window in French, the demo workshop's needs, objectives and actions are written in French."""
    from icc_desktop.models import Objective, Workshop
    from icc_desktop.services.demo import _content
    from icc_desktop.ui.settings import LANGUAGE

    monkeypatch.setenv("ICC_DESKTOP_HOME", str(tmp_path / "home"))
    window = open_window(qtbot, db)
    window.settings.set(LANGUAGE, "fr")
    assert window.welcome is not None
    window.welcome.demo_button.click()
    assert window.context is not None
    try:
        with window.context.db.session() as session:
            workshop = session.exec(select(Workshop)).one()
            objectives = [o.title for o in session.exec(select(Objective)).all()]
        french = _content("fr")
        assert workshop.title in french["workshop_titles"] and workshop.venue.startswith("Hôtel de ville")
        assert objectives and set(objectives) <= {o for titles in french["objectives"].values() for o in titles}
    finally:
        window.context.db.close()


def test_about_dialog_from_the_help_menu(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Help ▸ About shows the version, the database and log paths, and the licences of Qt and the font."""
    shown: list[AboutDialog] = []

    def fake_exec(self: AboutDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", fake_exec)
    window = open_window(qtbot, demo_db)
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert any(__version__ in label.text() for label in dialog.findChildren(QLabel))
    assert str(demo_db.path) in dialog.paths.text()
    assert "logs" in dialog.paths.text()
    licences = dialog.licences.toPlainText()
    for expected in ("PySide6", "LGPL-3.0", "DejaVu", "ReportLab", "openpyxl", "SQLModel"):
        assert expected in licences
    dialog.font_button.click()
    text = dialog.font_dialog.findChild(QPlainTextEdit)
    assert text is not None and "Bitstream Vera" in text.toPlainText()
    dialog.font_dialog.close()


def test_component_versions_are_found() -> None:
    """Every Python library the desktop app imports reports its installed version in About."""
    desktop = [c for c in COMPONENTS if c.module]
    assert desktop
    for component in desktop:
        assert component_version(component), component.name


def test_run_app_starts_and_quits_when_shown(demo_db: Database, tmp_path: Path) -> None:
    """The real start-up path (logging, crash hook, window, background open) shows the database and quits on request."""
    import os
    import subprocess
    import sys

    demo_db.close()
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "ICC_DESKTOP_HOME": str(tmp_path / "icc"), "QT_QPA_PLATFORM": "offscreen",
           "ICC_DESKTOP_EXIT_AFTER_SHOWN": "1"}
    result = subprocess.run([sys.executable, "-m", "icc_desktop", "--db", str(demo_db.path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "window shown after" in result.stdout
    assert (tmp_path / "icc" / "logs" / "icc-desktop.log").is_file()
    bare = subprocess.run([sys.executable, "-m", "icc_desktop"], env={**env, "ICC_DESKTOP_EXIT_AFTER_SHOWN": "bare"},
                          capture_output=True, text=True, timeout=120)
    assert bare.returncode == 0 and "bare window shown after" in bare.stdout, bare.stderr
    assert not (tmp_path / "icc" / "data" / "workshops.sqlite").exists(), "the bare window opened no database"
