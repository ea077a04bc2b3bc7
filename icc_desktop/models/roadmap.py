"""The roadmap: objectives, actions and their KPIs."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel


class Objective(SyncedModel, table=True):
    """A strategic objective: the vision broken into something actionable."""

    __tablename__ = "objective"
    __sync_name__: ClassVar[str] = "objective"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    title: str = Field(max_length=300)
    description: str = Field(default="")
    position: int = Field(default=0)


class Action(SyncedModel, table=True):
    """A roadmap action: who leads it, when (month precision), what it costs and who pays.

    `percent_complete` is its progress; the `baseline_*` columns are the plan as frozen.

    `start_month` and `end_month` are the first day of their month; `budget_eur` is whole euros.
    """

    __tablename__ = "action"
    __sync_name__: ClassVar[str] = "action"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    objective_id: str | None = Field(
        default=None, foreign_key="objective.id", index=True, max_length=36
    )
    need_id: str | None = Field(default=None, foreign_key="need.id", index=True, max_length=36)
    title: str = Field(max_length=300)
    description: str = Field(default="")
    track: str | None = Field(default=None, max_length=60)
    lead_organisation: str = Field(default="", max_length=300)
    partners: str = Field(default="")
    start_month: dt.date | None = Field(default=None)
    end_month: dt.date | None = Field(default=None)
    budget_eur: int | None = Field(default=None)
    funding_source: str | None = Field(default=None, max_length=60)
    status: str = Field(default="planned", max_length=20)
    quick_win: bool = Field(default=False)
    position: int = Field(default=0)
    percent_complete: int | None = Field(default=None, ge=0, le=100)
    baseline_start_month: dt.date | None = Field(default=None)
    baseline_end_month: dt.date | None = Field(default=None)
    baseline_budget_eur: int | None = Field(default=None)


class Kpi(SyncedModel, table=True):
    """A key performance indicator of an action: baseline, target and when.

    `direction` says whether a higher or a lower value is better; `library_code` names the
    indicator of the KPI library it was picked from, if any.
    """

    __tablename__ = "kpi"
    __sync_name__: ClassVar[str] = "kpi"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    action_id: str = Field(foreign_key="action.id", index=True, max_length=36)
    name: str = Field(max_length=300)
    unit: str = Field(default="", max_length=60)
    baseline: float | None = Field(default=None)
    target: float | None = Field(default=None)
    target_date: dt.date | None = Field(default=None)
    direction: str = Field(default="higher", max_length=10)
    library_code: str | None = Field(default=None, max_length=80)
