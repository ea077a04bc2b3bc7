"""Local-only tables of the phone room: suggested needs waiting for moderation, poll answers.

They are not synced: a suggestion becomes a `Need` (which syncs) when the facilitator accepts
it, and a quick poll is a show of hands for the room, not part of the workshop's record.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from icc_desktop.models.base import new_id, utcnow

SUGGESTION_PENDING = "pending"
SUGGESTION_ACCEPTED = "accepted"
SUGGESTION_REJECTED = "rejected"


class RoomSuggestion(SQLModel, table=True):
    """A need suggested from a phone; it waits until the facilitator accepts or rejects it."""

    __tablename__ = "room_suggestion"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    participant_id: str | None = Field(default=None, foreign_key="participant.id", max_length=36)
    title: str = Field(max_length=300)
    description: str = Field(default="", max_length=2000)
    status: str = Field(default=SUGGESTION_PENDING, max_length=10)
    need_id: str | None = Field(default=None, max_length=36)
    created_at: datetime = Field(default_factory=utcnow)


class RoomPollAnswer(SQLModel, table=True):
    """One participant's answer to a quick poll (the poll's question and choice kept as text)."""

    __tablename__ = "room_poll_answer"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    workshop_id: str = Field(foreign_key="workshop.id", index=True, max_length=36)
    poll_id: str = Field(max_length=36, index=True)
    question: str = Field(max_length=300)
    choice: str = Field(max_length=200)
    participant_id: str | None = Field(default=None, foreign_key="participant.id", max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
