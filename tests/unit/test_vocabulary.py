"""The Qt-free vocabulary: the window and the exports name the domain's codes with the same words, defined once."""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path

import pytest

from icc_desktop import vocabulary
from icc_desktop.exports.i18n import CATALOGUE, Translator
from icc_desktop.models import enums
from icc_desktop.services.ranking import Quadrant

PACKAGE = Path(vocabulary.__file__).resolve().parent

ENUMS: dict[str, type[StrEnum]] = {
    "stakeholder_group": enums.StakeholderGroup,
    "workshop_status": enums.WorkshopStatus,
    "action_status": enums.ActionStatus,
    "city_role": enums.CityRole,
    "edition": enums.Edition,
    "moscow": enums.MoSCoW,
    "swot": enums.SwotKind,
    "kpi_direction": enums.KpiDirection,
    "quadrant": Quadrant,
}


@pytest.mark.parametrize("list_name", sorted(vocabulary.LISTS))
def test_every_code_has_a_label_in_three_languages(list_name: str) -> None:
    """Each coded list labels exactly its enum's codes, each in English, French and German, none empty."""
    assert list(vocabulary.LISTS[list_name]) == [member.value for member in ENUMS[list_name]]
    for names in vocabulary.LISTS[list_name].values():
        assert len(names) == 3 and all(name.strip() for name in names)
    for language in vocabulary.LANGUAGES:  # two codes of one list never read the same
        assert len(set(vocabulary.labels(list_name, language).values())) == len(vocabulary.LISTS[list_name])


def test_the_exports_take_their_labels_from_the_vocabulary() -> None:
    """The report's `t.code(...)` and country names are the vocabulary's words in the report's language."""
    for prefix, list_name in (("group", "stakeholder_group"), ("role", "city_role"), ("workshop", "workshop_status"),
                              ("status", "action_status"), ("moscow", "moscow"), ("quadrant", "quadrant")):
        for code, names in vocabulary.LISTS[list_name].items():
            assert CATALOGUE[f"{prefix}_{code}"] == names
            assert Translator("fr").code(prefix, code) == names[1]
    assert Translator("de").country("be") == "Belgien" == vocabulary.country_name("BE", "de")


def test_unknown_codes_and_languages() -> None:
    """An unknown code reads as itself, None as nothing, an unknown language as English."""
    assert vocabulary.label("moscow", "maybe", "fr") == "maybe"
    assert vocabulary.label("moscow", None, "fr") == ""
    assert vocabulary.label("moscow", "must", "xx") == "Must have"
    assert vocabulary.country_name("ZZ", "fr") == "ZZ"


def test_need_labels_per_language() -> None:
    """A need's label is its number after N (English) or B (besoin, Bedarf); an unknown language falls back to English."""
    assert [vocabulary.need_label(3, lang) for lang in ("en", "fr", "de", "xx")] == ["N3", "B3", "B3", "N3"]
    assert vocabulary.quadrant_names("de")["quick_win"] == "Schnelle Erfolge"


def _domain_words() -> dict[str, str]:
    """Every label of the vocabulary (any language) that is not itself a stored code -> where it belongs."""
    codes = {code for words in vocabulary.LISTS.values() for code in words}
    found: dict[str, str] = {}
    for list_name, words in {**vocabulary.LISTS, "country": vocabulary.countries()}.items():
        for code, names in words.items():
            for name in names:
                if name not in codes:
                    found[name] = f"{list_name}.{code}"
    return found


def test_no_domain_label_is_defined_outside_the_vocabulary() -> None:
    """No module but `vocabulary.py` spells a domain label (a status, a group, a country...) as a literal string,
    so the window and the exports cannot drift apart again."""
    words = _domain_words()
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "vocabulary.py" or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip() in words:
                where = path.relative_to(PACKAGE.parent)
                problems.append(f"{where}:{node.lineno}: {node.value!r} is {words[node.value.strip()]}")
    assert problems == [], "\n".join(problems)


def test_the_scan_finds_a_label_defined_again() -> None:
    """The scan above is not blind: a module repeating "Must have" would be caught."""
    tree = ast.parse('MOSCOW = {"must": QT_TRANSLATE_NOOP("labels", "Must have")}')
    words = _domain_words()
    assert [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value in words] == ["Must have"]


def test_countries_have_their_names_in_three_languages() -> None:
    """Every country the app knows has a name in English, French and German (CLDR), Kosovo included,
    and a report in French names Germany as "Allemagne"."""
    names = vocabulary.countries()
    assert len(names) >= 249 and "XK" in names
    assert all(len(value) == 3 and all(value) for value in names.values())
    assert names["DE"] == ("Germany", "Allemagne", "Deutschland")
    assert names["BA"][0] == "Bosnia and Herzegovina"  # "and", not CLDR's "&"
    assert not [code for code, value in names.items() if "&" in value[0]]
    assert vocabulary.country_name("pl", "fr") == "Pologne"
