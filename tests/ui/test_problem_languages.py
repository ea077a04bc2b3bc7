"""The core's refusals in the window's language: a refused edit and a refused template import in French
and German, their fields named as the window labels them, no English left."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from icc_desktop.exports.i18n import CATALOGUE
from icc_desktop.messages import MESSAGES
from icc_desktop.models import Action
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from icc_desktop.ui import sync_labels
from tests.factories import make_workshop
from tests.ui.shell_support import open_window, ui_language
from tests.ui.test_page_languages import visible_texts
from tests.ui.workshop_support import settle


def english_fragments() -> set[str]:
    """The English words of every core message (the text between its placeholders) and of every field label
    that French and German translate: none may be on screen in those languages."""
    found: set[str] = set()
    checks = [texts for key, texts in CATALOGUE.items() if key.startswith("check_")]  # the roadmap's checks
    for english, *others in [*MESSAGES.values(), *checks]:
        for piece in re.split(r"\{[^}]*\}", english):
            piece = piece.strip(" .;:,()“”'")
            if len(piece) >= 6 and not any(piece in other for other in others):
                found.add(piece)
    found.update(label for label in sync_labels._FIELDS.values() if len(label) >= 6)
    return found


def english_left(text: str) -> list[str]:
    """The English fragments found in a text shown in French or German."""
    translated = {QCoreApplication.translate("sync", label) for label in sync_labels._FIELDS.values()}
    return sorted(piece for piece in english_fragments() if piece in text and piece not in translated)


REFUSED_PERCENT = {
    "fr": "% fait : doit valoir au plus 100, pas 140.",
    "de": "% erledigt: darf höchstens 100 sein, nicht 140.",
}

REFUSED_END = {
    "fr": "l’action ne peut pas se terminer avant de commencer.",
    "de": "die Maßnahme kann nicht vor ihrem Beginn enden.",
}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_refused_edit_speaks_the_window_language(qtbot: Any, db: Database, language: str) -> None:
    """A percentage over 100 and an end before the start, refused by the core, are shown beside the cell in
    French or German, the field named as its column is (“% fait”), with no English words; so are the roadmap's checks."""
    workshop = make_workshop(db)
    crud.create(db, Action, workshop_id=workshop.id, title="Open data portal", position=0,
                start_month=dt.date(2024, 5, 1), end_month=dt.date(2025, 4, 1))
    with ui_language(language):
        window = open_window(qtbot, db, workshop.id, page="monitoring")
        page: Any = window.pages["monitoring"]
        model = page.progress
        assert not model.setData(model.index(0, model.column_number("percent_complete")), 140)
        settle()
        shown = page.message.text()
        assert page.message.isVisible() and REFUSED_PERCENT[language] in shown, shown
        assert english_left(shown) == [], shown
        on_page = [f"{where}: {text!r}" for where, text in visible_texts(page) if english_left(text)]
        assert on_page == [], on_page  # as the pages' language test walks them: labels, buttons, cells...

        window.show_page("roadmap")
        roadmap: Any = window.pages["roadmap"]
        rows = roadmap.action_rows
        assert not rows.setData(rows.index(0, rows.column_number("end_month")), dt.date(2024, 1, 1))
        settle()
        shown = roadmap.message.text()
        assert REFUSED_END[language] in shown, shown
        assert english_left(shown) == [], shown
        checks = roadmap.checks_section.model  # the action has no KPI: a warning, in the window's language
        warnings = [str(checks.index(row, 0).data()) for row in range(checks.rowCount())]
        assert warnings and all(english_left(text) == [] for text in warnings), warnings
        assert "Open data portal" in warnings[0]
        window.close()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_refused_template_import_speaks_the_window_language(qtbot: Any, db: Database, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    """A filled template with a level out of range, a half level and a formula is refused with every problem
    located by sheet, row and column and said in French or German, with no English words."""
    from openpyxl import load_workbook

    workshop = make_workshop(db)
    shown: list[str] = []
    monkeypatch.setattr("icc_desktop.ui.pages.reports.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    with ui_language(language):
        window = open_window(qtbot, db, workshop.id, page="reports")
        reports: Any = window.pages["reports"]
        reports.open_after.setChecked(False)
        reports.pdf_language.setCurrentIndex(reports.pdf_language.findData(language))
        target = tmp_path / "modele.xlsx"
        reports.export_template(target)
        book = load_workbook(target)
        sheet = book.worksheets[1]
        sheet["J2"].value, sheet["K2"].value, sheet["J3"].value = 7, 2.5, "=1+2"
        book.save(target)
        reports.import_template(target)
        settle()
        window.close()
    assert len(shown) == 1 and reports.result_label.text() == shown[0]
    lines = shown[0].splitlines()
    assert len(lines) == 3, lines
    expected = {
        "fr": ["feuille « Évaluation », ligne 2, colonne J (Niveau actuel) : le niveau 7 est hors limites",
               "feuille « Évaluation », ligne 2, colonne K (Niveau visé) : 2.5 n’est pas un nombre entier",
               "feuille « Évaluation », ligne 3, colonne J (Niveau actuel) : la cellule contient une formule"],
        "de": ["Tabellenblatt „Bewertung“, Zeile 2, Spalte J (Aktuelle Stufe): Stufe 7 liegt außerhalb",
               "Tabellenblatt „Bewertung“, Zeile 2, Spalte K (Zielstufe): 2.5 ist keine ganze Zahl",
               "Tabellenblatt „Bewertung“, Zeile 3, Spalte J (Aktuelle Stufe): die Zelle enthält eine Formel"],
    }[language]
    assert [line[:len(start)] for line, start in zip(lines, expected, strict=True)] == expected
    assert english_left(shown[0]) == [], shown[0]


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_refused_paste_names_lines_and_fields_in_the_window_language(qtbot: Any, db: Database,
                                                                       language: str) -> None:
    """Pasted participants with a bad e-mail and no name are refused line by line in French or German, each
    field named as the window labels it."""
    from PySide6.QtGui import QGuiApplication

    workshop = make_workshop(db)
    with ui_language(language):
        window = open_window(qtbot, db, workshop.id, page="participants")
        page: Any = window.pages["participants"]
        QGuiApplication.clipboard().setText("Ola Wiśniewska\tTech Hub\tCEO\tbusiness\tnot-an-address\tno\n"
                                            "\tUniversity\tProfessor\tacademia\t\tyes\n")
        assert not page.paste_rows()
        text = page.banner.text()
        window.close()
    expected = {"fr": ["Ligne 1, E-mail : « not-an-address » n’est pas une adresse e-mail.",
                       "Ligne 2, Nom : Le nom du participant ne doit pas être vide."],
                "de": ["Zeile 1, E-Mail: „not-an-address“ ist keine E-Mail-Adresse.",
                       "Zeile 2, Name: Der Name der teilnehmenden Person darf nicht leer sein."]}[language]
    assert all(line in text for line in expected), text
    assert english_left(text) == [], text


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_refused_form_field_speaks_the_window_language(qtbot: Any, db: Database, language: str) -> None:
    """Emptying the city's name and typing a workshop title with a control character are refused beside the
    fields in French or German, with no English words."""
    workshop = make_workshop(db)
    with ui_language(language):
        window = open_window(qtbot, db, workshop.id, page="city")
        page: Any = window.pages["city"]
        assert not page._save("city", "name", "   ")
        assert not page._save("workshop", "title", "Needs\x00assessment")
        shown = [page._errors[("city", "name")].text(), page._errors[("workshop", "title")].text()]
        window.close()
    expected = {"fr": ["Le nom de la ville ne doit pas être vide.",
                       "Ne doit pas contenir de caractères de contrôle (tabulation, saut de ligne, NUL…)."],
                "de": ["Der Name der Stadt darf nicht leer sein.",
                       "Darf keine Steuerzeichen enthalten (etwa Tabulator, Zeilenumbruch oder NUL)."]}[language]
    assert shown == expected
    assert all(english_left(text) == [] for text in shown), shown
