"""The core's problem messages in English, French and German: one registry, one way to show them.

A rule of the core (validation, the template import...) makes a `Problem` through `problem()`,
naming a key of `MESSAGES` and its parameters. `Problem.message` is the English text, what the
command line, the logs and the sync server show; the window renders the same problem in its
language with `problem_text()` (through `icc_desktop.ui.problems`, which labels fields as the
window does). A test checks every key has French and German with the same `{placeholders}`.

A parameter may itself be translated: a `Term` is a key of `TERMS` (a noun such as "the city's
name"), a `FieldName` a field shown as the window labels it, a `Problem` another problem (a row's
refusal inside a file's). Values the user typed stay as typed.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from typing import Any, Final

from icc_desktop.errors import Problem

LANGUAGES: Final = ("en", "fr", "de")

Texts = dict[str, tuple[str, str, str]]
"""Key → (English, French, German)."""


class Term(str):
    """A parameter that is a key of `TERMS`: shown in the message's language."""

    __slots__ = ()


class FieldName(str):
    """A parameter naming a field (`track`): shown as the window labels it, in English with spaces."""

    __slots__ = ()


class Shown:
    """A parameter that is a stored value (a level, a comment): "(empty)" in the message's language when empty,
    a text in quotes."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def text(self, language: str) -> str:
        """The value as the user reads it in `language`."""
        if self.value is None or self.value == "":
            return _SPELLED.get(language, _SPELLED["en"])
        if isinstance(self.value, str):
            return f"« {self.value} »" if language == "fr" else f"“{self.value}”"
        return str(self.value)

    def __str__(self) -> str:
        return self.text("en")


class Cell:
    """A parameter quoting a file's cell: typed text in quotes, a number as it is, a formula named as one.

    `kind` is "text" (quoted), "value" (a number or a date, as it is) or "formula" (`content` is its text).
    """

    __slots__ = ("content", "kind")

    def __init__(self, content: str, kind: str = "text") -> None:
        self.content, self.kind = content, kind

    def text(self, language: str) -> str:
        """The cell as a message in `language` quotes it."""
        if self.kind == "formula":
            word = {"fr": "une formule", "de": "eine Formel"}.get(language, "a formula")
            return f"{word} ({self.content})" if self.content else word
        if self.kind == "text":
            return f"« {self.content} »" if language == "fr" else f"“{self.content}”"
        return self.content

    def __str__(self) -> str:
        return self.text("en")


class Choices:
    """A parameter listing the codes a field accepts: the codes in English (what the command line takes), their
    labels from `vocabulary` in French and German."""

    __slots__ = ("codes", "list_name")

    def __init__(self, list_name: str, codes: list[str]) -> None:
        self.list_name, self.codes = list_name, codes

    def text(self, language: str) -> str:
        """The choices as the user reads them in `language`."""
        if language == "en":
            return ", ".join(self.codes)
        from icc_desktop import vocabulary

        return ", ".join(vocabulary.label(self.list_name, code, language) for code in self.codes)

    def __str__(self) -> str:
        return self.text("en")


TERMS: Final[Texts] = {
    # What must not be empty (the subject of a sentence)
    "city_name": ("The city's name", "Le nom de la ville", "Der Name der Stadt"),
    "workshop_title": ("The workshop's title", "Le titre de l’atelier", "Der Titel des Workshops"),
    "participant_name": ("The participant's name", "Le nom du participant", "Der Name der teilnehmenden Person"),
    "need_title": ("The need's title", "Le titre du besoin", "Der Titel des Bedarfs"),
    "objective_title": ("The objective's title", "Le titre de l’objectif", "Der Titel des Ziels"),
    "action_title": ("The action's title", "Le titre de l’action", "Der Titel der Maßnahme"),
    "kpi_name": ("The KPI's name", "Le nom de l’indicateur", "Der Name des KPI"),
    "round_label": ("The round's label", "Le libellé du cycle", "Die Bezeichnung der Runde"),
    "list": ("The list", "La liste", "Die Liste"),
    "code": ("The code", "Le code", "Der Code"),
    "label": ("The label", "Le libellé", "Die Bezeichnung"),
    # What a link points to
    "city": ("city", "ville", "Stadt"),
    "framework": ("framework", "cadre", "Rahmenwerk"),
    "workshop": ("workshop", "atelier", "Workshop"),
    "question": ("question", "question", "Frage"),
    "participant": ("participant", "participant", "teilnehmende Person"),
    "need": ("need", "besoin", "Bedarf"),
    "dimension": ("dimension", "dimension", "Dimension"),
    "objective": ("objective", "objectif", "Ziel"),
    "action": ("action", "action", "Maßnahme"),
    "KPI": ("KPI", "indicateur", "KPI"),
    "assessment round": ("assessment round", "cycle d’évaluation", "Bewertungsrunde"),
    # What a capped list of a file's problems counts
    "stray_rows": ("text outside the questions' rows", "texte hors des lignes des questions",
                   "Text außerhalb der Fragenzeilen"),
    "repeated_rows": ("questions listed more than once", "questions présentes plusieurs fois",
                      "mehrfach aufgeführte Fragen"),
    "edited_versions": ("versions changed by hand", "versions modifiées à la main", "von Hand geänderte Fassungen"),
}

MESSAGES: Final[Texts] = {
    # Where a problem is (a file's sheet, row and column; a pasted row)
    "where_sheet": ("sheet “{sheet}”", "feuille « {sheet} »", "Tabellenblatt „{sheet}“"),
    "where_row": ("row {row}", "ligne {row}", "Zeile {row}"),
    "where_rows": ("rows {first}–{last}", "lignes {first} à {last}", "Zeilen {first}–{last}"),
    "where_column": ("column {column}", "colonne {column}", "Spalte {column}"),
    "where_column_header": ("column {column} ({header})", "colonne {column} ({header})", "Spalte {column} ({header})"),
    # services.validation: the rules of every row
    "control_characters": (
        "must not contain control characters (such as a tab, a line break or NUL).",
        "ne doit pas contenir de caractères de contrôle (tabulation, saut de ligne, NUL…).",
        "darf keine Steuerzeichen enthalten (etwa Tabulator, Zeilenumbruch oder NUL).",
    ),
    "empty_text": ("{what} must not be empty.", "{what} ne doit pas être vide.", "{what} darf nicht leer sein."),
    "too_long": (
        "{what} is longer than {max_length} characters.",
        "{what} dépasse {max_length} caractères.",
        "{what} ist länger als {max_length} Zeichen.",
    ),
    "not_one_of": ("'{value}' is not one of: {codes}.", "« {value} » ne fait pas partie des choix : {codes}.",
                   "„{value}“ ist keine der Möglichkeiten: {codes}."),
    "bad_level": (
        "a level must be a whole number from 1 to 5 (or empty), not {value!r}.",
        "un niveau est un nombre entier de 1 à 5 (ou vide), pas {value!r}.",
        "eine Stufe ist eine ganze Zahl von 1 bis 5 (oder leer), nicht {value!r}.",
    ),
    "required": ("must not be empty.", "ne doit pas être vide.", "darf nicht leer sein."),
    "not_whole_number": ("must be a whole number, not {value!r}.", "doit être un nombre entier, pas {value!r}.",
                         "muss eine ganze Zahl sein, nicht {value!r}."),
    "at_least": ("must be at least {low}, not {value}.", "doit valoir au moins {low}, pas {value}.",
                 "muss mindestens {low} sein, nicht {value}."),
    "at_most": ("must be at most {high}, not {value}.", "doit valoir au plus {high}, pas {value}.",
                "darf höchstens {high} sein, nicht {value}."),
    "not_date": ("must be a date, not {value!r}.", "doit être une date, pas {value!r}.",
                 "muss ein Datum sein, nicht {value!r}."),
    "not_number": ("must be a number, not {value!r}.", "doit être un nombre, pas {value!r}.",
                   "muss eine Zahl sein, nicht {value!r}."),
    "no_such": ("no such {label}: {row_id!r}.", "{label} introuvable : {row_id!r}.",
                "{label} nicht gefunden: {row_id!r}."),
    "other_workshop": ("this {label} belongs to another workshop.", "ce choix ({label}) appartient à un autre atelier.",
                       "diese Auswahl ({label}) gehört zu einem anderen Workshop."),
    "not_in_list": ("'{value}' is not in the list of {list_name}s.",
                    "« {value} » ne figure pas dans la liste « {list_name} ».",
                    "„{value}“ steht nicht in der Liste „{list_name}“."),
    "bad_country": (
        "'{country}' is not an ISO 3166 two-letter country code (e.g. PL).",
        "« {country} » n’est pas un code pays ISO 3166 à deux lettres (par ex. PL).",
        "„{country}“ ist kein zweistelliger Ländercode nach ISO 3166 (z. B. PL).",
    ),
    "bad_email": ("'{email}' is not an e-mail address.", "« {email} » n’est pas une adresse e-mail.",
                  "„{email}“ ist keine E-Mail-Adresse."),
    "question_not_in_framework": (
        "this question is not in the workshop's framework.",
        "cette question ne fait pas partie du cadre de l’atelier.",
        "diese Frage gehört nicht zum Rahmenwerk des Workshops.",
    ),
    "dots_over_budget": (
        "this participant would use {used} dots; each has {budget}.",
        "ce participant utiliserait {used} gommettes ; chacun en a {budget}.",
        "diese Person würde {used} Punkte vergeben; jede hat {budget}.",
    ),
    "ends_before_start": ("the action cannot end before it starts.",
                          "l’action ne peut pas se terminer avant de commencer.",
                          "die Maßnahme kann nicht vor ihrem Beginn enden."),
    "round_before_workshop": ("a later round cannot be dated before the workshop.",
                              "un cycle ultérieur ne peut pas être daté avant l’atelier.",
                              "eine spätere Runde kann nicht vor dem Workshop datiert sein."),
    # services.crud and services.monitoring
    "no_field": ("{model} has no field '{name}'.", "{model} n’a pas de champ « {name} ».",
                 "{model} hat kein Feld „{name}“."),
    "erased": (
        "this participant's personal data was erased; it cannot be filled in again.",
        "les données personnelles de ce participant ont été effacées ; elles ne peuvent pas être saisies à nouveau.",
        "die personenbezogenen Daten dieser Person wurden gelöscht; sie können nicht erneut eingetragen werden.",
    ),
    "no_order": ("{model} rows have no order.", "les lignes {model} n’ont pas d’ordre.",
                 "Zeilen vom Typ {model} haben keine Reihenfolge."),
    "round_before_previous": (
        "a new round cannot be dated before round {label} ({date}).",
        "un nouveau cycle ne peut pas être daté avant le cycle {label} ({date}).",
        "eine neue Runde kann nicht vor Runde {label} ({date}) datiert sein.",
    ),
    # exports.template: the filled-in assessment template, read back
    "file_unreadable": ("cannot be read ({reason}).", "ne peut pas être lu ({reason}).",
                        "kann nicht gelesen werden ({reason})."),
    "not_a_file": ("is not a file.", "n’est pas un fichier.", "ist keine Datei."),
    "file_too_big": (
        "is {size} MB; a template is far smaller, so this is not one.",
        "fait {size} Mo ; un modèle est bien plus petit, ce n’en est donc pas un.",
        "ist {size} MB groß; eine Vorlage ist viel kleiner, dies ist also keine.",
    ),
    "not_zip": (
        "is not an .xlsx workbook (an .xlsx file is a zip package; this is not).",
        "n’est pas un classeur .xlsx (un fichier .xlsx est une archive zip ; celui-ci n’en est pas une).",
        "ist keine .xlsx-Arbeitsmappe (eine .xlsx-Datei ist ein Zip-Paket; diese nicht).",
    ),
    "too_many_parts": (
        "has {parts} parts; an .xlsx template has a few dozen.",
        "compte {parts} parties ; un modèle .xlsx en a quelques dizaines.",
        "hat {parts} Teile; eine .xlsx-Vorlage hat einige Dutzend.",
    ),
    "expands_too_much": ("would expand to {size} MB; refused unread.",
                         "ferait {size} Mo une fois décompressé ; refusé sans être lu.",
                         "würde entpackt {size} MB groß; ungelesen abgelehnt."),
    "zip_bomb": (
        "part {part} is compressed {ratio}:1, as in a zip bomb; refused unread.",
        "la partie {part} est compressée {ratio}:1, comme une bombe zip ; refusé sans être lu.",
        "der Teil {part} ist {ratio}:1 komprimiert wie eine Zip-Bombe; ungelesen abgelehnt.",
    ),
    "zip_not_xlsx": ("is a zip file but not an .xlsx workbook.",
                     "est une archive zip mais pas un classeur .xlsx.",
                     "ist eine Zip-Datei, aber keine .xlsx-Arbeitsmappe."),
    "macros": (
        "is a macro-enabled workbook; refused, macros are never imported. "
        "Save it as an Excel Workbook (.xlsx) and import that.",
        "est un classeur avec macros ; refusé, les macros ne sont jamais importées. "
        "Enregistrez-le comme classeur Excel (.xlsx) et importez celui-ci.",
        "ist eine Arbeitsmappe mit Makros; abgelehnt, Makros werden nie importiert. "
        "Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.",
    ),
    "dtd": ("part {part} declares a DTD; refused (xlsx files never do).",
            "la partie {part} déclare une DTD ; refusé (un fichier xlsx n’en déclare jamais).",
            "der Teil {part} deklariert eine DTD; abgelehnt (xlsx-Dateien tun das nie)."),
    "damaged_zip": ("is a damaged or unsupported zip package ({reason}).",
                    "est une archive zip endommagée ou non prise en charge ({reason}).",
                    "ist ein beschädigtes oder nicht unterstütztes Zip-Paket ({reason})."),
    "not_xlsx": ("cannot be read as an .xlsx workbook: {reason}.",
                 "ne peut pas être lu comme classeur .xlsx : {reason}.",
                 "kann nicht als .xlsx-Arbeitsmappe gelesen werden: {reason}."),
    "not_template": (
        "is not an ICC Workshop assessment template (its hidden “_icc” sheet is missing); "
        "make one with “Assessment template” for this workshop.",
        "n’est pas un modèle d’évaluation ICC Workshop (sa feuille masquée « _icc » manque) ; "
        "créez-en un avec « Modèle d’évaluation » pour cet atelier.",
        "ist keine Bewertungsvorlage von ICC Workshop (ihr verborgenes Blatt „_icc“ fehlt); "
        "erstellen Sie eine mit „Bewertungsvorlage“ für diesen Workshop.",
    ),
    "unknown_format": ("unknown template format {found}; expected {expected}.",
                       "format de modèle inconnu {found} ; attendu : {expected}.",
                       "unbekanntes Vorlagenformat {found}; erwartet: {expected}."),
    "format_missing": (
        "the template's format is missing (was the hidden sheet edited?); expected {expected}. "
        "Make a new template for this workshop.",
        "le format du modèle manque (la feuille masquée a-t-elle été modifiée ?) ; attendu : {expected}. "
        "Créez un nouveau modèle pour cet atelier.",
        "das Format der Vorlage fehlt (wurde das verborgene Blatt bearbeitet?); erwartet: {expected}. "
        "Erstellen Sie eine neue Vorlage für diesen Workshop.",
    ),
    "workshop_id_missing": (
        "its workshop id is missing from the hidden “{sheet_name}” sheet (was it edited?); nothing was imported. "
        "Make a new template for this workshop.",
        "l’identifiant de son atelier manque dans la feuille masquée « {sheet_name} » (a-t-elle été modifiée ?) ; "
        "rien n’a été importé. Créez un nouveau modèle pour cet atelier.",
        "die Workshop-ID fehlt im verborgenen Blatt „{sheet_name}“ (wurde es bearbeitet?); nichts wurde "
        "importiert. Erstellen Sie eine neue Vorlage für diesen Workshop.",
    ),
    "question_id_empty": (
        "the hidden question id is empty (was column A cleared?), so this row matches no question; "
        "make a new template, or copy column A back from one.",
        "l’identifiant masqué de la question est vide (la colonne A a-t-elle été effacée ?) : cette ligne ne "
        "correspond à aucune question ; créez un nouveau modèle, ou recopiez-y la colonne A d’un modèle.",
        "die verborgene Fragen-ID ist leer (wurde Spalte A geleert?), daher passt diese Zeile zu keiner Frage; "
        "erstellen Sie eine neue Vorlage oder kopieren Sie Spalte A aus einer zurück.",
    ),
    "not_on_question_row": (
        "{value} is not on a question's row (the import reads one row per question): delete it, or write it "
        "in column {comment_column} ({comment_header}) of a question's row.",
        "{value} n’est pas sur la ligne d’une question (l’import lit une ligne par question) : supprimez-le, "
        "ou écrivez-le en colonne {comment_column} ({comment_header}) de la ligne d’une question.",
        "{value} steht nicht in der Zeile einer Frage (der Import liest eine Zeile pro Frage): löschen Sie es "
        "oder schreiben Sie es in Spalte {comment_column} ({comment_header}) der Zeile einer Frage.",
    ),
    "more_rows": ("and {count} more rows like these ({kind}).", "et {count} autres lignes de ce genre ({kind}).",
                  "und {count} weitere Zeilen dieser Art ({kind})."),
    "other_workshop_file": (
        "is the template of another workshop ({other}), not of {city}: {title}; nothing was imported.",
        "est le modèle d’un autre atelier ({other}), pas de {city} : {title} ; rien n’a été importé.",
        "ist die Vorlage eines anderen Workshops ({other}), nicht von {city}: {title}; nichts wurde importiert.",
    ),
    "no_sheet": ("has no sheet “{sheet_name}” (was it renamed?).",
                 "n’a pas de feuille « {sheet_name} » (a-t-elle été renommée ?).",
                 "hat kein Tabellenblatt „{sheet_name}“ (wurde es umbenannt?)."),
    "bad_header": (
        "expected the header “{expected}”, found “{found}”; were columns added, removed or moved?",
        "en-tête attendu « {expected} », trouvé « {found} » ; des colonnes ont-elles été ajoutées, "
        "supprimées ou déplacées ?",
        "erwartet wurde die Überschrift „{expected}“, gefunden „{found}“; wurden Spalten hinzugefügt, "
        "entfernt oder verschoben?",
    ),
    "too_many_rows": ("more than {max_rows:,} rows; a template has one row per question.",
                      "plus de {max_rows} lignes ; un modèle a une ligne par question.",
                      "mehr als {max_rows} Zeilen; eine Vorlage hat eine Zeile pro Frage."),
    "unknown_question": (
        "unknown question {question}: not a question of this workshop’s framework "
        "(was the hidden column A changed, or a row added?).",
        "question inconnue {question} : elle n’est pas dans le cadre de cet atelier "
        "(la colonne masquée A a-t-elle été modifiée, ou une ligne ajoutée ?).",
        "unbekannte Frage {question}: keine Frage des Rahmenwerks dieses Workshops "
        "(wurde die verborgene Spalte A geändert oder eine Zeile hinzugefügt?).",
    ),
    "question_twice": (
        "question {code} appears twice (also on row {other_row}); keep one row per question.",
        "la question {code} figure deux fois (aussi ligne {other_row}) ; gardez une ligne par question.",
        "Frage {code} steht zweimal da (auch in Zeile {other_row}); behalten Sie nur eine Zeile pro Frage.",
    ),
    "formula": (
        "the cell holds a formula{shown}; type the value itself (a formula's result may be stale "
        "or missing, so it is never imported).",
        "la cellule contient une formule{shown} ; saisissez la valeur elle-même (le résultat d’une formule "
        "peut être périmé ou absent, il n’est donc jamais importé).",
        "die Zelle enthält eine Formel{shown}; geben Sie den Wert selbst ein (das Ergebnis einer Formel "
        "kann veraltet sein oder fehlen und wird daher nie importiert).",
    ),
    "not_a_level": ("“{value}” is not a level; pick 1 to 5 or leave the cell empty.",
                    "« {value} » n’est pas un niveau ; choisissez de 1 à 5 ou laissez la cellule vide.",
                    "„{value}“ ist keine Stufe; wählen Sie 1 bis 5 oder lassen Sie die Zelle leer."),
    "level_not_whole": ("{value} is not a whole number; a level is 1, 2, 3, 4 or 5.",
                        "{value} n’est pas un nombre entier ; un niveau vaut 1, 2, 3, 4 ou 5.",
                        "{value} ist keine ganze Zahl; eine Stufe ist 1, 2, 3, 4 oder 5."),
    "level_out_of_range": ("level {level} is out of range; use 1 to 5 or leave the cell empty.",
                           "le niveau {level} est hors limites ; utilisez 1 à 5 ou laissez la cellule vide.",
                           "Stufe {level} liegt außerhalb des Bereichs; nutzen Sie 1 bis 5 oder lassen Sie "
                           "die Zelle leer."),
    "cell_error": ("the cell shows the error {error}; type the comment as plain text.",
                   "la cellule affiche l’erreur {error} ; saisissez le commentaire en texte simple.",
                   "die Zelle zeigt den Fehler {error}; geben Sie den Kommentar als einfachen Text ein."),
    "comment_too_long": ("the comment has {length:,} characters; keep it under {max_length:,}.",
                         "le commentaire compte {length} caractères ; restez sous {max_length}.",
                         "der Kommentar hat {length} Zeichen; bleiben Sie unter {max_length}."),
    "not_a_comment": ("“{value}” cannot be read as a comment.",
                      "« {value} » ne peut pas être lu comme un commentaire.",
                      "„{value}“ kann nicht als Kommentar gelesen werden."),
    "base_missing": (
        "its hidden “{sheet_name}” sheet, which records the answers the template was made from, is missing; "
        "make a new template and fill that in.",
        "sa feuille masquée « {sheet_name} », qui garde les réponses d’origine du modèle, manque ; "
        "créez un nouveau modèle et remplissez celui-ci.",
        "sein verborgenes Blatt „{sheet_name}“, das die Ausgangsantworten der Vorlage festhält, fehlt; "
        "erstellen Sie eine neue Vorlage und füllen Sie diese aus.",
    ),
    "base_edited": ("the recorded version of an answer was changed by hand; make a new template.",
                    "la version enregistrée d’une réponse a été modifiée à la main ; créez un nouveau modèle.",
                    "die gespeicherte Fassung einer Antwort wurde von Hand geändert; erstellen Sie eine neue Vorlage."),
    "conflict": (
        "changed in the file to {file_value} and in the workshop to {database_value} since the template "
        "was made (was {base}).",
        "modifié dans le fichier en {file_value} et dans l’atelier en {database_value} depuis la création "
        "du modèle (valait {base}).",
        "seit Erstellung der Vorlage in der Datei zu {file_value} und im Workshop zu {database_value} "
        "geändert (war {base}).",
    ),
    "conflict_unknown_base": (
        "the file says {file_value}, the workshop {database_value}; this template is older than version "
        "tracking, so which is newer is unknown.",
        "le fichier indique {file_value}, l’atelier {database_value} ; ce modèle précède le suivi des "
        "versions, on ne sait donc pas lequel est le plus récent.",
        "die Datei sagt {file_value}, der Workshop {database_value}; diese Vorlage ist älter als die "
        "Versionsverfolgung, daher ist unbekannt, was neuer ist.",
    ),
    # exports.progress_book: the filled-in progress workbook, read back
    "not_progress_workbook": (
        "is not an ICC Workshop progress workbook (its hidden “_icc” sheet is missing); "
        "make one with “Progress workbook” for this workshop.",
        "n’est pas un classeur d’avancement ICC Workshop (sa feuille masquée « _icc » manque) ; "
        "créez-en un avec « Classeur d’avancement » pour cet atelier.",
        "ist keine Fortschrittsarbeitsmappe von ICC Workshop (ihr verborgenes Blatt „_icc“ fehlt); "
        "erstellen Sie eine mit „Fortschrittsarbeitsmappe“ für diesen Workshop.",
    ),
    "unknown_workbook_format": ("unknown workbook format {found!r}; expected {expected}.",
                                "format de classeur inconnu {found!r} ; attendu : {expected}.",
                                "unbekanntes Arbeitsmappenformat {found!r}; erwartet: {expected}."),
    "other_workshop_workbook": (
        "is the progress workbook of another workshop ({city}: {other}), not of {title}; nothing was imported.",
        "est le classeur d’avancement d’un autre atelier ({city} : {other}), pas de {title} ; rien n’a été importé.",
        "ist die Fortschrittsarbeitsmappe eines anderen Workshops ({city}: {other}), nicht von {title}; "
        "nichts wurde importiert.",
    ),
    "no_sheet_deleted": ("has no sheet “{sheet_name}” (was it renamed or deleted?).",
                         "n’a pas de feuille « {sheet_name} » (a-t-elle été renommée ou supprimée ?).",
                         "hat kein Tabellenblatt „{sheet_name}“ (wurde es umbenannt oder gelöscht?)."),
    "no_such_action_row": (
        "this row names no action of the workshop (was a row added or its hidden id changed?).",
        "cette ligne ne désigne aucune action de l’atelier (une ligne a-t-elle été ajoutée ou son "
        "identifiant masqué modifié ?).",
        "diese Zeile nennt keine Maßnahme des Workshops (wurde eine Zeile hinzugefügt oder ihre verborgene "
        "ID geändert?).",
    ),
    "action_twice": ("this action is listed twice.", "cette action figure deux fois.",
                     "diese Maßnahme steht zweimal da."),
    "cell_formula": ("holds a formula; type the value itself.",
                     "contient une formule ; saisissez la valeur elle-même.",
                     "enthält eine Formel; geben Sie den Wert selbst ein."),
    "cell_holds_error": ("holds the error {error}; type the value itself.",
                         "contient l’erreur {error} ; saisissez la valeur elle-même.",
                         "enthält den Fehler {error}; geben Sie den Wert selbst ein."),
    "not_a_status": ("“{value}” is not a status; pick one from the list.",
                     "« {value} » n’est pas un statut ; choisissez-en un dans la liste.",
                     "„{value}“ ist kein Status; wählen Sie einen aus der Liste."),
    "not_a_percent": ("“{value}” is not a whole number from 0 to 100.",
                      "« {value} » n’est pas un nombre entier de 0 à 100.",
                      "„{value}“ ist keine ganze Zahl von 0 bis 100."),
    "changed_both": (
        "changed in the workshop since this workbook was made (now {now!r}, was {before!r}) and in the "
        "workbook ({wanted!r}); make a new progress workbook, nothing was imported.",
        "modifié dans l’atelier depuis la création de ce classeur (maintenant {now!r}, avant {before!r}) et "
        "dans le classeur ({wanted!r}) ; créez un nouveau classeur d’avancement, rien n’a été importé.",
        "seit Erstellung dieser Arbeitsmappe im Workshop geändert (jetzt {now!r}, vorher {before!r}) und in "
        "der Arbeitsmappe ({wanted!r}); erstellen Sie eine neue Fortschrittsarbeitsmappe, nichts wurde importiert.",
    ),
    "note_too_long": ("the note is longer than {max_length} characters.",
                      "la note dépasse {max_length} caractères.",
                      "die Notiz ist länger als {max_length} Zeichen."),
    "not_a_date_cell": ("“{value}” is not a date (write it as 2025-03-31).",
                        "« {value} » n’est pas une date (écrivez-la 2025-03-31).",
                        "„{value}“ ist kein Datum (schreiben Sie es als 2025-03-31)."),
    "note_needs_date": ("a note needs its date.", "une note doit avoir sa date.", "eine Notiz braucht ihr Datum."),
    "no_such_kpi_row": ("this row names no KPI of the workshop.",
                        "cette ligne ne désigne aucun indicateur de l’atelier.",
                        "diese Zeile nennt keine Kennzahl des Workshops."),
    "not_a_number_cell": ("“{value}” is not a number.", "« {value} » n’est pas un nombre.",
                          "„{value}“ ist keine Zahl."),
    "refused_row": ("{problem}", "{problem}", "{problem}"),
    "refused_action": ("{title}: {problem}", "{title} : {problem}", "{title}: {problem}"),
    "stale_preview_one": (
        "1 answer changed since the preview was made; nothing was imported. Preview the import again.",
        "1 réponse a changé depuis l’aperçu ; rien n’a été importé. Refaites l’aperçu de l’import.",
        "1 Antwort hat sich seit der Vorschau geändert; nichts wurde importiert. Erstellen Sie die Vorschau erneut.",
    ),
    "stale_preview": (
        "{count} answers changed since the preview was made; nothing was imported. Preview the import again.",
        "{count} réponses ont changé depuis l’aperçu ; rien n’a été importé. Refaites l’aperçu de l’import.",
        "{count} Antworten haben sich seit der Vorschau geändert; nichts wurde importiert. "
        "Erstellen Sie die Vorschau erneut.",
    ),
}

_FIELD_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_SPELLED: Final = {"en": "(empty)", "fr": "(vide)", "de": "(leer)"}


def _index(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else 0


def _english_field(field: str) -> str:
    return field.replace("_", " ")


def render(key: str, params: Mapping[str, Any], language: str = "en",
           field_label: Callable[[str], str] = _english_field) -> str:
    """The message `key` with its parameters in `language` (English for a language not shipped)."""
    index = _index(language)
    shown = {
        name: (TERMS[value][index] if isinstance(value, Term)
               else field_label(value) if isinstance(value, FieldName)
               else value.text(language) if isinstance(value, Shown | Choices | Cell)
               else _nested(value, language, field_label) if isinstance(value, Problem) else value)
        for name, value in params.items()
    }
    return MESSAGES[key][index].format(**shown)


def _nested(item: Problem, language: str, field_label: Callable[[str], str]) -> str:
    # The English text (the command line's) names fields by code, as `str(problem)` always has.
    english = language == "en" and field_label is _english_field
    return str(item) if english else problem_text(item, language, field_label)


def problem(where: str, key: str, *, sheet: str = "", row: int | None = None, column: str | None = None,
            field: str = "", **params: Any) -> Problem:
    """A problem made from the registry: its English message, and what renders it in another language."""
    return Problem(where, render(key, params), sheet, row, column, key, params, field)


def located(item: Problem, where: str, *, row: int | None = None, field: str = "") -> Problem:
    """The same problem placed elsewhere (a row of a batch), its key and parameters kept."""
    return item._replace(where=where, row=row, field=field or item.field)


def location(item: Problem, language: str, field_label: Callable[[str], str] = _english_field) -> str:
    """Where a problem is, in `language`: sheet, row and column; a field as labelled; else as written."""
    if item.sheet or item.row is not None:
        parts = []
        if item.sheet:
            parts.append(render("where_sheet", {"sheet": item.sheet}, language))
        last = (item.params or {}).get("last_row")
        if item.row is not None and last is not None:
            parts.append(render("where_rows", {"first": item.row, "last": last}, language))
        elif item.row is not None:
            parts.append(render("where_row", {"row": item.row}, language))
        if item.column:
            header = (item.params or {}).get("header")
            parts.append(render("where_column_header", {"column": item.column, "header": header}, language)
                         if header else render("where_column", {"column": item.column}, language))
        if item.field:
            parts.append(field_label(item.field))
        return ", ".join(parts)
    if _FIELD_CODE.match(item.where):
        return field_label(item.where)
    return item.where


def problem_message(item: Problem, language: str, field_label: Callable[[str], str] = _english_field) -> str:
    """What is wrong, in `language` (the English message for a problem made without the registry)."""
    if not item.key or item.key not in MESSAGES:
        return item.message
    return render(item.key, item.params or {}, language, field_label)


def problem_text(item: Problem, language: str, field_label: Callable[[str], str] = _english_field) -> str:
    """A problem as one line in `language`: "where: what"."""
    where = location(item, language, field_label)
    message = problem_message(item, language, field_label)
    return labelled(where, message, language)


def labelled(where: str, message: str, language: str) -> str:
    """A message headed by where it applies: "where: what" (French sets a space before the colon)."""
    if not where:
        return message
    return f"{where}{' : ' if language == 'fr' else ': '}{message}"


def placeholders(template: str) -> set[str]:
    """The `{names}` a template fills in (format specs and conversions aside)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
