"""No object of the window hides a method of its Qt class behind an attribute of the same name."""

from __future__ import annotations

from PySide6.QtCore import QObject, SignalInstance

from icc_desktop.store.db import Database
from icc_desktop.ui.presenter import PresenterWindow
from tests.ui.shell_support import first_workshop_id, open_window


def _hidden_qt_methods(item: QObject) -> list[str]:
    qt_class = next(c for c in type(item).__mro__ if c.__module__.startswith("PySide6"))
    # PySide keeps a signal's bound instance under the signal's name: that one is Qt's own.
    return [f"{type(item).__name__}.{name}" for name, value in getattr(item, "__dict__", {}).items()
            if callable(getattr(qt_class, name, None)) and not isinstance(value, SignalInstance)]


def test_no_attribute_hides_a_qt_method(qtbot, demo_db: Database) -> None:
    """Every page (built), its sections and widgets, and the presenter keep their Qt methods callable
    (two charts' `scale`, the roadmap page's `actions` and a section's `title` once hid them)."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db))
    for page_id in list(window.pages):
        window.show_page(page_id)
    assert window.context is not None
    presenter = PresenterWindow(window.context)
    qtbot.addWidget(presenter)
    objects = [window, *window.findChildren(QObject), presenter, *presenter.findChildren(QObject)]
    assert len(objects) > 500  # every page was built
    hidden = sorted({name for item in objects for name in _hidden_qt_methods(item)})
    assert not hidden, f"attributes hiding Qt methods: {hidden}"
