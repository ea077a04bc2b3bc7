"""The Qt-free vocabulary: the window and the exports name the quadrants and needs with the same words."""

from __future__ import annotations

from icc_desktop import vocabulary
from icc_desktop.exports.i18n import CATALOGUE
from icc_desktop.services.ranking import Quadrant


def test_every_quadrant_has_three_languages_and_the_exports_use_them():
    """Each quadrant code has an English, French and German name, and the exports' catalogue takes those."""
    assert set(vocabulary.QUADRANTS) == {q.value for q in Quadrant}
    for code, names in vocabulary.QUADRANTS.items():
        assert len(names) == 3 and all(names)
        assert CATALOGUE[f"quadrant_{code}"] == names


def test_need_labels_per_language():
    """A need's label is its number after N (English) or B (besoin, Bedarf); an unknown language falls back to English."""
    assert [vocabulary.need_label(3, lang) for lang in ("en", "fr", "de", "xx")] == ["N3", "B3", "B3", "N3"]
    assert vocabulary.quadrant_names("de")["quick_win"] == "Schnelle Erfolge"
