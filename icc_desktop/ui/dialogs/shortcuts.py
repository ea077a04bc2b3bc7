"""Help ▸ Keyboard shortcuts: every key of the window, read from its menus, and the pages' keys.

The menu part is read from the actions themselves, so it never drifts from what the keys do;
the keys that work inside the pages (no menu entry) are listed after them.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(what, keys) for every menu action with a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            label = action.text().replace("&", "").replace("…", "")
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {label}")
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if keys and not action.isSeparator():
                found.append((f"{path} ▸ {label}", ", ".join(keys)))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, top.text().replace("&", ""))
    return found


class ShortcutsDialog(QDialog):
    """A table of keys: the menus' shortcuts, then the keys that work inside the pages."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = menu_shortcuts(menu_bar) + self.page_keys()
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setWordWrap(True)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.fontMetrics().height() * 30)

    def page_keys(self) -> list[tuple[str, str]]:
        """Keys that work inside the pages (they have no menu entry)."""
        return [
            (self.tr("Any page: move between controls"), self.tr("Tab, Shift+Tab")),
            (self.tr("Tables: move between cells; edit a cell"), self.tr("Arrow keys; Enter or F2")),
            (self.tr("Assessment: current level of the selected question"), "1–5"),
            (self.tr("Assessment: level not known"), "0"),
            (self.tr("Assessment, level buttons: set the current level"), self.tr("Space")),
            (self.tr("Assessment, level buttons: set the target level"), self.tr("Shift+Space")),
            (self.tr("Roadmap: move the selected action up or down"), self.tr("Alt+Up, Alt+Down")),
            (self.tr("Tables: delete the selected row"), self.tr("Delete")),
            (self.tr("Pane dividers: move"), self.tr("Tab to the divider, then arrow keys")),
            (self.tr("Presenter: radar, ranking, 2×2, timer"), "1, 2, 3, 4"),
            (self.tr("Presenter: leave full screen"), self.tr("F11, Esc")),
        ]


__all__ = ["ShortcutsDialog", "menu_shortcuts"]
