"""The 2×2 of impact × feasibility: each need a point, the four quadrants labelled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsSimpleTextItem,
    QLabel,
    QScrollArea,
    QToolTip,
    QWidget,
)

from icc_desktop.ui.widgets.chart_style import (
    number_text,
    palette_colour,
    scaled_font,
    style_chart,
)
from icc_desktop.ui.workshop_labels import need_caption, need_label, quadrants

HIGH = 3.0
"""Where high starts on both 1–5 scales (the same threshold as `services.ranking.HIGH`)."""
LOW_END, HIGH_END = 0.2, 5.8  # room beyond 1 and 5 for the quadrant labels, clear of the points

# quadrant code: (x range, y range, which corner the label goes in); colours are the palette's
# "<code>_tint" (the area) and "<code>_label"
_BOXES = {
    "quick_win": ((HIGH, HIGH_END), (HIGH, HIGH_END), "top-right"),
    "major_project": ((LOW_END, HIGH), (HIGH, HIGH_END), "top-left"),
    "fill_in": ((HIGH, HIGH_END), (LOW_END, HIGH), "bottom-right"),
    "thankless_task": ((LOW_END, HIGH), (LOW_END, HIGH), "bottom-left"),
}


@dataclass(frozen=True)
class MatrixPoint:
    """One need on the matrix: its rank, title, scores and number in the workshop (its label)."""

    rank: int
    title: str
    impact: float
    feasibility: float
    number: int

    @property
    def label(self) -> str:
        """The need's short label ("N3"), as every other view shows it."""
        return need_label(self.number)


def matrix_points(ranked: Sequence[Any]) -> list[MatrixPoint]:
    """The points of ranked needs (`services.ranking.RankedNeed`) that have both scores."""
    return [MatrixPoint(r.rank, r.title, r.impact, r.feasibility, r.number)
            for r in ranked if r.impact is not None and r.feasibility is not None]


class _LegendArea(QScrollArea):
    """Scrolls down only, and is never narrower than the legend's longest word.

    German titles hold long words ("Breitbandversorgung") that a label cannot wrap: in an area
    narrower than them the legend was cut on the right, behind a sideways scroll bar.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        legend = self.widget()
        if legend is None:
            return hint
        width = (legend.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width, 120), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # new text: the longest word may have changed
        return super().eventFilter(watched, event)


def legend_area(legend: QLabel) -> QScrollArea:
    """The matrix's legend in a frameless area that scrolls (down) when a workshop has many needs."""
    area = _LegendArea()
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(legend)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do there: Tab passes it by
    area.setAccessibleName(legend.accessibleName())
    return area


