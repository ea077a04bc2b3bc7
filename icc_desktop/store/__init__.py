"""Engine, sessions, migrations, backups and reference-data seeding for the local database."""

from icc_desktop.store.db import Database

__all__ = ["Database"]
