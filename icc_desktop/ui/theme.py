"""Light, dark and follow-the-system themes: a palette, plus the looks of a few label roles.

"light" and "dark" use the Fusion style with our own palette, so they look the same on every
OS (a projector in a bright room needs the light one whatever the laptop says). "system" keeps
the platform's style and colours, dark or light as the OS is set.

No application-wide style sheet: with one, Qt styles every widget through QStyleSheetStyle,
which doubled the time to build the window (0.7 s -> 1.6 s) and slowed every page switch by a
third. The few looks the palette has no role for (page titles, hints, error texts, banners,
the red frame of a refused entry) are set on those widgets alone by `style_role` and
`style_invalid`, and set again when the theme changes.
"""

from __future__ import annotations

import logging
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from icc_desktop.ui.palette import QT_ROLES, colour
from icc_desktop.ui.palette import colours as palette_colours

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")


def theme_labels() -> dict[str, str]:
    """Theme code -> translated name, in menu order."""
    return {
        "system": QCoreApplication.translate("theme", "Follow the system"),
        "light": QCoreApplication.translate("theme", "Light"),
        "dark": QCoreApplication.translate("theme", "Dark"),
    }


def _palette(dark: bool) -> QPalette:
    """The QPalette of our light or dark theme, from the one palette (`ui/palette.py`)."""
    colours = palette_colours(dark)
    palette = QPalette()
    for role_name, key in QT_ROLES.items():
        palette.setColor(getattr(QPalette.ColorRole, role_name), QColor(colours[key]))
    disabled = QColor(colours["disabled_text"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_system_style: str | None = None

ROLE_FONTS: dict[str, tuple[float, bool]] = {"pageTitle": (1.6, True), "sectionTitle": (1.1, True)}
"""Label roles with their own font: (size relative to the application font, bold). Relative, so
titles follow the system's font size and the app's zoom (fixed 16 pt and 11 pt ignored both)."""
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
"""View ▸ Zoom in / out walks these factors of the system font size."""
_system_point_size: float | None = None

_styled: weakref.WeakSet[QWidget] = weakref.WeakSet()  # widgets with a role or an invalid mark


def is_dark() -> bool:
    """Whether the current colours are dark (charts and custom painting follow this)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _qt_class(widget: QWidget) -> str:
    """The nearest Qt class of a widget (what a style sheet type selector can name)."""
    meta = widget.metaObject()
    while meta is not None and not meta.className().startswith("Q"):
        meta = meta.superClass()
    return meta.className() if meta is not None else "QWidget"


def style_role(widget: QWidget, role: str) -> None:
    """Give a widget the look of its role ("pageTitle", "sectionTitle", "hint", "error", "banner", "note",
    "counts"); the look follows later theme changes."""
    widget.setProperty("role", role)
    _styled.add(widget)
    _apply_look(widget)


def style_invalid(widget: QWidget, invalid: bool) -> None:
    """Frame a field in red while it holds a refused entry."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    _styled.add(widget)
    _apply_look(widget)


def _apply_look(widget: QWidget) -> None:
    dark = is_dark()
    role = widget.property("role") or ""
    size_bold = ROLE_FONTS.get(role)
    if size_bold is not None:
        font = QFont(QApplication.font(widget))
        font.setPointSizeF(QApplication.font().pointSizeF() * size_bold[0])
        font.setBold(size_bold[1])
        widget.setFont(font)
    elif widget.property("_role_font"):
        widget.setFont(QFont())  # back to the inherited font
    widget.setProperty("_role_font", size_bold is not None)
    sheet = ""
    if role == "hint":
        widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    else:
        widget.setForegroundRole(QPalette.ColorRole.WindowText)
    if role == "error":
        sheet = f"color: {colour('error', dark)};"
    elif role == "banner":
        background, text, border = (colour(key, dark) for key in ("banner_background", "banner_text", "banner_border"))
        sheet = (f"background: {background}; color: {text}; border: 1px solid {border}; "
                 "border-radius: 4px; padding: 6px 10px;")
    elif role == "note":  # information, not a refusal: the palette's own neutral colours
        sheet = ("background: palette(alternate-base); color: palette(text); border: 1px solid palette(mid); "
                 "border-radius: 4px; padding: 6px 10px;")
    if widget.property("invalid"):
        sheet = f"{_qt_class(widget)} {{ border: 1px solid {colour('error', dark)}; }}"
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


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
    else:
        dark = theme == "dark"
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        app.setStyle("Fusion")
        app.setPalette(_palette(dark))
    if app.styleSheet():
        app.setStyleSheet("")
    for widget in list(_styled):
        if shiboken6.isValid(widget):
            _apply_look(widget)


def system_point_size(app: QApplication) -> float:
    """The application font's size as the system gave it, before any zoom."""
    global _system_point_size
    if _system_point_size is None:
        size = app.font().pointSizeF()
        _system_point_size = size if size > 0 else 9.0
    return _system_point_size


def apply_zoom(app: QApplication, zoom: float) -> float:
    """Set the application font to the system size times `zoom` (clamped to `ZOOM_STEPS`); every
    widget that inherits the font, and the titles, follow. Returns the zoom applied."""
    zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
    font = QFont(app.font())
    font.setPointSizeF(round(system_point_size(app) * zoom, 1))
    if font.pointSizeF() != app.font().pointSizeF():
        app.setFont(font)
        for widget in list(_styled):
            if shiboken6.isValid(widget):
                _apply_look(widget)
    return zoom


def next_zoom(zoom: float, step: int) -> float:
    """The zoom one step in (+1) or out (-1) from `zoom`; 1.0 for step 0."""
    if step == 0:
        return 1.0
    if step > 0:
        return next((z for z in ZOOM_STEPS if z > zoom + 1e-6), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < zoom - 1e-6), ZOOM_STEPS[0])
