"""Framework and reference-list texts in English, French and German, with the fallback marked."""

from __future__ import annotations

import pytest

from icc_desktop.resources import load_json, resource_path
from icc_desktop.services.multilingual import (
    FrameworkTexts,
    LocalText,
    ReferenceTexts,
    framework_texts,
    reference_texts,
)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_reference_item_is_translated(language: str) -> None:
    """Every label and description of the shipped reference lists exists in French and German, and differs somewhere."""
    texts = reference_texts()
    assert texts.missing(language) == []
    data = load_json("reference.json")
    translated = [texts.label(name, item["code"], item["label"], language) for name, items in data["lists"].items()
                  for item in items]
    assert all(t.language == language and not t.fallback for t in translated)
    assert sum(t.text != item["label"] for t, item in zip(translated, [i for v in data["lists"].values() for i in v],
                                                             strict=True)) > 30


def test_fallback_is_marked_and_edited_text_is_kept() -> None:
    """A missing translation gives the English text marked as a fallback; an edited text is shown as typed."""
    texts = ReferenceTexts({"lists": {"role": [{"code": "core", "label": "Core city",
                                                "i18n": {"fr": {"label": "Ville principale"}}}]}})
    assert texts.label("role", "core", "Core city", "fr") == LocalText("Ville principale", "fr")
    assert texts.label("role", "core", "Core city", "de") == LocalText("Core city", "en", fallback=True)
    assert texts.label("role", "core", "Kernstadt (ours)", "fr") == LocalText("Kernstadt (ours)", "")
    assert texts.label("role", "unknown", "Own item", "fr") == LocalText("Own item", "")
    framework = FrameworkTexts({"code": "x", "version": "1", "name": "X", "dimensions": [
        {"code": "d", "name": "Data", "questions": [{"code": "d.q", "text": "Open?", "levels": list("abcde"),
                                                    "i18n": {"de": {"text": "Offen?", "levels": ["A", "B"]}}}]}]})
    assert framework.question("d.q", "Open?", "de").text == "Offen?"
    assert framework.descriptor("d.q", 2, "b", "de") == LocalText("B", "de")
    assert framework.descriptor("d.q", 3, "c", "de") == LocalText("c", "en", fallback=True)
    assert ("question", "d.q", "level_3") in framework.missing("de")


def test_unknown_framework_shows_stored_texts() -> None:
    """A framework that is not shipped (made by a user) shows its texts as stored."""
    assert framework_texts("made-here", "1").question("q", "Our own question?", "fr") == LocalText(
        "Our own question?", "")


def test_shipped_frameworks_are_found_by_code_and_version() -> None:
    """Each shipped framework file is found by its code and version."""
    for path in resource_path("frameworks").glob("*.json"):
        data = load_json("frameworks", path.name)
        texts = framework_texts(data["code"], data["version"])
        assert texts.code == data["code"]
        first = data["dimensions"][0]["questions"][0]
        assert texts.question(first["code"], first["text"], "en") == LocalText(first["text"], "en")


@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_shipped_framework_is_translated(language: str) -> None:
    """Every framework, dimension, question and level descriptor of both shipped frameworks exists in FR and DE."""
    for path in resource_path("frameworks").glob("*.json"):
        data = load_json("frameworks", path.name)
        texts = framework_texts(data["code"], data["version"])
        assert texts.missing(language) == [], path.name
        for dimension in data["dimensions"]:
            assert texts.dimension(dimension["code"], "name", dimension["name"], language).text != dimension["name"]
            for question in dimension["questions"]:
                local = texts.question(question["code"], question["text"], language)
                assert local.language == language and local.text != question["text"]
                assert local.text.rstrip().endswith("?"), local.text
                for level, english in enumerate(question["levels"], start=1):
                    assert texts.descriptor(question["code"], level, english, language).text not in ("", english)
