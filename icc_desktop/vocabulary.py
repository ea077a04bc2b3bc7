"""The workshop's domain words in English, French and German, for the window and the exports alike.

Labels of the codes the database stores (stakeholder groups, statuses, city roles, editions, MoSCoW
and SWOT categories, the 2×2's quadrants) and a need's short label are defined once here, without
Qt; country names come from `resources/countries.json` (Unicode CLDR). So the window (in the UI
language) and the PDF and workbooks (in the report's language) say the same thing. The window's
own texts (menus, buttons, hints) stay with Qt's translation files; reference lists the user may
edit (tracks, transversal services, funding sources) are multilingual data in `resources/reference.json`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

LANGUAGES: Final = ("en", "fr", "de")
"""The languages every entry has, English first (the fallback)."""

Words = dict[str, tuple[str, str, str]]
"""Code → (English, French, German)."""

STAKEHOLDER_GROUPS: Final[Words] = {
    "public_authority": ("Public authorities", "Pouvoirs publics", "Öffentliche Verwaltung"),
    "business": ("Business", "Entreprises", "Wirtschaft"),
    "academia": ("Academia and research", "Enseignement et recherche", "Wissenschaft und Forschung"),
    "civil_society": ("Civil society", "Société civile", "Zivilgesellschaft"),
    "social_innovators": ("Social innovators", "Innovateurs sociaux", "Soziale Innovatoren"),
}
"""The quadruple helix (and the social innovators some cities add), `models.enums.StakeholderGroup`."""

WORKSHOP_STATUSES: Final[Words] = {
    "planned": ("Planned", "Prévu", "Geplant"),
    "in_progress": ("In progress", "En cours", "Laufend"),
    "done": ("Done", "Terminé", "Abgeschlossen"),
}
"""Where a workshop stands (`models.enums.WorkshopStatus`); French agrees with "atelier"."""

ACTION_STATUSES: Final[Words] = {
    "planned": ("Planned", "Prévue", "Geplant"),
    "in_progress": ("In progress", "En cours", "Laufend"),
    "done": ("Done", "Terminée", "Erledigt"),
    "cancelled": ("Cancelled", "Annulée", "Abgesagt"),
}
"""Where a roadmap action stands (`models.enums.ActionStatus`); French agrees with "action"."""

CITY_ROLES: Final[Words] = {
    "core": ("Core city", "Ville principale", "Kernstadt"),
    "mentor": ("Mentor city", "Ville mentor", "Mentorstadt"),
    "observer": ("Observer city", "Ville observatrice", "Beobachterstadt"),
    "fellow": ("Fellow city", "Ville associée", "Partnerstadt"),
}
"""A city's role in the challenge (`models.enums.CityRole`)."""

EDITIONS: Final[Words] = {
    "2020-22": ("ICC 2020–2022", "ICC 2020–2022", "ICC 2020–2022"),
    "2023-25": ("ICC 2023–2025", "ICC 2023–2025", "ICC 2023–2025"),
}
"""The challenge's editions (`models.enums.Edition`)."""

MOSCOW: Final[Words] = {
    "must": ("Must have", "Indispensable", "Muss"),
    "should": ("Should have", "Important", "Soll"),
    "could": ("Could have", "Souhaitable", "Kann"),
    "wont": ("Won’t have now", "Pas maintenant", "Diesmal nicht"),
}
"""A need's MoSCoW category (`models.enums.MoSCoW`)."""

SWOT_KINDS: Final[Words] = {
    "strength": ("Strength", "Force", "Stärke"),
    "weakness": ("Weakness", "Faiblesse", "Schwäche"),
    "opportunity": ("Opportunity", "Opportunité", "Chance"),
    "threat": ("Threat", "Menace", "Risiko"),
}
"""What a need came from in a SWOT analysis (`models.enums.SwotKind`)."""

QUADRANTS: Final[Words] = {
    "quick_win": ("Quick wins", "Gains rapides", "Schnelle Erfolge"),
    "major_project": ("Major projects", "Projets majeurs", "Großprojekte"),
    "fill_in": ("Fill-ins", "Compléments", "Lückenfüller"),
    "thankless_task": ("Thankless tasks", "Tâches ingrates", "Undankbare Aufgaben"),
}
"""The boxes of the impact × feasibility matrix (`services.ranking.Quadrant` codes)."""

KPI_DIRECTIONS: Final[Words] = {
    "higher": ("higher", "plus haut", "höher"),
    "lower": ("lower", "plus bas", "niedriger"),
}
"""Which way a KPI gets better (`models.enums.KpiDirection`), read under the column "Better"."""

LISTS: Final[dict[str, Words]] = {
    "stakeholder_group": STAKEHOLDER_GROUPS,
    "workshop_status": WORKSHOP_STATUSES,
    "action_status": ACTION_STATUSES,
    "city_role": CITY_ROLES,
    "edition": EDITIONS,
    "moscow": MOSCOW,
    "swot": SWOT_KINDS,
    "quadrant": QUADRANTS,
    "kpi_direction": KPI_DIRECTIONS,
}
"""Every coded list by name, for callers that pick the list at run time."""

NEED_PREFIX: Final = ("N", "B", "B")
"""The letter of a need's short label: need, besoin, Bedarf."""


def _index(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else 0


def labels(list_name: str, language: str) -> dict[str, str]:
    """Code → label of one of `LISTS` in `language` (English for a language not shipped), in order."""
    index = _index(language)
    return {code: names[index] for code, names in LISTS[list_name].items()}


def label(list_name: str, code: str | None, language: str) -> str:
    """The label of `code` in one of `LISTS`; "" for None, the code itself if unknown (a newer app's data)."""
    if code is None:
        return ""
    names = LISTS[list_name].get(code)
    return names[_index(language)] if names else code


def quadrant_names(language: str) -> dict[str, str]:
    """Quadrant code → its name in `language` (English for a language not shipped)."""
    return labels("quadrant", language)


def need_label(number: int, language: str) -> str:
    """A need's short label from its number in the workshop: "N3" (English), "B3" (French, German)."""
    return f"{NEED_PREFIX[_index(language)]}{number}"


@cache
def countries() -> Words:
    """ISO 3166 alpha-2 code → the country's name in EN/FR/DE (Unicode CLDR, `resources/countries.json`)."""
    from icc_desktop.resources import load_json

    return {code: (names[0], names[1], names[2]) for code, names in load_json("countries.json").items()}


def country_name(code: str, language: str) -> str:
    """The name of a country from its ISO 3166 alpha-2 code in `language`; the code itself if unknown."""
    names = countries().get(code.upper())
    return names[_index(language)] if names else code
