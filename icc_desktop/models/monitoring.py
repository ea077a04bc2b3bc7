"""After the workshop: progress of actions, KPI measurements and later assessment rounds.

The workshop's own assessment (the `response` table) is round T0, dated by the workshop. A later
round (T1, T2, …) is an `AssessmentRound` with the group's answers in `round_answer`: a
reassessment records what the group agrees on, as the assessment template does.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel


class ProgressNote(SyncedModel, table=True):
    """A dated note on an action's progress, with the status and percent complete it reported."""

    __tablename__ = "progress_note"
    __sync_name__: ClassVar[str] = "progress_note"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    action_id: str = Field(foreign_key="action.id", index=True, max_length=36)
    date: dt.date
    text: str = Field(default="")
    status: str | None = Field(default=None, max_length=20)
    percent_complete: int | None = Field(default=None, ge=0, le=100)


class KpiMeasurement(SyncedModel, table=True):
    """One dated value of a KPI, in the KPI's unit."""

    __tablename__ = "kpi_measurement"
    __sync_name__: ClassVar[str] = "kpi_measurement"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    kpi_id: str = Field(foreign_key="kpi.id", index=True, max_length=36)
    date: dt.date
    value: float
    note: str = Field(default="")


class AssessmentRound(SyncedModel, table=True):
    """A later assessment of the same workshop (T1, T2, …) on its date."""

    __tablename__ = "assessment_round"
    __sync_name__: ClassVar[str] = "assessment_round"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    label: str = Field(max_length=20)
    date: dt.date
    notes: str = Field(default="")
    position: int = Field(default=1)


class RoundAnswer(SyncedModel, table=True):
    """The group's answer to one question in a later round (a level of None: unknown)."""

    __tablename__ = "round_answer"
    __sync_name__: ClassVar[str] = "round_answer"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    round_id: str = Field(foreign_key="assessment_round.id", index=True, max_length=36)
    question_id: str = Field(foreign_key="question.id", index=True, max_length=36)
    current_level: int | None = Field(default=None, ge=1, le=5)
    target_level: int | None = Field(default=None, ge=1, le=5)
    evidence: str = Field(default="")
