"""The sync account core the window uses: unsynced counts per workshop, account state, signing
out offline, and refusing to sync without an account (the network parts are in tests/ui)."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import update

from icc_desktop.models import City, Need, SyncState
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.sync import account, merge, tokens
from icc_desktop.sync.client import SyncAuthError, SyncError
from icc_desktop.sync.tables import MODELS
from tests.factories import make_workshop


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ICC_DESKTOP_NO_KEYRING", "1")


def _mark_all_synced(db: Database) -> None:
    with db.session(stamp=False) as session:
        for model in MODELS.values():
            session.execute(update(model).values(dirty=False))


def test_unsynced_summary_counts_per_workshop(db: Database) -> None:
    """Each workshop's unsynced rows are counted apart, and agree with the per-table counts."""
    first = make_workshop(db, "Łódź")
    second = make_workshop(db, "Iași")
    crud.create(db, Need, workshop_id=second.id, title="Open data portal")
    summary = account.unsynced_summary(db)
    by_id = {w.workshop_id: w for w in summary.workshops}
    assert set(by_id) == {first.id, second.id}
    assert by_id[first.id].rows == sum(merge.unsynced_counts(db, first.id).values())
    assert by_id[second.id].rows == sum(merge.unsynced_counts(db, second.id).values())
    assert by_id[second.id].rows == by_id[first.id].rows + 1
    assert by_id[second.id].city == "Iași" and summary.for_workshop(second.id) == by_id[second.id].rows
    assert summary.total == sum(merge.unsynced_counts(db).values())
    assert summary.other_rows >= 2  # the two cities at least


def test_unsynced_summary_is_empty_once_everything_is_confirmed(db: Database) -> None:
    """With every row confirmed, nothing is reported; a new edit shows up under its workshop."""
    workshop = make_workshop(db)
    _mark_all_synced(db)
    summary = account.unsynced_summary(db)
    assert summary.workshops == [] and summary.total == 0 and summary.for_workshop(workshop.id) == 0
    crud.update(db, City, workshop.city_id, region="Podlaskie")
    crud.create(db, Need, workshop_id=workshop.id, title="Cycle lanes")
    summary = account.unsynced_summary(db)
    assert summary.other_rows == 1 and summary.for_workshop(workshop.id) == 1 and summary.total == 2


def test_account_reports_a_kept_token(db: Database) -> None:
    """The account is signed in exactly when a token is kept for its server and user."""
    assert account.account(db).server_url is None and not account.account(db).signed_in
    with db.session(stamp=False) as session:
        state = session.get(SyncState, 1)
        assert state is not None
        state.server_url, state.username = "https://sync.example.org", "anna"
        session.add(state)
    assert not account.account(db).signed_in
    tokens.save_token("https://sync.example.org", "anna", "secret-token")
    assert account.account(db).signed_in
    mode = stat.S_IMODE(os.stat(tokens.token_file()).st_mode)
    assert mode == 0o600


def test_sign_out_offline_forgets_the_token(db: Database) -> None:
    """Signing out with the server unreachable still removes the token here and keeps the address."""
    with db.session(stamp=False) as session:
        state = session.get(SyncState, 1)
        assert state is not None
        state.server_url, state.username = "http://127.0.0.1:9", "anna"  # port 9: nothing listens
        session.add(state)
    tokens.save_token("http://127.0.0.1:9", "anna", "secret-token")
    assert account.sign_out(db) is False
    assert tokens.load_token("http://127.0.0.1:9", "anna") is None
    current = account.account(db)
    assert current.server_url == "http://127.0.0.1:9" and current.username == "anna" and not current.signed_in


def test_sync_without_account_or_token_asks_to_sign_in(db: Database) -> None:
    """Sync refuses with a sign-in message when no server is set up or no token is kept."""
    with pytest.raises(SyncAuthError, match="sign in first"):
        account.sync_now(db)
    with db.session(stamp=False) as session:
        state = session.get(SyncState, 1)
        assert state is not None
        state.server_url, state.username = "https://sync.example.org", "nobody"
        session.add(state)
    with pytest.raises(SyncAuthError, match="sign in again"):
        account.sync_now(db)


def test_sign_in_refuses_empty_fields_and_insecure_addresses(db: Database) -> None:
    """Empty user or password, and plain HTTP to another machine, are refused before any request."""
    with pytest.raises(SyncAuthError, match="user name"):
        account.sign_in(db, "https://sync.example.org", "  ", "pw")
    with pytest.raises(SyncAuthError, match="password"):
        account.sign_in(db, "https://sync.example.org", "anna", "")
    with pytest.raises(SyncError, match="unencrypted"):
        account.sign_in(db, "http://sync.example.org", "anna", "pw")
    assert account.account(db).server_url is None
