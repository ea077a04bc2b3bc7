"""The fixed vocabularies of the data model, stored as their text codes.

Labels for display live in `resources/reference.json` (and go through translation in the UI);
the codes here are what the database and the exports store.
"""

from __future__ import annotations

from enum import StrEnum


class StakeholderGroup(StrEnum):
    """The quadruple helix, plus social innovators for cities that use a penta helix."""

    PUBLIC_AUTHORITY = "public_authority"
    BUSINESS = "business"
    ACADEMIA = "academia"
    CIVIL_SOCIETY = "civil_society"
    SOCIAL_INNOVATORS = "social_innovators"


class CityRole(StrEnum):
    """A city's role in the challenge."""

    CORE = "core"
    MENTOR = "mentor"
    OBSERVER = "observer"
    FELLOW = "fellow"


class Edition(StrEnum):
    """The challenge edition a city took part in."""

    ICC_2020 = "2020-22"
    ICC_2023 = "2023-25"


class WorkshopStatus(StrEnum):
    """Where a workshop stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class MoSCoW(StrEnum):
    """MoSCoW priority of a need; the order of the members is the order of priority."""

    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "wont"


class SwotKind(StrEnum):
    """Where a need came from in a SWOT discussion."""

    STRENGTH = "strength"
    WEAKNESS = "weakness"
    OPPORTUNITY = "opportunity"
    THREAT = "threat"


class ActionStatus(StrEnum):
    """Progress of a roadmap action."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class KpiDirection(StrEnum):
    """Whether a higher or a lower value of a KPI is better."""

    HIGHER = "higher"
    LOWER = "lower"