class PriorityMatrix(QChartView):
    """Feasibility across, impact up; needs drawn as points labelled with their short label (N3).

    Needs at the same spot share one point whose label lists their labels. Hovering a point
    shows the needs' titles; `legend` (a label the page places beside the chart) lists every
    need drawn, best ranked first, with its label and title.
    """

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        self.matrix = QChart()
        super().__init__(self.matrix, parent)
        self.text_scale = scale
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Priority matrix: impact against feasibility"))
        self.matrix.setMargins(QMargins(2, 2, 2, 2))
        self.matrix.legend().hide()
        self.x_axis = QValueAxis()
        self.y_axis = QValueAxis()
        for axis, title in ((self.x_axis, self.tr("Feasibility")), (self.y_axis, self.tr("Impact"))):
            axis.setRange(LOW_END, HIGH_END)
            axis.setTickType(QValueAxis.TickType.TicksDynamic)
            axis.setTickAnchor(1)
            axis.setTickInterval(1)
            axis.setLabelFormat("%d")
            axis.setTitleText(title)
        self.matrix.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.matrix.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self._areas: dict[str, QAreaSeries] = {}
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}
        for code, ((x0, x1), (y0, y1), _corner) in _BOXES.items():
            lower, upper = QLineSeries(), QLineSeries()
            lower.append(x0, y0)
            lower.append(x1, y0)
            upper.append(x0, y1)
            upper.append(x1, y1)
            area = QAreaSeries(upper, lower)
            area.setParent(self)
            lower.setParent(area)
            upper.setParent(area)
            self.matrix.addSeries(area)
            area.attachAxis(self.x_axis)
            area.attachAxis(self.y_axis)
            self._areas[code] = area
            self._labels[code] = QGraphicsSimpleTextItem(self.matrix)
            self._labels[code].setZValue(5)  # over the (opaque) quadrant areas, under the need labels
        self.points_series = QScatterSeries()
        self.points_series.setName(self.tr("Needs"))
        self.points_series.setMarkerSize(14 * scale)
        # Rank labels are our own items, placed beside their point where they overlap nothing
        # (the series' own labels sit above every point and hide each other when points are close).
        self.rank_labels: list[QGraphicsSimpleTextItem] = []
        self.matrix.addSeries(self.points_series)
        self.points_series.attachAxis(self.x_axis)
        self.points_series.attachAxis(self.y_axis)
        self.points_series.hovered.connect(self._hovered)
        self.matrix.plotAreaChanged.connect(self._place_labels)
        self.groups: list[list[MatrixPoint]] = []
        self.legend = QLabel()
        """The needs drawn, "N3 · title" one per line in rank order: the page places it beside the chart."""
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend.setAccessibleName(self.tr("Legend of the priority matrix"))
        self._apply_style()
        self.set_points([])

    def set_points(self, points: Sequence[MatrixPoint]) -> None:
        """Show these needs (only those with both scores belong here)."""
        by_spot: dict[tuple[float, float], list[MatrixPoint]] = {}
        for point in sorted(points, key=lambda p: p.rank):
            by_spot.setdefault((round(point.feasibility, 2), round(point.impact, 2)), []).append(point)
        self.groups = list(by_spot.values())
        self.points_series.replace([QPointF(x, y) for x, y in by_spot])
        for item in self.rank_labels:
            item.setParentItem(None)  # type: ignore[arg-type]  # the stub omits None (Qt: no parent)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.rank_labels = []
        for group in self.groups:
            item = QGraphicsSimpleTextItem(", ".join(p.label for p in group[:4]) + ("…" if len(group) > 4 else ""),
                                           self.matrix)
            item.setZValue(10)
            self.rank_labels.append(item)
        self._style_rank_labels()
        self.matrix.setTitle("" if points else self.tr("No need has both an impact and a feasibility score yet"))
        self.legend.setText("\n".join(need_caption(p.number, p.title) for p in sorted(points, key=lambda p: p.rank)))
        self._place_labels()
        self.setAccessibleDescription(self.describe(points))

    def describe(self, points: Sequence[MatrixPoint]) -> str:
        """What the matrix shows, in words: each need by quadrant with its two scores."""
        from icc_desktop.services.ranking import quadrant

        if not points:
            return self.tr("No need has both an impact and a feasibility score yet.")
        names = quadrants()
        by_quadrant: dict[str, list[str]] = {code: [] for code in _BOXES}
        for point in sorted(points, key=lambda p: p.rank):
            code = quadrant(point.impact, point.feasibility)
            if code is not None:
                by_quadrant[str(code)].append(
                    self.tr("%1 %2 (impact %3, feasibility %4)").replace("%1", point.label)
                    .replace("%2", point.title).replace("%3", number_text(point.impact, ""))
                    .replace("%4", number_text(point.feasibility, "")))
        parts = [f"{names[code]}: {', '.join(items)}" for code, items in by_quadrant.items() if items]
        return self.tr("Needs by impact and feasibility, 1 to 5.") + " " + "; ".join(parts) + "."

    def spots(self) -> list[tuple[float, float, list[int]]]:
        """Every point drawn: feasibility, impact and the numbers (labels) of the needs there."""
        return [(p.x(), p.y(), [m.number for m in group])
                for p, group in zip(self.points_series.points(), self.groups, strict=True)]

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        for spot, group in zip(self.points_series.points(), self.groups, strict=True):
            if abs(spot.x() - point.x()) < 1e-6 and abs(spot.y() - point.y()) < 1e-6:
                text = "\n".join(need_caption(p.number, p.title) for p in group)
                QToolTip.showText(self.mapToGlobal(self.mapFromScene(self.matrix.mapToPosition(point))), text, self)
                return

    def _place_rank_labels(self) -> None:
        """Put each rank label beside its point: right, left, above or below, the first that is free."""
        size = self.points_series.markerSize()
        points = [self.matrix.mapToPosition(p, self.points_series) for p in self.points_series.points()]
        taken = [QRectF(p.x() - size / 2, p.y() - size / 2, size, size) for p in points]
        taken += [item.sceneBoundingRect() for item in self._labels.values()]
        for point, item in zip(points, self.rank_labels, strict=True):
            box = item.boundingRect()
            gap = size / 2 + 2
            candidates = [
                QPointF(point.x() + gap, point.y() - box.height() / 2),
                QPointF(point.x() - gap - box.width(), point.y() - box.height() / 2),
                QPointF(point.x() - box.width() / 2, point.y() - gap - box.height()),
                QPointF(point.x() - box.width() / 2, point.y() + gap),
            ]
            spot = next((c for c in candidates if not any(r.intersects(QRectF(c, box.size())) for r in taken)),
                        candidates[0])
            item.setPos(spot)
            taken.append(QRectF(spot, box.size()))

    def _style_rank_labels(self) -> None:
        palette = self.palette()
        font = scaled_font(self, self.text_scale * 0.95, bold=True)
        for item in self.rank_labels:
            item.setFont(font)
            item.setBrush(palette.color(palette.ColorRole.Text))

    def _place_labels(self, *_args: object) -> None:
        names = quadrants()
        margin = 6.0
        boxes = {}
        for code, ((x0, x1), (y0, y1), _corner) in _BOXES.items():
            self._labels[code].setText(names[code])
            boxes[code] = (self.matrix.mapToPosition(QPointF(x0, y1), self.points_series),
                           self.matrix.mapToPosition(QPointF(x1, y0), self.points_series))
        self._fit_label_font(boxes, margin)
        for code, (_x, _y, corner) in _BOXES.items():
            item = self._labels[code]
            size = item.boundingRect()
            top_left, bottom_right = boxes[code]
            x = top_left.x() + margin if corner.endswith("left") else bottom_right.x() - size.width() - margin
            y = top_left.y() + margin if corner.startswith("top") else bottom_right.y() - size.height() - margin
            item.setPos(x, y)
        self._place_rank_labels()

    def _fit_label_font(self, boxes: dict[str, tuple[QPointF, QPointF]], margin: float) -> None:
        """One font for the four names, as large as the style asks but each name inside its own box.

        Long names ("Undankbare Aufgaben" beside "Lückenfüller") would otherwise run into each other
        when the chart is narrow.
        """
        font = scaled_font(self, self.text_scale, bold=True)
        for item in self._labels.values():
            item.setFont(font)
        room = min((bottom_right.x() - top_left.x() - 2 * margin) / max(1.0, self._labels[code].boundingRect().width())
                   for code, (top_left, bottom_right) in boxes.items())
        if room < 1:
            font.setPointSizeF(max(6.0, font.pointSizeF() * room))
            for item in self._labels.values():
                item.setFont(font)

    def _apply_style(self) -> None:
        style_chart(self.matrix, self, self.text_scale)
        palette = self.palette()
        for code in _BOXES:
            self._areas[code].setColor(palette_colour(f"{code}_tint", palette))
            self._areas[code].setBorderColor(Qt.GlobalColor.transparent)
            self._labels[code].setBrush(palette_colour(f"{code}_label", palette))
            self._labels[code].setFont(scaled_font(self, self.text_scale, bold=True))
        self.points_series.setColor(palette_colour("current", palette))
        self.points_series.setBorderColor(palette.color(palette.ColorRole.Base))
        self._style_rank_labels()
        self.points_series.setPen(QPen(palette.color(palette.ColorRole.Base)))
        self._place_labels()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_style()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._place_labels()
