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
