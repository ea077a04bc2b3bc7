"""Where a signed-in user's bearer token is kept between runs.

In the system keyring (Windows Credential Locker, macOS Keychain, Secret Service) when the
`keyring` package is installed and has a usable backend; otherwise in `sync-tokens.json` in the
user data folder, written with permissions for the user alone (0600; on Windows the file lives
in the user's own profile, which other users cannot read).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from icc_desktop import APP_ID, config

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

_SERVICE = f"{APP_ID}-sync"


def _key(server_url: str, username: str) -> str:
    return f"{server_url.rstrip('/')}|{username}"


def _keyring() -> KeyringBackend | None:
    """The system keyring's backend if it is a real one, else None."""
    if os.environ.get("ICC_DESKTOP_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # noqa: BLE001  (not installed, or a broken backend at import)
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None
    # The "fail" backend (and any of priority 0, e.g. an empty chainer) cannot keep anything.
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def token_file() -> Path:
    """The fallback file (used when there is no keyring)."""
    return config.data_dir() / "sync-tokens.json"


def _read_file() -> dict[str, str]:
    path = token_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_file(tokens: dict[str, str]) -> None:
    path = token_file()
    tmp = path.with_suffix(".tmp")
    # Create with 0600 from the start: the token must never be readable by others, not even briefly.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(tokens, handle)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def save_token(server_url: str, username: str, token: str) -> str:
    """Keep a token; returns where ('keyring' or the file path)."""
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(_SERVICE, _key(server_url, username), token)
            return "keyring"
        except Exception as exc:  # noqa: BLE001  (locked or unavailable keyring: fall back to the file)
            log.warning("System keyring refused the token (%s); keeping it in %s", exc, token_file())
    tokens = _read_file()
    tokens[_key(server_url, username)] = token
    _write_file(tokens)
    return str(token_file())


def load_token(server_url: str, username: str) -> str | None:
    """The kept token of this user on this server, or None."""
    keyring = _keyring()
    if keyring is not None:
        try:
            value = keyring.get_password(_SERVICE, _key(server_url, username))
            if value:
                return str(value)
        except Exception as exc:  # noqa: BLE001  (locked keyring: the file may still hold it)
            log.warning("System keyring could not be read (%s)", exc)
    return _read_file().get(_key(server_url, username))


def delete_token(server_url: str, username: str) -> None:
    """Forget a token (signing out), wherever it was kept."""
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.delete_password(_SERVICE, _key(server_url, username))
        except Exception as exc:  # noqa: BLE001  (usually: it was not there)
            log.info("No token to delete from the system keyring (%s)", exc)
    tokens = _read_file()
    if tokens.pop(_key(server_url, username), None) is not None:
        _write_file(tokens)


__all__ = ["delete_token", "load_token", "save_token", "token_file"]
