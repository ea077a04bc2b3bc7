"""The synced tables as the sync code sees them: names, wire form, references, scope.

Scope decides who may see a row: a city is its own scope, a workshop belongs to its city, every
other workshop-scoped table has a `workshop_id`, and reference lists and frameworks are global.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, NamedTuple, NotRequired, Union, get_args

from annotated_types import Interval
from pydantic import (
    AfterValidator,
    AllowInfNan,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    create_model,
)
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import from_json, to_json
from typing_extensions import TypedDict

from icc_desktop.models import SYNCED_MODELS, City, SyncedModel, Workshop
from icc_desktop.models.text import (
    CONTROL_MESSAGE,
    MULTI_LINE_PATTERN,
    SINGLE_LINE_PATTERN,
    is_text_field,
    pattern_for,
)
from icc_desktop.sync.protocol import (
    MAX_PUSH_ROWS,
    PulledRow,
    PullResponse,
    PushRequest,
    PushResult,
    WireRow,
)

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


def _storable_datetime(value: datetime | None) -> datetime | None:
    """A datetime a laptop can store: with a time zone, and still a datetime once in UTC (year 1
    at +14:00 is not; SQLite and SQLAlchemy would fail on it in every laptop that pulls it)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("needs a time zone (Z or an offset such as +01:00)")
    try:
        value.astimezone(UTC)
    except OverflowError:
        raise ValueError("is out of range") from None
    return value


def _storable(annotation: Any) -> list[Any]:
    """The limits that keep a value storable in every laptop's SQLite, by the field's type (put
    before the model's own bounds, which then win where they are narrower: a level's 1–5)."""
    kinds = {a for a in (get_args(annotation) or (annotation,)) if a is not type(None)}
    if kinds == {int}:
        return [Interval(ge=-(2**63), le=2**63 - 1)]  # SQLite's integers are 64 bits
    if kinds == {float}:
        return [AllowInfNan(False)]  # JSON has no infinity: it would come back as null
    if kinds == {datetime}:
        return [AfterValidator(_storable_datetime)]
    return []


def _wire_model(model: type[SyncedModel]) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name in LOCAL_ONLY:
            continue
        first = _storable(info.annotation)
        extra = [StringConstraints(pattern=pattern_for(name))] if is_text_field(name, info.annotation) else []
        # (no control characters in text: line breaks only in paragraphs)
        if first or extra:
            info = copy.copy(info)
            info.metadata = [*first, *info.metadata, *extra]
        fields[name] = (info.annotation, info)
    return create_model(f"{model.__name__}Wire", __config__=ConfigDict(extra="ignore"), **fields)


def describe(exc: PydanticValidationError) -> str:
    """A wire row's validation errors in one line: `field: what is wrong; …`."""
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc'])}: "
        + (CONTROL_MESSAGE if e["type"] == "string_pattern_mismatch"
           and e.get("ctx", {}).get("pattern") in (SINGLE_LINE_PATTERN, MULTI_LINE_PATTERN) else e["msg"])
        for e in exc.errors())


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
    text = row.model_dump_json()
    return ValidWire(dict(row.__dict__), from_json(text), text)  # (from_json: model_dump's dict, 3x faster)


def _wire_datetime(stored: str) -> str:
    """A datetime as SQLAlchemy stores it in SQLite ('2024-01-02 03:04:05.500000', UTC) in the wire
    form pydantic gives it ('2024-01-02T03:04:05.500000Z'; no fraction when it is zero)."""
    day, _, clock = stored.partition(" ")
    if clock.endswith(".000000"):
        clock = clock[:-7]
    return f"{day}T{clock}Z"


def _column_converters(table: str) -> list[tuple[int, Any]]:
    converters: list[tuple[int, Any]] = []
    for index, name in enumerate(WIRE_FIELDS[table]):
        annotation = str(MODELS[table].model_fields[name].annotation)
        if "datetime.datetime" in annotation:
            converters.append((index, _wire_datetime))
        elif annotation == "<class 'bool'>":
            converters.append((index, bool))
    return converters


