"""The country picker names countries in the UI language and sorts them as that language does."""

from __future__ import annotations

import pytest

from icc_desktop.store.db import Database
from icc_desktop.ui.dialogs.workshop import NewCityDialog
from tests.ui.shell_support import open_window, ui_language


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.mark.parametrize(("language", "germany", "before", "after"), [
    ("en", "Germany (DE)", "Egypt (EG)", "Zambia (ZM)"),
    ("fr", "Allemagne (DE)", "Émirats arabes unis (AE)", "Zambie (ZM)"),  # É with the E's, not after Z
    ("de", "Deutschland (DE)", "Österreich (AT)", "Pakistan (PK)"),  # Ö with the O's
])
def test_new_city_and_city_page_pick_countries_in_the_ui_language(qtbot, db: Database, language: str, germany: str,
                                                                   before: str, after: str) -> None:
    """In French the New city dialog and the City page offer "Allemagne (DE)", accented names sorted
    among their letter (collation of the UI language, not code points), and the pick saves the code."""
    with ui_language(language):
        window = open_window(qtbot, db)
        dialog = NewCityDialog(window.context, window)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        items = _items(dialog.country)
        assert germany in items and dialog.country.itemData(items.index(germany)) == "DE"
        assert items.index(before) < items.index(after)
        city_page = window.pages["city"]
        assert _items(city_page.country) == items  # type: ignore[attr-defined]
        assert not [text for text in items if text.startswith("(")]  # every code has a name


def test_framework_pickers_name_the_framework_in_the_ui_language(qtbot, db: Database) -> None:
    """The New workshop dialog and the City page name the shipped framework in French ("Maturité numérique
    de l’écosystème local (1.0)"), not in the English it is stored in."""
    from icc_desktop.ui.dialogs.workshop import NewWorkshopDialog
    from tests.factories import make_workshop

    workshop = make_workshop(db)
    with ui_language("fr"):
        window = open_window(qtbot, db, workshop.id, page="city")
        dialog = NewWorkshopDialog(window.context, parent=window)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        city_page = window.pages["city"]
        city_page.reload()
        french = "Maturité numérique de l’écosystème local (1.0)"
        assert french in _items(dialog.framework)
        assert city_page.framework.currentText() == french  # type: ignore[attr-defined]
