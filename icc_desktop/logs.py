"""Logging to a rotating file in the user log directory; nothing is sent anywhere."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from icc_desktop import config

LOG_FILE_NAME = "icc-desktop.log"


def log_file() -> Path:
    """The log file of this user."""
    return config.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file (1 MB × 5); return its path."""
    path = log_file()
    root = logging.getLogger("icc_desktop")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
