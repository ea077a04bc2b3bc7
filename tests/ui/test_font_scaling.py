"""Fonts follow the system size and the app's zoom; nothing is cut at 16 pt; keyboard extras
(Shift+Space for the target level, Help ▸ Keyboard shortcuts)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from icc_desktop.store.db import Database
from icc_desktop.ui import theme
from icc_desktop.ui.settings import ZOOM
from icc_desktop.ui.widgets.level_button import LevelButton
from tests.ui.shell_support import first_workshop_id, open_window


@pytest.fixture
def app_font_kept(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """Put the application font (and the zoom's idea of the system size) back afterwards."""
    font = QFont(qapp.font())
    monkeypatch.setattr(theme, "_system_point_size", None)
    yield qapp
    qapp.setFont(font)


def _page_titles(page: Any) -> list[QLabel]:
    return [label for label in page.findChildren(QLabel) if label.property("role") == "pageTitle"]


def _cut_entries(window: Any) -> list[str]:
    """Navigation entries and page titles whose text does not fit where it is drawn."""
    cut = []
    nav = window.navigation
    metrics = nav.fontMetrics()
    for row in range(nav.count()):
        item = nav.item(row)
        rect = nav.visualItemRect(item)
        if metrics.horizontalAdvance(item.text()) + 8 > min(rect.width(), nav.viewport().width()):
            cut.append(f"navigation: {item.text()}")
    for page_id in window.pages:
        if not window.navigation_enabled(page_id):
            continue
        page = window.show_page(page_id)
        QApplication.processEvents()
        for label in _page_titles(page):
            if label.isVisible() and label.fontMetrics().horizontalAdvance(label.text()) > label.width():
                cut.append(f"{page_id} title: {label.text()} ({label.width()} px)")
    return cut


@pytest.mark.parametrize("language", ["en", "de"])
def test_nothing_cut_at_a_16_pt_system_font(qtbot: Any, demo_db: Database, app_font_kept: QApplication,
                                            language: str) -> None:
    """At a 16 pt system font on a 1366×768 screen no navigation entry or page title is cut, and
    titles are larger than the body text (they follow the system size, not a fixed 16 pt)."""
    from PySide6.QtCore import QLocale

    from icc_desktop.ui.i18n import install_translations

    previous = QLocale()
    font = QFont(app_font_kept.font())
    font.setPointSizeF(16)
    app_font_kept.setFont(font)
    install_translations(language)
    try:
        window = open_window(qtbot, demo_db, first_workshop_id(demo_db))
        window.resize(1366, 768)
        QApplication.processEvents()
        assert _cut_entries(window) == []
        title = _page_titles(window.pages["overview"])[0]
        assert title.font().pointSizeF() >= 16 * 1.5
        assert window.navigation.width() > 204  # the old fixed width cut "Needs & priorities"
    finally:
        install_translations("en")
        QLocale.setDefault(previous)  # later tests in this process expect the locale they started with


def test_zoom_keys_grow_and_shrink_everything(qtbot: Any, demo_db: Database, app_font_kept: QApplication) -> None:
    """Ctrl+= and Ctrl+- change every text, the titles and the navigation; Ctrl+0 goes back; the
    zoom is kept in the settings."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), "overview")
    base = app_font_kept.font().pointSizeF()
    title = _page_titles(window.pages["overview"])[0]
    title_before, nav_before = title.font().pointSizeF(), window.navigation.width()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.get(ZOOM) == pytest.approx(1.25)
    assert app_font_kept.font().pointSizeF() == pytest.approx(round(base * 1.25, 1))
    assert title.font().pointSizeF() > title_before and window.navigation.width() > nav_before
    assert _cut_entries(window) == []
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.get(ZOOM) == pytest.approx(1.1)
    window.zoom_reset_action.trigger()
    assert window.settings.get(ZOOM) == 1.0 and app_font_kept.font().pointSizeF() == pytest.approx(base)
    assert title.font().pointSizeF() == pytest.approx(title_before)


def test_zoom_stays_within_its_steps() -> None:
    """Zooming past the ends stays at the smallest and largest step."""
    assert theme.next_zoom(theme.ZOOM_STEPS[-1], 1) == theme.ZOOM_STEPS[-1]
    assert theme.next_zoom(theme.ZOOM_STEPS[0], -1) == theme.ZOOM_STEPS[0]
    assert theme.next_zoom(1.0, 1) == 1.1 and theme.next_zoom(1.05, -1) == 1.0 and theme.next_zoom(1.6, 0) == 1.0


def test_shift_space_sets_the_target_level(qtbot: Any) -> None:
    """On a level button Space picks the current level and Shift+Space the target, as click and
    Shift+click do."""
    button = LevelButton(4)
    qtbot.addWidget(button)
    button.set_state("Data shared across departments", current=False, target=False)
    with qtbot.waitSignal(button.sig_picked) as picked:
        QTest.keyClick(button, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert picked.args == [4, True]
    with qtbot.waitSignal(button.sig_picked) as picked:
        QTest.keyClick(button, Qt.Key.Key_Space)
    assert picked.args == [4, False]


def test_help_lists_the_keyboard_shortcuts(qtbot: Any, db: Database) -> None:
    """Help ▸ Keyboard shortcuts lists the menus' real shortcuts and the pages' keys."""
    from icc_desktop.ui.dialogs.shortcuts import ShortcutsDialog

    window = open_window(qtbot, db)
    assert window.shortcuts_action in window.help_menu.actions()
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Sync ▸ Sync now"] == "Ctrl+Shift+Y"
    assert "Ctrl+=" in rows["View ▸ Zoom in"] and rows["View ▸ Zoom out"] == "Ctrl+-"
    assert rows["Assessment, level buttons: set the target level"] == "Shift+Space"
    assert any(what.startswith("View ▸ Go to ▸ ") for what in rows)
    assert not dialog.table.tabKeyNavigation()


def test_pane_dividers_move_by_keyboard(qtbot: Any, demo_db: Database) -> None:
    """Every pane divider of the pages is a named Tab stop; arrows, Home and End move it."""
    from PySide6.QtWidgets import QSplitter

    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), "conflicts")
    splitters = [s for page in window.pages.values() for s in page.findChildren(QSplitter)]
    assert splitters
    for splitter in splitters:
        for index in range(1, splitter.count()):
            handle = splitter.handle(index)
            assert handle.focusPolicy() & Qt.FocusPolicy.TabFocus and handle.accessibleName() == "Pane divider"
    splitter = window.pages["conflicts"].findChild(QSplitter)
    window.pages["conflicts"].stack.setCurrentIndex(1)  # type: ignore[attr-defined]
    splitter.resize(1000, 400)
    splitter.setSizes([500, 500])
    handle = splitter.handle(1)
    forward = Qt.Key.Key_Right if splitter.orientation() == Qt.Orientation.Horizontal else Qt.Key.Key_Down
    before = splitter.sizes()[0]
    QTest.keyClick(handle, forward)
    assert splitter.sizes()[0] == before + 24
    QTest.keyClick(handle, forward, Qt.KeyboardModifier.ShiftModifier)
    assert splitter.sizes()[0] > before + 24  # Shift: a larger step (as far as the other pane allows)
    QTest.keyClick(handle, Qt.Key.Key_Home)
    assert splitter.sizes()[0] < before
