"""WCAG 2.1 AA contrast of the window's colours, computed from the one palette, in both themes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from icc_desktop.ui import palette as app_palette
from icc_desktop.ui.theme import apply_theme

UI_DIR = Path(app_palette.__file__).parent


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour given as #rrggbb."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    """The ratio is computed as WCAG defines it (black on white 21:1, the old hint grey 4.1:1)."""
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#6e7781", "#f3f4f6") < 4.5  # the hint text the issue found at 4.1:1


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_pair_meets_wcag_aa(theme: str) -> None:
    """Every colour drawn on another (text 4.5:1, large text and graphics 3:1) meets WCAG AA."""
    colours = app_palette.PALETTES[theme]
    failures = [
        f"{fg} on {bg} ({use}): {contrast_ratio(colours[fg], colours[bg]):.2f} < {minimum}"
        for fg, bg, minimum, use in app_palette.CONTRAST_PAIRS
        if contrast_ratio(colours[fg], colours[bg]) < minimum
    ]
    assert not failures, "\n".join(failures)


def test_every_text_role_and_chart_colour_is_checked() -> None:
    """Each Qt text role and each colour meant as text or meaning appears in a checked pair."""
    checked = {fg for fg, _bg, _minimum, _use in app_palette.CONTRAST_PAIRS}
    meaningful = {key for key in app_palette.LIGHT
                  if key.endswith(("text", "_label")) or key.startswith(("status_", "on_"))
                  or key in ("error", "current", "target", "link", "placeholder")}
    meaningful -= {"disabled_text"}  # WCAG exempts inactive controls
    assert meaningful - checked == set()
    assert set(app_palette.LIGHT) == set(app_palette.DARK)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_window_palette_is_the_checked_palette(qapp: QApplication, theme: str) -> None:
    """The colours the window really uses for each Qt role are the palette's, as checked above."""
    try:
        apply_theme(qapp, theme)
        colours = app_palette.PALETTES[theme]
        for role_name, key in app_palette.QT_ROLES.items():
            role = getattr(QPalette.ColorRole, role_name)
            assert qapp.palette().color(role).name() == colours[key], role_name
    finally:
        apply_theme(qapp, "light")


def test_no_colour_outside_the_palette() -> None:
    """No widget picks a colour of its own (a hex literal or a named Qt colour) outside the palette."""
    pattern = re.compile(r'#[0-9a-fA-F]{6}\b|QColor\("[a-z]+"\)|GlobalColor\.(?!transparent)\w+')
    offenders = []
    for path in UI_DIR.rglob("*.py"):
        if path.name == "palette.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(UI_DIR)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_quadrant_labels_are_drawn_in_their_colour(qtbot: Any, qapp: QApplication, theme: str) -> None:
    """The 2×2's quadrant names are really drawn, in the palette's label colour, over their area."""
    from PySide6.QtGui import QColor

    from icc_desktop.ui.widgets.priority_matrix import MatrixPoint, PriorityMatrix

    try:
        apply_theme(qapp, theme)
        matrix = PriorityMatrix()
        qtbot.addWidget(matrix)
        matrix.resize(600, 500)
        matrix.set_points([MatrixPoint(1, "Open data portal", 4.5, 4.0, 1)])
        with qtbot.waitExposed(matrix):
            matrix.show()
        image = matrix.grab().toImage()
        colours = app_palette.PALETTES[theme]
        for code in app_palette.QUADRANTS:
            wanted = QColor(colours[f"{code}_label"])
            found = any(QColor(image.pixel(x, y)) == wanted
                        for x in range(0, image.width(), 1) for y in range(0, image.height(), 2))
            assert found, f"{code} label not drawn in {wanted.name()}"
    finally:
        apply_theme(qapp, "light")


def test_timeline_status_is_not_told_by_colour_alone(qtbot: Any, demo_db: Any) -> None:
    """Every action status has its own mark beside its bar, and the timeline's legend shows it."""
    from icc_desktop.ui.widgets.gantt import STATUS_MARKS
    from tests.ui.shell_support import first_workshop_id, open_window

    assert set(STATUS_MARKS) == set(app_palette.STATUSES)
    assert len(set(STATUS_MARKS.values())) == len(STATUS_MARKS)
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), "roadmap")
    legend = window.pages["roadmap"].gantt_legend.text()  # type: ignore[attr-defined]
    for mark in STATUS_MARKS.values():
        assert mark in legend
