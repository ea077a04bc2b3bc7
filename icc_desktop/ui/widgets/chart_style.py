"""Colours and type for the charts, taken from the widget's palette so light and dark themes work."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QChart
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QWidget

from icc_desktop.ui.palette import DARK, LIGHT, colour

CURRENT_COLOUR = (LIGHT["current"], DARK["current"])
"""Light-theme and dark-theme colour of the "current" series (blue)."""
TARGET_COLOUR = (LIGHT["target"], DARK["target"])
"""Light-theme and dark-theme colour of the "target" series (orange: distinct for colour-blind eyes)."""


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window colour is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def pick(pair: tuple[str, str], palette: QPalette) -> QColor:
    """The light or the dark variant of a colour pair for this palette."""
    return QColor(pair[1] if is_dark(palette) else pair[0])


def palette_colour(key: str, palette: QPalette) -> QColor:
    """A colour of the app's palette (`ui/palette.py`), light or dark as this Qt palette is."""
    return QColor(colour(key, is_dark(palette)))


def scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    """The widget's font, `scale` times as large."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    font.setPointSizeF(size * scale)
    font.setBold(bold)
    return font


def style_chart(chart: QChart, widget: QWidget, scale: float = 1.0) -> None:
    """Colour a chart's background, title, legend and axes after the widget's palette."""
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.Text)
    grid = palette.color(QPalette.ColorRole.Mid)
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
    chart.setTitleBrush(QBrush(text))
    chart.setTitleFont(scaled_font(widget, scale * 1.1, bold=True))
    legend = chart.legend()
    legend.setLabelColor(text)
    legend.setFont(scaled_font(widget, scale))
    for axis in chart.axes():
        style_axis(axis, widget, scale, text, grid)


def style_axis(axis: QAbstractAxis, widget: QWidget, scale: float, text: QColor, grid: QColor) -> None:
    """Colour and size one axis."""
    axis.setLabelsColor(text)
    axis.setLabelsFont(scaled_font(widget, scale * 0.95))
    axis.setTitleBrush(QBrush(text))
    axis.setTitleFont(scaled_font(widget, scale))
    axis.setGridLineColor(grid)
    axis.setLinePenColor(grid)


def number_text(value: float | None, unknown: str) -> str:
    """A level or score as the user's locale writes it with one decimal; `unknown` for None."""
    from PySide6.QtCore import QLocale

    return unknown if value is None else QLocale().toString(float(value), "f", 1)
