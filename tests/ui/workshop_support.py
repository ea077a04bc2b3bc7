"""Helpers for the workshop pages' tests: a page on a test database, participants, a snapshot."""

from __future__ import annotations

from typing import Any, TypeVar

from icc_desktop.models import Participant
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.pages.base import Page
from icc_desktop.ui.settings import Settings
from icc_desktop.ui.workers import InlinePool, Workers

P = TypeVar("P", bound=Page)


def context_on(db: Database) -> AppContext:
    """An app context on `db` with in-memory settings; background work runs inline."""
    return AppContext(db, Settings.in_memory(), Workers(InlinePool()))


def page_on(qtbot: Any, page_class: type[P], db: Database, workshop_id: str | None) -> P:
    """A shown page of `page_class` on `db` with `workshop_id` open."""
    page = page_class(context_on(db))
    qtbot.addWidget(page)
    page.resize(1146, 690)  # its share of a 1366×768 window (navigation, menus, status bar)
    page.context.set_workshop(workshop_id)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()  # focus changes (a note saved when its field loses focus) need an active window
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def add_participants(db: Database, workshop_id: str, names: list[str]) -> list[Participant]:
    """Participants of a workshop, in the order given."""
    return [crud.create(db, Participant, workshop_id=workshop_id, name=name, organisation="City") for name in names]


def table_state(db: Database, *tables: str) -> list[tuple[Any, ...]]:
    """Every row of some tables (all columns), to prove a refused edit changed nothing."""
    import sqlite3

    conn = sqlite3.connect(db.path)
    try:
        return [row for table in tables for row in conn.execute(f"SELECT * FROM {table} ORDER BY id")]  # noqa: S608
    finally:
        conn.close()


def settle() -> None:
    """Let the event loop run once: pages redraw after a burst of edits (see `WorkshopPage`)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
