"""Sync in the window, against the real server under uvicorn on a free loopback port: the settings
dialog, Sync now in the background, the status, the conflicts page, and the failures a user meets."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlmodel import select

from icc_desktop.models import Conflict, Need, SyncState
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.sync import account, server_store, tokens
from icc_desktop.sync.tables import MODELS, mergeable_fields
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.dialogs.sync_settings import SyncSettingsDialog
from icc_desktop.ui.models.sync import (
    ConflictFieldsTableModel,
    ConflictsTableModel,
    UnsyncedTableModel,
)
from icc_desktop.ui.pages.conflicts import ConflictsPage
from icc_desktop.ui.pages.sync import SyncPage
from icc_desktop.ui.settings import Settings
from icc_desktop.ui.sync_controller import controller_for
from icc_desktop.ui.sync_labels import known_fields, known_tables
from icc_desktop.ui.workers import Workers
from tests.factories import make_workshop
from tests.integration.sync_support import LiveServer, _token_file_only, free_port  # noqa: F401  (fixture)
from tests.ui.test_shell_translations import built_translations  # noqa: F401  (fixture)

PASSWORD = "correct horse battery staple"
WAIT_MS = 15_000


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server for this module (each test signs in and works on its own rows)."""
    live = LiveServer(f"sqlite:///{tmp_path_factory.mktemp('sync-server') / 'server.sqlite'}", "sqlite")
    server_store.add_user(live.engine, "anna", PASSWORD, admin=True)
    yield live
    live.stop()


def _context(db: Database) -> AppContext:
    return AppContext(db, Settings.in_memory(), Workers())


def _sign_in(qtbot: Any, context: AppContext, url: str, password: str = PASSWORD) -> SyncSettingsDialog:
    dialog = SyncSettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.server.setText(url)
    dialog.user.setText("anna")
    dialog.password.setText(password)
    return dialog


def _signed_in(qtbot: Any, context: AppContext, url: str) -> None:
    dialog = _sign_in(qtbot, context, url)
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=WAIT_MS):
        dialog.sign_in_button.click()


def _second_laptop(template: Path, tmp_path: Path) -> Database:
    """Another laptop: a copy of the seeded template with a device id of its own (a copy keeps the
    template's id, and two devices sharing one would share their clocks' tie-breaker)."""
    path = tmp_path / "laptop-b.sqlite"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sync_state SET device_id = ?", (os.urandom(8).hex(),))
    conn.close()
    return Database.open(path)


def test_sign_in_sync_now_and_status(qtbot: Any, db: Database, server: LiveServer) -> None:
    """Signing in keeps a 0600 token; Sync now runs in the background and leaves nothing unsynced."""
    workshop = make_workshop(db, "Łódź")
    context = _context(db)
    context.set_workshop(workshop.id)
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.sync_button.isEnabled()

    dialog = _sign_in(qtbot, context, server.url)
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=WAIT_MS) as signed:
        dialog.sign_in_button.click()
    assert signed.args == [str(tokens.token_file())]
    assert stat.S_IMODE(os.stat(tokens.token_file()).st_mode) == 0o600
    assert PASSWORD not in tokens.token_file().read_text() and dialog.password.text() == ""
    assert "Signed in as anna" in dialog.state.text() and dialog.sign_out_button.isEnabled()

    controller = controller_for(context)
    text, _tip = controller.status()
    assert "Never synced" in text and "not synced" in text
    page.refresh()
    assert page.sync_button.isEnabled()
    with qtbot.waitSignal(controller.sig_sync_finished, timeout=WAIT_MS) as finished:
        page.sync_button.click()
        assert controller.running and page.progress.isVisibleTo(page) and page.cancel_button.isVisibleTo(page)
    assert finished.args[0].pushed > 0
    assert not controller.running and not page.progress.isVisibleTo(page)
    text, tip = controller.status()
    assert text.startswith("Synced ") and "not synced: 0" in text
    assert "Changes not synced, in all: 0" in tip and server.url in tip
    assert account.unsynced_summary(db).total == 0
    page.refresh()
    assert "Last synced:" in page.last_sync.text()
    assert f"Sent {finished.args[0].pushed:,} rows." in page.report.text() and "Received" in page.report.text()
    assert page.unsynced_counts.text() == "Everything in this database is on the server."


