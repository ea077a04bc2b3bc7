"""The maturity radar: current vs target level per dimension (QtCharts polar chart)."""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QChartView, QLineSeries, QPolarChart, QValueAxis
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from icc_desktop.ui.widgets.chart_style import (
    CURRENT_COLOUR,
    TARGET_COLOUR,
    number_text,
    pick,
    scaled_font,
    style_chart,
)

# Where a dimension's name turns from what it is to what it qualifies, in the frameworks' three
# languages ("… of the local digital ecosystem", "… de l’écosystème …", "… am digitalen Wandel").
_CUT = re.compile(r"\s+(?:de l[’']|(?:of the|of|by|in the|in|de la|dans la|par les|am|im)\s+)", re.IGNORECASE)


def short_name(name: str) -> str:
    """A dimension's name without its qualifier: the part before "of the / by / in the" (French
    "de l’ / dans la / par les", German "am / im"), kept only when at least two words are left
    ("Beteiligung der Stadtgesellschaft", not "Beteiligung")."""
    for cut in _CUT.finditer(name):
        head = name[:cut.start()].strip()
        if len(head.split()) >= 2:
            return head
    return name.strip() or name


def short_label(name: str, width: int = 16, lines: int = 4) -> str:
    """A dimension's name short enough to sit around the radar: the part before "of the / by /
    in the" ("Leadership and governance of the local digital ecosystem" → "Leadership and
    governance"), wrapped on at most `lines` lines (rich text, for the axis labels).

    A name that needs more lines at `width` characters gets lines a little wider before it is
    shortened with "…": a whole name a bit wider beats a cut one.
    """
    head = short_name(name)
    for room in (width, width + 2, width + 4):
        # Never inside a word: German names hold words longer than a line ("Stadtgesellschaft").
        wrapped = textwrap.wrap(head, room, break_long_words=False) or [head]
        if len(wrapped) <= lines:
            break
    else:
        wrapped = [*wrapped[: lines - 1], textwrap.shorten(" ".join(wrapped[lines - 1:]), room, placeholder="…")]
    return "<br>".join(html.escape(line) for line in wrapped)


