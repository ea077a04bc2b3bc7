"""The wire form of synced rows and the field-level merge, without a server."""

from __future__ import annotations

import json
from typing import Any

import pydantic
import pytest
from sqlmodel import select

from icc_desktop.store.db import Database
from icc_desktop.sync.merge import merge_versions
from icc_desktop.sync.tables import MODELS, from_wire, to_wire, validate_wire


def test_validate_wire_gives_what_the_table_models_give(demo_db: Database) -> None:
    """The fast validation returns the same values and canonical form as the table models, for every table."""
    seen = set()
    with demo_db.session() as session:
        for table, model in MODELS.items():
            for row in session.exec(select(model).limit(40)).all():
                wire = to_wire(row)
                values, canonical, text = validate_wire(table, wire)
                slow = from_wire(table, wire)
                assert canonical == to_wire(slow) == json.loads(text)
                assert {k: (type(v), v) for k, v in values.items()} == \
                    {k: (type(getattr(slow, k)), getattr(slow, k)) for k in values}
                seen.add(table)
    assert {"city", "workshop", "participant", "response", "need", "vote", "action", "kpi"} <= seen


@pytest.mark.parametrize("bad", [{"name": "x" * 500}, {"population": "many"}, {"created_at": "never"},
                                 {"country": None}])
def test_validate_wire_refuses_what_the_table_models_refuse(demo_db: Database, bad: dict[str, Any]) -> None:
    """Invalid values fail with the same errors as through the table models."""
    with demo_db.session() as session:
        city = session.exec(select(MODELS["city"])).first()
        assert city is not None
        wire = to_wire(city) | bad
    with pytest.raises(pydantic.ValidationError) as fast:
        validate_wire("city", wire)
    with pytest.raises(pydantic.ValidationError) as slow:
        from_wire("city", wire)
    assert [(e["loc"], e["type"]) for e in fast.value.errors()] == [(e["loc"], e["type"]) for e in slow.value.errors()]


def _row(stamp: str, **fields: Any) -> dict[str, Any]:
    return {"id": "w1", "created_at": "2024-01-01T00:00:00Z", "updated_at": stamp, "deleted_at": None,
            "title": "T", "notes": "", **fields}


def test_an_own_version_coming_back_after_a_lost_confirmation_is_no_conflict() -> None:
    """A version this device pushed (answer lost), edited again since, merges without a conflict."""
    base = _row("1700000000000-0000-other", title="Base")
    pushed = _row("1700000000100-0000-me", title="Sent")
    local = _row("1700000000200-0000-me", title="Sent, then edited")
    merged = merge_versions("workshop", local, True, base, pushed, device_id="me")
    assert merged is not None and merged.conflict_fields == [] and merged.dirty
    assert merged.data["title"] == "Sent, then edited"
    # Another device's version with the same values is a real concurrent edit: kept as a conflict.
    theirs = _row("1700000000100-0000-other", title="Sent")
    other = merge_versions("workshop", local, True, base, theirs, device_id="me")
    assert other is not None and other.conflict_fields == ["title"]


def test_rows_read_as_columns_are_their_wire_form(demo_db: Database) -> None:
    """`wire_rows` (the push's column read) gives exactly `to_wire` of the ORM row, for every table and row."""
    from datetime import UTC, datetime

    from icc_desktop.sync.tables import wire_rows

    with demo_db.session() as session:  # a tombstone and a whole-second timestamp, too
        participant = session.exec(select(MODELS["participant"])).first()
        assert participant is not None
        participant.deleted_at = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
        participant.created_at = datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=UTC)
        session.add(participant)
    checked = 0
    with demo_db.session() as session:
        for table, model in MODELS.items():
            expected = {r.id: to_wire(r) for r in session.exec(select(model)).all()}
            got = {r["id"]: r for r in wire_rows(session.connection(), table, "1 = 1")}
            assert got == expected, table
            assert all(json.dumps(got[i], sort_keys=True) == json.dumps(expected[i], sort_keys=True)
                       for i in expected), table  # the same types too (5.0 is not 5, True is not 1)
            checked += len(expected)
    assert checked > 1500


