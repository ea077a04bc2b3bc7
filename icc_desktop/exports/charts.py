"""The report's charts as ReportLab vector drawings: radar, bars, the 2×2 and the Gantt timeline.

Drawn from shapes rather than ReportLab's chart widgets so that long labels can be wrapped or
shortened to fit (a chart never spills text off the page) and every string uses the report's
embedded font. Everything here is pure: data in, `Drawing` out.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from icc_desktop.services.ranking import HIGH

FONT = "IccSans"
BOLD = "IccSans-Bold"

INK = colors.HexColor("#1B2631")
MUTED = colors.HexColor("#5D6D7E")
GRID = colors.HexColor("#C9D3DD")
PRIMARY = colors.HexColor("#1F4E79")
CURRENT = colors.HexColor("#2874A6")
TARGET = colors.HexColor("#D35400")
QUICK = colors.HexColor("#27AE60")
LONG = colors.HexColor("#2874A6")
CANCELLED = colors.HexColor("#AAB7B8")
QUADRANT_FILLS = {
    "quick_win": colors.HexColor("#E9F7EF"),
    "major_project": colors.HexColor("#EBF5FB"),
    "fill_in": colors.HexColor("#FEF9E7"),
    "thankless_task": colors.HexColor("#F4F6F6"),
}


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis so that it is at most `width` points wide."""
    if stringWidth(text, font, size) <= width:
        return text
    ellipsis = "…"
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + ellipsis, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ellipsis


def wrap(text: str, font: str, size: float, width: float, max_lines: int = 3) -> list[str]:
    """Break `text` into lines at most `width` wide; the last allowed line is shortened if needed."""
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1 :])]
    return [fit(item, font, size, width) for item in lines] or [""]


def _text(x: float, y: float, text: str, *, size: float = 8, font: str = FONT, color: colors.Color = INK,
          anchor: str = "start") -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def _legend(drawing: Drawing, x: float, y: float, items: list[tuple[str, colors.Color, bool]]) -> None:
    """Swatches with labels from (x, y) to the right; the flag draws a dashed line instead of a box."""
    for label, color, dashed in items:
        if dashed:
            drawing.add(Line(x, y + 3, x + 14, y + 3, strokeColor=color, strokeWidth=1.6, strokeDashArray=[3, 2]))
        else:
            drawing.add(Rect(x, y, 14, 7, fillColor=color, strokeColor=None))
        drawing.add(_text(x + 18, y, label, size=8))
        x += 18 + stringWidth(label, FONT, 8) + 14


@dataclass(frozen=True)
class RadarAxis:
    """One spoke of the radar: its label and the two values (None when unknown)."""

    label: str
    current: float | None
    target: float | None


