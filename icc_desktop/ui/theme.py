"""Light, dark and follow-the-system themes: a palette plus a small style sheet.

"light" and "dark" use the Fusion style with our own palette, so they look the same on every
OS (a projector in a bright room needs the light one whatever the laptop says). "system" keeps
the platform's style and colours, dark or light as the OS is set.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from icc_desktop.resources import resource_path

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")


def theme_labels() -> dict[str, str]:
    """Theme code -> translated name, in menu order."""
    return {
        "system": QCoreApplication.translate("theme", "Follow the system"),
        "light": QCoreApplication.translate("theme", "Light"),
        "dark": QCoreApplication.translate("theme", "Dark"),
    }


_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fa",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6e7781",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.BrightText: "#cf222e",
    QPalette.ColorRole.Highlight: "#0a58ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0a58ca",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e6e8eb",
    QPalette.ColorRole.Mid: "#c4c9cf",
    QPalette.ColorRole.Dark: "#8c959f",
    QPalette.ColorRole.Shadow: "#57606a",
}
_DARK = {
    QPalette.ColorRole.Window: "#1e2227",
    QPalette.ColorRole.WindowText: "#e6edf3",
    QPalette.ColorRole.Base: "#14171b",
    QPalette.ColorRole.AlternateBase: "#1b1f24",
    QPalette.ColorRole.ToolTipBase: "#2d333b",
    QPalette.ColorRole.ToolTipText: "#e6edf3",
    QPalette.ColorRole.PlaceholderText: "#8b949e",
    QPalette.ColorRole.Text: "#e6edf3",
    QPalette.ColorRole.Button: "#2a3038",
    QPalette.ColorRole.ButtonText: "#e6edf3",
    QPalette.ColorRole.BrightText: "#ff7b72",
    QPalette.ColorRole.Highlight: "#3d7fe0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#79b8ff",
    QPalette.ColorRole.Light: "#3a414b",
    QPalette.ColorRole.Midlight: "#30363d",
    QPalette.ColorRole.Mid: "#444c56",
    QPalette.ColorRole.Dark: "#0d1014",
    QPalette.ColorRole.Shadow: "#000000",
}


def _palette(colours: dict[QPalette.ColorRole, str], dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6e7681" if dark else "#8c959f")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_system_style: str | None = None


def _read_qss(name: str) -> str:
    try:
        return resource_path("styles", name).read_text(encoding="utf-8")
    except OSError:  # a missing style sheet changes looks, not function
        log.warning("style sheet %s not found", name)
        return ""


def is_dark() -> bool:
    """Whether the current colours are dark (charts and custom painting follow this)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to `theme` ("system", "light" or "dark")."""
    global _system_style
    if _system_style is None:
        _system_style = app.style().name()
    if theme not in THEMES:
        theme = "system"
    hints = app.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        app.setStyle(_system_style)
        app.setPalette(app.style().standardPalette())
        dark = is_dark()
    else:
        dark = theme == "dark"
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        app.setStyle("Fusion")
        app.setPalette(_palette(_DARK if dark else _LIGHT, dark))
    app.setStyleSheet(_read_qss("app.qss") + "\n" + _read_qss("dark.qss" if dark else "light.qss"))