def test_a_typed_pull_page_gives_what_validate_wire_gives(demo_db: Database) -> None:
    """A page validated in one pass (into plain dicts) gives each row's values and canonical JSON exactly
    as `validate_wire` does, for every table; one bad row makes it fall back to row by row."""
    from icc_desktop.sync.tables import read_typed_page, wire_text

    rows = []
    with demo_db.session() as session:
        for table, model in MODELS.items():
            rows += [{"table": table, "seq": len(rows) + 1, "data": to_wire(r),
                      **({"by": {"user": "ana", "device": "Laptop"}} if len(rows) % 2 else {})}
                     for r in session.exec(select(model).limit(40)).all()]
    page = {"protocol": 1, "rows": rows, "last_seq": len(rows), "has_more": False}
    typed = read_typed_page(json.dumps(page).encode())
    assert typed is not None and len(typed["rows"]) == len(rows) > 300
    for sent, got in zip(rows, typed["rows"], strict=True):
        values, _canonical, text = validate_wire(sent["table"], sent["data"])
        assert list(got["data"].items()) == list(values.items())
        assert {k: type(v) for k, v in got["data"].items()} == {k: type(v) for k, v in values.items()}
        assert wire_text(got["data"]) == text
        assert (got["table"], got["seq"], got["by"]) == (sent["table"], sent["seq"], sent.get("by"))
    for bad in ({"population": "many"}, {"name": "x" * 500}, {"created_at": "never"}, {"name": "Bled\x00"}):
        broken = dict(page, rows=[*rows[:-1], {"table": "city", "seq": 9999, "data": rows[0]["data"] | bad}])
        assert read_typed_page(json.dumps(broken).encode()) is None, bad
    assert read_typed_page(json.dumps(dict(page, rows=[{"table": "mayor", "seq": 1, "data": {}}])).encode()) is None


def test_bulk_inserted_datetimes_are_stored_as_the_orm_stores_them(db: Database) -> None:
    """`insert_rows` stores aware datetimes (any offset, whole seconds too) and booleans byte for byte as the
    ORM does, and refuses a naive datetime or a number for a boolean as the ORM does."""
    from datetime import UTC, datetime, timedelta, timezone

    from icc_desktop.models import City
    from icc_desktop.store.bulk import insert_rows

    moments = [datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), datetime(2024, 1, 2, 3, 4, 5, 500, tzinfo=UTC),
               datetime(999, 12, 31, 23, 59, 59, 1, tzinfo=timezone(timedelta(0))),
               datetime(2023, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-2))),
               datetime(2024, 6, 1, 1, 0, 0, 999999, tzinfo=timezone(timedelta(hours=5, minutes=30)))]
    base = {"updated_at": "", "deleted_at": None, "server_seq": None, "dirty": False, "name": "Bled",
            "country": "SI", "region": "", "population": None, "edition": "2023-25", "role": "core", "notes": ""}
    with db.session(stamp=False) as session:
        for n, moment in enumerate(moments):
            session.add(City(**base | {"id": f"orm-{n}", "created_at": moment, "deleted_at": moment,
                                       "dirty": n % 2 == 1}))
        insert_rows(session.connection(), City.__table__,  # type: ignore[attr-defined]
                    [base | {"id": f"bulk-{n}", "created_at": moment, "deleted_at": moment, "dirty": n % 2 == 1}
                     for n, moment in enumerate(moments)])
    with db.engine.connect() as connection:
        stored = dict(connection.exec_driver_sql(
            "SELECT id, created_at || '|' || deleted_at || '|' || quote(dirty) FROM city "
            "WHERE id LIKE 'orm-%' OR id LIKE 'bulk-%'").all())
    assert [stored[f"bulk-{n}"] for n in range(len(moments))] == [stored[f"orm-{n}"] for n in range(len(moments))]
    with pytest.raises(ValueError, match="timezone"), db.session(stamp=False) as session:
        insert_rows(session.connection(), City.__table__,  # type: ignore[attr-defined]
                    [base | {"id": "naive", "created_at": datetime(2024, 1, 2), "deleted_at": None}])
    with pytest.raises(ValueError, match="True, or False"), db.session(stamp=False) as session:
        insert_rows(session.connection(), City.__table__,  # type: ignore[attr-defined]
                    [base | {"id": "two", "created_at": moments[0], "dirty": 2}])


