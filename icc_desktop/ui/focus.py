"""The Tab chain a keyboard user walks: one stop per table, no stops where there is nothing to do.

Applied to every page (and the presenter) when it is built, so a page written later gets the
same behaviour without remembering it:
- tables and lists are one Tab stop (arrow keys move inside; Qt's default sent Tab from cell to
  cell, 35 presses to leave a question table);
- editable text boxes pass Tab on (Ctrl+Tab types a tab, as Qt does);
- scroll areas holding a form are no stop of their own (Qt scrolls to the focused field);
- pane dividers are named stops moved by the arrow keys (`splitter_keys`);
- the Tab chain follows reading order each time the page is shown: down a column, then the pane
  beside it (`reading_order`), whatever order the widgets were created in.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
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
    texts: list[QPlainTextEdit | QTextEdit] = [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]
    for text in texts:
        if not text.isReadOnly():
            text.setTabChangesFocus(True)
    for area in root.findChildren(QScrollArea):
        if not isinstance(area, QGraphicsView):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    enable_keyboard_splitters(root)
    name_qt_parts(root)
    root.installEventFilter(_reorder_on_show)


class _ReorderOnShow(QObject):
    """Puts a page's Tab chain in reading order once its layout has settled after a show.

    Controls shown or hidden later (a reload) find their place at the next Tab press: the main
    window and the presenter call `reading_order` from `focusNextPrevChild`, which Qt calls for
    every Tab and Shift+Tab (cheaper than watching every event of the application).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            QTimer.singleShot(0, functools.partial(_reorder_if_alive, watched))
        return False


def _reorder_if_alive(root: QWidget) -> None:
    if shiboken6.isValid(root) and root.isVisible():
        reading_order(root)


_reorder_on_show = _ReorderOnShow()


def _is_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _reading_key(root: QWidget) -> Callable[[QWidget, QWidget], int]:
    def rect(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())

    def compare(a: QWidget, b: QWidget) -> int:
        ra, rb = rect(a), rect(b)
        if ra.bottom() < rb.top():
            return -1  # wholly above
        if rb.bottom() < ra.top():
            return 1
        return (ra.left() > rb.left()) - (ra.left() < rb.left())  # side by side: left first

    return compare


def reading_order(root: QWidget) -> list[QWidget]:
    """Chain the visible Tab stops under `root` in reading order and return them.

    The widget tree is walked depth first, siblings in reading order (one above another: the
    upper first; side by side: the left first), so a pane's controls stay together and the pane
    beside follows.
    """
    compare = _reading_key(root)
    stops: list[QWidget] = []

    def walk(parent: QWidget) -> None:
        children = [c for c in parent.children() if isinstance(c, QWidget) and c.isVisibleTo(root)
                    and not c.isWindow()]
        for child in sorted(children, key=functools.cmp_to_key(compare)):
            if _is_stop(child) and child.isEnabled():
                stops.append(child)
            walk(child)

    walk(root)
    for before, after in zip(stops, stops[1:], strict=False):
        QWidget.setTabOrder(before, after)
    return stops


def name_qt_parts(root: QWidget) -> None:
    """Name the buttons Qt adds by itself, which a screen reader would announce as just "button":
    a search field's clear button, a table's select-all corner and a toolbar's "more" button."""
    for field in root.findChildren(QLineEdit):
        if field.isClearButtonEnabled():
            for clear in field.findChildren(QToolButton):
                if not clear.accessibleName():
                    clear.setAccessibleName(QCoreApplication.translate("focus", "Clear the field"))
    for button in root.findChildren(QAbstractButton):
        if button.metaObject().className() == "QTableCornerButton" and not button.accessibleName():
            button.setAccessibleName(QCoreApplication.translate("focus", "Select all rows"))
    for toolbar in ([root] if isinstance(root, QToolBar) else []) + root.findChildren(QToolBar):
        for button in toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName(QCoreApplication.translate("focus", "More toolbar buttons"))
