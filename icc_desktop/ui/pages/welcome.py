"""The welcome page: what the method is, in three lines, and the three ways to begin.

Shown when a database opens with no workshop open (the first start among them) and from
Help ▸ Welcome. It is not a step of the method, so it is not in the navigation: the main window
shows it in place of a page and listens to its signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from icc_desktop.ui.context import AppContext
from icc_desktop.ui.database_controller import demo_database_path
from icc_desktop.ui.forms import set_role
from icc_desktop.ui.i18n import resolve_language
from icc_desktop.ui.pages.base import Page
from icc_desktop.ui.settings import LANGUAGE

if TYPE_CHECKING:
    from icc_desktop.store.db import Database
    from icc_desktop.ui.main_window import MainWindow
    from icc_desktop.ui.workers import Task


def prepare_demo(db: Database, task: Task, language: str = "en") -> None:
    """Fill the demo database with one demo workshop the first time, its texts in `language` (runs in the
    background)."""
    from PySide6.QtCore import QCoreApplication

    from icc_desktop.services.demo import generate_demo
    from icc_desktop.services.workshops import list_workshops

    if not list_workshops(db):
        task.progress(0, 0, QCoreApplication.translate("WelcomePage", "Preparing the demo workshop…"))
        generate_demo(db, cities=1, language=language)


class WelcomeHeading(QWidget):
    """The logo, the welcome and what the app is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(self._logo())
        logo.setAccessibleName(self.tr("ICC Workshop logo"))
        title = QLabel(self.tr("Welcome to ICC Workshop"))
        set_role(title, "pageTitle")
        intro = QLabel(self.tr(
            "Run an Intelligent Cities Challenge needs-assessment workshop on this laptop, with or "
            "without a network. Everything you type is saved at once."))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        head = QHBoxLayout(self)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(logo)
        head_text = QVBoxLayout()
        head_text.addWidget(title)
        head_text.addWidget(intro)
        head_text.addStretch(1)
        head.addLayout(head_text, 1)

    @staticmethod
    def _logo() -> QPixmap:
        from icc_desktop.resources import resource_path

        path = resource_path("icons", "icc-desktop-128.png")
        pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
        return pixmap.scaledToHeight(96, Qt.TransformationMode.SmoothTransformation) if not pixmap.isNull() else pixmap


class MethodSteps(QWidget):
    """The method in three numbered steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        steps = QGridLayout(self)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.setHorizontalSpacing(14)
        steps.setVerticalSpacing(10)
        method = [
            (self.tr("Prepare"), self.tr("Describe the city, its team and the participants of the workshop.")),
            (self.tr("Assess and prioritise"), self.tr(
                "Rate the city's maturity with the stakeholders, find the biggest gaps, and vote on the needs.")),
            (self.tr("Plan and share"), self.tr(
                "Agree a vision, build a roadmap of actions with KPIs, and export it to PDF and Excel.")),
        ]
        for row, (name, text) in enumerate(method):
            number = QLabel(str(row + 1))
            # A filled circle in the palette's highlight colour, in both themes.
            number.setStyleSheet("border-radius: 15px; background: palette(highlight); "
                                 "color: palette(highlighted-text); font-weight: bold;")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setFixedSize(30, 30)
            label = QLabel(f"<b>{name}</b> — {text}")
            label.setWordWrap(True)
            steps.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(label, row, 1)
        steps.setColumnStretch(1, 1)


class StartButtons(QWidget):
    """The three ways to start: the demo workshop, a new workshop, another database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo_button = QPushButton(self.tr("Open the &demo workshop"))
        self.demo_button.setToolTip(self.tr(
            "A complete workshop of a real ICC city with invented participants, in a practice "
            "database of its own: try everything without touching your workshops."))
        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.new_button.setToolTip(self.tr("Create a workshop for a city in the database shown below"))
        self.open_button = QPushButton(self.tr("&Open a database…"))
        self.open_button.setToolTip(self.tr("Open a database file, for example one a colleague gave you"))
        self.new_button.setDefault(True)
        buttons = QHBoxLayout(self)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.demo_button, self.new_button, self.open_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)


