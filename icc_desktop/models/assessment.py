"""Assessment responses: a maturity level (current and target) per question."""

from __future__ import annotations

from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel


class Response(SyncedModel, table=True):
    """One answer to one question: by a participant, or the group's consensus (participant null).

    A level of `None` means unknown / not applicable.
    """

    __tablename__ = "response"
    __sync_name__: ClassVar[str] = "response"

    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    question_id: str = Field(foreign_key="question.id", index=True, max_length=36)
    participant_id: str | None = Field(
        default=None, foreign_key="participant.id", index=True, max_length=36
    )
    # (The bounds are the wire form's too: a hand-made push with a level of 99 is refused.)
    current_level: int | None = Field(default=None, ge=1, le=5)
    target_level: int | None = Field(default=None, ge=1, le=5)
    evidence: str = Field(default="")