_COLUMN_CONVERTERS = {table: _column_converters(table) for table in MODELS}


def wire_rows(connection: Any, table: str, where: str = "dirty = 1") -> list[dict[str, Any]]:
    """Rows of `table` read as plain columns (no ORM objects) in their wire form, the same as
    `to_wire` gives: the push reads its dirty rows this way, 10,000 rows in a few milliseconds.

    `connection` is an SQLAlchemy connection on the local database; `where` an SQL condition.
    """
    return [data for data, _ in _read_wire(connection, table, where, ())]


def dirty_rows(connection: Any, table: str) -> list[tuple[dict[str, Any], int | None]]:
    """The dirty rows of `table` in their wire form (as `wire_rows`), each with the seq of the
    server's version it was made from (None for a row the server never sent)."""
    return [(data, extra[0]) for data, extra in _read_wire(connection, table, "dirty = 1", ("server_seq",))]


def _read_wire(connection: Any, table: str, where: str,
               extra: tuple[str, ...]) -> Iterator[tuple[dict[str, Any], tuple[Any, ...]]]:
    names = WIRE_FIELDS[table]
    count = len(names)
    columns = ", ".join(f'"{n}"' for n in (*names, *extra))
    rows = connection.exec_driver_sql(f'SELECT {columns} FROM "{table}" WHERE {where}').fetchall()
    converters = _COLUMN_CONVERTERS[table]
    for row in rows:
        values = list(row[:count])
        for index, convert in converters:
            if values[index] is not None:
                values[index] = convert(values[index])
        yield dict(zip(names, values, strict=True)), tuple(row[count:])


_COUNT_DIRTY_SQL = "SELECT " + " + ".join(
    f'(SELECT count(*) FROM "{table}" WHERE dirty = 1)' for table in MODELS)


def count_dirty(connection: Any) -> int:
    """How many rows of every synced table wait to be pushed: one statement, each table's `dirty`
    index (a sync with nothing to do asks this once)."""
    return int(connection.exec_driver_sql(_COUNT_DIRTY_SQL).scalar() or 0)


_HIGHEST_SEQ_SQL = "SELECT max(" + ", ".join(
    f'coalesce((SELECT max(server_seq) FROM "{table}"), 0)' for table in MODELS) + ")"


def highest_seq(connection: Any) -> int:
    """The highest server seq any local row holds (one statement, each table's `server_seq` index)."""
    return int(connection.exec_driver_sql(_HIGHEST_SEQ_SQL).scalar() or 0)


_TYPED_DICT: Any = TypedDict  # TypedDicts made at run time (mypy reads only literal ones)


def _wire_dict(name: str, extra: Literal["ignore", "forbid"] = "ignore") -> Any:
    """A TypedDict twin of a table's wire model: the same fields, types, limits and defaults, and
    unknown fields ignored (or refused), but validated into a plain dict (about three times faster
    than into model instances, and the dict is what the insert and the merge need)."""
    fields: dict[str, Any] = {}
    for field_name, info in WIRE_MODELS[name].model_fields.items():
        annotated: Any = Annotated[info.annotation, info]
        fields[field_name] = annotated if info.is_required() else NotRequired[annotated]
    twin = _TYPED_DICT(f"{WIRE_MODELS[name].__name__}{'Strict' if extra == 'forbid' else ''}Dict", fields)
    twin.__pydantic_config__ = ConfigDict(extra=extra)
    return twin


WIRE_DICTS: dict[str, Any] = {name: _wire_dict(name) for name in MODELS}


def _typed_page_adapter() -> TypeAdapter[Any]:
    variants = tuple(
        _TYPED_DICT(f"Pulled{model.__name__}", {
            "table": Literal[name], "seq": int, "data": WIRE_DICTS[name],
            "by": NotRequired[Annotated[dict[str, str | None] | None, Field(default=None)]],
            "parent": NotRequired[Annotated[str | None, PulledRow.model_fields["parent"]]]})
        for name, model in MODELS.items()
    )
    row: Any = Annotated[Union[variants], Field(discriminator="table")]  # noqa: UP007
    return TypeAdapter(_TYPED_DICT("TypedPullPage", {"protocol": int, "rows": list[row], "last_seq": int,
                                                     "has_more": bool,
                                                     "epoch": NotRequired[Annotated[str | None, PullResponse.model_fields["epoch"]]]}))


