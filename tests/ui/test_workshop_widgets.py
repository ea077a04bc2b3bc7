"""The workshop charts: the 2×2's labels stay readable, the radar skips unknown levels, the timeline picks bars."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from PySide6.QtCore import QPoint, Qt

from icc_desktop.ui.widgets.gantt import GanttBar, GanttChart, GanttGroup
from icc_desktop.ui.widgets.priority_matrix import MatrixPoint, PriorityMatrix, legend_area
from icc_desktop.ui.widgets.radar_chart import RadarChart, short_label


def test_matrix_rank_labels_never_overlap(qtbot):
    """Needs scored almost alike get labels (their numbers, not ranks) side by side, clear of each other
    and of the quadrant names; the legend lists them by rank with their titles."""
    matrix = PriorityMatrix()
    qtbot.addWidget(matrix)
    matrix.resize(500, 400)
    matrix.show()
    matrix.set_points([MatrixPoint(1, "a", 4.0, 4.0, 3), MatrixPoint(2, "b", 4.05, 4.1, 1),
                       MatrixPoint(3, "c", 3.95, 4.05, 5), MatrixPoint(4, "d", 5.0, 5.0, 2),
                       MatrixPoint(5, "e", 4.0, 4.0, 4)])
    matrix.resize(520, 400)  # placement follows the plot area
    qtbot.waitUntil(lambda: matrix.rank_labels[0].pos().x() > 0)
    assert [item.text() for item in matrix.rank_labels] == ["N3, N4", "N1", "N5", "N2"]
    assert matrix.legend.text().splitlines() == ["N3 · a", "N1 · b", "N5 · c", "N2 · d", "N4 · e"]
    boxes = [item.sceneBoundingRect() for item in matrix.rank_labels]
    assert not any(a.intersects(b) for a, b in combinations(boxes, 2))
    names = [item.sceneBoundingRect() for item in matrix._labels.values()]
    assert not any(box.intersects(name) for box in boxes for name in names)


def test_radar_leaves_out_unknown_levels_and_shortens_names():
    """A dimension with no level has no point (no false zero); long names are cut before their qualifier."""
    radar = RadarChart()
    radar.set_scores(["Energy", "Mobility", "Leadership and governance of the local digital ecosystem"],
                     [2.0, None, 3.5], [4.0, 4.0, 5.0])
    assert radar.values("current") == [(0.0, 2.0), (2.0, 3.5), (3.0, 2.0)]
    assert radar.values("target")[-1] == (3.0, 4.0)  # the ring closes through the first spoke
    assert short_label("Leadership and governance of the local digital ecosystem") == "Leadership and<br>governance"
    radar.set_scores([], [], [])
    assert radar.values() == [] and radar.polar.title() == ""


def test_radar_draws_what_is_known_and_marks_what_is_not():
    """One target set already shows (as a point); a ring missing its first spoke still closes; unscored spokes say so."""
    radar = RadarChart()
    radar.set_scores(["Energy", "Mobility", "Health", "Culture"], [None, 2.0, 3.0, None], [None, None, 4.0, None])
    assert radar.current_series.pointsVisible() and radar.target_series.pointsVisible()
    assert radar.values("target") == [(2.0, 4.0)]
    assert radar.values("current") == [(1.0, 2.0), (2.0, 3.0), (5.0, 2.0)]  # closed through spoke 1, one turn on
    labels = radar.spoke_labels
    assert "not scored" in labels[0] and "not scored" in labels[3] and "not scored" not in labels[1]
    radar.set_scores(["Energy", "Mobility", "Health", "Culture"], [1.0, 2.0, 3.0, 4.0], [None, None, 4.0, None])
    assert not any("not scored" in label for label in radar.spoke_labels)


def test_timeline_click_picks_the_action(qtbot):
    """Clicking a bar selects its action and says which; actions without dates draw no bar."""
    chart = GanttChart()
    qtbot.addWidget(chart)
    chart.resize(800, 300)
    chart.set_plan([GanttGroup("Energy", [GanttBar("a1", "Solar roofs", dt.date(2025, 1, 1), dt.date(2025, 12, 1)),
                                          GanttBar("a2", "Heat pumps", None, None)])],
                   dt.date(2025, 1, 1), dt.date(2027, 12, 1))
    chart.show()
    chart.grab()  # paints, which lays out the bars
    assert chart.bar_at(QPoint(5, 5)) is None
    rect = chart._bar_rects[0][0]
    assert len(chart._bar_rects) == 1
    with qtbot.waitSignal(chart.sig_action_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert clicked.args == ["a1"] and chart.selected_id == "a1"


def test_charts_keep_qt_scale_method(qtbot):
    """The charts' type size factor does not hide QGraphicsView.scale() (mypy found it shadowed)."""
    for chart in (RadarChart(scale=1.5), PriorityMatrix(scale=1.5)):
        qtbot.addWidget(chart)
        chart.scale(2.0, 2.0)  # a float attribute named `scale` made this a TypeError
        assert chart.transform().m11() == 2.0
        assert chart.text_scale == 1.5


def test_the_matrix_legend_is_never_cut_by_a_long_word(qtbot) -> None:
    """A German title's long word ("Breitbandversorgung") widens the 2×2's legend instead of being cut behind a
    sideways scroll bar (the legend only scrolls down)."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    matrix = PriorityMatrix()
    area = legend_area(matrix.legend)
    layout = QHBoxLayout(box)
    layout.addWidget(matrix, 3)
    layout.addWidget(area, 1)
    box.resize(420, 300)
    box.show()
    matrix.legend.setText("B6 · Lücken in der Breitbandversorgung\nB2 · Immer wieder dieselben Nachweise")
    qtbot.wait(50)
    word = matrix.legend.fontMetrics().horizontalAdvance("Breitbandversorgung")
    assert matrix.legend.contentsRect().width() >= word
    assert area.viewport().width() >= matrix.legend.width()  # nothing of it outside the visible width


def test_quadrant_names_never_run_into_each_other(qtbot) -> None:
    """In German ("Undankbare Aufgaben" beside "Lückenfüller") on a narrow 2×2, the four names stay apart:
    their font shrinks to fit each name inside its own box."""
    from tests.ui.shell_support import ui_language

    with ui_language("de"):
        matrix = PriorityMatrix()
        qtbot.addWidget(matrix)
        matrix.resize(290, 260)
        matrix.show()
        qtbot.wait(50)
        rects = {code: item.sceneBoundingRect() for code, item in matrix._labels.items()}
        for first, second in (("major_project", "quick_win"), ("thankless_task", "fill_in")):
            assert not rects[first].intersects(rects[second]), (first, second)


def test_radar_labels_never_break_inside_a_word() -> None:
    """A German dimension name wraps between words ("Stadtgesellschaft" whole), never inside one."""
    label = short_label("Beteiligung der Stadtgesellschaft am digitalen Wandel")
    assert "Stadtgesellschaft" in label.split("<br>")
