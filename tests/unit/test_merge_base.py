"""Merge bases kept only while needed: copied by SQLite when a clean, synced row is first changed here."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from sqlmodel import select

from icc_desktop.models import Participant, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.store.merge_base import TRIGGER_PREFIX, trigger_sql
from icc_desktop.sync.merge import RemoteRow, apply_remote, record_confirmed
from icc_desktop.sync.tables import _COLUMN_CONVERTERS, MODELS, WIRE_FIELDS, to_wire, wire_text
from tests.factories import downgrade_file, make_workshop

M = TypeVar("M")


def _bases(db: Database) -> dict[tuple[str, str], dict[str, object]]:
    with sqlite3.connect(db.path) as conn:
        rows = conn.execute("SELECT table_name, row_id, data FROM sync_base").fetchall()
    conn.close()
    return {(table, row_id): json.loads(data) for table, row_id, data in rows}


def _get(db: Database, model: type[M], row_id: str) -> M:
    with db.session() as session:
        row = session.get(model, row_id)
    assert row is not None
    return row


def _add_follow_up(db: Database) -> None:
    """One row of each follow-up table (the demo has none): a progress note, a measurement, a round."""
    from icc_desktop.models import Action, Question, Response

    KPI = MODELS["kpi"]

    with db.session() as session:
        action = session.exec(select(Action)).first()
        kpi = session.exec(select(KPI)).first()
        answer = session.exec(select(Response)).first()
        assert action is not None and kpi is not None and answer is not None
        question = session.get(Question, answer.question_id)
        assert question is not None
    crud.create(db, MODELS["progress_note"], workshop_id=action.workshop_id, action_id=action.id,
                date=date(2026, 5, 1), text="Tender published", status="in_progress", percent_complete=30)
    crud.create(db, MODELS["kpi_measurement"], workshop_id=kpi.workshop_id, kpi_id=kpi.id, date=date(2026, 6, 1),
                value=1 / 3, note="First count")
    crud.create(db, MODELS["kpi_measurement"], workshop_id=kpi.workshop_id, kpi_id=kpi.id, date=date(2026, 6, 2),
                value=0.1 + 0.2, note="Second count")
    crud.update(db, KPI, kpi.id, baseline=2 / 3, target=1e300)
    round_ = crud.create(db, MODELS["assessment_round"], workshop_id=answer.workshop_id, label="Mid-term",
                         date=date(2026, 7, 1))
    crud.create(db, MODELS["round_answer"], workshop_id=answer.workshop_id, round_id=round_.id,
                question_id=question.id, current_level=2, target_level=4, evidence="Survey")


def _mark_synced(db: Database) -> None:
    """Every row as if received from a server: a seq, not dirty (plain SQL: no trigger is involved)."""
    with sqlite3.connect(db.path) as conn:
        for table in MODELS:
            conn.execute(f'UPDATE "{table}" SET server_seq = rowid + 1000, dirty = 0')
        conn.execute("DELETE FROM sync_base")
    conn.close()


def test_the_copy_made_by_sqlite_is_the_rows_wire_form(demo_db: Database) -> None:
    """For every synced table and row, the merge base SQLite copies when a clean row turns dirty is exactly
    `to_wire` of the row before the change: same fields, values and JSON types (a tombstone, a whole-second
    timestamp, booleans, floats)."""
    with demo_db.session() as session:
        participant = session.exec(select(Participant)).first()
        assert participant is not None
        participant.deleted_at = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
        participant.created_at = datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=UTC)
        participant.erased_at = datetime(2025, 3, 4, 5, 6, 8, 1, tzinfo=UTC)
        session.add(participant)
    _add_follow_up(demo_db)
    _mark_synced(demo_db)
    with demo_db.session() as session:
        expected = {(table, r.id): to_wire(r) for table, model in MODELS.items()
                    for r in session.exec(select(model)).all()}
    assert {table for table, _ in expected} == set(MODELS), "every synced table has rows to check"
    assert _bases(demo_db) == {}
    with sqlite3.connect(demo_db.path) as conn:
        for table in MODELS:
            conn.execute(f'UPDATE "{table}" SET dirty = 1')
    conn.close()
    bases = _bases(demo_db)
    assert bases.keys() == expected.keys()
    for key, wire in expected.items():
        assert json.dumps(bases[key], sort_keys=True) == json.dumps(wire, sort_keys=True), key


def test_only_the_first_change_of_a_clean_synced_row_is_copied(db: Database) -> None:
    """A row never synced, a row already dirty and a row kept clean get no copy; the copy is the version
    before the first change, not a later one."""
    workshop = make_workshop(db)
    assert _bases(db) == {}  # rows made here have no agreed version
    _mark_synced(db)
    agreed = to_wire(_get(db, Workshop, workshop.id))
    crud.update(db, Workshop, workshop.id, title="First change")
    crud.update(db, Workshop, workshop.id, title="Second change")
    bases = _bases(db)
    assert list(bases) == [("workshop", workshop.id)]
    assert bases[("workshop", workshop.id)] == agreed


def test_an_initial_pull_stores_no_copies_and_an_edit_merges_against_the_pulled_version(db: Database) -> None:
    """Rows received are their own merge base (nothing stored); changed here, then changed on the server
    in another field, they merge field by field without a conflict."""
    workshop = make_workshop(db)
    with db.session() as session:
        sent = {table: [to_wire(r) for r in session.exec(select(model)).all()]
                for table, model in MODELS.items() if table in ("city", "workshop")}
    fresh = db.path.with_name("fresh.sqlite")
    shutil.copyfile(db.path, fresh)
    other = Database.open(fresh)
    try:
        with sqlite3.connect(fresh) as conn:  # a laptop that has only the shipped rows
            conn.execute("DELETE FROM workshop")
            conn.execute("DELETE FROM city")
        conn.close()
        seq = iter(range(1, 100))
        result = apply_remote(other, [RemoteRow(t, next(seq), dict(d)) for t, rows in sent.items() for d in rows])
        assert result.inserted == 2 and _bases(other) == {}
        crud.update(other, Workshop, workshop.id, venue="Town hall")
        assert _bases(other)[("workshop", workshop.id)]["venue"] == sent["workshop"][0]["venue"]
        theirs = dict(sent["workshop"][0], title="Renamed on the server",
                      updated_at="9" + sent["workshop"][0]["updated_at"][1:])
        merged = apply_remote(other, [RemoteRow("workshop", 50, theirs)])
        assert (merged.merged, merged.conflicts) == (1, 0)
        row = _get(other, Workshop, workshop.id)
        assert (row.title, row.venue, row.dirty) == ("Renamed on the server", "Town hall", True)
        assert _bases(other)[("workshop", workshop.id)]["title"] == "Renamed on the server"
    finally:
        other.close()


def test_a_row_changed_again_on_its_way_keeps_what_was_sent_as_its_base(db: Database) -> None:
    """Confirming a push makes rows clean with their seq and stores nothing; a row changed while it
    travelled stays dirty with the sent version as its merge base."""
    workshop = make_workshop(db)
    sent = to_wire(_get(db, Workshop, workshop.id))
    city_sent = to_wire(_get(db, MODELS["city"], workshop.city_id))  # type: ignore[arg-type]
    crud.update(db, Workshop, workshop.id, title="Changed while on its way")
    with db.session(stamp=False) as session:
        record_confirmed(session, "workshop", [(workshop.id, sent["updated_at"], 41, wire_text(sent))])
        record_confirmed(session, "city", [(workshop.city_id, city_sent["updated_at"], 40, wire_text(city_sent))])
    row, city = _get(db, Workshop, workshop.id), _get(db, MODELS["city"], workshop.city_id)  # type: ignore[arg-type]
    assert (row.server_seq, row.dirty, city.server_seq, city.dirty) == (41, True, 40, False)
    assert _bases(db) == {("workshop", workshop.id): sent}


def test_every_synced_table_has_its_trigger_with_its_wire_columns(db: Database) -> None:
    """Each synced table's copy trigger lists exactly its wire columns, with the right conversions: a
    migration that adds a column to a synced table must create its trigger again."""
    with sqlite3.connect(db.path) as conn:
        found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    conn.close()
    for table, model in MODELS.items():
        kinds = {WIRE_FIELDS[table][i]: "datetime" if c.__name__ == "_wire_datetime" else "bool"
                 for i, c in _COLUMN_CONVERTERS[table]}
        kinds |= {name: "float" for name in WIRE_FIELDS[table] if "float" in str(model.model_fields[name].annotation)}
        columns = [(name, kinds[name]) if name in kinds else name for name in WIRE_FIELDS[table]]
        assert re.sub(r"\s+", " ", found[f"{TRIGGER_PREFIX}{table}"]) == trigger_sql(table, columns), table


def test_the_upgrade_forgets_copies_of_clean_rows_and_the_downgrade_writes_them_back(tmp_path: Path,
                                                                                       db: Database) -> None:
    """A file from before keeps the merge bases of its dirty rows and drops the others (they are their
    rows); taken back, it has a base for every clean synced row again, as that release expects."""
    make_workshop(db)
    _mark_synced(db)
    with db.session() as session:
        workshops = [to_wire(w) for w in session.exec(select(Workshop)).all()]
    db.close()
    path = tmp_path / "old.sqlite"
    shutil.copyfile(db.path, path)
    downgrade_file(path, "0005_i11_workshop_final")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
        written = {row_id: json.loads(data) for row_id, data in conn.execute(
            "SELECT row_id, data FROM sync_base WHERE table_name = 'workshop'")}
        assert written == {w["id"]: w for w in workshops}
        total = conn.execute("SELECT count(*) FROM sync_base").fetchone()[0]
        conn.execute("UPDATE workshop SET dirty = 1")  # an edit the old release made: its base stays
    conn.close()
    assert total > len(workshops)  # the shipped frameworks' rows, too
    reopened = Database.open(path)
    try:
        assert set(_bases(reopened)) == {("workshop", w["id"]) for w in workshops}
    finally:
        reopened.close()
