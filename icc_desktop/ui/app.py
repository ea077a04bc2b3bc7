"""Starting the desktop app: the QApplication, translations, theme, crash handling, the window.

The window shows first; the database opens in the background (it loads SQLAlchemy and may run
migrations), with progress in the status bar: the file of the last workshop, which reopens
with it, or on the very first start the user's own database, empty (the welcome page offers
the demo, in a practice database of its own).
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
from icc_desktop.ui.settings import LANGUAGE, THEME, ZOOM, Settings

if TYPE_CHECKING:
    from icc_desktop.ui.main_window import MainWindow


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


def _preview_workshops(window: MainWindow, path: Path) -> None:
    """Show the file's workshops at once, read with plain sqlite3 (no ORM: a few milliseconds), when
    the app closed the file cleanly itself; the pages replace the list once the database is open.
    A file that needs its full check, a migration or creating shows "Opening…" until then."""
    from icc_desktop.errors import IccError
    from icc_desktop.services.listing import read_workshop_list
    from icc_desktop.store.fileinfo import closed_cleanly

    try:
        workshops = read_workshop_list(path) if path.is_file() and closed_cleanly(path) else None
    except IccError:
        return  # the open reports it, with its message
    if workshops:
        window.show_workshop_preview(workshops)


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
    if probe == "data":
        startup_probe.exit_when_data_shown(app, window, started)
    elif probe and probe != "frame":
        startup_probe.exit_when_shown(app, window, started)
    window.show()
    if probe == "frame":
        startup_probe.exit_when_frame_shown(app, started)
        return app.exec()

    def finish_starting() -> None:
        # Queued behind the first paint: none of this is needed to show the window. Until it
        # runs, an error still reaches the command line's handler (message, or log file).
        from icc_desktop import config

        # Painted now: Qt queues paints behind other work, and this turn of the event loop came
        # before the frame's first paint.
        window.repaint()
        # The database of the last workshop (the user's own, another file, or the practice
        # database) reopens with it; a first start opens the user's own, empty database. Its
        # workshops show next (plain sqlite3), painted before the rest starts.
        path = Path(db_path) if db_path is not None else window.databases.start_path(config.default_db_path())
        _preview_workshops(window, path)
        if window.preview is not None:
            window.stack.repaint()
        QTimer.singleShot(0, lambda: open_in_background(path))

    def open_in_background(path: Path) -> None:
        # The worker that opens the file imports SQLAlchemy and the overview's page. Started any
        # earlier, its imports held the GIL the GUI thread needed to paint the frame and the
        # workshops, and both showed later (measured: bench/ui.py).
        from icc_desktop.logs import setup_logging
        from icc_desktop.ui.dialogs.crash import install_excepthook

        install_excepthook(setup_logging())
        window.open_database(path)

    QTimer.singleShot(0, finish_starting)
    return app.exec()
