"""The participants of a workshop, as an inline-editable table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from icc_desktop.ui import labels
from icc_desktop.ui.models.base import Column, RowTableModel

_CONTEXT = "ParticipantsTableModel"


def _header(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(_CONTEXT, text)


class ParticipantsTableModel(RowTableModel[Any]):
    """One row per participant (detached `Participant` rows); every column edits in place."""

    columns = (
        Column("name", _header(QT_TRANSLATE_NOOP("ParticipantsTableModel", "Name")), editable=True,
               display=labels.person_name),
        Column("organisation", _header(QT_TRANSLATE_NOOP("ParticipantsTableModel", "Organisation")),
               editable=True),
        Column("role", _header(QT_TRANSLATE_NOOP("ParticipantsTableModel", "Role")), editable=True),
        Column("stakeholder_group", _header(QT_TRANSLATE_NOOP("ParticipantsTableModel", "Stakeholder group")),
               kind="choice", editable=True, choices=labels.stakeholder_groups),
        Column("email", _header(QT_TRANSLATE_NOOP("ParticipantsTableModel", "E-mail")), editable=True),
        Column("consent", _header(QT_TRANSLATE_NOOP("ParticipantsTableModel", "Consent")), kind="check",
               editable=True, searchable=False),
        Column("consent_contact", _header(QT_TRANSLATE_NOOP("ParticipantsTableModel", "May contact")),
               kind="check", editable=True, searchable=False),
        # Set by the room when the person joins from a phone (read only here).
        Column("joined_from_phone", _header(QT_TRANSLATE_NOOP("ParticipantsTableModel", "From a phone")),
               kind="check", searchable=False),
    )

    def group_counts(self) -> dict[str, int]:
        """How many participants each stakeholder group has (every group listed, in order)."""
        counts = dict.fromkeys(labels.stakeholder_groups(), 0)
        for row in self.rows:
            counts[row.stakeholder_group] = counts.get(row.stakeholder_group, 0) + 1
        return counts
