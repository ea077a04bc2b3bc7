"""The window builds only the page it shows: the others when first shown, with the data of that moment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from icc_desktop.store.db import Database
from icc_desktop.ui import pages as page_registry
from icc_desktop.ui.main_window import MainWindow
from icc_desktop.ui.settings import LAST_PAGE, Settings
from icc_desktop.ui.workers import InlinePool, Workers
from tests.ui.shell_support import first_workshop_id, open_window, ui_language
from tests.ui.workshop_support import add_participants


def _navigation_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_opening_a_database_builds_only_the_overview(qtbot, demo_db: Database) -> None:
    """A database opens on the overview with every page named in the navigation and Go to, but only the overview built."""
    window = open_window(qtbot, demo_db)
    assert list(window.pages.built()) == ["overview"]
    assert window.current_page() is window.pages["overview"]
    assert list(window.pages) == page_registry.page_ids()
    assert _navigation_texts(window) == [page_registry.page_title(p) for p in page_registry.page_ids()]
    assert [a.data() for a in window.go_menu.actions()] == page_registry.page_ids()
    assert window.welcome is None  # the welcome page too waits until it is shown
    assert window.stack.count() == 2  # the "Opening…" notice and the overview


def test_reopening_on_the_last_page_builds_that_page_only(qtbot, demo_db: Database) -> None:
    """A start on the page last shown (here the assessment of the last workshop) builds that page and no other."""
    settings = Settings.in_memory()
    settings.set(LAST_PAGE, "assessment")
    window = MainWindow(settings, Workers(InlinePool()))
    qtbot.addWidget(window)
    window.databases.remember_workshop(demo_db, first_workshop_id(demo_db))
    window.attach_database(demo_db)
    assert window.current_page() is window.pages["assessment"]
    assert list(window.pages.built()) == ["assessment"]


def test_a_page_built_late_shows_the_data_of_that_moment(qtbot, demo_db: Database) -> None:
    """Rows added while a page did not exist yet show when it is first shown, and later ones when shown again."""
    workshop_id = first_workshop_id(demo_db)
    window = open_window(qtbot, demo_db, workshop_id)
    assert not window.pages.is_built("participants")
    add_participants(demo_db, workshop_id, ["Zofia Late-Arrival"])
    assert window.context is not None
    window.context.sig_data_changed.emit("participant")  # as after an edit elsewhere or a sync
    page = window.show_page("participants")
    assert "Zofia Late-Arrival" in [row.name for row in page.model.rows]  # type: ignore[attr-defined]
    window.show_page("overview")
    add_participants(demo_db, workshop_id, ["Yann Later-Still"])
    window.context.sig_data_changed.emit("participant")
    window.show_page("participants")
    assert "Yann Later-Still" in [row.name for row in page.model.rows]  # type: ignore[attr-defined]


def test_edits_never_build_pages_that_were_not_shown(qtbot, demo_db: Database) -> None:
    """Edits, undo, a changed workshop and the sync state reach the built pages only: no hidden page gets built."""
    window = open_window(qtbot, demo_db)
    window.pages["overview"].duplicate_selected()  # type: ignore[attr-defined]
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert window.context is not None
    window.context.set_workshop(first_workshop_id(demo_db))
    for table in ("participant", "score", "need", "conflict", "workshop"):
        window.context.sig_data_changed.emit(table)
    window.set_sync_state("Synced 12:00")
    assert list(window.pages.built()) == ["overview"]


def test_the_conflict_count_shows_before_the_conflicts_page_is_built(qtbot, demo_db: Database) -> None:
    """The navigation says how many conflicts wait without building the Conflicts page."""
    from icc_desktop.ui.sync_controller import controller_for

    window = open_window(qtbot, demo_db)
    assert window.context is not None
    controller_for(window.context).conflict_count = 3  # as counted in the background
    window.set_sync_state("Synced 12:00")
    row = window.pages.row("conflicts")
    assert window.navigation.item(row).text() == f"{page_registry.page_title('conflicts')} (3)"
    assert not window.pages.is_built("conflicts")


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_registry_titles_are_the_pages_own(qtbot, demo_db: Database, language: str) -> None:
    """The registry names each page as the page itself does, in every language, and knows which need a workshop."""
    with ui_language(language):
        window = open_window(qtbot, demo_db)
        for page_id, page in window.pages.items():  # builds every page
            assert page_registry.page_title(page_id) == page.title(), page_id
            assert page_registry.needs_workshop(page_id) == page.needs_workshop, page_id
        assert _navigation_texts(window) == [page.title() for page in window.pages.values()]
        window.close()


def test_a_language_change_rebuilds_only_the_pages_built(qtbot, demo_db: Database) -> None:
    """Switching the language re-creates the page shown, names every page in the new language and builds no other."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), page="participants")
    old = window.pages["participants"]
    with ui_language("fr"):
        window.rebuild_for_language()
        assert list(window.pages.built()) == ["participants"]
        assert window.current_page() is window.pages["participants"] is not old
        assert _navigation_texts(window)[0] == "Vue d’ensemble" == page_registry.page_title("overview")
        assert window.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "participants"
        window.close()
