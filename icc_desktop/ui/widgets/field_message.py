"""A message shown beside the field (or table cell) whose entry was refused."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from icc_desktop.ui.announce import announce
from icc_desktop.ui.theme import style_role
from icc_desktop.ui.widgets.editors import source_of


class FieldMessage(QLabel):
    """A small floating label, placed just below a field or cell, that says what is wrong.

    It is a child of the page, so it stays over the page's widgets and moves with it; it hides
    itself after a while, or when the user fixes the entry (`clear()`).
    """

    SHOW_MS = 8000

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self.setObjectName("fieldMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Entry refused"))
        self.setAccessibleDescription(self.tr("Says why the last entry was refused"))
        style_role(self, "banner")  # the palette's banner colours, checked for contrast in both themes
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_beside(self, field: QWidget, text: str, rect: QRect | None = None, *, note: bool = False) -> None:
        """Show `text` just below `field` (or below `rect`, in `field`'s coordinates); `note` for
        information (neutral colours) rather than a refused entry (the banner's warning colours)."""
        style_role(self, "note" if note else "banner")
        page = self._page
        area = rect if rect is not None else field.rect()
        self.setText(text)
        width = max(220, min(420, page.width() // 2))
        self.setFixedWidth(width)
        self.adjustSize()
        below = field.mapTo(page, QPoint(area.left(), area.bottom() + 2))
        x = max(0, min(below.x(), page.width() - width))
        y = below.y()
        if y + self.height() > page.height():  # no room below: show it above
            y = field.mapTo(page, QPoint(area.left(), area.top())).y() - self.height() - 2
        self.move(x, max(0, y))
        self.raise_()
        self.show()
        announce(self, text, assertive=True)  # a refusal interrupts the screen reader
        self._timer.start(self.SHOW_MS)

    def show_for_cell(self, view: QAbstractItemView, source_row: int, source_column: int, text: str) -> None:
        """Show `text` below the cell of a view whose (source) row and column were edited (below
        its editor in the view's details panel when the column is shown there)."""
        panel = getattr(view, "details_panel", None)
        editor = panel.editors.get(source_column) if panel is not None else None
        if editor is not None and editor.isVisible():
            self.show_beside(editor, text)
            return
        rect = None
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, source_column) if model is not None else None
            if index is None:
                break
            _, source = source_of(index)
            if source.row() == source_row:
                rect = view.visualRect(model.index(row, source_column))
                break
        self.show_beside(view.viewport(), text, rect)

    def clear(self) -> None:
        """Hide the message (the entry was fixed or abandoned)."""
        self._timer.stop()
        self.hide()
