"""Pane dividers (QSplitter handles) that move by keyboard: Tab to a divider, then the arrows.

Qt's dividers take no focus and no keys, so a pane's size could only be changed with a mouse.
`enable_keyboard_splitters(root)` makes every divider under `root` a named Tab stop that the
arrow keys move (Shift: in larger steps) and Home / End push to one side, and draws a focus mark.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

STEP = 24
"""Pixels a divider moves per arrow key (Shift: four times as far)."""


class _DividerKeys(QObject):
    """Moves a splitter's dividers with the keyboard and marks the focused one."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(watched, QSplitterHandle):
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return move_divider(watched, event)
        if event.type() == QEvent.Type.Paint and watched.hasFocus():
            QSplitterHandle.paintEvent(watched, event)  # type: ignore[arg-type]
            painter = QPainter(watched)
            painter.setPen(QPen(watched.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(watched.rect().adjusted(1, 1, -1, -1))
            painter.end()
            return True
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            watched.update()
        return False


_filter: _DividerKeys | None = None


def move_divider(handle: QSplitterHandle, event: QKeyEvent) -> bool:
    """Move `handle` for an arrow, Home or End key; True when the key was used."""
    splitter = handle.splitter()
    index = next((i for i in range(1, splitter.count()) if splitter.handle(i) is handle), 0)
    if index == 0:
        return False
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    back, forward = ((Qt.Key.Key_Left, Qt.Key.Key_Right) if horizontal else (Qt.Key.Key_Up, Qt.Key.Key_Down))
    step = STEP * (4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
    sizes = splitter.sizes()
    total = sizes[index - 1] + sizes[index]
    key = event.key()
    if key == back:
        delta = -step
    elif key == forward:
        delta = step
    elif key == Qt.Key.Key_Home:
        delta = -sizes[index - 1]
    elif key == Qt.Key.Key_End:
        delta = sizes[index]
    else:
        return False
    first = min(max(sizes[index - 1] + delta, 0), total)
    sizes[index - 1], sizes[index] = first, total - first
    splitter.setSizes(sizes)
    return True


def enable_keyboard_splitters(root: QWidget) -> int:
    """Make every divider under `root` a named Tab stop moved by the arrow keys; returns how many."""
    global _filter
    if _filter is None:
        _filter = _DividerKeys()
    count = 0
    for splitter in root.findChildren(QSplitter):
        for index in range(1, splitter.count()):
            handle = splitter.handle(index)
            if handle.property("_keys"):
                continue
            handle.setProperty("_keys", True)
            handle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            handle.setAccessibleName(QCoreApplication.translate("splitter", "Pane divider"))
            handle.setAccessibleDescription(QCoreApplication.translate(
                "splitter", "Arrow keys move it; Home and End push it to one side"))
            handle.installEventFilter(_filter)
            count += 1
    return count