def test_conflict_resolved_field_by_field(qtbot: Any, db: Database, tmp_path: Path, server: LiveServer,
                                          _empty_db_file: Path) -> None:
    """Both laptops edit the same need; the conflicts page shows both versions and saves the picks."""
    workshop = make_workshop(db, "Iași")
    need = crud.create(db, Need, workshop_id=workshop.id, title="Open data portal", description="first text")
    context_a = _context(db)
    _signed_in(qtbot, context_a, server.url)
    account.sync_now(db)
    laptop_b = _second_laptop(_empty_db_file, tmp_path)
    try:
        context_b = _context(laptop_b)
        _signed_in(qtbot, context_b, server.url)
        account.sync_now(laptop_b)
        crud.update(db, Need, need.id, title="Open data portal (A)", description="text from A", moscow="must")
        crud.update(laptop_b, Need, need.id, title="Open data platform (B)", description="text from B")
        account.sync_now(db)
        report = account.sync_now(laptop_b)
        assert report.conflicts == 1

        page = ConflictsPage(context_b)
        qtbot.addWidget(page)
        page.refresh()
        assert page.stack.currentIndex() == 1 and page.conflicts.rowCount() == 1
        fields = page.fields
        assert sorted(fields.fields) == ["description", "title"]
        row = fields.fields.index("title")
        assert fields.data(fields.index(row, fields.LOCAL)) == "Open data platform (B) (in use)"
        assert fields.data(fields.index(row, fields.REMOTE)) == "Open data portal (A)"
        assert not page.apply_button.isEnabled()
        assert fields.setData(fields.index(row, fields.LOCAL), Qt.CheckState.Checked.value,
                              Qt.ItemDataRole.CheckStateRole)
        assert not page.apply_button.isEnabled()
        page._cell_clicked(fields.index(fields.fields.index("description"), fields.REMOTE))
        assert page.apply_button.isEnabled()
        page.apply_button.click()
        assert "Saved" in page.message.text()
        assert page.stack.currentIndex() == 0

        with laptop_b.session() as session:
            saved = session.get(Need, need.id)
            assert saved is not None
            assert (saved.title, saved.description, saved.moscow) == ("Open data platform (B)", "text from A", "must")
            assert saved.dirty
            assert all(c.resolved_at is not None for c in session.exec(select(Conflict)).all())
        account.sync_now(laptop_b)
        account.sync_now(db)
        with db.session() as session:
            assert session.get(Need, need.id).title == "Open data platform (B)"  # type: ignore[union-attr]
    finally:
        laptop_b.close()


def test_sign_out_removes_the_token(qtbot: Any, db: Database, server: LiveServer) -> None:
    """Sign out removes the token from the file and revokes it on the server."""
    context = _context(db)
    _signed_in(qtbot, context, server.url)
    token = tokens.load_token(server.url, "anna")
    assert token and server_store.authenticate(server.engine, token) is not None
    dialog = SyncSettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.server.text() == server.url and dialog.user.text() == "anna"
    with qtbot.waitSignal(dialog.sig_signed_out, timeout=WAIT_MS):
        dialog.sign_out_button.click()
    assert tokens.load_token(server.url, "anna") is None
    assert "anna" not in tokens.token_file().read_text()
    assert server_store.authenticate(server.engine, token) is None
    assert "Signed out" in dialog.state.text() and not dialog.sign_out_button.isEnabled()
    assert not account.account(db).signed_in


def test_wrong_password_says_so(qtbot: Any, db: Database, server: LiveServer) -> None:
    """A wrong password shows a clear message at the password field and stores nothing."""
    dialog = _sign_in(qtbot, _context(db), server.url, password="not the password")
    with qtbot.waitSignal(dialog.sig_failed, timeout=WAIT_MS) as failed:
        dialog.sign_in_button.click()
    assert "Wrong user name or password" in failed.args[0]
    assert dialog.message.isVisibleTo(dialog) and "Wrong user name or password" in dialog.message.text()
    assert dialog.password.property("invalid") is True
    assert not tokens.token_file().exists()
    assert account.account(db).server_url is None


