"""Small builders for tests: a city with a workshop on the digital framework."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlmodel import select

from icc_desktop.models import City, Question, Workshop
from icc_desktop.services import crud
from icc_desktop.services.scoring import framework_questions
from icc_desktop.services.workshops import create_workshop
from icc_desktop.store.db import Database


def make_workshop(db: Database, name: str = "Białystok", date: dt.date = dt.date(2024, 3, 15)) -> Workshop:
    """A city and one workshop on the default (digital maturity) framework."""
    city = crud.create(db, City, name=name, country="PL", population=297000)
    return create_workshop(db, city.id, "Needs assessment", date)


def questions(db: Database, workshop: Workshop) -> list[Question]:
    """The workshop's questions, in framework order."""
    with db.session() as session:
        return [q for _, q in framework_questions(session, workshop.framework_id)]


def count(db: Database, model: type) -> int:
    """Live rows of a table."""
    with db.session() as session:
        return len([r for r in session.exec(select(model)).all() if getattr(r, "deleted_at", None) is None])


def db_snapshot(db: Database) -> list[str]:
    """Every table and row of the database as SQL text, to prove an operation changed nothing."""
    import sqlite3

    conn = sqlite3.connect(db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def downgrade_file(path: str | Path, revision: str) -> None:
    """Take a closed database file back to an older schema revision, its rows kept (a file as an
    older release left it)."""
    import sqlite3

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from icc_desktop.store.migrations import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    conn.close()


def arrives_from_sync(db: Database, model: type, row_id: str, **values: object) -> None:
    """Another laptop's newer version of a row comes in through a sync: the local row is first
    pushed (clean, with a seq), then `apply_remote` merges the remote version with `values` changed,
    stamped a minute later by another device."""
    from icc_desktop.models.clock import format_stamp, parse_stamp
    from icc_desktop.sync.merge import RemoteRow, apply_remote, record_confirmed
    from icc_desktop.sync.tables import to_wire, wire_text

    with db.session() as session:
        sent = to_wire(session.get(model, row_id))
    table = str(model.__tablename__)
    with db.session(stamp=False) as session:
        record_confirmed(session, table, [(row_id, sent["updated_at"], 1000, wire_text(sent))])
    ms, counter, _device = parse_stamp(sent["updated_at"])
    theirs = sent | dict(values) | {"updated_at": format_stamp(ms + 60_000, counter, "laptopb0000000000000000000000000")}
    result = apply_remote(db, [RemoteRow(table, 1001, theirs)])
    assert result.conflicts == 0 and (result.applied == 1 or not values), result
