<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Run an Intelligent Cities Challenge needs-assessment workshop offline: city profile, participants, maturity assessment, needs and priorities, vision and roadmap, reports. Licensed under the EUPL-1.2. Nothing you enter leaves this computer unless you sync it with a server you choose.</source>
        <translation>Animez hors ligne un atelier d’évaluation des besoins de l’Intelligent Cities Challenge : profil de la ville, participants, évaluation de maturité, besoins et priorités, vision et feuille de route, rapports. Sous licence EUPL-1.2. Rien de ce que vous saisissez ne quitte cet ordinateur, sauf si vous le synchronisez avec un serveur de votre choix.</translation>
    </message>
    <message>
        <source>(no database open)</source>
        <translation>(aucune base de données ouverte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Log folder:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Base de données :&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Dossier des journaux :&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Licences of the software this app includes</source>
        <translation>Licences des logiciels inclus dans cette application</translation>
    </message>
    <message>
        <source>Show the &amp;font licence</source>
        <translation>Afficher la licence de la &amp;police</translation>
    </message>
    <message>
        <source>&lt;b&gt;This app includes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette application comprend&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3: their libraries are separate files in the app&apos;s folder, which you may replace with your own build. Their source code is available from the Qt Project.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence publique générale limitée GNU v3 : leurs bibliothèques sont des fichiers distincts dans le dossier de l’application, que vous pouvez remplacer par votre propre compilation. Leur code source est disponible auprès du Qt Project.</translation>
    </message>
    <message>
        <source>DejaVu font licence</source>
        <translation>Licence de la police DejaVu</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Paramètres de synchronisation…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop after the current step; what moved so far is kept</source>
        <translation>S’arrêter après l’étape en cours ; ce qui a déjà été échangé est conservé</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Action sélectionnée</translation>
    </message>
    <message>
        <source>Select an action to see its objective, need, lead, budget and funding.</source>
        <translation>Sélectionnez une action pour voir son objectif, son besoin, son pilote, son budget et son financement.</translation>
    </message>
    <message>
        <source>Search the roadmap…</source>
        <translation>Rechercher dans la feuille de route…</translation>
    </message>
    <message>
        <source>Search objectives, actions and KPIs</source>
        <translation>Rechercher des objectifs, actions et indicateurs</translation>
    </message>
    <message>
        <source>A new action</source>
        <translation>Une nouvelle action</translation>
    </message>
    <message>
        <source>New action&apos;s title</source>
        <translation>Titre de la nouvelle action</translation>
    </message>
    <message>
        <source>New action&apos;s objective</source>
        <translation>Objectif de la nouvelle action</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>Ajouter une &amp;action</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected action (or objective, or KPI) — Del; Undo brings it back</source>
        <translation>Supprimer l’action sélectionnée (ou l’objectif, ou l’indicateur) — Suppr ; Annuler la rétablit</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(aucun objectif)</translation>
    </message>
</context>
<context>
    <name>AfterExportSection</name>
    <message>
        <source>&amp;Open each file when it is ready</source>
        <translation>&amp;Ouvrir chaque fichier dès qu’il est prêt</translation>
    </message>
    <message>
        <source>Open &amp;last file</source>
        <translation>Ouvrir le &amp;dernier fichier</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Keys 1–5 score the selected question (0: not known); in the Target column they set the target. Click a level for the current one, Shift+click for the target.</source>
        <translation>Les touches 1 à 5 notent la question sélectionnée (0 : inconnu) ; dans la colonne Cible, elles fixent la cible. Cliquez sur un niveau pour le niveau actuel, Maj+clic pour la cible.</translation>
    </message>
    <message>
        <source>Same edition</source>
        <translation>Même édition</translation>
    </message>
    <message>
        <source>Only cities of the same challenge edition as this one</source>
        <translation>Seulement les villes de la même édition du programme</translation>
    </message>
    <message>
        <source>Thematic track of the cohort</source>
        <translation>Thématique de la cohorte</translation>
    </message>
    <message>
        <source>The city beside its cohort</source>
        <translation>La ville à côté de sa cohorte</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Toute thématique</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Only %1 cities match; cohort figures are shown over at least five cities (sync with the server to compare with the whole programme).</source>
        <translation>Seulement %1 villes correspondent ; les chiffres de cohorte portent sur au moins cinq villes (synchronisez avec le serveur pour comparer avec tout le programme).</translation>
    </message>
    <message>
        <source>the sync server</source>
        <translation>le serveur de synchronisation</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>cette base</translation>
    </message>
    <message>
        <source>%1 cities on this framework, from %2.</source>
        <translation>%1 villes sur ce référentiel, d&apos;après %2.</translation>
    </message>
    <message>
        <source>Select a question to score it.</source>
        <translation>Sélectionnez une question pour la noter.</translation>
    </message>
    <message>
        <source>Levels go from 1 to 5; 0 marks a level as not known.</source>
        <translation>Les niveaux vont de 1 à 5 ; 0 indique un niveau inconnu.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backed up by hand</source>
        <translation>Sauvegarde manuelle</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>ICC Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données ICC Workshop (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up to {path}…</source>
        <translation>Sauvegarde dans {path}…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>The backup failed because of an unexpected error; the details are in the log file.</source>
        <translation>La sauvegarde a échoué à cause d’une erreur inattendue ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it ends, then restore the backup.</source>
        <translation>Une synchronisation est en cours. Attendez qu’elle se termine, puis restaurez la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>Impossible de restaurer ce fichier</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>All the data now in {name} will be replaced by the backup from {when}. Edits made since then are lost, and the undo history is cleared.

A backup of the current data is taken first, so this restore can itself be undone from this menu.</source>
        <translation>Toutes les données actuelles de {name} seront remplacées par la sauvegarde du {when}. Les modifications faites depuis seront perdues et l’historique d’annulation sera vidé.

Une sauvegarde des données actuelles est faite d’abord : cette restauration pourra elle-même être annulée depuis ce menu.</translation>
    </message>
    <message>
        <source>Replace the current data?</source>
        <translation>Remplacer les données actuelles ?</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restauration de {name}…</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>La sauvegarde du {when} a été restaurée.</translation>
    </message>
    <message>
        <source>The previous data was saved as {path}.</source>
        <translation>Les données précédentes ont été sauvegardées dans {path}.</translation>
    </message>
    <message>
        <source>The restore failed because of an unexpected error; the details are in the log file.</source>
        <translation>La restauration a échoué à cause d’une erreur inattendue ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
</context>
<context>
    <name>ChecksSection</name>
    <message>
        <source>Roadmap checks</source>
        <translation>Contrôles de la feuille de route</translation>
    </message>
    <message numerus="yes">
        <source>Roadmap checks: %n warning(s)</source>
        <translation>
            <numerusform>Contrôles de la feuille de route : %n avertissement</numerusform>
            <numerusform>Contrôles de la feuille de route : %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap checks: nothing to report</source>
        <translation>Contrôles de la feuille de route : rien à signaler</translation>
    </message>
</context>
<context>
    <name>CitiesSection</name>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
</context>
<context>
    <name>CitiesTableModel</name>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
</context>
<context>
    <name>CityPage</name>
    <message>
        <source>City and workshop</source>
        <translation>Ville et atelier</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Modifier la ville</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Modifier l’atelier</translation>
    </message>
    <message>
        <source>Enter the population as a whole number, e.g. 297000.</source>
        <translation>Saisissez la population en nombre entier, p. ex. 297000.</translation>
    </message>
</context>
<context>
    <name>CityProfileSection</name>
    <message>
        <source>City profile</source>
        <translation>Profil de la ville</translation>
    </message>
    <message>
        <source>e.g. 297000</source>
        <translation>p. ex. 297000</translation>
    </message>
    <message>
        <source>Context worth knowing before the workshop</source>
        <translation>Contexte utile à connaître avant l’atelier</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>P&amp;opulation</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Ro&amp;le in the challenge</source>
        <translation>Rô&amp;le dans le challenge</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConflictDetailSection</name>
    <message>
        <source>Both versions, field by field</source>
        <translation>Les deux versions, champ par champ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Keep all from &amp;this computer</source>
        <translation>Tout garder de &amp;cet ordinateur</translation>
    </message>
    <message>
        <source>Keep all from the s&amp;erver</source>
        <translation>Tout garder du s&amp;erveur</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>&amp;Appliquer les choix</translation>
    </message>
</context>
<context>
    <name>ConflictListSection</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>The same field was changed here and on the server. Both versions are kept; until you choose, the newer one is shown. Pick, field by field, the version to keep.</source>
        <translation>Le même champ a été modifié ici et sur le serveur. Les deux versions sont conservées ; tant que vous n’avez pas choisi, la plus récente est affichée. Choisissez, champ par champ, la version à garder.</translation>
    </message>
    <message>
        <source>No conflicts to resolve. When the same field is changed here and on the server, both versions are kept and listed here for you to choose.</source>
        <translation>Aucun conflit à résoudre. Quand le même champ est modifié ici et sur le serveur, les deux versions sont conservées et listées ici pour que vous choisissiez.</translation>
    </message>
    <message numerus="yes">
        <source>To resolve (%Ln)</source>
        <translation>
            <numerusform>À résoudre (%Ln)</numerusform>
            <numerusform>À résoudre (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Found %1. Check the version to keep in each row, then apply; the other value is discarded.</source>
        <translation>%1 trouvé(s). Cochez la version à garder dans chaque ligne, puis appliquez ; l’autre valeur est abandonnée.</translation>
    </message>
    <message>
        <source>This computer&apos;s version: %1. The server&apos;s version: %2.</source>
        <translation>Version de cet ordinateur : %1. Version du serveur : %2.</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>Dans %1.</translation>
    </message>
    <message>
        <source>Pick a version for every field first.</source>
        <translation>Choisissez d’abord une version pour chaque champ.</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Impossible d’appliquer : %1</translation>
    </message>
    <message>
        <source>Saved. The chosen values are sent to the server at the next sync.</source>
        <translation>Enregistré. Les valeurs choisies seront envoyées au serveur lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>ICC Workshop ran into a problem it did not expect. Everything saved before this moment is safe in the database. You can keep working; if the problem comes back, send the details below to your support contact.</source>
        <translation>ICC Workshop a rencontré un problème inattendu. Tout ce qui a été enregistré avant ce moment est en sécurité dans la base de données. Vous pouvez continuer à travailler ; si le problème se reproduit, envoyez les détails ci-dessous à votre contact d’assistance.</translation>
    </message>
    <message>
        <source>The details are also in the log file:
{path}</source>
        <translation>Les détails figurent aussi dans le fichier journal :
{path}</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(pas de fichier journal)</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>The database could not be opened because of an unexpected error; the details are in the log file.</source>
        <translation>La base de données n’a pas pu être ouverte à cause d’une erreur inattendue ; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>DimensionsSection</name>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>%1 of %2 questions scored</source>
        <translation>%1 questions notées sur %2</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Entry refused</source>
        <translation>Saisie refusée</translation>
    </message>
    <message>
        <source>Says why the last entry was refused</source>
        <translation>Indique pourquoi la dernière saisie a été refusée</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Roadmap timeline</source>
        <translation>Chronologie de la feuille de route</translation>
    </message>
    <message>
        <source>No actions with start and end months yet.</source>
        <translation>Aucune action avec mois de début et de fin pour l’instant.</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>vérification : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>No actions with start and end months yet</source>
        <translation>Aucune action avec mois de début et de fin pour l’instant</translation>
    </message>
    <message>
        <source>Actions without an objective</source>
        <translation>Actions sans objectif</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <source>Planned (baseline): %1</source>
        <translation>Prévu (référence) : %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l’importation</translation>
    </message>
    <message>
        <source>{file}: {read}. {changes}; {kept}; {conflicts}.</source>
        <translation>{file} : {read}. {changes} ; {kept} ; {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) read</source>
        <translation>
            <numerusform>%n question lue</numerusform>
            <numerusform>%n questions lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) will change</source>
        <translation>
            <numerusform>%n valeur sera modifiée</numerusform>
            <numerusform>%n valeurs seront modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer value(s) in the workshop kept</source>
        <translation>
            <numerusform>%n valeur plus récente de l’atelier conservée</numerusform>
            <numerusform>%n valeurs plus récentes de l’atelier conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed on both sides</source>
        <translation>
            <numerusform>%n valeur modifiée des deux côtés</numerusform>
            <numerusform>%n valeurs modifiées des deux côtés</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>Dans l’atelier</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Keep the workshop’s value</source>
        <translation>Garder la valeur de l’atelier</translation>
    </message>
    <message>
        <source>Take the file’s value</source>
        <translation>Prendre la valeur du fichier</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>File’s value</source>
        <translation>Valeur du fichier</translation>
    </message>
    <message>
        <source>Newer in the workshop</source>
        <translation>Plus récent dans l’atelier</translation>
    </message>
    <message>
        <source>Workshop’s value kept</source>
        <translation>Valeur de l’atelier conservée</translation>
    </message>
    <message>
        <source>Pick for each conflict which value to keep; nothing is written until you press Import. The database is backed up first.</source>
        <translation>Choisissez pour chaque conflit la valeur à garder ; rien n’est enregistré avant que vous cliquiez sur Importer. La base de données est d’abord sauvegardée.</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. The database is backed up first.</source>
        <translation>Rien n’est enregistré avant que vous cliquiez sur Importer. La base de données est d’abord sauvegardée.</translation>
    </message>
    <message>
        <source>The file holds nothing new: importing it changes nothing.</source>
        <translation>Le fichier ne contient rien de nouveau : l’importer ne change rien.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{code}, row {row}, {column}</source>
        <translation>{code}, ligne {row}, {column}</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>KPI chart: measurements against baseline and target</source>
        <translation>Graphique de l&apos;indicateur : mesures face à la valeur de départ et à la cible</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>KpiLibraryDialog</name>
    <message>
        <source>KPI library</source>
        <translation>Bibliothèque d&apos;indicateurs</translation>
    </message>
    <message>
        <source>Search by name, theme, identifier or “SDG 7”…</source>
        <translation>Chercher par nom, thème, identifiant ou « ODD 7 »…</translation>
    </message>
    <message>
        <source>Search the KPI library</source>
        <translation>Chercher dans la bibliothèque d&apos;indicateurs</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Sustainable Development Goal</source>
        <translation>Objectif de développement durable</translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation>Tous les ODD</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ODD %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Add this KPI</source>
        <translation>Ajouter cet indicateur</translation>
    </message>
    <message>
        <source>No indicator matches.</source>
        <translation>Aucun indicateur ne correspond.</translation>
    </message>
</context>
<context>
    <name>KpiSection</name>
    <message>
        <source>KPIs of the selected action</source>
        <translation>Indicateurs de l’action sélectionnée</translation>
    </message>
    <message>
        <source>A new KPI of the selected action, e.g. “Households with fibre”</source>
        <translation>Un nouvel indicateur de l’action sélectionnée, p. ex. « Foyers raccordés à la fibre »</translation>
    </message>
    <message>
        <source>New KPI&apos;s name</source>
        <translation>Nom du nouvel indicateur</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>Ajouter un &amp;indicateur</translation>
    </message>
    <message>
        <source>From the &amp;library…</source>
        <translation>Depuis la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Pick a KPI from the indicator library (U4SSC, CITYkeys, LORDI, ISO 37120/37122/37123): it brings its unit and direction</source>
        <translation>Choisir un indicateur dans la bibliothèque (U4SSC, CITYkeys, LORDI, ISO 37120/37122/37123) : il apporte son unité et son sens</translation>
    </message>
    <message>
        <source>KPIs of “%1”</source>
        <translation>Indicateurs de « %1 »</translation>
    </message>
    <message>
        <source>KPIs (select an action)</source>
        <translation>Indicateurs (sélectionnez une action)</translation>
    </message>
</context>
<context>
    <name>LastSyncSection</name>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Ce qu’a fait la dernière synchronisation</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Review conflicts</source>
        <translation>&amp;Examiner les conflits</translation>
    </message>
</context>
<context>
    <name>LevelButton</name>
    <message>
        <source>current level</source>
        <translation>niveau actuel</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>niveau cible</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Click: current level %1 · Shift+click: target level %1</source>
        <translation>Clic : niveau actuel %1 · Maj+clic : niveau cible %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps of the workshop</source>
        <translation>Étapes de l’atelier</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Autosave state</source>
        <translation>État de l’enregistrement automatique</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop after the current step; what moved so far is kept</source>
        <translation>S’arrêter après l’étape en cours ; ce qui a déjà été échangé est conservé</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Create a workshop for a city</source>
        <translation>Créer un atelier pour une ville</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <source>Start an empty database file</source>
        <translation>Commencer un fichier de base de données vide</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Copy the database to a backup file</source>
        <translation>Copier la base de données dans un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the data with a backup (the current data is backed up first)</source>
        <translation>Remplacer les données par une sauvegarde (les données actuelles sont sauvegardées d’abord)</translation>
    </message>
    <message>
        <source>Strategy document (&amp;PDF)…</source>
        <translation>Document de stratégie (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Workshop &amp;workbook (Excel)…</source>
        <translation>&amp;Classeur de l’atelier (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Every workshop in one workbook…</source>
        <translation>&amp;Tous les ateliers dans un classeur…</translation>
    </message>
    <message>
        <source>Assessment &amp;template…</source>
        <translation>&amp;Modèle d’évaluation…</translation>
    </message>
    <message>
        <source>&amp;Import a filled-in template…</source>
        <translation>&amp;Importer un modèle rempli…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the list of this page</source>
        <translation>Rechercher dans la liste de cette page</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>Vue &amp;présentateur</translation>
    </message>
    <message>
        <source>Open a window for the projector: radar, ranking, 2×2, timer</source>
        <translation>Ouvrir une fenêtre pour le projecteur : radar, classement, matrice 2×2, minuteur</translation>
    </message>
    <message>
        <source>&amp;Open room…</source>
        <translation>&amp;Ouvrir la salle…</translation>
    </message>
    <message>
        <source>Let the phones of the room score, vote and suggest over the local network</source>
        <translation>Laisser les téléphones de la salle évaluer, voter et proposer sur le réseau local</translation>
    </message>
    <message>
        <source>Room &amp;panel</source>
        <translation>&amp;Panneau de la salle</translation>
    </message>
    <message>
        <source>Activities, phones that joined, suggested needs</source>
        <translation>Activités, téléphones connectés, besoins proposés</translation>
    </message>
    <message>
        <source>&amp;Close room</source>
        <translation>&amp;Fermer la salle</translation>
    </message>
    <message>
        <source>Stop the room: phones can no longer send anything</source>
        <translation>Arrêter la salle : les téléphones ne peuvent plus rien envoyer</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Exchange changes with the sync server in the background</source>
        <translation>Échanger les modifications avec le serveur de synchronisation en arrière-plan</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Paramètres de synchronisation…</translation>
    </message>
    <message>
        <source>Server address, sign in and sign out</source>
        <translation>Adresse du serveur, connexion et déconnexion</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About ICC Workshop</source>
        <translation>&amp;À propos d’ICC Workshop</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Page d’&amp;accueil</translation>
    </message>
    <message>
        <source>The method in three lines and the ways to begin</source>
        <translation>La méthode en trois lignes et les façons de commencer</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of the window and its pages</source>
        <translation>Toutes les touches de la fenêtre et de ses pages</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger text everywhere</source>
        <translation>Texte plus grand partout</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text everywhere</source>
        <translation>Texte plus petit partout</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Text at the system&apos;s size</source>
        <translation>Texte à la taille du système</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Export and import</source>
        <translation>&amp;Exporter et importer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Atelier ouvert</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Ouverture de {path}…</translation>
    </message>
    <message>
        <source>Use File ▸ Open database… to open another file.</source>
        <translation>Utilisez Fichier ▸ Ouvrir une base de données… pour ouvrir un autre fichier.</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>{count} workshops. Opening the database…</source>
        <translation>{count} ateliers. Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Fichier de base de données : {path}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>Retention periods applied: the names, e-mails and organisations of %n participant(s) were erased.</source>
        <translation>
            <numerusform>Durées de conservation appliquées : les noms, e-mails et organisations de %n participant ont été effacés.</numerusform>
            <numerusform>Durées de conservation appliquées : les noms, e-mails et organisations de %n participants ont été effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice database: the demo workshop with invented people and scores. Try anything here; it never mixes with your own workshops and is never synced. File ▸ Open database… or Recent databases goes back to your own.</source>
        <translation>Base d’entraînement : l’atelier de démonstration, avec des personnes et des notes inventées. Essayez tout ici ; rien ne se mélange à vos propres ateliers et rien n’est synchronisé. Fichier ▸ Ouvrir une base de données… ou Bases de données récentes ramène à la vôtre.</translation>
    </message>
    <message>
        <source>Sync is off in the practice database</source>
        <translation>La synchronisation est désactivée dans la base d’entraînement</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom : %1 %</translation>
    </message>
    <message>
        <source>Open a workshop in the overview first</source>
        <translation>Ouvrez d’abord un atelier dans la vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Annuler : {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Rétablir : {edit}</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Annuler {edit}</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rétablir {edit}</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>Toutes les modifications enregistrées à {time}</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln waiting</source>
        <translation>
            <numerusform>%1, %Ln en attente</numerusform>
            <numerusform>%1, %Ln en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisation terminée</translation>
    </message>
    <message>
        <source>This page has no list to search.</source>
        <translation>Cette page n’a pas de liste où chercher.</translation>
    </message>
    <message>
        <source>ICC Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données ICC Workshop (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>No other databases yet</source>
        <translation>Aucune autre base de données pour l’instant</translation>
    </message>
    <message>
        <source>Open room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
</context>
<context>
    <name>MethodSteps</name>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Describe the city, its team and the participants of the workshop.</source>
        <translation>Décrivez la ville, son équipe et les participants de l’atelier.</translation>
    </message>
    <message>
        <source>Assess and prioritise</source>
        <translation>Évaluer et prioriser</translation>
    </message>
    <message>
        <source>Rate the city&apos;s maturity with the stakeholders, find the biggest gaps, and vote on the needs.</source>
        <translation>Évaluez la maturité de la ville avec les parties prenantes, repérez les plus grands écarts et votez sur les besoins.</translation>
    </message>
    <message>
        <source>Plan and share</source>
        <translation>Planifier et partager</translation>
    </message>
    <message>
        <source>Agree a vision, build a roadmap of actions with KPIs, and export it to PDF and Excel.</source>
        <translation>Convenez d’une vision, construisez une feuille de route d’actions avec des indicateurs, et exportez-la en PDF et Excel.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>After the workshop: record how the actions progress, measure the KPIs and assess the city again (T1, T2…). Everything is saved at once.</source>
        <translation>Après l&apos;atelier : suivez l&apos;avancement des actions, mesurez les indicateurs et évaluez à nouveau la ville (T1, T2…). Tout est enregistré aussitôt.</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Avancement</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>Assessment r&amp;ounds</source>
        <translation>Cycles d&apos;év&amp;aluation</translation>
    </message>
    <message>
        <source>Free&amp;ze as agreed</source>
        <translation>Fi&amp;ger tel qu&apos;adopté</translation>
    </message>
    <message>
        <source>Keep today&apos;s months and budgets of every action as the baseline; the timeline then shows planned against actual</source>
        <translation>Garder les mois et budgets actuels de chaque action comme référence ; le calendrier montre ensuite le prévu face au réel</translation>
    </message>
    <message>
        <source>Progress &amp;workbook…</source>
        <translation>&amp;Classeur d&apos;avancement…</translation>
    </message>
    <message>
        <source>An Excel workbook for the city to report progress offline: status, percent and notes per action, new KPI values</source>
        <translation>Un classeur Excel pour que la ville rende compte de l&apos;avancement hors ligne : statut, pourcentage et notes par action, nouvelles valeurs d&apos;indicateurs</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>&amp;Importer l&apos;avancement…</translation>
    </message>
    <message>
        <source>Read a filled progress workbook back: everything is checked first, and nothing changed here since it was made is overwritten</source>
        <translation>Relire un classeur d&apos;avancement rempli : tout est vérifié d&apos;abord, et rien de ce qui a changé ici depuis sa création n&apos;est écrasé</translation>
    </message>
    <message>
        <source>Progress of the actions</source>
        <translation>Avancement des actions</translation>
    </message>
    <message>
        <source>Dashed outline: planned (frozen baseline); bar: now, coloured by status.</source>
        <translation>Contour en tirets : prévu (référence figée) ; barre : actuel, coloré selon le statut.</translation>
    </message>
    <message>
        <source>KPIs with their latest value</source>
        <translation>Indicateurs et leur dernière valeur</translation>
    </message>
    <message>
        <source>Measurements of the selected KPI</source>
        <translation>Mesures de l&apos;indicateur choisi</translation>
    </message>
    <message>
        <source>Date of the measurement</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <source>Source or remark (optional)</source>
        <translation>Source ou remarque (facultatif)</translation>
    </message>
    <message>
        <source>Note on the measurement</source>
        <translation>Note sur la mesure</translation>
    </message>
    <message>
        <source>Add &amp;measurement</source>
        <translation>Ajouter la &amp;mesure</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Cycle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Date of the new round</source>
        <translation>Date du nouveau cycle</translation>
    </message>
    <message>
        <source>&amp;Start a new round</source>
        <translation>&amp;Commencer un nouveau cycle</translation>
    </message>
    <message>
        <source>Assess the city again on this date (T1, T2…): the group scores each question as it stands now</source>
        <translation>Évaluer à nouveau la ville à cette date (T1, T2…) : le groupe note chaque question selon la situation actuelle</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Cycle :</translation>
    </message>
    <message>
        <source>Questions of the round</source>
        <translation>Questions du cycle</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Évolution depuis le cycle précédent</translation>
    </message>
    <message>
        <source>Roadmap frozen as agreed on %1: the timeline shows planned against actual.</source>
        <translation>Feuille de route figée telle qu&apos;adoptée le %1 : le calendrier montre le prévu face au réel.</translation>
    </message>
    <message>
        <source>The roadmap is not frozen yet: freeze it once the city agrees it, to follow the plan.</source>
        <translation>La feuille de route n&apos;est pas encore figée : figez-la une fois adoptée par la ville pour suivre le plan.</translation>
    </message>
    <message>
        <source>Free&amp;ze again</source>
        <translation>Fi&amp;ger à nouveau</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notes sur « %1 »</translation>
    </message>
    <message>
        <source>Notes (select an action)</source>
        <translation>Notes (choisissez une action)</translation>
    </message>
    <message>
        <source>Measurements (select a KPI)</source>
        <translation>Mesures (choisissez un indicateur)</translation>
    </message>
    <message>
        <source>Measurements of “%1”</source>
        <translation>Mesures de « %1 »</translation>
    </message>
    <message>
        <source>No later round yet. The workshop&apos;s own assessment is T0; start a new round to assess the city again.</source>
        <translation>Pas encore de cycle ultérieur. L&apos;évaluation de l&apos;atelier est T0 ; commencez un nouveau cycle pour évaluer à nouveau la ville.</translation>
    </message>
    <message>
        <source>Type 1–5 in Current and Target (empty: not known). “Before” is the level in the previous round.</source>
        <translation>Saisissez 1 à 5 dans Actuel et Cible (vide : inconnu). « Avant » est le niveau du cycle précédent.</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>Actuel (%1)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 par rapport à %2</translation>
    </message>
    <message>
        <source>%1 (the workshop&apos;s assessment)</source>
        <translation>%1 (l&apos;évaluation de l&apos;atelier)</translation>
    </message>
    <message>
        <source>Edit progress</source>
        <translation>Modifier l&apos;avancement</translation>
    </message>
    <message>
        <source>Edit progress note</source>
        <translation>Modifier la note d&apos;avancement</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Modifier la mesure</translation>
    </message>
    <message>
        <source>Delete progress note</source>
        <translation>Supprimer la note d&apos;avancement</translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation>Saisissez la valeur mesurée.</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>A new round cannot be dated before round %1.</source>
        <translation>Un nouveau cycle ne peut pas être daté avant le cycle %1.</translation>
    </message>
    <message>
        <source>Start assessment round</source>
        <translation>Commencer un cycle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Freeze again</source>
        <translation>Figer à nouveau</translation>
    </message>
    <message>
        <source>Replace the baseline frozen on %1 with today&apos;s plan? The earlier baseline is not kept.</source>
        <translation>Remplacer la référence figée le %1 par le plan actuel ? L&apos;ancienne référence n&apos;est pas conservée.</translation>
    </message>
    <message>
        <source>Progress workbook</source>
        <translation>Classeur d&apos;avancement</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importer l&apos;avancement</translation>
    </message>
    <message>
        <source>Imported: %1 action(s) updated, %2 note(s) and %3 KPI value(s) added; %4 already recorded.</source>
        <translation>Importé : %1 action(s) mise(s) à jour, %2 note(s) et %3 valeur(s) d&apos;indicateurs ajoutée(s) ; %4 déjà enregistrée(s).</translation>
    </message>
</context>
<context>
    <name>NeedListTab</name>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Selected need</source>
        <translation>Besoin sélectionné</translation>
    </message>
    <message>
        <source>Select a need to tag its track, transversal service and SWOT.</source>
        <translation>Sélectionnez un besoin pour indiquer son volet, son service transversal et sa catégorie SWOT.</translation>
    </message>
</context>
<context>
    <name>NeedToolsBar</name>
    <message>
        <source>Search needs and participants…</source>
        <translation>Rechercher des besoins et des participants…</translation>
    </message>
    <message>
        <source>Search needs</source>
        <translation>Rechercher des besoins</translation>
    </message>
    <message>
        <source>How many gaps to turn into needs</source>
        <translation>Nombre d’écarts à transformer en besoins</translation>
    </message>
    <message>
        <source>Add needs from the largest &amp;gaps</source>
        <translation>Ajouter des besoins à partir des plus grands é&amp;carts</translation>
    </message>
    <message>
        <source>One need per question with the largest consensus gap (target − current), skipping those already listed</source>
        <translation>Un besoin par question ayant le plus grand écart de consensus (cible − actuel), en sautant ceux déjà listés</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Needs &amp; priorities</source>
        <translation>Besoins et priorités</translation>
    </message>
    <message>
        <source>Turn the largest gaps into needs or type your own; then vote with dots and score impact and feasibility. The ranking and the 2×2 follow every change.</source>
        <translation>Transformez les plus grands écarts en besoins ou saisissez les vôtres ; votez ensuite avec des gommettes et notez l’impact et la faisabilité. Le classement et la matrice 2×2 suivent chaque modification.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Impact &amp;&amp; feasibility</source>
        <translation>Impact &amp;&amp; faisabilité</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>No new need to add: score the consensus current and target levels on the Assessment page, or the largest gaps are already needs.</source>
        <translation>Aucun nouveau besoin à ajouter : notez les niveaux actuel et cible du consensus sur la page Évaluation, ou les plus grands écarts sont déjà des besoins.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n need(s) from gaps</source>
        <translation>
            <numerusform>Ajouter %n besoin à partir des écarts</numerusform>
            <numerusform>Ajouter %n besoins à partir des écarts</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>Supprimer le besoin</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Modifier le besoin</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city</source>
        <translation>Nouvelle ville</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Choose the country</source>
        <translation>Choisissez le pays</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Ajouter la ville</translation>
    </message>
</context>
<context>
    <name>NewNeedBar</name>
    <message>
        <source>A new need, e.g. “Open data portal for mobility”</source>
        <translation>Un nouveau besoin, p. ex. « Portail de données ouvertes pour la mobilité »</translation>
    </message>
    <message>
        <source>New need&apos;s title</source>
        <translation>Titre du nouveau besoin</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>&amp;Ajouter le besoin</translation>
    </message>
    <message>
        <source>&amp;Delete need</source>
        <translation>&amp;Supprimer le besoin</translation>
    </message>
    <message>
        <source>Delete the selected need and its votes (Del); Undo brings them back</source>
        <translation>Supprimer le besoin sélectionné et ses votes (Suppr) ; Annuler les rétablit</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>New &amp;city…</source>
        <translation>Nouvelle &amp;ville…</translation>
    </message>
    <message>
        <source>Needs assessment workshop</source>
        <translation>Atelier d’évaluation des besoins</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Titre de l’atelier</translation>
    </message>
    <message>
        <source>Assessment framework</source>
        <translation>Cadre d’évaluation</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Cadre</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Créer l’atelier</translation>
    </message>
    <message>
        <source>Choose a city, or add a new one</source>
        <translation>Choisissez une ville ou ajoutez-en une</translation>
    </message>
    <message>
        <source>Choose the city, or add a new one.</source>
        <translation>Choisissez la ville ou ajoutez-en une.</translation>
    </message>
</context>
<context>
    <name>ObjectivesSection</name>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>A new objective</source>
        <translation>Un nouvel objectif</translation>
    </message>
    <message>
        <source>New objective&apos;s title</source>
        <translation>Titre du nouvel objectif</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>Ajouter un &amp;objectif</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <source>Open the room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>the network this laptop uses</source>
        <translation>le réseau utilisé par cet ordinateur</translation>
    </message>
    <message>
        <source>another network of this laptop</source>
        <translation>un autre réseau de cet ordinateur</translation>
    </message>
    <message>
        <source>this laptop only (a test)</source>
        <translation>cet ordinateur seulement (un essai)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Phones must be on the same network as this laptop: the venue&apos;s Wi-Fi, or better this laptop&apos;s own hotspot (venue Wi-Fi often keeps devices apart). The room uses plain HTTP on the local network: anyone on it who has the room code can take part, nothing goes to the internet. If phones cannot connect, allow ICC Workshop in the firewall (on Windows, mark the network as private).</source>
        <translation>Les téléphones doivent être sur le même réseau que cet ordinateur : le Wi-Fi du lieu ou, mieux, le point d&apos;accès de cet ordinateur (le Wi-Fi des lieux isole souvent les appareils). La salle utilise le HTTP simple sur le réseau local : toute personne sur ce réseau qui a le code de la salle peut participer, rien ne part sur Internet. Si les téléphones ne se connectent pas, autorisez ICC Workshop dans le pare-feu (sous Windows, déclarez le réseau comme privé).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Cities and workshops</source>
        <translation>Villes et ateliers</translation>
    </message>
    <message>
        <source>Open a workshop to prepare it, run it in the room and write its roadmap. Pick a city to see only its workshops.</source>
        <translation>Ouvrez un atelier pour le préparer, l’animer en salle et rédiger sa feuille de route. Choisissez une ville pour ne voir que ses ateliers.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message numerus="yes">
        <source>Cities (%n)</source>
        <translation>
            <numerusform>Villes (%n)</numerusform>
            <numerusform>Villes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshops in {city} ({count})</source>
        <translation>Ateliers de {city} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Workshops (%n)</source>
        <translation>
            <numerusform>Ateliers (%n)</numerusform>
            <numerusform>Ateliers (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop copied: “{title}”.</source>
        <translation>Atelier copié : « {title} ».</translation>
    </message>
    <message>
        <source>Delete workshop “{title}”</source>
        <translation>Supprimer l’atelier « {title} »</translation>
    </message>
    <message>
        <source>Workshop “{title}” of {city} deleted. Edit ▸ Undo brings it back.</source>
        <translation>Atelier « {title} » de {city} supprimé. Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <source>New workshop for {city}…</source>
        <translation>Nouvel atelier pour {city}…</translation>
    </message>
    <message>
        <source>Delete city {city}</source>
        <translation>Supprimer la ville {city}</translation>
    </message>
    <message>
        <source>Delete city</source>
        <translation>Supprimer la ville</translation>
    </message>
    <message numerus="yes">
        <source>Delete {city} and its %n workshop(s)? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer {city} et son atelier ? Édition ▸ Annuler les rétablit.</numerusform>
            <numerusform>Supprimer {city} et ses %n ateliers ? Édition ▸ Annuler les rétablit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewToolsBar</name>
    <message>
        <source>Search cities and workshops…</source>
        <translation>Rechercher des villes et des ateliers…</translation>
    </message>
    <message>
        <source>Search cities and workshops</source>
        <translation>Rechercher des villes et des ateliers</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>New c&amp;ity…</source>
        <translation>Nouvelle v&amp;ille…</translation>
    </message>
</context>
<context>
    <name>ParticipantTableSection</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Selected participant</source>
        <translation>Participant sélectionné</translation>
    </message>
    <message>
        <source>Select a participant to edit their role and e-mail.</source>
        <translation>Sélectionnez un participant pour modifier son rôle et son e-mail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantToolsBar</name>
    <message>
        <source>Search participants…</source>
        <translation>Rechercher des participants…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Coller des lignes</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (Ctrl+V on the table)</source>
        <translation>Ajouter les lignes copiées d’un tableur (Ctrl+V dans le tableau)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected participants (Del); Undo brings them back</source>
        <translation>Supprimer les participants sélectionnés (Suppr) ; Annuler les rétablit</translation>
    </message>
    <message>
        <source>E&amp;xport person…</source>
        <translation>E&amp;xporter la personne…</translation>
    </message>
    <message>
        <source>Save everything held about the selected participant as a JSON file (the right of access)</source>
        <translation>Enregistrer tout ce qui est conservé sur le participant choisi dans un fichier JSON (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>For&amp;get person…</source>
        <translation>&amp;Oublier la personne…</translation>
    </message>
    <message>
        <source>Erase the selected participant&apos;s name, e-mail and organisation here and, through sync, everywhere; answers and votes stay</source>
        <translation>Effacer le nom, l&apos;e-mail et l&apos;organisation du participant choisi ici et, par la synchronisation, partout ; réponses et votes restent</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Click a cell to change it. Copy rows from a spreadsheet (name, organisation, role, group, e-mail, consent) and press Ctrl+V on the table to add them all at once.</source>
        <translation>Cliquez sur une cellule pour la modifier. Copiez des lignes d’un tableur (nom, organisation, rôle, groupe, e-mail, consentement) et appuyez sur Ctrl+V dans le tableau pour toutes les ajouter d’un coup.</translation>
    </message>
    <message>
        <source>Set retention period</source>
        <translation>Fixer la durée de conservation</translation>
    </message>
    <message>
        <source>Export person</source>
        <translation>Exporter la personne</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Forget person</source>
        <translation>Oublier la personne</translation>
    </message>
    <message>
        <source>Erase the name, e-mail, organisation and role of “%1” for good? Their answers and votes stay, as an unnamed participant. This cannot be undone; the next sync erases them on the server and the other laptops too.</source>
        <translation>Effacer définitivement le nom, l&apos;e-mail, l&apos;organisation et la fonction de « %1 » ? Ses réponses et votes restent, comme participant anonyme. Cela ne peut pas être annulé ; la prochaine synchronisation les efface aussi sur le serveur et les autres ordinateurs.</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>{column}: {message} The change was not saved.</source>
        <translation>{column} : {message} La modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>Coller %n participant</numerusform>
            <numerusform>Coller %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participant(s).</source>
        <translation>
            <numerusform>%n participant ajouté.</numerusform>
            <numerusform>%n participants ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added:</source>
        <translation>Rien n’a été ajouté :</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…et %n autre problème.</numerusform>
            <numerusform>…et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}, {field}: {message}</source>
        <translation>Ligne {line}, {field} : {message}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Supprimer %n participant</numerusform>
            <numerusform>Supprimer %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>May contact</source>
        <translation>Contact permis</translation>
    </message>
    <message>
        <source>From a phone</source>
        <translation>Par téléphone</translation>
    </message>
</context>
<context>
    <name>PdfSection</name>
    <message>
        <source>Strategy document (PDF)</source>
        <translation>Document stratégique (PDF)</translation>
    </message>
    <message>
        <source>The workshop&apos;s results for the city: profile, participants, assessment with the radar chart, needs and priorities, vision, objectives, actions with their KPIs, and the timeline.</source>
        <translation>Les résultats de l’atelier pour la ville : profil, participants, évaluation avec le graphique radar, besoins et priorités, vision, objectifs, actions avec leurs indicateurs clés, et la chronologie.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Language of the document</source>
        <translation>&amp;Langue du document</translation>
    </message>
    <message>
        <source>Page si&amp;ze</source>
        <translation>&amp;Format de page</translation>
    </message>
    <message>
        <source>&amp;Final version (no DRAFT watermark)</source>
        <translation>Version &amp;finale (sans filigrane PROJET)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>ICC Workshop — presenter view</source>
        <translation>ICC Workshop — vue présentateur</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Ranking of the needs</source>
        <translation>Classement des besoins</translation>
    </message>
    <message>
        <source>&amp;1 Radar</source>
        <translation>&amp;1 Radar</translation>
    </message>
    <message>
        <source>&amp;2 Ranking</source>
        <translation>&amp;2 Classement</translation>
    </message>
    <message>
        <source>&amp;3 Impact × feasibility</source>
        <translation>&amp;3 Impact × faisabilité</translation>
    </message>
    <message>
        <source>&amp;4 Timer</source>
        <translation>&amp;4 Minuteur</translation>
    </message>
    <message>
        <source>&amp;5 Join from a phone</source>
        <translation>&amp;5 Participer par téléphone</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Full screen on/off (F11)</source>
        <translation>Plein écran oui/non (F11)</translation>
    </message>
    <message>
        <source>No workshop open</source>
        <translation>Aucun atelier ouvert</translation>
    </message>
    <message>
        <source>Maturity: current (solid) and target (dashed) level per dimension, group consensus</source>
        <translation>Maturité : niveau actuel (trait plein) et cible (pointillés) par dimension, consensus du groupe</translation>
    </message>
    <message>
        <source>Maturity: current (solid) and target (dashed) level per dimension, mean of the individual answers</source>
        <translation>Maturité : niveau actuel (trait plein) et cible (pointillés) par dimension, moyenne des réponses individuelles</translation>
    </message>
    <message>
        <source>Needs ranked by dots, then impact × feasibility</source>
        <translation>Besoins classés par gommettes, puis par impact × faisabilité</translation>
    </message>
    <message>
        <source>Impact against feasibility; each point is a need, labelled with its number</source>
        <translation>Impact et faisabilité ; chaque point est un besoin, désigné par son numéro</translation>
    </message>
    <message>
        <source>Take part from your phone: scan the code, or open the address and type the room code</source>
        <translation>Participez depuis votre téléphone : scannez le code, ou ouvrez l&apos;adresse et saisissez le code de la salle</translation>
    </message>
    <message>
        <source>Session timer</source>
        <translation>Minuteur de séance</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Adresse pour participer</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Code de la salle</translation>
    </message>
    <message>
        <source>No room open.</source>
        <translation>Aucune salle ouverte.</translation>
    </message>
    <message>
        <source>Room ▸ Open room in the main window lets phones take part.</source>
        <translation>Salle ▸ Ouvrir la salle, dans la fenêtre principale, permet aux téléphones de participer.</translation>
    </message>
    <message>
        <source>Room code: {code}</source>
        <translation>Code de la salle : {code}</translation>
    </message>
    <message>
        <source>Phones joined: {count}</source>
        <translation>Téléphones connectés : {count}</translation>
    </message>
</context>
<context>
    <name>PrioritiesSection</name>
    <message>
        <source>Ranking of the needs</source>
        <translation>Classement des besoins</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Priority matrix: impact against feasibility</source>
        <translation>Matrice des priorités : impact en fonction de la faisabilité</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Legend of the priority matrix</source>
        <translation>Légende de la matrice des priorités</translation>
    </message>
    <message>
        <source>No need has both an impact and a feasibility score yet</source>
        <translation>Aucun besoin n’a encore à la fois une note d’impact et une note de faisabilité</translation>
    </message>
    <message>
        <source>No need has both an impact and a feasibility score yet.</source>
        <translation>Aucun besoin n’a encore de note d’impact et de faisabilité.</translation>
    </message>
    <message>
        <source>%1 %2 (impact %3, feasibility %4)</source>
        <translation>%1 %2 (impact %3, faisabilité %4)</translation>
    </message>
    <message>
        <source>Needs by impact and feasibility, 1 to 5.</source>
        <translation>Besoins par impact et faisabilité, de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>ProgressNotesSection</name>
    <message>
        <source>Progress notes of the selected action</source>
        <translation>Notes d&apos;avancement de l&apos;action choisie</translation>
    </message>
    <message>
        <source>Date of the progress note</source>
        <translation>Date de la note d&apos;avancement</translation>
    </message>
    <message>
        <source>Status reported by the note</source>
        <translation>Statut indiqué par la note</translation>
    </message>
    <message>
        <source>(status unchanged)</source>
        <translation>(statut inchangé)</translation>
    </message>
    <message>
        <source>% unchanged</source>
        <translation>% inchangé</translation>
    </message>
    <message>
        <source>Percent complete reported by the note</source>
        <translation>Pourcentage d&apos;achèvement indiqué par la note</translation>
    </message>
    <message>
        <source>What happened, e.g. “Tender published”</source>
        <translation>Ce qui s&apos;est passé, p. ex. « Appel d&apos;offres publié »</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Note d&apos;avancement</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code of {address}</source>
        <translation>Code QR de {address}</translation>
    </message>
</context>
<context>
    <name>QuestionDetailSection</name>
    <message>
        <source>Evidence or comment</source>
        <translation>Justification ou commentaire</translation>
    </message>
    <message>
        <source>Evidence, sources, remarks (saved when you leave the field)</source>
        <translation>Justifications, sources, remarques (enregistrées quand vous quittez le champ)</translation>
    </message>
    <message>
        <source>Evi&amp;dence:</source>
        <translation>Just&amp;ification :</translation>
    </message>
    <message>
        <source>Not &amp;known</source>
        <translation>&amp;Inconnu</translation>
    </message>
    <message>
        <source>The current level is not known or does not apply (key 0)</source>
        <translation>Le niveau actuel est inconnu ou sans objet (touche 0)</translation>
    </message>
    <message>
        <source>&amp;Next question after a score</source>
        <translation>Question &amp;suivante après une note</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>Niveau &amp;cible :</translation>
    </message>
</context>
<context>
    <name>QuestionsSection</name>
    <message>
        <source>Whose answers</source>
        <translation>Réponses de qui</translation>
    </message>
    <message>
        <source>&amp;Scoring for:</source>
        <translation>&amp;Notation pour :</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Search questions…</source>
        <translation>Rechercher des questions…</translation>
    </message>
    <message>
        <source>Group consensus</source>
        <translation>Consensus du groupe</translation>
    </message>
</context>
<context>
    <name>QuickAddSection</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Nom du nouveau participant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>New participant&apos;s organisation</source>
        <translation>Organisation du nouveau participant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>New participant&apos;s role</source>
        <translation>Rôle du nouveau participant</translation>
    </message>
    <message>
        <source>New participant&apos;s stakeholder group</source>
        <translation>Groupe de parties prenantes du nouveau participant</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <source>New participant&apos;s e-mail</source>
        <translation>E-mail du nouveau participant</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>The participant agrees to be named in the reports</source>
        <translation>Le participant accepte d’être nommé dans les rapports</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Maturity radar: current and target level per dimension</source>
        <translation>Radar de maturité : niveau actuel et cible par dimension</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>No levels scored yet</source>
        <translation>Aucun niveau noté pour l’instant</translation>
    </message>
    <message>
        <source>No dimensions to show.</source>
        <translation>Aucune dimension à afficher.</translation>
    </message>
    <message>
        <source>No levels scored yet.</source>
        <translation>Aucun niveau noté pour l’instant.</translation>
    </message>
    <message>
        <source>%1: current %2, target %3</source>
        <translation>%1 : actuel %2, visé %3</translation>
    </message>
    <message>
        <source>Mean level from 1 to 5 per dimension.</source>
        <translation>Niveau moyen de 1 à 5 par dimension.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Open a workshop in the overview to export it.</source>
        <translation>Ouvrez un atelier dans la vue d’ensemble pour l’exporter.</translation>
    </message>
    <message>
        <source>Mark the document final</source>
        <translation>Marquer le document comme final</translation>
    </message>
    <message>
        <source>Mark the document a draft</source>
        <translation>Remettre le document en projet</translation>
    </message>
    <message>
        <source>Save the strategy document</source>
        <translation>Enregistrer le document stratégique</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the workshop&apos;s workbook</source>
        <translation>Enregistrer le classeur de l’atelier</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save every workshop in one workbook</source>
        <translation>Enregistrer tous les ateliers dans un classeur</translation>
    </message>
    <message>
        <source>ICC workshops</source>
        <translation>Ateliers ICC</translation>
    </message>
    <message>
        <source>Save the workshop as an OpenDocument spreadsheet</source>
        <translation>Enregistrer l’atelier comme classeur OpenDocument</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>Classeurs OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Exporting the spreadsheet…</source>
        <translation>Exportation du classeur…</translation>
    </message>
    <message>
        <source>Exporting the CSV tables…</source>
        <translation>Exportation des tableaux CSV…</translation>
    </message>
    <message numerus="yes">
        <source>The folder {folder} already holds files this export writes. Replace %n file(s) ({names})?</source>
        <translation>
            <numerusform>Le dossier {folder} contient déjà des fichiers que cet export écrit. Remplacer %n fichier ({names}) ?</numerusform>
            <numerusform>Le dossier {folder} contient déjà des fichiers que cet export écrit. Remplacer %n fichiers ({names}) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Modèle d’évaluation</translation>
    </message>
    <message>
        <source>Save the assessment template</source>
        <translation>Enregistrer le modèle d’évaluation</translation>
    </message>
    <message>
        <source>Import a filled-in template</source>
        <translation>Importer un modèle rempli</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error; the details are in {path}.</source>
        <translation>L’import a échoué à cause d’une erreur inattendue ; les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Exporting the strategy document…</source>
        <translation>Export du document stratégique…</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>Export du classeur…</translation>
    </message>
    <message>
        <source>Exporting every workshop…</source>
        <translation>Export de tous les ateliers…</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Écriture du modèle…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Open a workshop in the overview first.</source>
        <translation>Ouvrez d’abord un atelier dans la vue d’ensemble.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Imported {file}: {read}, {added}, {changed}, {unchanged}, {kept}.</source>
        <translation>{file} importé : {read}, {added}, {changed}, {unchanged}, {kept}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) read</source>
        <translation>
            <numerusform>%n question lue</numerusform>
            <numerusform>%n questions lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) added</source>
        <translation>
            <numerusform>%n réponse ajoutée</numerusform>
            <numerusform>%n réponses ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer value(s) in the workshop kept</source>
        <translation>
            <numerusform>%n valeur plus récente de l’atelier conservée</numerusform>
            <numerusform>%n valeurs plus récentes de l’atelier conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed because of an unexpected error; the details are in {path}.</source>
        <translation>L’export a échoué à cause d’une erreur inattendue ; les détails sont dans {path}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}, newest first:</source>
        <translation>Sauvegardes de {name} dans {folder}, les plus récentes d’abord :</translation>
    </message>
    <message>
        <source>There are no backups of {name} in {folder} yet. Choose another file.</source>
        <translation>Il n’y a encore aucune sauvegarde de {name} dans {folder}. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <source>ICC Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données ICC Workshop (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Gaps per dimension</source>
        <translation>Écarts par dimension</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohorte</translation>
    </message>
    <message>
        <source>Current and target levels — %1</source>
        <translation>Niveaux actuel et cible — %1</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>until erased by hand</source>
        <translation>jusqu&apos;à effacement manuel</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Keep names, e-mails and organisations for</source>
        <translation>Conserver noms, e-mails et organisations pendant</translation>
    </message>
    <message>
        <source>&amp;Keep names, e-mails and organisations for:</source>
        <translation>&amp;Conserver noms, e-mails et organisations pendant :</translation>
    </message>
    <message>
        <source>Erased automatically on %1; scores and votes stay.</source>
        <translation>Effacés automatiquement le %1 ; notes et votes restent.</translation>
    </message>
    <message>
        <source>Kept until you forget a person or set a period.</source>
        <translation>Conservés jusqu&apos;à ce que vous oubliiez une personne ou fixiez une durée.</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Vision &amp; roadmap</source>
        <translation>Vision et feuille de route</translation>
    </message>
    <message>
        <source>Edit any cell in place (Enter or double-click); drag rows or press Alt+Up/Down to reorder. Warnings mark actions the roadmap checks have something to say about.</source>
        <translation>Modifiez n’importe quelle cellule sur place (Entrée ou double-clic) ; faites glisser les lignes ou appuyez sur Alt+Haut/Bas pour les réordonner. Des avertissements signalent les actions sur lesquelles les contrôles de la feuille de route ont une remarque.</translation>
    </message>
    <message>
        <source>Actions &amp;&amp; KPIs</source>
        <translation>Actions &amp;&amp; indicateurs</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Edit vision</source>
        <translation>Modifier la vision</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>Reorder objectives</source>
        <translation>Réordonner les objectifs</translation>
    </message>
    <message>
        <source>Reorder actions</source>
        <translation>Réordonner les actions</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Join address and room code</source>
        <translation>Adresse et code de la salle</translation>
    </message>
    <message>
        <source>&amp;Close the room</source>
        <translation>&amp;Fermer la salle</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Score a dimension</source>
        <translation>Évaluer une dimension</translation>
    </message>
    <message>
        <source>Place dots</source>
        <translation>Placer des gommettes</translation>
    </message>
    <message>
        <source>Rate impact and feasibility</source>
        <translation>Noter impact et faisabilité</translation>
    </message>
    <message>
        <source>Suggest needs</source>
        <translation>Proposer des besoins</translation>
    </message>
    <message>
        <source>Quick poll</source>
        <translation>Sondage rapide</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Poll question</source>
        <translation>Question du sondage</translation>
    </message>
    <message>
        <source>Choices, separated by ;</source>
        <translation>Choix, séparés par ;</translation>
    </message>
    <message>
        <source>Poll choices</source>
        <translation>Choix du sondage</translation>
    </message>
    <message>
        <source>&amp;Open on the phones</source>
        <translation>&amp;Ouvrir sur les téléphones</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation>Activité ouverte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Phones that joined</source>
        <translation>Téléphones connectés</translation>
    </message>
    <message>
        <source>&amp;Remove this input</source>
        <translation>&amp;Retirer cette réponse</translation>
    </message>
    <message>
        <source>Take back what the selected phone sent for the open activity</source>
        <translation>Retirer ce que le téléphone choisi a envoyé pour l&apos;activité ouverte</translation>
    </message>
    <message>
        <source>Re&amp;lease name</source>
        <translation>&amp;Libérer le nom</translation>
    </message>
    <message>
        <source>Let go of the selected phone: its name can be picked again (by the right person&apos;s phone); what it sent stays</source>
        <translation>Libérer le téléphone sélectionné : son nom peut être choisi à nouveau (par le téléphone de la bonne personne) ; ce qu&apos;il a envoyé reste</translation>
    </message>
    <message>
        <source>Remove &amp;guest</source>
        <translation>Retirer l&apos;&amp;invité</translation>
    </message>
    <message>
        <source>Remove the selected guest and everything their phone sent</source>
        <translation>Retirer l&apos;invité sélectionné et tout ce que son téléphone a envoyé</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Suggested needs waiting</source>
        <translation>Besoins proposés en attente</translation>
    </message>
    <message>
        <source>&amp;Accept as a need</source>
        <translation>A&amp;ccepter comme besoin</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Suggested needs</source>
        <translation>Besoins proposés</translation>
    </message>
    <message>
        <source>Poll results</source>
        <translation>Résultats du sondage</translation>
    </message>
    <message>
        <source>No room open. Room ▸ Open room lets the phones of the room take part.</source>
        <translation>Aucune salle ouverte. Salle ▸ Ouvrir la salle permet aux téléphones de la salle de participer.</translation>
    </message>
    <message>
        <source>{workshop}
Join address: {address}
Room code: {code}</source>
        <translation>{workshop}
Adresse pour participer : {address}
Code de la salle : {code}</translation>
    </message>
    <message>
        <source>No activity open: the phones wait.</source>
        <translation>Aucune activité ouverte : les téléphones attendent.</translation>
    </message>
    <message>
        <source>Open: {activity} — {dimension}</source>
        <translation>Ouvert : {activity} — {dimension}</translation>
    </message>
    <message>
        <source>Open: {activity}</source>
        <translation>Ouvert : {activity}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Joined as a guest</source>
        <translation>Connecté comme invité</translation>
    </message>
    <message>
        <source>Joined from the participant list</source>
        <translation>Connecté depuis la liste des participants</translation>
    </message>
    <message>
        <source>Joined: {joined} · answered the open activity: {answered}</source>
        <translation>Connectés : {joined} · ont répondu à l&apos;activité ouverte : {answered}</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Retirer l&apos;invité</translation>
    </message>
    <message>
        <source>Remove this guest? Their phone is let go, and their scores, dots, ratings and suggestions are taken back.</source>
        <translation>Retirer cet invité ? Son téléphone est libéré, et ses évaluations, gommettes, notes et propositions sont retirées.</translation>
    </message>
    <message>
        <source>Accept a suggested need</source>
        <translation>Accepter un besoin proposé</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Tally, impact and feasibility per need</source>
        <translation>Décompte, impact et faisabilité par besoin</translation>
    </message>
    <message>
        <source>Enter the dots counted on the wall (tally) and the group&apos;s impact and feasibility, 1 (low) to 5 (high). The ranking uses the means over every vote.</source>
        <translation>Saisissez les gommettes comptées au mur (décompte) ainsi que l’impact et la faisabilité estimés par le groupe, de 1 (faible) à 5 (élevé). Le classement utilise les moyennes de tous les votes.</translation>
    </message>
</context>
<context>
    <name>SessionTimer</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation>Durée de la séance en minutes</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>A light theme reads best on most projectors.</source>
        <translation>Un thème clair se lit mieux sur la plupart des projecteurs.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Any page: move between controls</source>
        <translation>Toute page : passer d’une commande à l’autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Tables: move between cells; edit a cell</source>
        <translation>Tableaux : passer d’une cellule à l’autre ; modifier une cellule</translation>
    </message>
    <message>
        <source>Arrow keys; Enter or F2</source>
        <translation>Flèches ; Entrée ou F2</translation>
    </message>
    <message>
        <source>Assessment: current level of the selected question</source>
        <translation>Évaluation : niveau actuel de la question choisie</translation>
    </message>
    <message>
        <source>Assessment: level not known</source>
        <translation>Évaluation : niveau inconnu</translation>
    </message>
    <message>
        <source>Assessment, level buttons: set the current level</source>
        <translation>Évaluation, boutons de niveau : fixer le niveau actuel</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Assessment, level buttons: set the target level</source>
        <translation>Évaluation, boutons de niveau : fixer le niveau visé</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Maj+Espace</translation>
    </message>
    <message>
        <source>Roadmap: move the selected action up or down</source>
        <translation>Feuille de route : monter ou descendre l’action choisie</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Haut, Alt+Bas</translation>
    </message>
    <message>
        <source>Tables: delete the selected row</source>
        <translation>Tableaux : supprimer la ligne choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Pane dividers: move</source>
        <translation>Séparateurs de volets : déplacer</translation>
    </message>
    <message>
        <source>Tab to the divider, then arrow keys</source>
        <translation>Tab jusqu’au séparateur, puis flèches</translation>
    </message>
    <message>
        <source>Presenter: radar, ranking, 2×2, timer</source>
        <translation>Présentateur : radar, classement, 2×2, minuteur</translation>
    </message>
    <message>
        <source>Presenter: leave full screen</source>
        <translation>Présentateur : quitter le plein écran</translation>
    </message>
    <message>
        <source>F11, Esc</source>
        <translation>F11, Échap</translation>
    </message>
</context>
<context>
    <name>StartButtons</name>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Ouvrir l’atelier de &amp;démonstration</translation>
    </message>
    <message>
        <source>A complete workshop of a real ICC city with invented participants, in a practice database of its own: try everything without touching your workshops.</source>
        <translation>Un atelier complet d’une vraie ville ICC avec des participants inventés, dans sa propre base de données d’entraînement : essayez tout sans toucher à vos ateliers.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Create a workshop for a city in the database shown below</source>
        <translation>Créer un atelier pour une ville dans la base de données affichée ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open a database file, for example one a colleague gave you</source>
        <translation>Ouvrir un fichier de base de données, par exemple transmis par un collègue</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync failed %1</source>
        <translation>Échec de la synchronisation %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message numerus="yes">
        <source>not synced: %Ln</source>
        <translation>
            <numerusform>non synchronisé : %Ln</numerusform>
            <numerusform>non synchronisés : %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in this workshop: %Ln</source>
        <translation>
            <numerusform>dans cet atelier : %Ln</numerusform>
            <numerusform>dans cet atelier : %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicts to resolve: %Ln</source>
        <translation>
            <numerusform>conflit à résoudre : %Ln</numerusform>
            <numerusform>conflits à résoudre : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>Server: %1 (user %2)</source>
        <translation>Serveur : %1 (utilisateur %2)</translation>
    </message>
    <message numerus="yes">
        <source>Changes not synced, in all: %Ln</source>
        <translation>
            <numerusform>Modifications non synchronisées, au total : %Ln</numerusform>
            <numerusform>Modifications non synchronisées, au total : %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %Ln</source>
        <translation>
            <numerusform>%1 – %2 : %Ln</numerusform>
            <numerusform>%1 – %2 : %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and more workshops: %Ln</source>
        <translation>
            <numerusform>… et d’autres ateliers : %Ln</numerusform>
            <numerusform>… et d’autres ateliers : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l’étape en cours…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving changes: %Ln rows so far</source>
        <translation>
            <numerusform>Réception des modifications : %Ln ligne jusqu’ici</numerusform>
            <numerusform>Réception des modifications : %Ln lignes jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 rows</source>
        <translation>Envoi des modifications : %1 lignes sur %2</translation>
    </message>
    <message>
        <source>Sync cancelled. What was received or sent so far is kept; the rest moves at the next sync.</source>
        <translation>Synchronisation annulée. Ce qui a été reçu ou envoyé jusqu’ici est conservé ; le reste passera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached; your work is kept here and syncs next time.</source>
        <translation>Le serveur de synchronisation est injoignable ; votre travail est conservé ici et sera synchronisé la prochaine fois.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: open Sync settings and sign in again.</source>
        <translation>Le serveur a refusé la connexion : ouvrez les paramètres de synchronisation et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sync failed unexpectedly; the details are in %1.</source>
        <translation>La synchronisation a échoué de façon inattendue ; les détails sont dans %1.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Exchange this database&apos;s workshops with the programme&apos;s central server. Sync is optional: everything works offline, and nothing is lost while you are.</source>
        <translation>Échangez les ateliers de cette base de données avec le serveur central du programme. La synchronisation est facultative : tout fonctionne hors ligne, et rien n’est perdu pendant ce temps.</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Paramètres de synchronisation…</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Connecté en tant que %1 sur %2.</translation>
    </message>
    <message>
        <source>Signed out of %1 (user %2). Sign in again to sync.</source>
        <translation>Déconnecté de %1 (utilisateur %2). Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>Not set up. Open Sync settings and sign in with the account the programme office gave you.</source>
        <translation>Non configuré. Ouvrez les paramètres de synchronisation et connectez-vous avec le compte fourni par le bureau du programme.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Last synced: %1.</source>
        <translation>Dernière synchronisation : %1.</translation>
    </message>
    <message>
        <source>This database has not synced yet.</source>
        <translation>Cette base de données n’a pas encore été synchronisée.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Jamais synchronisé.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts waiting for your choice: %Ln. The same field was changed here and on the server.</source>
        <translation>
            <numerusform>Conflit en attente de votre choix : %Ln. Le même champ a été modifié ici et sur le serveur.</numerusform>
            <numerusform>Conflits en attente de votre choix : %Ln. Le même champ a été modifié ici et sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>Everything in this database is on the server.</source>
        <translation>Tout le contenu de cette base de données est sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Changes made here and not on the server yet: %Ln.</source>
        <translation>
            <numerusform>Modification faite ici et pas encore sur le serveur : %Ln.</numerusform>
            <numerusform>Modifications faites ici et pas encore sur le serveur : %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside any workshop (cities, lists): %Ln.</source>
        <translation>
            <numerusform>Hors de tout atelier (villes, listes) : %Ln.</numerusform>
            <numerusform>Hors de tout atelier (villes, listes) : %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received from other devices: %Ln rows (%1 new, %2 updated, %3 merged with changes made here).</source>
        <translation>
            <numerusform>Reçu d’autres appareils : %Ln ligne (%1 nouvelles, %2 mises à jour, %3 fusionnées avec des modifications faites ici).</numerusform>
            <numerusform>Reçu d’autres appareils : %Ln lignes (%1 nouvelles, %2 mises à jour, %3 fusionnées avec des modifications faites ici).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln rows.</source>
        <translation>
            <numerusform>%Ln ligne envoyée.</numerusform>
            <numerusform>%Ln lignes envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes made here, confirmed by the server: %Ln rows.</source>
        <translation>
            <numerusform>Modifications faites ici, confirmées par le serveur : %Ln ligne.</numerusform>
            <numerusform>Modifications faites ici, confirmées par le serveur : %Ln lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than the server&apos;s and merged: %Ln rows.</source>
        <translation>
            <numerusform>Plus ancienne que celle du serveur et fusionnée : %Ln ligne.</numerusform>
            <numerusform>Plus anciennes que celles du serveur et fusionnées : %Ln lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New conflicts, both versions kept: %Ln.</source>
        <translation>
            <numerusform>Nouveau conflit, les deux versions conservées : %Ln.</numerusform>
            <numerusform>Nouveaux conflits, les deux versions conservées : %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received rows waiting for rows they refer to (fetched again next time): %Ln.</source>
        <translation>
            <numerusform>Ligne reçue en attente des lignes auxquelles elle se réfère (récupérées à nouveau la prochaine fois) : %Ln.</numerusform>
            <numerusform>Lignes reçues en attente des lignes auxquelles elles se réfèrent (récupérées à nouveau la prochaine fois) : %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server, kept here: %1</source>
        <translation>Refusé par le serveur, conservé ici : %1</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>Durée : %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: this computer&apos;s clock is %Ln minute(s) ahead of the server&apos;s.</source>
        <translation>
            <numerusform>Attention : l&apos;horloge de cet ordinateur avance de %Ln minute sur celle du serveur.</numerusform>
            <numerusform>Attention : l&apos;horloge de cet ordinateur avance de %Ln minutes sur celle du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: this computer&apos;s clock is %Ln minute(s) behind the server&apos;s.</source>
        <translation>
            <numerusform>Attention : l&apos;horloge de cet ordinateur retarde de %Ln minute sur celle du serveur.</numerusform>
            <numerusform>Attention : l&apos;horloge de cet ordinateur retarde de %Ln minutes sur celle du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set its date, time and time zone right: changes made with a clock far ahead are refused, and with a clock behind they lose to others&apos; changes.</source>
        <translation>Réglez sa date, son heure et son fuseau horaire : les modifications faites avec une horloge très en avance sont refusées, et avec une horloge en retard elles cèdent devant celles des autres.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Paramètres de synchronisation</translation>
    </message>
    <message>
        <source>Sync is optional: the app works fully offline. Signed in, this database exchanges its workshops with the programme&apos;s server when you choose Sync now.</source>
        <translation>La synchronisation est facultative : l’application fonctionne entièrement hors ligne. Une fois connecté, cette base de données échange ses ateliers avec le serveur du programme quand vous choisissez Synchroniser maintenant.</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP (trusted networks only)</source>
        <translation>Autoriser le &amp;HTTP non chiffré (réseaux de confiance uniquement)</translation>
    </message>
    <message>
        <source>Plain http:// sends your password and data unencrypted. It is always allowed to this computer (localhost); allow it for another computer only on a network you trust.</source>
        <translation>Le simple http:// envoie votre mot de passe et vos données sans chiffrement. Il est toujours autorisé vers cet ordinateur (localhost) ; ne l’autorisez vers un autre ordinateur que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Connecté en tant que %1 sur %2.</translation>
    </message>
    <message>
        <source>Signed out of %1. Enter your password to sign in again.</source>
        <translation>Déconnecté de %1. Saisissez votre mot de passe pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Not set up: enter the server address and your account.</source>
        <translation>Non configuré : saisissez l’adresse du serveur et votre compte.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://sync.example.org.</source>
        <translation>Saisissez l’adresse du serveur, p. ex. https://sync.example.org.</translation>
    </message>
    <message>
        <source>Enter your user name on the sync server.</source>
        <translation>Saisissez votre nom d’utilisateur sur le serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed in. Your sign-in is kept in the system keyring; the password is not stored.</source>
        <translation>Connecté. Votre connexion est conservée dans le trousseau du système ; le mot de passe n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Signed in. Your sign-in is kept in a file only you can read (%1); the password is not stored.</source>
        <translation>Connecté. Votre connexion est conservée dans un fichier que vous seul pouvez lire (%1) ; le mot de passe n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Impossible de se connecter : %1</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your network connection; you can go on working offline.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l’adresse et votre connexion réseau ; vous pouvez continuer à travailler hors ligne.</translation>
    </message>
    <message>
        <source>Could not sign in: an unexpected error (%1).</source>
        <translation>Impossible de se connecter : erreur inattendue (%1).</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was removed from this computer and revoked on the server.</source>
        <translation>Déconnecté. La connexion a été retirée de cet ordinateur et révoquée sur le serveur.</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was removed from this computer (the server could not be told; it expires there by itself).</source>
        <translation>Déconnecté. La connexion a été retirée de cet ordinateur (le serveur n’a pas pu être prévenu ; elle y expirera d’elle-même).</translation>
    </message>
    <message>
        <source>Could not sign out: %1</source>
        <translation>Impossible de se déconnecter : %1</translation>
    </message>
</context>
<context>
    <name>TemplateSection</name>
    <message>
        <source>Assessment template (Excel)</source>
        <translation>Modèle d’évaluation (Excel)</translation>
    </message>
    <message>
        <source>A workbook with the questions and their five levels, for groups that score on paper or in Excel. Import the filled-in file to add their scores to this workshop (the database is backed up first).</source>
        <translation>Un classeur avec les questions et leurs cinq niveaux, pour les groupes qui notent sur papier ou dans Excel. Importez le fichier rempli pour ajouter leurs notes à cet atelier (la base de données est d’abord sauvegardée).</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Enregistrer le &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Import filled template…</source>
        <translation>&amp;Importer un modèle rempli…</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Horizon: %1 to %2</source>
        <translation>Horizon : de %1 à %2</translation>
    </message>
</context>
<context>
    <name>UnsyncedSection</name>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Workshops with changes not synced</source>
        <translation>Ateliers avec des modifications non synchronisées</translation>
    </message>
</context>
<context>
    <name>VisionSection</name>
    <message>
        <source>Vision statement</source>
        <translation>Déclaration de vision</translation>
    </message>
    <message>
        <source>Where the city wants to be at the end of the roadmap, in a few sentences (saved when you leave the field)</source>
        <translation>Où la ville veut être à la fin de la feuille de route, en quelques phrases (enregistré quand vous quittez le champ)</translation>
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
        <translation>Vote par gommettes : participants en lignes, besoins en colonnes</translation>
    </message>
    <message>
        <source>Each participant has %1 dots to place (columns N1, N2… are the needs as numbered in every view; hover a header for its title).</source>
        <translation>Chaque participant dispose de %1 gommettes (les colonnes B1, B2… sont les besoins, numérotés comme partout ; survolez un en-tête pour voir son titre).</translation>
    </message>
    <message>
        <source>%1 of %2 dots placed.</source>
        <translation>%1 gommettes placées sur %2.</translation>
    </message>
    <message>
        <source>Add participants first to vote per person, or enter a tally per need.</source>
        <translation>Ajoutez d’abord des participants pour voter par personne, ou saisissez un décompte par besoin.</translation>
    </message>
</context>
<context>
    <name>WelcomeHeading</name>
    <message>
        <source>ICC Workshop logo</source>
        <translation>Logo d’ICC Workshop</translation>
    </message>
    <message>
        <source>Welcome to ICC Workshop</source>
        <translation>Bienvenue dans ICC Workshop</translation>
    </message>
    <message>
        <source>Run an Intelligent Cities Challenge needs-assessment workshop on this laptop, with or without a network. Everything you type is saved at once.</source>
        <translation>Animez un atelier d’évaluation des besoins de l’Intelligent Cities Challenge sur cet ordinateur portable, avec ou sans réseau. Tout ce que vous saisissez est enregistré immédiatement.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Preparing the demo workshop…</source>
        <translation>Préparation de l’atelier de démonstration…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message numerus="yes">
        <source>Workshops in this database: %n. Open one in Overview. File: {path}</source>
        <translation>
            <numerusform>Ateliers dans cette base de données : %n. Ouvrez-en un dans la vue d’ensemble. Fichier : {path}</numerusform>
            <numerusform>Ateliers dans cette base de données : %n. Ouvrez-en un dans la vue d’ensemble. Fichier : {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no workshop yet. File: {path}</source>
        <translation>Cette base de données n’a pas encore d’atelier. Fichier : {path}</translation>
    </message>
</context>
<context>
    <name>WorkbookSection</name>
    <message>
        <source>Workbook (Excel)</source>
        <translation>Classeur (Excel)</translation>
    </message>
    <message>
        <source>Every table of the workshop on its own sheet, with charts, to analyse further or share with the ICC team. The second button puts every workshop of this database in one workbook.</source>
        <translation>Chaque tableau de l’atelier sur sa propre feuille, avec des graphiques, pour poursuivre l’analyse ou partager avec l’équipe ICC. Le second bouton réunit tous les ateliers de cette base de données dans un seul classeur.</translation>
    </message>
    <message>
        <source>Export this &amp;workshop…</source>
        <translation>Exporter cet &amp;atelier…</translation>
    </message>
    <message>
        <source>Export &amp;every workshop…</source>
        <translation>Exporter &amp;tous les ateliers…</translation>
    </message>
    <message>
        <source>Export as &amp;ODS…</source>
        <translation>Exporter en &amp;ODS…</translation>
    </message>
    <message>
        <source>This workshop as an OpenDocument spreadsheet</source>
        <translation>Cet atelier sous forme de classeur OpenDocument</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Every workshop as CSV tables in a folder, with a README and a datapackage.json for open-data portals</source>
        <translation>Tous les ateliers sous forme de tableaux CSV dans un dossier, avec un README et un datapackage.json pour les portails de données ouvertes</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsSection</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Animateur·rice</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Fra&amp;mework</source>
        <translation>&amp;Cadre</translation>
    </message>
    <message>
        <source>Roadmap &amp;horizon</source>
        <translation>&amp;Horizon de la feuille de route</translation>
    </message>
    <message>
        <source>Dots per partic&amp;ipant</source>
        <translation>Gommettes par partic&amp;ipant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The framework cannot change once the assessment has answers.</source>
        <translation>Le cadre ne peut plus changer une fois que l’évaluation contient des réponses.</translation>
    </message>
</context>
<context>
    <name>WorkshopsSection</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Show all cities</source>
        <translation>Afficher toutes les villes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the workshop with its participants, needs and roadmap (not its scores and votes)</source>
        <translation>Copier l’atelier avec ses participants, besoins et feuille de route (sans ses notes ni ses votes)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the workshop and everything in it; Undo brings it back</source>
        <translation>Supprimer l’atelier et tout son contenu ; Annuler le rétablit</translation>
    </message>
</context>
<context>
    <name>WorkshopsTableModel</name>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>N/A</source>
        <translation>n.c.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>Evidence: %s</source>
        <translation>Justification : %s</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Toutes les dimensions</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>%1 sur %2 notées</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Current level (keys 1–5, 0 for unknown)</source>
        <translation>Niveau actuel (touches 1 à 5, 0 si inconnu)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target level (Shift+1–5)</source>
        <translation>Niveau cible (Maj+1 à 5)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>The need&apos;s short label, the same in every view</source>
        <translation>Le repère court du besoin, le même dans toutes les vues</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Transversal service</source>
        <translation>Service transversal</translation>
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
        <translation>Participant</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Gommettes restantes</translation>
    </message>
    <message>
        <source>Dots this participant can still place</source>
        <translation>Gommettes que ce participant peut encore placer</translation>
    </message>
    <message>
        <source>Every participant&apos;s dots plus the tally: what the ranking uses</source>
        <translation>Les gommettes de chaque participant plus le décompte : ce qu’utilise le classement</translation>
    </message>
    <message>
        <source>Tally dots</source>
        <translation>Gommettes (décompte)</translation>
    </message>
    <message>
        <source>Dots counted by the facilitator on the wall, added to the participants&apos; dots</source>
        <translation>Gommettes comptées au mur par l’animateur, ajoutées à celles des participants</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>The group&apos;s impact score, 1 (low) to 5 (high)</source>
        <translation>Note d’impact du groupe, de 1 (faible) à 5 (élevé)</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>The group&apos;s feasibility score, 1 (hard) to 5 (easy)</source>
        <translation>Note de faisabilité du groupe, de 1 (difficile) à 5 (facile)</translation>
    </message>
    <message>
        <source>Impact (all)</source>
        <translation>Impact (tous)</translation>
    </message>
    <message>
        <source>Mean impact over every vote, which the ranking uses</source>
        <translation>Impact moyen sur tous les votes, utilisé par le classement</translation>
    </message>
    <message>
        <source>Feasibility (all)</source>
        <translation>Faisabilité (tous)</translation>
    </message>
    <message>
        <source>Mean feasibility over every vote, which the ranking uses</source>
        <translation>Faisabilité moyenne sur tous les votes, utilisée par le classement</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>All dots</source>
        <translation>Toutes les gommettes</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>I×F</source>
        <translation>I×F</translation>
    </message>
    <message>
        <source>Impact × feasibility (1–25)</source>
        <translation>Impact × faisabilité (1–25)</translation>
    </message>
    <message>
        <source>Enter a whole number of euros, e.g. 25000.</source>
        <translation>Saisissez un nombre entier d’euros, p. ex. 25000.</translation>
    </message>
    <message>
        <source>Enter a level from 1 to 5, or leave it empty.</source>
        <translation>Saisissez un niveau de 1 à 5, ou laissez vide.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>Saisissez un nombre, p. ex. 12,5.</translation>
    </message>
    <message>
        <source>Enter a month and year, e.g. %1.</source>
        <translation>Saisissez un mois et une année, par exemple %1.</translation>
    </message>
    <message>
        <source>Pick a date.</source>
        <translation>Choisissez une date.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Roadmap checks</source>
        <translation>Contrôles de la feuille de route</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% fait</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>The end month frozen as agreed (the baseline)</source>
        <translation>Le mois de fin figé tel qu&apos;adopté (la référence)</translation>
    </message>
    <message>
        <source>Months later than the baseline (negative: earlier)</source>
        <translation>Mois de retard sur la référence (négatif : en avance)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur (KPI)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Of the way</source>
        <translation>Du chemin</translation>
    </message>
    <message>
        <source>How far the latest value has come from baseline to target</source>
        <translation>Part du chemin parcourue de la valeur de départ à la cible par la dernière valeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Current level in the previous round</source>
        <translation>Niveau actuel du cycle précédent</translation>
    </message>
    <message>
        <source>Current since before</source>
        <translation>Actuel depuis avant</translation>
    </message>
    <message>
        <source>Gap since before</source>
        <translation>Écart depuis avant</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Q1–Q3</source>
        <translation>Q1–Q3</translation>
    </message>
    <message>
        <source>Median target</source>
        <translation>Cible médiane</translation>
    </message>
    <message>
        <source>Where the middle half of the cohort&apos;s cities stand (first to third quartile)</source>
        <translation>Où se situe la moitié centrale des villes de la cohorte (du premier au troisième quartile)</translation>
    </message>
    <message>
        <source>Months late</source>
        <translation>Mois de retard</translation>
    </message>
    <message>
        <source>City target</source>
        <translation>Cible de la ville</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>“{edit}” not redone: someone else changed this data since. Nothing was overwritten.</source>
        <translation>« {edit} » non rétabli : quelqu’un d’autre a modifié ces données depuis. Rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>“{edit}” not undone: someone else changed this data since. Nothing was overwritten.</source>
        <translation>« {edit} » non annulé : quelqu’un d’autre a modifié ces données depuis. Rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>“{edit}” not redone: the database file is busy. Try again in a moment.</source>
        <translation>« {edit} » non rétabli : le fichier de la base de données est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>“{edit}” not undone: the database file is busy. Try again in a moment.</source>
        <translation>« {edit} » non annulé : le fichier de la base de données est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>Ajouter %s</translation>
    </message>
    <message numerus="yes">
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>Ajouter %n ligne</numerusform>
            <numerusform>Ajouter %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Duplicate workshop</source>
        <translation>Dupliquer l’atelier</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>Modifier %s</translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation>Supprimer %s</translation>
    </message>
    <message>
        <source>Score question</source>
        <translation>Noter la question</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Réordonner</translation>
    </message>
    <message>
        <source>Score question (later round)</source>
        <translation>Noter la question (cycle ultérieur)</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation>Ajouter une note d&apos;avancement</translation>
    </message>
</context>
<context>
    <name>focus</name>
    <message>
        <source>Clear the field</source>
        <translation>Vider le champ</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation>Autres boutons de la barre d’outils</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
</context>
<context>
    <name>needs</name>
    <message>
        <source>Dots: %s</source>
        <translation>Gommettes : %s</translation>
    </message>
    <message>
        <source>Impact %1, feasibility %2</source>
        <translation>Impact %1, faisabilité %2</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Line {line}: {count} columns; expected at most {expected} (name, organisation, role, group, e-mail, consent).</source>
        <translation>Ligne {line} : {count} colonnes ; au plus {expected} attendues (nom, organisation, rôle, groupe, e-mail, consentement).</translation>
    </message>
    <message>
        <source>Line {line}: &apos;{value}&apos; is not a stakeholder group ({groups}).</source>
        <translation>Ligne {line} : « {value} » n’est pas un groupe de parties prenantes ({groups}).</translation>
    </message>
    <message>
        <source>Line {line}: consent &apos;{value}&apos; should be yes or no.</source>
        <translation>Ligne {line} : le consentement « {value} » doit être oui ou non.</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to add.</source>
        <translation>Le presse-papiers ne contient aucune ligne à ajouter.</translation>
    </message>
</context>
<context>
    <name>splitter</name>
    <message>
        <source>Pane divider</source>
        <translation>Séparateur de volets</translation>
    </message>
    <message>
        <source>Arrow keys move it; Home and End push it to one side</source>
        <translation>Les flèches le déplacent ; Début et Fin le poussent d’un côté</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Changes not synced</source>
        <translation>Modifications non synchronisées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (en usage)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisie</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisie</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en usage</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Entrée de liste</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur (KPI)</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Cycle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Answer in a later round</source>
        <translation>Réponse d’un cycle ultérieur</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Note d&apos;avancement</translation>
    </message>
    <message>
        <source>KPI measurement</source>
        <translation>Mesure d’indicateur</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage d’avancement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mieux quand</translation>
    </message>
    <message>
        <source>Indicator from the library</source>
        <translation>Indicateur de la bibliothèque</translation>
    </message>
    <message>
        <source>Agreed roadmap frozen on</source>
        <translation>Feuille de route convenue figée le</translation>
    </message>
    <message>
        <source>Agreed start</source>
        <translation>Début convenu</translation>
    </message>
    <message>
        <source>Agreed end</source>
        <translation>Fin convenue</translation>
    </message>
    <message>
        <source>Agreed budget (EUR)</source>
        <translation>Budget convenu (EUR)</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consentement à être contacté</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Consentement enregistré le</translation>
    </message>
    <message>
        <source>Keep personal data (months)</source>
        <translation>Conservation des données personnelles (mois)</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Position dans la liste</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
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
        <translation>Texte de la question</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Niveau 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>Niveau 4</translation>
    </message>
    <message>
        <source>Level 5</source>
        <translation>Niveau 5</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Déclaration de vision</translation>
    </message>
    <message>
        <source>Roadmap horizon (years)</source>
        <translation>Horizon de la feuille de route (années)</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Gommettes par participant</translation>
    </message>
    <message>
        <source>Final document</source>
        <translation>Document final</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Joined from a phone</source>
        <translation>A rejoint depuis un téléphone</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>Evidence / comment</source>
        <translation>Justification / commentaire</translation>
    </message>
    <message>
        <source>Thematic track</source>
        <translation>Volet thématique</translation>
    </message>
    <message>
        <source>Transversal service</source>
        <translation>Service transversal</translation>
    </message>
    <message>
        <source>MoSCoW category</source>
        <translation>Catégorie MoSCoW</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organisation pilote</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Deleted (%1)</source>
        <translation>Supprimé (%1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>linked row %1</source>
        <translation>ligne liée %1</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
</TS>
