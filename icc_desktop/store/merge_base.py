"""Merge bases kept only while a row needs one, captured by SQLite itself.

The base of a three-way merge is the last version of a row both sides agreed on. A row that
is not dirty *is* that version (it was received from the server, or the server confirmed it),
so it needs no copy. The copy is needed from the moment a clean row is first changed here
until the server confirms the change; a trigger on each synced table writes it at that moment
(`OLD` is the agreed version), whatever path the change took: the ORM, a bulk update, raw SQL.

So an initial pull of 80,000 rows and the confirmation of a 10,000-row push store no copies
(they stored one per row before: a third of a pull's writing). A base left behind by a row that
became clean again is ignored (`sync.merge` reads bases of dirty rows only) and replaced the
next time the row is changed.

The triggers' column lists are frozen in the migration that creates them, like any schema:
a migration that adds a column to a synced table creates its trigger again with
`create_triggers` (a test checks every trigger against the tables' wire forms).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Column = str | tuple[str, str]
"""A wire column: its name, or (name, kind) with kind "datetime", "bool" or "float" (stored otherwise
than sent: SQLAlchemy keeps a datetime as '2024-01-02 03:04:05.500000', a boolean as 0 or 1; and
SQLite's JSON writes a real number with 15 digits, so 1/3 would come back another number)."""

TRIGGER_PREFIX = "keep_merge_base_"


def _wire_value(column: Column, row: str) -> str:
    """SQL for a column of `row` (`OLD` in a trigger, the table in a query) in its wire form, as
    `sync.tables.wire_rows` gives it."""
    name, kind = (column, "value") if isinstance(column, str) else column
    old = f'{row}."{name}"'
    if kind == "datetime":  # '2024-01-02T03:04:05.500000Z', no fraction when it is zero
        return (f"CASE WHEN {old} IS NULL THEN NULL WHEN {old} LIKE '%.000000' "
                f"THEN replace(substr({old}, 1, length({old}) - 7), ' ', 'T') || 'Z' "
                f"ELSE replace({old}, ' ', 'T') || 'Z' END")
    if kind == "float":  # 17 digits give the very same double back; infinities travel as null
        return (f"CASE WHEN {old} IS NULL OR abs({old}) > 1.7976931348623157e308 THEN NULL "
                f"ELSE json(printf('%!.17g', {old})) END")
    if kind == "bool":
        return f"json(CASE WHEN {old} IS NULL THEN 'null' WHEN {old} THEN 'true' ELSE 'false' END)"
    if kind != "value":
        raise ValueError(f"unknown column kind {kind!r}")
    return old


def _wire_json(columns: Sequence[Column], row: str) -> str:
    """SQL for the wire form's JSON of `row`."""
    return "json_object(" + ", ".join(
        f"'{c if isinstance(c, str) else c[0]}', {_wire_value(c, row)}" for c in columns) + ")"


def trigger_sql(table: str, columns: Sequence[Column]) -> str:
    """The trigger that keeps `table`'s agreed version when a clean, synced row is first changed."""
    return (f'CREATE TRIGGER "{TRIGGER_PREFIX}{table}" AFTER UPDATE ON "{table}" '
            "WHEN OLD.dirty = 0 AND NEW.dirty = 1 AND OLD.server_seq IS NOT NULL BEGIN "
            f"INSERT OR REPLACE INTO sync_base (table_name, row_id, data) VALUES ('{table}', OLD.id, "
            f"{_wire_json(columns, 'OLD')}); END")


def create_triggers(connection: Any, tables: Mapping[str, Sequence[Column]]) -> None:
    """(Re)create the capture triggers of `tables` (an SQLAlchemy connection, in a migration)."""
    for table, columns in tables.items():
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{TRIGGER_PREFIX}{table}"')
        connection.exec_driver_sql(trigger_sql(table, columns))


def drop_triggers(connection: Any, tables: Sequence[str]) -> None:
    """Drop the capture triggers of `tables`."""
    for table in tables:
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{TRIGGER_PREFIX}{table}"')


def forget_bases_of_clean_rows(connection: Any, tables: Sequence[str]) -> None:
    """Delete the merge bases of rows that are not dirty (they are their own base)."""
    for table in tables:
        connection.exec_driver_sql(
            f"DELETE FROM sync_base WHERE table_name = '{table}' "
            f'AND row_id IN (SELECT id FROM "{table}" WHERE dirty = 0)')


def store_bases_of_clean_rows(connection: Any, tables: Mapping[str, Sequence[Column]]) -> None:
    """Write a merge base for every clean synced row (what releases before the triggers kept)."""
    for table, columns in tables.items():
        quoted = f'"{table}"'
        connection.exec_driver_sql(
            f"INSERT OR REPLACE INTO sync_base (table_name, row_id, data) SELECT '{table}', id, "
            f"{_wire_json(columns, quoted)} FROM {quoted} WHERE dirty = 0 AND server_seq IS NOT NULL")
