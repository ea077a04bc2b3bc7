"""Cities taking part in the challenge."""

from __future__ import annotations

from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel


class City(SyncedModel, table=True):
    """A city, its country (ISO 3166 alpha-2) and its role in the challenge."""

    __tablename__ = "city"
    __sync_name__: ClassVar[str] = "city"

    name: str = Field(max_length=200, index=True)
    country: str = Field(max_length=2)
    region: str = Field(default="", max_length=200)
    population: int | None = Field(default=None)
    edition: str = Field(default="2020-22", max_length=10)
    role: str = Field(default="core", max_length=20)
    notes: str = Field(default="")
