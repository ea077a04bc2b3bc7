"""Sync that never locks the window, the sign-in dialog, the status bar after a failure and the
summary, against the real server on loopback (slowed like a venue's network where it matters)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from icc_desktop.models import Need
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.sync import account, server_store, tokens
from icc_desktop.ui.announce import announcer
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.dialogs.sync_settings import SyncSettingsDialog
from icc_desktop.ui.main_window import MainWindow
from icc_desktop.ui.pages.sync import SyncPage
from icc_desktop.ui.settings import Settings
from icc_desktop.ui.sync_controller import controller_for
from icc_desktop.ui.workers import Workers
from tests.factories import make_workshop
from tests.integration.sync_support import LiveServer, _token_file_only, free_port  # noqa: F401  (fixture)

PASSWORD = "correct horse battery staple"
WAIT_MS = 20_000
DELAY = 0.6
"""Seconds each sync request waits on the slowed server."""


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server whose sync requests each wait DELAY seconds (a slow venue network)."""
    live = LiveServer(f"sqlite:///{tmp_path_factory.mktemp('slow-server') / 'server.sqlite'}", "sqlite",
                      delay=DELAY)
    server_store.add_user(live.engine, "anna", PASSWORD, admin=True)
    yield live
    live.stop()


def _window(qtbot: Any, db: Database) -> MainWindow:
    window = MainWindow(Settings.in_memory(), Workers())
    qtbot.addWidget(window)
    window.attach_database(db)
    window.show()
    return window


def _no_dialog_holds(window: MainWindow) -> bool:
    """No modal dialog of this window is open (a progress or message box would hold it)."""
    modal = QApplication.activeModalWidget()
    return modal is None or (modal is not window and not window.isAncestorOf(modal)
                             and modal.parentWidget() is not window)


def _need_on_server(server: LiveServer, need_id: str) -> dict[str, Any] | None:
    found = server.rows().get(("need", need_id))
    return found[1] if found else None


def test_window_stays_usable_and_an_edit_during_a_sync_lands(qtbot: Any, db: Database,
                                                             slow_server: LiveServer) -> None:
    """During a slowed sync the user switches pages and edits the row being sent; both land."""
    workshop = make_workshop(db, "Kraków")
    need = crud.create(db, Need, workshop_id=workshop.id, title="Cycle lanes", description="first")
    account.sign_in(db, slow_server.url, "anna", PASSWORD)
    window = _window(qtbot, db)
    assert window.context is not None
    window.context.set_workshop(workshop.id)
    controller = controller_for(window.context)
    slow_server.seen.clear()
    gate = slow_server.push_gate = threading.Event()  # the push waits on the server until released
    try:
        _edit_while_the_push_waits(qtbot, window, controller, slow_server, need.id, gate)
    finally:
        slow_server.push_gate = None
        gate.set()
    with db.session() as session:
        local = session.get(Need, need.id)
        assert local is not None and local.title == "Protected cycle lanes"
        assert local.dirty  # the server confirmed the older version: this edit waits for the next sync
    assert _need_on_server(slow_server, need.id)["title"] == "Cycle lanes"  # type: ignore[index]
    with qtbot.waitSignal(controller.sig_sync_finished, timeout=WAIT_MS):
        window.sync_action.trigger()
    assert _need_on_server(slow_server, need.id)["title"] == "Protected cycle lanes"  # type: ignore[index]
    assert account.unsynced_summary(db).total == 0


def _edit_while_the_push_waits(qtbot: Any, window: MainWindow, controller: Any, server: LiveServer,
                               need_id: str, gate: threading.Event) -> None:
    db = window.context.db  # type: ignore[union-attr]
    window.sync_action.trigger()
    assert controller.running
    # Progress and Cancel sit in the status bar; no dialog holds the window.
    assert window.sync_progress.isVisible() and window.sync_cancel.isVisible()
    assert _no_dialog_holds(window)
    # The push of the dirty need is on the server, held there: edit that very need now.
    qtbot.waitUntil(lambda: any(p.endswith("/sync/push") for p in server.seen), timeout=WAIT_MS)
    assert controller.running
    needs_page = window.show_page("needs")
    assert window.current_page() is needs_page
    window.show_page("sync")
    assert window.pages["sync"].progress.isVisible()  # type: ignore[attr-defined]
    crud.update(db, Need, need_id, title="Protected cycle lanes")
    with qtbot.waitSignal(controller.sig_sync_finished, timeout=WAIT_MS) as finished:
        gate.set()
    assert finished.args[0].pushed >= 2
    assert not window.sync_progress.isVisible() and not window.sync_cancel.isVisible()


