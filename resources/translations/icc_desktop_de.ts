<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Run an Intelligent Cities Challenge needs-assessment workshop offline: city profile, participants, maturity assessment, needs and priorities, vision and roadmap, reports. Licensed under the EUPL-1.2. Nothing you enter leaves this computer unless you sync it with a server you choose.</source>
        <translation>Führen Sie einen Workshop zur Bedarfsanalyse der Intelligent Cities Challenge offline durch: Stadtprofil, Teilnehmende, Reifegradbewertung, Bedarfe und Prioritäten, Vision und Fahrplan, Berichte. Lizenziert unter der EUPL-1.2. Nichts, was Sie eingeben, verlässt diesen Computer, es sei denn, Sie synchronisieren es mit einem Server Ihrer Wahl.</translation>
    </message>
    <message>
        <source>(no database open)</source>
        <translation>(keine Datenbank geöffnet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Log folder:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Datenbank:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Protokollordner:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Licences of the software this app includes</source>
        <translation>Lizenzen der in dieser App enthaltenen Software</translation>
    </message>
    <message>
        <source>Show the &amp;font licence</source>
        <translation>Lizenz der &amp;Schriftart anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This app includes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese App enthält&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3: their libraries are separate files in the app&apos;s folder, which you may replace with your own build. Their source code is available from the Qt Project.</source>
        <translation>Qt und PySide6 werden unter der GNU Lesser General Public License v3 verwendet: Ihre Bibliotheken sind separate Dateien im Ordner der App, die Sie durch einen eigenen Build ersetzen können. Ihr Quellcode ist beim Qt Project erhältlich.</translation>
    </message>
    <message>
        <source>DejaVu font licence</source>
        <translation>Lizenz der Schriftart DejaVu</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>Synchronisierungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current step; what moved so far is kept</source>
        <translation>Nach dem aktuellen Schritt anhalten; was bereits übertragen wurde, bleibt erhalten</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Ausgewählte Maßnahme</translation>
    </message>
    <message>
        <source>Select an action to see its objective, need, lead, budget and funding.</source>
        <translation>Wählen Sie eine Maßnahme, um Ziel, Bedarf, Federführung, Budget und Finanzierung zu sehen.</translation>
    </message>
    <message>
        <source>Search the roadmap…</source>
        <translation>Fahrplan durchsuchen…</translation>
    </message>
    <message>
        <source>Search objectives, actions and KPIs</source>
        <translation>Ziele, Maßnahmen und Kennzahlen suchen</translation>
    </message>
    <message>
        <source>A new action</source>
        <translation>Eine neue Maßnahme</translation>
    </message>
    <message>
        <source>New action&apos;s title</source>
        <translation>Titel der neuen Maßnahme</translation>
    </message>
    <message>
        <source>New action&apos;s objective</source>
        <translation>Ziel der neuen Maßnahme</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected action (or objective, or KPI) — Del; Undo brings it back</source>
        <translation>Die ausgewählte Maßnahme (oder das Ziel oder die Kennzahl) löschen — Entf; Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(kein Ziel)</translation>
    </message>
</context>
<context>
    <name>AfterExportSection</name>
    <message>
        <source>&amp;Open each file when it is ready</source>
        <translation>Jede Datei ö&amp;ffnen, sobald sie fertig ist</translation>
    </message>
    <message>
        <source>Open &amp;last file</source>
        <translation>&amp;Letzte Datei öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Keys 1–5 score the selected question (0: not known); in the Target column they set the target. Click a level for the current one, Shift+click for the target.</source>
        <translation>Die Tasten 1–5 bewerten die ausgewählte Frage (0: unbekannt); in der Spalte Ziel setzen sie das Ziel. Klicken Sie auf eine Stufe für die aktuelle Stufe, Umschalt+Klick für das Ziel.</translation>
    </message>
    <message>
        <source>Same edition</source>
        <translation>Gleiche Ausgabe</translation>
    </message>
    <message>
        <source>Only cities of the same challenge edition as this one</source>
        <translation>Nur Städte derselben Programmausgabe</translation>
    </message>
    <message>
        <source>Thematic track of the cohort</source>
        <translation>Themenfeld der Kohorte</translation>
    </message>
    <message>
        <source>The city beside its cohort</source>
        <translation>Die Stadt neben ihrer Kohorte</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Jedes Themenfeld</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source>Only %1 cities match; cohort figures are shown over at least five cities (sync with the server to compare with the whole programme).</source>
        <translation>Nur %1 Städte passen; Kohortenzahlen gibt es ab fünf Städten (mit dem Server synchronisieren, um mit dem ganzen Programm zu vergleichen).</translation>
    </message>
    <message>
        <source>the sync server</source>
        <translation>dem Synchronisierungsserver</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>dieser Datenbank</translation>
    </message>
    <message>
        <source>%1 cities on this framework, from %2.</source>
        <translation>%1 Städte mit diesem Rahmen, aus %2.</translation>
    </message>
    <message>
        <source>Select a question to score it.</source>
        <translation>Wählen Sie eine Frage aus, um sie zu bewerten.</translation>
    </message>
    <message>
        <source>Levels go from 1 to 5; 0 marks a level as not known.</source>
        <translation>Die Stufen reichen von 1 bis 5; 0 kennzeichnet eine unbekannte Stufe.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backed up by hand</source>
        <translation>Von Hand gesichert</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>ICC Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>ICC-Workshop-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up to {path}…</source>
        <translation>Sichern nach {path}…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Gesichert nach {path}</translation>
    </message>
    <message>
        <source>The backup failed because of an unexpected error; the details are in the log file.</source>
        <translation>Die Sicherung ist wegen eines unerwarteten Fehlers fehlgeschlagen; Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it ends, then restore the backup.</source>
        <translation>Eine Synchronisierung läuft. Warten Sie, bis sie beendet ist, und stellen Sie dann die Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>All the data now in {name} will be replaced by the backup from {when}. Edits made since then are lost, and the undo history is cleared.

A backup of the current data is taken first, so this restore can itself be undone from this menu.</source>
        <translation>Alle Daten, die jetzt in {name} sind, werden durch die Sicherung vom {when} ersetzt. Seitdem gemachte Änderungen gehen verloren, und der Rückgängig-Verlauf wird geleert.

Vorher wird eine Sicherung der aktuellen Daten angelegt, sodass sich diese Wiederherstellung über dieses Menü rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Replace the current data?</source>
        <translation>Aktuelle Daten ersetzen?</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>{name} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The previous data was saved as {path}.</source>
        <translation>Die vorherigen Daten wurden als {path} gesichert.</translation>
    </message>
    <message>
        <source>The restore failed because of an unexpected error; the details are in the log file.</source>
        <translation>Die Wiederherstellung ist wegen eines unerwarteten Fehlers fehlgeschlagen; Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ChecksSection</name>
    <message>
        <source>Roadmap checks</source>
        <translation>Fahrplanprüfungen</translation>
    </message>
    <message numerus="yes">
        <source>Roadmap checks: %n warning(s)</source>
        <translation>
            <numerusform>Fahrplanprüfungen: %n Warnung</numerusform>
            <numerusform>Fahrplanprüfungen: %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap checks: nothing to report</source>
        <translation>Fahrplanprüfungen: nichts zu melden</translation>
    </message>
</context>
<context>
    <name>CitiesSection</name>
    <message>
        <source>Cities</source>
        <translation>Städte</translation>
    </message>
</context>
<context>
    <name>CitiesTableModel</name>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>CityPage</name>
    <message>
        <source>City and workshop</source>
        <translation>Stadt und Workshop</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Stadt bearbeiten</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Workshop bearbeiten</translation>
    </message>
    <message>
        <source>Enter the population as a whole number, e.g. 297000.</source>
        <translation>Geben Sie die Einwohnerzahl als ganze Zahl ein, z. B. 297000.</translation>
    </message>
</context>
<context>
    <name>CityProfileSection</name>
    <message>
        <source>City profile</source>
        <translation>Stadtprofil</translation>
    </message>
    <message>
        <source>e.g. 297000</source>
        <translation>z. B. 297000</translation>
    </message>
    <message>
        <source>Context worth knowing before the workshop</source>
        <translation>Hintergrund, den man vor dem Workshop kennen sollte</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Einwohnerzahl</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>Ro&amp;le in the challenge</source>
        <translation>Ro&amp;lle in der Challenge</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ConflictDetailSection</name>
    <message>
        <source>Both versions, field by field</source>
        <translation>Beide Versionen, Feld für Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Keep all from &amp;this computer</source>
        <translation>Alles von &amp;diesem Computer behalten</translation>
    </message>
    <message>
        <source>Keep all from the s&amp;erver</source>
        <translation>Alles vom S&amp;erver behalten</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>Auswahl &amp;anwenden</translation>
    </message>
</context>
<context>
    <name>ConflictListSection</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>The same field was changed here and on the server. Both versions are kept; until you choose, the newer one is shown. Pick, field by field, the version to keep.</source>
        <translation>Dasselbe Feld wurde hier und auf dem Server geändert. Beide Versionen bleiben erhalten; bis Sie wählen, wird die neuere angezeigt. Wählen Sie Feld für Feld die Version, die bleiben soll.</translation>
    </message>
    <message>
        <source>No conflicts to resolve. When the same field is changed here and on the server, both versions are kept and listed here for you to choose.</source>
        <translation>Keine Konflikte zu lösen. Wenn dasselbe Feld hier und auf dem Server geändert wird, bleiben beide Versionen erhalten und werden hier zur Auswahl aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>To resolve (%Ln)</source>
        <translation>
            <numerusform>Zu lösen (%Ln)</numerusform>
            <numerusform>Zu lösen (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Found %1. Check the version to keep in each row, then apply; the other value is discarded.</source>
        <translation>%1 gefunden. Markieren Sie in jeder Zeile die Version, die bleiben soll, und wenden Sie dann an; der andere Wert wird verworfen.</translation>
    </message>
    <message>
        <source>This computer&apos;s version: %1. The server&apos;s version: %2.</source>
        <translation>Version dieses Computers: %1. Version des Servers: %2.</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>In %1.</translation>
    </message>
    <message>
        <source>Pick a version for every field first.</source>
        <translation>Wählen Sie zuerst für jedes Feld eine Version.</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Anwenden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Saved. The chosen values are sent to the server at the next sync.</source>
        <translation>Gespeichert. Die gewählten Werte werden bei der nächsten Synchronisierung an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>ICC Workshop ran into a problem it did not expect. Everything saved before this moment is safe in the database. You can keep working; if the problem comes back, send the details below to your support contact.</source>
        <translation>ICC Workshop ist auf ein unerwartetes Problem gestoßen. Alles, was vor diesem Moment gespeichert wurde, ist sicher in der Datenbank. Sie können weiterarbeiten; wenn das Problem wieder auftritt, senden Sie die Details unten an Ihren Support-Kontakt.</translation>
    </message>
    <message>
        <source>The details are also in the log file:
{path}</source>
        <translation>Die Details stehen auch in der Protokolldatei:
{path}</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(keine Protokolldatei)</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>The database could not be opened because of an unexpected error; the details are in the log file.</source>
        <translation>Die Datenbank konnte wegen eines unerwarteten Fehlers nicht geöffnet werden; die Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>DimensionsSection</name>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>%1 of %2 questions scored</source>
        <translation>%1 von %2 Fragen bewertet</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Entry refused</source>
        <translation>Eingabe abgelehnt</translation>
    </message>
    <message>
        <source>Says why the last entry was refused</source>
        <translation>Sagt, warum die letzte Eingabe abgelehnt wurde</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Roadmap timeline</source>
        <translation>Zeitleiste des Fahrplans</translation>
    </message>
    <message>
        <source>No actions with start and end months yet.</source>
        <translation>Noch keine Maßnahmen mit Anfangs- und Endmonat.</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln Maßnahme</numerusform>
            <numerusform>%Ln Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>No actions with start and end months yet</source>
        <translation>Noch keine Maßnahmen mit Start- und Endmonat</translation>
    </message>
    <message>
        <source>Actions without an objective</source>
        <translation>Maßnahmen ohne Ziel</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>ohne Daten</translation>
    </message>
    <message>
        <source>Planned (baseline): %1</source>
        <translation>Geplant (Basisplan): %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Vorschau des Imports</translation>
    </message>
    <message>
        <source>{file}: {read}. {changes}; {kept}; {conflicts}.</source>
        <translation>{file}: {read}. {changes}; {kept}; {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) read</source>
        <translation>
            <numerusform>%n Frage gelesen</numerusform>
            <numerusform>%n Fragen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) will change</source>
        <translation>
            <numerusform>%n Wert wird geändert</numerusform>
            <numerusform>%n Werte werden geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer value(s) in the workshop kept</source>
        <translation>
            <numerusform>%n neuerer Wert des Workshops behalten</numerusform>
            <numerusform>%n neuere Werte des Workshops behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed on both sides</source>
        <translation>
            <numerusform>%n Wert auf beiden Seiten geändert</numerusform>
            <numerusform>%n Werte auf beiden Seiten geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>Im Workshop</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Keep the workshop’s value</source>
        <translation>Wert des Workshops behalten</translation>
    </message>
    <message>
        <source>Take the file’s value</source>
        <translation>Wert der Datei übernehmen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>File’s value</source>
        <translation>Wert der Datei</translation>
    </message>
    <message>
        <source>Newer in the workshop</source>
        <translation>Im Workshop neuer</translation>
    </message>
    <message>
        <source>Workshop’s value kept</source>
        <translation>Wert des Workshops bleibt</translation>
    </message>
    <message>
        <source>Pick for each conflict which value to keep; nothing is written until you press Import. The database is backed up first.</source>
        <translation>Wählen Sie für jeden Konflikt, welcher Wert gilt; nichts wird gespeichert, bevor Sie auf Importieren klicken. Die Datenbank wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. The database is backed up first.</source>
        <translation>Nichts wird gespeichert, bevor Sie auf Importieren klicken. Die Datenbank wird vorher gesichert.</translation>
    </message>
    <message>
        <source>The file holds nothing new: importing it changes nothing.</source>
        <translation>Die Datei enthält nichts Neues: Ein Import ändert nichts.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{code}, row {row}, {column}</source>
        <translation>{code}, Zeile {row}, {column}</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>KPI chart: measurements against baseline and target</source>
        <translation>KPI-Diagramm: Messwerte gegenüber Ausgangswert und Ziel</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>KpiLibraryDialog</name>
    <message>
        <source>KPI library</source>
        <translation>KPI-Bibliothek</translation>
    </message>
    <message>
        <source>Search by name, theme, identifier or “SDG 7”…</source>
        <translation>Nach Name, Thema, Kennung oder „SDG 7“ suchen…</translation>
    </message>
    <message>
        <source>Search the KPI library</source>
        <translation>KPI-Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Sustainable Development Goal</source>
        <translation>Ziel für nachhaltige Entwicklung</translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation>Alle SDGs</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>SDG %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Add this KPI</source>
        <translation>Diesen KPI hinzufügen</translation>
    </message>
    <message>
        <source>No indicator matches.</source>
        <translation>Kein Indikator passt.</translation>
    </message>
</context>
<context>
    <name>KpiSection</name>
    <message>
        <source>KPIs of the selected action</source>
        <translation>Kennzahlen der ausgewählten Maßnahme</translation>
    </message>
    <message>
        <source>A new KPI of the selected action, e.g. “Households with fibre”</source>
        <translation>Eine neue Kennzahl der ausgewählten Maßnahme, z. B. „Haushalte mit Glasfaser“</translation>
    </message>
    <message>
        <source>New KPI&apos;s name</source>
        <translation>Name der neuen Kennzahl</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>&amp;Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>From the &amp;library…</source>
        <translation>Aus der &amp;Bibliothek…</translation>
    </message>
    <message>
        <source>Pick a KPI from the indicator library (U4SSC, CITYkeys, LORDI, ISO 37120/37122/37123): it brings its unit and direction</source>
        <translation>Einen KPI aus der Indikatorbibliothek wählen (U4SSC, CITYkeys, LORDI, ISO 37120/37122/37123): Einheit und Richtung kommen mit</translation>
    </message>
    <message>
        <source>KPIs of “%1”</source>
        <translation>Kennzahlen von „%1“</translation>
    </message>
    <message>
        <source>KPIs (select an action)</source>
        <translation>Kennzahlen (Maßnahme auswählen)</translation>
    </message>
</context>
<context>
    <name>LastSyncSection</name>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Was die letzte Synchronisierung getan hat</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Synchronisierungsproblem</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Review conflicts</source>
        <translation>Konflikte &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>LevelButton</name>
    <message>
        <source>current level</source>
        <translation>aktuelle Stufe</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Click: current level %1 · Shift+click: target level %1</source>
        <translation>Klick: aktuelle Stufe %1 · Umschalt+Klick: Zielstufe %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps of the workshop</source>
        <translation>Schritte des Workshops</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Autosave state</source>
        <translation>Status der automatischen Speicherung</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current step; what moved so far is kept</source>
        <translation>Nach dem aktuellen Schritt anhalten; was bereits übertragen wurde, bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>Create a workshop for a city</source>
        <translation>Einen Workshop für eine Stadt anlegen</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Eine andere Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Neue &amp;Datenbank…</translation>
    </message>
    <message>
        <source>Start an empty database file</source>
        <translation>Eine leere Datenbankdatei beginnen</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <source>Copy the database to a backup file</source>
        <translation>Die Datenbank in eine Sicherungsdatei kopieren</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the data with a backup (the current data is backed up first)</source>
        <translation>Die Daten durch eine Sicherung ersetzen (die aktuellen Daten werden vorher gesichert)</translation>
    </message>
    <message>
        <source>Strategy document (&amp;PDF)…</source>
        <translation>Strategiedokument (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Workshop &amp;workbook (Excel)…</source>
        <translation>&amp;Arbeitsmappe des Workshops (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Every workshop in one workbook…</source>
        <translation>&amp;Alle Workshops in einer Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Assessment &amp;template…</source>
        <translation>&amp;Bewertungsvorlage…</translation>
    </message>
    <message>
        <source>&amp;Import a filled-in template…</source>
        <translation>Ausgefüllte Vorlage &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Die rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the list of this page</source>
        <translation>Die Liste dieser Seite durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>&amp;Präsentationsansicht</translation>
    </message>
    <message>
        <source>Open a window for the projector: radar, ranking, 2×2, timer</source>
        <translation>Ein Fenster für den Beamer öffnen: Radar, Rangfolge, 2×2-Matrix, Timer</translation>
    </message>
    <message>
        <source>&amp;Open room…</source>
        <translation>Raum ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Let the phones of the room score, vote and suggest over the local network</source>
        <translation>Die Telefone im Raum über das lokale Netz bewerten, abstimmen und vorschlagen lassen</translation>
    </message>
    <message>
        <source>Room &amp;panel</source>
        <translation>Raum&amp;bereich</translation>
    </message>
    <message>
        <source>Activities, phones that joined, suggested needs</source>
        <translation>Aktivitäten, beigetretene Telefone, vorgeschlagene Bedarfe</translation>
    </message>
    <message>
        <source>&amp;Close room</source>
        <translation>Raum &amp;schließen</translation>
    </message>
    <message>
        <source>Stop the room: phones can no longer send anything</source>
        <translation>Raum beenden: Telefone können nichts mehr senden</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Exchange changes with the sync server in the background</source>
        <translation>Änderungen im Hintergrund mit dem Synchronisierungsserver austauschen</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>Synchronisierungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Server address, sign in and sign out</source>
        <translation>Serveradresse, Anmelden und Abmelden</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About ICC Workshop</source>
        <translation>Ü&amp;ber ICC Workshop</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>The method in three lines and the ways to begin</source>
        <translation>Die Methode in drei Zeilen und die Wege zum Einstieg</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key of the window and its pages</source>
        <translation>Alle Tasten des Fensters und seiner Seiten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger text everywhere</source>
        <translation>Überall größerer Text</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text everywhere</source>
        <translation>Überall kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text at the system&apos;s size</source>
        <translation>Text in der Größe des Systems</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt verwendete Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Export and import</source>
        <translation>&amp;Export und Import</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Geöffneter Workshop</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>{path} wird geöffnet…</translation>
    </message>
    <message>
        <source>Use File ▸ Open database… to open another file.</source>
        <translation>Verwenden Sie Datei ▸ Datenbank öffnen…, um eine andere Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>{count} workshops. Opening the database…</source>
        <translation>{count} Workshops. Die Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Datenbankdatei: {path}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Retention periods applied: the names, e-mails and organisations of %n participant(s) were erased.</source>
        <translation>
            <numerusform>Aufbewahrungsfristen angewandt: Namen, E-Mails und Organisationen von %n Person wurden gelöscht.</numerusform>
            <numerusform>Aufbewahrungsfristen angewandt: Namen, E-Mails und Organisationen von %n Personen wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice database: the demo workshop with invented people and scores. Try anything here; it never mixes with your own workshops and is never synced. File ▸ Open database… or Recent databases goes back to your own.</source>
        <translation>Übungsdatenbank: der Demo-Workshop mit erfundenen Personen und Bewertungen. Probieren Sie hier alles aus; nichts vermischt sich mit Ihren eigenen Workshops, und nichts wird synchronisiert. Datei ▸ Datenbank öffnen… oder Zuletzt verwendete Datenbanken führt zu Ihrer eigenen zurück.</translation>
    </message>
    <message>
        <source>Sync is off in the practice database</source>
        <translation>In der Übungsdatenbank ist die Synchronisierung aus</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>Open a workshop in the overview first</source>
        <translation>Öffnen Sie zuerst einen Workshop in der Übersicht</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>{edit} &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>{edit} &amp;wiederholen</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>{edit} rückgängig machen</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>{edit} wiederholen</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>Alle Änderungen um {time} gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln waiting</source>
        <translation>
            <numerusform>%1, %Ln wartend</numerusform>
            <numerusform>%1, %Ln wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>This page has no list to search.</source>
        <translation>Diese Seite hat keine Liste zum Durchsuchen.</translation>
    </message>
    <message>
        <source>ICC Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>ICC-Workshop-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>No other databases yet</source>
        <translation>Noch keine anderen Datenbanken</translation>
    </message>
    <message>
        <source>Open room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
</context>
<context>
    <name>MethodSteps</name>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Describe the city, its team and the participants of the workshop.</source>
        <translation>Beschreiben Sie die Stadt, ihr Team und die Teilnehmenden des Workshops.</translation>
    </message>
    <message>
        <source>Assess and prioritise</source>
        <translation>Bewerten und priorisieren</translation>
    </message>
    <message>
        <source>Rate the city&apos;s maturity with the stakeholders, find the biggest gaps, and vote on the needs.</source>
        <translation>Bewerten Sie den Reifegrad der Stadt mit den Beteiligten, finden Sie die größten Lücken und stimmen Sie über die Bedarfe ab.</translation>
    </message>
    <message>
        <source>Plan and share</source>
        <translation>Planen und teilen</translation>
    </message>
    <message>
        <source>Agree a vision, build a roadmap of actions with KPIs, and export it to PDF and Excel.</source>
        <translation>Einigen Sie sich auf eine Vision, erstellen Sie einen Fahrplan aus Maßnahmen mit Kennzahlen und exportieren Sie ihn als PDF und Excel.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>After the workshop: record how the actions progress, measure the KPIs and assess the city again (T1, T2…). Everything is saved at once.</source>
        <translation>Nach dem Workshop: Fortschritt der Maßnahmen erfassen, KPIs messen und die Stadt erneut bewerten (T1, T2…). Alles wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>Assessment r&amp;ounds</source>
        <translation>Bewertungsr&amp;unden</translation>
    </message>
    <message>
        <source>Free&amp;ze as agreed</source>
        <translation>Wie &amp;vereinbart festschreiben</translation>
    </message>
    <message>
        <source>Keep today&apos;s months and budgets of every action as the baseline; the timeline then shows planned against actual</source>
        <translation>Die heutigen Monate und Budgets jeder Maßnahme als Basisplan behalten; der Zeitplan zeigt dann Plan und Ist</translation>
    </message>
    <message>
        <source>Progress &amp;workbook…</source>
        <translation>Fortschritts&amp;arbeitsmappe…</translation>
    </message>
    <message>
        <source>An Excel workbook for the city to report progress offline: status, percent and notes per action, new KPI values</source>
        <translation>Eine Excel-Arbeitsmappe, in der die Stadt offline den Fortschritt meldet: Status, Prozent und Notizen je Maßnahme, neue KPI-Werte</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>Fortschritt &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a filled progress workbook back: everything is checked first, and nothing changed here since it was made is overwritten</source>
        <translation>Eine ausgefüllte Fortschrittsarbeitsmappe einlesen: alles wird zuerst geprüft, und nichts, was hier seitdem geändert wurde, wird überschrieben</translation>
    </message>
    <message>
        <source>Progress of the actions</source>
        <translation>Fortschritt der Maßnahmen</translation>
    </message>
    <message>
        <source>Dashed outline: planned (frozen baseline); bar: now, coloured by status.</source>
        <translation>Gestrichelter Rahmen: geplant (festgeschriebener Basisplan); Balken: aktuell, nach Status gefärbt.</translation>
    </message>
    <message>
        <source>KPIs with their latest value</source>
        <translation>KPIs mit ihrem letzten Wert</translation>
    </message>
    <message>
        <source>Measurements of the selected KPI</source>
        <translation>Messwerte des gewählten KPI</translation>
    </message>
    <message>
        <source>Date of the measurement</source>
        <translation>Datum der Messung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Gemessener Wert</translation>
    </message>
    <message>
        <source>Source or remark (optional)</source>
        <translation>Quelle oder Bemerkung (optional)</translation>
    </message>
    <message>
        <source>Note on the measurement</source>
        <translation>Notiz zur Messung</translation>
    </message>
    <message>
        <source>Add &amp;measurement</source>
        <translation>&amp;Messwert hinzufügen</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Bewertungsrunde</translation>
    </message>
    <message>
        <source>Date of the new round</source>
        <translation>Datum der neuen Runde</translation>
    </message>
    <message>
        <source>&amp;Start a new round</source>
        <translation>Neue Runde &amp;beginnen</translation>
    </message>
    <message>
        <source>Assess the city again on this date (T1, T2…): the group scores each question as it stands now</source>
        <translation>Die Stadt zu diesem Datum erneut bewerten (T1, T2…): die Gruppe bewertet jede Frage nach dem heutigen Stand</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Questions of the round</source>
        <translation>Fragen der Runde</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Veränderung seit der vorigen Runde</translation>
    </message>
    <message>
        <source>Roadmap frozen as agreed on %1: the timeline shows planned against actual.</source>
        <translation>Fahrplan am %1 wie vereinbart festgeschrieben: der Zeitplan zeigt Plan und Ist.</translation>
    </message>
    <message>
        <source>The roadmap is not frozen yet: freeze it once the city agrees it, to follow the plan.</source>
        <translation>Der Fahrplan ist noch nicht festgeschrieben: schreiben Sie ihn fest, sobald die Stadt zustimmt, um den Plan zu verfolgen.</translation>
    </message>
    <message>
        <source>Free&amp;ze again</source>
        <translation>Erneut fest&amp;schreiben</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notizen zu „%1“</translation>
    </message>
    <message>
        <source>Notes (select an action)</source>
        <translation>Notizen (Maßnahme wählen)</translation>
    </message>
    <message>
        <source>Measurements (select a KPI)</source>
        <translation>Messwerte (KPI wählen)</translation>
    </message>
    <message>
        <source>Measurements of “%1”</source>
        <translation>Messwerte von „%1“</translation>
    </message>
    <message>
        <source>No later round yet. The workshop&apos;s own assessment is T0; start a new round to assess the city again.</source>
        <translation>Noch keine spätere Runde. Die Bewertung des Workshops ist T0; beginnen Sie eine neue Runde, um die Stadt erneut zu bewerten.</translation>
    </message>
    <message>
        <source>Type 1–5 in Current and Target (empty: not known). “Before” is the level in the previous round.</source>
        <translation>Geben Sie 1–5 bei Aktuell und Ziel ein (leer: unbekannt). „Vorher“ ist die Stufe der vorigen Runde.</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>Aktuell (%1)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>%1 (the workshop&apos;s assessment)</source>
        <translation>%1 (die Bewertung des Workshops)</translation>
    </message>
    <message>
        <source>Edit progress</source>
        <translation>Fortschritt bearbeiten</translation>
    </message>
    <message>
        <source>Edit progress note</source>
        <translation>Fortschrittsnotiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bearbeiten</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Messwert bearbeiten</translation>
    </message>
    <message>
        <source>Delete progress note</source>
        <translation>Fortschrittsnotiz löschen</translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation>Geben Sie den gemessenen Wert ein.</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Messwert hinzufügen</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Messwert löschen</translation>
    </message>
    <message>
        <source>A new round cannot be dated before round %1.</source>
        <translation>Eine neue Runde kann nicht vor Runde %1 datiert sein.</translation>
    </message>
    <message>
        <source>Start assessment round</source>
        <translation>Bewertungsrunde beginnen</translation>
    </message>
    <message>
        <source>Freeze again</source>
        <translation>Erneut festschreiben</translation>
    </message>
    <message>
        <source>Replace the baseline frozen on %1 with today&apos;s plan? The earlier baseline is not kept.</source>
        <translation>Den am %1 festgeschriebenen Basisplan durch den heutigen Plan ersetzen? Der frühere Basisplan wird nicht behalten.</translation>
    </message>
    <message>
        <source>Progress workbook</source>
        <translation>Fortschrittsarbeitsmappe</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt importieren</translation>
    </message>
    <message>
        <source>Imported: %1 action(s) updated, %2 note(s) and %3 KPI value(s) added; %4 already recorded.</source>
        <translation>Importiert: %1 Maßnahme(n) aktualisiert, %2 Notiz(en) und %3 KPI-Wert(e) hinzugefügt; %4 bereits erfasst.</translation>
    </message>
</context>
<context>
    <name>NeedListTab</name>
    <message>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <source>Selected need</source>
        <translation>Ausgewählter Bedarf</translation>
    </message>
    <message>
        <source>Select a need to tag its track, transversal service and SWOT.</source>
        <translation>Wählen Sie einen Bedarf, um Themenfeld, Querschnittsdienst und SWOT anzugeben.</translation>
    </message>
</context>
<context>
    <name>NeedToolsBar</name>
    <message>
        <source>Search needs and participants…</source>
        <translation>Bedarfe und Teilnehmende suchen…</translation>
    </message>
    <message>
        <source>Search needs</source>
        <translation>Bedarfe suchen</translation>
    </message>
    <message>
        <source>How many gaps to turn into needs</source>
        <translation>Wie viele Lücken zu Bedarfen werden sollen</translation>
    </message>
    <message>
        <source>Add needs from the largest &amp;gaps</source>
        <translation>Bedarfe aus den größten &amp;Lücken hinzufügen</translation>
    </message>
    <message>
        <source>One need per question with the largest consensus gap (target − current), skipping those already listed</source>
        <translation>Ein Bedarf je Frage mit der größten Konsenslücke (Ziel − aktuell), bereits aufgeführte werden übersprungen</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Needs &amp; priorities</source>
        <translation>Bedarfe und Prioritäten</translation>
    </message>
    <message>
        <source>Turn the largest gaps into needs or type your own; then vote with dots and score impact and feasibility. The ranking and the 2×2 follow every change.</source>
        <translation>Machen Sie die größten Lücken zu Bedarfen oder geben Sie eigene ein; stimmen Sie dann mit Punkten ab und bewerten Sie Wirkung und Machbarkeit. Rangfolge und 2×2-Matrix folgen jeder Änderung.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Punktabstimmung</translation>
    </message>
    <message>
        <source>Impact &amp;&amp; feasibility</source>
        <translation>Wirkung &amp;&amp; Machbarkeit</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Bedarf hinzufügen</translation>
    </message>
    <message>
        <source>No new need to add: score the consensus current and target levels on the Assessment page, or the largest gaps are already needs.</source>
        <translation>Kein neuer Bedarf hinzuzufügen: Bewerten Sie die aktuellen und Zielstufen des Konsenses auf der Seite Bewertung, oder die größten Lücken sind bereits Bedarfe.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n need(s) from gaps</source>
        <translation>
            <numerusform>%n Bedarf aus Lücken hinzufügen</numerusform>
            <numerusform>%n Bedarfe aus Lücken hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>Bedarf löschen</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Bedarf bearbeiten</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city</source>
        <translation>Neue Stadt</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Name der Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Choose the country</source>
        <translation>Wählen Sie das Land</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Stadt hinzufügen</translation>
    </message>
</context>
<context>
    <name>NewNeedBar</name>
    <message>
        <source>A new need, e.g. “Open data portal for mobility”</source>
        <translation>Ein neuer Bedarf, z. B. „Open-Data-Portal für Mobilität“</translation>
    </message>
    <message>
        <source>New need&apos;s title</source>
        <translation>Titel des neuen Bedarfs</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>Bedarf &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete need</source>
        <translation>Bedarf &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected need and its votes (Del); Undo brings them back</source>
        <translation>Den ausgewählten Bedarf und seine Stimmen löschen (Entf); Rückgängig holt sie zurück</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>New &amp;city…</source>
        <translation>Neue &amp;Stadt…</translation>
    </message>
    <message>
        <source>Needs assessment workshop</source>
        <translation>Workshop zur Bedarfsanalyse</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Titel des Workshops</translation>
    </message>
    <message>
        <source>Assessment framework</source>
        <translation>Bewertungsrahmen</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Rahmenwerk</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Workshop anlegen</translation>
    </message>
    <message>
        <source>Choose a city, or add a new one</source>
        <translation>Wählen Sie eine Stadt oder fügen Sie eine neue hinzu</translation>
    </message>
    <message>
        <source>Choose the city, or add a new one.</source>
        <translation>Wählen Sie die Stadt oder fügen Sie eine neue hinzu.</translation>
    </message>
</context>
<context>
    <name>ObjectivesSection</name>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>A new objective</source>
        <translation>Ein neues Ziel</translation>
    </message>
    <message>
        <source>New objective&apos;s title</source>
        <translation>Titel des neuen Ziels</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>&amp;Ziel hinzufügen</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <source>Open the room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>the network this laptop uses</source>
        <translation>das Netz, das dieser Laptop nutzt</translation>
    </message>
    <message>
        <source>another network of this laptop</source>
        <translation>ein anderes Netz dieses Laptops</translation>
    </message>
    <message>
        <source>this laptop only (a test)</source>
        <translation>nur dieser Laptop (ein Test)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Phones must be on the same network as this laptop: the venue&apos;s Wi-Fi, or better this laptop&apos;s own hotspot (venue Wi-Fi often keeps devices apart). The room uses plain HTTP on the local network: anyone on it who has the room code can take part, nothing goes to the internet. If phones cannot connect, allow ICC Workshop in the firewall (on Windows, mark the network as private).</source>
        <translation>Die Telefone müssen im selben Netz wie dieser Laptop sein: im WLAN des Veranstaltungsorts oder besser im eigenen Hotspot dieses Laptops (WLANs von Veranstaltungsorten trennen Geräte oft voneinander). Der Raum nutzt einfaches HTTP im lokalen Netz: Wer dort den Raumcode hat, kann teilnehmen; nichts geht ins Internet. Wenn Telefone keine Verbindung bekommen, erlauben Sie ICC Workshop in der Firewall (unter Windows das Netz als privat einstufen).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Cities and workshops</source>
        <translation>Städte und Workshops</translation>
    </message>
    <message>
        <source>Open a workshop to prepare it, run it in the room and write its roadmap. Pick a city to see only its workshops.</source>
        <translation>Öffnen Sie einen Workshop, um ihn vorzubereiten, im Raum durchzuführen und seinen Fahrplan zu schreiben. Wählen Sie eine Stadt, um nur ihre Workshops zu sehen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>Cities (%n)</source>
        <translation>
            <numerusform>Städte (%n)</numerusform>
            <numerusform>Städte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshops in {city} ({count})</source>
        <translation>Workshops in {city} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Workshops (%n)</source>
        <translation>
            <numerusform>Workshops (%n)</numerusform>
            <numerusform>Workshops (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop copied: “{title}”.</source>
        <translation>Workshop kopiert: „{title}“.</translation>
    </message>
    <message>
        <source>Delete workshop “{title}”</source>
        <translation>Workshop „{title}“ löschen</translation>
    </message>
    <message>
        <source>Workshop “{title}” of {city} deleted. Edit ▸ Undo brings it back.</source>
        <translation>Workshop „{title}“ von {city} gelöscht. Bearbeiten ▸ Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>New workshop for {city}…</source>
        <translation>Neuer Workshop für {city}…</translation>
    </message>
    <message>
        <source>Delete city {city}</source>
        <translation>Stadt {city} löschen</translation>
    </message>
    <message>
        <source>Delete city</source>
        <translation>Stadt löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete {city} and its %n workshop(s)? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>{city} und ihren %n Workshop löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</numerusform>
            <numerusform>{city} und ihre %n Workshops löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewToolsBar</name>
    <message>
        <source>Search cities and workshops…</source>
        <translation>Städte und Workshops suchen…</translation>
    </message>
    <message>
        <source>Search cities and workshops</source>
        <translation>Städte und Workshops suchen</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>New c&amp;ity…</source>
        <translation>Neue S&amp;tadt…</translation>
    </message>
</context>
<context>
    <name>ParticipantTableSection</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Selected participant</source>
        <translation>Ausgewählte Person</translation>
    </message>
    <message>
        <source>Select a participant to edit their role and e-mail.</source>
        <translation>Wählen Sie eine Person, um ihre Rolle und E-Mail zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantToolsBar</name>
    <message>
        <source>Search participants…</source>
        <translation>Teilnehmende suchen…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Teilnehmende suchen</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>Zeilen &amp;einfügen</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (Ctrl+V on the table)</source>
        <translation>Die aus einer Tabellenkalkulation kopierten Zeilen hinzufügen (Strg+V in der Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected participants (Del); Undo brings them back</source>
        <translation>Die ausgewählten Teilnehmenden löschen (Entf); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>E&amp;xport person…</source>
        <translation>Person e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save everything held about the selected participant as a JSON file (the right of access)</source>
        <translation>Alles über die gewählte Person Gespeicherte als JSON-Datei sichern (Auskunftsrecht)</translation>
    </message>
    <message>
        <source>For&amp;get person…</source>
        <translation>Person &amp;vergessen…</translation>
    </message>
    <message>
        <source>Erase the selected participant&apos;s name, e-mail and organisation here and, through sync, everywhere; answers and votes stay</source>
        <translation>Name, E-Mail und Organisation der gewählten Person hier und über die Synchronisierung überall löschen; Antworten und Stimmen bleiben</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Click a cell to change it. Copy rows from a spreadsheet (name, organisation, role, group, e-mail, consent) and press Ctrl+V on the table to add them all at once.</source>
        <translation>Klicken Sie auf eine Zelle, um sie zu ändern. Kopieren Sie Zeilen aus einer Tabellenkalkulation (Name, Organisation, Rolle, Gruppe, E-Mail, Einwilligung) und drücken Sie Strg+V in der Tabelle, um alle auf einmal hinzuzufügen.</translation>
    </message>
    <message>
        <source>Set retention period</source>
        <translation>Aufbewahrungsfrist festlegen</translation>
    </message>
    <message>
        <source>Export person</source>
        <translation>Person exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Forget person</source>
        <translation>Person vergessen</translation>
    </message>
    <message>
        <source>Erase the name, e-mail, organisation and role of “%1” for good? Their answers and votes stay, as an unnamed participant. This cannot be undone; the next sync erases them on the server and the other laptops too.</source>
        <translation>Name, E-Mail, Organisation und Funktion von „%1“ endgültig löschen? Antworten und Stimmen bleiben als unbenannte Person. Das lässt sich nicht rückgängig machen; die nächste Synchronisierung löscht sie auch auf dem Server und den anderen Laptops.</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Teilnehmende Person bearbeiten</translation>
    </message>
    <message>
        <source>{column}: {message} The change was not saved.</source>
        <translation>{column}: {message} Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person einfügen</numerusform>
            <numerusform>%n Teilnehmende einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participant(s).</source>
        <translation>
            <numerusform>%n teilnehmende Person hinzugefügt.</numerusform>
            <numerusform>%n Teilnehmende hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added:</source>
        <translation>Nichts wurde hinzugefügt:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…und %n weiteres Problem.</numerusform>
            <numerusform>…und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}, {field}: {message}</source>
        <translation>Zeile {line}, {field}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person löschen</numerusform>
            <numerusform>%n Teilnehmende löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>May contact</source>
        <translation>Kontakt erlaubt</translation>
    </message>
    <message>
        <source>From a phone</source>
        <translation>Per Telefon</translation>
    </message>
</context>
<context>
    <name>PdfSection</name>
    <message>
        <source>Strategy document (PDF)</source>
        <translation>Strategiedokument (PDF)</translation>
    </message>
    <message>
        <source>The workshop&apos;s results for the city: profile, participants, assessment with the radar chart, needs and priorities, vision, objectives, actions with their KPIs, and the timeline.</source>
        <translation>Die Ergebnisse des Workshops für die Stadt: Profil, Teilnehmende, Bewertung mit Radardiagramm, Bedarfe und Prioritäten, Vision, Ziele, Maßnahmen mit ihren Kennzahlen und die Zeitleiste.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Language of the document</source>
        <translation>&amp;Sprache des Dokuments</translation>
    </message>
    <message>
        <source>Page si&amp;ze</source>
        <translation>Seiten&amp;format</translation>
    </message>
    <message>
        <source>&amp;Final version (no DRAFT watermark)</source>
        <translation>&amp;Endfassung (ohne Wasserzeichen ENTWURF)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>ICC Workshop — presenter view</source>
        <translation>ICC Workshop — Präsentationsansicht</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Präsentationsansicht</translation>
    </message>
    <message>
        <source>Ranking of the needs</source>
        <translation>Rangfolge der Bedarfe</translation>
    </message>
    <message>
        <source>&amp;1 Radar</source>
        <translation>&amp;1 Radar</translation>
    </message>
    <message>
        <source>&amp;2 Ranking</source>
        <translation>&amp;2 Rangfolge</translation>
    </message>
    <message>
        <source>&amp;3 Impact × feasibility</source>
        <translation>&amp;3 Wirkung × Machbarkeit</translation>
    </message>
    <message>
        <source>&amp;4 Timer</source>
        <translation>&amp;4 Timer</translation>
    </message>
    <message>
        <source>&amp;5 Join from a phone</source>
        <translation>&amp;5 Per Telefon teilnehmen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Full screen on/off (F11)</source>
        <translation>Vollbild ein/aus (F11)</translation>
    </message>
    <message>
        <source>No workshop open</source>
        <translation>Kein Workshop geöffnet</translation>
    </message>
    <message>
        <source>Maturity: current (solid) and target (dashed) level per dimension, group consensus</source>
        <translation>Reifegrad: aktuelle (durchgezogen) und Zielstufe (gestrichelt) je Dimension, Gruppenkonsens</translation>
    </message>
    <message>
        <source>Maturity: current (solid) and target (dashed) level per dimension, mean of the individual answers</source>
        <translation>Reifegrad: aktuelle (durchgezogen) und Zielstufe (gestrichelt) je Dimension, Mittelwert der Einzelantworten</translation>
    </message>
    <message>
        <source>Needs ranked by dots, then impact × feasibility</source>
        <translation>Bedarfe nach Punkten geordnet, dann nach Wirkung × Machbarkeit</translation>
    </message>
    <message>
        <source>Impact against feasibility; each point is a need, labelled with its number</source>
        <translation>Wirkung und Machbarkeit; jeder Punkt ist ein Bedarf, mit seiner Nummer beschriftet</translation>
    </message>
    <message>
        <source>Take part from your phone: scan the code, or open the address and type the room code</source>
        <translation>Mit dem Telefon teilnehmen: Code scannen oder die Adresse öffnen und den Raumcode eingeben</translation>
    </message>
    <message>
        <source>Session timer</source>
        <translation>Sitzungstimer</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Adresse zum Teilnehmen</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Raumcode</translation>
    </message>
    <message>
        <source>No room open.</source>
        <translation>Kein Raum geöffnet.</translation>
    </message>
    <message>
        <source>Room ▸ Open room in the main window lets phones take part.</source>
        <translation>Raum ▸ Raum öffnen im Hauptfenster lässt Telefone teilnehmen.</translation>
    </message>
    <message>
        <source>Room code: {code}</source>
        <translation>Raumcode: {code}</translation>
    </message>
    <message>
        <source>Phones joined: {count}</source>
        <translation>Beigetretene Telefone: {count}</translation>
    </message>
</context>
<context>
    <name>PrioritiesSection</name>
    <message>
        <source>Ranking of the needs</source>
        <translation>Rangfolge der Bedarfe</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Priority matrix: impact against feasibility</source>
        <translation>Prioritätenmatrix: Wirkung gegenüber Machbarkeit</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Machbarkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <source>Legend of the priority matrix</source>
        <translation>Legende der Prioritätenmatrix</translation>
    </message>
    <message>
        <source>No need has both an impact and a feasibility score yet</source>
        <translation>Noch kein Bedarf hat sowohl eine Wirkungs- als auch eine Machbarkeitsbewertung</translation>
    </message>
    <message>
        <source>No need has both an impact and a feasibility score yet.</source>
        <translation>Noch kein Bedarf hat sowohl eine Wirkungs- als auch eine Machbarkeitsbewertung.</translation>
    </message>
    <message>
        <source>%1 %2 (impact %3, feasibility %4)</source>
        <translation>%1 %2 (Wirkung %3, Machbarkeit %4)</translation>
    </message>
    <message>
        <source>Needs by impact and feasibility, 1 to 5.</source>
        <translation>Bedarfe nach Wirkung und Machbarkeit, 1 bis 5.</translation>
    </message>
</context>
<context>
    <name>ProgressNotesSection</name>
    <message>
        <source>Progress notes of the selected action</source>
        <translation>Fortschrittsnotizen der gewählten Maßnahme</translation>
    </message>
    <message>
        <source>Date of the progress note</source>
        <translation>Datum der Fortschrittsnotiz</translation>
    </message>
    <message>
        <source>Status reported by the note</source>
        <translation>Von der Notiz gemeldeter Status</translation>
    </message>
    <message>
        <source>(status unchanged)</source>
        <translation>(Status unverändert)</translation>
    </message>
    <message>
        <source>% unchanged</source>
        <translation>% unverändert</translation>
    </message>
    <message>
        <source>Percent complete reported by the note</source>
        <translation>Von der Notiz gemeldeter Fertigstellungsgrad</translation>
    </message>
    <message>
        <source>What happened, e.g. “Tender published”</source>
        <translation>Was geschah, z. B. „Ausschreibung veröffentlicht“</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Fortschrittsnotiz</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code of {address}</source>
        <translation>QR-Code von {address}</translation>
    </message>
</context>
<context>
    <name>QuestionDetailSection</name>
    <message>
        <source>Evidence or comment</source>
        <translation>Nachweis oder Kommentar</translation>
    </message>
    <message>
        <source>Evidence, sources, remarks (saved when you leave the field)</source>
        <translation>Nachweise, Quellen, Anmerkungen (gespeichert, wenn Sie das Feld verlassen)</translation>
    </message>
    <message>
        <source>Evi&amp;dence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>Not &amp;known</source>
        <translation>&amp;Unbekannt</translation>
    </message>
    <message>
        <source>The current level is not known or does not apply (key 0)</source>
        <translation>Die aktuelle Stufe ist unbekannt oder trifft nicht zu (Taste 0)</translation>
    </message>
    <message>
        <source>&amp;Next question after a score</source>
        <translation>&amp;Nächste Frage nach einer Bewertung</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>&amp;Zielstufe:</translation>
    </message>
</context>
<context>
    <name>QuestionsSection</name>
    <message>
        <source>Whose answers</source>
        <translation>Wessen Antworten</translation>
    </message>
    <message>
        <source>&amp;Scoring for:</source>
        <translation>&amp;Bewertung für:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Search questions…</source>
        <translation>Fragen suchen…</translation>
    </message>
    <message>
        <source>Group consensus</source>
        <translation>Gruppenkonsens</translation>
    </message>
</context>
<context>
    <name>QuickAddSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Name der neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>New participant&apos;s organisation</source>
        <translation>Organisation der neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>New participant&apos;s role</source>
        <translation>Rolle der neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>New participant&apos;s stakeholder group</source>
        <translation>Interessengruppe der neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <source>New participant&apos;s e-mail</source>
        <translation>E-Mail der neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>The participant agrees to be named in the reports</source>
        <translation>Die Person ist einverstanden, in den Berichten namentlich genannt zu werden</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Maturity radar: current and target level per dimension</source>
        <translation>Reifegrad-Radar: aktuelle und Zielstufe je Dimension</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>No levels scored yet</source>
        <translation>Noch keine Stufen bewertet</translation>
    </message>
    <message>
        <source>No dimensions to show.</source>
        <translation>Keine Dimensionen anzuzeigen.</translation>
    </message>
    <message>
        <source>No levels scored yet.</source>
        <translation>Noch keine Stufen bewertet.</translation>
    </message>
    <message>
        <source>%1: current %2, target %3</source>
        <translation>%1: aktuell %2, Ziel %3</translation>
    </message>
    <message>
        <source>Mean level from 1 to 5 per dimension.</source>
        <translation>Mittlere Stufe von 1 bis 5 je Dimension.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Open a workshop in the overview to export it.</source>
        <translation>Öffnen Sie einen Workshop in der Übersicht, um ihn zu exportieren.</translation>
    </message>
    <message>
        <source>Mark the document final</source>
        <translation>Dokument als endgültig markieren</translation>
    </message>
    <message>
        <source>Mark the document a draft</source>
        <translation>Dokument wieder als Entwurf markieren</translation>
    </message>
    <message>
        <source>Save the strategy document</source>
        <translation>Strategiedokument speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the workshop&apos;s workbook</source>
        <translation>Arbeitsmappe des Workshops speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Save every workshop in one workbook</source>
        <translation>Alle Workshops in einer Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>ICC workshops</source>
        <translation>ICC-Workshops</translation>
    </message>
    <message>
        <source>Save the workshop as an OpenDocument spreadsheet</source>
        <translation>Workshop als OpenDocument-Tabelle speichern</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>OpenDocument-Tabellen (*.ods)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Exporting the spreadsheet…</source>
        <translation>Tabelle wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the CSV tables…</source>
        <translation>CSV-Tabellen werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>The folder {folder} already holds files this export writes. Replace %n file(s) ({names})?</source>
        <translation>
            <numerusform>Der Ordner {folder} enthält bereits Dateien, die dieser Export schreibt. %n Datei ersetzen ({names})?</numerusform>
            <numerusform>Der Ordner {folder} enthält bereits Dateien, die dieser Export schreibt. %n Dateien ersetzen ({names})?</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Bewertungsvorlage</translation>
    </message>
    <message>
        <source>Save the assessment template</source>
        <translation>Bewertungsvorlage speichern</translation>
    </message>
    <message>
        <source>Import a filled-in template</source>
        <translation>Ausgefüllte Vorlage importieren</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error; the details are in {path}.</source>
        <translation>Der Import ist wegen eines unerwarteten Fehlers fehlgeschlagen; die Details stehen in {path}.</translation>
    </message>
    <message>
        <source>Exporting the strategy document…</source>
        <translation>Strategiedokument wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>Arbeitsmappe wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting every workshop…</source>
        <translation>Alle Workshops werden exportiert…</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Vorlage wird geschrieben…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wird geprüft…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Open a workshop in the overview first.</source>
        <translation>Öffnen Sie zuerst einen Workshop in der Übersicht.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Imported {file}: {read}, {added}, {changed}, {unchanged}, {kept}.</source>
        <translation>{file} importiert: {read}, {added}, {changed}, {unchanged}, {kept}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) read</source>
        <translation>
            <numerusform>%n Frage gelesen</numerusform>
            <numerusform>%n Fragen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) added</source>
        <translation>
            <numerusform>%n Antwort hinzugefügt</numerusform>
            <numerusform>%n Antworten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer value(s) in the workshop kept</source>
        <translation>
            <numerusform>%n neuerer Wert des Workshops behalten</numerusform>
            <numerusform>%n neuere Werte des Workshops behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed because of an unexpected error; the details are in {path}.</source>
        <translation>Der Export ist wegen eines unerwarteten Fehlers fehlgeschlagen; die Details stehen in {path}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}, newest first:</source>
        <translation>Sicherungen von {name} in {folder}, neueste zuerst:</translation>
    </message>
    <message>
        <source>There are no backups of {name} in {folder} yet. Choose another file.</source>
        <translation>Es gibt noch keine Sicherungen von {name} in {folder}. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Aus einer Datei wiederherstellen</translation>
    </message>
    <message>
        <source>ICC Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>ICC-Workshop-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Gaps per dimension</source>
        <translation>Lücken je Dimension</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Kohorte</translation>
    </message>
    <message>
        <source>Current and target levels — %1</source>
        <translation>Aktuelle und Zielstufen — %1</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>until erased by hand</source>
        <translation>bis zur Löschung von Hand</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Keep names, e-mails and organisations for</source>
        <translation>Namen, E-Mails und Organisationen aufbewahren für</translation>
    </message>
    <message>
        <source>&amp;Keep names, e-mails and organisations for:</source>
        <translation>Namen, E-Mails und Organisationen &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>Erased automatically on %1; scores and votes stay.</source>
        <translation>Automatisch gelöscht am %1; Bewertungen und Stimmen bleiben.</translation>
    </message>
    <message>
        <source>Kept until you forget a person or set a period.</source>
        <translation>Aufbewahrt, bis Sie eine Person vergessen oder eine Frist setzen.</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Vision &amp; roadmap</source>
        <translation>Vision und Fahrplan</translation>
    </message>
    <message>
        <source>Edit any cell in place (Enter or double-click); drag rows or press Alt+Up/Down to reorder. Warnings mark actions the roadmap checks have something to say about.</source>
        <translation>Bearbeiten Sie jede Zelle direkt (Eingabe oder Doppelklick); ziehen Sie Zeilen oder drücken Sie Alt+Auf/Ab, um sie neu zu ordnen. Warnungen markieren Maßnahmen, zu denen die Fahrplanprüfungen etwas anzumerken haben.</translation>
    </message>
    <message>
        <source>Actions &amp;&amp; KPIs</source>
        <translation>Maßnahmen &amp;&amp; Kennzahlen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Edit vision</source>
        <translation>Vision bearbeiten</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Kennzahl löschen</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bearbeiten</translation>
    </message>
    <message>
        <source>Reorder objectives</source>
        <translation>Ziele neu ordnen</translation>
    </message>
    <message>
        <source>Reorder actions</source>
        <translation>Maßnahmen neu ordnen</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Join address and room code</source>
        <translation>Adresse und Raumcode</translation>
    </message>
    <message>
        <source>&amp;Close the room</source>
        <translation>Raum &amp;schließen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Score a dimension</source>
        <translation>Eine Dimension bewerten</translation>
    </message>
    <message>
        <source>Place dots</source>
        <translation>Punkte vergeben</translation>
    </message>
    <message>
        <source>Rate impact and feasibility</source>
        <translation>Wirkung und Machbarkeit bewerten</translation>
    </message>
    <message>
        <source>Suggest needs</source>
        <translation>Bedarfe vorschlagen</translation>
    </message>
    <message>
        <source>Quick poll</source>
        <translation>Kurzumfrage</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Poll question</source>
        <translation>Frage der Umfrage</translation>
    </message>
    <message>
        <source>Choices, separated by ;</source>
        <translation>Antworten, getrennt durch ;</translation>
    </message>
    <message>
        <source>Poll choices</source>
        <translation>Antworten der Umfrage</translation>
    </message>
    <message>
        <source>&amp;Open on the phones</source>
        <translation>Auf den Telefonen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation>Offene Aktivität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Phones that joined</source>
        <translation>Beigetretene Telefone</translation>
    </message>
    <message>
        <source>&amp;Remove this input</source>
        <translation>Eingabe &amp;entfernen</translation>
    </message>
    <message>
        <source>Take back what the selected phone sent for the open activity</source>
        <translation>Zurücknehmen, was das gewählte Telefon für die offene Aktivität gesendet hat</translation>
    </message>
    <message>
        <source>Re&amp;lease name</source>
        <translation>Namen &amp;freigeben</translation>
    </message>
    <message>
        <source>Let go of the selected phone: its name can be picked again (by the right person&apos;s phone); what it sent stays</source>
        <translation>Das ausgewählte Telefon freigeben: Sein Name kann wieder gewählt werden (vom Telefon der richtigen Person); was es gesendet hat, bleibt</translation>
    </message>
    <message>
        <source>Remove &amp;guest</source>
        <translation>&amp;Gast entfernen</translation>
    </message>
    <message>
        <source>Remove the selected guest and everything their phone sent</source>
        <translation>Den ausgewählten Gast und alles, was sein Telefon gesendet hat, entfernen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Suggested needs waiting</source>
        <translation>Wartende vorgeschlagene Bedarfe</translation>
    </message>
    <message>
        <source>&amp;Accept as a need</source>
        <translation>Als Bedarf ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Suggested needs</source>
        <translation>Vorgeschlagene Bedarfe</translation>
    </message>
    <message>
        <source>Poll results</source>
        <translation>Ergebnisse der Umfrage</translation>
    </message>
    <message>
        <source>No room open. Room ▸ Open room lets the phones of the room take part.</source>
        <translation>Kein Raum geöffnet. Raum ▸ Raum öffnen lässt die Telefone im Raum teilnehmen.</translation>
    </message>
    <message>
        <source>{workshop}
Join address: {address}
Room code: {code}</source>
        <translation>{workshop}
Adresse zum Teilnehmen: {address}
Raumcode: {code}</translation>
    </message>
    <message>
        <source>No activity open: the phones wait.</source>
        <translation>Keine Aktivität offen: Die Telefone warten.</translation>
    </message>
    <message>
        <source>Open: {activity} — {dimension}</source>
        <translation>Offen: {activity} — {dimension}</translation>
    </message>
    <message>
        <source>Open: {activity}</source>
        <translation>Offen: {activity}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Joined as a guest</source>
        <translation>Als Gast beigetreten</translation>
    </message>
    <message>
        <source>Joined from the participant list</source>
        <translation>Aus der Teilnehmerliste beigetreten</translation>
    </message>
    <message>
        <source>Joined: {joined} · answered the open activity: {answered}</source>
        <translation>Beigetreten: {joined} · haben geantwortet: {answered}</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Gast entfernen</translation>
    </message>
    <message>
        <source>Remove this guest? Their phone is let go, and their scores, dots, ratings and suggestions are taken back.</source>
        <translation>Diesen Gast entfernen? Sein Telefon wird freigegeben, und seine Bewertungen, Punkte, Einstufungen und Vorschläge werden zurückgenommen.</translation>
    </message>
    <message>
        <source>Accept a suggested need</source>
        <translation>Vorgeschlagenen Bedarf übernehmen</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Tally, impact and feasibility per need</source>
        <translation>Auszählung, Wirkung und Machbarkeit je Bedarf</translation>
    </message>
    <message>
        <source>Enter the dots counted on the wall (tally) and the group&apos;s impact and feasibility, 1 (low) to 5 (high). The ranking uses the means over every vote.</source>
        <translation>Geben Sie die an der Wand gezählten Punkte (Auszählung) sowie die von der Gruppe geschätzte Wirkung und Machbarkeit ein, von 1 (niedrig) bis 5 (hoch). Die Rangfolge nutzt die Mittelwerte aller Stimmen.</translation>
    </message>
</context>
<context>
    <name>SessionTimer</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation>Sitzungsdauer in Minuten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>A light theme reads best on most projectors.</source>
        <translation>Ein helles Design ist auf den meisten Beamern am besten lesbar.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Any page: move between controls</source>
        <translation>Jede Seite: zwischen Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Tables: move between cells; edit a cell</source>
        <translation>Tabellen: zwischen Zellen wechseln; eine Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Arrow keys; Enter or F2</source>
        <translation>Pfeiltasten; Eingabe oder F2</translation>
    </message>
    <message>
        <source>Assessment: current level of the selected question</source>
        <translation>Bewertung: aktuelle Stufe der gewählten Frage</translation>
    </message>
    <message>
        <source>Assessment: level not known</source>
        <translation>Bewertung: Stufe unbekannt</translation>
    </message>
    <message>
        <source>Assessment, level buttons: set the current level</source>
        <translation>Bewertung, Stufenschaltflächen: aktuelle Stufe setzen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Assessment, level buttons: set the target level</source>
        <translation>Bewertung, Stufenschaltflächen: Zielstufe setzen</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Umschalt+Leertaste</translation>
    </message>
    <message>
        <source>Roadmap: move the selected action up or down</source>
        <translation>Fahrplan: gewählte Maßnahme nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Nach-oben, Alt+Nach-unten</translation>
    </message>
    <message>
        <source>Tables: delete the selected row</source>
        <translation>Tabellen: gewählte Zeile löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Pane dividers: move</source>
        <translation>Fensterteiler: verschieben</translation>
    </message>
    <message>
        <source>Tab to the divider, then arrow keys</source>
        <translation>Mit Tab zum Teiler, dann Pfeiltasten</translation>
    </message>
    <message>
        <source>Presenter: radar, ranking, 2×2, timer</source>
        <translation>Präsentation: Radar, Rangfolge, 2×2, Zeitnehmer</translation>
    </message>
    <message>
        <source>Presenter: leave full screen</source>
        <translation>Präsentation: Vollbild verlassen</translation>
    </message>
    <message>
        <source>F11, Esc</source>
        <translation>F11, Esc</translation>
    </message>
</context>
<context>
    <name>StartButtons</name>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>&amp;Demo-Workshop öffnen</translation>
    </message>
    <message>
        <source>A complete workshop of a real ICC city with invented participants, in a practice database of its own: try everything without touching your workshops.</source>
        <translation>Ein vollständiger Workshop einer echten ICC-Stadt mit erfundenen Teilnehmenden, in einer eigenen Übungsdatenbank: Probieren Sie alles aus, ohne Ihre Workshops anzutasten.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>Create a workshop for a city in the database shown below</source>
        <translation>Einen Workshop für eine Stadt in der unten angezeigten Datenbank anlegen</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a database file, for example one a colleague gave you</source>
        <translation>Eine Datenbankdatei öffnen, zum Beispiel eine, die Ihnen jemand aus dem Team gegeben hat</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Sync failed %1</source>
        <translation>Synchronisierung fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>not synced: %Ln</source>
        <translation>
            <numerusform>nicht synchronisiert: %Ln</numerusform>
            <numerusform>nicht synchronisiert: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in this workshop: %Ln</source>
        <translation>
            <numerusform>in diesem Workshop: %Ln</numerusform>
            <numerusform>in diesem Workshop: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicts to resolve: %Ln</source>
        <translation>
            <numerusform>zu lösender Konflikt: %Ln</numerusform>
            <numerusform>zu lösende Konflikte: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>Server: %1 (user %2)</source>
        <translation>Server: %1 (Benutzer %2)</translation>
    </message>
    <message numerus="yes">
        <source>Changes not synced, in all: %Ln</source>
        <translation>
            <numerusform>Nicht synchronisierte Änderungen insgesamt: %Ln</numerusform>
            <numerusform>Nicht synchronisierte Änderungen insgesamt: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %Ln</source>
        <translation>
            <numerusform>%1 – %2: %Ln</numerusform>
            <numerusform>%1 – %2: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and more workshops: %Ln</source>
        <translation>
            <numerusform>… und weitere Workshops: %Ln</numerusform>
            <numerusform>… und weitere Workshops: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt beendet…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving changes: %Ln rows so far</source>
        <translation>
            <numerusform>Änderungen werden empfangen: bisher %Ln Zeile</numerusform>
            <numerusform>Änderungen werden empfangen: bisher %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 rows</source>
        <translation>Änderungen werden gesendet: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Sync cancelled. What was received or sent so far is kept; the rest moves at the next sync.</source>
        <translation>Synchronisierung abgebrochen. Was bisher empfangen oder gesendet wurde, bleibt erhalten; der Rest folgt bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached; your work is kept here and syncs next time.</source>
        <translation>Der Synchronisierungsserver ist nicht erreichbar; Ihre Arbeit bleibt hier erhalten und wird beim nächsten Mal synchronisiert.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: open Sync settings and sign in again.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Öffnen Sie die Synchronisierungseinstellungen und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sync failed unexpectedly; the details are in %1.</source>
        <translation>Die Synchronisierung ist unerwartet fehlgeschlagen; die Details stehen in %1.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Exchange this database&apos;s workshops with the programme&apos;s central server. Sync is optional: everything works offline, and nothing is lost while you are.</source>
        <translation>Tauschen Sie die Workshops dieser Datenbank mit dem zentralen Server des Programms aus. Die Synchronisierung ist optional: Alles funktioniert offline, und dabei geht nichts verloren.</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>Synchronisierungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Angemeldet als %1 auf %2.</translation>
    </message>
    <message>
        <source>Signed out of %1 (user %2). Sign in again to sync.</source>
        <translation>Abgemeldet von %1 (Benutzer %2). Melden Sie sich erneut an, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>Not set up. Open Sync settings and sign in with the account the programme office gave you.</source>
        <translation>Nicht eingerichtet. Öffnen Sie die Synchronisierungseinstellungen und melden Sie sich mit dem Konto an, das Ihnen das Programmbüro gegeben hat.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Last synced: %1.</source>
        <translation>Zuletzt synchronisiert: %1.</translation>
    </message>
    <message>
        <source>This database has not synced yet.</source>
        <translation>Diese Datenbank wurde noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nie synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts waiting for your choice: %Ln. The same field was changed here and on the server.</source>
        <translation>
            <numerusform>Konflikt, der auf Ihre Wahl wartet: %Ln. Dasselbe Feld wurde hier und auf dem Server geändert.</numerusform>
            <numerusform>Konflikte, die auf Ihre Wahl warten: %Ln. Dasselbe Feld wurde hier und auf dem Server geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>Everything in this database is on the server.</source>
        <translation>Alles in dieser Datenbank ist auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>Changes made here and not on the server yet: %Ln.</source>
        <translation>
            <numerusform>Hier vorgenommene Änderung, noch nicht auf dem Server: %Ln.</numerusform>
            <numerusform>Hier vorgenommene Änderungen, noch nicht auf dem Server: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside any workshop (cities, lists): %Ln.</source>
        <translation>
            <numerusform>Außerhalb eines Workshops (Städte, Listen): %Ln.</numerusform>
            <numerusform>Außerhalb eines Workshops (Städte, Listen): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received from other devices: %Ln rows (%1 new, %2 updated, %3 merged with changes made here).</source>
        <translation>
            <numerusform>Von anderen Geräten empfangen: %Ln Zeile (%1 neu, %2 aktualisiert, %3 mit hier gemachten Änderungen zusammengeführt).</numerusform>
            <numerusform>Von anderen Geräten empfangen: %Ln Zeilen (%1 neu, %2 aktualisiert, %3 mit hier gemachten Änderungen zusammengeführt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln rows.</source>
        <translation>
            <numerusform>%Ln Zeile gesendet.</numerusform>
            <numerusform>%Ln Zeilen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes made here, confirmed by the server: %Ln rows.</source>
        <translation>
            <numerusform>Hier gemachte Änderungen, vom Server bestätigt: %Ln Zeile.</numerusform>
            <numerusform>Hier gemachte Änderungen, vom Server bestätigt: %Ln Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than the server&apos;s and merged: %Ln rows.</source>
        <translation>
            <numerusform>Älter als die des Servers und zusammengeführt: %Ln Zeile.</numerusform>
            <numerusform>Älter als die des Servers und zusammengeführt: %Ln Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New conflicts, both versions kept: %Ln.</source>
        <translation>
            <numerusform>Neuer Konflikt, beide Versionen behalten: %Ln.</numerusform>
            <numerusform>Neue Konflikte, beide Versionen behalten: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received rows waiting for rows they refer to (fetched again next time): %Ln.</source>
        <translation>
            <numerusform>Empfangene Zeile, die auf Zeilen wartet, auf die sie verweist (beim nächsten Mal erneut abgerufen): %Ln.</numerusform>
            <numerusform>Empfangene Zeilen, die auf Zeilen warten, auf die sie verweisen (beim nächsten Mal erneut abgerufen): %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server, kept here: %1</source>
        <translation>Vom Server abgelehnt, hier behalten: %1</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>Dauer: %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: this computer&apos;s clock is %Ln minute(s) ahead of the server&apos;s.</source>
        <translation>
            <numerusform>Warnung: Die Uhr dieses Computers geht %Ln Minute gegenüber der des Servers vor.</numerusform>
            <numerusform>Warnung: Die Uhr dieses Computers geht %Ln Minuten gegenüber der des Servers vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: this computer&apos;s clock is %Ln minute(s) behind the server&apos;s.</source>
        <translation>
            <numerusform>Warnung: Die Uhr dieses Computers geht %Ln Minute gegenüber der des Servers nach.</numerusform>
            <numerusform>Warnung: Die Uhr dieses Computers geht %Ln Minuten gegenüber der des Servers nach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set its date, time and time zone right: changes made with a clock far ahead are refused, and with a clock behind they lose to others&apos; changes.</source>
        <translation>Stellen Sie Datum, Uhrzeit und Zeitzone richtig ein: Änderungen mit einer weit vorgehenden Uhr werden abgelehnt, mit einer nachgehenden Uhr unterliegen sie den Änderungen anderer.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>Sync is optional: the app works fully offline. Signed in, this database exchanges its workshops with the programme&apos;s server when you choose Sync now.</source>
        <translation>Die Synchronisierung ist optional: Die App funktioniert vollständig offline. Nach der Anmeldung tauscht diese Datenbank ihre Workshops mit dem Server des Programms aus, wenn Sie Jetzt synchronisieren wählen.</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP (trusted networks only)</source>
        <translation>Unverschlüsseltes &amp;HTTP erlauben (nur vertrauenswürdige Netzwerke)</translation>
    </message>
    <message>
        <source>Plain http:// sends your password and data unencrypted. It is always allowed to this computer (localhost); allow it for another computer only on a network you trust.</source>
        <translation>Einfaches http:// sendet Ihr Passwort und Ihre Daten unverschlüsselt. Zu diesem Computer (localhost) ist es immer erlaubt; erlauben Sie es für einen anderen Computer nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Angemeldet als %1 auf %2.</translation>
    </message>
    <message>
        <source>Signed out of %1. Enter your password to sign in again.</source>
        <translation>Abgemeldet von %1. Geben Sie Ihr Passwort ein, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Not set up: enter the server address and your account.</source>
        <translation>Nicht eingerichtet: Geben Sie die Serveradresse und Ihr Konto ein.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://sync.example.org.</source>
        <translation>Geben Sie die Serveradresse ein, z. B. https://sync.example.org.</translation>
    </message>
    <message>
        <source>Enter your user name on the sync server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Synchronisierungsserver ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Signed in. Your sign-in is kept in the system keyring; the password is not stored.</source>
        <translation>Angemeldet. Ihre Anmeldung wird im Schlüsselbund des Systems aufbewahrt; das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Signed in. Your sign-in is kept in a file only you can read (%1); the password is not stored.</source>
        <translation>Angemeldet. Ihre Anmeldung wird in einer Datei aufbewahrt, die nur Sie lesen können (%1); das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your network connection; you can go on working offline.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung; Sie können offline weiterarbeiten.</translation>
    </message>
    <message>
        <source>Could not sign in: an unexpected error (%1).</source>
        <translation>Anmeldung nicht möglich: unerwarteter Fehler (%1).</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung…</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was removed from this computer and revoked on the server.</source>
        <translation>Abgemeldet. Die Anmeldung wurde von diesem Computer entfernt und auf dem Server widerrufen.</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was removed from this computer (the server could not be told; it expires there by itself).</source>
        <translation>Abgemeldet. Die Anmeldung wurde von diesem Computer entfernt (der Server konnte nicht benachrichtigt werden; sie läuft dort von selbst ab).</translation>
    </message>
    <message>
        <source>Could not sign out: %1</source>
        <translation>Abmeldung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSection</name>
    <message>
        <source>Assessment template (Excel)</source>
        <translation>Bewertungsvorlage (Excel)</translation>
    </message>
    <message>
        <source>A workbook with the questions and their five levels, for groups that score on paper or in Excel. Import the filled-in file to add their scores to this workshop (the database is backed up first).</source>
        <translation>Eine Arbeitsmappe mit den Fragen und ihren fünf Stufen für Gruppen, die auf Papier oder in Excel bewerten. Importieren Sie die ausgefüllte Datei, um ihre Bewertungen diesem Workshop hinzuzufügen (die Datenbank wird vorher gesichert).</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>&amp;Import filled template…</source>
        <translation>Ausgefüllte Vorlage &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Horizon: %1 to %2</source>
        <translation>Horizont: %1 bis %2</translation>
    </message>
</context>
<context>
    <name>UnsyncedSection</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Workshops with changes not synced</source>
        <translation>Workshops mit nicht synchronisierten Änderungen</translation>
    </message>
</context>
<context>
    <name>VisionSection</name>
    <message>
        <source>Vision statement</source>
        <translation>Leitbild</translation>
    </message>
    <message>
        <source>Where the city wants to be at the end of the roadmap, in a few sentences (saved when you leave the field)</source>
        <translation>Wo die Stadt am Ende des Fahrplans stehen will, in wenigen Sätzen (gespeichert, wenn Sie das Feld verlassen)</translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation>V&amp;ision</translation>
    </message>
</context>
<context>
    <name>VotingTab</name>
    <message>
        <source>Dot voting: participants down, needs across</source>
        <translation>Punktabstimmung: Teilnehmende in Zeilen, Bedarfe in Spalten</translation>
    </message>
    <message>
        <source>Each participant has %1 dots to place (columns N1, N2… are the needs as numbered in every view; hover a header for its title).</source>
        <translation>Jede Person hat %1 Punkte zu vergeben (die Spalten B1, B2… sind die Bedarfe, überall gleich nummeriert; für den Titel über eine Überschrift fahren).</translation>
    </message>
    <message>
        <source>%1 of %2 dots placed.</source>
        <translation>%1 von %2 Punkten vergeben.</translation>
    </message>
    <message>
        <source>Add participants first to vote per person, or enter a tally per need.</source>
        <translation>Fügen Sie zuerst Teilnehmende hinzu, um pro Person abzustimmen, oder geben Sie eine Auszählung je Bedarf ein.</translation>
    </message>
</context>
<context>
    <name>WelcomeHeading</name>
    <message>
        <source>ICC Workshop logo</source>
        <translation>Logo von ICC Workshop</translation>
    </message>
    <message>
        <source>Welcome to ICC Workshop</source>
        <translation>Willkommen bei ICC Workshop</translation>
    </message>
    <message>
        <source>Run an Intelligent Cities Challenge needs-assessment workshop on this laptop, with or without a network. Everything you type is saved at once.</source>
        <translation>Führen Sie einen Workshop zur Bedarfsanalyse der Intelligent Cities Challenge auf diesem Laptop durch, mit oder ohne Netzwerk. Alles, was Sie eingeben, wird sofort gespeichert.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Preparing the demo workshop…</source>
        <translation>Demo-Workshop wird vorbereitet…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message numerus="yes">
        <source>Workshops in this database: %n. Open one in Overview. File: {path}</source>
        <translation>
            <numerusform>Workshops in dieser Datenbank: %n. Öffnen Sie einen in der Übersicht. Datei: {path}</numerusform>
            <numerusform>Workshops in dieser Datenbank: %n. Öffnen Sie einen in der Übersicht. Datei: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no workshop yet. File: {path}</source>
        <translation>Diese Datenbank hat noch keinen Workshop. Datei: {path}</translation>
    </message>
</context>
<context>
    <name>WorkbookSection</name>
    <message>
        <source>Workbook (Excel)</source>
        <translation>Arbeitsmappe (Excel)</translation>
    </message>
    <message>
        <source>Every table of the workshop on its own sheet, with charts, to analyse further or share with the ICC team. The second button puts every workshop of this database in one workbook.</source>
        <translation>Jede Tabelle des Workshops auf einem eigenen Blatt, mit Diagrammen, zur weiteren Analyse oder zum Teilen mit dem ICC-Team. Die zweite Schaltfläche fasst alle Workshops dieser Datenbank in einer Arbeitsmappe zusammen.</translation>
    </message>
    <message>
        <source>Export this &amp;workshop…</source>
        <translation>Diesen &amp;Workshop exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;every workshop…</source>
        <translation>&amp;Alle Workshops exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;ODS…</source>
        <translation>Als &amp;ODS exportieren…</translation>
    </message>
    <message>
        <source>This workshop as an OpenDocument spreadsheet</source>
        <translation>Dieser Workshop als OpenDocument-Tabelle</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Every workshop as CSV tables in a folder, with a README and a datapackage.json for open-data portals</source>
        <translation>Alle Workshops als CSV-Tabellen in einem Ordner, mit einer README und einer datapackage.json für Open-Data-Portale</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsSection</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Fra&amp;mework</source>
        <translation>&amp;Rahmenwerk</translation>
    </message>
    <message>
        <source>Roadmap &amp;horizon</source>
        <translation>&amp;Horizont des Fahrplans</translation>
    </message>
    <message>
        <source>Dots per partic&amp;ipant</source>
        <translation>Punkte pro Teilneh&amp;mer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The framework cannot change once the assessment has answers.</source>
        <translation>Das Rahmenwerk kann nicht mehr geändert werden, sobald die Bewertung Antworten enthält.</translation>
    </message>
</context>
<context>
    <name>WorkshopsSection</name>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Show all cities</source>
        <translation>Alle Städte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the workshop with its participants, needs and roadmap (not its scores and votes)</source>
        <translation>Den Workshop mit seinen Teilnehmenden, Bedarfen und seinem Fahrplan kopieren (ohne Bewertungen und Stimmen)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the workshop and everything in it; Undo brings it back</source>
        <translation>Den Workshop mit allem Inhalt löschen; Rückgängig holt ihn zurück</translation>
    </message>
</context>
<context>
    <name>WorkshopsTableModel</name>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Evidence: %s</source>
        <translation>Nachweis: %s</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Alle Dimensionen</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Current level (keys 1–5, 0 for unknown)</source>
        <translation>Aktuelle Stufe (Tasten 1–5, 0 für unbekannt)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target level (Shift+1–5)</source>
        <translation>Zielstufe (Umschalt+1–5)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>The need&apos;s short label, the same in every view</source>
        <translation>Das Kurzzeichen des Bedarfs, in jeder Ansicht dasselbe</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <source>Transversal service</source>
        <translation>Querschnittsdienst</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Verbleibende Punkte</translation>
    </message>
    <message>
        <source>Dots this participant can still place</source>
        <translation>Punkte, die diese Person noch vergeben kann</translation>
    </message>
    <message>
        <source>Every participant&apos;s dots plus the tally: what the ranking uses</source>
        <translation>Die Punkte aller Teilnehmenden plus die Zählung: was die Rangfolge verwendet</translation>
    </message>
    <message>
        <source>Tally dots</source>
        <translation>Punkte (Auszählung)</translation>
    </message>
    <message>
        <source>Dots counted by the facilitator on the wall, added to the participants&apos; dots</source>
        <translation>Von der Moderation an der Wand gezählte Punkte, zu denen der Teilnehmenden addiert</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>The group&apos;s impact score, 1 (low) to 5 (high)</source>
        <translation>Wirkungsbewertung der Gruppe, von 1 (niedrig) bis 5 (hoch)</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Machbarkeit</translation>
    </message>
    <message>
        <source>The group&apos;s feasibility score, 1 (hard) to 5 (easy)</source>
        <translation>Machbarkeitsbewertung der Gruppe, von 1 (schwer) bis 5 (leicht)</translation>
    </message>
    <message>
        <source>Impact (all)</source>
        <translation>Wirkung (alle)</translation>
    </message>
    <message>
        <source>Mean impact over every vote, which the ranking uses</source>
        <translation>Mittlere Wirkung über alle Stimmen, die die Rangfolge verwendet</translation>
    </message>
    <message>
        <source>Feasibility (all)</source>
        <translation>Machbarkeit (alle)</translation>
    </message>
    <message>
        <source>Mean feasibility over every vote, which the ranking uses</source>
        <translation>Mittlere Machbarkeit über alle Stimmen, die die Rangfolge verwendet</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>All dots</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>I×F</source>
        <translation>W×M</translation>
    </message>
    <message>
        <source>Impact × feasibility (1–25)</source>
        <translation>Wirkung × Machbarkeit (1–25)</translation>
    </message>
    <message>
        <source>Enter a whole number of euros, e.g. 25000.</source>
        <translation>Geben Sie eine ganze Zahl in Euro ein, z. B. 25000.</translation>
    </message>
    <message>
        <source>Enter a level from 1 to 5, or leave it empty.</source>
        <translation>Geben Sie eine Stufe von 1 bis 5 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>Geben Sie eine Zahl ein, z. B. 12,5.</translation>
    </message>
    <message>
        <source>Enter a month and year, e.g. %1.</source>
        <translation>Geben Sie Monat und Jahr ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Pick a date.</source>
        <translation>Wählen Sie ein Datum.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Roadmap checks</source>
        <translation>Fahrplanprüfungen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% erledigt</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>The end month frozen as agreed (the baseline)</source>
        <translation>Der wie vereinbart festgeschriebene Endmonat (Basisplan)</translation>
    </message>
    <message>
        <source>Months later than the baseline (negative: earlier)</source>
        <translation>Monate später als im Basisplan (negativ: früher)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Of the way</source>
        <translation>Vom Weg</translation>
    </message>
    <message>
        <source>How far the latest value has come from baseline to target</source>
        <translation>Wie weit der letzte Wert vom Ausgangswert zum Ziel gekommen ist</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Current level in the previous round</source>
        <translation>Aktuelle Stufe in der vorigen Runde</translation>
    </message>
    <message>
        <source>Current since before</source>
        <translation>Aktuell seit vorher</translation>
    </message>
    <message>
        <source>Gap since before</source>
        <translation>Lücke seit vorher</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Q1–Q3</source>
        <translation>Q1–Q3</translation>
    </message>
    <message>
        <source>Median target</source>
        <translation>Median Ziel</translation>
    </message>
    <message>
        <source>Where the middle half of the cohort&apos;s cities stand (first to third quartile)</source>
        <translation>Wo die mittlere Hälfte der Städte der Kohorte steht (erstes bis drittes Quartil)</translation>
    </message>
    <message>
        <source>Months late</source>
        <translation>Monate Verzug</translation>
    </message>
    <message>
        <source>City target</source>
        <translation>Ziel der Stadt</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>“{edit}” not redone: someone else changed this data since. Nothing was overwritten.</source>
        <translation>„{edit}“ nicht wiederhergestellt: Jemand anderes hat diese Daten seitdem geändert. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>“{edit}” not undone: someone else changed this data since. Nothing was overwritten.</source>
        <translation>„{edit}“ nicht rückgängig gemacht: Jemand anderes hat diese Daten seitdem geändert. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>“{edit}” not redone: the database file is busy. Try again in a moment.</source>
        <translation>„{edit}“ nicht wiederhergestellt: Die Datenbankdatei ist belegt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“{edit}” not undone: the database file is busy. Try again in a moment.</source>
        <translation>„{edit}“ nicht rückgängig gemacht: Die Datenbankdatei ist belegt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>%s hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>%n Zeile hinzufügen</numerusform>
            <numerusform>%n Zeilen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Duplicate workshop</source>
        <translation>Workshop duplizieren</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>%s bearbeiten</translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation>%s löschen</translation>
    </message>
    <message>
        <source>Score question</source>
        <translation>Frage bewerten</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Neu ordnen</translation>
    </message>
    <message>
        <source>Score question (later round)</source>
        <translation>Frage bewerten (spätere Runde)</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation>Fortschrittsnotiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>focus</name>
    <message>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation>Weitere Symbolleistenschaltflächen</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmende Person %1</translation>
    </message>
</context>
<context>
    <name>needs</name>
    <message>
        <source>Dots: %s</source>
        <translation>Punkte: %s</translation>
    </message>
    <message>
        <source>Impact %1, feasibility %2</source>
        <translation>Wirkung %1, Machbarkeit %2</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Line {line}: {count} columns; expected at most {expected} (name, organisation, role, group, e-mail, consent).</source>
        <translation>Zeile {line}: {count} Spalten; höchstens {expected} erwartet (Name, Organisation, Rolle, Gruppe, E-Mail, Einwilligung).</translation>
    </message>
    <message>
        <source>Line {line}: &apos;{value}&apos; is not a stakeholder group ({groups}).</source>
        <translation>Zeile {line}: „{value}“ ist keine Interessengruppe ({groups}).</translation>
    </message>
    <message>
        <source>Line {line}: consent &apos;{value}&apos; should be yes or no.</source>
        <translation>Zeile {line}: Die Einwilligung „{value}“ muss ja oder nein sein.</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to add.</source>
        <translation>Die Zwischenablage enthält keine Zeilen zum Hinzufügen.</translation>
    </message>
</context>
<context>
    <name>splitter</name>
    <message>
        <source>Pane divider</source>
        <translation>Fensterteiler</translation>
    </message>
    <message>
        <source>Arrow keys move it; Home and End push it to one side</source>
        <translation>Pfeiltasten verschieben ihn; Pos1 und Ende schieben ihn ganz zur Seite</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Changes not synced</source>
        <translation>Nicht synchronisierte Änderungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Listeneintrag</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Bewertungsrunde</translation>
    </message>
    <message>
        <source>Answer in a later round</source>
        <translation>Antwort einer späteren Runde</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Fortschrittsnotiz</translation>
    </message>
    <message>
        <source>KPI measurement</source>
        <translation>KPI-Messung</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Fertigstellungsgrad (%)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <source>Indicator from the library</source>
        <translation>Indikator aus der Bibliothek</translation>
    </message>
    <message>
        <source>Agreed roadmap frozen on</source>
        <translation>Vereinbarter Fahrplan festgeschrieben am</translation>
    </message>
    <message>
        <source>Agreed start</source>
        <translation>Vereinbarter Beginn</translation>
    </message>
    <message>
        <source>Agreed end</source>
        <translation>Vereinbartes Ende</translation>
    </message>
    <message>
        <source>Agreed budget (EUR)</source>
        <translation>Vereinbartes Budget (EUR)</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Einwilligung zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Einwilligung erfasst am</translation>
    </message>
    <message>
        <source>Keep personal data (months)</source>
        <translation>Personenbezogene Daten aufbewahren (Monate)</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personenbezogene Daten gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Position in der Liste</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Stufe 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Stufe 3</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>Stufe 4</translation>
    </message>
    <message>
        <source>Level 5</source>
        <translation>Stufe 5</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Leitbild</translation>
    </message>
    <message>
        <source>Roadmap horizon (years)</source>
        <translation>Horizont des Fahrplans (Jahre)</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Punkte pro teilnehmender Person</translation>
    </message>
    <message>
        <source>Final document</source>
        <translation>Endgültiges Dokument</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Joined from a phone</source>
        <translation>Per Telefon beigetreten</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Evidence / comment</source>
        <translation>Nachweis / Kommentar</translation>
    </message>
    <message>
        <source>Thematic track</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <source>Transversal service</source>
        <translation>Querschnittsdienst</translation>
    </message>
    <message>
        <source>MoSCoW category</source>
        <translation>MoSCoW-Kategorie</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Machbarkeit</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Federführende Organisation</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Schneller Erfolg</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted (%1)</source>
        <translation>Gelöscht (%1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>linked row %1</source>
        <translation>verknüpfte Zeile %1</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
</TS>