def radar_chart(axes: list[RadarAxis], width: float, labels: tuple[str, str], height: float = 260,
                overlays: Sequence[tuple[str, Sequence[float | None]]] = ()) -> Drawing:
    """Current (filled) and target (dashed) levels 1–5 on one spoke per dimension.

    `overlays` are earlier rounds' current levels (label, one value per axis), drawn as dotted
    grey rings under the current one.
    """
    drawing = Drawing(width, height)
    label_size = 7.5
    label_width = min(130.0, width * 0.26)
    radius = min((width - 2 * label_width - 20) / 2, (height - 60) / 2)
    cx, cy = width / 2, 18 + (height - 18) / 2
    count = max(len(axes), 1)

    def point(index: int, level: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * level / 5 * math.cos(angle), cy + radius * level / 5 * math.sin(angle)

    for level in range(1, 6):
        ring: list[float] = []
        for index in range(count):
            ring += point(index, level)
        drawing.add(Polygon(ring, fillColor=None, strokeColor=GRID, strokeWidth=0.5))
        x, y = point(0, level)
        drawing.add(_text(x + 3, y - 3, str(level), size=7, color=MUTED))
    for index, axis in enumerate(axes):
        x, y = point(index, 5)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
        lx, ly = point(index, 5.45)
        anchor = "start" if lx > cx + 1 else "end" if lx < cx - 1 else "middle"
        lines = wrap(axis.label, FONT, label_size, label_width)
        step = label_size + 1.5
        # the first line's baseline: above the centre the block grows up from the spoke's end,
        # below it hangs down from it, level with the centre it is centred on it
        if ly > cy + 1:
            top = ly + (len(lines) - 1) * step
        elif ly < cy - 1:
            top = ly - label_size
        else:
            top = ly + (len(lines) - 1) * step / 2 - label_size / 3
        for line_no, line in enumerate(lines):
            drawing.add(_text(lx, top - line_no * step, line, size=label_size, anchor=anchor))

    series: list[tuple[list[float | None], colors.Color, Any, list[float] | None]] = [
        (list(values), MUTED, None, [1, 2]) for _label, values in overlays]
    series += [
        ([a.current for a in axes], CURRENT, colors.Color(CURRENT.red, CURRENT.green, CURRENT.blue, alpha=0.25), None),
        ([a.target for a in axes], TARGET, None, [4, 2]),
    ]
    for values, color, fill, dash in series:
        if all(v is None for v in values):
            continue
        if all(v is not None for v in values):
            shape: list[float] = []
            for index, value in enumerate(values):
                shape += point(index, value or 0.0)
            drawing.add(Polygon(shape, fillColor=fill, strokeColor=color, strokeWidth=1.5, strokeDashArray=dash))
        else:
            # A dimension with no answer is not a zero: join only neighbouring known values
            # rather than pulling the shape into the centre.
            for index, value in enumerate(values):
                following = values[(index + 1) % count]
                # two spokes share one edge: draw it once
                if value is not None and following is not None and count > 1 and (count > 2 or index == 0):
                    drawing.add(Line(*point(index, value), *point((index + 1) % count, following),
                                     strokeColor=color, strokeWidth=1.5, strokeDashArray=dash))
        for index, value in enumerate(values):
            if value is not None:
                x, y = point(index, value)
                drawing.add(Circle(x, y, 1.8, fillColor=color, strokeColor=None))
    _legend(drawing, 4, 4, [*((label, MUTED, True) for label, _ in overlays),
                            (labels[0], CURRENT, False), (labels[1], TARGET, True)])
    return drawing


def bar_chart(items: list[tuple[str, float, str]], width: float, *, color: colors.Color = PRIMARY,
              row_height: float = 15) -> Drawing:
    """Horizontal bars, one per (label, value, value text), largest scale from the biggest value."""
    label_width = width * 0.42
    value_room = 52.0
    bar_area = width - label_width - value_room - 8
    height = len(items) * row_height + 8
    drawing = Drawing(width, height)
    biggest = max((value for _, value, _ in items), default=0) or 1
    for row, (label, value, value_text) in enumerate(items):
        y = height - (row + 1) * row_height
        drawing.add(_text(label_width - 4, y + 4, fit(label, FONT, 8, label_width - 6), size=8, anchor="end"))
        length = bar_area * value / biggest
        drawing.add(Rect(label_width, y + 2, max(length, 0.5), row_height - 5, fillColor=color, strokeColor=None))
        drawing.add(_text(label_width + length + 4, y + 4, value_text, size=7.5, color=MUTED))
    drawing.add(Line(label_width, 2, label_width, height, strokeColor=GRID, strokeWidth=0.6))
    return drawing


@dataclass(frozen=True)
class MatrixPoint:
    """A need on the 2×2: its label (its rank) and mean scores."""

    label: str
    impact: float
    feasibility: float


def priority_matrix(points: list[MatrixPoint], size: float, *, axis_labels: tuple[str, str],
                    quadrant_labels: dict[str, str]) -> Drawing:
    """Impact (up) against feasibility (right), 1–5, the four quadrants split at `HIGH`."""
    margin_left, margin_bottom = 34.0, 30.0
    plot = size - margin_left - 8
    drawing = Drawing(size, plot + margin_bottom + 8)
    x0, y0 = margin_left, margin_bottom

    # the scale runs a little past 1 and 5 so that markers on the extremes stay inside the plot
    low, high = 0.55, 5.45

    def at(feasibility: float, impact: float) -> tuple[float, float]:
        return x0 + (feasibility - low) / (high - low) * plot, y0 + (impact - low) / (high - low) * plot

    split_x, split_y = at(HIGH, HIGH)
    boxes = {
        "major_project": (x0, split_y, split_x - x0, y0 + plot - split_y),
        "quick_win": (split_x, split_y, x0 + plot - split_x, y0 + plot - split_y),
        "thankless_task": (x0, y0, split_x - x0, split_y - y0),
        "fill_in": (split_x, y0, x0 + plot - split_x, split_y - y0),
    }
    for key, (bx, by, bw, bh) in boxes.items():
        drawing.add(Rect(bx, by, bw, bh, fillColor=QUADRANT_FILLS[key], strokeColor=GRID, strokeWidth=0.5))
        # each label sits in its box's outer corner, away from the centre where markers crowd
        label = fit(quadrant_labels[key], BOLD, 7.5, bw - 10)
        right = key in ("quick_win", "fill_in")
        y = by + bh - 10 if key in ("quick_win", "major_project") else by + 4
        drawing.add(_text(bx + bw - 4 if right else bx + 4, y, label, size=7.5, font=BOLD, color=MUTED,
                          anchor="end" if right else "start"))
    for value in range(1, 6):
        x, _ = at(value, low)
        _, y = at(low, value)
        drawing.add(_text(x, y0 - 11, str(value), size=7, color=MUTED, anchor="middle"))
        drawing.add(_text(x0 - 6, y - 2.5, str(value), size=7, color=MUTED, anchor="end"))
    drawing.add(_text(x0 + plot / 2, 4, axis_labels[0] + " →", size=8, anchor="middle"))
    ylabel = Group(_text(0, 0, axis_labels[1] + " →", size=8, anchor="middle"))
    ylabel.transform = (0, 1, -1, 0, 12, y0 + plot / 2)  # rotated 90° to run up the left side
    drawing.add(ylabel)

    # Several needs often share scores: merge identical positions, then nudge overlapping markers
    # apart along a spiral, with a thin line back to the true position.
    merged: dict[tuple[float, float], list[str]] = {}
    for p in points:
        merged.setdefault((round(p.feasibility, 2), round(p.impact, 2)), []).append(p.label)
    placed: list[tuple[float, float, float]] = []
    for (feasibility, impact), labels in merged.items():
        text = ", ".join(labels[:4]) + ("…" if len(labels) > 4 else "")
        r = max(7, stringWidth(text, BOLD, 7) / 2 + 3)
        tx, ty = at(feasibility, impact)
        x, y = tx, ty
        for step in range(60):
            if all(math.hypot(x - px, y - py) >= r + pr + 1 for px, py, pr in placed):
                break
            angle, distance = step * 0.9, 4 + step * 1.6
            x = min(max(tx + distance * math.cos(angle), x0 + r), x0 + plot - r)
            y = min(max(ty + distance * math.sin(angle), y0 + r), y0 + plot - r)
        if (x, y) != (tx, ty):
            drawing.add(Line(tx, ty, x, y, strokeColor=MUTED, strokeWidth=0.4))
            drawing.add(Circle(tx, ty, 1.2, fillColor=MUTED, strokeColor=None))
        placed.append((x, y, r))
        drawing.add(Circle(x, y, r, fillColor=PRIMARY, strokeColor=colors.white, strokeWidth=0.6))
        drawing.add(_text(x, y - 2.5, text, size=7, font=BOLD, color=colors.white, anchor="middle"))
    return drawing


@dataclass(frozen=True)
class GanttRow:
    """One row of the timeline: an objective heading (no dates) or an action's bar."""

    label: str
    start: dt.date | None = None
    end: dt.date | None = None
    kind: str = "long"  # "heading", "quick", "long" or "cancelled"


def gantt_parts(rows: list[GanttRow], size: int, continued: Callable[[str], str]) -> list[list[GanttRow]]:
    """The timeline's rows cut into charts of at most `size` rows, each a page's worth.

    A part that starts inside an objective repeats that objective's heading, labelled by
    `continued` (the reader of the next page must know whose rows they are), and a heading never
    ends a part with none of its rows under it.
    """
    parts: list[list[GanttRow]] = []
    part: list[GanttRow] = []
    heading: GanttRow | None = None
    for row in rows:
        is_heading = row.kind == "heading"
        if part and size - len(part) < (2 if is_heading else 1):
            parts.append(part)
            part = []
            if not is_heading and heading is not None:
                part.append(GanttRow(continued(heading.label), kind="heading"))
        if is_heading:
            heading = row
        part.append(row)
    if part:
        parts.append(part)
    return parts


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def gantt_chart(rows: list[GanttRow], width: float, first: dt.date, last: dt.date, *,
                month_letter: dict[int, str], legend: list[tuple[str, str]], horizon_end: dt.date | None,
                row_height: float = 13) -> Drawing:
    """Bars per action on a month scale from `first` to `last` (inclusive), years labelled on top."""
    label_width = width * 0.36
    scale_height = 24.0
    legend_height = 16.0
    height = scale_height + len(rows) * row_height + legend_height + 4
    drawing = Drawing(width, height)
    start_index, end_index = _month_index(first), _month_index(last)
    months = end_index - start_index + 1
    plot_x = label_width + 6
    month_width = (width - plot_x - 2) / months
    top = height - scale_height

    def x_of(index: int) -> float:
        return plot_x + (index - start_index) * month_width

    for index in range(start_index, end_index + 1):
        year, month = divmod(index, 12)
        x = x_of(index)
        if month == 0 or index == start_index:
            drawing.add(Line(x, legend_height, x, top + 12, strokeColor=GRID, strokeWidth=0.7))
            months_left = min(12 - month, end_index - index + 1)
            if months_left * month_width >= stringWidth(str(year), BOLD, 8) + 4:
                drawing.add(_text(x + 2, top + 12, str(year), size=8, font=BOLD))
        elif month_width >= 4:
            drawing.add(Line(x, legend_height, x, top, strokeColor=GRID, strokeWidth=0.25))
        if month_width >= stringWidth("M", FONT, 7) + 1.5:  # a month's letter only where it fits at 7 pt
            drawing.add(_text(x + month_width / 2, top + 2, month_letter[month + 1], size=7, color=MUTED, anchor="middle"))
    if horizon_end is not None and start_index <= _month_index(horizon_end) <= end_index:
        x = x_of(_month_index(horizon_end) + 1)
        drawing.add(Line(x, legend_height, x, top, strokeColor=TARGET, strokeWidth=0.8, strokeDashArray=[3, 2]))

    fills = {"quick": QUICK, "long": LONG, "cancelled": CANCELLED}
    for row_no, row in enumerate(rows):
        y = top - (row_no + 1) * row_height
        if row.kind == "heading":
            drawing.add(_text(2, y + 3.5, fit(row.label, BOLD, 7.5, width - 4), size=7.5, font=BOLD, color=PRIMARY))
            drawing.add(Line(0, y + row_height - 0.5, width, y + row_height - 0.5, strokeColor=GRID, strokeWidth=0.4))
            continue
        drawing.add(_text(8, y + 3.5, fit(row.label, FONT, 7.5, label_width - 10), size=7.5))
        if row.start is None or row.end is None:
            continue
        first_month = max(_month_index(min(row.start, row.end)), start_index)
        last_month = min(_month_index(max(row.start, row.end)), end_index)
        drawing.add(Rect(x_of(first_month), y + 2.5, max((last_month - first_month + 1) * month_width, 1.5),
                         row_height - 5, fillColor=fills.get(row.kind, LONG), strokeColor=None, rx=1.5, ry=1.5))
    kinds = {"quick": (QUICK, False), "long": (LONG, False), "cancelled": (CANCELLED, False), "horizon": (TARGET, True)}
    _legend(drawing, plot_x, 3, [(label, *kinds[kind]) for kind, label in legend])
    return drawing


def months_between(first: dt.date, last: dt.date) -> int:
    """How many months a span covers, both ends included."""
    return _month_index(last) - _month_index(first) + 1


__all__ = [
    "GanttRow",
    "MatrixPoint",
    "RadarAxis",
    "bar_chart",
    "fit",
    "gantt_chart",
    "gantt_parts",
    "months_between",
    "priority_matrix",
    "radar_chart",
    "wrap",
]


@functools.cache
def glyph_contours(font_name: str, text: str, size: float) -> list[list[tuple[str, tuple[float, ...]]]]:
    """The outlines of `text` set in a registered TrueType font, as path commands at `size` points.

    Commands are ("M", (x, y)), ("L", (x, y)), ("C", (x1, y1, x2, y2, x, y)), one list per contour,
    starting at x = 0 on the baseline. Drawn as paths, a watermark is no text at all, so it never
    gets in the way of a reader copying or extracting the page's text. Composite glyphs are left
    out (the words drawn this way have none).
    """
    import struct

    face = pdfmetrics.getFont(font_name).face
    glyf = face.get_table("glyf")
    scale = size / face.unitsPerEm
    contours: list[list[tuple[str, tuple[float, ...]]]] = []
    pen_x = 0.0
    for char in text:
        index = face.charToGlyph.get(ord(char))
        start = face.glyphPos[index] if index is not None else 0
        end = face.glyphPos[index + 1] if index is not None else 0
        if index is not None and end > start and struct.unpack_from(">h", glyf, start)[0] > 0:
            for points in _simple_glyph(glyf, start, struct):
                contours.append(_contour_path([(pen_x + x * scale, y * scale, on) for x, y, on in points]))
        pen_x += stringWidth(char, font_name, size)
    return contours


def _simple_glyph(glyf: bytes, start: int, struct: Any) -> list[list[tuple[int, int, bool]]]:
    count = struct.unpack_from(">h", glyf, start)[0]
    offset = start + 10
    ends = struct.unpack_from(f">{count}H", glyf, offset)
    offset += 2 * count
    (instructions,) = struct.unpack_from(">H", glyf, offset)
    offset += 2 + instructions
    total = ends[-1] + 1
    flags: list[int] = []
    while len(flags) < total:
        flag = glyf[offset]
        offset += 1
        flags.append(flag)
        if flag & 8:
            flags += [flag] * glyf[offset]
            offset += 1
    coords: list[list[int]] = [[], []]
    for axis, (short, same) in enumerate(((2, 16), (4, 32))):
        value = 0
        for flag in flags:
            if flag & short:
                delta = glyf[offset]
                offset += 1
                value += delta if flag & same else -delta
            elif not flag & same:
                value += struct.unpack_from(">h", glyf, offset)[0]
                offset += 2
            coords[axis].append(value)
    points = [(coords[0][i], coords[1][i], bool(flags[i] & 1)) for i in range(total)]
    result, first = [], 0
    for last in ends:
        result.append(points[first:last + 1])
        first = last + 1
    return result


def _contour_path(points: list[tuple[float, float, bool]]) -> list[tuple[str, tuple[float, ...]]]:
    """A closed TrueType contour (quadratic, with implied on-curve points) as move, line and cubic commands."""
    if not any(on for _, _, on in points):  # all off-curve: start between the first two
        x0, y0 = (points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2
        points = [(x0, y0, True), *points[1:], points[0]]
    while not points[0][2]:
        points = points[1:] + points[:1]
    start = (points[0][0], points[0][1])
    path: list[tuple[str, tuple[float, ...]]] = [("M", start)]
    current = start
    control: tuple[float, float] | None = None
    for x, y, on in [*points[1:], (start[0], start[1], True)]:
        if on:
            if control is None:
                path.append(("L", (x, y)))
            else:
                path.append(("C", _cubic(current, control, (x, y))))
                control = None
            current = (x, y)
        elif control is None:
            control = (x, y)
        else:
            middle = ((control[0] + x) / 2, (control[1] + y) / 2)
            path.append(("C", _cubic(current, control, middle)))
            current, control = middle, (x, y)
    return path


def _cubic(p0: tuple[float, float], q: tuple[float, float], p2: tuple[float, float]) -> tuple[float, ...]:
    return (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]),
            p2[0] + 2 / 3 * (q[0] - p2[0]), p2[1] + 2 / 3 * (q[1] - p2[1]), p2[0], p2[1])
