"""Help ▸ About: the version, where the data and the log are, and the licences of what we ship.

The licences are listed because the desktop bundle redistributes these libraries: the LGPL of Qt
and PySide6 asks that users be told, and be able to replace the Qt libraries (the one-folder
bundle keeps them as separate files in `_internal/`); the DejaVu font's licence asks that its
notice travel with the font, so its full text is one click away.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from html import escape
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from icc_desktop import APP_NAME, __version__


class Component(NamedTuple):
    """A shipped piece of software and its licence."""

    name: str
    distribution: str  # the name on PyPI (for its version), "" when not a Python package
    module: str  # the module whose __version__ is the fallback (a bundle may carry no metadata)
    licence: str
    url: str


COMPONENTS = [
    Component("Qt", "", "", "LGPL-3.0", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    Component("PySide6 (Qt for Python)", "PySide6-Essentials", "PySide6", "LGPL-3.0",
              "https://doc.qt.io/qtforpython-6/licenses.html"),
    Component("DejaVu Sans (PDF font)", "", "", "Bitstream Vera / public domain", "https://dejavu-fonts.github.io/License.html"),
    Component("Python", "", "", "PSF-2.0", "https://docs.python.org/3/license.html"),
    Component("SQLModel", "sqlmodel", "sqlmodel", "MIT", "https://github.com/fastapi/sqlmodel"),
    Component("SQLAlchemy", "SQLAlchemy", "sqlalchemy", "MIT", "https://www.sqlalchemy.org/"),
    Component("Alembic", "alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org/"),
    Component("Pydantic", "pydantic", "pydantic", "MIT", "https://docs.pydantic.dev/"),
    Component("ReportLab", "reportlab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com/"),
    Component("openpyxl", "openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io/"),
    Component("Pillow", "pillow", "PIL", "MIT-CMU", "https://python-pillow.org/"),
    Component("defusedxml", "defusedxml", "defusedxml", "PSF-2.0", "https://github.com/tiran/defusedxml"),
    Component("platformdirs", "platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("HTTPX", "httpx", "", "BSD-3-Clause", "https://www.python-httpx.org/"),
    Component("FastAPI", "fastapi", "", "MIT", "https://fastapi.tiangolo.com/"),
    Component("Uvicorn", "uvicorn", "", "BSD-3-Clause", "https://www.uvicorn.org/"),
    Component("argon2-cffi", "argon2-cffi", "", "MIT", "https://argon2-cffi.readthedocs.io/"),
]
"""What the app and its bundle redistribute (the server-only parts come with `serve`)."""


def component_version(component: Component) -> str:
    """The installed version of a component, or "" when it cannot be told cheaply.

    Package metadata first; a PyInstaller bundle keeps metadata for few packages, so then the
    module's own version attribute, for modules the app has loaded anyway.
    """
    if component.name == "Qt":
        from PySide6.QtCore import qVersion

        return qVersion()
    if component.name == "Python":
        return sys.version.split()[0]
    if component.distribution:
        with contextlib.suppress(metadata.PackageNotFoundError):  # not installed: try the module
            return metadata.version(component.distribution)
    if component.module:
        try:
            module = importlib.import_module(component.module)
        except ImportError:
            return ""
        for attribute in ("__version__", "VERSION", "Version"):
            value = getattr(module, attribute, None)
            if isinstance(value, str):
                return value
    return ""


def font_licence_text() -> str:
    """The full licence of the bundled DejaVu font."""
    from icc_desktop.resources import resource_path

    path = resource_path("fonts", "LICENSE-DejaVu.txt")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


class AboutDialog(QDialog):
    """Version, database and log locations, and the licences of the shipped software."""

    def __init__(self, database_path: Path | None, log_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setMinimumSize(620, 560)
        from icc_desktop.resources import resource_path

        logo = QLabel()
        icon = resource_path("icons", "icc-desktop-128.png")
        if icon.is_file():
            logo.setPixmap(QPixmap(str(icon)).scaledToHeight(80, Qt.TransformationMode.SmoothTransformation))
        heading = QLabel(f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>")
        summary = QLabel(self.tr(
            "Run an Intelligent Cities Challenge needs-assessment workshop offline: city profile, "
            "participants, maturity assessment, needs and priorities, vision and roadmap, reports. "
            "Licensed under the EUPL-1.2. Nothing you enter leaves this computer unless you sync it "
            "with a server you choose."))
        summary.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        head_text = QVBoxLayout()
        head_text.addWidget(heading)
        head_text.addWidget(summary)
        head.addLayout(head_text, 1)

        not_open = self.tr("(no database open)")
        self.paths = QLabel(self.tr("<b>Database:</b> {database}<br><b>Log folder:</b> {log}").format(
            database=escape(str(database_path)) if database_path else not_open,
            log=escape(str(log_folder)) if log_folder else "—"))
        self.paths.setWordWrap(True)
        self.paths.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setAccessibleName(self.tr("Licences of the software this app includes"))
        self.licences.setHtml(self._licences_html())

        self.font_button = QPushButton(self.tr("Show the &font licence"))
        self.font_button.clicked.connect(self.show_font_licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.font_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.paths)
        layout.addWidget(QLabel(self.tr("<b>This app includes</b>")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def _licences_html(self) -> str:
        rows = []
        for component in COMPONENTS:
            version = component_version(component)
            rows.append(
                f"<tr><td><a href='{escape(component.url)}'>{escape(component.name)}</a></td>"
                f"<td>{escape(version)}</td><td>{escape(component.licence)}</td></tr>")
        header = "<tr><th align='left'>{}</th><th align='left'>{}</th><th align='left'>{}</th></tr>".format(
            escape(self.tr("Component")), escape(self.tr("Version")), escape(self.tr("Licence")))
        note = escape(self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License v3: their libraries "
            "are separate files in the app's folder, which you may replace with your own build. "
            "Their source code is available from the Qt Project."))
        return (f"<table cellspacing='0' cellpadding='3' width='100%'>{header}{''.join(rows)}</table>"
                f"<p>{note}</p>")

    def show_font_licence(self) -> None:
        """Show the DejaVu font's full licence text."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("DejaVu font licence"))
        dialog.resize(640, 520)
        text = QPlainTextEdit(font_licence_text())
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.font_dialog = dialog  # kept for tests and so it is not garbage-collected while open
        dialog.open()
