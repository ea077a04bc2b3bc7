"""Participants of a workshop."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel

PERSONAL_FIELDS = ("name", "organisation", "role", "email")
"""What erasure removes: who the person is. Stakeholder group, answers and votes stay."""

ERASURE_FIELDS = (*PERSONAL_FIELDS, "consent", "consent_contact", "consent_recorded_on", "erased_at")
"""Every field an erasure sets; an erased version of a row wins these fields in any merge."""


def pseudonym(number: int) -> str:
    """The name an erased participant keeps: "Participant 7"."""
    return f"Participant {number}"


class Participant(SyncedModel, table=True):
    """Someone who took part: their organisation, role and stakeholder group.

    Consent is recorded per purpose: `consent` to be named in reports (names appear in exports
    only then), `consent_contact` to be contacted after the workshop, and when it was recorded.
    `erased_at` is set when the name, e-mail and organisation were erased (on request or after
    the workshop's retention period); the name then reads "Participant N".
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
    consent_contact: bool = Field(default=False)
    consent_recorded_on: dt.date | None = Field(default=None)
    erased_at: dt.datetime | None = Field(default=None)
