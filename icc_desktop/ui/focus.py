"""The Tab chain a keyboard user walks: one stop per table, no stops where there is nothing to do.

Applied to every page (and the presenter) when it is built, so a page written later gets the
same behaviour without remembering it:
- tables and lists are one Tab stop (arrow keys move inside; Qt's default sent Tab from cell to
  cell, 35 presses to leave a question table);
- editable text boxes pass Tab on (Ctrl+Tab types a tab, as Qt does);
- scroll areas holding a form are no stop of their own (Qt scrolls to the focused field);
- pane dividers are named stops moved by the arrow keys (`splitter_keys`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from icc_desktop.ui.widgets.splitter_keys import enable_keyboard_splitters


def tidy_focus(root: QWidget) -> None:
    """Make the Tab chain under `root` what a keyboard user expects (see the module docstring)."""
    for view in root.findChildren(QAbstractItemView):
        if not view.property("ownTabKeys"):  # a table that moves between its rows itself says so
            view.setTabKeyNavigation(False)
    for text in (*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)):
        if not text.isReadOnly():
            text.setTabChangesFocus(True)
    for area in root.findChildren(QScrollArea):
        if not isinstance(area, QGraphicsView):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    enable_keyboard_splitters(root)
    name_qt_parts(root)


def name_qt_parts(root: QWidget) -> None:
    """Name the buttons Qt adds by itself, which a screen reader would announce as just "button":
    a search field's clear button, a table's select-all corner and a toolbar's "more" button."""
    for field in root.findChildren(QLineEdit):
        if field.isClearButtonEnabled():
            for button in field.findChildren(QToolButton):
                if not button.accessibleName():
                    button.setAccessibleName(QCoreApplication.translate("focus", "Clear the field"))
    for button in root.findChildren(QAbstractButton):
        if button.metaObject().className() == "QTableCornerButton" and not button.accessibleName():
            button.setAccessibleName(QCoreApplication.translate("focus", "Select all rows"))
    for toolbar in ([root] if isinstance(root, QToolBar) else []) + root.findChildren(QToolBar):
        for button in toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName(QCoreApplication.translate("focus", "More toolbar buttons"))
