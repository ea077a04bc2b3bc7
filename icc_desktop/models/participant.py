"""Participants of a workshop."""

from __future__ import annotations

from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel


class Participant(SyncedModel, table=True):
    """Someone who took part: their organisation, role and stakeholder group.

    Names appear in exports only when `consent` is given.
    """

    __tablename__ = "participant"
    __sync_name__: ClassVar[str] = "participant"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    organisation: str = Field(default="", max_length=300)
    role: str = Field(default="", max_length=200)
    stakeholder_group: str = Field(default="public_authority", max_length=30)
    email: str | None = Field(default=None, max_length=320)
    consent: bool = Field(default=False)
    joined_from_phone: bool = Field(default=False)
    """The participant joined the room from a phone (picked their name, or as a guest)."""
