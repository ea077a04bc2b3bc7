"""Alembic migrations of the local database, shipped inside the package and run on open."""

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent

HEAD_REVISION = "0007_i14_server_epoch"
"""The newest revision; a test checks it against Alembic's own head so it cannot drift."""

KNOWN_REVISIONS = frozenset({"0001", "0002_i10_future_stamps", "0003_i15_room", "0004_i16_monitoring",
                             "0005_i13_conflict_story", "0005_i11_workshop_final",
                             "0006_i14_lazy_merge_base", "0007_i14_server_epoch"})
"""Every revision this version knows; a file stamped with another one is from a newer app."""
