"""Walk every page and dialog in both themes as a screen reader and a keyboard user meet them:
accessible names, chart descriptions, the colours really drawn, the Tab chain, live regions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitterHandle,
    QTextEdit,
    QWidget,
)

from icc_desktop.store.db import Database
from icc_desktop.ui.announce import announcer
from icc_desktop.ui.theme import apply_theme
from icc_desktop.ui.widgets.gantt import GanttChart
from icc_desktop.ui.widgets.priority_matrix import PriorityMatrix
from icc_desktop.ui.widgets.radar_chart import RadarChart
from tests.ui.shell_support import app_look_kept, first_workshop_id, open_window
from tests.ui.test_contrast import contrast_ratio

CHARTS = (RadarChart, PriorityMatrix, GanttChart)
INTERACTIVE = (QAbstractButton, QAbstractItemView, QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit,
               QTextEdit, QSplitterHandle)


def accessible(widget: QWidget, what: QAccessible.Text) -> str:
    """What an assistive technology is told (Qt derives names from texts, labels and buddies)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(what) if interface is not None else "").strip()


def focus_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits under `root`, in focus-chain order (as Qt's focusNextPrevChild)."""
    stops: list[QWidget] = []
    widget = root.nextInFocusChain()
    seen: set[int] = set()
    while widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        if (root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def order_problems(root: QWidget, where: str) -> list[str]:
    """Tab stops that jump back against reading order: up and to the left of the previous stop.

    Reading order goes down a column, then on to a column on the right (a pane beside): a stop
    above the previous one is fine only when it starts right of it. The chain is read after a
    real Tab press on the page's first stop (what a keyboard user starts with).
    """
    from PySide6.QtTest import QTest

    found = []
    stops = focus_stops(root)
    if stops:
        stops[0].setFocus()
        QTest.keyClick(stops[0], Qt.Key.Key_Tab)
        stops = focus_stops(root)
    for before, after in zip(stops, stops[1:], strict=False):
        a = before.rect().translated(before.mapTo(root, before.rect().topLeft()))
        b = after.rect().translated(after.mapTo(root, after.rect().topLeft()))
        if b.bottom() < a.top() and b.left() < a.right() - 4:
            found.append(f"{where}: Tab goes back up from {_label(before)} to {_label(after)}")
    return found


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__} {accessible(widget, QAccessible.Text.Name)!r}"


def problems_of(root: QWidget, where: str) -> list[str]:
    """Every accessibility problem found under `root` (visible widgets only)."""
    found = []
    widgets = [w for w in root.findChildren(QWidget) if w.isVisible()]
    for widget in widgets:
        kind = type(widget).__name__
        if isinstance(widget, CHARTS):
            if not accessible(widget, QAccessible.Text.Name):
                found.append(f"{where}: chart {kind} has no name")
            if not accessible(widget, QAccessible.Text.Description):
                found.append(f"{where}: chart {kind} has no description")
        elif isinstance(widget, QAbstractButton) or (  # buttons even without focus: a reader lists them
                isinstance(widget, INTERACTIVE) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):  # (a spin box's line edit: the spin box is the stop)
            if not accessible(widget, QAccessible.Text.Name):
                found.append(f"{where}: {kind} '{getattr(widget, 'text', lambda: '')()}' has no accessible name")
    for widget in focus_stops(root):
        kind = type(widget).__name__
        if not accessible(widget, QAccessible.Text.Name):
            parent = widget.parentWidget()
            found.append(f"{where}: focus stop {kind} ({widget.objectName()}, in "
                         f"{type(parent).__name__ if parent else None}) has no name")
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            found.append(f"{where}: table {accessible(widget, QAccessible.Text.Name)!r} traps Tab (one Tab stop per table)")
        if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.tabChangesFocus() and not widget.isReadOnly():
            found.append(f"{where}: text box {accessible(widget, QAccessible.Text.Name)!r} traps Tab")
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, (QAbstractItemView, *CHARTS,
                                                                              QPlainTextEdit, QTextEdit)):
            found.append(f"{where}: scroll area {kind} is a focus stop (nothing to do there)")
    for label in (w for w in widgets if isinstance(w, QLabel) and w.text().strip() and not w.styleSheet()):
        palette = label.palette()
        text = palette.color(label.foregroundRole()).name()
        for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast_ratio(text, palette.color(background).name())
            if ratio < 4.5:
                found.append(f"{where}: label {label.text()[:30]!r} at {ratio:.2f}:1 on {background.name}")
    return found


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each walk runs in both themes."""
    with app_look_kept():
        apply_theme(qapp, request.param)
        yield request.param


def test_every_page_is_named_described_and_keyboard_safe(qtbot: Any, demo_db: Database, theme: str) -> None:
    """Every page: interactive widgets and charts named, charts described with their data, the
    colours drawn at AA contrast, every Tab stop named and no Tab traps."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db))
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    found = problems_of(window.navigation.parentWidget(), "navigation")
    for page_id in window.pages:
        if not window.navigation_enabled(page_id):
            continue
        page = window.show_page(page_id)
        QApplication.processEvents()
        found += problems_of(page, page_id) + order_problems(page, page_id)
    found += problems_of(window.statusBar(), "status bar")
    found += problems_of(window.toolbar, "toolbar")
    assert found == [], "\n".join(found)