def test_a_pulled_page_with_bad_rows_sets_only_those_aside(db: Database) -> None:
    """A page holding a row with a bad value and a row of an unknown table is read row by row: the good
    rows are stored, the two others refused with what is wrong, and the pull position still moves."""
    from icc_desktop.models import City, SyncState
    from icc_desktop.sync.client import _read_page
    from icc_desktop.sync.merge import apply_remote

    good = [to_wire(City(name=f"Kavala {n}", country="GR", updated_at=f"17000000000{n:02d}-0000-dev1"))
            for n in range(3)]
    bad = to_wire(City(name="Drama", country="GR", updated_at="1700000000099-0000-dev1")) | {"population": "many"}
    rows = [{"table": "city", "seq": n + 1, "data": data} for n, data in enumerate([*good, bad])]
    rows.append({"table": "mayor", "seq": 9, "data": {"id": "m1"}})
    page, remote = _read_page(json.dumps({"protocol": 1, "rows": rows, "last_seq": 9, "has_more": False}).encode())
    assert not any(row.valid for row in remote)  # the page as a whole did not validate
    result = apply_remote(db, remote, watermark=page.last_seq)
    assert result.inserted == 3
    assert sorted((row.id, message.split(":")[0]) for row, message in result.rejected) == \
        sorted([(bad["id"], "population"), ("m1", "unknown table 'mayor'")])
    with db.session() as session:
        stored = {c.id for c in session.exec(select(City)).all()}
        state = session.get(SyncState, 1)
        assert state is not None and state.last_pulled_seq == 9
    assert {g["id"] for g in good} <= stored and bad["id"] not in stored


def test_a_typed_push_gives_what_validate_wire_gives(demo_db: Database) -> None:
    """A push body validated in one pass gives each row's values and canonical JSON exactly as `validate_wire`
    does, for every table; a bad value, an unknown field or too many rows make it fall back to row by row."""
    from icc_desktop.sync.protocol import MAX_PUSH_ROWS
    from icc_desktop.sync.tables import read_typed_push, wire_text

    rows = []
    with demo_db.session() as session:
        for table, model in MODELS.items():
            rows += [{"table": table, "data": to_wire(r)} for r in session.exec(select(model).limit(30)).all()]
    body = {"protocol": 1, "device_id": "laptop-7", "rows": rows}
    typed = read_typed_push(json.dumps(body).encode())
    assert typed is not None and typed[:2] == (1, "laptop-7") and len(typed[2]) == len(rows) > 250
    for sent, got in zip(rows, typed[2], strict=True):
        values, _canonical, text = validate_wire(sent["table"], sent["data"])
        assert (got.table, got.valid) == (sent["table"], True)
        assert got.data == values and wire_text(got.data) == text
    assert read_typed_push(json.dumps({"protocol": 1, "rows": rows[:2]}).encode())[1] == ""  # type: ignore[index]
    for bad in ({"population": "many"}, {"name": "Bled\x00"}, {"mayor": "Ana"}):
        broken = dict(body, rows=[*rows[:-1], {"table": "city", "data": rows[0]["data"] | bad}])
        assert read_typed_push(json.dumps(broken).encode()) is None, bad
    assert read_typed_push(json.dumps(dict(body, extra=1)).encode()) is None
    assert read_typed_push(json.dumps(dict(body, rows=rows[:1] * (MAX_PUSH_ROWS + 1))).encode()) is None


