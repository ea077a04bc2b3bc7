"""Engine, sessions, migrations, backups and reference-data seeding for the local database.

Nothing is imported here: `store.fileinfo` (plain sqlite3) must load without SQLAlchemy, so
read-only commands start fast. Import `icc_desktop.store.db.Database` where a session is needed.
"""
