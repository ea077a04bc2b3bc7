"""Seed the shipped reference lists and frameworks into a database, once, without overwriting edits.

Seeded rows get ids derived from their codes (UUID v5), so every device seeds the same ids and a
sync never duplicates them; they carry the seed stamp and are not dirty, so they are pushed only
once someone edits them.
"""

from __future__ import annotations

import uuid
import zlib
from typing import Any

from sqlmodel import Session, select

from icc_desktop.models import SEED_STAMP, Dimension, Framework, Question, ReferenceItem
from icc_desktop.models.base import SyncedModel
from icc_desktop.resources import load_json, resource_path
from icc_desktop.store.db import Database, add_in_order

_NAMESPACE = uuid.UUID("6f1d4a4e-2f55-4c1a-9a57-1c0c5e0b9e21")


def seed_id(*parts: str) -> str:
    """The id of a seeded row, the same on every device."""
    return str(uuid.uuid5(_NAMESPACE, ":".join(parts)))


def _seeded(model: type[SyncedModel], **fields: Any) -> SyncedModel:
    return model(updated_at=SEED_STAMP, dirty=False, **fields)


def framework_rows(data: dict[str, Any]) -> list[SyncedModel]:
    """The Framework, Dimension and Question rows described by one framework JSON document."""
    code, version = data["code"], data["version"]
    framework_id = seed_id("framework", code, version)
    rows: list[SyncedModel] = [
        _seeded(
            Framework,
            id=framework_id,
            code=code,
            version=version,
            name=data["name"],
            description=data.get("description", ""),
        )
    ]
    for d_pos, dim in enumerate(data["dimensions"]):
        dimension_id = seed_id("dimension", code, version, dim["code"])
        rows.append(
            _seeded(
                Dimension,
                id=dimension_id,
                framework_id=framework_id,
                code=dim["code"],
                name=dim["name"],
                description=dim.get("description", ""),
                position=d_pos,
            )
        )
        for q_pos, question in enumerate(dim["questions"]):
            levels = question["levels"]
            rows.append(
                _seeded(
                    Question,
                    id=seed_id("question", code, version, question["code"]),
                    dimension_id=dimension_id,
                    code=question["code"],
                    text=question["text"],
                    position=q_pos,
                    **{f"level_{i + 1}": levels[i] for i in range(5)},
                )
            )
    return rows


def reference_rows(data: dict[str, Any]) -> list[SyncedModel]:
    """The ReferenceItem rows of `reference.json`."""
    rows: list[SyncedModel] = []
    for list_name, items in data["lists"].items():
        for position, item in enumerate(items):
            rows.append(
                _seeded(
                    ReferenceItem,
                    id=seed_id("reference", list_name, item["code"]),
                    list_name=list_name,
                    code=item["code"],
                    label=item["label"],
                    description=item.get("description", ""),
                    edition=item.get("edition"),
                    position=position,
                )
            )
    return rows


def _shipped_files() -> list[tuple[str, ...]]:
    return [("reference.json",)] + [("frameworks", p.name) for p in sorted(resource_path("frameworks").glob("*.json"))]


def shipped_version() -> int:
    """A fingerprint of the shipped reference lists and frameworks (CRC-32 of their bytes, > 0).

    A database seeded from exactly these files carries it as its SQLite `user_version`, so opening
    it again skips the seeding (reading and comparing ~1,000 rows on every open).
    """
    crc = 0
    for parts in _shipped_files():
        crc = zlib.crc32(resource_path(*parts).read_bytes(), crc)
    return (crc & 0x7FFFFFFF) or 1


def shipped_rows() -> list[SyncedModel]:
    """Every row the shipped resources describe: reference lists, then each framework."""
    rows = reference_rows(load_json("reference.json"))
    for parts in _shipped_files()[1:]:
        rows += framework_rows(load_json(*parts))
    return rows


def seed_reference_data(db: Database) -> int:
    """Insert the shipped rows a database lacks; return how many were added.

    Rows already there (seeded earlier, perhaps edited or deleted since) are left alone. A
    database already seeded from these very files (its `user_version`) is not read at all.
    """
    version = shipped_version()
    with db.session(stamp=False) as session:
        if session.connection().exec_driver_sql("PRAGMA user_version").scalar() == version:
            return 0
        existing = _existing_ids(session)
        missing = [row for row in shipped_rows() if row.id not in existing]
        add_in_order(session, missing)
        session.connection().exec_driver_sql(f"PRAGMA user_version = {int(version)}")
    return len(missing)


def _existing_ids(session: Session) -> set[str]:
    ids: set[str] = set()
    for model in (ReferenceItem, Framework, Dimension, Question):
        ids.update(session.exec(select(model.id)).all())
    return ids


def default_framework_code() -> str:
    """The framework new workshops use unless told otherwise."""
    return "digital-maturity"


__all__ = ["default_framework_code", "seed_id", "seed_reference_data", "shipped_rows", "shipped_version"]
