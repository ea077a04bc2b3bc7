"""The core's problem messages: every one in the registry, every one in French and German."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from sqlmodel import select

from icc_desktop import messages
from icc_desktop.errors import ValidationError
from icc_desktop.messages import MESSAGES, TERMS, placeholders, problem, problem_text
from icc_desktop.models import Action, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database

PACKAGE = Path(messages.__file__).resolve().parent
CORE_MODULES = [*sorted((PACKAGE / "services").glob("*.py")), PACKAGE / "exports" / "template.py",
                PACKAGE / "exports" / "progress_book.py",
                *sorted((PACKAGE / "models").glob("*.py"))]
"""Where the problems a user meets while editing or importing a template are made."""

RESERVED = {"sheet", "row", "column", "field"}
"""Keywords of `problem()` itself: a template cannot use them as placeholders."""


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_french_and_german_with_the_same_placeholders(key: str) -> None:
    """Each message of the registry has a French and a German text filling in the same placeholders."""
    english, french, german = MESSAGES[key]
    for text in (french, german):
        worded = re.sub(r"\{[^}]*\}", "", english).strip(" :")  # "{problem}" alone has no words to translate
        assert text.strip() and (text != english or not worded), f"{key}: not translated"
        assert placeholders(text) == placeholders(english), f"{key}: {text!r} does not fill what {english!r} does"
    if not key.startswith("where_"):  # where a problem is: rendered from the problem's own fields
        assert not placeholders(english) & RESERVED, f"{key}: a placeholder named like a keyword of problem()"


def test_every_term_has_french_and_german() -> None:
    """Each noun a message may take (a label, an entity) is in French and German."""
    missing = [key for key, (_, french, german) in TERMS.items() if not french.strip() or not german.strip()]
    assert missing == []


def _calls(path: Path) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Call)]


def _name(call: ast.Call) -> str:
    return call.func.id if isinstance(call.func, ast.Name) else call.func.attr if isinstance(call.func, ast.Attribute) else ""


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: p.name)
def test_core_problems_are_made_from_the_registry(path: Path) -> None:
    """No problem of the core is written as a bare English text: each names a key of the registry that exists,
    so a new message without French and German fails the test above, not a facilitator's window."""
    bare, unknown = [], []
    for call in _calls(path):
        name = _name(call)
        message = (call.args[1:2] if name in ("Problem", "ImportProblem")
                   else call.args[:1] if name in ("ValidationError", "TemplateError", "_problem") else [])
        if any(isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant) and isinstance(arg.value, str))
               for arg in message):
            bare.append(f"{path.name}:{call.lineno}")
        if name == "problem" and len(call.args) >= 2:
            key = call.args[1]
            if isinstance(key, ast.Constant) and key.value not in MESSAGES:
                unknown.append(f"{path.name}:{call.lineno}")
        if name == "_problem" and call.args and isinstance(call.args[0], ast.Tuple):
            key = call.args[0].elts[0]
            if isinstance(key, ast.Constant) and key.value not in MESSAGES:
                unknown.append(f"{path.name}:{call.lineno}")
        if name == "Term" and call.args:
            term = call.args[0]
            if isinstance(term, ast.Constant) and term.value not in TERMS:
                unknown.append(f"{path.name}:{call.lineno} Term")
        position = {"_parent": 4, "_same_workshop": 4, "_required_text": 2}.get(name)  # the noun the message takes
        if position is not None and len(call.args) > position:
            term = call.args[position]
            if not (isinstance(term, ast.Constant) and term.value in TERMS):
                unknown.append(f"{path.name}:{call.lineno} {name}")
    assert bare == [], "problems written without the registry"
    assert unknown == [], "problems naming a key the registry lacks"


def test_a_problem_keeps_its_english_message_and_renders_in_french_and_german() -> None:
    """`Problem.message` stays the English text; the same problem reads in French and German with the field labelled."""
    item = problem("percent_complete", "not_whole_number", value=30.5)
    assert str(item) == "percent_complete: must be a whole number, not 30.5."
    labels = {"percent_complete": "Pourcentage d’avancement"}
    assert problem_text(item, "fr", labels.__getitem__) == "Pourcentage d’avancement : doit être un nombre entier, pas 30.5."
    assert problem_text(item, "de", lambda f: "Fertigstellungsgrad (%)") == (
        "Fertigstellungsgrad (%): muss eine ganze Zahl sein, nicht 30.5.")