def test_failed_sync_shows_as_failed_and_counts_everything(qtbot: Any, db: Database,
                                                          slow_server: LiveServer) -> None:
    """After a failed sync the status bar says it failed (not the last success) and counts every
    row waiting, not only the open workshop's; the failure is announced to screen readers."""
    first = make_workshop(db, "Gdańsk")
    account.sign_in(db, slow_server.url, "anna", PASSWORD)
    account.sync_now(db)
    second = make_workshop(db, "Poznań")
    for number in range(5):
        crud.create(db, Need, workshop_id=second.id, title=f"Need {number}")
    window = _window(qtbot, db)
    assert window.context is not None
    window.context.set_workshop(first.id)
    controller = controller_for(window.context)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Synced "), timeout=WAIT_MS)
    # The server goes away (the venue's network drops): the address now points at a closed port.
    gone = f"http://127.0.0.1:{free_port()}"
    with db.session(stamp=False) as session:
        from icc_desktop.models import SyncState

        state = session.get(SyncState, 1)
        assert state is not None
        state.server_url = gone
        session.add(state)
    tokens.save_token(gone, "anna", "kept-token")
    heard: list[tuple[str, bool]] = []
    announcer().sig_announced.connect(lambda text, assertive: heard.append((text, assertive)))
    with qtbot.waitSignal(controller.sig_sync_failed, timeout=WAIT_MS):
        window.sync_action.trigger()
    assert _no_dialog_holds(window)  # no message box holds the window
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Sync failed"), timeout=WAIT_MS)
    text = window.sync_label.text()
    waiting = account.unsynced_summary(db).total
    assert waiting >= 7 and f"not synced: {waiting:,}" in text and "in this workshop: 0" in text
    assert window.sync_label.property("role") == "error"
    assert "cannot be reached" in window.sync_label.toolTip()
    assert any(assertive and "cannot be reached" in said for said, assertive in heard)
    page = window.show_page("sync")
    assert "cannot be reached" in page.error.text()  # type: ignore[attr-defined]


def test_summary_separates_own_rows_from_others(qtbot: Any, db: Database, slow_server: LiveServer) -> None:
    """The server does not send this laptop its own rows back, even when it reads everything again;
    rows of its own that do come back are counted as confirmations, not as rows from others."""
    from icc_desktop.sync.client import SyncReport

    workshop = make_workshop(db, "Toruń")
    for number in range(3):
        crud.create(db, Need, workshop_id=workshop.id, title=f"Own need {number}")
    account.sign_in(db, slow_server.url, "anna", PASSWORD)
    account.sync_now(db)
    with db.session(stamp=False) as session:  # pull everything again: the laptop's own rows stay away
        from icc_desktop.models import SyncState

        state = session.get(SyncState, 1)
        assert state is not None
        state.last_pulled_seq = 0
        session.add(state)
    report = account.sync_now(db)
    assert report.own == 0 and report.from_others == report.pulled
    assert report.inserted == 0
    page = SyncPage(AppContext(db, Settings.in_memory(), Workers()))
    qtbot.addWidget(page)
    came_back = SyncReport(pulled=12, own=5, updated=7)  # e.g. a laptop shared by two facilitators
    lines = page.report_lines(came_back)
    assert lines[0].startswith(f"Received from other devices: {came_back.from_others:,} rows")
    assert f"Changes made here, confirmed by the server: {came_back.own:,} rows." in lines


def _dialog(qtbot: Any, context: AppContext, url: str, **kwargs: Any) -> SyncSettingsDialog:
    dialog = SyncSettingsDialog(context, **kwargs)
    qtbot.addWidget(dialog)
    dialog.server.setText(url)
    dialog.user.setText("anna")
    dialog.password.setText(PASSWORD)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_enter_in_the_password_field_signs_in(qtbot: Any, db: Database, slow_server: LiveServer) -> None:
    """Enter signs in (Sign in is the default button) and the dialog stays open with the result."""
    context = AppContext(db, Settings.in_memory(), Workers())
    dialog = _dialog(qtbot, context, slow_server.url)
    assert dialog.sign_in_button.isDefault() and not dialog.close_button.isDefault()
    dialog.password.setFocus()
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=WAIT_MS):
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and account.account(db).signed_in
    assert dialog.sign_in_button.isDefault()


def test_sign_in_layout_does_not_move(qtbot: Any, db: Database, slow_server: LiveServer) -> None:
    """Messages coming and going never move or shrink the fields."""
    context = AppContext(db, Settings.in_memory(), Workers())
    dialog = _dialog(qtbot, context, slow_server.url)
    dialog.password.clear()

    def places() -> list[tuple[QPoint, int, int]]:
        return [(f.mapTo(dialog, QPoint(0, 0)), f.width(), f.height())
                for f in (dialog.server, dialog.user, dialog.password)]

    before = places()
    assert min(h for _p, _w, h in before) >= dialog.fontMetrics().height()
    assert not dialog.sign_in()  # no password: a message appears
    QApplication.processEvents()
    assert dialog.message.text() and places() == before
    dialog._show_message("A long message " * 30, True)  # longer than any refusal there is, wrapped
    QApplication.processEvents()
    assert places() == before
    dialog._clear_message()
    QApplication.processEvents()
    assert places() == before


