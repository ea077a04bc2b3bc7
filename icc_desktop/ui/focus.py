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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsView,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
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
