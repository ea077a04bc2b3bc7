"""Translated display labels for the codes the database stores (stakeholder groups, statuses...).

The codes are the values of the enums in `icc_desktop.models.enums`; this module repeats them
as plain strings so that importing it stays cheap (no SQLAlchemy before the window shows).
A test checks that every enum code has a label here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _label_table(entries: dict[str, str]) -> Callable[[], dict[str, str]]:
    """A function giving the labels of `entries` in the current language (order kept)."""

    def labels() -> dict[str, str]:
        return {code: QCoreApplication.translate("labels", text) for code, text in entries.items()}

    return labels


# QT_TRANSLATE_NOOP marks the strings for lupdate; they are translated when shown.
stakeholder_groups = _label_table({
    "public_authority": QT_TRANSLATE_NOOP("labels", "Public authority"),
    "business": QT_TRANSLATE_NOOP("labels", "Business"),
    "academia": QT_TRANSLATE_NOOP("labels", "Academia / research"),
    "civil_society": QT_TRANSLATE_NOOP("labels", "Civil society"),
    "social_innovators": QT_TRANSLATE_NOOP("labels", "Social innovators"),
})
workshop_statuses = _label_table({
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
})
action_statuses = _label_table({
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
})
city_roles = _label_table({
    "core": QT_TRANSLATE_NOOP("labels", "Core city"),
    "mentor": QT_TRANSLATE_NOOP("labels", "Mentor city"),
    "observer": QT_TRANSLATE_NOOP("labels", "Observer city"),
    "fellow": QT_TRANSLATE_NOOP("labels", "Fellow city"),
})
editions = _label_table({
    "2020-22": QT_TRANSLATE_NOOP("labels", "ICC 2020–2022"),
    "2023-25": QT_TRANSLATE_NOOP("labels", "ICC 2023–2025"),
})
moscow = _label_table({
    "must": QT_TRANSLATE_NOOP("labels", "Must have"),
    "should": QT_TRANSLATE_NOOP("labels", "Should have"),
    "could": QT_TRANSLATE_NOOP("labels", "Could have"),
    "wont": QT_TRANSLATE_NOOP("labels", "Won't have (this time)"),
})
swot_kinds = _label_table({
    "strength": QT_TRANSLATE_NOOP("labels", "Strength"),
    "weakness": QT_TRANSLATE_NOOP("labels", "Weakness"),
    "opportunity": QT_TRANSLATE_NOOP("labels", "Opportunity"),
    "threat": QT_TRANSLATE_NOOP("labels", "Threat"),
})


def label(table: Callable[[], dict[str, str]], code: str | None) -> str:
    """The label of `code` in `table`, or the code itself if it is not known (data from a newer app)."""
    if code is None:
        return ""
    return table().get(code, code)


def country_name(code: str) -> str:
    """The English name of an ISO 3166 alpha-2 country code (Qt's own list), or the code."""
    from PySide6.QtCore import QLocale

    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def person_name(participant: Any) -> str:
    """A participant's name as shown: an erased one's pseudonym ("Participant 7") in the UI's language."""
    name = str(participant.name)
    if getattr(participant, "erased_at", None) is not None and name.startswith("Participant "):
        number = name.removeprefix("Participant ")
        if number.isdigit():
            return QCoreApplication.translate("labels", "Participant %1").replace("%1", number)
    return name
