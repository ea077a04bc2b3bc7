"""A small chart of one KPI: its dated measurements against the baseline and the target."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from icc_desktop.ui.widgets.chart_style import (
    CURRENT_COLOUR,
    TARGET_COLOUR,
    pick,
    scaled_font,
    style_chart,
)


def _at(day: dt.date, time: QTime) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), time)


def _ms(day: dt.date) -> float:
    return float(_at(day, QTime(12, 0)).toMSecsSinceEpoch())


class KpiChart(QChartView):
    """Measurements (line and points), the baseline (dotted) and the target (dashed), over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("KPI chart: measurements against baseline and target"))
        self.chart_.setMargins(QMargins(2, 2, 2, 2))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MMM yyyy")
        self.x_axis.setTickCount(4)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%g")
        self.chart_.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.measured = QLineSeries()
        self.measured.setName(self.tr("Measured"))
        self.points = QScatterSeries()
        self.points.setMarkerSize(8)
        self.baseline = QLineSeries()
        self.baseline.setName(self.tr("Baseline"))
        self.target = QLineSeries()
        self.target.setName(self.tr("Target"))
        for series in (self.measured, self.points, self.baseline, self.target):
            self.chart_.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.chart_.legend().markers(self.points)[0].setVisible(False)
        style_chart(self.chart_, self, 1.0)
        palette = self.palette()
        self.measured.setPen(QPen(pick(CURRENT_COLOUR, palette), 2.5))
        self.points.setColor(pick(CURRENT_COLOUR, palette))
        self.baseline.setPen(QPen(palette.color(palette.ColorRole.PlaceholderText), 1.5, Qt.PenStyle.DotLine))
        self.target.setPen(QPen(pick(TARGET_COLOUR, palette), 2.0, Qt.PenStyle.DashLine))
        self.x_axis.setLabelsFont(scaled_font(self, 0.8))
        self.y_axis.setLabelsFont(scaled_font(self, 0.8))
        self.set_kpi("", [], None, None, None)

    def set_kpi(self, title: str, measurements: Sequence[tuple[dt.date, float]], baseline: float | None,
                target: float | None, target_date: dt.date | None) -> None:
        """Show one KPI: its (date, value) measurements, baseline and target (None: not set)."""
        self.chart_.setTitle(title)
        days = [d for d, _ in measurements] + ([target_date] if target_date else [])
        first = min(days) if days else dt.date.today()
        last = max(days) if days else first
        if last <= first:
            last = first + dt.timedelta(days=31)
        self.measured.replace([QPointF(_ms(d), v) for d, v in measurements])
        self.points.replace([QPointF(_ms(d), v) for d, v in measurements])
        self.baseline.replace([QPointF(_ms(first), baseline), QPointF(_ms(last), baseline)] if baseline is not None else [])
        self.target.replace([QPointF(_ms(first), target), QPointF(_ms(last), target)] if target is not None else [])
        values = [v for _, v in measurements] + [v for v in (baseline, target) if v is not None]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        pad = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
        self.y_axis.setRange(low - pad, high + pad)
        self.x_axis.setRange(_at(first, QTime(0, 0)), _at(last, QTime(23, 59)))

    def plotted(self) -> list[tuple[float, float]]:
        """The measured points as (ms since epoch, value)."""
        return [(p.x(), p.y()) for p in self.measured.points()]
