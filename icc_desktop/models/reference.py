"""Editable reference lists (tracks, transversal services, funding sources, ...)."""

from __future__ import annotations

from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel


class ReferenceItem(SyncedModel, table=True):
    """One entry of a reference list, e.g. list `funding_source`, code `erdf`."""

    __tablename__ = "reference_item"
    __sync_name__: ClassVar[str] = "reference_item"

    list_name: str = Field(max_length=40, index=True)
    code: str = Field(max_length=60)
    label: str = Field(max_length=200)
    description: str = Field(default="")
    edition: str | None = Field(default=None, max_length=10)
    position: int = Field(default=0)
