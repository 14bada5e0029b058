<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../facilitator/ui/stages/agreements.py" line="+54"/>
        <location line="+106"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Consent</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;agreement</source>
        <translation>&amp;Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comes from option</source>
        <translation>Stammt aus Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approver</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contributors: consulted before the decision</source>
        <translation>Beitragende: werden vor der Entscheidung gefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informed: told after the decision</source>
        <translation>Informierte: werden nach der Entscheidung informiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From &amp;option</source>
        <translation>Aus &amp;Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Driver</source>
        <translation>&amp;Treiber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprover</source>
        <translation>&amp;Entscheider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review on</source>
        <translation>Über&amp;prüfung am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contributors (consulted)</source>
        <translation>&amp;Beitragende (vorher gefragt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Informed (told)</source>
        <translation>&amp;Informierte (danach informiert)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent round, fist of five</source>
        <translation>Zustimmungsrunde mit Fingerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 0 to 5 for each person; the cursor moves down.</source>
        <translation>Für jede Person 0 bis 5 eingeben; der Cursor rückt nach unten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type 0–5 per person: 5 = full support, 0 = cannot live with it.</source>
        <translation>Pro Person 0–5 eingeben: 5 = volle Unterstützung, 0 = nicht mitzutragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent result</source>
        <translation>Ergebnis der Zustimmungsrunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Consent round (fist of five)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zustimmungsrunde (Fingerzeichen 0–5)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Concern to resolve</source>
        <translation>Einwand zu klären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The concern to resolve, in a few words (never who raised it)</source>
        <translation>Der Einwand in wenigen Worten (nie, wer ihn erhoben hat)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ac&amp;tion</source>
        <translation>Auf&amp;gabe hinzufügen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Selected action: none (select a row or press Insert)</source>
        <translation>Ausgewählte Aufgabe: keine (Zeile auswählen oder Einfg drücken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected action: %1</source>
        <translation>Ausgewählte Aufgabe: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Selected agreement:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ausgewählte Vereinbarung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Select an agreement above&lt;/b&gt; to set its roles and take the consent round.</source>
        <translation>&lt;b&gt;Oben eine Vereinbarung auswählen&lt;/b&gt;, um ihre Rollen festzulegen und die Zustimmungsrunde durchzuführen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2 voted</source>
        <translation>%1 von %2 abgestimmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dissenting</source>
        <translation>%1 mit Einwand</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dissent to resolve: %1 of %2 at two fingers or fewer (lowest: %3). Ask what would make it a 3.</source>
        <translation>Einwand zu klären: %1 von %2 bei zwei Fingern oder weniger (niedrigster Wert: %3). Fragen, was es zu einer 3 machen würde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No votes yet. Ask: “Show fingers: can you commit to this?”</source>
        <translation>Noch keine Stimmen. Fragen: „Fingerzeichen: Könnt ihr das mittragen?“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 voted, no dissent so far.</source>
        <translation>%1 von %2 abgestimmt, bisher kein Einwand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone can commit (lowest: %1).</source>
        <translation>Alle können es mittragen (niedrigster Wert: %1).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../facilitator/ui/app.py" line="+50"/>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator hit an internal error (details in %1); you can keep working, and restart it if anything looks wrong.</source>
        <translation>In Facilitator ist ein interner Fehler aufgetreten (Einzelheiten in %1); die Arbeit kann weitergehen, und wenn danach etwas nicht stimmt, die App bitte neu starten.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Restored the backup from %1; the previous file is kept as %2</source>
        <translation>Sicherung vom %1 wiederhergestellt; die vorherige Datei ist als %2 aufbewahrt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot restore the backup</source>
        <translation>Sicherung lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Workspace already open</source>
        <translation>Arbeitsbereich schon geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another Facilitator window. Switch to that window, or open a different workspace.</source>
        <translation>%1 ist bereits in einem anderen Facilitator-Fenster geöffnet. Bitte zu diesem Fenster wechseln oder einen anderen Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+52"/>
        <location line="+28"/>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No workspace open. Use File &gt; Open workspace…</source>
        <translation>Kein Arbeitsbereich geöffnet. Einen über Datei &gt; Arbeitsbereich öffnen… wählen.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../facilitator/ui/audience.py" line="+54"/>
        <source>Facilitator: the room&apos;s screen</source>
        <translation>Facilitator: Anzeige für den Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s screen</source>
        <translation>Anzeige für den Raum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time left in this stage</source>
        <translation>Verbleibende Zeit in dieser Phase</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the room sees</source>
        <translation>Was der Raum sieht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code to join from a phone</source>
        <translation>QR-Code zum Mitmachen per Handy</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The room&apos;s screen is blank</source>
        <translation>Die Anzeige für den Raum ist ausgeblendet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stage %1 of %2: %3</source>
        <translation>Phase %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Join from your phone:</source>
        <translation>Mit dem Handy mitmachen:</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../facilitator/ui/restore.py" line="+36"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an update of the app</source>
        <translation>Vor einem Update der App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First opening of the day</source>
        <translation>Erstes Öffnen des Tages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by hand</source>
        <translation>Von Hand angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged file, kept as it was</source>
        <translation>Beschädigte Datei, unverändert aufbewahrt</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <location filename="../../facilitator/ui/stages/close.py" line="+42"/>
        <source>Pulse after the session, beside the one before</source>
        <translation>Stimmungsbild nachher, im Vergleich zu vorher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learnings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What did we learn about each other?</source>
        <translation>Was haben wir übereinander gelernt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement hardest to keep</source>
        <translation>Am schwersten einzuhaltende Vereinbarung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it will be hard</source>
        <translation>Warum es schwer wird</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why will it be hard to keep, and what would help?</source>
        <translation>Warum wird sie schwer einzuhalten sein, und was würde helfen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up date</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In 30 &amp;days</source>
        <translation>In 30 &amp;Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the follow-up to 30 days after the session</source>
        <translation>Folgetermin auf 30 Tage nach der Sitzung legen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learnings</source>
        <translation>Er&amp;kenntnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardest to &amp;keep</source>
        <translation>Am schwersten ein&amp;zuhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;y</source>
        <translation>Wa&amp;rum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-&amp;up on</source>
        <translation>&amp;Folgetermin am</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before you close</source>
        <translation>Vor dem Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session status</source>
        <translation>Status der Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>Close the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>— not chosen —</source>
        <translation>— nicht gewählt —</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pulse after: %1 of %2 people complete</source>
        <translation>Stimmungsbild nachher: %1 von %2 Personen vollständig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learnings written down</source>
        <translation>Erkenntnisse festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardest agreement named</source>
        <translation>Schwierigste Vereinbarung benannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date set</source>
        <translation>Folgetermin steht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every statement has a confirmed reframe (%1 without)</source>
        <translation>Jede Aussage hat eine bestätigte Umformulierung (%1 ohne)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Before you close&lt;/b&gt; (nothing here blocks closing):</source>
        <translation>&lt;b&gt;Vor dem Beenden&lt;/b&gt; (nichts davon ist Pflicht):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen the session</source>
        <translation>Sitzung &amp;wieder öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close the session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1. This session is closed; reopen it to change the outcome.</source>
        <translation>Status: %1. Diese Sitzung ist beendet; zum Ändern des Ergebnisses wieder öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 statement(s) have no confirmed reframe. The minutes show only confirmed reframes, never what was said, so these points will be missing. Close anyway?</source>
        <translation>Aussagen ohne bestätigte Umformulierung: %1. Das Protokoll zeigt nur bestätigte Umformulierungen, nie den Wortlaut; diese Punkte fehlen dort also. Trotzdem beenden?</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../facilitator/ui/consent.py" line="+66"/>
        <source>Participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingers (0–5)</source>
        <translation>Finger 0–5</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 · dissent</source>
        <translation>%1 · Einwand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingers of %1</source>
        <translation>Finger von %1</translation>
    </message>
</context>
<context>
    <name>DamageReport</name>
    <message>
        <location filename="../../facilitator/ui/damage_report.py" line="+23"/>
        <source>Some values could not be read</source>
        <translation>Einige Werte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of this session is damaged in the workspace file. These values show as empty or as a default, and stay as stored until you change them:
%1

Everything else can be used as usual. Run “facilitator check” for a full report, or restore a backup.</source>
        <translation>Ein Teil dieser Sitzung ist in der Arbeitsbereichsdatei beschädigt. Diese Werte erscheinen leer oder mit einem Standardwert und bleiben unverändert gespeichert, bis sie geändert werden:
%1

Alles andere lässt sich wie gewohnt nutzen. Einen vollständigen Bericht gibt „facilitator check“; alternativ eine Sicherung wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../facilitator/ui/dashboard.py" line="+103"/>
        <source>Actions due</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions overdue or due this week</source>
        <translation>Überfällige und diese Woche fällige Aufgaben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Agreements due for review</source>
        <translation>Zu überprüfende Vereinbarungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Series</source>
        <translation>Sitzungsreihen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series of follow-up sessions</source>
        <translation>Reihe von Folgeterminen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulse item</source>
        <translation>Frage des Stimmungsbilds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow up a closed session (Ctrl+Shift+N) to see its trend here.</source>
        <translation>Beginnen Sie zu einer abgeschlossenen Sitzung einen Folgetermin (Strg+Umschalt+N), dann sehen Sie hier den Verlauf.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Actions due: %1 overdue, %2 this week</source>
        <translation>Fällige Aufgaben: %1 überfällig, %2 diese Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first %1 shown)</source>
        <translation>(die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2 sessions, %3 to %4)</source>
        <translation>%1 (%2 Sitzungen, %3 bis %4)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Untitled session</source>
        <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pulse: %1</source>
        <translation>Stimmungsbild: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glasl stage</source>
        <translation>Glasl-Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation (Glasl stage)</source>
        <translation>Eskalation (Glasl-Stufe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreements kept (%)</source>
        <translation>Eingehaltene Vereinbarungen (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough pulse answers yet for a trend.</source>
        <translation>Noch zu wenige Antworten im Stimmungsbild für einen Verlauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 points since the first session.</source>
        <translation>%1: %2 Punkte seit der ersten Sitzung.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: no change.</source>
        <translation>%1: unverändert.</translation>
    </message>
</context>
<context>
    <name>DueActionsModel</name>
    <message>
        <location line="-199"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <location filename="../../facilitator/ui/widgets.py" line="+219"/>
        <source>Insert</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this row? This cannot be undone.</source>
        <translation>Diese Zeile entfernen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitator/ui/export_dialog.py" line="+37"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes as PDF</source>
        <translation>Protokoll als PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a document to send to both teams</source>
        <translation>ein Dokument für beide Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes as Markdown</source>
        <translation>Protokoll als Markdown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for a wiki or a repository</source>
        <translation>für ein Wiki oder ein Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items as CSV</source>
        <translation>Aufgaben als CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opens in Excel and LibreOffice</source>
        <translation>lässt sich in Excel und LibreOffice öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items as calendar file</source>
        <translation>Aufgaben als Kalenderdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due dates land in any calendar</source>
        <translation>Fälligkeiten landen in jedem Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items as Markdown checklist</source>
        <translation>Aufgaben als Markdown-Checkliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for chat or a ticket</source>
        <translation>für Chat oder Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session file (JSON)</source>
        <translation>Sitzungsdatei (JSON)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to import on another computer, without private notes</source>
        <translation>zum Import auf einem anderen Rechner, ohne private Notizen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language of the export</source>
        <translation>Sprache des Exports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size (PDF)</source>
        <translation>&amp;Papierformat (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private notes are never included.</source>
        <translation>Private Notizen werden nie exportiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;minutes</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;checklist</source>
        <translation>&amp;Checkliste kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do you want to export?</source>
        <translation>Was soll exportiert werden?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 copied to the clipboard as Markdown.</source>
        <translation>%1 als Markdown in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../../facilitator/ui/stages/facts.py" line="+61"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account or deal</source>
        <translation>Kunde/Deal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value (€)</source>
        <translation>Wert (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue impact</source>
        <translation>Umsatzfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other impact</source>
        <translation>Weitere Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents: one shared timeline</source>
        <translation>Vorfälle: eine gemeinsame Chronik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;incident</source>
        <translation>&amp;Vorfall hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+44"/>
        <source>Speaker</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Statement as said</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+52"/>
        <source>Neutral reframe</source>
        <translation>Umformulierung</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame</source>
        <translation>Vorwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;tatement</source>
        <translation>Aussage hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kind of statement</source>
        <translation>Art der Aussage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type what was said, word for word. Blame language is marked as you type.</source>
        <translation>Wörtlich festhalten, was gesagt wurde. Schuldzuweisungen werden beim Tippen markiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same concern as an observation, a need and a request, in the speaker&apos;s words.</source>
        <translation>Dasselbe Anliegen als Beobachtung, Bedürfnis und Bitte – in den Worten der sprechenden Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confir&amp;med by the speaker</source>
        <translation>Von der Person &amp;bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reframe confirmed by the speaker</source>
        <translation>Umformulierung von der sprechenden Person bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sho&amp;w to the room</source>
        <translation>Dem Raum zei&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this statement on the room&apos;s screen</source>
        <translation>Diese Aussage auf der Anzeige für den Raum zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s screen shows it as said, without the speaker&apos;s name, before its reframe is confirmed.</source>
        <translation>Die Anzeige für den Raum zeigt sie im Wortlaut, ohne den Namen der sprechenden Person, noch bevor die Umformulierung bestätigt ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Blame-language hints</source>
        <translation>Hinweise auf Schuldzuweisungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spea&amp;ker</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ki&amp;nd</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement &amp;as said</source>
        <translation>Aussage im Wort&amp;laut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;utral reframe</source>
        <translation>&amp;Neutrale Umformulierung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soft</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>New statement: start typing, or select one above</source>
        <translation>Neue Aussage: einfach lostippen oder oben eine auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement %1</source>
        <translation>Aussage %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Strong blame language. Ask the speaker to say it again as facts and needs:</source>
        <translation>Deutliche Schuldzuweisung. Die Person bitten, es noch einmal als Fakten und Bedürfnisse zu sagen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible blame language. A neutral reframe could help:</source>
        <translation>Mögliche Schuldzuweisung. Eine neutrale Umformulierung könnte helfen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mild wording only; no reframe needed.</source>
        <translation>Nur milde Formulierungen; keine Umformulierung nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hints on blame language appear here as you type.</source>
        <translation>Hinweise auf Schuldzuweisungen erscheinen hier beim Tippen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No blame language found.</source>
        <translation>Keine Schuldzuweisung gefunden.</translation>
    </message>
</context>
<context>
    <name>FramePage</name>
    <message>
        <location filename="../../facilitator/ui/stages/frame.py" line="+36"/>
        <source>Session title</source>
        <translation>Titel der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Q3 review: Sales and Product</source>
        <translation>z. B. Q3-Rückblick: Vertrieb und Produkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session date</source>
        <translation>Datum der Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session status</source>
        <translation>Status der Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>Trigger</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Q3 2026</source>
        <translation>z. B. Q3 2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap to target in percent</source>
        <translation>Abweichung vom Ziel in Prozent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in a few neutral sentences</source>
        <translation>Was passiert ist, in wenigen neutralen Sätzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation stage (Glasl 1 to 9)</source>
        <translation>Eskalationsstufe (Glasl 1 bis 9)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>Datu&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gap to target</source>
        <translation>&amp;Zielabweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happe&amp;ned</source>
        <translation>Was ist &amp;passiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation (Glas&amp;l)</source>
        <translation>Eskalation (Glas&amp;l)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground rules (0–5)</source>
        <translation>Spielregeln (0–5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;participant</source>
        <translation>Teil&amp;nehmende hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Ground rules</source>
        <translation>Spielregeln</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>e.g. We talk about how we work, not about who is at fault. One person speaks at a time.</source>
        <translation>z. B. Wir sprechen darüber, wie wir arbeiten, nicht darüber, wer schuld ist. Es spricht immer nur eine Person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pulse before the session</source>
        <translation>Stimmungsbild vor der Sitzung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stage %1 or above: coalitions, loss of face or threats. This format is not enough; the playbook recommends bringing in an outside mediator.</source>
        <translation>Ab Stufe %1: Koalitionen, Gesichtsverlust oder Drohungen. Dieses Format reicht dann nicht mehr aus; das Playbook empfiehlt, eine externe Mediation hinzuzuziehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stages 1 to 3: the teams can still solve this together.</source>
        <translation>Stufen 1 bis 3: Die Teams können das noch gemeinsam lösen.</translation>
    </message>
</context>
<context>
    <name>GoalMap</name>
    <message>
        <location filename="../../facilitator/ui/goal_map.py" line="+53"/>
        <source>Goal map</source>
        <translation>Zielkarte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an unknown goal</source>
        <translation>ein unbekanntes Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled goal</source>
        <translation>Ziel ohne Titel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales goals: %1.</source>
        <translation>Ziele des Vertriebs: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product goals: %1.</source>
        <translation>Ziele von Produkt: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared goal: %1.</source>
        <translation>Gemeinsames Ziel: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other shared goals: %1.</source>
        <translation>Weitere gemeinsame Ziele: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tensions: %1.</source>
        <translation>Spannungsfelder: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tensions recorded.</source>
        <translation>Keine Spannungsfelder erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 conflicts with %2 (severity %3 of 5)</source>
        <translation>%1 steht im Konflikt mit %2 (Stärke %3 von 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 depends on %2 (severity %3 of 5)</source>
        <translation>%1 hängt von %2 ab (Stärke %3 von 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reinforces %2 (severity %3 of 5)</source>
        <translation>%1 verstärkt %2 (Stärke %3 von 5)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No goals yet. Add them in the goals table: Sales&apos; goals appear on the left, Product&apos;s on the right and the shared goal in the middle.</source>
        <translation>Noch keine Ziele. Ziele in der Tabelle oben erfassen: Die Ziele des Vertriebs erscheinen links, die von Produkt rechts und das gemeinsame Ziel in der Mitte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shared goal</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A depends on B</source>
        <translation>A hängt von B ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinforcing</source>
        <translation>Verstärkend</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number: severity 1–5</source>
        <translation>Zahl: Stärke 1–5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Metric: %1</source>
        <translation>Kennzahl: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon: %1</source>
        <translation>Horizont: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence: %1 %</source>
        <translation>Zuversicht: %1 %</translation>
    </message>
</context>
<context>
    <name>GoalMapWindow</name>
    <message>
        <location line="+9"/>
        <source>Goal map</source>
        <translation>Zielkarte</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../facilitator/ui/stages/goals.py" line="+43"/>
        <source>Owner</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals: what each side is measured on</source>
        <translation>Ziele: woran jede Seite gemessen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;goal</source>
        <translation>&amp;Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared goal both sides sign up to</source>
        <translation>Gemeinsames Ziel, hinter dem beide Seiten stehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sh&amp;ared goal:</source>
        <translation>&amp;Gemeinsames Ziel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the goal map full screen</source>
        <translation>Zielkarte im Vollbild zeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Goal A</source>
        <translation>Ziel A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal B</source>
        <translation>Ziel B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensions between goals</source>
        <translation>Spannungsfelder zwischen den Zielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;tension</source>
        <translation>S&amp;pannungsfeld hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interests: Sales</source>
        <translation>Interessen: Vertrieb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;interest</source>
        <translation>Neues &amp;Interesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a Sales interest</source>
        <translation>Interesse des Vertriebs hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interests: Product</source>
        <translation>Interessen: Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add i&amp;nterest</source>
        <translation>&amp;Neues Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Product interest</source>
        <translation>Interesse von Produkt hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why it matters</source>
        <translation>Warum es zählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From statement</source>
        <translation>Aus Aussage</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Goal paraphrased</source>
        <translation>Zusammengefasstes Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraphrased by</source>
        <translation>Fasst zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Exactly”</source>
        <translation>„Genau“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perspective checks: the other side paraphrases until the owner says “exactly”</source>
        <translation>Perspektivwechsel: Die andere Seite fasst das Ziel zusammen, bis die Verantwortlichen „Genau so“ sagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;check</source>
        <translation>Zusammen&amp;fassung hinzufügen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Selected goal: none (select a row or press Insert)</source>
        <translation>Ausgewähltes Ziel: keines (Zeile auswählen oder Einfg drücken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected goal: %1</source>
        <translation>Ausgewähltes Ziel: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <location line="+34"/>
        <source>untitled goal</source>
        <translation>Ziel ohne Titel</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty statement</source>
        <translation>leere Aussage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— not chosen yet —</source>
        <translation>— noch nicht gewählt —</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a goal with the owner “Shared” to choose it as the goal both sides sign up to.</source>
        <translation>Ein Ziel mit der Seite „Gemeinsam“ anlegen, um es als gemeinsames Ziel beider Seiten auszuwählen.</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../facilitator/ui/incident_editor.py" line="+29"/>
        <source>Fa&amp;cts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts of the selected incident</source>
        <translation>Fakten zum ausgewählten Vorfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact on &amp;revenue</source>
        <translation>Folgen für den &amp;Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact on revenue of the selected incident</source>
        <translation>Umsatzfolgen des ausgewählten Vorfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other impact</source>
        <translation>&amp;Weitere Folgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other impact of the selected incident</source>
        <translation>Weitere Folgen des ausgewählten Vorfalls</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected incident: none (select a row or press Insert)</source>
        <translation>Ausgewählter Vorfall: keiner (Zeile auswählen oder Einfg drücken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected incident: %1</source>
        <translation>Ausgewählter Vorfall: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="+23"/>
        <location line="+4"/>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>CEO</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated deal</source>
        <translation>Eskalierter Deal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Bitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-year</source>
        <translation>Mehrjährig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Zielkonflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinforcing</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Kundenzusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritisation</source>
        <translation>Priorisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-off</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR at stake</source>
        <translation>ARR auf dem Spiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of delay</source>
        <translation>Verzögerungskosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RICE score</source>
        <translation>RICE-Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts affected</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic fit</source>
        <translation>Strategische Passung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlisted</source>
        <translation>Engere Wahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working agreement</source>
        <translation>Arbeitsvereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared OKR</source>
        <translation>Gemeinsames OKR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>Überarbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly kept</source>
        <translation>Teilweise eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not kept</source>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>I can state the goal Sales and Product share this quarter.</source>
        <translation>Ich kann das gemeinsame Ziel von Vertrieb und Produkt für dieses Quartal benennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If I make a mistake here, it is not held against me.</source>
        <translation>Wenn mir hier ein Fehler passiert, wird er mir nicht vorgehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We can bring up problems and tough issues.</source>
        <translation>Wir können Probleme und schwierige Themen offen ansprechen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is safe to take a risk in this group.</source>
        <translation>In dieser Gruppe kann man gefahrlos etwas wagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared goal</source>
        <translation>Zielklarheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tough issues</source>
        <translation>Offenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="+44"/>
        <location line="+237"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private notes hidden</source>
        <translation>Private Notizen ausgeblendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View &gt; Hide private notes (Ctrl+H) shows them again</source>
        <translation>Ansicht &gt; Private Notizen ausblenden (Strg+H) zeigt sie wieder</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Workspace updated; a copy of the old version is at %1</source>
        <translation>Arbeitsbereich aktualisiert; eine Kopie der alten Version liegt unter %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;sessions</source>
        <translation>&amp;Alle Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import session file…</source>
        <translation>Sitzungsdatei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;backup…</source>
        <translation>&amp;Sicherung exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Follow up</source>
        <translation>Folgetermin &amp;beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next stage</source>
        <translation>&amp;Nächste Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous stage</source>
        <translation>&amp;Vorherige Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to stage</source>
        <translation>Zu Phase &amp;wechseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review of the last session</source>
        <translation>Rückblick auf die letzte Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start or pause timer</source>
        <translation>Timer &amp;starten oder pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add five minutes</source>
        <translation>&amp;Fünf Minuten hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the &amp;room…</source>
        <translation>&amp;Raum öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Present to the room</source>
        <translation>Für den Raum &amp;präsentieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End presenting</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Blank the room&apos;s screen</source>
        <translation>Anzeige für den Raum aus&amp;blenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide private notes (for a shared screen)</source>
        <translation>Private Notizen &amp;ausblenden (für geteilten Bildschirm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tour of the seven stages</source>
        <translation>&amp;Rundgang durch die sieben Phasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo session</source>
        <translation>&amp;Demo-Sitzung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Facilitator</source>
        <translation>Ü&amp;ber Facilitator</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not open the session</source>
        <translation>Sitzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Untitled session</source>
        <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – Facilitator</source>
        <translation>%1 – Facilitator</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open or create a workspace</source>
        <translation>Arbeitsbereich öffnen oder anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator workspaces (*.facilitator *.db);;All files (*)</source>
        <translation>Facilitator-Arbeitsbereiche (*.facilitator *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your last changes could not be saved. Continue anyway and lose them?</source>
        <translation>Die letzten Änderungen konnten nicht gespeichert werden. Trotzdem fortfahren und sie verwerfen?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About Facilitator</source>
        <translation>Über Facilitator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator %1

Run a fair session between Sales and Product and leave with agreements both sides own. Everything stays on this computer.</source>
        <translation>Facilitator %1

Eine faire Sitzung zwischen Vertrieb und Produkt moderieren und mit Vereinbarungen herausgehen, hinter denen beide Seiten stehen. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>MultiSelectDialog</name>
    <message>
        <location filename="../../facilitator/ui/fields.py" line="+162"/>
        <source>Space ticks or unticks the current line; Return confirms.</source>
        <translation>Leertaste setzt oder entfernt den Haken in der aktuellen Zeile; Eingabetaste bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to choose from yet.</source>
        <translation>Noch nichts zur Auswahl.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location line="-80"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../facilitator/ui/stages/options.py" line="+83"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 · Criteria both sides accept as fair</source>
        <translation>1 · Kriterien, die beide Seiten fair finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;criterion</source>
        <translation>&amp;Kriterium hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+146"/>
        <source>Criteria agreed</source>
        <translation>Kriterien vereinbart</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Interests this option serves</source>
        <translation>Interessen, denen diese Option dient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tensions this option addresses</source>
        <translation>Spannungsfelder, die diese Option angeht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests served</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tensions</source>
        <translation>Spannungsfelder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2 · Options that serve both sides</source>
        <translation>2 · Optionen, die beiden Seiten dienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;option</source>
        <translation>&amp;Option hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interests and tensions: press F2 to choose from a list.</source>
        <translation>Interessen und Spannungsfelder: F2 drücken, um aus einer Liste zu wählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;3 · Scorecard&lt;/b&gt;</source>
        <translation>&lt;b&gt;3 · Bewertungsmatrix&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>none yet (F2 in the column to choose)</source>
        <translation>noch keine (zum Auswählen F2 in der Spalte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Serves:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Addresses:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Dient:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Geht an:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add at least one criterion first, then agree it.</source>
        <translation>Erst mindestens ein Kriterium anlegen, dann vereinbaren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen the criteria</source>
        <translation>Kriterien wieder öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options have already been scored against these criteria. Changing a criterion or a weight changes their ranking. The scores are kept. Reopen the criteria?</source>
        <translation>Optionen wurden bereits anhand dieser Kriterien bewertet. Wer ein Kriterium oder ein Gewicht ändert, verändert ihre Rangfolge. Die Bewertungen bleiben erhalten. Kriterien wieder öffnen?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reopen criteria</source>
        <translation>Kriterien wieder öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen criteria</source>
        <translation>Kriterien &amp;wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria agreed and locked. Scoring is open.</source>
        <translation>Kriterien vereinbart und gesperrt. Die Bewertung läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criteria &amp;agreed – start scoring</source>
        <translation>Kriterien &amp;vereinbart – Bewertung starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agree names and weights with both sides first; scoring opens when you press this.</source>
        <translation>Erst Namen und Gewichte mit beiden Seiten vereinbaren; mit diesem Knopf beginnt die Bewertung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The criteria are agreed and locked. Press “Reopen criteria” to change them.</source>
        <translation>Die Kriterien sind vereinbart und gesperrt. Zum Ändern „Kriterien wieder öffnen“ drücken.</translation>
    </message>
</context>
<context>
    <name>PracticeDelegate</name>
    <message>
        <location filename="../../facilitator/ui/practice_grid.py" line="+182"/>
        <source>Pain for the other side: %1</source>
        <translation>Folgen für die andere Seite: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>STOP</source>
        <translation>STOPP</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>We do this today</source>
        <translation>Tun wir bereits</translation>
    </message>
</context>
<context>
    <name>PracticeGridModel</name>
    <message>
        <location line="-90"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no practice recorded</source>
        <translation>%1: kein Vorgehen erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not described</source>
        <translation>nicht beschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain for the other side: %1</source>
        <translation>Folgen für die andere Seite: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We do this today.</source>
        <translation>Das tun wir bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop candidate.</source>
        <translation>Stopp-Kandidat.</translation>
    </message>
</context>
<context>
    <name>PrivateNoteBox</name>
    <message>
        <location filename="../../facilitator/ui/widgets.py" line="+21"/>
        <location line="+7"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Only you see these. They are never exported.</source>
        <translation>Nur für die Moderation sichtbar. Werden nie exportiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Observations for yourself. Keep them factual.</source>
        <translation>Eigene Beobachtungen – sachlich festgehalten.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../facilitator/ui/problems.py" line="+17"/>
        <source>%1 does not exist. Check the path.</source>
        <translation>%1 gibt es nicht. Bitte den Pfad prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is damaged and cannot be opened. Put a backup in its place: File &gt; Restore from backup.</source>
        <translation>%1 ist beschädigt und lässt sich nicht öffnen. Bitte eine Sicherung an seine Stelle setzen: Datei &gt; Aus Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Facilitator workspace. Choose a workspace file or a new file name.</source>
        <translation>%1 ist kein Facilitator-Arbeitsbereich. Bitte eine Arbeitsbereichsdatei oder einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Facilitator. Update the app to open it.</source>
        <translation>%1 stammt aus einer neueren Facilitator-Version. Zum Öffnen bitte die App aktualisieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>%1 ist schreibgeschützt. Bitte in einen beschreibbaren Ordner kopieren oder die Berechtigungen ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is busy in another program. Close it there and try again.</source>
        <translation>%1 wird gerade von einem anderen Programm verwendet. Bitte dort schließen und erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding %1 is full. Free some space; what you typed is kept and saved again.</source>
        <translation>Der Datenträger mit %1 ist voll. Bitte Platz schaffen; alle Eingaben bleiben erhalten und werden erneut gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding %1 is full. Free some space and open it again.</source>
        <translation>Der Datenträger mit %1 ist voll. Bitte Platz schaffen und erneut öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no session with id %2 in %1.</source>
        <translation>In %1 gibt es keine Sitzung mit der Nummer %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a %2, not a file. Choose a workspace file or a new file name.</source>
        <translation>%1 ist %2, keine Datei. Bitte eine Arbeitsbereichsdatei oder einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is inside %2, a folder you may not open. Ask for access or choose another place.</source>
        <translation>%1 liegt in %2, einem Ordner ohne Zugriffsrecht. Bitte den Zugriff freigeben lassen oder einen anderen Ort wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in a folder you may not write to. Choose a folder you can write to, or change the folder&apos;s permissions.</source>
        <translation>%1 liegt in einem Ordner ohne Schreibrecht. Bitte einen beschreibbaren Ordner wählen oder die Berechtigungen des Ordners ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on a read-only disk. Copy it to a disk you can write to.</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger. Bitte auf einen beschreibbaren Datenträger kopieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
</context>
<context>
    <name>PulseTable</name>
    <message>
        <location filename="../../facilitator/ui/pulse.py" line="+267"/>
        <source>Pulse after the session</source>
        <translation>Stimmungsbild nach der Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse</source>
        <translation>Stimmungsbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a score from 1 to 7 in a cell; the cursor moves on.</source>
        <translation>In jede Zelle einen Wert von 1 bis 7 eingeben; der Cursor rückt weiter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 = not at all · 4 = partly · 7 = completely. Type a digit to score; Delete clears.</source>
        <translation>1 = gar nicht · 4 = teilweise · 7 = voll und ganz. Ziffer eingeben; Entf löscht den Wert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add participants on the first stage; the CEO hosts and is not polled.</source>
        <translation>Teilnehmende in Phase 1 erfassen; die Geschäftsführung leitet die Sitzung und wird nicht befragt.</translation>
    </message>
</context>
<context>
    <name>PulseTableModel</name>
    <message>
        <location line="-134"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (before %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (after %2)</source>
        <translation>%1 (nachher %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (follow-up %2)</source>
        <translation>%1 (Folgetermin %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (the %2 people who answered both times)</source>
        <translation>%1 (Personen, die beide Male geantwortet haben: %2)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../facilitator/ui/restore.py" line="+11"/>
        <location line="+53"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Backups of %1, newest first. Restoring puts the chosen one in place of the workspace; the current file is kept as a backup first.</source>
        <translation>Sicherungen von %1, die neueste zuerst. Beim Wiederherstellen tritt die gewählte Sicherung an die Stelle des Arbeitsbereichs; die aktuelle Datei wird vorher selbst als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no backups yet: one is kept on the first opening of each day.</source>
        <translation>Von %1 gibt es noch keine Sicherung: Beim ersten Öffnen an jedem Tag wird eine angelegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replace %1 with the backup from %2 (sessions: %3)? The current file is kept as a backup first.</source>
        <translation>%1 durch die Sicherung vom %2 ersetzen (Sitzungen: %3)? Die aktuelle Datei wird vorher als Sicherung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../facilitator/ui/review.py" line="+294"/>
        <source>Follow up</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this session on the last stage first; then follow it up.</source>
        <translation>Schließen Sie die Sitzung zuerst in der letzten Phase ab; dann können Sie einen Folgetermin beginnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up: %1</source>
        <translation>Folgetermin: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not start the follow-up</source>
        <translation>Folgetermin konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location line="-249"/>
        <source>Review of the last session</source>
        <translation>Rückblick auf die letzte Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before anything new: was each agreement kept, and what became of each open action? Then everyone scores the pulse again on the same four items.</source>
        <translation>Vor allem Neuen: Wurde jede Vereinbarung eingehalten, und was wurde aus jeder offenen Aufgabe? Danach bewerten alle das Stimmungsbild noch einmal mit denselben vier Fragen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No agreements to review.</source>
        <translation>Keine Vereinbarungen zu überprüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open actions were carried over.</source>
        <translation>Es wurden keine offenen Aufgaben übernommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Follow-up pulse</source>
        <translation>Stimmungsbild beim Folgetermin</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Continue to stage 1</source>
        <translation>&amp;Weiter zu Phase 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+1 goes to stage 1 from anywhere; Alt+0 comes back here.</source>
        <translation>Alt+1 springt von überall zu Phase 1; Alt+0 führt hierher zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+25"/>
        <source>Not reviewed yet</source>
        <translation>Noch nicht überprüft</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Kept? %1</source>
        <translation>Eingehalten? %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to</source>
        <translation>Verschoben auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What became of %1</source>
        <translation>Was wurde aus %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New due date of %1</source>
        <translation>Neuer Termin für %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence or reason</source>
        <translation>Nachweis oder Grund</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reviewed: %1 of %2 agreements, %3 of %4 actions.</source>
        <translation>Überprüft: %1 von %2 Vereinbarungen, %3 von %4 Aufgaben.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>That review could not be stored; nothing changed.</source>
        <translation>Diese Bewertung konnte nicht gespeichert werden; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>RoomIndicator</name>
    <message>
        <location filename="../../facilitator/ui/presenting.py" line="+30"/>
        <location line="+11"/>
        <source>● The room is watching</source>
        <translation>● Der Raum sieht mit</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>What the room sees</source>
        <translation>Was der Raum sieht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● The room&apos;s screen is blank</source>
        <translation>● Die Anzeige für den Raum ist ausgeblendet</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../facilitator/ui/room_panel.py" line="+51"/>
        <source>Network address</source>
        <translation>Netzwerkadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every network of this computer (%1)</source>
        <translation>Alle Netzwerke dieses Computers (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>&amp;Open the room</source>
        <translation>Raum ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+150"/>
        <source>Closed: nothing on this computer listens for phones.</source>
        <translation>Geschlossen: Dieser Computer nimmt keine Verbindungen von Handys an.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>QR code of the join link</source>
        <translation>QR-Code des Teilnahme-Links</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing open: phones wait</source>
        <translation>Nichts geöffnet: Handys warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse before</source>
        <translation>Stimmungsbild vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent writing: what happened</source>
        <translation>Stilles Schreiben: Was ist passiert?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraphrase the other side&apos;s goal</source>
        <translation>Ziel der anderen Seite in eigenen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent on the agreement below</source>
        <translation>Zustimmung zur Vereinbarung unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse after</source>
        <translation>Stimmungsbild nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End: agreements and own action items</source>
        <translation>Abschluss: Vereinbarungen und eigene Aufgaben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement for the consent round</source>
        <translation>Vereinbarung für die Zustimmungsrunde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Phones may now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auf den Handys jetzt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a session first: the room belongs to one session.</source>
        <translation>Zuerst eine Sitzung öffnen: Der Raum gehört immer zu einer Sitzung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The room did not open</source>
        <translation>Der Raum wurde nicht geöffnet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Listen on every network?</source>
        <translation>In allen Netzwerken erreichbar machen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones on every network this computer is connected to could reach the join page (they still need the code). Listen on all of them?</source>
        <translation>Handys in jedem Netzwerk, mit dem dieser Computer verbunden ist, könnten die Teilnahmeseite erreichen (sie brauchen weiterhin den Code). In allen Netzwerken erreichbar machen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no text yet)</source>
        <translation>(noch ohne Text)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close the room</source>
        <translation>Raum &amp;schließen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open: phones on the same network scan the code or type the link.</source>
        <translation>Geöffnet: Handys im selben Netzwerk scannen den Code oder tippen den Link ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phones joined: %1</source>
        <translation>Teilnehmende Handys: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room</source>
        <translation>Der Raum</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../facilitator/ui/scorecard.py" line="+201"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted
score</source>
        <translation>Punkte
gewichtet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · weight %2 · source: %3</source>
        <translation>%1 · Gewicht %2 · Quelle: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sum of score × weight over all criteria</source>
        <translation>Summe aus Punktzahl × Gewicht über alle Kriterien</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rejected options are not ranked.</source>
        <translation>Verworfene Optionen erhalten keinen Rang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leading option</source>
        <translation>Führende Option</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>ScorecardTable</name>
    <message>
        <location line="+39"/>
        <source>Scorecard</source>
        <translation>Bewertungsmatrix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leading option</source>
        <translation>Führende Option</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Score each option from %1 to %2 per criterion: %2 = serves it fully (for effort: the least effort). Type a digit; the cursor moves on. Weighted score = sum of score × weight.</source>
        <translation>Jede Option je Kriterium mit %1 bis %2 bewerten: %2 = erfüllt es voll (beim Aufwand: geringster Aufwand). Ziffer eingeben; der Cursor rückt weiter. Gewichtete Punktzahl = Summe aus Punktzahl × Gewicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring opens once the criteria are agreed.</source>
        <translation>Die Bewertung beginnt, sobald die Kriterien vereinbart sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No option leads yet.</source>
        <translation>Noch führt keine Option.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leading: %1 (weighted score %2)</source>
        <translation>Führend: %1 (gewichtete Punktzahl %2)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../facilitator/ui/search.py" line="+105"/>
        <location line="+14"/>
        <source>Search all sessions</source>
        <translation>Alle Sitzungen durchsuchen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search statements, goals, agreements, actions…</source>
        <translation>Aussagen, Ziele, Vereinbarungen, Aufgaben durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <source>Type a word; “Zusage” also finds “Zusagen”.</source>
        <translation>Ein Wort eingeben; „Zusage“ findet auch „Zusagen“.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One match.</source>
        <translation>Ein Treffer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches in one session</source>
        <translation>%1 Treffer in einer Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches in %2 sessions</source>
        <translation>%1 Treffer in %2 Sitzungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the first %1; type more words to narrow down)</source>
        <translation>(die ersten %1; weitere Wörter grenzen die Suche ein)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled session</source>
        <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Review of the last session · %3</source>
        <translation>Rückblick auf die letzte Sitzung · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 (%2) · %3</source>
        <translation>Phase %1 (%2) · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private, only you see this</source>
        <translation>privat, nur für Sie sichtbar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground rules</source>
        <translation>Spielregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learnings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardest agreement</source>
        <translation>Schwierigste Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement as said</source>
        <translation>Aussage im Wortlaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reframed statement</source>
        <translation>Umformulierte Aussage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tension</source>
        <translation>Spannungsfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Way of working</source>
        <translation>Arbeitsweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern to resolve</source>
        <translation>Einwand zu klären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note</source>
        <translation>Notiz im Rückblick</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../../facilitator/ui/problems.py" line="+15"/>
        <source>%1 does not exist. Check the path.</source>
        <translation>%1 gibt es nicht. Bitte den Pfad prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a %2, not a file. Choose a session file.</source>
        <translation>%1 ist %2, keine Datei. Bitte eine Sitzungsdatei wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: you have no permission. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: Die Leseberechtigung fehlt. Bitte die Berechtigungen prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 MB, larger than the limit of %3 MB for a session file. Check that it is one.</source>
        <translation>%1 ist %2 MB groß, mehr als die für Sitzungsdateien erlaubten %3 MB. Bitte prüfen, ob es wirklich eine Sitzungsdatei ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a session file (expected JSON text).</source>
        <translation>%1 ist keine Sitzungsdatei (erwartet wird JSON-Text).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/session_files.py" line="+69"/>
        <source>Could not import the session</source>
        <translation>Die Sitzung konnte nicht importiert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a session file</source>
        <translation>Sitzungsdatei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session files (*.json);;All files (*)</source>
        <translation>Sitzungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not add the demo session</source>
        <translation>Die Demo-Sitzung konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export a full backup</source>
        <translation>Vollständige Sicherung exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session files (*.json)</source>
        <translation>Sitzungsdateien (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup with private notes saved to %1; keep it private.</source>
        <translation>Sicherung mit privaten Notizen gespeichert unter %1 – bitte nicht weitergeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export the backup</source>
        <translation>Sicherung konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../facilitator/ui/session_list.py" line="+105"/>
        <location line="+11"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Filter sessions…</source>
        <translation>Sitzungen filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No sessions yet. Press Ctrl+N to start one.</source>
        <translation>Noch keine Sitzungen. Mit Strg+N eine neue anlegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not search</source>
        <translation>Suche nicht möglich</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../facilitator/ui/stages/frame.py" line="+12"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename session</source>
        <translation>Sitzung umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled session</source>
        <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” with everything captured in it? This cannot be undone.</source>
        <translation>„%1“ mit allem, was darin erfasst ist, löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location line="-198"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled session</source>
        <translation>Sitzung ohne Titel</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../facilitator/ui/session_view.py" line="+46"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Progress through the stages</source>
        <translation>Fortschritt durch die Phasen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time used in the session</source>
        <translation>Bisherige Dauer der Sitzung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session is closed and read-only. Exports still work. Reopen it to change anything.</source>
        <translation>Diese Sitzung ist beendet und schreibgeschützt. Exportieren geht weiterhin. Zum Ändern die Sitzung wieder öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;eopen session</source>
        <translation>Sitzung wieder &amp;öffnen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Stage %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled session</source>
        <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of %2 min</source>
        <translation>%1 von %2 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../facilitator/ui/shortcuts.py" line="+33"/>
        <location line="+32"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a workspace</source>
        <translation>Arbeitsbereich öffnen oder anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export minutes or action items</source>
        <translation>Protokoll oder Aufgaben exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stage</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous stage</source>
        <translation>Vorherige Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to stage 1 to 7</source>
        <translation>Zu Phase 1 bis 7 wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or pause the stage timer</source>
        <translation>Timer der Phase starten oder pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add five minutes to the time box</source>
        <translation>Zeitrahmen um fünf Minuten verlängern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide or show private notes (shared screen)</source>
        <translation>Private Notizen aus- oder einblenden (geteilter Bildschirm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to the focused table</source>
        <translation>Zeile in der aktiven Tabelle hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected row (asks first)</source>
        <translation>Ausgewählte Zeile entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected cell; in the session list: rename</source>
        <translation>Zelle bearbeiten; in der Sitzungsliste: umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the cell in pulse, consent and scorecard tables; the cursor moves on</source>
        <translation>Wert eintragen (Stimmungsbild, Zustimmung, Bewertung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the field or button whose label has that letter underlined</source>
        <translation>Zu Feld/Knopf mit unterstrichenem Buchstaben springen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+letter</source>
        <translation>Alt+Buchstabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a list: edit the selected item; in its editor: back to the list</source>
        <translation>Liste: Eintrag bearbeiten; im Editor: zurück zur Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the statement editor: start the next statement</source>
        <translation>Im Aussagen-Editor: nächste Aussage beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the goal map full screen</source>
        <translation>Zielkarte im Vollbild zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present to the room: the room&apos;s board on the second screen or in its own window</source>
        <translation>Für den Raum präsentieren: die Anzeige für den Raum auf dem zweiten Bildschirm oder in einem eigenen Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End presenting (Escape in the room&apos;s window)</source>
        <translation>Präsentation beenden (Escape im Fenster für den Raum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank the room&apos;s screen and show it again (B in the room&apos;s window)</source>
        <translation>Anzeige für den Raum aus- und wieder einblenden (B im Fenster für den Raum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the room&apos;s window: scroll a board longer than the screen</source>
        <translation>Im Fenster für den Raum: eine Anzeige blättern, die länger als der Bildschirm ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the cockpit or the room&apos;s window, whichever has the focus</source>
        <translation>Cockpit oder Fenster für den Raum vergrößern oder verkleinern, je nachdem, was den Fokus hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the room for phones</source>
        <translation>Den Raum für Handys öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the selected session</source>
        <translation>Ausgewählte Sitzung duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the session list: search all text in all sessions</source>
        <translation>In der Sitzungsliste: alle Texte aller Sitzungen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This overview</source>
        <translation>Diese Übersicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../facilitator/ui/stage_page.py" line="+35"/>
        <source>What to say</source>
        <translation>Gesprächsimpulse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facilitator prompts</source>
        <translation>Gesprächsimpulse für die Moderation</translation>
    </message>
</context>
<context>
    <name>TakeOver</name>
    <message>
        <location filename="../../facilitator/ui/takeover.py" line="+15"/>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was opened on %2 at %3 and may still be open there; two computers writing at once can lose changes. Open it anyway?</source>
        <translation>%1 wurde auf %2 geöffnet (%3) und ist dort vielleicht noch offen; schreiben zwei Computer gleichzeitig, können Änderungen verloren gehen. Trotzdem öffnen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace may be open elsewhere</source>
        <translation>Arbeitsbereich ist vielleicht anderswo geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open anyway</source>
        <translation>&amp;Trotzdem öffnen</translation>
    </message>
</context>
<context>
    <name>TemplateBar</name>
    <message>
        <location filename="../../facilitator/ui/template_bar.py" line="+41"/>
        <location line="+28"/>
        <source>Start from a te&amp;mplate…</source>
        <translation>Mit einer Vorlage an&amp;fangen…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>Rü&amp;ckgängig</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add from a te&amp;mplate…</source>
        <translation>Vorlage hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+3"/>
        <source>Template not added</source>
        <translation>Vorlage nicht übernommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added “%1” (%2).</source>
        <translation>„%1“ übernommen (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 rule</source>
        <translation>1 Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rules</source>
        <translation>%1 Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 criterion</source>
        <translation>1 Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 criteria</source>
        <translation>%1 Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 agreement</source>
        <translation>1 Vereinbarung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 agreements</source>
        <translation>%1 Vereinbarungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to this stage?</source>
        <translation>Zu dieser Phase hinzufügen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This stage already has %1. Add those of “%2” below them?</source>
        <translation>Diese Phase enthält schon %1. Die aus „%2“ darunter anfügen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Name of the template (it appears in “Start from a template” in every session):</source>
        <translation>Name der Vorlage (sie erscheint in jeder Sitzung unter „Mit einer Vorlage anfangen“):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as template “%1”.</source>
        <translation>Als Vorlage „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../facilitator/ui/templates.py" line="+102"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview: what the template adds</source>
        <translation>Vorschau: Was die Vorlage hinzufügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↑↓ choose · Enter adds it to the stage · F2 renames, Del deletes one of your own · Esc closes</source>
        <translation>↑↓ auswählen · Eingabe fügt sie der Phase hinzu · F2 benennt eigene um, Entf löscht sie · Esc schließt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add to the stage</source>
        <translation>Zur Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ready templates</source>
        <translation>Fertige Vorlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your templates</source>
        <translation>Eigene Vorlagen</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete your template “%1”? Sessions that used it keep what it added.</source>
        <translation>Eigene Vorlage „%1“ löschen? Sitzungen, die sie verwendet haben, behalten, was sie hinzugefügt hat.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location line="-178"/>
        <source>This stage is not empty.</source>
        <translation>Diese Phase ist nicht leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The criteria are agreed and locked. Reopen them to add more.</source>
        <translation>Die Kriterien sind vereinbart und gesperrt. Zum Ergänzen die Kriterien wieder öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session is closed. Reopen it to change it.</source>
        <translation>Die Sitzung ist beendet. Zum Ändern wieder öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That name is too long (at most 120 characters).</source>
        <translation>Der Name ist zu lang (höchstens 120 Zeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a template with this name.</source>
        <translation>Es gibt schon eine Vorlage mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing on this stage to save yet.</source>
        <translation>In dieser Phase gibt es noch nichts zu speichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ground rules</source>
        <translation>Spielregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground rules from a template</source>
        <translation>Spielregeln aus einer Vorlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria from a template</source>
        <translation>Kriterien aus einer Vorlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements from a template</source>
        <translation>Vereinbarungen aus einer Vorlage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <location filename="../../facilitator/ui/text_limit.py" line="+23"/>
        <source>This field holds at most %1 characters; the rest was left out.</source>
        <translation>Dieses Feld fasst höchstens %1 Zeichen; der Rest wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../facilitator/ui/timer.py" line="+37"/>
        <source>Time left in this stage</source>
        <translation>Verbleibende Zeit in dieser Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Start or pause the timer</source>
        <translation>Timer starten oder pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add five minutes</source>
        <translation>Fünf Minuten hinzufügen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Time box: %n minute(s)</source>
        <translation>
            <numerusform>Zeitrahmen: %n Minute</numerusform>
            <numerusform>Zeitrahmen: %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../facilitator/ui/tour.py" line="+19"/>
        <source>Tour of the seven stages</source>
        <translation>Rundgang durch die sieben Phasen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;A session in seven stages&lt;/h3&gt;&lt;p&gt;Each stage has a purpose, a time box and prompts for what to say. The navigator on the left shows where you are and how much time each stage has used. Alt+1 to Alt+7 jump to a stage; Ctrl+T starts its timer.&lt;/p&gt;&lt;p&gt;Private notes beside each stage are only for you; Ctrl+H hides them on a shared screen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eine Sitzung in sieben Phasen&lt;/h3&gt;&lt;p&gt;Jede Phase hat einen Zweck, einen Zeitrahmen und Vorschläge, was man sagen kann. Die Phasenliste links zeigt, wo ihr steht und wie viel Zeit jede Phase schon gebraucht hat. Alt+1 bis Alt+7 springen zu einer Phase; Strg+T startet ihren Timer.&lt;/p&gt;&lt;p&gt;Die privaten Notizen neben jeder Phase sind nur für Sie; Strg+H blendet sie auf einem geteilten Bildschirm aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. %2 (%3 min)</source>
        <translation>%1. %2 (%3 Min.)</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <location filename="../../facilitator/ui/stages/working.py" line="+43"/>
        <source>Practices side by side, area by area</source>
        <translation>Vorgehen im Vergleich, Bereich für Bereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add practice</source>
        <translation>Vorgehen hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert: adds a practice for the side and area of the selected cell</source>
        <translation>Einfg: fügt ein Vorgehen für Seite und Bereich der ausgewählten Zelle hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Practices of Sales and Product by area</source>
        <translation>Vorgehen von Vertrieb und Produkt nach Bereich</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Selected practice</source>
        <translation>Ausgewähltes Vorgehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current practice</source>
        <translation>Vorgehen heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it works today, step by step</source>
        <translation>Wie es heute läuft, Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain for the other side</source>
        <translation>Folgen für die andere Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this costs the other side</source>
        <translation>Was das die andere Seite kostet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;We do this today (TRIZ)</source>
        <translation>&amp;Tun wir bereits (TRIZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We do this today (TRIZ)</source>
        <translation>Tun wir bereits (TRIZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top candidate</source>
        <translation>Stopp-&amp;Kandidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop candidate</source>
        <translation>Stopp-Kandidat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrent practice</source>
        <translation>&amp;Vorgehen heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pain for the other side</source>
        <translation>&amp;Folgen für die andere Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;rea</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Selected practice: none (select a cell or press Insert to add one)</source>
        <translation>Ausgewähltes Vorgehen: keins (Zelle auswählen oder mit Einfg eins hinzufügen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected practice: %1 · %2</source>
        <translation>Ausgewähltes Vorgehen: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Stop list: %n</source>
        <translation>
            <numerusform>Stopp-Liste: %n</numerusform>
            <numerusform>Stopp-Liste: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stop candidates</source>
        <translation>
            <numerusform>%n Stopp-Kandidat</numerusform>
            <numerusform>%n Stopp-Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove practice</source>
        <translation>Vorgehen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this practice? This cannot be undone.</source>
        <translation>Dieses Vorgehen entfernen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>_Board</name>
    <message>
        <location filename="../../facilitator/ui/boards.py" line="+117"/>
        <location line="+215"/>
        <source>The pulse shows once at least three people have answered.</source>
        <translation>Das Stimmungsbild erscheint, sobald mindestens drei Personen geantwortet haben.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+201"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spread</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no votes yet</source>
        <translation>noch keine Stimmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one concern to resolve</source>
        <translation>ein Einwand zu klären</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 concerns to resolve</source>
        <translation>%1 Einwände zu klären</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why we are here</source>
        <translation>Warum wir hier sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground rules</source>
        <translation>Spielregeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not agreed yet.</source>
        <translation>Noch nicht vereinbart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulse before we start</source>
        <translation>Stimmungsbild zu Beginn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deal or feature</source>
        <translation>Deal oder Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No incidents yet.</source>
        <translation>Noch keine Vorfälle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said without blame</source>
        <translation>Ohne Schuldzuweisung gesagt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statements appear here once their neutral wording is confirmed.</source>
        <translation>Aussagen erscheinen hier, sobald ihre Umformulierung bestätigt ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Our shared goal</source>
        <translation>Unser gemeinsames Ziel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No ways of working yet.</source>
        <translation>Noch keine Arbeitsweisen erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked to stop</source>
        <translation>zum Aufhören vorgemerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Effect on the other side</source>
        <translation>Folge für die andere Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Aufhören</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criteria agreed before scoring</source>
        <translation>Vor der Bewertung vereinbarte Kriterien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria (not agreed yet)</source>
        <translation>Kriterien (noch nicht vereinbart)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No criteria yet.</source>
        <translation>Noch keine Kriterien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options, best first</source>
        <translation>Optionen, die beste zuerst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No options yet.</source>
        <translation>Noch keine Optionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drives</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulted</source>
        <translation>Beitragende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed</source>
        <translation>Informierte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision roles</source>
        <translation>Entscheidungsrollen</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+123"/>
        <source>Consent</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>No agreements yet.</source>
        <translation>Noch keine Vereinbarungen.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action items yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What we agreed</source>
        <translation>Was wir vereinbart haben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pulse before and after</source>
        <translation>Stimmungsbild vorher und nachher</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>We meet again</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No date set yet.</source>
        <translation>Noch kein Termin.</translation>
    </message>
</context>
</TS>