class RadarChart(QChartView):
    """Current (solid) and target (dashed) levels, 1–5, one spoke per dimension.

    A dimension with no known level has no point on that series (the line joins its
    neighbours) rather than a misleading zero, and its spoke's label says "not scored". Every
    known level is drawn as a point, so one scored dimension (or one target) already shows.
    `scale` enlarges the type (presenter view).
    """

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        self.polar = QPolarChart()
        super().__init__(self.polar, parent)
        self.text_scale = scale
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Maturity radar: current and target level per dimension"))
        self.polar.setMargins(QMargins(4, 4, 4, 4))
        self.polar.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.angular = QCategoryAxis()
        self.angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.radial = QValueAxis()
        self.radial.setRange(0, 5)
        self.radial.setTickCount(6)
        self.radial.setLabelFormat("%d")
        self.polar.addAxis(self.angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        self.polar.addAxis(self.radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        self.current_series = QLineSeries()
        self.current_series.setName(self.tr("Current"))
        self.target_series = QLineSeries()
        self.target_series.setName(self.tr("Target"))
        for series in (self.current_series, self.target_series):
            series.setPointsVisible(True)
            self.polar.addSeries(series)
            series.attachAxis(self.angular)
            series.attachAxis(self.radial)
        self.overlay_series: list[QLineSeries] = []
        self.names: list[str] = []
        self.spoke_labels: list[str] = []
        """The labels around the radar, as drawn (rich text)."""
        self.current: list[float | None] = []
        self.target: list[float | None] = []
        self._apply_style()
        self.set_scores([], [], [])

    def set_scores(self, names: Sequence[str], current: Sequence[float | None],
                   target: Sequence[float | None]) -> None:
        """Show these dimensions (full names) with their mean current and target levels."""
        not_scored = "<br><i>" + html.escape(self.tr("not scored")) + "</i>"
        labels = [short_label(name) + ("" if now is not None or aim is not None else not_scored)
                  for name, now, aim in zip(names, current, target, strict=True)]
        same_spokes = labels == self.spoke_labels and self.angular.count() == len(labels)
        self.names, self.current, self.target = list(names), list(current), list(target)
        count = len(self.names)
        if not same_spokes:  # rebuilding the axis is the slow part; a new score keeps the spokes
            self.spoke_labels = labels
            for label in list(self.angular.categoriesLabels()):
                self.angular.remove(label)
            self.angular.setStartValue(0)
            used: set[str] = set()
            for spoke, label in enumerate(labels):
                while label in used:  # category labels must be unique
                    label += " "
                used.add(label)
                # Category end values must increase from the start value: nudge the first off 0.
                self.angular.append(label, spoke if spoke else 1e-9)
            self.angular.setRange(0, max(count, 1))
        self._fill(self.current_series, self.current)
        self._fill(self.target_series, self.target)
        known = any(v is not None for v in (*self.current, *self.target))
        self.polar.setTitle("" if known or not count else self.tr("No levels scored yet"))
        self.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        """What the radar shows, in words (screen readers read it as the chart's description)."""
        if not self.names:
            return self.tr("No dimensions to show.")
        if not any(v is not None for v in (*self.current, *self.target)):
            return self.tr("No levels scored yet.")
        unknown = self.tr("not scored")
        parts = [self.tr("%1: current %2, target %3").replace("%1", name)
                 .replace("%2", number_text(current, unknown)).replace("%3", number_text(target, unknown))
                 for name, current, target in zip(self.names, self.current, self.target, strict=False)]
        return self.tr("Mean level from 1 to 5 per dimension.") + " " + "; ".join(parts) + "."

    @staticmethod
    def _fill(series: QLineSeries, values: Sequence[float | None]) -> None:
        points = [QPointF(spoke, value) for spoke, value in enumerate(values) if value is not None]
        if len(points) > 1:  # close the ring through the first known spoke, one turn on
            points.append(QPointF(points[0].x() + len(values), points[0].y()))
        series.replace(points)

    def set_overlays(self, overlays: Sequence[tuple[str, Sequence[float | None]]]) -> None:
        """Earlier rounds' current levels as dotted rings under the current one ("T0", levels).

        The spokes are those of the last `set_scores`; an empty list removes the overlays.
        """
        for series in self.overlay_series:
            self.polar.removeSeries(series)
        self.overlay_series = []
        muted = self.palette().color(self.palette().ColorRole.PlaceholderText)
        for number, (label, values) in enumerate(overlays):
            series = QLineSeries()
            series.setName(label)
            pen = QPen(muted, 1.6 * self.text_scale, Qt.PenStyle.DotLine if number % 2 == 0 else Qt.PenStyle.DashDotLine)
            series.setPen(pen)
            self.polar.addSeries(series)
            series.attachAxis(self.angular)
            series.attachAxis(self.radial)
            self._fill(series, list(values))
            self.overlay_series.append(series)

    def overlay_values(self) -> dict[str, list[tuple[float, float]]]:
        """The plotted (spoke, level) points of each overlay, by its name."""
        return {s.name(): [(p.x(), p.y()) for p in s.points()] for s in self.overlay_series}

    def values(self, which: str = "current") -> list[tuple[float, float]]:
        """The plotted (spoke, level) points of the "current" or "target" series."""
        series = self.current_series if which == "current" else self.target_series
        return [(p.x(), p.y()) for p in series.points()]

    def _apply_style(self) -> None:
        style_chart(self.polar, self, self.text_scale)
        palette = self.palette()
        current = QPen(pick(CURRENT_COLOUR, palette), 2.5 * self.text_scale)
        target = QPen(pick(TARGET_COLOUR, palette), 2.0 * self.text_scale, Qt.PenStyle.DashLine)
        self.current_series.setPen(current)
        self.target_series.setPen(target)
        self.angular.setLabelsFont(scaled_font(self, self.text_scale * 0.9))
        self.radial.setLabelsFont(scaled_font(self, self.text_scale * 0.8))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_style()

