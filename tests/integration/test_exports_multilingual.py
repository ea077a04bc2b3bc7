"""The PDF, the template, the workbooks, ODS and CSV speak the reader's language all the way, framework texts included."""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from icc_desktop import cli
from icc_desktop.exports.i18n import CATALOGUE, LANGUAGES, Translator
from icc_desktop.exports.opendata import export_csv, export_ods
from icc_desktop.exports.pdf import export_pdf
from icc_desktop.exports.sheet_words import HEADERS, SHEET_NAMES, header, sheet_name
from icc_desktop.exports.template import write_template
from icc_desktop.exports.xlsx import SHEETS, export_all, export_workbook
from icc_desktop.models import Dimension, Question
from icc_desktop.services.demo import _content, generate_demo
from icc_desktop.services.multilingual import _frameworks, framework_texts, reference_texts
from icc_desktop.services.workshops import list_workshops, set_response
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    pdf_text,
    small_db,
)

SHIPPED_FRAMEWORKS = list(_frameworks())

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


def _english_words(language: str) -> set[str]:
    """Every word of the app's own English vocabulary that reads differently in `language` (the tell-tale
    of an untranslated label): report catalogue, sheet names, headers, shipped reference labels, framework texts."""
    index = LANGUAGES.index(language)
    words = {texts[0] for texts in CATALOGUE.values() if texts[index] != texts[0] and "{" not in texts[0]}
    words |= {english for english, texts in (*SHEET_NAMES.items(), *HEADERS.items()) if texts[index - 1] != english}
    for texts in (reference_texts(), *(framework_texts(*shipped) for shipped in SHIPPED_FRAMEWORKS)):
        for entry in texts._texts.values():
            if entry.get(language, entry["en"]) != entry["en"]:
                words.add(entry["en"])
    return {w for w in words if len(w) > 2}


def _cells(path: Path) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) of every text cell of a workbook."""
    book = load_workbook(path, read_only=True)
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found.append((sheet.title, getattr(cell, "coordinate", "?"), cell.value))
    return found


@pytest.mark.parametrize("language", ["fr", "de"])
@pytest.mark.parametrize("every", [False, True])
def test_workbook_in_french_and_german(small_db: tuple[Database, SmallWorkshop], tmp_path: Path, language: str,
                                       every: bool) -> None:
    """Sheet names, headers, labels and chart titles of a workbook follow its language: no English label left."""
    db, small = small_db
    path = tmp_path / f"w-{language}.xlsx"
    if every:
        export_all(db, path, language=language)
    else:
        export_workbook(db, small.workshop_id, path, language=language)
    book = load_workbook(path, read_only=True)
    expected = [sheet_name(name, language) for name in SHEETS]
    assert [title for title in book.sheetnames if title in expected] == expected
    headers = [c.value for c in next(book[sheet_name("Actions", language)].iter_rows(max_row=1))]
    assert headers == [header(c.key, language) for c in SHEETS["Actions"]]
    english = _english_words(language)
    leftovers = [(sheet, cell, text) for sheet, cell, text in _cells(path) if text in english]
    assert leftovers == []
    export_workbook(db, small.workshop_id, tmp_path / "en.xlsx")  # the check sees English where it is
    assert len([text for _, _, text in _cells(tmp_path / "en.xlsx") if text in english]) > 20
    with zipfile.ZipFile(path) as package:
        charts = " ".join(package.read(n).decode() for n in package.namelist() if n.startswith("xl/charts/"))
        properties = package.read("docProps/core.xml").decode()
    assert charts and not [w for w in ("Maturity:", "Dots per need", "Programme:", ">Current<", ">Target<")
                           if w in charts]
    assert f">{language}</dc:language>" in properties


@pytest.mark.parametrize("language", ["fr", "de"])
def test_ods_and_csv_in_french_and_german(small_db: tuple[Database, SmallWorkshop], tmp_path: Path,
                                          language: str) -> None:
    """The ODS names its tables and columns in its language; the CSV keeps English column keys (scripts
    rely on them) but its README, data package titles and labels are in the export's language."""
    db, small = small_db
    content = zipfile.ZipFile(export_ods(db, small.workshop_id, tmp_path / "w.ods", language=language)).read(
        "content.xml").decode()
    assert all(f'table:name="{sheet_name(name, language)}"' in content for name in SHEETS)
    assert f"<text:p>{header('Lead organisation', language)}</text:p>" in content
    assert "<text:p>Lead organisation</text:p>" not in content
    assert "<text:p>Must have</text:p>" not in content and f"<text:p>{Translator(language).code('moscow', 'must')}" \
        in content
    folder = export_csv(db, tmp_path / "csv", workshop_id=small.workshop_id, language=language)
    first_line = (folder / "actions.csv").read_text(encoding="utf-8").splitlines()[0]
    assert first_line.split(",")[:4] == ["City", "Workshop", "No.", "Objective"]
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    for english in ("Format: UTF-8, comma-separated", "text as typed", "whole number", "rows)"):
        assert english not in readme
    assert f"Lead organisation: {header('Lead organisation', language)}" in readme
    assert not [line for line in readme.splitlines() if re.search(r"\w-$", line)]  # no "d’en-" / "tête" breaks
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["languages"] == [language]
    fields = {f["name"]: f for r in package["resources"] for f in r["schema"]["fields"]}
    assert fields["Funding source"]["title"] == header("Funding source", language)
    assert "in English" not in fields["Funding source"]["description"]
    needs = (folder / "needs.csv").read_text(encoding="utf-8")
    assert "Must have" not in needs and Translator(language).code("moscow", "must") in needs


