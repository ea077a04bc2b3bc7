"""Alembic migrations: head equals the models' schema, the revision constants cannot drift, and an
older file is backed up before it is upgraded."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import icc_desktop.models  # noqa: F401  (registers every table)
from icc_desktop.store import db as store_db
from icc_desktop.store import fileinfo
from icc_desktop.store.backup import list_backups
from icc_desktop.store.db import Database, run_migrations
from icc_desktop.store.migrations import HEAD_REVISION, KNOWN_REVISIONS, MIGRATIONS_DIR


def _scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_upgrading_an_empty_file_gives_exactly_the_models_schema(tmp_path):
    """Alembic's own comparison finds no difference between the migrated file and the models."""
    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    try:
        run_migrations(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []
            assert context.get_current_revision() == HEAD_REVISION
    finally:
        engine.dispose()


def test_revision_constants_match_alembic():
    """HEAD_REVISION is Alembic's single head and KNOWN_REVISIONS is every revision shipped."""
    scripts = _scripts()
    assert scripts.get_heads() == [HEAD_REVISION]
    assert {script.revision for script in scripts.walk_revisions()} == KNOWN_REVISIONS


def test_an_older_file_is_backed_up_before_it_is_upgraded(tmp_path, monkeypatch):
    """Opening a file at an older revision backs it up (as it was) before any migration runs.

    Only one revision exists, so the app is made to believe a newer head exists: a file at
    "0001" is then older than the app and must be backed up before `run_migrations` touches it.
    """
    path = tmp_path / "old.sqlite"
    Database.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO city (id, created_at, updated_at, dirty, name, country, region, edition, "
                 "role, notes) VALUES ('c1', '2021-05-01', 's', 0, 'Rijeka', 'HR', '', '2020-22', "
                 "'mentor', '')")
    conn.commit()
    original = list(conn.iterdump())
    conn.close()
    assert list_backups(path) == []

    seen_at_migration: list[list[str]] = []

    def migrate_after_checking(engine):  # type: ignore[no-untyped-def]
        for backup in list_backups(path):
            backup_conn = sqlite3.connect(backup)
            seen_at_migration.append(list(backup_conn.iterdump()))
            backup_conn.close()
        run_migrations(engine)

    monkeypatch.setattr(store_db, "HEAD_REVISION", "0002")
    monkeypatch.setattr(fileinfo, "KNOWN_REVISIONS", KNOWN_REVISIONS | {"0002"})
    monkeypatch.setattr(store_db, "run_migrations", migrate_after_checking)
    Database.open(path).close()

    assert seen_at_migration == [original]
    (backup,) = list_backups(path)
    assert "before-upgrade" in backup.name


def test_a_file_at_head_is_opened_without_a_backup(db):
    """Opening an up-to-date file neither migrates nor backs it up."""
    db.close()
    Database.open(db.path).close()
    assert list_backups(db.path) == []


def test_workshop_final_migration_keeps_a_populated_database(tmp_path):
    """0005 adds Workshop.final (False) to a database that already holds workshops and rows pointing at them."""
    from alembic import command
    from alembic.config import Config

    from icc_desktop.store.migrations import MIGRATIONS_DIR
    from tests.factories import make_workshop

    path = tmp_path / "full.sqlite"
    with Database.open(path) as db:
        workshop = make_workshop(db)
        from icc_desktop.models import Participant
        from icc_desktop.services import crud

        crud.create(db, Participant, workshop_id=workshop.id, name="Ana Horvat", stakeholder_group="business")
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005_i13_conflict_story")
    conn = sqlite3.connect(path)
    assert "final" not in [row[1] for row in conn.execute("PRAGMA table_info(workshop)")]
    conn.close()
    with Database.open(path) as db, db.session() as session:
        from icc_desktop.models import Workshop

        assert session.get(Workshop, workshop.id).final is False


def test_a_file_of_the_first_release_with_its_rows_upgrades_and_keeps_them(demo_db):
    """Tables that rows point at are rebuilt by the upgrade without breaking or losing a reference."""
    from tests.factories import downgrade_file

    tables = ("city", "workshop", "participant", "response", "need", "vote", "action", "kpi")
    path = demo_db.path

    def counts() -> dict[str, int]:
        with sqlite3.connect(path) as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    demo_db.close()
    before = counts()
    assert before["participant"] > 0 and before["vote"] > 0
    downgrade_file(path, "0001")
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert counts() == before
