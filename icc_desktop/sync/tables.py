"""The synced tables as the sync code sees them: names, wire form, references, scope.

Scope decides who may see a row: a city is its own scope, a workshop belongs to its city, every
other workshop-scoped table has a `workshop_id`, and reference lists and frameworks are global.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, create_model

from icc_desktop.models import SYNCED_MODELS, City, SyncedModel, Workshop

MODELS: dict[str, type[SyncedModel]] = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[misc]
"""Synced models by table name, in `SYNCED_MODELS` order (parents first)."""

ORDER: dict[str, int] = {name: index for index, name in enumerate(MODELS)}

LOCAL_ONLY = frozenset({"server_seq", "dirty"})
"""Columns that never travel: the server's seq travels beside the row, `dirty` is this device's."""

META_FIELDS = frozenset({"id", "created_at", "updated_at"})
"""Wire fields that are not merged field by field (`deleted_at` is: a tombstone is an edit)."""

GLOBAL_TABLES = frozenset(
    name for name, model in MODELS.items()
    if model is not City and model is not Workshop and "workshop_id" not in model.model_fields
)
"""Reference lists and frameworks: everyone reads them, only administrators change them."""


def references(table: str) -> list[tuple[str, str]]:
    """The (column, referenced table) pairs of a synced table's foreign keys."""
    return _REFERENCES[table]


_REFERENCES: dict[str, list[tuple[str, str]]] = {
    name: sorted((fk.parent.name, fk.column.table.name) for fk in model.__table__.foreign_keys)  # type: ignore[attr-defined]
    for name, model in MODELS.items()
}

WIRE_FIELDS: dict[str, list[str]] = {
    name: [f for f in model.model_fields if f not in LOCAL_ONLY] for name, model in MODELS.items()
}
"""The fields of each table's wire form, in column order."""


def to_wire(row: SyncedModel) -> dict[str, Any]:
    """A row's wire form: every column but `server_seq` and `dirty`, JSON-ready."""
    return row.model_dump(mode="json", exclude=LOCAL_ONLY)  # type: ignore[arg-type]


def from_wire(table: str, data: dict[str, Any]) -> SyncedModel:
    """Validate a wire row into a model instance (raises pydantic's ValidationError)."""
    return MODELS[table].model_validate(data)


def _wire_model(model: type[SyncedModel]) -> type[BaseModel]:
    fields: dict[str, Any] = {
        name: (info.annotation, info) for name, info in model.model_fields.items() if name not in LOCAL_ONLY
    }
    return create_model(f"{model.__name__}Wire", __config__=ConfigDict(extra="ignore"), **fields)


WIRE_MODELS: dict[str, type[BaseModel]] = {name: _wire_model(model) for name, model in MODELS.items()}
"""Plain pydantic twins of the synced tables (same fields, types and limits, no ORM state):
validating through them is ~10 times faster than through the table models, which set every
field through SQLAlchemy's instrumentation."""


class ValidWire(NamedTuple):
    """A validated wire row: column values as Python objects, the canonical wire form, its JSON."""

    values: dict[str, Any]
    wire: dict[str, Any]
    text: str


def validate_wire(table: str, data: dict[str, Any]) -> ValidWire:
    """Validate a wire row, for rows in bulk (raises pydantic's ValidationError).

    The same checks and the same result as `from_wire` followed by `to_wire`; the JSON text is
    pydantic's (compact, UTF-8), several times faster than `json.dumps` of the wire form.
    """
    row = WIRE_MODELS[table].model_validate(data)
    return ValidWire(dict(row.__dict__), row.model_dump(mode="json"), row.model_dump_json())


def mergeable_fields(table: str) -> list[str]:
    """The fields a three-way merge compares one by one: user fields and `deleted_at`."""
    return [f for f in WIRE_FIELDS[table] if f not in META_FIELDS]
