"""The report's own words in English, French and German, and the way numbers and dates are written.

The exports run without Qt, so they cannot use Qt's translation files; this small catalogue is
the one place their words live. Every key has all three languages (a test checks it, and that
the `{placeholders}` agree). Data the users typed (city names, needs, actions) and the
texts of the shipped frameworks and reference lists come from their own multilingual data
(`services.multilingual`), translated as long as nobody edited them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from icc_desktop import vocabulary
from icc_desktop.services.multilingual import reference_texts

LANGUAGES: Final = ("en", "fr", "de")
"""The languages a report can be written in."""

# French thousands separator, and the space before € or %: a no-break space, which ReportLab
# never breaks a line at (it does break at the narrow U+202F that French typography prefers).
_NBSP = "\u00a0"

# key -> (English, French, German)
CATALOGUE: Final[dict[str, tuple[str, str, str]]] = {
    # Cover, running header and footer
    "doc_title": ("Strategy and roadmap", "Stratégie et feuille de route", "Strategie und Roadmap"),
    "programme": ("Intelligent Cities Challenge", "Intelligent Cities Challenge", "Intelligent Cities Challenge"),
    "cover_workshop": ("Workshop", "Atelier", "Workshop"),
    "cover_date": ("Date", "Date", "Datum"),
    "cover_facilitator": ("Facilitator", "Animation", "Moderation"),
    "cover_venue": ("Venue", "Lieu", "Ort"),
    "generated": (
        "Generated on {date} with ICC Workshop {version}.",
        "Document produit le {date} avec ICC Workshop {version}.",
        "Erstellt am {date} mit ICC Workshop {version}.",
    ),
    "contents": ("Contents", "Sommaire", "Inhalt"),
    "page_of": ("Page {page} of {pages}", "Page {page} sur {pages}", "Seite {page} von {pages}"),
    "not_given": ("not given", "non renseigné", "nicht angegeben"),
    "in_english": ("(in English)", "(en anglais)", "(auf Englisch)"),
    "none_mark": ("–", "–", "–"),
    # Section titles
    "sec_profile": ("City profile", "Profil de la ville", "Stadtprofil"),
    "sec_participants": ("Who took part", "Qui a participé", "Wer teilgenommen hat"),
    "sec_assessment": ("Maturity assessment", "Évaluation de la maturité", "Reifegradbewertung"),
    "sec_needs": ("Needs and priorities", "Besoins et priorités", "Bedarfe und Prioritäten"),
    "sec_vision": ("Vision and objectives", "Vision et objectifs", "Vision und Ziele"),
    "sec_roadmap": ("Roadmap", "Feuille de route", "Roadmap"),
    "sec_timeline": ("Timeline", "Calendrier", "Zeitplan"),
    "sec_kpis": ("Key performance indicators", "Indicateurs clés de performance", "Leistungskennzahlen"),
    "sec_budget": ("Budget by funding source", "Budget par source de financement", "Budget nach Finanzierungsquelle"),
    "sec_checks": ("Roadmap checks", "Contrôles de la feuille de route", "Prüfung der Roadmap"),
    # City profile
    "profile_city": ("City", "Ville", "Stadt"),
    "profile_country": ("Country", "Pays", "Land"),
    "profile_region": ("Region", "Région", "Region"),
    "profile_population": ("Population", "Population", "Einwohnerzahl"),
    "profile_edition": ("Challenge edition", "Édition du programme", "Ausgabe des Programms"),
    "profile_role": ("Role in the challenge", "Rôle dans le programme", "Rolle im Programm"),
    "profile_notes": ("Notes", "Remarques", "Anmerkungen"),
    "profile_workshop": ("The workshop", "L’atelier", "Der Workshop"),
    "profile_title": ("Title", "Titre", "Titel"),
    "profile_status": ("Status", "Statut", "Status"),
    "profile_framework": ("Assessment framework", "Grille d’évaluation", "Bewertungsrahmen"),
    "profile_horizon": ("Roadmap horizon", "Horizon de la feuille de route", "Zeithorizont der Roadmap"),
    "horizon_value": (
        "{years} years ({first} to {last})",
        "{years} ans (de {first} à {last})",
        "{years} Jahre ({first} bis {last})",
    ),
    # Participants
    "participants_intro": (
        "Taking part: {people} from {groups} of the quadruple helix.",
        "Participation : {people} issues de {groups} de la quadruple hélice.",
        "Teilnahme: {people} aus {groups} der Quadruple Helix.",
    ),
    "n_people": ("{count} people", "{count} personnes", "{count} Personen"),
    "n_people_one": ("1 person", "1 personne", "1 Person"),
    "n_groups": ("{count} stakeholder groups", "{count} groupes d’acteurs", "{count} Akteursgruppen"),
    "n_groups_one": ("1 stakeholder group", "1 groupe d’acteurs", "1 Akteursgruppe"),
    "n_actions": ("{count} actions", "{count} actions", "{count} Maßnahmen"),
    "n_actions_one": ("1 action", "1 action", "1 Maßnahme"),
    "n_objectives": ("{count} objectives", "{count} objectifs", "{count} Ziele"),
    "n_objectives_one": ("1 objective", "1 objectif", "1 Ziel"),
    "participants_consent": (
        "Names are listed only for participants who agreed to be named.",
        "Seuls les noms des participants qui ont accepté d’être cités figurent ici.",
        "Namen stehen nur bei Teilnehmenden, die einer Nennung zugestimmt haben.",
    ),
    "participants_none": ("No participants were recorded.", "Aucun participant n’a été enregistré.", "Es wurden keine Teilnehmenden erfasst."),
    "col_group": ("Stakeholder group", "Groupe d’acteurs", "Akteursgruppe"),
    "col_people": ("People", "Personnes", "Personen"),
    "col_named": ("Named participants", "Participants cités", "Namentlich genannt"),
    "not_named": (
        "and {count} more who did not agree to be named.",
        "et {count} autres qui n’ont pas souhaité être cités.",
        "und {count} weitere, die nicht genannt werden wollten.",
    ),
    "not_named_one": (
        "and 1 more who did not agree to be named.",
        "et 1 autre personne qui n’a pas souhaité être citée.",
        "und 1 weitere Person, die nicht genannt werden wollte.",
    ),
    "nobody_named": (
        "{count} people, none of whom agreed to be named.",
        "{count} personnes, dont aucune n’a souhaité être citée.",
        "{count} Personen, von denen niemand genannt werden wollte.",
    ),
    "nobody_named_one": (
        "1 person, who did not agree to be named.",
        "1 personne, qui n’a pas souhaité être citée.",
        "1 Person, die nicht genannt werden wollte.",
    ),
    "total": ("Total", "Total", "Summe"),
    # Assessment
    "assessment_intro": (
        "The group agreed a current and a target level for each question of the “{framework}” framework, "
        "from 1 (initial) to 5 (leading). Scores are the mean level per dimension; the gap is target minus current.",
        "Le groupe a fixé un niveau actuel et un niveau visé pour chaque question de la grille « {framework} », "
        "de 1 (initial) à 5 (avancé). Les scores sont le niveau moyen par dimension ; l’écart est le niveau visé moins le niveau actuel.",
        "Die Gruppe hat für jede Frage des Rahmens „{framework}“ einen aktuellen und einen Zielwert festgelegt, "
        "von 1 (Anfang) bis 5 (führend). Die Werte sind Mittelwerte je Dimension; die Lücke ist Ziel minus aktueller Stand.",
    ),
    "assessment_individual": (
        "No consensus was recorded, so the scores are the mean of the participants’ individual answers ({answers} answers).",
        "Aucun consensus n’a été enregistré : les scores sont la moyenne des réponses individuelles ({answers} réponses).",
        "Es wurde kein Konsens erfasst; die Werte sind Mittelwerte der Einzelantworten ({answers} Antworten).",
    ),
    "assessment_none": ("No assessment was recorded yet.", "Aucune évaluation n’a encore été enregistrée.", "Es wurde noch keine Bewertung erfasst."),
    "radar_title": ("Maturity by dimension", "Maturité par dimension", "Reifegrad je Dimension"),
    # Alternative texts of the charts (read aloud by screen readers): what each chart shows, with its numbers
    "alt_radar": (
        "Radar chart of the maturity by dimension, current and target level on a scale of 1 to 5: {values}.",
        "Graphique radar de la maturité par dimension, niveau actuel et niveau visé sur une échelle de 1 à 5 : {values}.",
        "Netzdiagramm des Reifegrads je Dimension, aktuelle Stufe und Zielstufe auf einer Skala von 1 bis 5: {values}.",
    ),
    "alt_radar_axis": ("{name}: current {current}, target {target}", "{name} : actuel {current}, visé {target}",
                       "{name}: aktuell {current}, Ziel {target}"),
    "alt_votes": ("Bar chart of the dots each need received: {values}.",
                  "Diagramme en barres des votes reçus par chaque besoin : {values}.",
                  "Balkendiagramm der Punkte, die jeder Bedarf erhielt: {values}."),
    "alt_matrix": ("Matrix of the needs by impact and feasibility (1 to 5): {values}.",
                   "Matrice des besoins selon l’impact et la faisabilité (1 à 5) : {values}.",
                   "Matrix der Bedarfe nach Wirkung und Machbarkeit (1 bis 5): {values}."),
    "alt_matrix_point": ("{need}: impact {impact}, feasibility {feasibility} ({quadrant})",
                         "{need} : impact {impact}, faisabilité {feasibility} ({quadrant})",
                         "{need}: Wirkung {impact}, Machbarkeit {feasibility} ({quadrant})"),
    "alt_gantt": ("Timeline of the actions from {first} to {last}: {values}.",
                  "Calendrier des actions de {first} à {last} : {values}.",
                  "Zeitplan der Maßnahmen von {first} bis {last}: {values}."),
    "alt_budget": ("Bar chart of the budget by funding source: {values}.",
                   "Diagramme en barres du budget par source de financement : {values}.",
                   "Balkendiagramm des Budgets nach Finanzierungsquelle: {values}."),
    "current": ("Current", "Actuel", "Aktuell"),
    "target": ("Target", "Visé", "Ziel"),
    "gap": ("Gap", "Écart", "Lücke"),
    "answers": ("Answers", "Réponses", "Antworten"),
    "col_dimension": ("Dimension", "Dimension", "Dimension"),
    "col_question": ("Question", "Question", "Frage"),
    "gaps_title": ("Largest gaps by question", "Plus grands écarts par question", "Größte Lücken je Frage"),
    "gaps_none": ("No question has a gap to close.", "Aucune question ne présente d’écart.", "Keine Frage weist eine Lücke auf."),
    # Needs
    "needs_intro": (
        "Participants prioritised the needs by dot voting ({dots} dots each) and scored each need’s impact and feasibility from 1 to 5.",
        "Les participants ont priorisé les besoins par vote à gommettes ({dots} gommettes chacun) et noté l’impact et la faisabilité de 1 à 5.",
        "Die Teilnehmenden haben die Bedarfe per Punktabfrage ({dots} Punkte je Person) priorisiert und Wirkung und Machbarkeit von 1 bis 5 bewertet.",
    ),
    "needs_none": ("No needs were recorded yet.", "Aucun besoin n’a encore été enregistré.", "Es wurden noch keine Bedarfe erfasst."),
    "col_rank": ("Rank", "Rang", "Rang"),
    "col_need": ("Need", "Besoin", "Bedarf"),
    "col_moscow": ("MoSCoW", "MoSCoW", "MoSCoW"),
    "col_dots": ("Dots", "Votes", "Punkte"),
    "impact": ("Impact", "Impact", "Wirkung"),
    "feasibility": ("Feasibility", "Faisabilité", "Machbarkeit"),
    "col_quadrant": ("Quadrant", "Quadrant", "Quadrant"),
    "votes_title": ("Dots per need", "Votes par besoin", "Punkte je Bedarf"),
    "votes_more": (
        "The chart shows the {shown} needs with the most dots.",
        "Le graphique montre les {shown} besoins qui ont reçu le plus de votes.",
        "Die Grafik zeigt die {shown} Bedarfe mit den meisten Punkten.",
    ),
    "matrix_title": ("Impact and feasibility", "Impact et faisabilité", "Wirkung und Machbarkeit"),
    "matrix_note": (
        "Numbers are ranks; needs not yet scored for impact and feasibility are left out ({count}).",
        "Les numéros sont les rangs ; les besoins sans note d’impact et de faisabilité ne figurent pas ({count}).",
        "Die Zahlen sind Ränge; Bedarfe ohne Bewertung von Wirkung und Machbarkeit fehlen ({count}).",
    ),
    "matrix_note_all": (
        "Numbers are ranks in the table above.",
        "Les numéros renvoient aux rangs du tableau ci-dessus.",
        "Die Zahlen sind die Ränge aus der Tabelle oben.",
    ),
    # Vision and objectives
    "vision": ("Vision", "Vision", "Vision"),
    "vision_none": ("No vision statement yet.", "Pas encore de vision formulée.", "Noch keine Vision formuliert."),
    "objectives": ("Strategic objectives", "Objectifs stratégiques", "Strategische Ziele"),
    "objectives_none": ("No objectives yet.", "Pas encore d’objectifs.", "Noch keine Ziele."),
    "objective_actions": (
        "{count} actions, budget {budget}.",
        "{count} actions, budget {budget}.",
        "{count} Maßnahmen, Budget {budget}.",
    ),
    "objective_actions_one": ("1 action, budget {budget}.", "1 action, budget {budget}.", "1 Maßnahme, Budget {budget}."),
    # Roadmap
    "roadmap_intro": (
        "{actions} under {objectives}, with a total budget of {budget}.",
        "Feuille de route : {actions}, {objectives}, budget total de {budget}.",
        "Roadmap: {actions}, {objectives}, Gesamtbudget {budget}.",
    ),
    "roadmap_none": ("The roadmap has no actions yet.", "La feuille de route ne contient pas encore d’actions.", "Die Roadmap enthält noch keine Maßnahmen."),
    "objective_heading": ("Objective {number}: {title}", "Objectif {number} : {title}", "Ziel {number}: {title}"),
    "continued": ("{title} (continued)", "{title} (suite)", "{title} (Fortsetzung)"),
    "other_actions": ("Actions without an objective", "Actions sans objectif", "Maßnahmen ohne Ziel"),
    "col_no": ("No.", "N°", "Nr."),
    "col_action": ("Action", "Action", "Maßnahme"),
    "col_lead": ("Lead", "Pilote", "Federführung"),
    "col_period": ("Period", "Période", "Zeitraum"),
    "col_budget": ("Budget", "Budget", "Budget"),
    "col_funding": ("Funding", "Financement", "Finanzierung"),
    "col_status": ("Status", "Statut", "Status"),
    "partners": ("Partners: {partners}", "Partenaires : {partners}", "Partner: {partners}"),
    "addresses_need": ("Need: {need}", "Besoin : {need}", "Bedarf: {need}"),
    "quick_win": ("Quick win", "Gain rapide", "Schneller Erfolg"),
    "long_term": ("Long term", "Long terme", "Langfristig"),
    "no_dates": ("no dates", "sans dates", "ohne Termine"),
    # Timeline
    "timeline_intro": (
        "Each bar runs from an action’s first to its last month; the numbers refer to the roadmap table.",
        "Chaque barre va du premier au dernier mois de l’action ; les numéros renvoient au tableau de la feuille de route.",
        "Jeder Balken reicht vom ersten bis zum letzten Monat einer Maßnahme; die Nummern verweisen auf die Roadmap-Tabelle.",
    ),
    "timeline_part": ("Timeline, part {part} of {parts}", "Calendrier, partie {part} sur {parts}", "Zeitplan, Teil {part} von {parts}"),
    "timeline_none": ("No action has dates yet.", "Aucune action n’a encore de dates.", "Noch keine Maßnahme hat Termine."),
    "timeline_undated": (
        "Not shown, for lack of dates: {actions}.",
        "Non représentées, faute de dates : {actions}.",
        "Ohne Termine nicht dargestellt: {actions}.",
    ),
    # KPIs
    "kpis_none": ("No KPIs yet.", "Pas encore d’indicateurs.", "Noch keine Kennzahlen."),
    "col_kpi": ("Indicator", "Indicateur", "Kennzahl"),
    "col_unit": ("Unit", "Unité", "Einheit"),
    "col_baseline": ("Baseline", "Valeur de départ", "Basiswert"),
    "col_target": ("Target", "Cible", "Zielwert"),
    "col_by": ("By", "Échéance", "Bis"),
    # Budget
    "budget_intro": (
        "Budgets are estimates in euros; cancelled actions are not counted.",
        "Les budgets sont des estimations en euros ; les actions annulées ne sont pas comptées.",
        "Die Budgets sind Schätzungen in Euro; abgesagte Maßnahmen sind nicht mitgezählt.",
    ),
    "budget_none": ("No budget was recorded yet.", "Aucun budget n’a encore été saisi.", "Es wurde noch kein Budget erfasst."),
    "col_source": ("Funding source", "Source de financement", "Finanzierungsquelle"),
    "col_actions": ("Actions", "Actions", "Maßnahmen"),
    "col_share": ("Share", "Part", "Anteil"),
    "unspecified_source": ("Not specified yet", "Pas encore précisée", "Noch offen"),
    "unbudgeted": (
        "{count} actions have no budget yet.",
        "{count} actions n’ont pas encore de budget.",
        "{count} Maßnahmen haben noch kein Budget.",
    ),
    "unbudgeted_one": ("1 action has no budget yet.", "1 action n’a pas encore de budget.", "1 Maßnahme hat noch kein Budget."),
    # Checks
    "checks_nothing": (
        "Nothing to check yet: the workshop has no needs and no actions.",
        "Rien à contrôler pour l’instant : l’atelier n’a ni besoins ni actions.",
        "Noch nichts zu prüfen: Der Workshop hat weder Bedarfe noch Maßnahmen.",
    ),
    "draft": ("DRAFT", "PROJET", "ENTWURF"),
    # Executive summary
    "sec_summary": ("Executive summary", "Synthèse", "Zusammenfassung"),
    "summary_intro": (
        "{city} held the workshop “{workshop}” on {date}: {people} from {groups} took part.",
        "{city} a tenu l’atelier « {workshop} » le {date} : {people} de {groups} y ont participé.",
        "{city} hat den Workshop „{workshop}“ am {date} abgehalten: {people} aus {groups} nahmen teil.",
    ),
    "summary_maturity": ("Maturity: current and target level (1 to 5)", "Maturité : niveau actuel et niveau visé (1 à 5)",
                         "Reifegrad: aktuelle Stufe und Zielstufe (1 bis 5)"),
    "summary_no_scores": ("No maturity scores have been recorded yet.", "Aucun score de maturité n’a encore été saisi.",
                          "Es wurden noch keine Reifegradwerte erfasst."),
    "summary_gaps": ("The largest gaps are in {gaps}.", "Les écarts les plus importants concernent {gaps}.",
                     "Die größten Lücken bestehen bei {gaps}."),
    "summary_current_target": ("Current → target", "Actuel → visé", "Aktuell → Ziel"),
    "summary_needs": ("Top needs", "Besoins prioritaires", "Wichtigste Bedarfe"),
    "summary_need": ("{title} — {dots}, {moscow}", "{title} — {dots}, {moscow}", "{title} — {dots}, {moscow}"),
    "n_dots": ("{count} dots", "{count} votes", "{count} Punkte"),
    "n_dots_one": ("1 dot", "1 vote", "1 Punkt"),
    "summary_more": ("… and {count} more (see the full chapter).", "… et {count} de plus (voir le chapitre complet).",
                     "… und {count} weitere (siehe das vollständige Kapitel)."),
    "summary_budget_title": ("Budget and timeline", "Budget et calendrier", "Budget und Zeitplan"),
    "summary_budget": (
        "A total budget of {budget} for {actions}; funding: {mix}.",
        "Un budget total de {budget} pour {actions} ; financement : {mix}.",
        "Ein Gesamtbudget von {budget} für {actions}; Finanzierung: {mix}.",
    ),
    "summary_budget_none": ("No budget has been entered yet.", "Aucun budget n’a encore été saisi.",
                            "Es wurde noch kein Budget erfasst."),
    "summary_other_sources": ("other sources {share}", "autres sources {share}", "weitere Quellen {share}"),
    "summary_timeline": (
        "The actions run from {first} to {last} ({months} months).",
        "Les actions s’étendent de {first} à {last} ({months} mois).",
        "Die Maßnahmen laufen von {first} bis {last} ({months} Monate).",
    ),
    "summary_timeline_none": ("No action has dates yet.", "Aucune action n’a encore de dates.",
                              "Noch hat keine Maßnahme Termine."),
    "checks_ok": ("The roadmap passes every check.", "La feuille de route satisfait à tous les contrôles.", "Die Roadmap besteht alle Prüfungen."),
    "checks_intro": (
        "{count} points need attention before the roadmap is final:",
        "{count} points sont à revoir avant de finaliser la feuille de route :",
        "{count} Punkte sind vor der endgültigen Fassung der Roadmap zu klären:",
    ),
    "checks_intro_one": (
        "1 point needs attention before the roadmap is final:",
        "1 point est à revoir avant de finaliser la feuille de route :",
        "1 Punkt ist vor der endgültigen Fassung der Roadmap zu klären:",
    ),
    "check_end_before_start": (
        "“{action}” ends ({end}) before it starts ({start}).",
        "« {action} » se termine ({end}) avant de commencer ({start}).",
        "„{action}“ endet ({end}) vor ihrem Beginn ({start}).",
    ),
    "check_missing_dates": (
        "“{action}” has no start or end month.",
        "« {action} » n’a pas de mois de début ou de fin.",
        "„{action}“ hat keinen Anfangs- oder Endmonat.",
    ),
    "check_outside_horizon": (
        "“{action}” falls outside the roadmap horizon ({first} to {last}).",
        "« {action} » sort de l’horizon de la feuille de route ({first} à {last}).",
        "„{action}“ liegt außerhalb des Zeithorizonts der Roadmap ({first} bis {last}).",
    ),
    "check_no_kpi": ("“{action}” has no KPI.", "« {action} » n’a pas d’indicateur.", "„{action}“ hat keine Kennzahl."),
    "check_need_not_covered": (
        "Priority need “{need}” has no action in the roadmap.",
        "Le besoin prioritaire « {need} » n’a aucune action dans la feuille de route.",
        "Der vorrangige Bedarf „{need}“ hat keine Maßnahme in der Roadmap.",
    ),
    # Code lists
    "unknown_level": ("unknown", "inconnu", "unbekannt"),
    # Assessment template (an .xlsx filled in offline by city staff)
    "tpl_sheet_instructions": ("Instructions", "Instructions", "Anleitung"),
    "tpl_sheet_assessment": ("Assessment", "Évaluation", "Bewertung"),
    "tpl_title": ("Maturity self-assessment", "Auto-évaluation de la maturité", "Selbstbewertung des Reifegrads"),
    "tpl_for": ("{city}: {workshop} ({date})", "{city} : {workshop} ({date})", "{city}: {workshop} ({date})"),
    "tpl_framework": ("Framework: {framework}", "Grille : {framework}", "Bewertungsrahmen: {framework}"),
    "tpl_how": ("How to fill in this file", "Comment remplir ce fichier", "So füllen Sie diese Datei aus"),
    "tpl_step_1": (
        "Open the sheet “{sheet}”. Each row is one question; the five columns beside it describe levels 1 (initial) to 5 (leading).",
        "Ouvrez la feuille « {sheet} ». Chaque ligne est une question ; les cinq colonnes voisines décrivent les niveaux 1 (initial) à 5 (exemplaire).",
        "Öffnen Sie das Blatt „{sheet}“. Jede Zeile ist eine Frage; die fünf Spalten daneben beschreiben die Stufen 1 (Anfang) bis 5 (führend).",
    ),
    "tpl_step_2": (
        "In “{current}”, pick the level that describes the city today; in “{target}”, the level it aims for. Leave a cell empty if you do not know.",
        "Dans « {current} », choisissez le niveau qui décrit la ville aujourd’hui ; dans « {target} », le niveau visé. Laissez la cellule vide si vous ne savez pas.",
        "Wählen Sie unter „{current}“ die Stufe, die die Stadt heute beschreibt, und unter „{target}“ die angestrebte Stufe. Lassen Sie die Zelle leer, wenn Sie es nicht wissen.",
    ),
    "tpl_step_3": (
        "Add evidence or a remark in “{comment}” (optional).",
        "Ajoutez une justification ou une remarque dans « {comment} » (facultatif).",
        "Tragen Sie unter „{comment}“ Belege oder eine Anmerkung ein (freiwillig).",
    ),
    "tpl_step_4": (
        "Do not add, remove or reorder columns, and do not rename the sheets: the file is read back by the facilitator’s app.",
        "N’ajoutez, ne supprimez ni ne déplacez de colonnes et ne renommez pas les feuilles : l’application de l’animateur relit ce fichier.",
        "Fügen Sie keine Spalten hinzu, löschen oder verschieben Sie keine und benennen Sie die Blätter nicht um: Die App der Moderation liest die Datei wieder ein.",
    ),
    "tpl_step_5": (
        "Save the file as .xlsx (Excel or LibreOffice Calc) and send it back to {facilitator}.",
        "Enregistrez le fichier au format .xlsx (Excel ou LibreOffice Calc) et renvoyez-le à {facilitator}.",
        "Speichern Sie die Datei als .xlsx (Excel oder LibreOffice Calc) und senden Sie sie an {facilitator} zurück.",
    ),
    "tpl_facilitator_unknown": ("the facilitator", "l’animateur ou l’animatrice", "die Moderation"),
    "tpl_levels": ("Levels", "Niveaux", "Stufen"),
    "tpl_level_1": ("1: initial", "1 : initial", "1: Anfang"),
    "tpl_level_5": ("5: leading", "5 : exemplaire", "5: führend"),
    "tpl_col_id": ("Question id", "Identifiant de la question", "Fragen-ID"),
    "tpl_col_code": ("Code", "Code", "Code"),
    "tpl_col_level": ("Level {level}", "Niveau {level}", "Stufe {level}"),
    "tpl_col_current": ("Current level", "Niveau actuel", "Aktuelle Stufe"),
    "tpl_col_target": ("Target level", "Niveau visé", "Zielstufe"),
    "tpl_col_comment": ("Evidence or comment", "Justification ou remarque", "Belege oder Anmerkung"),
    "tpl_level_error": (
        "Pick a level from 1 to 5, or leave the cell empty.",
        "Choisissez un niveau de 1 à 5, ou laissez la cellule vide.",
        "Wählen Sie eine Stufe von 1 bis 5 oder lassen Sie die Zelle leer.",
    ),
    # Progress since the workshop (follow-up)
    "sec_progress": ("Progress since the workshop", "Avancement depuis l’atelier", "Fortschritt seit dem Workshop"),
    "progress_frozen": (
        "The roadmap was frozen as agreed on {date}; planned dates below are from that baseline.",
        "La feuille de route a été figée telle qu’adoptée le {date} ; les dates prévues ci-dessous viennent de cette référence.",
        "Der Fahrplan wurde am {date} wie vereinbart festgeschrieben; die geplanten Daten unten stammen aus diesem Basisplan.",
    ),
    "progress_not_frozen": (
        "The roadmap has not been frozen as agreed, so there is no baseline to compare dates with.",
        "La feuille de route n’a pas été figée, il n’y a donc pas de référence pour comparer les dates.",
        "Der Fahrplan wurde nicht festgeschrieben; es gibt keinen Basisplan für den Vergleich der Daten.",
    ),
    "progress_actions_done": ("Actions done", "Actions terminées", "Abgeschlossene Maßnahmen"),
    "progress_of": ("{done} of {total}", "{done} sur {total}", "{done} von {total}"),
    "progress_in_progress": ("Actions in progress", "Actions en cours", "Laufende Maßnahmen"),
    "progress_mean_percent": ("Mean completion", "Achèvement moyen", "Mittlerer Fertigstellungsgrad"),
    "progress_kpis_measured": ("KPIs measured", "Indicateurs mesurés", "Gemessene Kennzahlen"),
    "progress_kpis_improved": ("KPIs better than their baseline", "Indicateurs meilleurs que leur valeur de départ",
                               "Kennzahlen besser als ihr Ausgangswert"),
    "progress_kpis_reached": ("KPIs at or past their target", "Indicateurs ayant atteint leur cible",
                              "Kennzahlen am oder über dem Ziel"),
    "progress_maturity": ("Mean maturity change {first} → {last}", "Évolution moyenne de la maturité {first} → {last}",
                          "Mittlere Veränderung des Reifegrads {first} → {last}"),
    "progress_actions_title": ("Actions", "Actions", "Maßnahmen"),
    "progress_kpis_title": ("KPIs measured", "Indicateurs mesurés", "Gemessene Kennzahlen"),
    "progress_rounds_title": ("Maturity: {last} against {first}", "Maturité : {last} par rapport à {first}",
                              "Reifegrad: {last} gegenüber {first}"),
    "progress_radar_title": ("Current level per dimension in each round, and the latest target",
                             "Niveau actuel par dimension à chaque cycle, et la dernière cible",
                             "Aktuelle Stufe je Dimension in jeder Runde und das letzte Ziel"),
    "progress_no_round": (
        "No later assessment round yet: the maturity change shows once the city is assessed again (T1).",
        "Pas encore de nouveau cycle d’évaluation : l’évolution de la maturité apparaîtra après la prochaine évaluation (T1).",
        "Noch keine spätere Bewertungsrunde: die Veränderung des Reifegrads erscheint nach der nächsten Bewertung (T1).",
    ),
    "progress_no_kpi": ("No KPI has been measured yet.", "Aucun indicateur n’a encore été mesuré.",
                        "Noch keine Kennzahl wurde gemessen."),
    "col_percent_done": ("% done", "% fait", "% erledigt"),
    "col_planned_end": ("Planned end", "Fin prévue", "Geplantes Ende"),
    "col_end": ("End", "Fin", "Ende"),
    "col_latest": ("Latest", "Dernière valeur", "Letzter Wert"),
    "col_measured_on": ("On", "Le", "Am"),
    "col_of_the_way": ("Of the way", "Du chemin", "Vom Weg"),
    "col_round_current": ("{round} current", "{round} actuel", "{round} aktuell"),
    "col_change": ("Change", "Évolution", "Veränderung"),
    "col_gap_now": ("Gap", "Écart", "Lücke"),
    "col_gap_change": ("Gap change", "Évolution de l’écart", "Veränderung der Lücke"),
    # Workbooks, ODS and CSV (sheet names and column headers: exports/sheet_words.py)
    "wb_consensus": ("Consensus", "Consensus", "Konsens"),
    "wb_individual": ("Individual", "Individuel", "Einzeln"),
    "wb_anonymous": ("Anonymous", "Anonyme", "Anonym"),
    "wb_tally": ("Tally", "Décompte", "Strichliste"),
    "wb_not_specified": ("Not specified", "Non précisée", "Nicht angegeben"),
    "wb_not_given": ("Not given", "Non renseignée", "Nicht angegeben"),
    "wb_no_track": ("No track", "Sans thématique", "Ohne Themenfeld"),
    "wb_cohort_maturity": ("Maturity by city and dimension: {framework} (levels 1–5, current / target)",
                           "Maturité par ville et dimension : {framework} (niveaux 1 à 5, actuel / cible)",
                           "Reifegrad nach Stadt und Dimension: {framework} (Stufen 1–5, aktuell / Ziel)"),
    "wb_current_of": ("{dimension}: current", "{dimension} : actuel", "{dimension}: aktuell"),
    "wb_target_of": ("{dimension}: target", "{dimension} : cible", "{dimension}: Ziel"),
    "wb_cohort_budget": ("Budget by funding source and city (EUR, cancelled actions left out)",
                         "Budget par source de financement et par ville (EUR, hors actions annulées)",
                         "Budget nach Finanzierungsquelle und Stadt (EUR, ohne abgesagte Maßnahmen)"),
    "wb_cohort_by_country": ("Cities and workshops by country", "Villes et ateliers par pays",
                             "Städte und Workshops nach Land"),
    "wb_cohort_by_edition": ("Cities and workshops by edition", "Villes et ateliers par édition",
                             "Städte und Workshops nach Ausgabe"),
    "wb_cohort_tracks": ("Needs and actions by thematic track", "Besoins et actions par thématique",
                         "Bedarfe und Maßnahmen nach Themenfeld"),
    "wb_cities": ("Cities", "Villes", "Städte"),
    "wb_workshops": ("Workshops", "Ateliers", "Workshops"),
    "wb_needs": ("Needs", "Besoins", "Bedarfe"),
    "wb_chart_maturity": ("Maturity: {workshop}", "Maturité : {workshop}", "Reifegrad: {workshop}"),
    "wb_chart_dots": ("Dots per need (ranked)", "Votes par besoin (par rang)", "Punkte pro Bedarf (nach Rang)"),
    "wb_chart_programme": ("Programme: {framework}", "Programme : {framework}", "Programm: {framework}"),
    "wb_level": ("Level", "Niveau", "Stufe"),
    "wb_level_error": ("A level is a whole number from 1 to 5.", "Un niveau est un nombre entier de 1 à 5.",
                       "Eine Stufe ist eine ganze Zahl von 1 bis 5."),
    "wb_all_title": ("Intelligent Cities Challenge: every workshop", "Intelligent Cities Challenge : tous les ateliers",
                     "Intelligent Cities Challenge: alle Workshops"),
    "wb_subject": ("Needs assessment and roadmap (ICC Workshop export)",
                   "Évaluation des besoins et feuille de route (export ICC Workshop)",
                   "Bedarfsanalyse und Roadmap (Export aus ICC Workshop)"),
    "csv_title_every": ("ICC Workshop: every workshop", "ICC Workshop : tous les ateliers", "ICC Workshop: alle Workshops"),
    "csv_title_workshop": ("ICC Workshop: {workshop}", "ICC Workshop : {workshop}", "ICC Workshop: {workshop}"),
    "csv_exported": ("Exported by ICC Workshop {version} on {date}.", "Exporté par ICC Workshop {version} le {date}.",
                     "Exportiert mit ICC Workshop {version} am {date}."),
    "csv_about": (
        "Intelligent Cities Challenge: a city's needs-assessment workshop, its maturity scores, needs, vision, "
        "objectives and roadmap. One CSV file per table; datapackage.json describes the same tables for software "
        "(Frictionless Data Package).",
        "Intelligent Cities Challenge : l’atelier d’évaluation des besoins d’une ville, ses scores de maturité, "
        "ses besoins, sa vision, ses objectifs et sa feuille de route. Un fichier CSV par table ; datapackage.json "
        "décrit les mêmes tables pour les logiciels (Frictionless Data Package).",
        "Intelligent Cities Challenge: der Workshop einer Stadt zur Bedarfsanalyse, ihre Reifegrade, Bedarfe, "
        "Vision, Ziele und Roadmap. Eine CSV-Datei pro Tabelle; datapackage.json beschreibt dieselben Tabellen "
        "für Software (Frictionless Data Package)."),
    "csv_format": (
        "Format: UTF-8, comma-separated, fields in double quotes where needed, one header row. Dates are "
        "YYYY-MM-DD, months YYYY-MM, numbers use a dot, booleans are true/false, an empty field is an unknown "
        "or missing value. Text that starts with = + - or @ is written with a leading apostrophe (') so that a "
        "spreadsheet never reads it as a formula; remove it to get the text as typed. Names of participants "
        "appear only where they agreed to be named.",
        "Format : UTF-8, séparateur virgule, champs entre guillemets droits si nécessaire, une ligne d’en-tête. "
        "Les dates s’écrivent AAAA-MM-JJ, les mois AAAA-MM, les nombres avec un point, les booléens true/false ; "
        "un champ vide est une valeur inconnue ou manquante. Un texte qui commence par = + - ou @ est précédé "
        "d’une apostrophe (') pour qu’un tableur ne le lise jamais comme une formule ; retirez-la pour retrouver "
        "le texte saisi. Les noms des participants ne figurent que s’ils ont accepté d’être cités.",
        "Format: UTF-8, durch Kommas getrennt, Felder bei Bedarf in doppelten Anführungszeichen, eine "
        "Kopfzeile. Datumsangaben als JJJJ-MM-TT, Monate als JJJJ-MM, Zahlen mit Punkt, Wahrheitswerte als "
        "true/false; ein leeres Feld ist ein unbekannter oder fehlender Wert. Text, der mit = + - oder @ "
        "beginnt, erhält ein vorangestelltes Apostroph ('), damit eine Tabellenkalkulation ihn nie als Formel "
        "liest; ohne es steht der Text wie eingegeben da. Namen von Teilnehmenden stehen nur dort, wo sie einer "
        "Nennung zugestimmt haben."),
    "csv_columns": (
        "Column names are stable keys in English, the same in every language of the export, so that scripts "
        "keep working; each is listed below with its meaning and unit. The \"… id\" columns link the tables "
        "(for example \"Workshop id\" in actions.csv to workshops.csv). Labels of the app's lists (statuses, "
        "groups, tracks) are written in {language}.",
        "Les noms de colonnes sont des clés stables en anglais, les mêmes quelle que soit la langue de l’export, "
        "pour que les scripts continuent de fonctionner ; chacun est repris ci-dessous avec son sens et son "
        "unité. Les colonnes « … id » relient les tables (par exemple « Workshop id » de actions.csv à "
        "workshops.csv). Les libellés des listes de l’application (statuts, groupes, thématiques) sont en "
        "{language}.",
        "Die Spaltennamen sind feste englische Schlüssel, in jeder Sprache des Exports dieselben, damit Skripte "
        "weiter funktionieren; unten steht jeder mit seiner Bedeutung und Einheit. Die Spalten „… id“ verbinden "
        "die Tabellen (zum Beispiel „Workshop id“ in actions.csv mit workshops.csv). Die Bezeichnungen aus den "
        "Listen der Anwendung (Status, Gruppen, Themenfelder) sind auf {language}."),
    "csv_language": ("English", "français", "Deutsch"),
    "csv_rows": ("{count} rows", "{count} lignes", "{count} Zeilen"),
    "csv_rows_one": ("1 row", "1 ligne", "1 Zeile"),
    "csv_description": ("Needs assessment, priorities and roadmap of Intelligent Cities Challenge workshops.",
                        "Évaluation des besoins, priorités et feuille de route d’ateliers de l’Intelligent Cities "
                        "Challenge.",
                        "Bedarfsanalyse, Prioritäten und Roadmap von Workshops der Intelligent Cities Challenge."),
    "unit_eur": ("euros (EUR), whole number", "euros (EUR), nombre entier", "Euro (EUR), ganze Zahl"),
    "unit_date": ("date, ISO 8601 (YYYY-MM-DD)", "date, ISO 8601 (AAAA-MM-JJ)", "Datum, ISO 8601 (JJJJ-MM-TT)"),
    "unit_month": ("month, ISO 8601 (YYYY-MM)", "mois, ISO 8601 (AAAA-MM)", "Monat, ISO 8601 (JJJJ-MM)"),
    "unit_level": ("maturity level, whole number 1 to 5 (empty: unknown)",
                   "niveau de maturité, nombre entier de 1 à 5 (vide : inconnu)",
                   "Reifegrad, ganze Zahl von 1 bis 5 (leer: unbekannt)"),
    "unit_decimal": ("number with a decimal point", "nombre avec un point décimal", "Zahl mit Dezimalpunkt"),
    "unit_number": ("number with a decimal point", "nombre avec un point décimal", "Zahl mit Dezimalpunkt"),
    "unit_int": ("whole number", "nombre entier", "ganze Zahl"),
    "unit_bool": ("true or false", "true (vrai) ou false (faux)", "true (wahr) oder false (falsch)"),
    "unit_id": ("identifier (UUID)", "identifiant (UUID)", "Kennung (UUID)"),
    "unit_label": ("text (a label of the app's lists, in English)",
                   "texte (un libellé des listes de l’application, en français)",
                   "Text (eine Bezeichnung aus den Listen der Anwendung, auf Deutsch)"),
    "unit_text": ("text as typed", "texte tel que saisi", "Text wie eingegeben"),
    # Cohort comparison
    "cohort_title": ("Compared with the cohort", "Comparaison avec la cohorte", "Vergleich mit der Kohorte"),
    "cohort_intro": (
        "The city's levels beside the median and the middle half (inter-quartile range) of the {cities} cities "
        "assessed on the same framework in this database.",
        "Les niveaux de la ville à côté de la médiane et de la moitié centrale (écart interquartile) des {cities} "
        "villes évaluées sur le même référentiel dans cette base.",
        "Die Stufen der Stadt neben Median und mittlerer Hälfte (Interquartilsabstand) der {cities} Städte, die in "
        "dieser Datenbank mit demselben Rahmen bewertet wurden.",
    ),
    "cohort_too_small": (
        "A cohort comparison needs at least five cities on the same framework; this database holds {cities}.",
        "Une comparaison de cohorte demande au moins cinq villes sur le même référentiel ; cette base en compte {cities}.",
        "Ein Kohortenvergleich braucht mindestens fünf Städte mit demselben Rahmen; diese Datenbank enthält {cities}.",
    ),
    "col_city": ("City", "Ville", "Stadt"),
    "col_cohort_median": ("Cohort median", "Médiane", "Median"),
    "col_cohort_band": ("Middle half", "Moitié centrale", "Mittlere Hälfte"),
    "col_cohort_target": ("Cohort target", "Cible cohorte", "Ziel Kohorte"),
}

_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
}
_SHORT_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
}


# The labels of coded values come from the vocabulary shared with the window: `t.code(prefix, code)`.
_CODE_LISTS: Final = {"group": "stakeholder_group", "role": "city_role", "workshop": "workshop_status",
                      "status": "action_status", "moscow": "moscow", "quadrant": "quadrant"}
for _prefix, _list_name in _CODE_LISTS.items():
    CATALOGUE.update({f"{_prefix}_{code}": names for code, names in vocabulary.LISTS[_list_name].items()})


def check_language(language: str) -> str:
    """`language` if it is one of `LANGUAGES`, else `ValueError` naming the choices."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return language


