"""Framework and reference-list texts in the reader's language, with the fallback said out loud.

The shipped frameworks (`resources/frameworks/*.json`) and reference lists
(`resources/reference.json`) are written in English, and each element carries its translations
in an `i18n` object: `{"fr": {"name": …}, "de": {…}}` on frameworks and dimensions (`name`,
`description`), questions (`text`, `levels`: five descriptors) and reference items (`label`,
`description`). The database holds the English text it was seeded with; this module maps a
stored text to the requested language:

- the stored text is still the shipped English one → its translation, or the English text marked
  as a fallback (`LocalText.fallback`) when that translation is missing;
- the stored text was edited (or is not from a shipped file) → the stored text as typed, in a
  language nobody knows (`LocalText.language == ""`).

Window, PDF, workbooks and template all go through here, so they agree. No Qt, no database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from icc_desktop.resources import load_json, resource_path

SOURCE_LANGUAGE: Final = "en"
"""The language the shipped data is written in, and the fallback."""

LANGUAGES: Final = ("en", "fr", "de")
"""The languages the shipped data is translated into."""


@dataclass(frozen=True)
class LocalText:
    """A text for one language: the text, the language it is really in, and whether that is a fallback."""

    text: str
    language: str
    """The text's language ("en", "fr", "de"), or "" for a text a user typed (language unknown)."""
    fallback: bool = False
    """True when the requested language was missing and `text` is the fallback language's."""

    def __str__(self) -> str:
        return self.text


# A translation set: one entry per translatable string, language -> text (English included).
_Texts = dict[str, str]


def _collect(texts: dict[tuple[str, ...], _Texts], key: tuple[str, ...], element: Mapping[str, Any],
             fields: tuple[str, ...]) -> None:
    translations = element.get("i18n") or {}
    for name in fields:
        source = element.get(name)
        if name == "levels":
            for level, descriptor in enumerate(source or [], start=1):
                entry = {SOURCE_LANGUAGE: descriptor}
                for language, fields_of in translations.items():
                    levels = fields_of.get("levels") or []
                    if len(levels) >= level and levels[level - 1]:
                        entry[language] = levels[level - 1]
                texts[(*key, f"level_{level}")] = entry
        elif isinstance(source, str):
            entry = {SOURCE_LANGUAGE: source}
            for language, fields_of in translations.items():
                if fields_of.get(name):
                    entry[language] = fields_of[name]
            texts[(*key, name)] = entry


class FrameworkTexts:
    """The translations of one shipped framework (code and version), looked up by element code."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.code: str = data["code"]
        self.version: str = data["version"]
        self._texts: dict[tuple[str, ...], _Texts] = {}
        _collect(self._texts, ("framework",), data, ("name", "description"))
        for dimension in data.get("dimensions", []):
            _collect(self._texts, ("dimension", dimension["code"]), dimension, ("name", "description"))
            for question in dimension.get("questions", []):
                _collect(self._texts, ("question", question["code"]), question, ("text", "levels"))

    def get(self, key: tuple[str, ...], stored: str | None, language: str) -> LocalText:
        """The text of `key` (e.g. ("question", code, "text")) in `language`, given the stored text."""
        return localize(stored, self._texts.get(key), language)

    def framework(self, field: str, stored: str | None, language: str) -> LocalText:
        """The framework's `name` or `description`."""
        return self.get(("framework", field), stored, language)

    def dimension(self, code: str, field: str, stored: str | None, language: str) -> LocalText:
        """A dimension's `name` or `description`."""
        return self.get(("dimension", code, field), stored, language)

    def question(self, code: str, stored: str | None, language: str) -> LocalText:
        """A question's text."""
        return self.get(("question", code, "text"), stored, language)

    def descriptor(self, code: str, level: int, stored: str | None, language: str) -> LocalText:
        """A question's descriptor of `level` (1–5)."""
        return self.get(("question", code, f"level_{level}"), stored, language)

    def missing(self, language: str) -> list[tuple[str, ...]]:
        """The keys with no text in `language` (what a translator still has to do)."""
        return [key for key, entry in self._texts.items() if language not in entry]

    def translations(self) -> list[Mapping[str, str]]:
        """Every translatable text of the framework: language -> text (English always there)."""
        return list(self._texts.values())