def test_unreachable_server_keeps_the_app_usable(qtbot: Any, db: Database) -> None:
    """With no server listening, sign-in and Sync now say so clearly, and editing goes on."""
    url = f"http://127.0.0.1:{free_port()}"
    context = _context(db)
    dialog = _sign_in(qtbot, context, url)
    with qtbot.waitSignal(dialog.sig_failed, timeout=WAIT_MS) as failed:
        dialog.sign_in_button.click()
    assert failed.args[0].startswith("Cannot reach the server")
    assert dialog.sign_in_button.isEnabled() and dialog.server.isEnabled()

    # A database set up earlier, whose server is gone now.
    with db.session(stamp=False) as session:
        state = session.get(SyncState, 1)
        assert state is not None
        state.server_url, state.username = url, "anna"
        session.add(state)
    tokens.save_token(url, "anna", "kept-token")
    window = QWidget()
    qtbot.addWidget(window)
    controller = controller_for(context)
    with qtbot.waitSignal(controller.sig_sync_failed, timeout=WAIT_MS) as stopped:
        controller.sync_now(window)
    assert "cannot be reached" in stopped.args[0]
    assert not controller.running
    assert window.findChild(QMessageBox) is None  # nothing holds the window: the status bar says it
    workshop = make_workshop(db, "Győr")  # the app goes on: edits save as usual
    assert account.unsynced_summary(db).for_workshop(workshop.id) >= 1
    text, _tip = controller.status()
    assert text.startswith("Sync failed")


def test_cancel_stops_the_sync_and_says_so(qtbot: Any, db: Database, server: LiveServer) -> None:
    """Cancelling before the first page stops the sync with a message; nothing is lost."""

    class HeldPool:
        """Starts work only when told, so the cancel certainly comes first."""

        def __init__(self) -> None:
            self.held: list[Any] = []

        def start(self, runnable: Any) -> None:
            self.held.append(runnable)

    make_workshop(db, "Tartu")
    pool = HeldPool()
    context = AppContext(db, Settings.in_memory(), Workers(pool))  # type: ignore[arg-type]
    account.sign_in(db, server.url, "anna", PASSWORD)
    before = account.unsynced_summary(db).total
    controller = controller_for(context)
    task = controller.sync_now(None)
    assert task is not None
    controller.cancel()
    with qtbot.waitSignal(controller.sig_sync_failed, timeout=WAIT_MS) as stopped:
        sync_work = next(r for r in pool.held if r.task is task)  # not the status count
        threading.Thread(target=sync_work.run).start()
    assert stopped.args[0].startswith("Sync cancelled")
    assert account.unsynced_summary(db).total == before


