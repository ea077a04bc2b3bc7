"""Where the app keeps its files, through platformdirs so the paths are right on every OS.

`ICC_DESKTOP_HOME` moves everything under one folder (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from icc_desktop import APP_ID

_AUTHOR = "ICC"


def _platformdirs() -> Any:
    import platformdirs  # loaded when needed: not when ICC_DESKTOP_HOME or --db says where

    return platformdirs


def _home() -> Path | None:
    value = os.environ.get("ICC_DESKTOP_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """The user data directory (database, backups)."""
    home = _home()
    path = home / "data" if home else Path(_platformdirs().user_data_dir(APP_ID, _AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The user log directory."""
    home = _home()
    path = home / "logs" if home else Path(_platformdirs().user_log_dir(APP_ID, _AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def state_dir() -> Path:
    """Small files the app keeps about its own state (which databases it closed cleanly)."""
    home = _home()
    path = home / "state" if home else Path(_platformdirs().user_state_dir(APP_ID, _AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path | None:
    """The settings file under `ICC_DESKTOP_HOME`, or None for the platform's usual place."""
    home = _home()
    return home / "settings" / "icc-desktop.ini" if home else None


def default_db_path() -> Path:
    """The database the app opens when none is named."""
    return data_dir() / "workshops.sqlite"


def backup_dir_for(db_path: Path) -> Path:
    """Automatic backups of `db_path` go in a `backups` folder beside it."""
    return db_path.resolve().parent / "backups"
