<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChecksSection</name>
    <message numerus="yes">
        <source>Roadmap checks: %n warning(s)</source>
        <translation>
            <numerusform>Roadmap checks: %n warning</numerusform>
            <numerusform>Roadmap checks: %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <source>To resolve (%Ln)</source>
        <translation>
            <numerusform>To resolve (%Ln)</numerusform>
            <numerusform>To resolve (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n question(s) read</source>
        <translation>
            <numerusform>%n question read</numerusform>
            <numerusform>%n questions read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) will change</source>
        <translation>
            <numerusform>%n value will change</numerusform>
            <numerusform>%n values will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer value(s) in the workshop kept</source>
        <translation>
            <numerusform>%n newer value in the workshop kept</numerusform>
            <numerusform>%n newer values in the workshop kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed on both sides</source>
        <translation>
            <numerusform>%n value changed on both sides</numerusform>
            <numerusform>%n values changed on both sides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Retention periods applied: the names, e-mails and organisations of %n participant(s) were erased.</source>
        <translation>
            <numerusform>Retention periods applied: the names, e-mails and organisations of %n participant were erased.</numerusform>
            <numerusform>Retention periods applied: the names, e-mails and organisations of %n participants were erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln waiting</source>
        <translation>
            <numerusform>%1, %Ln waiting</numerusform>
            <numerusform>%1, %Ln waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message numerus="yes">
        <source>Add %n need(s) from gaps</source>
        <translation>
            <numerusform>Add %n need from gaps</numerusform>
            <numerusform>Add %n needs from gaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>Cities (%n)</source>
        <translation>
            <numerusform>Cities (%n)</numerusform>
            <numerusform>Cities (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshops (%n)</source>
        <translation>
            <numerusform>Workshops (%n)</numerusform>
            <numerusform>Workshops (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {city} and its %n workshop(s)? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Delete {city} and its %n workshop? Edit ▸ Undo brings them back.</numerusform>
            <numerusform>Delete {city} and its %n workshops? Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableSection</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>Paste %n participant</numerusform>
            <numerusform>Paste %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participant(s).</source>
        <translation>
            <numerusform>Added %n participant.</numerusform>
            <numerusform>Added %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>The folder {folder} already holds files this export writes. Replace %n file(s) ({names})?</source>
        <translation>
            <numerusform>The folder {folder} already holds files this export writes. Replace %n file ({names})?</numerusform>
            <numerusform>The folder {folder} already holds files this export writes. Replace %n files ({names})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) read</source>
        <translation>
            <numerusform>%n question read</numerusform>
            <numerusform>%n questions read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) added</source>
        <translation>
            <numerusform>%n answer added</numerusform>
            <numerusform>%n answers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer value(s) in the workshop kept</source>
        <translation>
            <numerusform>%n newer value in the workshop kept</numerusform>
            <numerusform>%n newer values in the workshop kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>not synced: %Ln</source>
        <translation>
            <numerusform>not synced: %Ln</numerusform>
            <numerusform>not synced: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in this workshop: %Ln</source>
        <translation>
            <numerusform>in this workshop: %Ln</numerusform>
            <numerusform>in this workshop: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicts to resolve: %Ln</source>
        <translation>
            <numerusform>conflicts to resolve: %Ln</numerusform>
            <numerusform>conflicts to resolve: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes not synced, in all: %Ln</source>
        <translation>
            <numerusform>Changes not synced, in all: %Ln</numerusform>
            <numerusform>Changes not synced, in all: %Ln</numerusform>
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
            <numerusform>… and more workshops: %Ln</numerusform>
            <numerusform>… and more workshops: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving changes: %Ln rows so far</source>
        <translation>
            <numerusform>Receiving changes: %Ln rows so far</numerusform>
            <numerusform>Receiving changes: %Ln rows so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>Conflicts waiting for your choice: %Ln. The same field was changed here and on the server.</source>
        <translation>
            <numerusform>Conflicts waiting for your choice: %Ln. The same field was changed here and on the server.</numerusform>
            <numerusform>Conflicts waiting for your choice: %Ln. The same field was changed here and on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes made here and not on the server yet: %Ln.</source>
        <translation>
            <numerusform>Changes made here and not on the server yet: %Ln.</numerusform>
            <numerusform>Changes made here and not on the server yet: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside any workshop (cities, lists): %Ln.</source>
        <translation>
            <numerusform>Outside any workshop (cities, lists): %Ln.</numerusform>
            <numerusform>Outside any workshop (cities, lists): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received from other devices: %Ln rows (%1 new, %2 updated, %3 merged with changes made here).</source>
        <translation>
            <numerusform>Received from other devices: %Ln rows (%1 new, %2 updated, %3 merged with changes made here).</numerusform>
            <numerusform>Received from other devices: %Ln rows (%1 new, %2 updated, %3 merged with changes made here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln rows.</source>
        <translation>
            <numerusform>Sent %Ln rows.</numerusform>
            <numerusform>Sent %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes made here, confirmed by the server: %Ln rows.</source>
        <translation>
            <numerusform>Changes made here, confirmed by the server: %Ln rows.</numerusform>
            <numerusform>Changes made here, confirmed by the server: %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than the server&apos;s and merged: %Ln rows.</source>
        <translation>
            <numerusform>Older than the server&apos;s and merged: %Ln rows.</numerusform>
            <numerusform>Older than the server&apos;s and merged: %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New conflicts, both versions kept: %Ln.</source>
        <translation>
            <numerusform>New conflicts, both versions kept: %Ln.</numerusform>
            <numerusform>New conflicts, both versions kept: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received rows waiting for rows they refer to (fetched again next time): %Ln.</source>
        <translation>
            <numerusform>Received rows waiting for rows they refer to (fetched again next time): %Ln.</numerusform>
            <numerusform>Received rows waiting for rows they refer to (fetched again next time): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: this computer&apos;s clock is %Ln minute(s) ahead of the server&apos;s.</source>
        <translation>
            <numerusform>Warning: this computer&apos;s clock is %Ln minute ahead of the server&apos;s.</numerusform>
            <numerusform>Warning: this computer&apos;s clock is %Ln minutes ahead of the server&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: this computer&apos;s clock is %Ln minute(s) behind the server&apos;s.</source>
        <translation>
            <numerusform>Warning: this computer&apos;s clock is %Ln minute behind the server&apos;s.</numerusform>
            <numerusform>Warning: this computer&apos;s clock is %Ln minutes behind the server&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>Workshops in this database: %n. Open one in Overview. File: {path}</source>
        <translation>
            <numerusform>Workshops in this database: %n. Open one in Overview. File: {path}</numerusform>
            <numerusform>Workshops in this database: %n. Open one in Overview. File: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>Add %n row</numerusform>
            <numerusform>Add %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
