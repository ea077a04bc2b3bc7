"""The workshop's domain words in English, French and German, for the window and the exports alike.

Labels of things the method names (the 2×2's quadrants, a need's short label) are defined once
here, without Qt, so the window (in the UI language) and the PDF and workbooks (in the report's
language) say the same thing. The window's own texts (menus, buttons, hints) stay with Qt's
translation files.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "fr", "de")
"""The languages every entry has, English first (the fallback)."""

QUADRANTS: Final[dict[str, tuple[str, str, str]]] = {
    "quick_win": ("Quick wins", "Gains rapides", "Schnelle Erfolge"),
    "major_project": ("Major projects", "Projets majeurs", "Großprojekte"),
    "fill_in": ("Fill-ins", "Compléments", "Lückenfüller"),
    "thankless_task": ("Thankless tasks", "Tâches ingrates", "Undankbare Aufgaben"),
}
"""The boxes of the impact × feasibility matrix (`services.ranking.Quadrant` codes)."""

NEED_PREFIX: Final = ("N", "B", "B")
"""The letter of a need's short label: need, besoin, Bedarf."""


def _index(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else 0


def quadrant_names(language: str) -> dict[str, str]:
    """Quadrant code → its name in `language` (English for a language not shipped)."""
    return {code: names[_index(language)] for code, names in QUADRANTS.items()}


def need_label(number: int, language: str) -> str:
    """A need's short label from its number in the workshop: "N3" (English), "B3" (French, German)."""
    return f"{NEED_PREFIX[_index(language)]}{number}"


SWOT: Final[dict[str, tuple[str, str, str]]] = {
    "strength": ("Strength", "Force", "Stärke"),
    "weakness": ("Weakness", "Faiblesse", "Schwäche"),
    "opportunity": ("Opportunity", "Opportunité", "Chance"),
    "threat": ("Threat", "Menace", "Risiko"),
}
"""Where a need came from in a SWOT discussion (`models.SwotKind` codes)."""

KPI_DIRECTIONS: Final[dict[str, tuple[str, str, str]]] = {
    "higher": ("Higher", "Plus élevé", "Höher"),
    "lower": ("Lower", "Plus bas", "Niedriger"),
}
"""Which way a KPI is better (`Kpi.direction`)."""


def label(names: dict[str, tuple[str, str, str]], code: str | None, language: str) -> str | None:
    """The label of `code` in one of the tables above, in `language`; the code itself when unknown, None for none."""
    if not code:
        return None
    entry = names.get(code)
    return entry[_index(language)] if entry else code
