"""Display labels, in the UI language, for the codes the database stores (stakeholder groups, statuses...).

The words live in the Qt-free `icc_desktop.vocabulary`, shared with the exports; this module gives
them in the window's current language. Importing it stays cheap (no SQLAlchemy before the window
shows). A test checks that every enum code has a label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from icc_desktop import vocabulary
from icc_desktop.ui.i18n import current_language


def _label_table(list_name: str) -> Callable[[], dict[str, str]]:
    """A function giving the labels of one vocabulary list in the current language (order kept)."""

    def labels() -> dict[str, str]:
        return vocabulary.labels(list_name, current_language())

    return labels


stakeholder_groups = _label_table("stakeholder_group")
workshop_statuses = _label_table("workshop_status")
action_statuses = _label_table("action_status")
city_roles = _label_table("city_role")
editions = _label_table("edition")
moscow = _label_table("moscow")
swot_kinds = _label_table("swot")
kpi_directions = _label_table("kpi_direction")


def label(table: Callable[[], dict[str, str]], code: str | None) -> str:
    """The label of `code` in `table`, or the code itself if it is not known (data from a newer app)."""
    if code is None:
        return ""
    return table().get(code, code)


def country_name(code: str) -> str:
    """The name of an ISO 3166 alpha-2 country code in the UI language, or the code."""
    return vocabulary.country_name(code, current_language())


def framework_name(framework: Any) -> str:
    """A framework as the pickers show it, "Name (version)", its name in the UI language while it is the shipped one."""
    from icc_desktop.services.multilingual import framework_texts

    name = framework_texts(framework.code, framework.version).framework("name", framework.name, current_language())
    return f"{name} ({framework.version})"


def country_choices() -> list[tuple[str, str]]:
    """("Belgique (BE)", "BE") for every country the app knows, in the UI language's alphabetical order."""
    from PySide6.QtCore import QCollator

    from icc_desktop.ui.i18n import ui_locale

    language = current_language()
    collator = QCollator(ui_locale(language))
    names = sorted(((vocabulary.country_name(code, language), code) for code in vocabulary.countries()),
                   key=lambda entry: collator.sortKey(entry[0]))
    return [(f"{name} ({code})", code) for name, code in names]


def person_name(participant: Any) -> str:
    """A participant's name as shown: an erased one's pseudonym ("Participant 7") in the UI's language."""
    name = str(participant.name)
    if getattr(participant, "erased_at", None) is not None and name.startswith("Participant "):
        number = name.removeprefix("Participant ")
        if number.isdigit():
            return QCoreApplication.translate("labels", "Participant %1").replace("%1", number)
    return name