def test_cli_exports_take_a_language(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """`export xlsx|ods|csv --language` reaches the files; a language not shipped is a usage error (exit 2)."""
    db, small = small_db
    base = ["--workshop", small.workshop_id[:8], "--db", str(db.path), "--language", "de"]
    assert cli.main(["export", "xlsx", *base, "-o", str(tmp_path / "w.xlsx")]) == 0
    assert "Maßnahmen" in load_workbook(tmp_path / "w.xlsx", read_only=True).sheetnames
    assert cli.main(["export", "ods", *base, "-o", str(tmp_path / "w.ods")]) == 0
    assert 'table:name="Maßnahmen"' in zipfile.ZipFile(tmp_path / "w.ods").read("content.xml").decode()
    assert cli.main(["export", "csv", *base, "-o", str(tmp_path / "csv")]) == 0
    assert "Maßnahmen" in (tmp_path / "csv" / "README.txt").read_text(encoding="utf-8")
    assert cli.main(["export", "xlsx", "--all", "--db", str(db.path), "--language", "it",
                     "-o", str(tmp_path / "x.xlsx")]) == 2


_NAMES = ("Intelligent Cities Challenge", "ICC Workshop")
"""Names kept in every language (the programme, the app)."""


def _demo_texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("swot", "quick_win", "months", "baseline", "target", "measure"):
                yield from _demo_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _demo_texts(item)


def english_phrases(language: str) -> set[str]:
    """The English of the report catalogue and of the demo texts that reads differently in `language`: the
    literal pieces between placeholders, at least four characters, that the translation does not contain."""
    index = LANGUAGES.index(language)
    pairs = [(texts[0], texts[index]) for texts in CATALOGUE.values()]
    english, local = _content("en"), _content(language)
    for key in ("needs", "swot_needs", "objectives", "actions", "kpis", "visions", "workshop_titles",
                "organisations", "roles", "venue"):
        pairs += list(zip(_demo_texts(english[key]), _demo_texts(local[key]), strict=True))
    every_translation = " ".join(b for _, b in pairs)
    return {piece for a, b in pairs if a != b for piece in (p.strip(" .,:;()–-“”\"") for p in re.split(r"\{[^}]*\}", a))
            if len(piece) >= 4 and piece not in every_translation}


@pytest.fixture(scope="module")
def demo_in(tmp_path_factory: pytest.TempPathFactory, _empty_db_file: Path) -> Any:
    """A two-city demo made in a language (one database per language, made once for the module)."""
    made: dict[str, tuple[Database, list[str]]] = {}

    def make(language: str) -> tuple[Database, list[str]]:
        if language not in made:
            path = tmp_path_factory.mktemp(f"demo-{language}") / "demo.sqlite"
            shutil.copyfile(_empty_db_file, path)
            db = Database.open(path)
            generate_demo(db, cities=2, seed=3, language=language)
            made[language] = (db, [w.id for w in list_workshops(db)])
        return made[language]

    yield make
    for db, _ in made.values():
        db.close()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_french_and_german_documents_hold_no_english(demo_in: Any, tmp_path: Path, language: str) -> None:
    """A French or German PDF of a demo made in that language holds no phrase of the English catalogue or of the
    English demo texts (names aside): not a label, a heading, a chart word, a need or an action."""
    db, workshops = demo_in(language)
    phrases = english_phrases(language)
    assert len(phrases) > 500
    for workshop_id in workshops:
        text = pdf_text(export_pdf(db, workshop_id, tmp_path / f"{workshop_id}.pdf", language=language))
        places = [c[key] for c in _content("en")["cities"] for key in ("name", "region") if c.get(key)]
        for name in (*_NAMES, *sorted(places, key=len, reverse=True)):  # "Region Midtjylland" is a name
            text = text.replace(name, "")
        found = [p for p in phrases if re.search(r"(?<![\w’'])" + re.escape(p) + r"(?![\w’'])", text)]
        assert found == []
    english = pdf_text(export_pdf(db, workshops[0], tmp_path / "en.pdf", language="en"))
    assert len([p for p in phrases if p in english]) > 50  # the check sees English where it is


@pytest.mark.parametrize("language", ["fr", "de"])
def test_french_and_german_workbooks_of_a_demo_hold_no_english(demo_in: Any, tmp_path: Path, language: str) -> None:
    """Every text cell of the French or German workbook of a demo made in that language is free of English
    labels and demo texts."""
    db, workshops = demo_in(language)
    path = export_workbook(db, workshops[0], tmp_path / "w.xlsx", language=language)
    english = _english_words(language) | english_phrases(language)
    assert [(sheet, cell, text) for sheet, cell, text in _cells(path) if text in english] == []


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_header_rows_are_tall_enough_for_their_wrapped_headers(small_db: tuple[Database, SmallWorkshop],
                                                               tmp_path: Path, language: str) -> None:
    """Every sheet's header row says its height, enough lines for its longest wrapped header (LibreOffice
    printed "Votes par participant" and "Horizon (années)" cut in half in a one-line row)."""
    db, small = small_db
    book = load_workbook(export_workbook(db, small.workshop_id, tmp_path / "w.xlsx", language=language))
    for name, columns in SHEETS.items():
        sheet = book[sheet_name(name, language)]
        needed = max(len(textwrap.wrap(header(c.key, language), max(4, int((c.width - 1) / 1.2)))) for c in columns)
        assert sheet.row_dimensions[1].height >= 15 * needed, name
    assert book[sheet_name("Workshops", language)].row_dimensions[1].height >= 30


TWO_DIGIT_YEAR = re.compile(r"(?<![\d./-])\d{1,2}([./-])\d{1,2}\1\d{2}(?![\d./-])")
"""A short date whose year has two digits: 06.12.26, 6/12/26."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_write_every_date_with_a_four_digit_year(small_db: tuple[Database, SmallWorkshop], tmp_path: Path,
                                                           language: str) -> None:
    """The PDF's dates read with four-digit years, and every date cell of the workbooks (the workshop's and
    the progress workbook) is formatted with a four-digit year, in English, French and German."""
    from icc_desktop.exports.progress_book import write_progress_workbook

    db, small = small_db
    text = pdf_text(export_pdf(db, small.workshop_id, tmp_path / "r.pdf", language=language))
    assert not TWO_DIGIT_YEAR.search(text), TWO_DIGIT_YEAR.search(text)
    assert Translator(language).date(dt.date(2024, 3, 15)).endswith("2024")  # the one way the documents write a day
    for book_path in (export_workbook(db, small.workshop_id, tmp_path / "w.xlsx", language=language),
                      write_progress_workbook(db, small.workshop_id, tmp_path / "p.xlsx", language=language)):
        dates = 0
        for sheet in load_workbook(book_path).worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.is_date:
                        dates += 1
                        assert "yyyy" in cell.number_format.lower(), (book_path.name, sheet.title, cell.coordinate,
                                                                      cell.number_format)
                    elif isinstance(cell.value, str):
                        assert not TWO_DIGIT_YEAR.search(cell.value), (sheet.title, cell.coordinate, cell.value)
        assert dates, book_path.name