def test_item_models_pass_the_model_tester(qtmodeltester: Any, db: Database) -> None:
    """The sync page's and the conflicts page's item models are consistent Qt models."""
    workshop = make_workshop(db, "Vilnius")
    unsynced = UnsyncedTableModel()
    unsynced.set_rows(account.unsynced_summary(db).workshops)
    assert unsynced.rowCount() == 1 and unsynced.data(unsynced.index(0, 0)) == "Vilnius"
    qtmodeltester.check(unsynced)
    with db.session(stamp=False) as session:
        session.add(Conflict(table_name="workshop", row_id=workshop.id, fields='["title", "venue"]',
                             local='{"id": "x", "title": "Here", "venue": null}',
                             remote='{"id": "x", "title": "There", "venue": "Town hall"}'))
    from icc_desktop.sync.merge import list_conflicts

    conflicts = ConflictsTableModel()
    conflicts.set_rows(list_conflicts(db))
    qtmodeltester.check(conflicts)
    fields = ConflictFieldsTableModel()
    fields.set_conflict(list_conflicts(db)[0])
    qtmodeltester.check(fields)
    assert fields.data(fields.index(1, fields.LOCAL)) == "(empty)"
    assert not fields.complete()
    unchecked = Qt.CheckState.Unchecked.value
    assert not fields.setData(fields.index(0, fields.LOCAL), unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not fields.setData(fields.index(0, fields.FIELD), 2, Qt.ItemDataRole.CheckStateRole)
    with pytest.raises(ValueError):
        fields.choose("title", "both")
    fields.choose("title", "local")
    fields.choose("title", "remote")  # a pick is changed by picking the other side
    assert fields.data(fields.index(0, fields.LOCAL), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert fields.data(fields.index(0, fields.REMOTE), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    fields.choose_all("remote")
    assert fields.complete() and fields.choices() == {"title": "remote", "venue": "remote"}
    qtmodeltester.check(fields)


def test_every_table_and_field_has_a_label() -> None:
    """The conflicts page never shows a raw database name for a synced table or field."""
    assert set(MODELS) <= known_tables()
    assert {f for t in MODELS for f in mergeable_fields(t)} <= known_fields()


def test_resolving_a_stale_conflict_shows_why(qtbot: Any, db: Database) -> None:
    """A conflict whose row is gone cannot be applied: the page says so and keeps it listed."""
    with db.session(stamp=False) as session:
        session.add(Conflict(table_name="need", row_id="no-such-row", fields='["title"]',
                             local='{"id": "no-such-row", "title": "A"}',
                             remote='{"id": "no-such-row", "title": "B"}'))
    page = ConflictsPage(_context(db))
    qtbot.addWidget(page)
    page.refresh()
    page.keep_remote.click()
    assert page.apply_choices() is False
    assert "no longer here" in page.message.text()
    assert page.conflicts.rowCount() == 1 and account.open_conflicts(db) == 1



def test_main_window_menu_and_status_bar(qtbot: Any, db: Database, server: LiveServer) -> None:
    """Sync ▸ Sync now runs from the window; the status bar shows the last sync and zero unsynced."""
    from icc_desktop.ui.main_window import MainWindow

    make_workshop(db, "Cluj-Napoca")
    window = MainWindow(Settings.in_memory(), Workers())
    qtbot.addWidget(window)
    window.attach_database(db)
    assert not window.sync_label.isVisibleTo(window)  # sync never set up: nothing about it shows
    assert {"sync", "conflicts"} <= set(window.pages)
    account.sign_in(db, server.url, "anna", PASSWORD)
    assert window.context is not None
    controller = controller_for(window.context)
    controller.sig_state_changed.emit()  # what the sync dialog does after signing in
    qtbot.waitUntil(lambda: "Never synced" in window.sync_label.text(), timeout=WAIT_MS)
    assert window.sync_label.isVisibleTo(window)
    with qtbot.waitSignal(controller.sig_sync_finished, timeout=WAIT_MS):
        window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Synced "), timeout=WAIT_MS)
    assert "not synced: 0" in window.sync_label.text()
    page = window.show_page("sync")
    assert "Signed in as anna" in page.account_state.text()  # type: ignore[attr-defined]
    assert not page.conflicts_button.isVisibleTo(page)  # type: ignore[attr-defined]
    window.show_page("conflicts")
    assert window.pages["conflicts"].stack.currentIndex() == 0  # type: ignore[attr-defined]
    with db.session(stamp=False) as session:  # a conflict kept by a later sync
        session.add(Conflict(table_name="city", row_id="some-city", fields='["region"]',
                             local='{"id": "some-city", "name": "Cluj-Napoca", "region": "Nord-Vest"}',
                             remote='{"id": "some-city", "name": "Cluj-Napoca", "region": "Transilvania"}'))
    window.context.sig_data_changed.emit("conflict")
    window.show_page("sync")
    assert page.conflicts_button.isVisibleTo(page)  # type: ignore[attr-defined]
    page.conflicts_button.click()  # type: ignore[attr-defined]
    conflicts = window.current_page()
    assert conflicts is not None and conflicts.page_id == "conflicts"
    assert conflicts.detail_title.text() == "City “Cluj-Napoca”"  # type: ignore[attr-defined]


def test_token_goes_to_the_keyring_when_there_is_one(qtbot: Any, db: Database, server: LiveServer,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """With a working keyring backend the token is kept there, not in a file, and sign out removes it."""
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    monkeypatch.delenv("ICC_DESKTOP_NO_KEYRING")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        context = _context(db)
        dialog = _sign_in(qtbot, context, server.url)
        with qtbot.waitSignal(dialog.sig_signed_in, timeout=WAIT_MS) as signed:
            dialog.sign_in_button.click()
        assert signed.args == ["keyring"] and "system keyring" in dialog.message.text()
        assert not tokens.token_file().exists() and len(MemoryKeyring.store) == 1
        assert account.account(db).signed_in
        with qtbot.waitSignal(dialog.sig_signed_out, timeout=WAIT_MS):
            dialog.sign_out_button.click()
        assert MemoryKeyring.store == {} and not account.account(db).signed_in
    finally:
        keyring.set_keyring(previous)


def test_closing_the_dialog_while_signing_in(qtbot: Any, db: Database, server: LiveServer) -> None:
    """A sign-in still under way when the dialog is closed completes quietly and updates the state."""
    from PySide6.QtCore import Qt as QtCore

    context = _context(db)
    controller = controller_for(context)
    dialog = SyncSettingsDialog(context)
    dialog.setAttribute(QtCore.WidgetAttribute.WA_DeleteOnClose)
    dialog.server.setText(server.url)
    dialog.user.setText("anna")
    dialog.password.setText(PASSWORD)
    dialog.show()
    with qtbot.waitSignal(controller.sig_state_changed, timeout=WAIT_MS):
        assert dialog.sign_in()
        dialog.close()
    qtbot.waitUntil(lambda: controller.status_text[0].startswith("Never synced"), timeout=WAIT_MS)
    assert account.account(db).signed_in


def test_plain_http_to_another_machine_and_sync_without_account(qtbot: Any, db: Database) -> None:
    """Plain HTTP to a non-loopback host is refused with the reason; Sync now signed out opens the dialog."""
    context = _context(db)
    dialog = _sign_in(qtbot, context, "http://sync.example.org")
    with qtbot.waitSignal(dialog.sig_failed, timeout=WAIT_MS) as failed:
        dialog.sign_in_button.click()
    assert "unencrypted" in failed.args[0] and dialog.server.property("invalid") is True
    assert account.account(db).server_url is None
    window = QWidget()
    qtbot.addWidget(window)
    assert controller_for(context).sync_now(window) is None
    opened = window.findChild(SyncSettingsDialog)
    assert opened is not None and opened.isVisible() and "Not set up" in opened.state.text()


def test_inline_pool_runs_everything_to_the_end(qtbot: Any, db: Database, server: LiveServer) -> None:
    """With work run inline (screenshots, some tests) sign-in, status counts and sync all finish cleanly."""
    from icc_desktop.ui.workers import InlinePool

    workshop = make_workshop(db, "Tallinn")
    context = AppContext(db, Settings.in_memory(), Workers(InlinePool()))
    context.set_workshop(workshop.id)
    dialog = _sign_in(qtbot, context, server.url)
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=1):  # emitted before click() returns
        dialog.sign_in_button.click()
    assert not dialog.busy and dialog.sign_out_button.isEnabled()
    controller = controller_for(context)
    controller.refresh_status()
    assert controller.status_text[0].startswith("Never synced")
    with qtbot.waitSignal(controller.sig_sync_finished, timeout=1):
        assert controller.sync_now(None) is not None
    assert not controller.running and controller.task is None
    controller.refresh_status()  # not stuck behind the first count
    assert controller.status_text[0].startswith("Synced ") and "not synced: 0" in controller.status_text[0]
    assert dialog.sign_out()
    assert not dialog.busy and not account.account(db).signed_in


def test_a_clock_off_from_the_server_is_warned_of_in_every_language(qtbot: Any, db: Database,
                                                                      built_translations: None) -> None:  # noqa: F811
    """A sync report whose clock is 10 minutes ahead (or behind) says so in English, French and German."""
    from icc_desktop.sync.client import SyncReport
    from icc_desktop.ui.i18n import install_translations

    page = SyncPage(_context(db))
    qtbot.addWidget(page)
    expected = {"en": ("10 minutes ahead", "10 minutes behind"),
                "fr": ("avance de 10 minutes", "retarde de 10 minutes"),
                "de": ("10 Minuten gegenüber der des Servers vor", "10 Minuten gegenüber der des Servers nach")}
    try:
        for language, (ahead, behind) in expected.items():
            install_translations(language)
            assert ahead in page.report_lines(SyncReport(clock_offset_s=600))[-1]
            assert behind in page.report_lines(SyncReport(clock_offset_s=-610))[-1]
        assert not any("clock" in line for line in page.report_lines(SyncReport()))
    finally:
        install_translations("en")