class WelcomePage(Page):
    """The method in three lines and three buttons: demo workshop, new workshop, open a database."""

    page_id = "welcome"
    tables = frozenset({"workshop"})
    needs_workshop = False

    sig_open_demo = Signal()
    """The user asked for the demo workshop."""
    sig_new_workshop = Signal()
    """The user asked to create a workshop."""
    sig_open_database = Signal()
    """The user asked to open another database file."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("welcomePage")
        self.start_buttons = StartButtons()
        self.demo_button, self.new_button = self.start_buttons.demo_button, self.start_buttons.new_button
        self.open_button = self.start_buttons.open_button
        self.demo_button.clicked.connect(self.sig_open_demo.emit)
        self.new_button.clicked.connect(self.sig_new_workshop.emit)
        self.open_button.clicked.connect(self.sig_open_database.emit)
        self.database_label = QLabel()
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.database_label, "hint")
        column = QWidget()
        column.setMaximumWidth(720)
        layout = QVBoxLayout(column)
        layout.setSpacing(14)
        layout.addWidget(WelcomeHeading())
        layout.addSpacing(8)
        layout.addWidget(MethodSteps())
        layout.addSpacing(8)
        layout.addWidget(self.start_buttons)
        layout.addWidget(self.database_label)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column, 4)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

    def title(self) -> str:
        """The page's name (window title and Help menu)."""
        return self.tr("Welcome")

    def reload(self) -> None:
        """Say which database is open and how many workshops it holds."""
        from icc_desktop.services.workshops import list_workshops

        count = len(list_workshops(self.context.db))
        where = str(self.context.db.path)
        if count:
            text = self.tr("Workshops in this database: %n. Open one in Overview. File: {path}", "", count)
        else:
            text = self.tr("This database has no workshop yet. File: {path}")
        self.database_label.setText(text.format(path=where))


# --- How the main window uses the page (it calls these; they use only its public methods) -------


def install_welcome(window: MainWindow) -> WelcomePage:
    """Put a (new) welcome page in the window's page stack and connect its buttons to the window."""
    assert window.context is not None
    old = getattr(window, "welcome", None)
    if old is not None:  # rebuilt, e.g. for another language
        window.stack.removeWidget(old)
        old.deleteLater()
    page = WelcomePage(window.context)
    window.stack.addWidget(page)
    page.sig_new_workshop.connect(window.new_workshop)
    page.sig_open_database.connect(window.choose_database)
    page.sig_open_demo.connect(lambda: open_demo_workshop(window))
    return page


def show_welcome(window: MainWindow, page: WelcomePage) -> None:
    """Show the welcome page in place of a step of the method (no step is selected)."""
    window.navigation.setCurrentRow(-1)
    window.stack.setCurrentWidget(page)
    # Keep the focus out of the navigation: a list view that gets the focus with no current row
    # makes its first row current, which would switch straight to the overview.
    page.new_button.setFocus()
    page.refresh()


def open_demo_workshop(window: MainWindow) -> None:
    """Open the demo database (made and filled on first use, in the background) and its workshop."""
    path = demo_database_path().resolve()

    def open_first_workshop(db: Database) -> None:
        from icc_desktop.services.workshops import list_workshops

        workshops = list_workshops(db)
        if workshops:
            window.open_workshop(workshops[0].id)

    if window.context is not None and Path(window.context.db.path).resolve() == path:
        open_first_workshop(window.context.db)
        return

    def opened(db: Database) -> None:
        if Path(db.path).resolve() == path:
            window.sig_database_opened.disconnect(opened)
            open_first_workshop(db)

    window.sig_database_opened.connect(opened)
    # the demo workshop is written in the window's language (once: the file keeps what it was made with)
    language = resolve_language(window.settings.get(LANGUAGE))
    window.open_database(path, prepare=lambda db, task: prepare_demo(db, task, language))
