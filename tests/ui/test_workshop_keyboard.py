"""Keyboard access to the workshop pages: Alt+letter mnemonics that clash with nothing."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

from tests.factories import make_workshop
from tests.ui.shell_support import open_window


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_page_mnemonics_are_unique_and_leave_the_menus_alone(qtbot, db):
    """Every Alt+letter on a workshop page is used once, and never by a menu of the window."""
    window = open_window(qtbot, db, make_workshop(db).id)
    menus = {_mnemonic(action.text()) for action in window.menuBar().actions()} - {None}
    for page_id in ("assessment", "needs", "roadmap", "monitoring"):
        _check(window.show_page(page_id), menus)


def _check(page, menus):
    letters = [_mnemonic(widget.text()) for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel)
               if widget.isVisibleTo(page)]
    letters += [_mnemonic(tabs.tabText(i)) for tabs in page.findChildren(QTabWidget) for i in range(tabs.count())]
    letters = [letter for letter in letters if letter]
    assert letters, "the page offers no Alt+letter at all"
    assert len(letters) == len(set(letters)), sorted(letters)
    assert not set(letters) & menus
