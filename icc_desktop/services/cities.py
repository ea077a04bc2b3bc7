"""Reads for the overview and the city page: cities with their workshop counts, frameworks.

Each function opens its own short session and returns detached rows or plain dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import col, select

from icc_desktop.models import City, Framework, Response, Workshop
from icc_desktop.models.framework import version_key
from icc_desktop.services import crud
from icc_desktop.store.db import Database


@dataclass(frozen=True)
class CitySummary:
    """One line of the city list."""

    id: str
    name: str
    country: str
    region: str
    edition: str
    role: str
    workshops: int


def list_cities(db: Database) -> list[CitySummary]:
    """Every live city with the number of its live workshops, by name."""
    counts = (
        select(Workshop.city_id, func.count().label("n"))
        .where(col(Workshop.deleted_at).is_(None))
        .group_by(col(Workshop.city_id))
        .subquery()
    )
    query = (
        select(City, counts.c.n)
        .outerjoin(counts, counts.c.city_id == col(City.id))
        .where(col(City.deleted_at).is_(None))
    )
    with db.session() as session:
        rows = session.exec(query).all()
    summaries = [CitySummary(c.id, c.name, c.country, c.region, c.edition, c.role, n or 0) for c, n in rows]
    return sorted(summaries, key=lambda s: (s.name.casefold(), s.country))


def get_city(db: Database, city_id: str) -> City:
    """The live city with this id (`NotFoundError` if it is gone)."""
    with db.session() as session:
        return crud.get(session, City, city_id)


def list_frameworks(db: Database) -> list[Framework]:
    """The live assessment frameworks, by name and version."""
    with db.session() as session:
        rows = crud.live(session, Framework)
    return sorted(rows, key=lambda f: (f.name.casefold(), version_key(f.version)))


def has_responses(db: Database, workshop_id: str) -> bool:
    """Whether the workshop has any live assessment answer (its framework is then fixed)."""
    with db.session() as session:
        found = session.exec(
            select(Response.id).where(
                Response.workshop_id == workshop_id, col(Response.deleted_at).is_(None)
            ).limit(1)
        ).first()
    return found is not None


def largest_workshop_id(db: Database) -> str | None:
    """The live workshop with the most live participants (newest first on a tie), or None."""
    from icc_desktop.services.workshops import list_workshops

    workshops = list_workshops(db)
    if not workshops:
        return None
    return max(workshops, key=lambda w: (w.participants, w.date)).id
