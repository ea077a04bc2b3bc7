"""The tables' own words (sheet names, column headers) in English, French and German.

The workbook, the ODS spreadsheet and the CSV README name their sheets and columns in the
export's language. The English words double as the stable keys the code (and the CSV files'
column names, which scripts and open-data portals rely on) use, so they never change with
the language; the translations here are only what a reader sees.
"""

from __future__ import annotations

from typing import Final

from icc_desktop.exports.i18n import LANGUAGES, check_language

SHEET_NAMES: Final[dict[str, tuple[str, str]]] = {
    "Cities": ("Villes", "Städte"),
    "Workshops": ("Ateliers", "Workshops"),
    "Participants": ("Participants", "Teilnehmende"),
    "Responses": ("Réponses", "Antworten"),
    "Scores": ("Scores", "Bewertungen"),
    "Needs": ("Besoins", "Bedarfe"),
    "Votes": ("Votes", "Stimmen"),
    "Objectives": ("Objectifs", "Ziele"),
    "Actions": ("Actions", "Maßnahmen"),
    "KPIs": ("Indicateurs", "Kennzahlen"),
    "Budget": ("Budget", "Budget"),
    "Timeline": ("Calendrier", "Zeitplan"),
    "Progress": ("Avancement", "Fortschritt"),
    "Progress notes": ("Notes d’avancement", "Fortschrittsnotizen"),
    "KPI measurements": ("Mesures des indicateurs", "Kennzahl-Messungen"),
    "Rounds": ("Cycles d’évaluation", "Bewertungsrunden"),
    "Summary": ("Synthèse", "Übersicht"),
    "Cohort": ("Cohorte", "Kohorte"),
    "Charts": ("Graphiques", "Diagramme"),
}
"""English sheet name (the key) -> (French, German). At most 26 characters: Excel allows 31, and a
sheet continued past the row limit adds " (2)"."""