def _push_answer_adapter() -> TypeAdapter[Any]:
    result: Any = _TYPED_DICT("TypedPushResult", {
        name: annotated if info.is_required() else NotRequired[annotated]
        for name, info in PushResult.model_fields.items()
        for annotated in [Annotated[info.annotation, info]]})
    return TypeAdapter(_TYPED_DICT("TypedPushResponse", {"protocol": NotRequired[int], "results": list[result]}))


PUSH_ANSWER = _push_answer_adapter()
"""A push's answer validated as `protocol.PushResponse` is (the same fields, types and limits), into
plain dicts: a 10,000-row push gets 10,000 results."""


TYPED_PAGE = _typed_page_adapter()
"""A pull page whose rows are validated, each by its table's wire form, in the same pass that
decodes the JSON (pydantic's Rust core, one pass for the whole page), into plain dicts."""


def _typed_push_adapter() -> TypeAdapter[Any]:
    variants = []
    for name, model in MODELS.items():
        variant = _TYPED_DICT(f"Pushed{model.__name__}", {
            "table": Literal[name], "base": NotRequired[Annotated[int | None, WireRow.model_fields["base"]]],
            "data": _wire_dict(name, "forbid")})
        variant.__pydantic_config__ = ConfigDict(extra="forbid")
        variants.append(variant)
    row: Any = Annotated[Union[tuple(variants)], Field(discriminator="table")]  # noqa: UP007
    request = _TYPED_DICT("TypedPushRequest", {
        "protocol": int,
        "device_id": NotRequired[Annotated[str, PushRequest.model_fields["device_id"]]],
        "rows": Annotated[list[row], Field(max_length=MAX_PUSH_ROWS)]})
    request.__pydantic_config__ = ConfigDict(extra="forbid")
    return TypeAdapter(request)


class PushedRow(NamedTuple):
    """A pushed row: its table and data; `valid`: `data` is already validated by its table's wire
    form (its values as Python objects), else it is the row as received, to check."""

    table: str
    data: dict[str, Any]
    valid: bool = False
    base: int | None = None
    """The seq of the server's version the row was made from (see `protocol.WireRow.base`)."""


TYPED_PUSH = _typed_push_adapter()
"""A push request whose rows are validated, each by its table's wire form (no unknown fields),
in the pass that decodes the body (pydantic's Rust core reads the raw body once), into plain dicts."""


def read_typed_push(content: bytes) -> tuple[int, str, list[PushedRow]] | None:
    """The protocol, device id and rows of a push body, every row validated at once, or None when any part
    fails (the server then reads it row by row, to refuse only the rows that are wrong)."""
    try:
        request: dict[str, Any] = TYPED_PUSH.validate_json(content)
    except PydanticValidationError:
        return None
    return (request["protocol"], request.get("device_id", ""),
            [PushedRow(row["table"], row["data"], True, row.get("base")) for row in request["rows"]])


def read_typed_page(content: bytes) -> dict[str, Any] | None:
    """A pull page decoded and every row validated at once (`data`: the row's values as Python
    objects, the same as `validate_wire(...).values`), or None when any row fails (a row of an
    unknown table or with a bad value): the caller then reads it row by row to set those aside."""
    try:
        page: dict[str, Any] = TYPED_PAGE.validate_json(content)
    except PydanticValidationError:
        return None
    return page


def wire_text(values: dict[str, Any]) -> str:
    """The canonical JSON of validated values (what `validate_wire(...).text` gives)."""
    return to_json(values).decode()


def mergeable_fields(table: str) -> list[str]:
    """The fields a three-way merge compares one by one: user fields and `deleted_at`."""
    return [f for f in WIRE_FIELDS[table] if f not in META_FIELDS]
