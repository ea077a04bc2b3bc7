"""Telling the language of a typed passage from its short words, or saying it cannot."""

from __future__ import annotations

import pytest

from icc_desktop.services.multilingual import guess_language


@pytest.mark.parametrize("text, language", [
    ("Collect all running and planned digital projects of the departments in one register.", "en"),
    ("Rassembler dans un registre unique tous les projets numériques en cours et prévus des services.", "fr"),
    ("Alle laufenden und geplanten Digitalprojekte der Ämter in einem Register erfassen.", "de"),
    ("L’université mène d’excellentes recherches sur le climat et l’énergie.", "fr"),
    ("Open data portal", ""),  # a title without function words says nothing
    ("Primăria municipiului Bistrița și partenerii săi", ""),  # a language the app does not know
    ("", ""),
])
def test_guess_language(text: str, language: str) -> None:
    """English, French and German passages are told apart; titles and other languages are left unknown."""
    assert guess_language(text) == language