HEADERS: Final[dict[str, tuple[str, str]]] = {
    "City": ("Ville", "Stadt"),
    "Country": ("Pays", "Land"),
    "Region": ("Région", "Region"),
    "Population": ("Population", "Einwohnerzahl"),
    "Edition": ("Édition", "Ausgabe"),
    "Role": ("Rôle", "Rolle"),
    "Notes": ("Remarques", "Anmerkungen"),
    "City id": ("Id de la ville", "Stadt-ID"),
    "Workshop": ("Atelier", "Workshop"),
    "Date": ("Date", "Datum"),
    "Venue": ("Lieu", "Ort"),
    "Facilitator": ("Animation", "Moderation"),
    "Status": ("Statut", "Status"),
    "Framework": ("Grille d’évaluation", "Bewertungsrahmen"),
    "Horizon (years)": ("Horizon (années)", "Horizont (Jahre)"),
    "Dots per participant": ("Votes par participant", "Punkte pro Person"),
    "Participants": ("Participants", "Teilnehmende"),
    "Vision": ("Vision", "Vision"),
    "Workshop id": ("Id de l’atelier", "Workshop-ID"),
    "Name": ("Nom", "Name"),
    "Organisation": ("Organisation", "Organisation"),
    "Stakeholder group": ("Groupe d’acteurs", "Akteursgruppe"),
    "E-mail": ("Courriel", "E-Mail"),
    "Consent to be named": ("Accepte d’être cité", "Nennung erlaubt"),
    "Participant id": ("Id du participant", "Personen-ID"),
    "Dimension": ("Dimension", "Dimension"),
    "Question code": ("Code de la question", "Fragecode"),
    "Question": ("Question", "Frage"),
    "Participant": ("Participant", "Person"),
    "Current level": ("Niveau actuel", "Aktuelle Stufe"),
    "Target level": ("Niveau visé", "Zielstufe"),
    "Gap": ("Écart", "Lücke"),
    "Evidence": ("Éléments de preuve", "Belege"),
    "Question id": ("Id de la question", "Frage-ID"),
    "Current": ("Actuel", "Aktuell"),
    "Target": ("Cible", "Ziel"),
    "Median current": ("Médiane actuelle", "Median aktuell"),
    "Median target": ("Médiane cible", "Median Ziel"),
    "Spread": ("Dispersion", "Streuung"),
    "Answers": ("Réponses", "Antworten"),
    "Unknown": ("Inconnues", "Unbekannt"),
    "Source": ("Source", "Quelle"),
    "Dimension id": ("Id de la dimension", "Dimensions-ID"),
    "Rank": ("Rang", "Rang"),
    "Need": ("Besoin", "Bedarf"),
    "Description": ("Description", "Beschreibung"),
    "Track": ("Thématique", "Themenfeld"),
    "Transversal service": ("Service transversal", "Querschnittsdienst"),
    "MoSCoW": ("MoSCoW", "MoSCoW"),
    "SWOT": ("SWOT", "SWOT"),
    "Dots": ("Votes", "Punkte"),
    "Impact": ("Impact", "Wirkung"),
    "Feasibility": ("Faisabilité", "Machbarkeit"),
    "Impact × feasibility": ("Impact × faisabilité", "Wirkung × Machbarkeit"),
    "Quadrant": ("Quadrant", "Quadrant"),
    "Need id": ("Id du besoin", "Bedarfs-ID"),
    "Vote id": ("Id du vote", "Stimmen-ID"),
    "No.": ("N°", "Nr."),
    "Objective": ("Objectif", "Ziel"),
    "Actions": ("Actions", "Maßnahmen"),
    "Budget": ("Budget", "Budget"),
    "Objective id": ("Id de l’objectif", "Ziel-ID"),
    "Action": ("Action", "Maßnahme"),
    "Lead organisation": ("Organisation pilote", "Federführung"),
    "Partners": ("Partenaires", "Partner"),
    "Start": ("Début", "Beginn"),
    "End": ("Fin", "Ende"),
    "Funding source": ("Source de financement", "Finanzierungsquelle"),
    "Quick win": ("Gain rapide", "Schneller Erfolg"),
    "Action id": ("Id de l’action", "Maßnahmen-ID"),
    "Action no.": ("N° d’action", "Maßnahme Nr."),
    "KPI": ("Indicateur", "Kennzahl"),
    "Unit": ("Unité", "Einheit"),
    "Baseline": ("Valeur de départ", "Basiswert"),
    "Target date": ("Date cible", "Zieldatum"),
    "KPI id": ("Id de l’indicateur", "Kennzahl-ID"),
    "Year": ("Année", "Jahr"),
    "Months": ("Mois", "Monate"),
    "% done": ("% réalisé", "% erledigt"),
    "Planned start": ("Début prévu", "Geplanter Beginn"),
    "Planned end": ("Fin prévue", "Geplantes Ende"),
    "Months late": ("Mois de retard", "Monate Verzug"),
    "Note": ("Note", "Notiz"),
    "Note id": ("Id de la note", "Notiz-ID"),
    "Better": ("Meilleur si", "Besser wenn"),
    "Value": ("Valeur", "Wert"),
    "Measurement id": ("Id de la mesure", "Messungs-ID"),
    "Round": ("Cycle", "Runde"),
    "Current change": ("Évolution du niveau", "Veränderung aktuell"),
    "Gap change": ("Évolution de l’écart", "Veränderung der Lücke"),
    "Workshops scored": ("Ateliers évalués", "Bewertete Workshops"),
    "Mean current": ("Moyenne actuelle", "Mittel aktuell"),
    "Mean target": ("Moyenne cible", "Mittel Ziel"),
    "Mean gap": ("Écart moyen", "Mittlere Lücke"),
}
"""English column header (the key) -> (French, German)."""


def _pick(table: dict[str, tuple[str, str]], english: str, language: str) -> str:
    check_language(language)
    if language == LANGUAGES[0]:
        return english
    return table[english][LANGUAGES.index(language) - 1]


def sheet_name(english: str, language: str) -> str:
    """A sheet's name in `language` (`KeyError` for a sheet nobody translated: a test keeps them all)."""
    return _pick(SHEET_NAMES, english, language)


def header(english: str, language: str) -> str:
    """A column's header in `language`."""
    return _pick(HEADERS, english, language)


__all__ = ["HEADERS", "SHEET_NAMES", "header", "sheet_name"]