def test_every_dialog_and_the_presenter(qtbot: Any, demo_db: Database, theme: str) -> None:
    """The dialogs and the presenter's views pass the same checks; the presenter's charts state their data."""
    from icc_desktop.ui.dialogs.settings import SettingsDialog
    from icc_desktop.ui.dialogs.shortcuts import ShortcutsDialog
    from icc_desktop.ui.dialogs.sync_settings import SyncSettingsDialog
    from icc_desktop.ui.presenter import open_presenter

    window = open_window(qtbot, demo_db, first_workshop_id(demo_db))
    assert window.context is not None
    dialogs: list[QWidget] = [SyncSettingsDialog(window.context, window), ShortcutsDialog(window.menuBar(), window)]
    dialogs.append(SettingsDialog(window.settings, window) if _takes_settings() else SettingsDialog(window))
    found = []
    for dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        found += problems_of(dialog, type(dialog).__name__)
        dialog.close()
    presenter = open_presenter(window.context, window)
    qtbot.addWidget(presenter)
    for view in ("radar", "ranking", "matrix", "timer"):
        presenter.show_view(view)
        QApplication.processEvents()
        found += problems_of(presenter, f"presenter {view}")
    assert found == [], "\n".join(found)
    assert "Mean level from 1 to 5 per dimension." in accessible(presenter.radar, QAccessible.Text.Description)
    assert "impact" in accessible(presenter.matrix, QAccessible.Text.Description)
    presenter.close()


def _takes_settings() -> bool:
    import inspect

    from icc_desktop.ui.dialogs.settings import SettingsDialog

    return "settings" in inspect.signature(SettingsDialog.__init__).parameters


def test_chart_descriptions_state_their_data(qtbot: Any) -> None:
    """Each chart's description names every item with its values, and follows new data."""
    from PySide6.QtCore import QLocale

    from icc_desktop.ui.i18n import install_translations

    previous = QLocale()
    install_translations("en")  # English plural forms ("1 action") come from its .qm, as in the app
    try:
        _check_chart_descriptions(qtbot)
    finally:
        QLocale.setDefault(previous)  # later tests in this process expect the locale they started with


def _check_chart_descriptions(qtbot: Any) -> None:
    from icc_desktop.ui.widgets.gantt import GanttBar, GanttGroup
    from icc_desktop.ui.widgets.priority_matrix import MatrixPoint

    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.set_scores(["Governance", "Data", "Skills"], [2.0, None, 3.5], [4.0, 3.0, None])
    text = accessible(radar, QAccessible.Text.Description)
    assert "Governance: current 2.0, target 4.0" in text and "Data: current not scored, target 3.0" in text
    assert "Skills: current 3.5, target not scored" in text

    matrix = PriorityMatrix()
    qtbot.addWidget(matrix)
    matrix.set_points([MatrixPoint(1, "Open data portal", 4.5, 4.0, 1), MatrixPoint(2, "Smart lighting", 2.0, 1.5, 2)])
    text = accessible(matrix, QAccessible.Text.Description)
    assert "Quick wins: N1 Open data portal (impact 4.5, feasibility 4.0)" in text
    assert "Thankless tasks: N2 Smart lighting (impact 2.0, feasibility 1.5)" in text

    import datetime as dt

    gantt = GanttChart()
    qtbot.addWidget(gantt)
    gantt.set_plan([GanttGroup("Mobility", [GanttBar("a1", "Bike lanes", dt.date(2025, 3, 1), dt.date(2025, 9, 1),
                                                      "in_progress", "ends after the horizon")])])
    text = accessible(gantt, QAccessible.Text.Description)
    assert text.startswith("1 action from Mar 2025 to Sept 2025. ")  # en_GB: the app writes dates the European way
    assert "Mobility: Bike lanes: Mar 2025 – Sept 2025, In progress — check: ends after the horizon" in text


def test_refusals_and_states_are_announced(qtbot: Any, demo_db: Database) -> None:
    """A refused entry is announced assertively; the save state politely, once a minute at most."""
    from icc_desktop.ui.widgets.field_message import FieldMessage

    heard: list[tuple[str, bool]] = []
    announcer().sig_announced.connect(lambda text, assertive: heard.append((text, assertive)))
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), "roadmap")
    page = window.current_page()
    message = page.findChild(FieldMessage)  # type: ignore[union-attr]
    assert message is not None
    message.show_beside(page, "Budget: must be at least 0")  # type: ignore[arg-type]
    assert ("Budget: must be at least 0", True) in heard
    assert accessible(message, QAccessible.Text.Name) == "Entry refused"
    heard.clear()
    window._undo_stack_changed(0)
    window._undo_stack_changed(0)
    saved = [text for text, assertive in heard if text.startswith("All changes saved at") and not assertive]
    assert len(saved) == 1


def test_tab_leaves_the_question_table_at_once(qtbot: Any, demo_db: Database) -> None:
    """From the assessment's question table one Tab leaves it, and the level buttons follow (it took 35)."""
    from PySide6.QtTest import QTest

    from icc_desktop.ui.widgets.level_button import LevelButton

    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), "assessment")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.current_page()
    page.table.setFocus()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.table.hasFocus())  # type: ignore[union-attr]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table  # type: ignore[union-attr]
    presses = 1
    while not isinstance(QApplication.focusWidget(), LevelButton) and presses < 4:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # (the pane divider comes first)
        presses += 1
    assert isinstance(QApplication.focusWidget(), LevelButton), QApplication.focusWidget()
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.table  # type: ignore[union-attr]
