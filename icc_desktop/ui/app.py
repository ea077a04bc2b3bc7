"""Starting the desktop app: the QApplication, translations, theme, crash handling, the window.

The window shows first; the database opens in the background (it loads SQLAlchemy and may run
migrations), and on the very first start the demo workshop is added to the empty default
database so there is something to look at, with progress in the status bar.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from icc_desktop import APP_ID, APP_NAME, __version__
from icc_desktop.ui.settings import DEMO_OFFERED, LANGUAGE, THEME, ZOOM, Settings

if TYPE_CHECKING:
    from icc_desktop.store.db import Database
    from icc_desktop.ui.main_window import MainWindow
    from icc_desktop.ui.workers import Task


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's names set (reuses one that already exists)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    QCoreApplication.setOrganizationName("ICC")
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def set_window_icon(app: QApplication) -> None:
    """The app icon, when the icons are there (a missing icon changes looks, not function)."""
    from icc_desktop.resources import resource_path

    icon = QIcon()
    for size in (48, 256):
        path = resource_path("icons", f"icc-desktop-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


class FirstStartDemo:
    """The first start's extra step: the demo workshop in an empty default database.

    Only once per user (settings `session/demo_offered`), only for the default database, and
    only if it has no workshop yet: a user's own data is never touched. Called as the
    `prepare` step of `MainWindow.open_database`, on the worker thread, so it reads the setting
    beforehand and leaves writing it to `mark_done` on the GUI thread (QSettings objects are
    not shared across threads).
    """

    def __init__(self, settings: Settings, default_db: bool) -> None:
        self.settings = settings
        self.wanted = default_db and not settings.get(DEMO_OFFERED)

    def __call__(self, db: Database, task: Task) -> None:
        """Add the demo workshop if this is the first start on an empty default database."""
        if not self.wanted:
            return
        from icc_desktop.services.demo import generate_demo
        from icc_desktop.services.workshops import list_workshops

        if not list_workshops(db):
            task.progress(0, 0, QCoreApplication.translate("app", "Adding a demo workshop to explore…"))
            generate_demo(db, cities=1)

    def mark_done(self, *_args: object) -> None:
        """Remember that the first start is over (the database opened)."""
        if self.wanted:
            self.settings.set(DEMO_OFFERED, True)


def run_app(db_path: Path | None, settings: Settings | None = None) -> int:
    """Open the window on `db_path` (None: the default database) and run the event loop until the
    window closes."""
    started = time.perf_counter()
    from icc_desktop.ui import startup_probe
    from icc_desktop.ui.i18n import install_translations
    from icc_desktop.ui.main_window import MainWindow
    from icc_desktop.ui.theme import apply_theme

    app = make_application()
    probe = startup_probe.requested()  # bench/startup.py: quit once shown (see startup_probe)
    if probe == "bare":
        return startup_probe.run_bare_window(app, started)
    settings = settings or Settings.user()
    install_translations(settings.get(LANGUAGE))
    apply_theme(app, settings.get(THEME))
    if settings.get(ZOOM) != 1.0:
        from icc_desktop.ui.theme import apply_zoom

        apply_zoom(app, settings.get(ZOOM))
    set_window_icon(app)
    window: MainWindow = MainWindow(settings)
    window.welcome_when_no_workshop = True
    if probe and probe != "frame":
        startup_probe.exit_when_shown(app, window, started)
    window.show()
    if probe == "frame":
        startup_probe.exit_when_frame_shown(app, started)
        return app.exec()

    def finish_starting() -> None:
        # Queued behind the first paint: none of this is needed to show the window. Until it
        # runs, an error still reaches the command line's handler (message, or log file).
        from icc_desktop import config
        from icc_desktop.logs import setup_logging
        from icc_desktop.ui.dialogs.crash import install_excepthook

        install_excepthook(setup_logging())
        path = Path(db_path) if db_path is not None else config.default_db_path()
        demo = FirstStartDemo(settings, path.resolve() == config.default_db_path().resolve())
        window.sig_database_opened.connect(demo.mark_done)
        window.open_database(path, prepare=demo)

    QTimer.singleShot(0, finish_starting)
    return app.exec()
