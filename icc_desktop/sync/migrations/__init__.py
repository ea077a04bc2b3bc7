"""Alembic migrations of the sync server's database (separate from the laptop database's)."""