def test_sign_in_from_sync_now_goes_on_to_sync(qtbot: Any, db: Database, slow_server: LiveServer) -> None:
    """Sync now while signed out opens the sign-in; signing in closes it and the sync runs."""
    make_workshop(db, "Lublin")
    window = _window(qtbot, db)
    assert window.context is not None
    controller = controller_for(window.context)
    window.sync_action.trigger()
    dialog = window.findChild(SyncSettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.sync_after
    dialog.server.setText(slow_server.url)
    dialog.user.setText("anna")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(controller.sig_sync_finished, timeout=WAIT_MS) as finished:
        dialog.sign_in_button.click()
    assert finished.args[0].pushed > 0 and account.unsynced_summary(db).total == 0


def test_signing_in_again_revokes_the_previous_token(qtbot: Any, db: Database,
                                                     slow_server: LiveServer) -> None:
    """A second sign-in replaces the first: the old token no longer opens the server."""
    account.sign_in(db, slow_server.url, "anna", PASSWORD)
    first = tokens.load_token(slow_server.url, "anna")
    assert first and server_store.authenticate(slow_server.engine, first) is not None
    account.sign_in(db, slow_server.url, "anna", PASSWORD)
    second = tokens.load_token(slow_server.url, "anna")
    assert second and second != first
    assert server_store.authenticate(slow_server.engine, first) is None
    assert server_store.authenticate(slow_server.engine, second) is not None


def test_conflicts_page_shows_who_where_when_and_the_value_in_use(
        qtbot: Any, db: Database, tmp_path: Any, slow_server: LiveServer, _empty_db_file: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Both sides of a conflict say who, on which laptop and when; the value in use is marked in
    words; the navigation counts the conflicts waiting."""
    import shutil
    import sqlite3

    from icc_desktop.ui.pages.conflicts import ConflictsPage
    from tests.integration import sync_support

    slow_server.user("bob", admin=True)
    workshop = make_workshop(db, "Wrocław")
    need = crud.create(db, Need, workshop_id=workshop.id, title="Open data portal")
    path_b = tmp_path / "laptop-b.sqlite"
    shutil.copyfile(_empty_db_file, path_b)
    with sqlite3.connect(path_b) as conn:
        conn.execute("UPDATE sync_state SET device_id = 'b0b0b0b0b0b0b0b0'")
    conn.close()
    laptop_b = Database.open(path_b)
    try:
        monkeypatch.setattr("icc_desktop.sync.client.platform.node", lambda: "laptop-anna")
        account.sign_in(db, slow_server.url, "anna", PASSWORD)
        account.sync_now(db)
        monkeypatch.setattr("icc_desktop.sync.client.platform.node", lambda: "laptop-bob")
        account.sign_in(laptop_b, slow_server.url, "bob", sync_support.PASSWORD)
        account.sync_now(laptop_b)
        crud.update(laptop_b, Need, need.id, title="Open data platform (Bob)")
        account.sync_now(laptop_b)
        monkeypatch.setattr("icc_desktop.sync.client.platform.node", lambda: "laptop-anna")
        crud.update(db, Need, need.id, title="Open data portal (Anna)")
        assert account.sync_now(db).conflicts == 1

        window = _window(qtbot, db)
        assert window.context is not None
        qtbot.waitUntil(lambda: window.navigation.item(list(window.pages).index("conflicts")).text()
                        == "Conflicts (1)", timeout=WAIT_MS)
        page = window.show_page("conflicts")
        assert isinstance(page, ConflictsPage)
        fields = page.fields
        local_head = fields.headerData(fields.LOCAL, Qt.Orientation.Horizontal)
        remote_head = fields.headerData(fields.REMOTE, Qt.Orientation.Horizontal)
        assert local_head.startswith("On this computer\nanna · laptop-anna · ")
        assert remote_head.startswith("On the server\nbob · laptop-bob · ")
        assert "unknown" not in local_head + remote_head
        row = fields.fields.index("title")
        # Anna's edit is newer: it is in use until a choice is made, and says so in words.
        assert fields.data(fields.index(row, fields.LOCAL)) == "Open data portal (Anna) (in use)"
        assert fields.data(fields.index(row, fields.REMOTE)) == "Open data platform (Bob)"
        described = fields.data(fields.index(row, fields.REMOTE), Qt.ItemDataRole.AccessibleTextRole)
        assert "bob · laptop-bob" in described and "not chosen" in described
        assert "bob · laptop-bob" in page.detail_hint.text() and "anna · laptop-anna" in page.detail_hint.text()
        fields.choose_all("remote")
        assert page.apply_choices()
        qtbot.waitUntil(lambda: window.navigation.item(list(window.pages).index("conflicts")).text()
                        == "Conflicts", timeout=WAIT_MS)
    finally:
        laptop_b.close()


def test_sync_page_keeps_its_labels_together_when_nothing_waits(qtbot: Any, db: Database,
                                                                slow_server: LiveServer) -> None:
    """With nothing unsynced the Sync page's labels stay at the top, not spread over the height."""
    account.sign_in(db, slow_server.url, "anna", PASSWORD)
    account.sync_now(db)
    page = SyncPage(AppContext(db, Settings.in_memory(), Workers()))
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    page.refresh()
    QApplication.processEvents()
    assert not page.unsynced_view.isVisible()
    gap = page.unsynced_counts.geometry().top() - page.account_state.geometry().bottom()
    assert gap < page.fontMetrics().height() * 14, gap
    assert page.filler.height() > 300
