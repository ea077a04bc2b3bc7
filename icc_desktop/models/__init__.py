"""SQLModel tables and value types. Importing this package registers every table."""

from icc_desktop.models.assessment import Response
from icc_desktop.models.base import SyncedModel, new_id, utcnow
from icc_desktop.models.city import City
from icc_desktop.models.clock import SEED_STAMP, HybridClock
from icc_desktop.models.enums import (
    ActionStatus,
    CityRole,
    Edition,
    KpiDirection,
    MoSCoW,
    StakeholderGroup,
    SwotKind,
    WorkshopStatus,
)
from icc_desktop.models.framework import LEVELS, Dimension, Framework, Question
from icc_desktop.models.monitoring import AssessmentRound, KpiMeasurement, ProgressNote, RoundAnswer
from icc_desktop.models.participant import Participant
from icc_desktop.models.priority import Need, Vote
from icc_desktop.models.reference import ReferenceItem
from icc_desktop.models.roadmap import Action, Kpi, Objective
from icc_desktop.models.room import RoomPollAnswer, RoomSuggestion
from icc_desktop.models.sync import Conflict, SyncBase, SyncState
from icc_desktop.models.workshop import Workshop

SYNCED_MODELS: tuple[type[SyncedModel], ...] = (
    ReferenceItem,
    Framework,
    Dimension,
    Question,
    City,
    Workshop,
    Participant,
    Response,
    Need,
    Vote,
    Objective,
    Action,
    Kpi,
    ProgressNote,
    KpiMeasurement,
    AssessmentRound,
    RoundAnswer,
)
"""Every synced table, parents before children (the order to insert or apply rows in)."""

__all__ = [
    "LEVELS",
    "SEED_STAMP",
    "SYNCED_MODELS",
    "Action",
    "ActionStatus",
    "AssessmentRound",
    "City",
    "CityRole",
    "Conflict",
    "Dimension",
    "Edition",
    "Framework",
    "HybridClock",
    "Kpi",
    "KpiDirection",
    "KpiMeasurement",
    "MoSCoW",
    "Need",
    "Objective",
    "Participant",
    "ProgressNote",
    "Question",
    "ReferenceItem",
    "Response",
    "RoomPollAnswer",
    "RoomSuggestion",
    "RoundAnswer",
    "StakeholderGroup",
    "SwotKind",
    "SyncBase",
    "SyncState",
    "SyncedModel",
    "Vote",
    "Workshop",
    "WorkshopStatus",
    "new_id",
    "utcnow",
]
