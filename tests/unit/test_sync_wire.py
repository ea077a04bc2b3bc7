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