def test_a_refused_row_from_the_services_renders_in_french(demo_db: Database) -> None:
    """A real refusal of the services (an empty title, an action ending before it starts) carries keys that
    render in French with no English words left."""
    with demo_db.session() as session:
        workshop_id = session.exec(select(Workshop.id)).first()
    with pytest.raises(ValidationError) as caught:
        crud.create(demo_db, Action, workshop_id=workshop_id, title=" ", start_month=dt.date(2026, 5, 1),
                    end_month=dt.date(2026, 1, 1))
    texts = [problem_text(p, "fr", lambda f: f) for p in caught.value.problems]
    assert "title : Le titre de l’action ne doit pas être vide." in texts
    assert "end_month : l’action ne peut pas se terminer avant de commencer." in texts
    assert str(caught.value).splitlines()[0] == "title: The action's title must not be empty."


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_every_message_renders_with_its_parameters(language: str) -> None:
    """Each message fills in numbers, texts, terms, field names and stored values without an error in each language
    (a format spec such as `:,` in one language only would fail a user's refusal, not a test, without this)."""
    from icc_desktop.messages import FieldName, Shown, Term, render

    samples: list[object] = [12345, "a {brace} %1 text", Term("city"), FieldName("funding_source"), Shown(None),
                             Shown("x")]
    for key, (english, *_) in MESSAGES.items():
        for sample in samples:
            if isinstance(sample, str | Term | FieldName | Shown) and ":," in english:
                continue  # a count: always a number
            params = dict.fromkeys(placeholders(english), sample)
            assert render(key, params, language)


def test_every_roadmap_check_has_its_words_in_the_catalogue() -> None:
    """The window says each roadmap check with the report's `check_<kind>` text, filling the warning's parameters."""
    from icc_desktop.exports.i18n import CATALOGUE
    from icc_desktop.services.roadmap import CheckKind

    expected = {"missing_dates": {"action"}, "end_before_start": {"action", "start", "end"},
                "outside_horizon": {"action", "first", "last"}, "no_kpi": {"action"}, "need_not_covered": {"need"}}
    for kind in CheckKind:
        texts = CATALOGUE[f"check_{kind.value}"]
        assert all(placeholders(text) == expected[kind.value] for text in texts), kind


def test_a_row_refused_inside_a_file_keeps_its_english_and_renders_nested() -> None:
    """A row of a progress workbook refused by validation reads as before in English and wholly in French inside
    the file's location (the nested problem's field labelled too)."""
    inner = problem("percent_complete", "at_most", high=100, value=140)
    outer = problem("sheet “Actions”", "refused_action", sheet="Actions", title="Open data portal", problem=inner)
    assert str(outer) == "sheet “Actions”: Open data portal: percent_complete: must be at most 100, not 140."
    labels = {"percent_complete": "% fait"}
    assert problem_text(outer, "fr", labels.__getitem__) == (
        "feuille « Actions » : Open data portal : % fait : doit valoir au plus 100, pas 140.")


def test_a_code_outside_its_list_names_the_choices_by_their_labels() -> None:
    """A stakeholder group that is not one: the codes in English (what the command line takes), the groups'
    names in French."""
    from icc_desktop.models import StakeholderGroup
    from icc_desktop.services.validation import _one_of

    (item,) = _one_of({"stakeholder_group": "martians"}, "stakeholder_group", StakeholderGroup)
    assert item.message.startswith("'martians' is not one of: public_authority, business,")
    french = problem_text(item, "fr", lambda f: "Groupe d’acteurs")
    assert french.startswith("Groupe d’acteurs : « martians » ne fait pas partie des choix : Pouvoirs publics, "
                             "Entreprises,"), french


def test_a_capped_list_and_a_quoted_cell_keep_their_english_and_read_in_french() -> None:
    """The line counting the rest of a long list of stray rows names its rows in the UI's words; a stray formula is
    called one in French; the English is the command line's, unchanged."""
    from icc_desktop.exports.template import _capped, _problem, _shown
    from icc_desktop.exports.xlsx_reader import Formula

    stray = [_problem(("not_on_question_row", {"value": _shown(Formula("SUM(J2:J9)", None) if row == 44 else "note"),
                                               "comment_column": "L", "comment_header": "Comment"}),
                      "Assessment", row, 2, "Dimension") for row in range(40, 76)]
    capped = _capped(stray, "Assessment", "stray_rows")
    assert len(capped) == 6
    assert str(capped[-1]) == ("sheet “Assessment”, rows 45–75: and 31 more rows like these "
                               "(text outside the questions' rows).")
    assert problem_text(capped[-1], "fr") == ("feuille « Assessment », lignes 45 à 75 : et 31 autres lignes de ce "
                                              "genre (texte hors des lignes des questions).")
    assert str(capped[0]).startswith("sheet “Assessment”, row 40, column B (Dimension): “note” is not on a question's row")
    assert problem_text(capped[4], "fr").startswith(
        "feuille « Assessment », ligne 44, colonne B (Dimension) : une formule (SUM(J2:J9)) n’est pas sur la ligne")
