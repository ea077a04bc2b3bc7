"""Every page in French and German at 1366×768: no English left from the catalogue, nothing cut in a main column."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QTabWidget,
    QWidget,
)

from icc_desktop import vocabulary
from icc_desktop.services.multilingual import shipped_frameworks
from icc_desktop.store.db import Database
from icc_desktop.ui.main_window import MainWindow
from icc_desktop.ui.settings import Settings
from icc_desktop.ui.workers import InlinePool, Workers
from tests.ui.shell_support import first_workshop_id, ui_language

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


def english_sources(language: str) -> set[str]:
    """The English texts of the catalogue, the vocabulary and the shipped frameworks whose translation in
    `language` differs (mnemonics removed)."""
    found: set[str] = set()
    for message in ET.parse(TS_DIR / f"icc_desktop_{language}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        text = forms[0] if forms else (translation.text or "" if translation is not None else "")
        if text and _plain(text) != _plain(source) and not re.search(r"%\d|%L?n|\{", source):  # templates are filled in
            found.add(_plain(source))
    index = vocabulary.LANGUAGES.index(language)  # the domain's words: statuses, groups, countries...
    for words in (*vocabulary.LISTS.values(), vocabulary.countries()):
        found.update(names[0] for names in words.values() if names[index] != names[0])
    for framework in shipped_frameworks():  # the frameworks' dimensions, questions and level descriptors
        found.update(_plain(texts["en"]) for texts in framework.translations()
                     if texts.get(language, texts["en"]) != texts["en"])
    return found


def typed_texts(db: Database) -> set[str]:
    """Every text users typed into the workshop tables: shown as typed, in whatever language."""
    import sqlite3

    conn = sqlite3.connect(db.path)
    try:
        found: set[str] = set()
        for table in ("city", "workshop", "participant", "need", "objective", "action", "kpi"):
            for row in conn.execute(f"SELECT * FROM {table}"):  # noqa: S608
                found.update(value.strip() for value in row if isinstance(value, str))
        return found
    finally:
        conn.close()


def _plain(text: str) -> str:
    return re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&").strip()


def visible_texts(page: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a page shows: labels, buttons, tabs, headers, fields, choices and cells."""
    found: list[tuple[str, str]] = []

    def shown(widget: QWidget) -> bool:
        return widget.isVisibleTo(page)

    for label in page.findChildren(QLabel):
        if shown(label) and label.textFormat() != Qt.TextFormat.RichText:
            found += [(f"label {label.objectName()}", line) for line in label.text().splitlines()]
    for button in page.findChildren(QAbstractButton):
        if shown(button):
            found.append(("button", button.text()))
    for box in page.findChildren(QGroupBox):
        if shown(box):
            found.append(("group", box.title()))
    for tabs in page.findChildren(QTabWidget):
        if shown(tabs):
            found += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    for field in page.findChildren(QLineEdit):
        if shown(field):
            found.append(("placeholder", field.placeholderText()))
    for combo in page.findChildren(QComboBox):
        if shown(combo):
            found += [("choice", combo.itemText(i)) for i in range(combo.count())]
    for view in page.findChildren(QListView):
        if shown(view) and view.model() is not None:
            model = view.model()
            for row in range(model.rowCount()):
                found += [("list", line) for line in str(model.index(row, 0).data() or "").splitlines()]
    for table in page.findChildren(QTableView):
        if not shown(table) or table.model() is None:
            continue
        model = table.model()
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            found.append(("header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
            for row in range(min(model.rowCount(), 60)):
                value = model.index(row, column).data()
                if isinstance(value, str):
                    found.append((f"cell {table.accessibleName()}", value))
    return [(where, text) for where, text in found if text.strip()]


def elided_cells(table: QTableView) -> list[str]:
    """Texts of the main (stretched) column that do not fit their cell, wrapped or not."""
    model, header = table.model(), table.horizontalHeader()
    problems = []
    metrics = table.fontMetrics()
    for column in range(header.count()):
        if table.isColumnHidden(column) or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            continue
        width = table.columnWidth(column) - 10
        for row in range(model.rowCount()):
            if table.visualRect(model.index(row, column)).isEmpty():
                continue  # scrolled out of sight
            text = model.index(row, column).data()
            if not isinstance(text, str) or metrics.horizontalAdvance(text) <= width:
                continue
            needed = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text).height()
            if not table.wordWrap() or needed > table.rowHeight(row):
                problems.append(f"{table.accessibleName()}: {text!r} ({needed} > {table.rowHeight(row)} at {width})")
    return problems


def shown_pages(qtbot: Any, window: MainWindow, wait_ms: int) -> Iterator[tuple[str, QWidget]]:
    """Each page the window can show, shown in turn (after `wait_ms` to settle), with its id."""
    for page_id, page in window.pages.items():
        if window.navigation_enabled(page_id):
            window.show_page(page_id)
            qtbot.wait(wait_ms)
            yield page_id, page


@pytest.fixture
def window_in(qtbot: Any, demo_db: Database):
    """A main window built in a language, 1366×768, on the demo workshop."""
    made: list[MainWindow] = []

    def build(language: str) -> MainWindow:
        window = MainWindow(Settings.in_memory(), Workers(InlinePool()))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.attach_database(demo_db)
        assert window.context is not None
        window.context.set_workshop(first_workshop_id(demo_db))
        window.show()
        made.append(window)
        return window

    return build


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_page_speaks_the_language_and_nothing_is_cut(qtbot, demo_db, window_in, language: str) -> None:
    """Walking every page in French and in German finds no English text of the catalogue on screen
    and no main-column text cut short at 1366×768."""
    english = english_sources(language) - typed_texts(demo_db)
    with ui_language(language):
        window = window_in(language)
        problems: list[str] = []
        for page_id, page in shown_pages(qtbot, window, 50):
            for where, text in visible_texts(page):
                if _plain(text) in english:
                    problems.append(f"{page_id} {where}: English {text!r}")
            for table in page.findChildren(QTableView):
                if table.isVisibleTo(page):
                    try:  # rows are fitted to their text once a burst of changes has settled
                        qtbot.waitUntil(lambda table=table: not elided_cells(table), timeout=1500)
                    except qtbot.TimeoutError:
                        problems += [f"{page_id} cut: {p}" for p in elided_cells(table)]
        for where, text in visible_texts(window.menuBar()):  # menus are checked through their actions
            if _plain(text) in english:
                problems.append(f"menu {where}: English {text!r}")
        for action in window.findChildren(type(window.undo_action)):
            if action.text() and _plain(action.text()) in english:
                problems.append(f"action: English {action.text()!r}")
        window.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_assessment_radar_uses_its_room_with_every_label_whole(qtbot, window_in, language: str) -> None:
    """At 1366×768 the assessment page's radar is drawn large (at least 180 px across) and every spoke's
    name shows whole: none hidden, none shortened with an ellipsis, none outside the chart."""
    from PySide6.QtWidgets import QGraphicsTextItem

    with ui_language(language):
        window = window_in(language)
        window.show_page("assessment")
        radar = window.pages["assessment"].radar
        qtbot.waitUntil(lambda: len(radar.names) > 3)
        qtbot.wait(50)
        plot = radar.polar.plotArea()
        assert min(plot.width(), plot.height()) >= 180, plot
        texts = [item for item in radar.scene().items() if isinstance(item, QGraphicsTextItem)]
        shown = {item.toPlainText().replace("\n", " ").strip(): item for item in texts}
        view = radar.viewport().rect()
        for name in radar.names:
            label = next((text for text in shown if text and name.startswith(text.rstrip("…"))), None)
            assert label is not None and not label.endswith("…"), (name, list(shown))
            item = shown[label]
            assert item.isVisible(), f"{label!r} hidden (Qt hides a label that overlaps another)"
            assert view.contains(radar.mapFromScene(item.sceneBoundingRect()).boundingRect()), f"{label!r} outside"
        window.close()


TWO_DIGIT_YEAR = re.compile(r"(?<![\d./-])\d{1,2}([./-])\d{1,2}\1\d{2}(?![\d./-])")
"""A short date whose year has two digits: 06.12.26, 6/12/26."""


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_every_date_the_window_shows_has_a_four_digit_year(qtbot, window_in, language: str) -> None:
    """On every page, in English, French and German, dates in tables, lists and labels and the date
    fields' display have four-digit years (German readers expect 06.12.2026, not 06.12.26)."""
    from PySide6.QtWidgets import QDateEdit

    with ui_language(language):
        window = window_in(language)
        problems: list[str] = []
        for page_id, page in shown_pages(qtbot, window, 20):
            problems += [f"{page_id} {where}: {text!r}" for where, text in visible_texts(page)
                         if TWO_DIGIT_YEAR.search(text)]
            problems += [f"{page_id} date field {edit.accessibleName()!r}: {edit.displayFormat()!r}"
                         for edit in page.findChildren(QDateEdit) if "yyyy" not in edit.displayFormat()]
        window.close()
    assert problems == [], "\n".join(problems)
