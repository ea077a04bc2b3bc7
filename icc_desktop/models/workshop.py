"""Workshops: one needs-assessment session for a city."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel


class Workshop(SyncedModel, table=True):
    """A city's workshop: when and where, who runs it, the framework it uses, and its vision.

    `horizon_years` bounds the roadmap (actions should end within it) and
    `dots_per_participant` is the dot-voting budget each participant gets.
    `retention_months`, when set, is how long after the workshop's date participants' names,
    e-mails and organisations are kept; `baseline_frozen_on` is the day the roadmap was frozen
    as agreed (each action then keeps its planned months and budget).
    """

    __tablename__ = "workshop"
    __sync_name__: ClassVar[str] = "workshop"

    city_id: str = Field(foreign_key="city.id", index=True, max_length=36)
    framework_id: str = Field(foreign_key="framework.id", index=True, max_length=36)
    title: str = Field(max_length=300)
    date: dt.date
    venue: str = Field(default="", max_length=300)
    facilitator: str = Field(default="", max_length=200)
    status: str = Field(default="planned", max_length=20)
    vision: str = Field(default="")
    notes: str = Field(default="")
    horizon_years: int = Field(default=3)
    dots_per_participant: int = Field(default=5)
    retention_months: int | None = Field(default=None)
    baseline_frozen_on: dt.date | None = Field(default=None)
    final: bool = Field(default=False)
    """The strategy document is final: its PDF carries no DRAFT watermark."""
