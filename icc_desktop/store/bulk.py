"""Many rows into one table with a single plain `executemany` (the demo generator, sync's pulls).

The ORM's bulk insert of dictionaries costs several times SQLite's own work (per-row parameter
handling, statements split by the keys present); here each row becomes a tuple in column order,
converted only where SQLAlchemy would convert it (UTC datetimes, booleans, floats), so what is
stored is byte for byte what the ORM stores.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Connection, Table
from sqlmodel.sql.sqltypes import UTCDateTime

_Converter = Callable[[Any], Any]


def _converters(table: Table, dialect: Any, ready: Collection[str]) -> list[tuple[int, _Converter]]:
    """The columns whose values SQLAlchemy converts before SQLite sees them, with the conversion."""
    found: list[tuple[int, _Converter]] = []
    for index, column in enumerate(table.columns):
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None and column.name not in ready:
            convert: _Converter = processor
            if dialect.name == "sqlite" and isinstance(column.type, UTCDateTime):
                convert = _utc_text(processor)
            elif dialect.name == "sqlite" and isinstance(column.type, Boolean):
                convert = _bool_int(processor)
            found.append((index, convert))
    return found


def _bool_int(processor: _Converter) -> _Converter:
    """SQLAlchemy's storing of a boolean in SQLite (1 or 0) without its two Python calls; anything
    but True and False still goes through SQLAlchemy's own, which refuses it."""

    def convert(value: Any) -> Any:
        return 1 if value is True else 0 if value is False else processor(value)

    return convert


def _utc_text(processor: _Converter) -> _Converter:
    """SQLAlchemy's storing of an aware datetime in SQLite ('2024-01-02 03:04:05.000000', UTC) in
    one C call instead of its three Python steps (a third of a pull's insert); a naive datetime
    still goes through SQLAlchemy's own, which refuses it."""

    def convert(value: Any) -> Any:
        if not isinstance(value, datetime) or value.utcoffset() is None:
            return processor(value)
        text = value.isoformat(" ", "microseconds")
        if text.endswith("+00:00"):  # UTC already (every row the server sends): the offset goes
            return text[:-6]
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

    return convert


def insert_rows(connection: Connection, table: Table, rows: Iterable[Mapping[str, Any]], *,
                ready: Collection[str] = (), upsert_key: Collection[str] = ()) -> int:
    """Insert rows (a value for every column of `table`) in one `executemany`; return how many.

    `ready`: columns whose values are already in their stored form (not converted again).
    `upsert_key`: the primary key columns; a row whose key exists then replaces its other columns.
    """
    columns = [column.name for column in table.columns]
    getter = itemgetter(*columns)
    converters = _converters(table, connection.dialect, ready)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = getter(row)
        if converters:
            values = list(values)
            for index, convert in converters:
                if values[index] is not None:
                    values[index] = convert(values[index])
            values = tuple(values)
        params.append(values)
    if not params:
        return 0
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    if upsert_key:
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in upsert_key)
        sql += f' ON CONFLICT ({", ".join(upsert_key)}) DO UPDATE SET {updates}'
    connection.exec_driver_sql(sql, params)
    return len(params)


__all__ = ["insert_rows"]
