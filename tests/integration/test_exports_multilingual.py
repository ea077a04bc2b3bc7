"""The PDF and the template speak the reader's language all the way, framework texts included."""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from icc_desktop.exports.pdf import export_pdf
from icc_desktop.exports.template import write_template
from icc_desktop.models import Dimension, Question
from icc_desktop.services.workshops import set_response
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    pdf_text,
    small_db,
)

FRENCH = {"dimension": "Pilotage et gouvernance de l’écosystème numérique local",
          "question": "La ville a-t-elle une stratégie pour la transformation numérique de son économie et de sa "
                      "société locales ?",
          "level": "Il n’existe pas de stratégie numérique ; les initiatives sont ponctuelles."}
GERMAN = {"dimension": "Führung und Steuerung des lokalen digitalen Ökosystems",
          "question": "Hat die Stadt eine Strategie für die digitale Transformation ihrer lokalen Wirtschaft und "
                      "Gesellschaft?",
          "level": "Es gibt keine Digitalstrategie; Initiativen entstehen spontan."}


@pytest.mark.parametrize("language, words", [("fr", FRENCH), ("de", GERMAN)])
def test_template_in_french_and_german(small_db: tuple[Database, SmallWorkshop], tmp_path: Path, language: str,
                                       words: dict[str, str]) -> None:
    """The template's dimension, question and level columns are in the template's language."""
    db, small = small_db
    book = load_workbook(write_template(db, small.workshop_id, tmp_path / "t.xlsx", language=language))
    sheet = book.worksheets[1]
    first = [c.value for c in sheet[2]]
    assert first[1:5:2] == [words["dimension"], words["question"]] and first[4] == words["level"]


def test_edited_question_is_shown_as_typed(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """A question the facilitator reworded is shown as typed in every language (its translation would be wrong)."""
    db, small = small_db
    with db.session() as session:
        question = session.get(Question, small.questions[0].id)
        question.text = "Has Iași adopted its own smart city strategy?"
        session.add(question)
    book = load_workbook(write_template(db, small.workshop_id, tmp_path / "t.xlsx", language="de"))
    assert book.worksheets[1]["D2"].value == "Has Iași adopted its own smart city strategy?"


@pytest.mark.parametrize("language, words", [("fr", FRENCH), ("de", GERMAN)])
def test_pdf_framework_texts_in_french_and_german(small_db: tuple[Database, SmallWorkshop], tmp_path: Path,
                                                  language: str, words: dict[str, str]) -> None:
    """The PDF's score table, radar and gap table name dimensions and questions in the document's language."""
    db, small = small_db
    set_response(db, small.workshop_id, small.questions[0].id, current_level=1, target_level=5)
    text = " ".join(pdf_text(export_pdf(db, small.workshop_id, tmp_path / "r.pdf", language=language)).split())
    with db.session() as session:
        english = session.get(Dimension, small.questions[0].dimension_id).name
    assert words["dimension"].split()[0] in text and english not in text
    assert words["question"][:40] in text
