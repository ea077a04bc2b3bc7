"""`icc-desktop screenshot`: render one page of the window offscreen and save it as a PNG.

Used for the README's screenshots and by tests; it shows exactly what a user would see, with
settings that live only in memory (the user's own settings are neither read nor changed).
"""

from __future__ import annotations

import os
from pathlib import Path

from icc_desktop.errors import IccError

WINDOW_SIZE = (1366, 768)


def take_screenshot(db_path: Path, page_id: str, output: Path, workshop: str | None = None,
                    theme: str = "light", language: str = "en") -> Path:
    """Render `page_id` of the window on `db_path` into `output` (PNG); return the path.

    Raises IccError (exit 2) for an unknown page, workshop, theme or an unwritable output.
    """
    from icc_desktop.ui import pages as page_registry

    # The presenter is a window of its own; the welcome page shows in place of a page.
    known = [*page_registry.page_ids(), "presenter", "welcome"]
    if page_id not in known:
        raise IccError(f"--page {page_id}: unknown page; choose one of {', '.join(known)}.")
    if theme not in ("light", "dark", "system"):
        raise IccError(f"--theme {theme}: choose light, dark or system.")
    if output.suffix.lower() != ".png":
        raise IccError(f"-o {output}: the screenshot is a PNG; name the file *.png.")
    if not output.parent.is_dir():
        raise IccError(f"-o {output}: the folder {output.parent} does not exist.")
    if not db_path.is_file():
        raise IccError(f"--db {db_path}: no database file there.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from icc_desktop.services.workshops import find_workshop, list_workshops
    from icc_desktop.store.db import Database
    from icc_desktop.ui.app import make_application
    from icc_desktop.ui.i18n import install_translations
    from icc_desktop.ui.main_window import MainWindow
    from icc_desktop.ui.settings import LANGUAGE, THEME, Settings
    from icc_desktop.ui.theme import apply_theme
    from icc_desktop.ui.workers import InlinePool, Workers

    db = Database.open(db_path)
    try:
        workshop_id: str | None = None
        if workshop:
            workshop_id = find_workshop(db, workshop).id
        else:
            workshops = list_workshops(db)
            workshop_id = workshops[0].id if workshops else None
    except BaseException:
        db.close()
        raise
    app = make_application()
    settings = Settings.in_memory()
    settings.set(LANGUAGE, language)
    settings.set(THEME, theme)
    install_translations(language)
    apply_theme(app, theme)
    window = MainWindow(settings, Workers(InlinePool()))
    try:
        window.resize(*WINDOW_SIZE)
        window.attach_database(db)
        assert window.context is not None
        window.context.set_workshop(workshop_id)
        if page_id == "presenter":
            return _presenter_screenshot(window, output)
        if page_id == "welcome":  # what the app shows when no workshop is open
            window.context.set_workshop(None)
            window.show_welcome()
        elif not window.navigation_enabled(page_id):
            raise IccError(f"--page {page_id}: shows one workshop, and the database has none.")
        else:
            window.show_page(page_id)
        window.show()
        for _ in range(3):  # layouts settle over a few passes (charts, word-wrapped labels)
            QApplication.processEvents()
        if not window.grab().save(str(output), "PNG"):
            raise IccError(f"-o {output}: could not write the file.")
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # free it now, not at exit
    return output


def _presenter_screenshot(window: object, output: Path) -> Path:
    """Render the presenter window (projector size, 1280×720) of the window's open workshop."""
    from PySide6.QtWidgets import QApplication

    from icc_desktop.ui.presenter import PresenterWindow

    presenter = PresenterWindow(window.context)  # type: ignore[attr-defined]
    try:
        presenter.resize(1280, 720)
        presenter.show()
        for _ in range(3):
            QApplication.processEvents()
        if not presenter.grab().save(str(output), "PNG"):
            raise IccError(f"-o {output}: could not write the file.")
    finally:
        presenter.close()
        presenter.deleteLater()
    return output