class ReferenceTexts:
    """The translations of the shipped reference lists, looked up by list name and code."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._texts: dict[tuple[str, ...], _Texts] = {}
        for list_name, items in data.get("lists", {}).items():
            for item in items:
                _collect(self._texts, (list_name, item["code"]), item, ("label", "description"))

    def get(self, list_name: str, code: str, field: str, stored: str | None, language: str) -> LocalText:
        """An item's `label` or `description` in `language`, given the stored text."""
        return localize(stored, self._texts.get((list_name, code, field)), language)

    def label(self, list_name: str, code: str, stored: str | None, language: str) -> LocalText:
        """An item's label in `language`."""
        return self.get(list_name, code, "label", stored, language)

    def shipped(self, list_name: str, code: str, language: str = SOURCE_LANGUAGE) -> str | None:
        """The shipped label of an item in `language` (English fallback), or None for an item not shipped."""
        entry = self._texts.get((list_name, code, "label"))
        if entry is None:
            return None
        return entry.get(language) or entry[SOURCE_LANGUAGE]

    def missing(self, language: str) -> list[tuple[str, ...]]:
        """The keys with no text in `language`."""
        return [key for key, entry in self._texts.items() if language not in entry]


def localize(stored: str | None, shipped: Mapping[str, str] | None, language: str) -> LocalText:
    """`stored` in `language`: its shipped translation while it is the shipped text, else as stored."""
    if shipped is None or (stored is not None and stored != shipped[SOURCE_LANGUAGE]):
        return LocalText(stored or "", "")
    if language in shipped:
        return LocalText(shipped[language], language)
    return LocalText(shipped[SOURCE_LANGUAGE], SOURCE_LANGUAGE, fallback=language != SOURCE_LANGUAGE)


# Short words that mark a language: frequent, and not words of the others (no "in", "des", "an", "was").
_MARKERS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset("the and of to for with on is are that by from at be their its this which or every each more "
                    "not have has who they it into than all our can will".split()),
    "fr": frozenset("le la les du et un une pour avec dans sur au aux est sont qui que par ou ses leur leurs cette "
                    "ce pas plus à d l qu nous chaque être été où".split()),
    "de": frozenset("der die das und den dem ein eine einen einer für mit von zu im auf ist sind nicht sich auch bei "
                    "über nach oder wird werden zur zum dass aus wie ihre ihren jede jeder unsere".split()),
}
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str:
    """The language ("en", "fr", "de") a typed passage is written in, or "" when its words do not say.

    Counts the short function words of each language; a passage needs at least two of them and
    twice as many of one language as of any other. Titles without such words ("Open data
    portal") and passages in other languages give "". Used to mark a passage in another language
    than the document's (PDF/UA: `/Lang` on its structure element).
    """
    counts = dict.fromkeys(_MARKERS, 0)
    for word in _WORD.findall(text.casefold()):
        for language, markers in _MARKERS.items():
            if word in markers:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (best, first), (_, second) = ranked[0], ranked[1]
    return best if first >= 2 and first >= 2 * second else ""


@cache
def _frameworks() -> dict[tuple[str, str], FrameworkTexts]:
    found: dict[tuple[str, str], FrameworkTexts] = {}
    for path in sorted(resource_path("frameworks").glob("*.json")):
        texts = FrameworkTexts(load_json("frameworks", path.name))
        found[(texts.code, texts.version)] = texts
    return found


_EMPTY = FrameworkTexts({"code": "", "version": ""})


def shipped_frameworks() -> list[FrameworkTexts]:
    """The translations of every framework shipped in `resources/frameworks/`."""
    return list(_frameworks().values())


def framework_texts(code: str, version: str) -> FrameworkTexts:
    """The translations of the shipped framework `code` `version` (none for a framework not shipped)."""
    return _frameworks().get((code, version), _EMPTY)


@cache
def reference_texts() -> ReferenceTexts:
    """The translations of the shipped reference lists."""
    return ReferenceTexts(load_json("reference.json"))


__all__ = ["LANGUAGES", "SOURCE_LANGUAGE", "FrameworkTexts", "LocalText", "ReferenceTexts", "framework_texts",
           "guess_language", "localize", "reference_texts", "shipped_frameworks"]