def test_the_push_answer_is_what_the_protocol_model_writes() -> None:
    """The server's push answer, written by hand for speed, is byte for byte what `PushResponse` would write,
    for every kind of result (ids and messages with quotes and non-ASCII letters included)."""
    from icc_desktop.sync.protocol import PushResponse
    from icc_desktop.sync.server_store import PushOutcome, push_answer

    results = [PushOutcome("response", "a1-b2", "accepted", seq=7),
               PushOutcome("city", "c1", "stale", seq=3, row={"id": "c1", "name": "Łódź \"Old\""}),
               PushOutcome("city", '"x\\', "invalid", message="id: missing or not a row id"),
               PushOutcome("need", "n1", "forbidden", message="you are not assigned to this row's city: Kraków")]
    assert push_answer(results) == PushResponse.model_validate(
        {"results": [r._asdict() for r in results]}).model_dump_json(exclude_none=True).encode()


@pytest.mark.parametrize(("table", "field", "value"), [
    ("kpi_measurement", "value", float("inf")), ("kpi_measurement", "value", float("nan")),
    ("city", "population", 2**63), ("city", "deleted_at", "2024-01-02T03:04:05"),
    ("city", "deleted_at", "0001-01-01T00:00:00+14:00")])
def test_the_wire_form_refuses_what_sqlite_cannot_store(demo_db: Database, table: str, field: str,
                                                        value: Any) -> None:
    """An infinity, an integer past 64 bits, a timestamp without a time zone or out of range in UTC fail the
    wire form (push and pull alike) naming the field: a laptop could not store them."""
    with demo_db.session() as session:
        model = MODELS[table]
        row = session.exec(select(model)).first() if table == "city" else None
    wire = to_wire(row) if row is not None else {
        "id": "m1", "created_at": "2024-01-02T03:04:05Z", "updated_at": "1700000000000-0000-dev1",
        "workshop_id": "w", "kpi_id": "k", "date": "2024-01-02", "value": 1.0}
    with pytest.raises(pydantic.ValidationError) as refused:
        validate_wire(table, wire | {field: value})
    assert [e["loc"] for e in refused.value.errors()] == [(field,)]


@pytest.mark.parametrize("answer", [
    {"results": [{"table": "city", "id": "c1", "status": "accepted", "seq": 7}]},
    {"protocol": 2, "results": [{"table": "city", "id": "c1", "status": "stale", "seq": 7, "row": {"id": "c1"}}]},
    {"results": [{"table": "city", "id": "c1", "status": "maybe"}]},
    {"results": [{"table": "city", "id": "c1", "status": "accepted", "seq": "seven"}]},
    {"results": [{"id": "c1", "status": "accepted"}]},
    {"results": {"table": "city"}},
])
def test_the_laptop_reads_a_push_answer_as_the_protocol_model_does(answer: dict[str, Any]) -> None:
    """The push answer read into plain dicts accepts and refuses exactly what `PushResponse` does, values alike."""
    from icc_desktop.sync.protocol import PushResponse
    from icc_desktop.sync.tables import PUSH_ANSWER

    body = json.dumps(answer).encode()
    try:
        expected = PushResponse.model_validate_json(body).model_dump(exclude_none=True)["results"]
    except pydantic.ValidationError:
        with pytest.raises(pydantic.ValidationError):
            PUSH_ANSWER.validate_json(body)
        return
    assert [{k: v for k, v in r.items() if v is not None} for r in PUSH_ANSWER.validate_json(body)["results"]] \
        == expected


@pytest.mark.parametrize(("table", "field", "value"), [
    ("response", "current_level", 99), ("response", "target_level", 0), ("vote", "impact", 6),
    ("vote", "dots", -1), ("action", "percent_complete", 140)])
def test_the_wire_form_refuses_what_the_window_refuses(demo_db: Database, table: str, field: str, value: int) -> None:
    """A level outside 1–5, negative dots or a progress over 100 fail the wire form (a hand-made push), as the
    window's validation refuses them."""
    with demo_db.session() as session:
        row = session.exec(select(MODELS[table])).first()
        assert row is not None
        wire = to_wire(row)
    validate_wire(table, wire)  # the row as it is passes
    with pytest.raises(pydantic.ValidationError) as refused:
        validate_wire(table, wire | {field: value})
    assert [e["loc"] for e in refused.value.errors()] == [(field,)]