def _half_up(value: float, places: int) -> Decimal:
    """`value` rounded to `places` decimals, halves away from zero, from its shortest decimal form."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Translator:
    """The report's words, numbers and dates in one language."""

    language: str

    def __post_init__(self) -> None:
        check_language(self.language)

    @property
    def _index(self) -> int:
        return LANGUAGES.index(self.language)

    def __call__(self, key: str, **values: object) -> str:
        """The text of `key` in this language, with `{placeholders}` filled in.

        With `count=1`, the key's singular variant (`key_one`) is used when there is one.
        """
        if values.get("count") == 1 and f"{key}_one" in CATALOGUE:
            key = f"{key}_one"
        text = CATALOGUE[key][self._index]
        return text.format(**values) if values else text

    def code(self, prefix: str, code: str | None) -> str:
        """The label of a code of one of the fixed lists (e.g. `group`, `business`); the code if unknown."""
        if not code:
            return self("none_mark")
        key = f"{prefix}_{code}"
        return self(key) if key in CATALOGUE else code

    def reference(self, list_name: str, code: str | None, stored_label: str | None) -> str:
        """A reference-list label: translated while it is the shipped one, else as stored."""
        if not code:
            return self("none_mark")
        return reference_texts().label(list_name, code, stored_label or code, self.language).text

    def country(self, code: str) -> str:
        """The name of a country from its ISO code (the code itself when it is not in the list)."""
        return vocabulary.country_name(code, self.language)

    def integer(self, value: int) -> str:
        """A whole number with this language's thousands separator."""
        text = f"{value:,}"
        if self.language == "fr":
            return text.replace(",", _NBSP)
        if self.language == "de":
            return text.replace(",", ".")
        return text

    def decimal(self, value: float | None, places: int = 1) -> str:
        """A number with `places` decimals, halves rounded up as readers round them (3.25 → 3.3; the
        float's shortest form decides, not its binary value), with this language's decimal mark; a dash
        for None."""
        if value is None:
            return self("none_mark")
        text = f"{_half_up(value, places):.{places}f}"
        return text if self.language == "en" else text.replace(".", ",")

    def gap(self, current: float | None, target: float | None, gap: float | None) -> str:
        """A gap as the shown target minus the shown current level, so the three numbers on a line add
        up (3.75 → 3.8 and 2.5 give 1.3, not the 1.25 → 1.2 of rounding the gap alone)."""
        if current is None or target is None:
            return self.decimal(gap)
        return self.decimal(float(_half_up(target, 1) - _half_up(current, 1)))

    def number(self, value: float | None) -> str:
        """A KPI figure: whole numbers without decimals, others with up to two."""
        if value is None:
            return self("none_mark")
        if float(value).is_integer():
            return self.integer(int(value))
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        if self.language == "fr":
            return text.replace(",", _NBSP).replace(".", ",")
        if self.language == "de":
            return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text

    def euros(self, value: int | None) -> str:
        """An amount in euros, written the way this language writes money."""
        if value is None:
            return self("none_mark")
        if self.language == "en":
            return f"€{self.integer(value)}"
        return f"{self.integer(value)}{_NBSP}€"

    def percent(self, share: float) -> str:
        """A share (0–1) as a whole percentage; a small share reads "<1%" (not "0%"), a near-whole one ">99%"."""
        value = round(share * 100)
        prefix = ""
        if 0 < share < 0.01:
            prefix, value = "<", 1
        elif 0.99 < share < 1:
            prefix, value = ">", 99
        return f"{prefix}{value}%" if self.language == "en" else f"{prefix}{value}{_NBSP}%"

    def date(self, value: dt.date | None) -> str:
        """A full date: 15 March 2024, 15 mars 2024, 15. März 2024."""
        if value is None:
            return self("none_mark")
        month = _MONTHS[self.language][value.month - 1]
        if self.language == "de":
            return f"{value.day}. {month} {value.year}"
        return f"{value.day} {month} {value.year}"

    def month(self, value: dt.date | None) -> str:
        """A month with its year, short: Mar 2024, mars 2024, März 2024."""
        if value is None:
            return self("none_mark")
        return f"{_SHORT_MONTHS[self.language][value.month - 1]} {value.year}"

    def month_letter(self, month: int) -> str:
        """The first letter of a month's name (for the Gantt chart's scale)."""
        return _MONTHS[self.language][month - 1][0].upper()

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        """A range of months: Mar 2024 – Aug 2025; `no dates` when either is missing."""
        if start is None or end is None:
            return self("no_dates")
        return f"{self.month(start)} – {self.month(end)}"


__all__ = ["CATALOGUE", "LANGUAGES", "Translator", "check_language"]
