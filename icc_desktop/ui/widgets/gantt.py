"""The roadmap timeline: one bar per action, grouped by objective, months along the top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from icc_desktop.ui.i18n import month_text
from icc_desktop.ui.palette import DARK, LIGHT, STATUSES
from icc_desktop.ui.widgets.chart_style import is_dark, palette_colour

STATUS_COLOURS = {code: (LIGHT[f"status_{code}"], DARK[f"status_{code}"]) for code in STATUSES}
"""Action status -> (light, dark) bar colour, from the palette."""
STATUS_MARKS = {"planned": "○", "in_progress": "◐", "done": "✓", "cancelled": "✕"}
"""Action status -> the mark drawn beside its bar: the status shows without relying on colour."""
WARNING_COLOURS = (LIGHT["error"], DARK["error"])
"""Light and dark colour of a roadmap check's warning (titles, bar outlines, the legend's mark)."""


def month_index(value: dt.date) -> int:
    """Months since year 0 (to count months between dates)."""
    return value.year * 12 + value.month - 1


@dataclass(frozen=True)
class GanttBar:
    """One action on the timeline."""

    action_id: str
    title: str
    start: dt.date | None
    end: dt.date | None
    status: str = "planned"
    warning: str = ""
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    """The months frozen as agreed (the baseline), drawn as an outline above the actual bar."""


@dataclass(frozen=True)
class GanttGroup:
    """An objective and its actions (title "" for actions without an objective)."""

    title: str
    bars: list[GanttBar] = field(default_factory=list)


class GanttChart(QWidget):
    """Paints the timeline; as tall as its rows (put it in a scroll area). Click a bar to pick it."""

    sig_action_clicked = Signal(str)
    """A bar was clicked (the action's id)."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setAccessibleName(self.tr("Roadmap timeline"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.groups: list[GanttGroup] = []
        self._bar_rects: list[tuple[QRectF, GanttBar]] = []
        self.selected_id: str | None = None

    # --- data -----------------------------------------------------------------------------
    def set_plan(self, groups: Sequence[GanttGroup], first: dt.date | None = None,
                 last: dt.date | None = None) -> None:
        """Show these groups between two months (default: the span of the bars)."""
        self.groups = list(groups)
        months = [m for g in self.groups for b in g.bars
                  for m in (b.start, b.end, b.planned_start, b.planned_end) if m is not None]
        lows = [m for m in (first, *months) if m is not None]
        highs = [m for m in (last, *months) if m is not None]
        self.first = min(lows).replace(day=1) if lows else None
        self.last = max(highs).replace(day=1) if highs else None
        self.updateGeometry()
        self.update()
        self.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        """What the timeline shows, in words: each action's months, status and check, by objective."""
        from icc_desktop.ui.labels import action_statuses

        bars = self.bars()
        if not bars:
            return self.tr("No actions with start and end months yet.")
        statuses = action_statuses()
        month = month_text

        groups = []
        for group in self.groups:
            items = []
            for bar in group.bars:
                span = (f"{month(bar.start)} – {month(bar.end)}" if bar.start and bar.end else self.tr("no dates"))
                text = f"{bar.title}: {span}, {statuses.get(bar.status, bar.status)}"
                if bar.warning:
                    text += " — " + self.tr("check: %1").replace("%1", bar.warning)
                items.append(text)
            title = group.title or self.tr("Actions without an objective")
            groups.append(f"{title}: " + "; ".join(items))
        head = self.tr("%Ln action(s)", "", len(bars))
        if self.first is not None and self.last is not None:
            head += " " + self.tr("from %1 to %2").replace("%1", month(self.first)).replace("%2", month(self.last))
        return head + ". " + ". ".join(groups) + "."

    def select(self, action_id: str | None) -> None:
        """Highlight one action's bar."""
        self.selected_id = action_id
        self.update()

    def bars(self) -> list[GanttBar]:
        """Every bar, top to bottom."""
        return [b for g in self.groups for b in g.bars]

    # --- geometry -------------------------------------------------------------------------
    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.7)

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def _label_width(self) -> int:
        return max(160, min(340, self.width() // 3))

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = sum(len(g.bars) + 1 for g in self.groups)
        return QSize(720, self._header_height() + max(rows, 1) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, self.sizeHint().height())

    def _month_count(self) -> int:
        if self.first is None or self.last is None:
            return 0
        return month_index(self.last) - month_index(self.first) + 1

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = is_dark(palette)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._bar_rects = []
        months = self._month_count()
        if not self.groups or not months or self.first is None:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No actions with start and end months yet"))
            return
        label_w, header_h, row_h = self._label_width(), self._header_height(), self._row_height()
        chart_x = label_w + 8
        chart_w = max(1, self.width() - chart_x - 8)
        month_w = chart_w / months
        height = self.sizeHint().height()
        metrics = self.fontMetrics()
        locale = QLocale()
        # Month grid and the two header lines: years, then months (initials when narrow).
        for number in range(months):
            index = month_index(self.first) + number
            year, month = divmod(index, 12)
            x = chart_x + number * month_w
            painter.setPen(QPen(grid, 1.0 if month == 0 else 0.5))
            painter.drawLine(int(x), header_h - 4, int(x), height)
            room_before_january = (12 - month) * month_w  # the first year's label must not run into the next
            if month == 0 or (number == 0 and room_before_january > metrics.horizontalAdvance("0000") + 10):
                painter.setPen(text)
                bold = QFont(self.font())
                bold.setBold(True)
                painter.setFont(bold)
                painter.drawText(QRectF(x + 3, 2, 80, metrics.height()), Qt.AlignmentFlag.AlignLeft, str(year))
                painter.setFont(self.font())
            name = locale.monthName(month + 1, QLocale.FormatType.ShortFormat)
            if metrics.horizontalAdvance(name) + 4 > month_w:
                name = name[:1]
            if metrics.horizontalAdvance(name) <= month_w:
                painter.setPen(muted)
                painter.drawText(QRectF(x, metrics.height() + 4, month_w, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, name)
        painter.setPen(QPen(grid, 1.0))
        painter.drawLine(0, header_h - 4, self.width(), header_h - 4)
        y = header_h
        band = palette.color(QPalette.ColorRole.AlternateBase)
        for group in self.groups:
            painter.fillRect(QRect(0, y, self.width(), row_h), band)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text)
            title = group.title or self.tr("Actions without an objective")
            painter.drawText(QRect(6, y, self.width() - 12, row_h), Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, self.width() - 12))
            painter.setFont(self.font())
            y += row_h
            for bar in group.bars:
                self._paint_bar(painter, bar, y, row_h, label_w, chart_x, month_w, dark, text, muted)
                y += row_h
        painter.end()

    def _paint_bar(self, painter: QPainter, bar: GanttBar, y: int, row_h: int, label_w: int,
                   chart_x: float, month_w: float, dark: bool, text: QColor, muted: QColor) -> None:
        assert self.first is not None
        metrics = self.fontMetrics()
        if bar.action_id == self.selected_id:
            painter.fillRect(QRect(0, y, self.width(), row_h), palette_colour("selected_row", self.palette()))
        prefix = "⚠ " if bar.warning else ""
        room = label_w - 18 - metrics.horizontalAdvance(prefix)
        label = prefix + metrics.elidedText(bar.title, Qt.TextElideMode.ElideRight, room)
        painter.setPen(QColor(WARNING_COLOURS[dark]) if bar.warning else text)
        painter.drawText(QRect(16, y, label_w - 16, row_h), Qt.AlignmentFlag.AlignVCenter, label)
        planned = bar.planned_start is not None and bar.planned_end is not None
        if planned:
            assert bar.planned_start is not None and bar.planned_end is not None
            p_start, p_end = sorted((bar.planned_start, bar.planned_end))
            px0 = chart_x + (month_index(p_start) - month_index(self.first)) * month_w
            px1 = chart_x + (month_index(p_end) - month_index(self.first) + 1) * month_w
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(muted, 1.5, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(px0 + 1, y + row_h * 0.1, max(3.0, px1 - px0 - 2), row_h * 0.3))
        if bar.start is None or bar.end is None:
            painter.setPen(muted)
            italic = QFont(self.font())
            italic.setItalic(True)
            painter.setFont(italic)
            painter.drawText(QRectF(chart_x + 4, y, 300, row_h), Qt.AlignmentFlag.AlignVCenter, self.tr("no dates"))
            painter.setFont(self.font())
            return
        start, end = (bar.start, bar.end) if bar.end >= bar.start else (bar.end, bar.start)
        x0 = chart_x + (month_index(start) - month_index(self.first)) * month_w
        x1 = chart_x + (month_index(end) - month_index(self.first) + 1) * month_w
        top, height = (0.45, 0.45) if planned else (0.2, 0.6)
        rect = QRectF(x0 + 1, y + row_h * top, max(3.0, x1 - x0 - 2), row_h * height)
        colour = QColor(STATUS_COLOURS.get(bar.status, STATUS_COLOURS["planned"])[1 if dark else 0])
        painter.setBrush(colour)
        painter.setPen(QPen(QColor(WARNING_COLOURS[dark]), 2) if bar.warning else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        mark = STATUS_MARKS.get(bar.status, "")
        if mark:  # beside the bar, in the text colour: readable on the background whatever the bar's colour
            width = metrics.horizontalAdvance(mark) + 4
            x = rect.right() + 3 if rect.right() + 3 + width <= self.width() else rect.left() - 3 - width
            painter.setPen(text)
            painter.drawText(QRectF(x, y, width, row_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, mark)
        self._bar_rects.append((rect.adjusted(0, -row_h * 0.2, 0, row_h * 0.2), bar))

    # --- interaction ----------------------------------------------------------------------
    def bar_at(self, point: QPoint) -> GanttBar | None:
        """The bar under a point (widget coordinates), if any."""
        for rect, bar in self._bar_rects:
            if rect.contains(point.toPointF()):
                return bar
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        bar = self.bar_at(event.position().toPoint())
        if bar is None or bar.start is None or bar.end is None:
            QToolTip.hideText()
            return
        span = f"{month_text(bar.start)} – {month_text(bar.end)}"
        text = f"{bar.title}\n{span}" + (f"\n⚠ {bar.warning}" if bar.warning else "")
        if bar.planned_start is not None and bar.planned_end is not None:
            planned = f"{month_text(bar.planned_start)} – {month_text(bar.planned_end)}"
            text += "\n" + self.tr("Planned (baseline): %1").replace("%1", planned)
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        bar = self.bar_at(event.position().toPoint())
        if bar is not None:
            self.select(bar.action_id)
            self.sig_action_clicked.emit(bar.action_id)
        super().mousePressEvent(event)
