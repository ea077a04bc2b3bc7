"""The KPI library: indicator catalogues shipped as data (`resources/kpi_library.json`).

Each catalogue notes its source and licence; each indicator its catalogue, the official
identifier where one is given (only where it was checked; otherwise None, and the entry says
which theme of the catalogue it belongs to), a short name, a theme, the SDGs it serves, a unit
and whether higher or lower is better, with French and German texts. Picking one for an action's
KPI brings its name, unit and direction and records its code (`Kpi.library_code`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from icc_desktop.errors import NotFoundError
from icc_desktop.resources import load_json


@dataclass(frozen=True)
class Catalogue:
    """One indicator catalogue and where it comes from."""

    code: str
    name: str
    source: str
    url: str
    licence: str
    note: str


@dataclass(frozen=True)
class LibraryIndicator:
    """One indicator, its texts in the requested language."""

    code: str
    catalogue: str
    official_id: str | None
    reference: str | None
    name: str
    theme: str
    sdgs: tuple[int, ...]
    unit: str
    direction: str

    @property
    def label(self) -> str:
        """The name with the official identifier when there is one: "Open data sets published (EC: ICT: PS: 1A)"."""
        return f"{self.name} ({self.official_id})" if self.official_id else self.name


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("kpi_library.json")
    return data


def catalogues() -> list[Catalogue]:
    """The shipped catalogues, in the library's order."""
    return [Catalogue(c["code"], c["name"], c["source"], c["url"], c["licence"], c["note"])
            for c in _data()["catalogues"]]


def _local(entry: dict[str, Any], field: str, language: str) -> str:
    translated = (entry.get("i18n") or {}).get(language, {}).get(field)
    return str(translated or entry[field])


def _indicator(entry: dict[str, Any], language: str) -> LibraryIndicator:
    return LibraryIndicator(
        code=entry["code"], catalogue=entry["catalogue"], official_id=entry.get("official_id"),
        reference=entry.get("reference"), name=_local(entry, "name", language),
        theme=_local(entry, "theme", language), sdgs=tuple(entry.get("sdgs") or ()),
        unit=_local(entry, "unit", language), direction=entry["direction"],
    )


def indicators(language: str = "en") -> list[LibraryIndicator]:
    """Every indicator of the library, texts in `language` (English where a text is missing)."""
    return [_indicator(entry, language) for entry in _data()["indicators"]]


def get(code: str, language: str = "en") -> LibraryIndicator:
    """The indicator with this code."""
    for entry in _data()["indicators"]:
        if entry["code"] == code:
            return _indicator(entry, language)
    raise NotFoundError(f"No indicator {code!r} in the KPI library.")


def _fold(text: str) -> str:
    """Lower case without accents, so "energie" finds "Énergie"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def themes(language: str = "en") -> list[str]:
    """The themes used in the library, sorted, in `language`."""
    return sorted({i.theme for i in indicators(language)}, key=_fold)


_SDG_WORDS = re.compile(r"\b(?:sdg|odd)\s*-?\s*(\d{1,2})\b")


def search(text: str = "", *, language: str = "en", theme: str | None = None, sdg: int | None = None,
           catalogue: str | None = None) -> list[LibraryIndicator]:
    """Indicators matching every word of `text` (in name, theme, identifier or catalogue; "SDG 7"
    or "ODD 7" in the text picks an SDG),
    and the theme, SDG and catalogue when given. Case and accents do not matter; English names
    match too, whatever the language.
    """
    folded = _fold(text)
    # "SDG 7" (ODD in French, SDG in German too) is a filter, not two words: "7" is in "37120".
    for match in _SDG_WORDS.finditer(folded):
        sdg = int(match.group(1))
    words = _SDG_WORDS.sub(" ", folded).split()
    english = {i.code: i for i in indicators("en")}
    found = []
    for indicator in indicators(language):
        if theme is not None and _fold(indicator.theme) != _fold(theme) and _fold(english[indicator.code].theme) != _fold(theme):
            continue
        if sdg is not None and sdg not in indicator.sdgs:
            continue
        if catalogue is not None and indicator.catalogue != catalogue:
            continue
        source = english[indicator.code]
        haystack = _fold(" ".join([
            indicator.name, indicator.theme, source.name, source.theme, indicator.official_id or "",
            indicator.reference or "", indicator.catalogue,
        ]))
        if all(word in haystack for word in words):
            found.append(indicator)
    return found


def kpi_values(code: str, language: str = "en") -> dict[str, Any]:
    """What picking an indicator sets on a KPI: name, unit, direction and the library code."""
    indicator = get(code, language)
    return {"name": indicator.name, "unit": indicator.unit, "direction": indicator.direction,
            "library_code": indicator.code}
