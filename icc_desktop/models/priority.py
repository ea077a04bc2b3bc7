"""Needs and the votes that prioritise them."""

from __future__ import annotations

from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel


class Need(SyncedModel, table=True):
    """A need of the city, from a gap in the assessment or from discussion."""

    __tablename__ = "need"
    __sync_name__: ClassVar[str] = "need"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    title: str = Field(max_length=300)
    description: str = Field(default="")
    track: str | None = Field(default=None, max_length=60)
    transversal_service: str | None = Field(default=None, max_length=60)
    dimension_id: str | None = Field(default=None, foreign_key="dimension.id", max_length=36)
    moscow: str | None = Field(default=None, max_length=10)
    swot: str | None = Field(default=None, max_length=15)
    position: int = Field(default=0)


class Vote(SyncedModel, table=True):
    """Dots and impact/feasibility scores for a need, by a participant or as a tally (participant null)."""

    __tablename__ = "vote"
    __sync_name__: ClassVar[str] = "vote"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    need_id: str = Field(foreign_key="need.id", index=True, max_length=36)
    participant_id: str | None = Field(
        default=None, foreign_key="participant.id", index=True, max_length=36
    )
    dots: int = Field(default=0, ge=0)
    impact: int | None = Field(default=None, ge=1, le=5)
    feasibility: int | None = Field(default=None, ge=1, le=5)
