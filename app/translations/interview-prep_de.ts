<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnkiDeckExport</name>
    <message>
        <source>The library in %1 holds no guides yet: open a guide in the window first, or name an included one with --guide KEY.</source>
        <translation>Die Bibliothek in %1 enthält noch keine Leitfäden: zuerst einen Leitfaden im Fenster öffnen oder einen mitgelieferten mit --guide SCHLÜSSEL angeben.</translation>
    </message>
</context>
<context>
    <name>AnkiDeckWriter</name>
    <message>
        <source>My notes</source>
        <translation>Eigene Notizen</translation>
    </message>
    <message>
        <source>(The guide gives no answer.)</source>
        <translation>(Der Leitfaden gibt keine Antwort.)</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Make a copy of the database now, in the backups folder beside it, and print its path. The newest %1 copies are kept.</source>
        <translation>Jetzt eine Kopie der Datenbank im Sicherungsordner daneben anlegen und ihren Pfad ausgeben. Die neuesten %1 Kopien werden behalten.</translation>
    </message>
    <message>
        <source>interview-prep backup [--data-dir DIR]</source>
        <translation>interview-prep backup [--data-dir ORDNER]</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
</context>
<context>
    <name>BackupDocument</name>
    <message>
        <source>%1 holds a lone UTF-16 surrogate (\u%2 at character %3), which is not text</source>
        <translation>%1 enthält ein einzelnes UTF-16-Surrogat (\u%2 an Zeichen %3), das kein Text ist</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-11-24, or null</source>
        <translation>%1 muss ein Datum wie 2026-11-24 oder null sein</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time in UTC like 2026-11-24T18:03:00Z</source>
        <translation>%1 muss eine ISO-8601-Zeit in UTC wie 2026-11-24T18:03:00Z sein</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time in UTC like 2026-11-24T18:03:00Z, or null</source>
        <translation>%1 muss eine ISO-8601-Zeit in UTC wie 2026-11-24T18:03:00Z oder null sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>The backup is not valid: %1.</source>
        <translation>Die Sicherung ist ungültig: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 must be one of not-started, planned, in-progress, done, not-applicable</source>
        <translation>%1 muss einer der Werte not-started, planned, in-progress, done, not-applicable sein</translation>
    </message>
    <message>
        <source>%1 is only spaces; leave it empty to add the story as a new one</source>
        <translation>%1 besteht nur aus Leerzeichen; leer lassen, um die Geschichte als neue hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 must be an object with guide and questionKey</source>
        <translation>%1 muss ein Objekt mit guide und questionKey sein</translation>
    </message>
    <message>
        <source>%1 needs a guide and a questionKey</source>
        <translation>%1 braucht guide und questionKey</translation>
    </message>
    <message>
        <source>%1 must be 1, 2, 3 or 4</source>
        <translation>%1 muss 1, 2, 3 oder 4 sein</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-12-15</source>
        <translation>%1 muss ein Datum wie 2026-12-15 sein</translation>
    </message>
    <message>
        <source>%1 is missing; a graded question has the time its grade was logged</source>
        <translation>%1 fehlt; eine bewertete Frage hat den Zeitpunkt, zu dem ihre Bewertung erfasst wurde</translation>
    </message>
    <message>
        <source>%1 is set, but there is no grade</source>
        <translation>%1 ist gesetzt, aber es gibt keine Bewertung</translation>
    </message>
    <message>
        <source>%1 is set, but the question was never asked (answered is false)</source>
        <translation>%1 ist gesetzt, aber die Frage wurde nie gestellt (answered ist false)</translation>
    </message>
    <message>
        <source>%1 is set, but the mock interview has not finished</source>
        <translation>%1 ist gesetzt, aber das Probeinterview ist nicht beendet</translation>
    </message>
    <message>
        <source>%1 is before startedAt</source>
        <translation>%1 liegt vor startedAt</translation>
    </message>
    <message>
        <source>%1 is %2 where %3 belongs; the questions are numbered 0, 1, 2 … in the order they are asked</source>
        <translation>%1 ist %2, wo %3 hingehört; die Fragen sind in der Reihenfolge, in der sie gestellt werden, mit 0, 1, 2 … nummeriert</translation>
    </message>
    <message>
        <source>mockInterviews[%1] and mockInterviews[%2] are both the mock interview of the guide %3 started at %4; each may appear once</source>
        <translation>mockInterviews[%1] und mockInterviews[%2] sind beide das Probeinterview zum Leitfaden %3, begonnen um %4; jedes darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>%1 has no entry in &quot;reviews&quot; for the question at its gradedAt (%2); a mock interview&apos;s grade is in the practice log too</source>
        <translation>%1 hat in „reviews“ keinen Eintrag für die Frage zu ihrem gradedAt (%2); die Bewertung eines Probeinterviews steht auch im Trainingsprotokoll</translation>
    </message>
    <message>
        <source>%1 is %2, but &quot;reviews&quot; logs %3 for the question at its gradedAt (%4)</source>
        <translation>%1 ist %2, aber „reviews“ verzeichnet %3 für die Frage zu ihrem gradedAt (%4)</translation>
    </message>
    <message>
        <source>interviewDates[%1] and interviewDates[%2] are both for the guide %3; a guide has one interview date</source>
        <translation>interviewDates[%1] und interviewDates[%2] gelten beide für den Leitfaden %3; ein Leitfaden hat einen Interviewtermin</translation>
    </message>
    <message numerus="yes">
        <source>the story id %1 is used %n times (%2)</source>
        <translation>
            <numerusform>die Geschichten-ID %1 wird %n-mal verwendet (%2)</numerusform>
            <numerusform>die Geschichten-ID %1 wird %n-mal verwendet (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each story id may appear once</source>
        <translation>%1; jede Geschichten-ID darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>This is not an Interview Prep backup (%1).</source>
        <translation>Dies ist keine Sicherung von Interview Prep (%1).</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>„format“ ist nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation>„version“ fehlt</translation>
    </message>
    <message>
        <source>&quot;version&quot; is %1, not a format version (a whole number from 1)</source>
        <translation>„version“ ist %1, keine Formatversion (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Interview Prep (format version %1; this version reads up to %2). Update Interview Prep to restore it.</source>
        <translation>Die Sicherung wurde von einer neueren Version von Interview Prep geschrieben (Formatversion %1; diese Version liest bis %2). Interview Prep aktualisieren, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is too large to be an Interview Prep backup (over %2 MB).</source>
        <translation>%1 ist zu groß für eine Sicherung von Interview Prep (über %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>keep the current database aside</source>
        <translation>Beiseitelegen der aktuellen Datenbank</translation>
    </message>
    <message>
        <source>%1 does not exist. Nothing was changed.</source>
        <translation>%1 existiert nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not an Interview Prep backup (%2). Nothing was changed.</source>
        <translation>%1 ist keine Sicherung von Interview Prep (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Interview Prep (schema version %2; this version knows up to %3). Nothing was changed; update Interview Prep to restore it.</source>
        <translation>Die Sicherung %1 stammt von einer neueren Version von Interview Prep (Schemaversion %2; diese Version kennt bis %3). Es wurde nichts geändert; Interview Prep aktualisieren, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored (%2). Nothing was changed; choose another backup (&apos;interview-prep backups&apos; lists them).</source>
        <translation>Die Sicherung %1 ist beschädigt und kann nicht wiederhergestellt werden (%2). Es wurde nichts geändert; eine andere Sicherung wählen („interview-prep backups“ listet sie auf).</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>In %1 gibt es keine Sicherungen.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n backups in %1 is intact. Nothing was changed.</source>
        <translation>
            <numerusform>Die %n Sicherung in %1 ist nicht intakt. Es wurde nichts geändert.</numerusform>
            <numerusform>Keine der %n Sicherungen in %1 ist intakt. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>restore the backup</source>
        <translation>Wiederherstellen der Sicherung</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup. Nothing was changed.</source>
        <translation>%1 ist die Datenbank selbst, keine Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: cannot create the data folder %2. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Datenordner %2 kann nicht angelegt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 Your database was not changed.</source>
        <translation>%1 Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not %1: the copy written to %2 did not read back intact (%3). Your database was not changed.</source>
        <translation>%1 fehlgeschlagen: Die nach %2 geschriebene Kopie ließ sich nicht unversehrt zurücklesen (%3). Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 A copy of it is also at %2.</source>
        <translation>%1 Eine Kopie davon liegt außerdem unter %2.</translation>
    </message>
    <message>
        <source>Could not %1: the current database could not be kept aside. Your database was not changed.</source>
        <translation>%1 fehlgeschlagen: Die aktuelle Datenbank konnte nicht beiseitegelegt werden. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not %1: cannot remove %2. Your database was not changed.</source>
        <translation>%1 fehlgeschlagen: %2 kann nicht entfernt werden. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not %1: cannot rename %2 to %3. Your database was not changed.</source>
        <translation>%1 fehlgeschlagen: %2 kann nicht in %3 umbenannt werden. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The backup %1 was restored to %2, but it does not open: %3</source>
        <translation>Die Sicherung %1 wurde nach %2 wiederhergestellt, lässt sich aber nicht öffnen: %3</translation>
    </message>
    <message>
        <source>%1 Your previous database is kept at %2.</source>
        <translation>%1 Die bisherige Datenbank bleibt unter %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>interview-prep backups [--json] [--data-dir DIR]</source>
        <translation>interview-prep backups [--json] [--data-dir ORDNER]</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>Noch keine Sicherungen in %1.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Sicherungen in %1, die neueste zuerst:</translation>
    </message>
    <message>
        <source>made (UTC)</source>
        <translation>erstellt (UTC)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Restore one with &apos;interview-prep restore-backup FILE&apos;, or the newest intact one with &apos;interview-prep restore-backup latest&apos;.</source>
        <translation>Eine davon mit „interview-prep restore-backup DATEI“ wiederherstellen, oder die neueste intakte mit „interview-prep restore-backup latest“.</translation>
    </message>
    <message>
        <source>List the backups of the database, newest first: when each was made, its size, how many notes, stories and reviews it holds, and whether it is intact. Changes nothing. Exits with 1 when the folder holds no data or a backup cannot be restored.</source>
        <translation>Die Sicherungen der Datenbank auflisten, die neueste zuerst: wann jede erstellt wurde, ihre Größe, wie viele Notizen, Geschichten und Wiederholungen sie enthält und ob sie intakt ist. Ändert nichts. Endet mit 1, wenn der Ordner keine Daten enthält oder eine Sicherung nicht wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of a table.</source>
        <translation>Ein JSON-Dokument statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup(s) cannot be restored (damaged, not Interview Prep&apos;s, or from a newer version); nothing was changed.</source>
        <translation>
            <numerusform>%1 von %n Sicherung kann nicht wiederhergestellt werden (beschädigt, nicht von Interview Prep oder von einer neueren Version); nichts wurde geändert.</numerusform>
            <numerusform>%1 von %n Sicherungen können nicht wiederhergestellt werden (beschädigt, nicht von Interview Prep oder von einer neueren Version); nichts wurde geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Usage: interview-prep check [--json] FILE...
Validate interview guides (Markdown with YAML front matter).

  --json   print one JSON object describing every guide
  --help   show this help

Exit status: 0 no errors, 1 a guide has an error, 2 bad usage.
</source>
        <translation>Aufruf: interview-prep check [--json] DATEI...
Interview-Leitfäden prüfen (Markdown mit YAML-Vorspann).

  --json   ein JSON-Objekt ausgeben, das jeden Leitfaden beschreibt
  --help   diese Hilfe anzeigen

Rückgabewert: 0 keine Fehler, 1 ein Leitfaden hat einen Fehler, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>ohne Stufe</translation>
    </message>
    <message>
        <source>requirements: %1</source>
        <translation>Anforderungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>questions: %1 in %n category(ies)</source>
        <translation>
            <numerusform>Fragen: %1 in %n Kategorie</numerusform>
            <numerusform>Fragen: %1 in %n Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>guide files</source>
        <translation>Leitfadendateien</translation>
    </message>
    <message>
        <source>name at least one guide file</source>
        <translation>mindestens eine Leitfadendatei angeben</translation>
    </message>
</context>
<context>
    <name>CombinedGuide</name>
    <message>
        <source>All guides</source>
        <translation>Alle Leitfäden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>guide title, requirement group</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Validate guide files and summarise what they contain</source>
        <translation>Leitfadendateien prüfen und ihren Inhalt zusammenfassen</translation>
    </message>
    <message>
        <source>Add guide files to the library, list its guides or remove one</source>
        <translation>Leitfadendateien zur Bibliothek hinzufügen, ihre Leitfäden auflisten oder einen entfernen</translation>
    </message>
    <message>
        <source>Write your data as JSON, stories or study sheets (Markdown, PDF), or an Anki deck</source>
        <translation>Die eigenen Daten als JSON, Geschichten oder Lernblätter (Markdown, PDF) oder als Anki-Stapel schreiben</translation>
    </message>
    <message>
        <source>Find words in the library&apos;s guides and in everything you wrote</source>
        <translation>Wörter in den Leitfäden der Bibliothek und in allem Geschriebenen finden</translation>
    </message>
    <message>
        <source>Make a guide file of Anki or spreadsheet flashcards (TSV/CSV)</source>
        <translation>Aus Karteikarten von Anki oder einer Tabelle (TSV/CSV) eine Leitfadendatei machen</translation>
    </message>
    <message>
        <source>Merge an exported JSON document back into your data</source>
        <translation>Ein exportiertes JSON-Dokument wieder in die eigenen Daten übernehmen</translation>
    </message>
    <message>
        <source>Make a copy of the database now and print its path</source>
        <translation>Jetzt eine Kopie der Datenbank anlegen und ihren Pfad ausgeben</translation>
    </message>
    <message>
        <source>List the backups with their contents and whether each is intact</source>
        <translation>Die Sicherungen mit ihrem Inhalt auflisten und ob jede intakt ist</translation>
    </message>
    <message>
        <source>Replace a damaged database with a backup, keeping it aside</source>
        <translation>Eine beschädigte Datenbank durch eine Sicherung ersetzen und sie beiseitelegen</translation>
    </message>
    <message>
        <source>Check the database and its backups for damage</source>
        <translation>Die Datenbank und ihre Sicherungen auf Schäden prüfen</translation>
    </message>
    <message>
        <source>Record one practice grade for a question</source>
        <translation>Eine Trainingsbewertung für eine Frage eintragen</translation>
    </message>
    <message>
        <source>List a guide&apos;s questions with their FSRS-6 state, or set the interview date</source>
        <translation>Die Fragen eines Leitfadens mit ihrem FSRS-6-Zustand auflisten oder den Interviewtermin festlegen</translation>
    </message>
    <message>
        <source>Usage: interview-prep [--guide FILE] [--data-dir DIR]
       interview-prep [--data-dir DIR] COMMAND [OPTIONS] [ARGUMENTS]

Without a command, opens the study window.

Commands:
</source>
        <translation>Aufruf: interview-prep [--guide DATEI] [--data-dir ORDNER]
        interview-prep [--data-dir ORDNER] BEFEHL [OPTIONEN] [ARGUMENTE]

Ohne Befehl öffnet sich das Lernfenster.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;interview-prep COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
„interview-prep BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>DataDirOption</name>
    <message>
        <source>Keep the database in DIR instead of the user&apos;s application data folder.</source>
        <translation>Die Datenbank in ORDNER statt im Anwendungsdatenordner des Benutzers ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir braucht einen Ordner</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <source>The data folder %1 is read-only, so your work there can be read but not changed. To make changes, make the folder writable, or start with --data-dir and a folder you can write to. Nothing was changed.</source>
        <translation>Der Datenordner %1 ist schreibgeschützt, daher lässt sich die Arbeit darin lesen, aber nicht ändern. Um Änderungen vorzunehmen, den Ordner beschreibbar machen oder mit --data-dir und einem beschreibbaren Ordner starten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk holding the data folder %1 is full: there is no room for the lock file %2, so nothing can be saved. Free some space and start again. Nothing was changed.</source>
        <translation>Der Datenträger mit dem Datenordner %1 ist voll: Für die Sperrdatei %2 ist kein Platz, daher kann nichts gespeichert werden. Speicherplatz freigeben und erneut starten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1: %2. Nothing was changed.</source>
        <translation>Der Datenordner %1 kann nicht gesperrt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Another copy of Interview Prep (process %1 on %2) is already using the data folder %3. Close it first, or choose another folder with --data-dir. Nothing was changed.</source>
        <translation>Eine andere Instanz von Interview Prep (Prozess %1 auf %2) verwendet den Datenordner %3 bereits. Diese zuerst schließen oder mit --data-dir einen anderen Ordner wählen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Another copy of Interview Prep is already using the data folder %1. Close it first, or choose another folder with --data-dir. Nothing was changed.</source>
        <translation>Eine andere Instanz von Interview Prep verwendet den Datenordner %1 bereits. Diese zuerst schließen oder mit --data-dir einen anderen Ordner wählen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1. Nothing was changed.</source>
        <translation>Der Datenordner %1 kann nicht gesperrt werden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A backup cannot be made inside a transaction.</source>
        <translation>Innerhalb einer Transaktion kann keine Sicherung erstellt werden.</translation>
    </message>
    <message>
        <source>The database %1 is missing, but its journal %2 is still there and may hold your latest changes. Nothing was created or changed. Put the database file back, or restore a backup (File › Restore from Backup…, or &apos;interview-prep restore-backup latest&apos;).</source>
        <translation>Die Datenbank %1 fehlt, aber ihr Journal %2 ist noch vorhanden und enthält womöglich die letzten Änderungen. Es wurde nichts angelegt oder geändert. Die Datenbankdatei zurücklegen oder eine Sicherung wiederherstellen (Datei › Aus Sicherung wiederherstellen… oder „interview-prep restore-backup latest“).</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Interview Prep database (it is not an SQLite file). It was left untouched; move it away or restore a backup from %2.</source>
        <translation>%1 ist keine Datenbank von Interview Prep (es ist keine SQLite-Datei). Sie blieb unangetastet; sie woanders hin verschieben oder eine Sicherung aus %2 wiederherstellen.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Interview Prep (schema version %2; this version knows up to %3). It was not changed. Update Interview Prep to open it.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Interview Prep geschrieben (Schemaversion %2; diese Version kennt bis %3). Sie wurde nicht verändert. Interview Prep aktualisieren, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade (schema version %2 to %3), which cannot be done read-only. Open it once with write access.</source>
        <translation>Die Datenbank %1 muss aktualisiert werden (Schemaversion %2 auf %3), was schreibgeschützt nicht möglich ist. Sie einmal mit Schreibzugriff öffnen.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>There is no Interview Prep database in %1.</source>
        <translation>In %1 gibt es keine Datenbank von Interview Prep.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so your work in it can be read but not changed. To make changes, make the file writable and start again. It was not changed.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt, daher lässt sich die Arbeit darin lesen, aber nicht ändern. Um Änderungen vorzunehmen, die Datei beschreibbar machen und erneut starten. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so your work there can be read but not changed (the database writes its journal beside it). To make changes, make the folder writable, or start with --data-dir and a folder you can write to. Nothing was changed.</source>
        <translation>Der Datenordner %1 ist schreibgeschützt, daher lässt sich die Arbeit darin lesen, aber nicht ändern (die Datenbank schreibt ihr Journal daneben). Um Änderungen vorzunehmen, den Ordner beschreibbar machen oder mit --data-dir und einem beschreibbaren Ordner starten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>%1 is not an Interview Prep database or is damaged (%2). It was left untouched; restore a backup from %3.</source>
        <translation>%1 ist keine Datenbank von Interview Prep oder ist beschädigt (%2). Sie blieb unangetastet; eine Sicherung aus %3 wiederherstellen.</translation>
    </message>
    <message>
        <source>PRAGMA user_version returned nothing.</source>
        <translation>PRAGMA user_version lieferte nichts.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was not changed. Restore a backup from %3; &apos;interview-prep doctor&apos; lists them.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Sie wurde nicht verändert. Eine Sicherung aus %3 wiederherstellen; „interview-prep doctor“ listet sie auf.</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>the integrity check returned nothing</source>
        <translation>die Integritätsprüfung lieferte nichts</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Interview Prep&apos;s. It was left untouched; move it away or choose another folder with --data-dir.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von Interview Prep. Sie blieb unangetastet; sie woanders hin verschieben oder mit --data-dir einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to WAL mode (the file system may not support it).</source>
        <translation>Die Datenbank %1 konnte nicht in den WAL-Modus geschaltet werden (das Dateisystem unterstützt ihn womöglich nicht).</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the backup that comes first failed, so nothing was changed. %1</source>
        <translation>Die Datenbank muss aktualisiert werden, aber die vorher nötige Sicherung ist fehlgeschlagen, daher wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>%1 The database was left at the last complete version; a copy from before the upgrade is %2.</source>
        <translation>%1 Die Datenbank blieb auf der letzten vollständigen Version; eine Kopie von vor der Aktualisierung ist %2.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while Interview Prep was running. Nothing more is saved into it. Everything the app still holds can be written to a new database.</source>
        <translation>Die Datenbankdatei %1 wurde durch eine andere Datei ersetzt, während Interview Prep lief. Es wird nichts mehr darin gespeichert. Alles, was die App noch enthält, lässt sich in eine neue Datenbank schreiben.</translation>
    </message>
    <message>
        <source>The database file %1 was deleted while Interview Prep was running. Nothing more is saved into it. Everything the app still holds can be written to a new database.</source>
        <translation>Die Datenbankdatei %1 wurde gelöscht, während Interview Prep lief. Es wird nichts mehr darin gespeichert. Alles, was die App noch enthält, lässt sich in eine neue Datenbank schreiben.</translation>
    </message>
    <message>
        <source>The database cannot be rescued inside a transaction.</source>
        <translation>Innerhalb einer Transaktion kann die Datenbank nicht gerettet werden.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>write everything into a new database</source>
        <translation>Schreiben aller Daten in eine neue Datenbank</translation>
    </message>
    <message>
        <source>Could not put the new database in place at %1. Everything the app held is also in %2.</source>
        <translation>Die neue Datenbank konnte nicht unter %1 an ihren Platz gelegt werden. Alles, was die App enthielt, liegt auch in %2.</translation>
    </message>
    <message>
        <source>open the new database</source>
        <translation>Öffnen der neuen Datenbank</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <source>make a backup of the database</source>
        <translation>Sichern der Datenbank</translation>
    </message>
    <message>
        <source>Could not %1: cannot create the folder %2.</source>
        <translation>%1 fehlgeschlagen: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not %1: cannot rename %2 to %3.</source>
        <translation>%1 fehlgeschlagen: %2 kann nicht in %3 umbenannt werden.</translation>
    </message>
    <message>
        <source>Cannot read the backups folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a database: the file is not an SQLite file</source>
        <translation>keine Datenbank: die Datei ist keine SQLite-Datei</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>die Datei lässt sich nicht öffnen (%1)</translation>
    </message>
    <message>
        <source>damaged: the file cannot be read (%1)</source>
        <translation>beschädigt: die Datei lässt sich nicht lesen (%1)</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check found problems (%1)</source>
        <translation>beschädigt: die Integritätsprüfung von SQLite hat Probleme gefunden (%1)</translation>
    </message>
    <message>
        <source>an SQLite database, but not one of Interview Prep&apos;s</source>
        <translation>eine SQLite-Datenbank, aber keine von Interview Prep</translation>
    </message>
    <message>
        <source>made by a newer version of Interview Prep (schema version %1; this version knows up to %2)</source>
        <translation>von einer neueren Version von Interview Prep erstellt (Schemaversion %1; diese Version kennt bis %2)</translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>not an SQLite file</source>
        <translation>keine SQLite-Datei</translation>
    </message>
    <message>
        <source>The file is not an SQLite database.</source>
        <translation>Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Die Datenbank lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Interview Prep (schema version %1; this version knows up to %2).</source>
        <translation>Die Datenbank wurde von einer neueren Version von Interview Prep geschrieben (Schemaversion %1; diese Version kennt bis %2).</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>Integritätsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>Foreign key check failed: %1</source>
        <translation>Fremdschlüsselprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Foreign key check (table, row, parent): %1</source>
        <translation>Fremdschlüsselprüfung (Tabelle, Zeile, Eltern): %1</translation>
    </message>
</context>
<context>
    <name>DeferredDatabaseChecks</name>
    <message>
        <source>check the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>The database file %1 was deleted while Interview Prep was running, so it could not be checked.</source>
        <translation>Die Datenbankdatei %1 wurde gelöscht, während Interview Prep lief, daher konnte sie nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2), found by the check run after start. Save nothing more into it: restore a backup from %3; &apos;interview-prep doctor&apos; lists them.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2), festgestellt von der Prüfung nach dem Start. Nichts mehr darin speichern: eine Sicherung aus %3 wiederherstellen; „interview-prep doctor“ listet sie auf.</translation>
    </message>
    <message>
        <source>the integrity check returned nothing</source>
        <translation>die Integritätsprüfung lieferte nichts</translation>
    </message>
    <message>
        <source>Could not make a backup of the database: the file %1 was deleted while Interview Prep was running.</source>
        <translation>Die Datenbank konnte nicht gesichert werden: Die Datei %1 wurde gelöscht, während Interview Prep lief.</translation>
    </message>
    <message>
        <source>make a backup of the database</source>
        <translation>Sichern der Datenbank</translation>
    </message>
</context>
<context>
    <name>DelimitedText</name>
    <message>
        <source>Line %1: a field starts with a double quote that is never closed; add the closing &quot; (a quote inside a quoted field is written twice, &quot;&quot;).</source>
        <translation>Zeile %1: Ein Feld beginnt mit einem doppelten Anführungszeichen, das nie geschlossen wird; das schließende &quot; ergänzen (ein Anführungszeichen innerhalb eines Felds in Anführungszeichen wird doppelt geschrieben, &quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Other files:</source>
        <translation>Weitere Dateien:</translation>
    </message>
    <message>
        <source>%1: SQLite&apos;s index of a journal, left after interview-prep.sqlite was removed. It holds no data; delete it, or run &apos;interview-prep restore-backup latest&apos;, which keeps it aside.</source>
        <translation>%1: der Index eines SQLite-Journals, übrig geblieben, nachdem interview-prep.sqlite entfernt wurde. Er enthält keine Daten; ihn löschen oder „interview-prep restore-backup latest“ ausführen, das ihn beiseitelegt.</translation>
    </message>
    <message>
        <source>%1: a journal of the database, but interview-prep.sqlite itself is missing. It may hold your latest changes, which SQLite cannot use without the main file. Do not delete it: put interview-prep.sqlite back if you moved it, or run &apos;interview-prep restore-backup latest&apos;, which keeps this file aside.</source>
        <translation>%1: ein Journal der Datenbank, aber interview-prep.sqlite selbst fehlt. Es kann die letzten Änderungen enthalten, die SQLite ohne die Hauptdatei nicht nutzen kann. Nicht löschen: interview-prep.sqlite zurücklegen, falls sie verschoben wurde, oder „interview-prep restore-backup latest“ ausführen, das diese Datei beiseitelegt.</translation>
    </message>
    <message>
        <source>%1: an unfinished backup, left when process %2 was stopped. It is not a usable backup; Interview Prep removes it the next time it starts, or you can delete it.</source>
        <translation>%1: eine unfertige Sicherung, übrig geblieben, als Prozess %2 beendet wurde. Sie ist keine brauchbare Sicherung; Interview Prep entfernt sie beim nächsten Start, oder sie kann gelöscht werden.</translation>
    </message>
    <message>
        <source>%1: a backup being written right now by process %2; nothing to do.</source>
        <translation>%1: eine Sicherung, die Prozess %2 gerade schreibt; nichts zu tun.</translation>
    </message>
    <message>
        <source>%1: an unfinished copy left by a stopped restore-backup. It is not in use; delete it, or run the restore again (which removes it).</source>
        <translation>%1: eine unfertige Kopie eines abgebrochenen restore-backup. Sie wird nicht verwendet; sie löschen oder die Wiederherstellung erneut ausführen (die sie entfernt).</translation>
    </message>
    <message>
        <source>%1: the database as it was before a restore-backup, kept for you. Delete it (and its -wal and -shm, if any) once you no longer need it.</source>
        <translation>%1: die Datenbank, wie sie vor einem restore-backup war, aufbewahrt. Sie (und ihre -wal und -shm, falls vorhanden) löschen, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Check the database and its backups without changing anything: the full SQLite integrity check, foreign keys, the schema version, a quick check of every backup, and files an interrupted backup or restore left behind. Exits with 1 when something is wrong.</source>
        <translation>Die Datenbank und ihre Sicherungen prüfen, ohne etwas zu ändern: die vollständige Integritätsprüfung von SQLite, Fremdschlüssel, die Schemaversion, eine schnelle Prüfung jeder Sicherung und Dateien, die eine unterbrochene Sicherung oder Wiederherstellung hinterlassen hat. Endet mit 1, wenn etwas nicht stimmt.</translation>
    </message>
    <message>
        <source>interview-prep doctor [--data-dir DIR]</source>
        <translation>interview-prep doctor [--data-dir ORDNER]</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <extracomment>The labels of these lines are padded to one width; keep the values lined up.</extracomment>
        <translation>Datenordner:  %1</translation>
    </message>
    <message>
        <source>Database:    %1</source>
        <translation>Datenbank:    %1</translation>
    </message>
    <message>
        <source>No database file, but files of one are left (see below).</source>
        <translation>Keine Datenbankdatei, aber Dateien einer solchen sind übrig (siehe unten).</translation>
    </message>
    <message>
        <source>No database yet: it is created the first time Interview Prep runs with this folder.</source>
        <translation>Noch keine Datenbank: Sie wird angelegt, wenn Interview Prep zum ersten Mal mit diesem Ordner läuft.</translation>
    </message>
    <message>
        <source>Schema:      version %1 (this app: %2)</source>
        <translation>Schema:       Version %1 (diese App: %2)</translation>
    </message>
    <message>
        <source>Journal:     %1</source>
        <translation>Journal:      %1</translation>
    </message>
    <message>
        <source>Integrity:   ok</source>
        <translation>Integrität:   ok</translation>
    </message>
    <message>
        <source>Integrity:   PROBLEMS</source>
        <translation>Integrität:   PROBLEME</translation>
    </message>
    <message>
        <source>Backups:     %1 in %2 (the newest %3 are kept)</source>
        <translation>Sicherungen:  %1 in %2 (die neuesten %3 werden behalten)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation>BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source>Something is wrong; nothing was changed. To go back to a healthy backup, close Interview Prep and run &apos;interview-prep restore-backup latest&apos; (or name a file that &apos;interview-prep backups&apos; lists). The current database is kept aside in the data folder, not deleted.</source>
        <translation>Etwas stimmt nicht; nichts wurde geändert. Um zu einer intakten Sicherung zurückzukehren, Interview Prep schließen und „interview-prep restore-backup latest“ ausführen (oder eine Datei angeben, die „interview-prep backups“ auflistet). Die aktuelle Datenbank wird im Datenordner beiseitegelegt, nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>DraftWriter</name>
    <message>
        <source>Recovered from an unsaved session (%1 UTC):</source>
        <translation>Wiederhergestellt aus einer nicht gespeicherten Sitzung (%1 UTC):</translation>
    </message>
    <message>
        <source>Recovered story</source>
        <translation>Wiederhergestellte Geschichte</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <source>unknown draft kind</source>
        <translation>unbekannte Art von Entwurf</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Story “%1”</source>
        <translation>Geschichte „%1“</translation>
    </message>
    <message>
        <source>Evidence for “%1”</source>
        <translation>Nachweis für „%1“</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>Could not %1: cannot read %2 (%3).</source>
        <translation>%1 fehlgeschlagen: %2 kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>Could not %1: cannot create %2 (%3).</source>
        <translation>%1 fehlgeschlagen: %2 kann nicht angelegt werden (%3).</translation>
    </message>
    <message>
        <source>Could not %1: cannot copy %2 to %3 (%4).</source>
        <translation>%1 fehlgeschlagen: %2 kann nicht nach %3 kopiert werden (%4).</translation>
    </message>
    <message>
        <source>Could not %1: cannot copy %2 to %3 (it could not be synced to disk).</source>
        <translation>%1 fehlgeschlagen: %2 kann nicht nach %3 kopiert werden (die Kopie ließ sich nicht auf den Datenträger schreiben).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>interview-prep export --format json|stories-md|stories-pdf|study-md|study-pdf|anki-tsv [--guide KEY] [--deck NAME] [--data-dir DIR] [--out FILE|DIR]</source>
        <translation>interview-prep export --format json|stories-md|stories-pdf|study-md|study-pdf|anki-tsv [--guide SCHLÜSSEL] [--deck NAME] [--data-dir ORDNER] [--out DATEI|ORDNER]</translation>
    </message>
    <message>
        <source>The output is incomplete.</source>
        <translation>Die Ausgabe ist unvollständig.</translation>
    </message>
    <message>
        <source>Cannot write standard output: it was closed before the export was complete (the program reading it stopped). %1</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden: Sie wurde geschlossen, bevor der Export vollständig war (das lesende Programm wurde beendet). %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview date(s)</source>
        <translation>
            <numerusform>%n Interviewtermin</numerusform>
            <numerusform>%n Interviewtermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mock interview(s)</source>
        <translation>
            <numerusform>%n Probeinterview</numerusform>
            <numerusform>%n Probeinterviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <extracomment>%1 is a list of counts (&quot;3 requirements, 2 notes&quot;), %2 the last count.</extracomment>
        <translation>%1 und %2 nach %3 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n story(ies) to %1 (%2).</source>
        <translation>
            <numerusform>%n Geschichte nach %1 exportiert (%2).</numerusform>
            <numerusform>%n Geschichten nach %1 exportiert (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n story(ies) to %1.</source>
        <translation>
            <numerusform>%n Geschichte nach %1 exportiert.</numerusform>
            <numerusform>%n Geschichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Frage aus %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Fragen aus %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n Leitfaden</numerusform>
            <numerusform>%n Leitfäden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library holds %n guide(s); choose one with --guide KEY, or name a folder for all of them with --out DIR.</source>
        <translation>
            <numerusform>die Bibliothek enthält %n Leitfaden; einen mit --guide SCHLÜSSEL wählen oder mit --out ORDNER einen Ordner für alle angeben.</numerusform>
            <numerusform>die Bibliothek enthält %n Leitfäden; einen mit --guide SCHLÜSSEL wählen oder mit --out ORDNER einen Ordner für alle angeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the study sheet of %1 to %2.</source>
        <translation>Das Lernblatt zu %1 nach %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n study sheet(s) to %1.</source>
        <translation>
            <numerusform>%n Lernblatt nach %1 exportiert.</numerusform>
            <numerusform>%n Lernblätter nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the study sheet of %1 to %2 (%3).</source>
        <translation>Das Lernblatt zu %1 nach %2 exportiert (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Exported the study sheets of %n guide(s) to %1 (%2).</source>
        <translation>
            <numerusform>Die Lernblätter zu %n Leitfaden nach %1 exportiert (%2).</numerusform>
            <numerusform>Die Lernblätter zu %n Leitfäden nach %1 exportiert (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your own data to standard output or to a file.
  json         all of it (requirement progress, notes, stories, practice
               log, interview dates, mock interviews with their outlines)
               as one JSON document, for &apos;interview-prep restore&apos;
  stories-md   your STAR stories as Markdown, with the questions each
               one answers
  stories-pdf  the same as an A4 PDF, one story per page (needs --out)
  study-md     a study sheet: a guide with your notes, bookmarks and
               requirement progress, as Markdown. With several guides in
               the library and no --guide, --out names a folder that gets
               one KEY.md per guide
  study-pdf    the same as an A4 PDF (needs --out); without --guide every
               guide in the library, each from a new page
  anki-tsv     a deck for Anki (File &gt; Import): one note per question, the
               answer&apos;s parts and your note on the back, the category
               and the guide as tags; every guide in the library, or the
               one --guide names</source>
        <translation>Die eigenen Daten auf die Standardausgabe oder in eine Datei schreiben.
  json         alles (Fortschritt bei Anforderungen, Notizen, Geschichten,
               Trainingsprotokoll, Interviewtermine, Probeinterviews mit
               ihren Gliederungen) als ein JSON-Dokument, für
               „interview-prep restore“
  stories-md   die STAR-Geschichten als Markdown, mit den Fragen, die jede
               beantwortet
  stories-pdf  dasselbe als A4-PDF, eine Geschichte je Seite (braucht --out)
  study-md     ein Lernblatt: ein Leitfaden mit Notizen, Lesezeichen und
               Fortschritt bei Anforderungen, als Markdown. Mit mehreren
               Leitfäden in der Bibliothek und ohne --guide nennt --out
               einen Ordner, der je Leitfaden ein SCHLÜSSEL.md erhält
  study-pdf    dasselbe als A4-PDF (braucht --out); ohne --guide jeder
               Leitfaden der Bibliothek, jeder auf einer neuen Seite
  anki-tsv     ein Stapel für Anki (Datei &gt; Importieren): eine Notiz je
               Frage, die Teile der Antwort und die eigene Notiz auf der
               Rückseite, Kategorie und Leitfaden als Schlagwörter; jeder
               Leitfaden der Bibliothek oder der mit --guide genannte</translation>
    </message>
    <message>
        <source>The output format: json (the default), stories-md, stories-pdf, study-md, study-pdf or anki-tsv.</source>
        <translation>Das Ausgabeformat: json (Standard), stories-md, stories-pdf, study-md, study-pdf oder anki-tsv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (study-md: a folder, DIR, for several guides).</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben (study-md: ein Ordner, ORDNER, für mehrere Leitfäden).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>study-md, study-pdf, anki-tsv: only the guide with this key (see &apos;interview-prep check --json&apos;). Default: every guide in the library.</source>
        <translation>study-md, study-pdf, anki-tsv: nur der Leitfaden mit diesem Schlüssel (siehe „interview-prep check --json“). Standard: jeder Leitfaden der Bibliothek.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>anki-tsv: the deck the notes go into (default: &quot;Interview Prep::&lt;guide title&gt;&quot;, or &quot;Interview Prep&quot; for several guides).</source>
        <translation>anki-tsv: der Stapel, in den die Notizen kommen (Standard: „Interview Prep::&lt;Titel des Leitfadens&gt;“ oder „Interview Prep“ für mehrere Leitfäden).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; the formats are json, stories-md, stories-pdf, study-md, study-pdf and anki-tsv.</source>
        <translation>unbekanntes Format „%1“; die Formate sind json, stories-md, stories-pdf, study-md, study-pdf und anki-tsv.</translation>
    </message>
    <message>
        <source>--guide is for the formats study-md, study-pdf and anki-tsv.</source>
        <translation>--guide gilt für die Formate study-md, study-pdf und anki-tsv.</translation>
    </message>
    <message>
        <source>--deck goes with --format anki-tsv only.</source>
        <translation>--deck gilt nur mit --format anki-tsv.</translation>
    </message>
    <message>
        <source>--guide needs a guide&apos;s key.</source>
        <translation>--guide braucht den Schlüssel eines Leitfadens.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>a PDF is not written to standard output; name the file with --out FILE.</source>
        <translation>ein PDF wird nicht auf die Standardausgabe geschrieben; die Datei mit --out DATEI angeben.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>restore the backup</source>
        <translation>Wiederherstellen der Sicherung</translation>
    </message>
</context>
<context>
    <name>FlashcardGuideWriter</name>
    <message numerus="yes">
        <source>%n flashcard(s) imported from %1.</source>
        <translation>
            <numerusform>%n Karteikarte aus %1 importiert.</numerusform>
            <numerusform>%n Karteikarten aus %1 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlashcardImporter</name>
    <message>
        <source>%1 is saved as UTF-16, not UTF-8; save it as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>%1 ist als UTF-16 gespeichert, nicht als UTF-8; als UTF-8 speichern (in einer Tabellenkalkulation: CSV UTF-8).</translation>
    </message>
    <message>
        <source>Line %1: %2 contains NUL bytes; it is binary, not a text export of flashcards.</source>
        <translation>Zeile %1: %2 enthält NUL-Bytes; die Datei ist binär, kein Textexport von Karteikarten.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not UTF-8 text (byte 0x%3); save it as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again.</source>
        <translation>Zeile %1: %2 ist kein UTF-8-Text (Byte 0x%3); als UTF-8 speichern (in einer Tabellenkalkulation: CSV UTF-8) und erneut importieren.</translation>
    </message>
    <message>
        <source>Every card needs a front (the question) and a back (its answer), in columns separated by a tab, a comma or a semicolon.</source>
        <translation>Jede Karte braucht eine Vorderseite (die Frage) und eine Rückseite (ihre Antwort), in Spalten, die durch Tabulator, Komma oder Semikolon getrennt sind.</translation>
    </message>
    <message>
        <source>Line %1: the card &quot;%2&quot; has a front but no back. %3</source>
        <translation>Zeile %1: Die Karte „%2“ hat eine Vorderseite, aber keine Rückseite. %3</translation>
    </message>
    <message>
        <source>Line %1: a card has a back but no front. %2</source>
        <translation>Zeile %1: Eine Karte hat eine Rückseite, aber keine Vorderseite. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cards have a front but no back (lines %1). %2</source>
        <translation>
            <numerusform>%n Karte hat eine Vorderseite, aber keine Rückseite (Zeilen %1). %2</numerusform>
            <numerusform>%n Karten haben eine Vorderseite, aber keine Rückseite (Zeilen %1). %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards have a back but no front (lines %1). %2</source>
        <translation>
            <numerusform>%n Karte hat eine Rückseite, aber keine Vorderseite (Zeilen %1). %2</numerusform>
            <numerusform>%n Karten haben eine Rückseite, aber keine Vorderseite (Zeilen %1). %2</numerusform>
        </translation>
    </message>
    <message>
        <source>These cards cannot become a guide: %1. Import them in smaller files.</source>
        <translation>Aus diesen Karten kann kein Leitfaden werden: %1. In kleineren Dateien importieren.</translation>
    </message>
    <message>
        <source>The imported guide cannot be read: %1.</source>
        <translation>Der importierte Leitfaden kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Line %1: the card &quot;%2&quot; cannot become part of a guide: its back %3.</source>
        <translation>Zeile %1: Die Karte „%2“ kann nicht Teil eines Leitfadens werden: ihre Rückseite %3.</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Karteikarten</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than a flashcard export holds; split it and import the parts.</source>
        <translation>%1 ist größer als %2 MB, mehr als ein Export von Karteikarten enthält; die Datei aufteilen und die Teile importieren.</translation>
    </message>
    <message>
        <source>Line %1: the cards up to here make more than %2 KB of text, and a guide may be at most %2 KB; split the file and import the parts.</source>
        <translation>Zeile %1: Die Karten bis hier ergeben mehr als %2 KB Text, und ein Leitfaden darf höchstens %2 KB groß sein; die Datei aufteilen und die Teile importieren.</translation>
    </message>
    <message>
        <source>%1 holds no flashcards: no line has a front and a back.</source>
        <translation>%1 enthält keine Karteikarten: Keine Zeile hat eine Vorderseite und eine Rückseite.</translation>
    </message>
    <message numerus="yes">
        <source>These %n cards make a guide of %1 KB, and a guide may be at most %2 KB; split the file and import the parts.</source>
        <translation>
            <numerusform>Diese %n Karte ergibt einen Leitfaden von %1 KB, und ein Leitfaden darf höchstens %2 KB groß sein; die Datei aufteilen und die Teile importieren.</numerusform>
            <numerusform>Diese %n Karten ergeben einen Leitfaden von %1 KB, und ein Leitfaden darf höchstens %2 KB groß sein; die Datei aufteilen und die Teile importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The imported guide reads as %n questions, not %1; please report this with the file.</source>
        <translation>
            <numerusform>Der importierte Leitfaden wird als %n Frage gelesen, nicht als %1; bitte mit der Datei melden.</numerusform>
            <numerusform>Der importierte Leitfaden wird als %n Fragen gelesen, nicht als %1; bitte mit der Datei melden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a flashcard file.</source>
        <translation>%1 ist ein Ordner, keine Karteikartendatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>FlashcardReader</name>
    <message>
        <source>Line %1: the separator &quot;%2&quot; is not one Anki knows (tab, comma, semicolon, pipe, colon or space).</source>
        <translation>Zeile %1: Das Trennzeichen „%2“ kennt Anki nicht (tab, comma, semicolon, pipe, colon oder space).</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <source>&quot;%1&quot; should be text; it was ignored</source>
        <translation>„%1“ sollte Text sein; der Eintrag wurde ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2025-02-05: &quot;%2&quot;</source>
        <translation>„%1“ ist kein Datum wie 2025-02-05: „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list; it was ignored</source>
        <translation>„%1“ sollte eine Liste sein; der Eintrag wurde ignoriert</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not text; it was skipped</source>
        <translation>ein Eintrag von „%1“ ist kein Text; er wurde übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should have a url; it was ignored</source>
        <translation>„%1“ sollte eine url haben; der Eintrag wurde ignoriert</translation>
    </message>
    <message>
        <source>the front matter is %1 KB; at most %2 KB is allowed</source>
        <translation>das Front Matter ist %1 KB groß; erlaubt sind höchstens %2 KB</translation>
    </message>
    <message>
        <source>the front matter should be &quot;key: value&quot; lines; it was ignored</source>
        <translation>das Front Matter sollte aus Zeilen „Schlüssel: Wert“ bestehen; es wurde ignoriert</translation>
    </message>
    <message>
        <source>the front matter is nested too deep or expands to too many values (at most %1 levels and %2 values)</source>
        <translation>das Front Matter ist zu tief verschachtelt oder ergibt zu viele Werte (höchstens %1 Ebenen und %2 Werte)</translation>
    </message>
    <message>
        <source>the front matter could not be read: %1</source>
        <translation>das Front Matter konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>GuideBodyReader</name>
    <message>
        <source>the requirement group &quot;%1&quot; has no items</source>
        <translation>die Anforderungsgruppe „%1“ hat keine Einträge</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; has no questions</source>
        <translation>die Kategorie „%1“ hat keine Fragen</translation>
    </message>
    <message>
        <source>the heading &quot;%1&quot; is not a requirements part, a question category or a question; its section was skipped</source>
        <translation>die Überschrift „%1“ ist weder ein Anforderungsteil noch eine Fragenkategorie oder eine Frage; ihr Abschnitt wurde übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known part (Answer, Example Scenario, Common Pitfalls, Follow-up Points); it was kept as a part of its own</source>
        <translation>„%1“ ist kein bekannter Teil (Answer, Example Scenario, Common Pitfalls, Follow-up Points); er wurde als eigener Teil behalten</translation>
    </message>
    <message>
        <source>question %1 (&quot;%2&quot;) has no answer or other parts</source>
        <translation>Frage %1 („%2“) hat keine Antwort und keine anderen Teile</translation>
    </message>
</context>
<context>
    <name>GuideImport</name>
    <message numerus="yes">
        <source>Added %n guides to the library.</source>
        <translation>
            <numerusform>%n Leitfaden zur Bibliothek hinzugefügt.</numerusform>
            <numerusform>%n Leitfäden zur Bibliothek hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n guides.</source>
        <translation>
            <numerusform>%n Leitfaden aktualisiert.</numerusform>
            <numerusform>%n Leitfäden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guides were up to date.</source>
        <translation>
            <numerusform>%n Leitfaden war aktuell.</numerusform>
            <numerusform>%n Leitfäden waren aktuell.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file was not added.</source>
        <translation>1 Datei wurde nicht hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were not added.</source>
        <translation>
            <numerusform>%n Datei wurde nicht hinzugefügt.</numerusform>
            <numerusform>%n Dateien wurden nicht hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were left out when you cancelled.</source>
        <translation>Die übrigen wurden beim Abbrechen ausgelassen.</translation>
    </message>
    <message>
        <source>Adding guides to the library…</source>
        <translation>Leitfäden werden zur Bibliothek hinzugefügt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 has errors (%2); open it to see them all.</source>
        <translation>%1 enthält Fehler (%2); zum Ansehen aller Fehler öffnen.</translation>
    </message>
</context>
<context>
    <name>GuideParseWorker</name>
    <message>
        <source>en</source>
        <comment>The code of this catalogue&apos;s language (de, fr, ...). Guides are read in it.</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Reading the guide was cancelled.</source>
        <translation>Das Lesen des Leitfadens wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The guide is too complex to display: reading it took longer than %1 seconds. Simplify its Markdown (very long runs of brackets, emphasis marks or HTML-like text are the usual cause) and open it again.</source>
        <translation>Der Leitfaden ist zu komplex für die Anzeige: Das Lesen dauerte länger als %1 Sekunden. Sein Markdown vereinfachen (meist sind sehr lange Folgen von Klammern, Hervorhebungszeichen oder HTML-ähnlichem Text die Ursache) und ihn erneut öffnen.</translation>
    </message>
    <message>
        <source>The guide is too complex to display: reading it stopped the reader (it needed more than %1 MB of memory, or met a bug in the Markdown library). Simplify the file and open it again.</source>
        <translation>Der Leitfaden ist zu komplex für die Anzeige: Beim Lesen brach der Leseprozess ab (er brauchte mehr als %1 MB Speicher oder traf auf einen Fehler der Markdown-Bibliothek). Die Datei vereinfachen und erneut öffnen.</translation>
    </message>
    <message>
        <source>The guide is too complex to display: the reader gave up (%1).</source>
        <translation>Der Leitfaden ist zu komplex für die Anzeige: Der Leseprozess hat aufgegeben (%1).</translation>
    </message>
    <message>
        <source>The guide could not be read: the reader&apos;s answer was not understood (%1).</source>
        <translation>Der Leitfaden konnte nicht gelesen werden: Die Antwort des Leseprozesses war unverständlich (%1).</translation>
    </message>
    <message>
        <source>no whole answer</source>
        <translation>keine vollständige Antwort</translation>
    </message>
    <message>
        <source>The guide could not be read: the reader process did not start (%1).</source>
        <translation>Der Leitfaden konnte nicht gelesen werden: Der Leseprozess ist nicht gestartet (%1).</translation>
    </message>
</context>
<context>
    <name>GuideParser</name>
    <message>
        <source>the requirement &quot;%1&quot; appears more than once; this one is keyed &quot;%2&quot;</source>
        <translation>die Anforderung „%1“ kommt mehrfach vor; diese hat den Schlüssel „%2“</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; appears more than once; this one is keyed &quot;%2&quot;</source>
        <translation>die Frage „%1“ kommt mehrfach vor; diese hat den Schlüssel „%2“</translation>
    </message>
    <message>
        <source>no requirements and no questions were found; a guide needs headings such as &quot;## Interview Questions and Answers&quot; with &quot;#### Question 1: ...&quot; below them</source>
        <translation>es wurden weder Anforderungen noch Fragen gefunden; ein Leitfaden braucht Überschriften wie „## Interview Questions and Answers“ mit „#### Question 1: ...“ darunter</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a guide file</source>
        <translation>das ist ein Ordner, keine Leitfadendatei</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>GuideReadProgress</name>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
</context>
<context>
    <name>GuideSource</name>
    <message>
        <source>the file is larger than %1 KB, the most a guide may be</source>
        <translation>die Datei ist größer als %1 KB, die Höchstgröße eines Leitfadens</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16, not UTF-8; save it as UTF-8</source>
        <translation>die Datei ist als UTF-16 gespeichert, nicht als UTF-8; sie als UTF-8 speichern</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it is binary, not a Markdown guide</source>
        <translation>die Datei enthält NUL-Bytes: Sie ist binär, kein Markdown-Leitfaden</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1); save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1); sie als UTF-8 speichern</translation>
    </message>
    <message>
        <source>lists or block quotes are nested %1 deep here; guides may nest at most %2 deep</source>
        <translation>Listen oder Zitatblöcke sind hier %1 Ebenen tief verschachtelt; Leitfäden dürfen höchstens %2 Ebenen tief verschachteln</translation>
    </message>
    <message>
        <source>this table has %1 columns; guides may use at most %2 columns in a table</source>
        <translation>diese Tabelle hat %1 Spalten; Leitfäden dürfen in einer Tabelle höchstens %2 Spalten verwenden</translation>
    </message>
</context>
<context>
    <name>HtmlToMarkdown</name>
    <message>
        <source>(image: %1)</source>
        <translation>(Bild: %1)</translation>
    </message>
</context>
<context>
    <name>ImportFlashcardsCommand</name>
    <message>
        <source>interview-prep import-flashcards FILE --out GUIDE.md [--title TITLE] [--force]</source>
        <translation>interview-prep import-flashcards DATEI --out LEITFADEN.md [--title TITEL] [--force]</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <extracomment>%1 is an error message, one or more sentences.</extracomment>
        <translation>%1 Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Make a guide file of flashcards: an Anki text export (Notes in Plain Text)
or a spreadsheet saved as CSV or TSV with a front, a back and optionally a
tags column. Each card becomes a question whose answer is the card&apos;s back,
under the category its first tag names (General without one). The guide
then opens like any other.</source>
        <translation>Aus Karteikarten eine Leitfadendatei machen: ein Textexport von Anki (Notizen als
reiner Text) oder eine als CSV oder TSV gespeicherte Tabelle mit Vorderseite,
Rückseite und optional einer Spalte für Schlagwörter. Jede Karte wird eine Frage,
deren Antwort die Rückseite der Karte ist, in der Kategorie, die ihr erstes
Schlagwort nennt (ohne eines: General). Der Leitfaden öffnet sich dann wie jeder
andere.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The flashcard file.</source>
        <translation>Die Karteikartendatei.</translation>
    </message>
    <message>
        <source>The guide file to write (Markdown).</source>
        <translation>Die zu schreibende Leitfadendatei (Markdown).</translation>
    </message>
    <message>
        <source>GUIDE.md</source>
        <translation>LEITFADEN.md</translation>
    </message>
    <message>
        <source>The guide&apos;s title (default: the file&apos;s name without its extension).</source>
        <translation>Der Titel des Leitfadens (Standard: der Dateiname ohne Endung).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Replace GUIDE.md when it exists.</source>
        <translation>LEITFADEN.md ersetzen, wenn sie existiert.</translation>
    </message>
    <message>
        <source>name the flashcard file to import.</source>
        <translation>die zu importierende Karteikartendatei angeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; import one file at a time.</source>
        <translation>unerwartetes Argument „%1“; jeweils eine Datei importieren.</translation>
    </message>
    <message>
        <source>name the guide file to write with --out GUIDE.md.</source>
        <translation>die zu schreibende Leitfadendatei mit --out LEITFADEN.md angeben.</translation>
    </message>
    <message>
        <source>%1 is the flashcard file itself; name another file with --out.</source>
        <translation>%1 ist die Karteikartendatei selbst; mit --out eine andere Datei angeben.</translation>
    </message>
    <message>
        <source>%1 exists already; give --force to replace it.</source>
        <translation>%1 existiert bereits; --force angeben, um sie zu ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n flashcard(s) into %1: the guide &quot;%2&quot; with %3.</source>
        <translation>
            <numerusform>%n Karteikarte nach %1 importiert: der Leitfaden „%2“ mit %3.</numerusform>
            <numerusform>%n Karteikarten nach %1 importiert: der Leitfaden „%2“ mit %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n Kategorie</numerusform>
            <numerusform>%n Kategorien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewDateRepository</name>
    <message>
        <source>save the interview date</source>
        <translation>Speichern des Interviewtermins</translation>
    </message>
    <message>
        <source>Could not %1: the date is not a valid calendar day. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Das Datum ist kein gültiger Kalendertag. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>clear the interview date</source>
        <translation>Löschen des Interviewtermins</translation>
    </message>
    <message>
        <source>read the interview date</source>
        <translation>Lesen des Interviewtermins</translation>
    </message>
    <message>
        <source>read the interview dates</source>
        <translation>Lesen der Interviewtermine</translation>
    </message>
</context>
<context>
    <name>InterviewDateService</name>
    <message>
        <source>change the interview date</source>
        <translation>Ändern des Interviewtermins</translation>
    </message>
</context>
<context>
    <name>KeyboardReference</name>
    <message>
        <source>Filter fields</source>
        <translation>Filterfelder</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Link Questions, Answer with a Story</source>
        <translation>Fragen verknüpfen, mit einer Geschichte antworten</translation>
    </message>
    <message>
        <source>Question Coverage</source>
        <translation>Fragenabdeckung</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Mock Interviews</source>
        <translation>Probeinterviews</translation>
    </message>
    <message>
        <source>Search Everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move through the list without leaving the field</source>
        <translation>In der Liste bewegen, ohne das Feld zu verlassen</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Nach oben, Nach unten, Bild auf, Bild ab</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Zur Liste wechseln</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Move through the hits while typing</source>
        <translation>Beim Tippen durch die Treffer gehen</translation>
    </message>
    <message>
        <source>Go to the highlighted hit</source>
        <translation>Zum markierten Treffer gehen</translation>
    </message>
    <message>
        <source>Clear the search; on an empty one, close</source>
        <translation>Suche leeren; bei leerer Suche schließen</translation>
    </message>
    <message>
        <source>Reveal or hide the answer (on the list or the answer)</source>
        <translation>Antwort zeigen oder verbergen (in der Liste oder der Antwort)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Tick or untick the item</source>
        <translation>Eintrag abhaken oder Haken entfernen</translation>
    </message>
    <message>
        <source>Change the cell (status, date)</source>
        <translation>Zelle ändern (Status, Datum)</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Eingabe, F2</translation>
    </message>
    <message>
        <source>Next or previous column; from the title, up to the group</source>
        <translation>Nächste oder vorige Spalte; vom Titel hinauf zur Gruppe</translation>
    </message>
    <message>
        <source>Right, Left</source>
        <translation>Rechts, Links</translation>
    </message>
    <message>
        <source>Clear a date</source>
        <translation>Datum löschen</translation>
    </message>
    <message>
        <source>Delete (in the date field)</source>
        <translation>Entf (im Datumsfeld)</translation>
    </message>
    <message>
        <source>Leave a date field</source>
        <translation>Datumsfeld verlassen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Go to the field a finding is about</source>
        <translation>Zum Feld eines Befunds gehen</translation>
    </message>
    <message>
        <source>Enter (on the finding)</source>
        <translation>Eingabe (auf dem Befund)</translation>
    </message>
    <message>
        <source>Unlink the question</source>
        <translation>Verknüpfung mit der Frage lösen</translation>
    </message>
    <message>
        <source>Delete (in “Answers these questions”)</source>
        <translation>Entf (in „Beantwortet diese Fragen“)</translation>
    </message>
    <message>
        <source>Start or stop the clock</source>
        <translation>Uhr starten oder anhalten</translation>
    </message>
    <message>
        <source>Reset the clock</source>
        <translation>Uhr zurücksetzen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Check or uncheck the highlighted question, also from the filter</source>
        <translation>Markierte Frage an- oder abhaken, auch vom Filter aus</translation>
    </message>
    <message>
        <source>Check the highlighted question if none is checked, and confirm</source>
        <translation>Markierte Frage abhaken, falls keine abgehakt ist, und bestätigen</translation>
    </message>
    <message>
        <source>Choose stories for the highlighted question</source>
        <translation>Geschichten für die markierte Frage wählen</translation>
    </message>
    <message>
        <source>Choose the category to practise</source>
        <translation>Zu übende Kategorie wählen</translation>
    </message>
    <message>
        <source>Ctrl+F, then Up, Down</source>
        <translation>Ctrl+F, dann Nach oben, Nach unten</translation>
    </message>
    <message>
        <source>Read a chart day by day or bar by bar</source>
        <translation>Diagramm Tag für Tag oder Balken für Balken lesen</translation>
    </message>
    <message>
        <source>Left, Right, Up, Down, Home, End (on the chart)</source>
        <translation>Links, Rechts, Nach oben, Nach unten, Pos1, Ende (im Diagramm)</translation>
    </message>
    <message>
        <source>Next question; after the last, finish and review</source>
        <translation>Nächste Frage; nach der letzten beenden und auswerten</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Grade the question chosen in the review</source>
        <translation>In der Auswertung gewählte Frage bewerten</translation>
    </message>
    <message>
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <source>Back from the review to the list of mock interviews</source>
        <translation>Von der Auswertung zurück zur Liste der Probeinterviews</translation>
    </message>
    <message>
        <source>Open or resume the mock interview chosen in the list</source>
        <translation>In der Liste gewähltes Probeinterview öffnen oder fortsetzen</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>interview-prep library add FILE... [--data-dir DIR]
       interview-prep library list [--json] [--data-dir DIR]
       interview-prep library remove KEY [--data-dir DIR]</source>
        <translation>interview-prep library add DATEI... [--data-dir ORDNER]
        interview-prep library list [--json] [--data-dir ORDNER]
        interview-prep library remove SCHLÜSSEL [--data-dir ORDNER]</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>%1 is the guide&apos;s key.</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (%2) from %3</source>
        <translation>„%1“ (%2) aus %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Updated &quot;%1&quot; (%2) from %3</source>
        <translation>„%1“ (%2) aus %3 aktualisiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is already in the library, up to date with %3</source>
        <translation>„%1“ (%2) ist bereits in der Bibliothek, auf dem Stand von %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not added to the library: it has %n error(s).</source>
        <translation>
            <numerusform>%1 wurde nicht zur Bibliothek hinzugefügt: Die Datei hat %n Fehler.</numerusform>
            <numerusform>%1 wurde nicht zur Bibliothek hinzugefügt: Die Datei hat %n Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library holds no guides yet.</source>
        <translation>Die Bibliothek enthält noch keine Leitfäden.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation>FRAGEN</translation>
    </message>
    <message>
        <source>REQUIREMENTS</source>
        <translation>ANFORDERUNGEN</translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation>IMPORTIERT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>Konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Removed the guide &apos;%1&apos; from the library. Your notes, progress, story links and practice history for it are kept, and come back when you add the guide again.</source>
        <translation>Den Leitfaden „%1“ aus der Bibliothek entfernt. Notizen, Fortschritt, Verknüpfungen mit Geschichten und Trainingsverlauf dazu bleiben erhalten und kehren zurück, wenn der Leitfaden wieder hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; (%2) from the library. Your notes, progress, story links and practice history for it are kept, and come back when you add the guide again.</source>
        <translation>„%1“ (%2) aus der Bibliothek entfernt. Notizen, Fortschritt, Verknüpfungen mit Geschichten und Trainingsverlauf dazu bleiben erhalten und kehren zurück, wenn der Leitfaden wieder hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Manage the library of guides.
  add FILE...   parse each guide file and store the ones without errors
                (a guide with errors is listed with its diagnostics and
                left out); adding a file again updates its guide
  list          every guide with its key, title, counts, when it was
                imported and whether its file is present, missing or
                changed since
  remove KEY    take the guide out of the library; your notes, progress,
                story links and practice history for it are kept
Exit status: 0 done, 1 a guide has errors or a file or key was not
found, 2 bad usage.</source>
        <translation>Die Bibliothek der Leitfäden verwalten.
  add DATEI...       jede Leitfadendatei einlesen und die ohne Fehler speichern
                     (ein Leitfaden mit Fehlern wird mit seinen Meldungen
                     aufgeführt und ausgelassen); eine Datei erneut
                     hinzuzufügen aktualisiert ihren Leitfaden
  list               jeder Leitfaden mit Schlüssel, Titel, Anzahlen, wann er
                     importiert wurde und ob seine Datei vorhanden ist, fehlt
                     oder seitdem geändert wurde
  remove SCHLÜSSEL   den Leitfaden aus der Bibliothek nehmen; Notizen,
                     Fortschritt, Verknüpfungen mit Geschichten und
                     Trainingsverlauf dazu bleiben erhalten
Rückgabewert: 0 erledigt, 1 ein Leitfaden hat Fehler oder eine Datei oder
ein Schlüssel wurde nicht gefunden, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>list: print the guides as one JSON object.</source>
        <translation>list: die Leitfäden als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>add, list or remove, with its arguments.</source>
        <translation>add, list oder remove, mit ihren Argumenten.</translation>
    </message>
    <message>
        <source>name an action: add, list or remove.</source>
        <translation>eine Aktion angeben: add, list oder remove.</translation>
    </message>
    <message>
        <source>--json goes with list only.</source>
        <translation>--json gilt nur mit list.</translation>
    </message>
    <message>
        <source>name at least one guide file to add.</source>
        <translation>mindestens eine hinzuzufügende Leitfadendatei angeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>name the key of one guide to remove (see &apos;interview-prep library list&apos;).</source>
        <translation>den Schlüssel eines zu entfernenden Leitfadens angeben (siehe „interview-prep library list“).</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; the actions are add, list and remove.</source>
        <translation>unbekannte Aktion „%1“; die Aktionen sind add, list und remove.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>LibraryRepository</name>
    <message>
        <source>add the guide to the library</source>
        <translation>Hinzufügen des Leitfadens zur Bibliothek</translation>
    </message>
    <message>
        <source>remove the guide from the library</source>
        <translation>Entfernen des Leitfadens aus der Bibliothek</translation>
    </message>
    <message>
        <source>read the library</source>
        <translation>Lesen der Bibliothek</translation>
    </message>
    <message>
        <source>record the guide that could not be read</source>
        <translation>Vermerken des unlesbaren Leitfadens</translation>
    </message>
    <message>
        <source>forget the guide that could not be read</source>
        <translation>Vergessen des unlesbaren Leitfadens</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was added to the library.</source>
        <translation>Es gibt keine Datei %1. Nichts wurde zur Bibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a guide file. Nothing was added to the library.</source>
        <translation>%1 ist ein Ordner, keine Leitfadendatei. Nichts wurde zur Bibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>The database is open read-only, so no guide can be added to the library.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet, daher kann kein Leitfaden zur Bibliothek hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The library&apos;s copy of the guide &apos;%1&apos; cannot be read. Add its file again to store a fresh copy.</source>
        <translation>Die Kopie des Leitfadens „%1“ in der Bibliothek kann nicht gelesen werden. Seine Datei erneut hinzufügen, um eine frische Kopie zu speichern.</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be taken off the library.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet, daher kann nichts aus der Bibliothek genommen werden.</translation>
    </message>
    <message>
        <source>The database is open read-only, so no guide can be removed from the library.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet, daher kann kein Leitfaden aus der Bibliothek entfernt werden.</translation>
    </message>
    <message>
        <source>There is no guide with the key &apos;%1&apos;: the library holds no guides yet. Nothing was removed.</source>
        <translation>Es gibt keinen Leitfaden mit dem Schlüssel „%1“: Die Bibliothek enthält noch keine Leitfäden. Nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>There is no guide with the key &apos;%1&apos; in the library. The guides there are %2. Nothing was removed.</source>
        <translation>In der Bibliothek gibt es keinen Leitfaden mit dem Schlüssel „%1“. Dort sind die Leitfäden %2. Nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes with Interview Prep and stays in the library. Nothing was removed.</source>
        <translation>„%1“ ist bei Interview Prep mitgeliefert und bleibt in der Bibliothek. Nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>“%1” changed but cannot be read now (%2). The guide as read before is shown until the file is fixed.</source>
        <translation>„%1“ wurde geändert, kann aber jetzt nicht gelesen werden (%2). Bis die Datei korrigiert ist, wird der Leitfaden so gezeigt, wie er zuvor gelesen wurde.</translation>
    </message>
    <message>
        <source>“%1” now holds another guide, “%2”; the guide as read before is shown. Import the file again to study the new one.</source>
        <translation>„%1“ enthält jetzt einen anderen Leitfaden, „%2“; der Leitfaden wird so gezeigt, wie er zuvor gelesen wurde. Importieren Sie die Datei erneut, um den neuen zu lernen.</translation>
    </message>
</context>
<context>
    <name>MockInterviewMarkdown</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mock interview, %1</source>
        <translation>Probeinterview, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation>
            <numerusform>%n Minute geplant</numerusform>
            <numerusform>%n Minuten geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 taken of %2 in time boxes</source>
        <translation>%1 von %2 in Zeitfenstern gebraucht</translation>
    </message>
    <message>
        <source>mean grade %1</source>
        <translation>mittlere Bewertung %1</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Frage %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 (over time by %3)</source>
        <translation>%1 von %2 (%3 über der Zeit)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Your outline</source>
        <translation>Eigene Stichpunkte</translation>
    </message>
    <message>
        <source>No outline written.</source>
        <translation>Keine Stichpunkte geschrieben.</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <source>This question is no longer in the guide.</source>
        <translation>Diese Frage ist nicht mehr im Leitfaden.</translation>
    </message>
    <message>
        <source>The guide gives no answer here.</source>
        <translation>Der Leitfaden gibt hier keine Antwort.</translation>
    </message>
</context>
<context>
    <name>MockInterviewRepository</name>
    <message>
        <source>Could not %1: that mock interview question is not in the database. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Diese Frage des Probeinterviews ist nicht in der Datenbank. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: it needs a start time and a length. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Eine Startzeit und eine Dauer sind nötig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: every question needs a time box. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Jede Frage braucht ein Zeitfenster. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: a grade must be 1 to 4, with its time. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Eine Bewertung muss zwischen 1 und 4 liegen und ihre Zeit haben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation>%1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>start the mock interview</source>
        <translation>Starten des Probeinterviews</translation>
    </message>
    <message>
        <source>save the outline</source>
        <translation>Speichern der Gliederung</translation>
    </message>
    <message>
        <source>Could not %1: the time taken must be zero or more seconds. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Die benötigte Zeit muss null oder mehr Sekunden betragen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>go on to the next question</source>
        <translation>Weitergehen zur nächsten Frage</translation>
    </message>
    <message>
        <source>grade the mock interview question</source>
        <translation>Bewerten der Frage des Probeinterviews</translation>
    </message>
    <message>
        <source>Could not %1: a grade must be 1 to 4. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Eine Bewertung muss zwischen 1 und 4 liegen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>finish the mock interview</source>
        <translation>Beenden des Probeinterviews</translation>
    </message>
    <message>
        <source>Could not %1: the time it finished is needed. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Zeitpunkt des Endes ist nötig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: it is not in the database.</source>
        <translation>%1 fehlgeschlagen: Es ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>restore the mock interview</source>
        <translation>Wiederherstellen des Probeinterviews</translation>
    </message>
    <message>
        <source>read the mock interviews</source>
        <translation>Lesen der Probeinterviews</translation>
    </message>
</context>
<context>
    <name>MockInterviewService</name>
    <message>
        <source>Could not start the mock interview: it has no questions. Choose at least one.</source>
        <translation>Das Probeinterview konnte nicht beginnen: Es hat keine Fragen. Mindestens eine auswählen.</translation>
    </message>
    <message>
        <source>save the answer</source>
        <translation>Speichern der Antwort</translation>
    </message>
    <message>
        <source>Could not grade the question: the mock interview has no question %1. Nothing was changed.</source>
        <translation>Die Frage konnte nicht bewertet werden: Das Probeinterview hat keine Frage %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not grade the question: the mock interview is still running. Finish it first. Nothing was changed.</source>
        <translation>Die Frage konnte nicht bewertet werden: Das Probeinterview läuft noch. Es zuerst beenden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not grade the question: the mock interview ended before it was asked. Nothing was changed.</source>
        <translation>Die Frage konnte nicht bewertet werden: Das Probeinterview endete, bevor sie gestellt wurde. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>grade the mock interview question</source>
        <translation>Bewerten der Probeinterview-Frage</translation>
    </message>
    <message>
        <source>That mock interview is not in the database.</source>
        <translation>Dieses Probeinterview ist nicht in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: it is a folder, and only a regular file is replaced. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner, und nur eine reguläre Datei wird ersetzt. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a named pipe (FIFO), and only a regular file is replaced. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist eine benannte Pipe (FIFO), und nur eine reguläre Datei wird ersetzt. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a socket, and only a regular file is replaced. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Socket, und nur eine reguläre Datei wird ersetzt. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a device, and only a regular file is replaced. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Gerät, und nur eine reguläre Datei wird ersetzt. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file, and only a regular file is replaced. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist keine reguläre Datei, und nur eine reguläre Datei wird ersetzt. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. %2</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll. %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the write failed. %2</source>
        <translation>%1 kann nicht geschrieben werden: Das Schreiben ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. %3</source>
        <translation>%1 kann nicht geschrieben werden: %2. %3</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Cannot write %1: PDF export needs the program&apos;s fonts, which this mode does not load.</source>
        <translation>%1 kann nicht geschrieben werden: Der PDF-Export braucht die Schriften des Programms, die dieser Modus nicht lädt.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Die PDF-Datei konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>PracticeData</name>
    <message>
        <source>The included guide %1 could not be read.</source>
        <translation>Der mitgelieferte Leitfaden %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no guide with the key &apos;%1&apos;. The guides here are %2 (a guide opened in the window is known from then on).</source>
        <translation>Es gibt keinen Leitfaden mit dem Schlüssel „%1“. Die Leitfäden hier sind %2 (ein im Fenster geöffneter Leitfaden ist von da an bekannt).</translation>
    </message>
    <message>
        <source>The guide, by its key as &apos;interview-prep check --json&apos; prints it (default: the shipped guide, machine-learning-engineer).</source>
        <translation>Der Leitfaden, mit seinem Schlüssel, wie „interview-prep check --json“ ihn ausgibt (Standard: der mitgelieferte Leitfaden, machine-learning-engineer).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a date without a time; give a time like 2026-01-04T09:00Z or 2026-01-04T10:00+01:00.</source>
        <translation>„%1“ ist ein Datum ohne Uhrzeit; eine Zeit wie 2026-01-04T09:00Z oder 2026-01-04T10:00+01:00 angeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no time zone; add Z for UTC or an offset, like 2026-01-04T09:00Z or 2026-01-04T10:00+01:00.</source>
        <translation>„%1“ hat keine Zeitzone; Z für UTC oder einen Versatz anfügen, wie 2026-01-04T09:00Z oder 2026-01-04T10:00+01:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time like 2026-01-04T09:00Z or 2026-01-04T10:00+01:00.</source>
        <translation>„%1“ ist keine ISO-8601-Zeit wie 2026-01-04T09:00Z oder 2026-01-04T10:00+01:00.</translation>
    </message>
</context>
<context>
    <name>PracticeService</name>
    <message>
        <source>reschedule the guide</source>
        <translation>Neuplanen des Leitfadens</translation>
    </message>
</context>
<context>
    <name>PracticeTally</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n questions in %1: %2.</source>
        <translation>
            <numerusform>%n Frage in %1 wiederholt: %2.</numerusform>
            <numerusform>%n Fragen in %1 wiederholt: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>QuestionNoteRepository</name>
    <message>
        <source>save the note</source>
        <translation>Speichern der Notiz</translation>
    </message>
    <message>
        <source>restore the note</source>
        <translation>Wiederherstellen der Notiz</translation>
    </message>
    <message>
        <source>change the bookmark</source>
        <translation>Ändern des Lesezeichens</translation>
    </message>
    <message>
        <source>delete the note</source>
        <translation>Löschen der Notiz</translation>
    </message>
    <message>
        <source>read the note</source>
        <translation>Lesen der Notiz</translation>
    </message>
    <message>
        <source>read the notes</source>
        <translation>Lesen der Notizen</translation>
    </message>
</context>
<context>
    <name>RecoveryJournal</name>
    <message>
        <source>The disk is full: cannot keep a recovery copy in %1.</source>
        <translation>Der Datenträger ist voll: In %1 kann keine Wiederherstellungskopie behalten werden.</translation>
    </message>
    <message>
        <source>Cannot keep a recovery copy in %1: %2</source>
        <translation>In %1 kann keine Wiederherstellungskopie behalten werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot remove the recovery copy %1: %2</source>
        <translation>Die Wiederherstellungskopie %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Not a recovery draft: %1</source>
        <translation>Kein Wiederherstellungsentwurf: %1</translation>
    </message>
    <message>
        <source>Not a recovery draft: unknown kind</source>
        <translation>Kein Wiederherstellungsentwurf: unbekannte Art</translation>
    </message>
    <message>
        <source>Not a recovery draft: no item key</source>
        <translation>Kein Wiederherstellungsentwurf: kein Schlüssel des Eintrags</translation>
    </message>
</context>
<context>
    <name>RequirementProgressRepository</name>
    <message>
        <source>save the requirement&apos;s progress</source>
        <translation>Speichern des Fortschritts der Anforderung</translation>
    </message>
    <message>
        <source>restore the requirement&apos;s progress</source>
        <translation>Wiederherstellen des Fortschritts der Anforderung</translation>
    </message>
    <message>
        <source>clear the requirement&apos;s progress</source>
        <translation>Zurücksetzen des Fortschritts der Anforderung</translation>
    </message>
    <message>
        <source>read the requirement&apos;s progress</source>
        <translation>Lesen des Fortschritts der Anforderung</translation>
    </message>
    <message>
        <source>read the requirements&apos; progress</source>
        <translation>Lesen des Fortschritts der Anforderungen</translation>
    </message>
</context>
<context>
    <name>RestoreBackupCommand</name>
    <message>
        <source>interview-prep restore-backup FILE|latest [--data-dir DIR]</source>
        <translation>interview-prep restore-backup DATEI|latest [--data-dir ORDNER]</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the database with one of its backups: a file that &apos;interview-prep backups&apos; lists, or &apos;latest&apos; for the newest intact one. The current database, even a damaged one, is kept aside in the data folder as interview-prep.sqlite.before-restore-&lt;time&gt;; nothing is deleted. A damaged backup, or a file that is not one, is refused and nothing changes. Close Interview Prep first.</source>
        <translation>Die Datenbank durch eine ihrer Sicherungen ersetzen: eine Datei, die „interview-prep backups“ auflistet, oder „latest“ für die neueste intakte. Die aktuelle Datenbank, auch eine beschädigte, wird im Datenordner als interview-prep.sqlite.before-restore-&lt;Zeit&gt; beiseitegelegt; nichts wird gelöscht. Eine beschädigte Sicherung oder eine Datei, die keine ist, wird abgelehnt, und nichts ändert sich. Vorher Interview Prep schließen.</translation>
    </message>
    <message>
        <source>FILE|latest</source>
        <translation>DATEI|latest</translation>
    </message>
    <message>
        <source>The backup file to restore, or &apos;latest&apos;.</source>
        <translation>Die wiederherzustellende Sicherungsdatei oder „latest“.</translation>
    </message>
    <message>
        <source>name one backup file, or &apos;latest&apos;.</source>
        <translation>eine Sicherungsdatei oder „latest“ angeben.</translation>
    </message>
    <message>
        <source>Restored %1 (made %2; %3) into %4.</source>
        <extracomment>%2 is the time the backup was made, %3 its counts (&quot;2 notes, 1 story, 5 reviews&quot;).</extracomment>
        <translation>%1 (erstellt %2; %3) nach %4 wiederhergestellt.</translation>
    </message>
    <message>
        <source>There was no database before, so nothing was set aside.</source>
        <translation>Vorher gab es keine Datenbank, daher wurde nichts beiseitegelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Your previous database is kept as %1 (with %n journal file(s) beside it); delete it when you no longer need it.</source>
        <translation>
            <numerusform>Die bisherige Datenbank wird als %1 aufbewahrt (mit %n Journaldatei daneben); sie löschen, wenn sie nicht mehr gebraucht wird.</numerusform>
            <numerusform>Die bisherige Datenbank wird als %1 aufbewahrt (mit %n Journaldateien daneben); sie löschen, wenn sie nicht mehr gebraucht wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your previous database is kept as %1; delete it when you no longer need it.</source>
        <translation>Die bisherige Datenbank wird als %1 aufbewahrt; sie löschen, wenn sie nicht mehr gebraucht wird.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Merge a file written by &apos;interview-prep export&apos; into your data, all or nothing. Entries in the file replace yours with the same key; a copy of your data is made first.</source>
        <translation>Eine von „interview-prep export“ geschriebene Datei in die eigenen Daten übernehmen, ganz oder gar nicht. Einträge der Datei ersetzen vorhandene mit demselben Schlüssel; zuvor wird eine Kopie der Daten angelegt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>interview-prep restore FILE [--data-dir DIR]</source>
        <translation>interview-prep restore DATEI [--data-dir ORDNER]</translation>
    </message>
    <message>
        <source>name one backup file.</source>
        <translation>eine Sicherungsdatei angeben.</translation>
    </message>
    <message>
        <source>Nothing was restored, because the copy of your data made first failed: %1</source>
        <translation>Nichts wurde wiederhergestellt, weil die zuvor angelegte Kopie der Daten fehlschlug: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview date(s)</source>
        <translation>
            <numerusform>%n Interviewtermin</numerusform>
            <numerusform>%n Interviewtermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mock interview(s)</source>
        <translation>
            <numerusform>%n Probeinterview</numerusform>
            <numerusform>%n Probeinterviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 and %2 into %3.</source>
        <extracomment>%1 is a list of counts (&quot;3 requirements, 2 notes&quot;), %2 the last count.</extracomment>
        <translation>%1 und %2 in %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your data from before the restore is in %1.</source>
        <translation>Die Daten von vor der Wiederherstellung liegen in %1.</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>interview-prep review QUESTION-KEY GRADE [--guide KEY] [--at TIME] [--seconds N] [--data-dir DIR]</source>
        <translation>interview-prep review FRAGENSCHLÜSSEL BEWERTUNG [--guide SCHLÜSSEL] [--at ZEIT] [--seconds N] [--data-dir ORDNER]</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Record one practice grade for a question, as the Practice screen does, and print when it comes back. Reviews are scheduled with FSRS-6 for the recall chosen in Settings &gt; Preferences (90 % unless changed), never after the guide&apos;s interview date.
  QUESTION-KEY  the question&apos;s key as &apos;interview-prep check --json&apos; prints it
  GRADE         1-4, or again, hard, good, easy (any case)
Exits with 1, recording nothing, for an unknown guide or question, a bad grade, time or number of seconds.</source>
        <translation>Eine Trainingsbewertung für eine Frage eintragen, wie es die Ansicht Training tut, und ausgeben, wann sie wiederkommt. Wiederholungen werden mit FSRS-6 für die unter Einstellungen &gt; Einstellungen gewählte Erinnerungsrate geplant (90 %, wenn nicht geändert), nie nach dem Interviewtermin des Leitfadens.
  FRAGENSCHLÜSSEL  der Schlüssel der Frage, wie „interview-prep check --json“ ihn ausgibt
  BEWERTUNG        1-4 oder again, hard, good, easy (Groß-/Kleinschreibung egal)
Endet mit 1 und trägt nichts ein bei einem unbekannten Leitfaden oder einer unbekannten Frage, einer ungültigen Bewertung, Zeit oder Sekundenzahl.</translation>
    </message>
    <message>
        <source>QUESTION-KEY</source>
        <translation>FRAGENSCHLÜSSEL</translation>
    </message>
    <message>
        <source>The question graded.</source>
        <translation>Die bewertete Frage.</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>again (1), hard (2), good (3) or easy (4).</source>
        <translation>again (1), hard (2), good (3) oder easy (4).</translation>
    </message>
    <message>
        <source>When the answer was given, in ISO 8601 with Z or an offset, like 2026-01-04T09:00Z (default: now). An earlier time than the question&apos;s last review takes its place in the history.</source>
        <translation>Wann die Antwort gegeben wurde, in ISO 8601 mit Z oder einem Versatz, wie 2026-01-04T09:00Z (Standard: jetzt). Eine frühere Zeit als die letzte Wiederholung der Frage nimmt ihren Platz im Verlauf ein.</translation>
    </message>
    <message>
        <source>How long the answer took (default 0).</source>
        <translation>Wie lange die Antwort dauerte (Standard 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>name a question key and a grade.</source>
        <translation>einen Fragenschlüssel und eine Bewertung angeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a grade; use 1-4 or again, hard, good, easy.</source>
        <translation>„%1“ ist keine Bewertung; 1-4 oder again, hard, good, easy verwenden.</translation>
    </message>
    <message>
        <source>%1 is in the future; a grade is given now or was given earlier.</source>
        <translation>%1 liegt in der Zukunft; eine Bewertung wird jetzt oder wurde früher gegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds (0 or more).</source>
        <translation>„%1“ ist keine Sekundenzahl (0 oder mehr).</translation>
    </message>
    <message>
        <source>The guide %1 has no question with the key &apos;%2&apos;; &apos;interview-prep check --json&apos; lists the keys.</source>
        <translation>Der Leitfaden %1 hat keine Frage mit dem Schlüssel „%2“; „interview-prep check --json“ listet die Schlüssel auf.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1 for %2: next review %3 (in %n day(s)), stability %4 days.</source>
        <extracomment>%1 is the grade (Again, Hard, Good, Easy), %3 the day of the next review.</extracomment>
        <translation>
            <numerusform>%1 für %2 eingetragen: nächste Wiederholung %3 (in %n Tag), Stabilität %4 Tage.</numerusform>
            <numerusform>%1 für %2 eingetragen: nächste Wiederholung %3 (in %n Tagen), Stabilität %4 Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>record the practice answer</source>
        <translation>Erfassen der Trainingsantwort</translation>
    </message>
    <message>
        <source>restore the practice log</source>
        <translation>Wiederherstellen des Trainingsverlaufs</translation>
    </message>
    <message>
        <source>save the practice schedule</source>
        <translation>Speichern des Trainingsplans</translation>
    </message>
    <message>
        <source>take the practice grade back</source>
        <translation>Zurücknehmen der Trainingsbewertung</translation>
    </message>
    <message>
        <source>Could not %1: that grade is not in the practice log any more. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Diese Bewertung ist nicht mehr im Trainingsverlauf. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: a grade must be 1 to 4, the time taken zero or more seconds, and the time of the answer known. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Eine Bewertung muss zwischen 1 und 4 liegen, die benötigte Zeit null oder mehr Sekunden betragen und der Zeitpunkt der Antwort bekannt sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: the schedule is incomplete (a due time, the last review, a stability above zero and a difficulty from 1 to 10 are needed). Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Plan ist unvollständig (nötig sind ein Fälligkeitszeitpunkt, die letzte Wiederholung, eine Stabilität über null und eine Schwierigkeit von 1 bis 10). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>rebuild the practice schedule from the review log</source>
        <translation>Neuaufbau des Trainingsplans aus dem Wiederholungsverlauf</translation>
    </message>
    <message>
        <source>mark the practice schedule for a rebuild</source>
        <translation>Vormerken des Trainingsplans für einen Neuaufbau</translation>
    </message>
    <message>
        <source>read the practice schedule</source>
        <translation>Lesen des Trainingsplans</translation>
    </message>
    <message>
        <source>read the practice log</source>
        <translation>Lesen des Trainingsverlaufs</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>interview-prep schedule [--json] [--guide KEY] [--at TIME] [--data-dir DIR]
       interview-prep schedule --interview-date YYYY-MM-DD|none [--guide KEY] [--data-dir DIR]</source>
        <translation>interview-prep schedule [--json] [--guide SCHLÜSSEL] [--at ZEIT] [--data-dir ORDNER]
        interview-prep schedule --interview-date JJJJ-MM-TT|none [--guide SCHLÜSSEL] [--data-dir ORDNER]</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) at %3 UTC: %n question(s), %4 practised.</source>
        <extracomment>%1 is the guide&apos;s title, %2 its key, %3 the time, %4 how many questions were graded.</extracomment>
        <translation>
            <numerusform>%1 (%2) am %3 UTC: %n Frage, %4 trainiert.</numerusform>
            <numerusform>%1 (%2) am %3 UTC: %n Fragen, %4 trainiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview on %1, %2: %3 ready.</source>
        <extracomment>%1 is the interview&apos;s day, %2 when that is (&quot;in 3 days&quot;, &quot;today&quot;), %3 the readiness.</extracomment>
        <translation>Interview am %1, %2: %3 bereit.</translation>
    </message>
    <message numerus="yes">
        <source>Interview on %1, %2: %3 ready; to reach %4, review %n question(s) by then.</source>
        <translation>
            <numerusform>Interview am %1, %2: %3 bereit; um %4 zu erreichen, bis dahin %n Frage wiederholen.</numerusform>
            <numerusform>Interview am %1, %2: %3 bereit; um %4 zu erreichen, bis dahin %n Fragen wiederholen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interview on %1, %2: %3 ready; reviewing all %n question(s) by then still falls short of %4.</source>
        <translation>
            <numerusform>Interview am %1, %2: %3 bereit; auch wenn bis dahin die %n Frage wiederholt wird, bleibt es unter %4.</numerusform>
            <numerusform>Interview am %1, %2: %3 bereit; auch wenn bis dahin alle %n Fragen wiederholt werden, bleibt es unter %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview date (set one with --interview-date YYYY-MM-DD).</source>
        <translation>Kein Interviewtermin (mit --interview-date JJJJ-MM-TT festlegen).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>lapses</source>
        <translation>Aussetzer</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-12-15 (or &apos;none&apos; to remove the date).</source>
        <translation>„%1“ ist kein Datum wie 2026-12-15 (oder „none“, um den Termin zu entfernen).</translation>
    </message>
    <message>
        <source>%1 is before today (%2); the interview date is today or later. Nothing was changed.</source>
        <translation>%1 liegt vor heute (%2); der Interviewtermin ist heute oder später. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Interview for %1 (%2) on %3, %4: no review is scheduled after it.</source>
        <extracomment>%4 is when that is: &quot;today&quot;, &quot;in 3 days&quot;.</extracomment>
        <translation>Interview für %1 (%2) am %3, %4: Danach wird keine Wiederholung geplant.</translation>
    </message>
    <message>
        <source>No interview date for %1 (%2).</source>
        <translation>Kein Interviewtermin für %1 (%2).</translation>
    </message>
    <message>
        <source>Print every question of a guide with its practice state, or set the guide&apos;s interview date.
  state           new (never graded), learning (graded once, or failed on its first day),
                  review, relearning (last grade a lapse: Again after a later day)
  stability       FSRS-6&apos;s S: the days until recall falls to 90 %
  difficulty      FSRS-6&apos;s D, from 1 to 10
  due             the day it comes back (in JSON the start of that day in UTC)
  retrievability  FSRS-6&apos;s chance of recalling it at --at (&apos;recall&apos; in the table)
With an interview date, JSON also gives the readiness for it on the day of --at: the mean predicted recall on the day, per category and overall, and the questions to review to reach 90 %.</source>
        <translation>Jede Frage eines Leitfadens mit ihrem Trainingsstand ausgeben oder den Interviewtermin des Leitfadens festlegen.
  state           new (nie bewertet), learning (einmal bewertet oder am ersten Tag
                  nicht gewusst), review, relearning (letzte Bewertung ein
                  Aussetzer: Nochmal nach einem späteren Tag)
  stability       S von FSRS-6: die Tage, bis die Erinnerung auf 90 % fällt
  difficulty      D von FSRS-6, von 1 bis 10
  due             der Tag, an dem sie wiederkommt (in JSON der Beginn dieses Tages in UTC)
  retrievability  die Wahrscheinlichkeit nach FSRS-6, sie zur Zeit --at zu wissen
                  („Erinnerung“ in der Tabelle)
Mit einem Interviewtermin gibt JSON auch die Bereitschaft dafür am Tag von --at an: die mittlere vorhergesagte Erinnerung an dem Tag, je Kategorie und insgesamt, und die Fragen, die zu wiederholen sind, um 90 % zu erreichen.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Ein JSON-Objekt statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>The time to report on, ISO 8601 with Z or an offset (default: now).</source>
        <translation>Die Zeit, für die berichtet wird, ISO 8601 mit Z oder einem Versatz (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Set the guide&apos;s interview date (today or later), or remove it with &apos;none&apos;; reviews are then planned to end the day before.</source>
        <translation>Den Interviewtermin des Leitfadens festlegen (heute oder später) oder mit „none“ entfernen; Wiederholungen werden dann so geplant, dass sie am Tag davor enden.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--interview-date sets the date and prints no listing; leave out --json and --at.</source>
        <translation>--interview-date legt den Termin fest und gibt keine Liste aus; --json und --at weglassen.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The schema migrations folder %1 is missing.</source>
        <translation>Der Ordner der Schemamigrationen %1 fehlt.</translation>
    </message>
    <message>
        <source>The schema migrations in %1 are not numbered 1, 2, 3...: expected version %2, found %3.</source>
        <translation>Die Schemamigrationen in %1 sind nicht mit 1, 2, 3... nummeriert: Version %2 erwartet, %3 gefunden.</translation>
    </message>
    <message>
        <source>Cannot read the schema migration %1: %2</source>
        <translation>Die Schemamigration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>upgrade the database schema</source>
        <translation>Aktualisieren des Datenbankschemas</translation>
    </message>
    <message>
        <source>upgrade the database to schema version %1 (%2)</source>
        <translation>Aktualisieren der Datenbank auf Schemaversion %1 (%2)</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not %1: it leaves rows in table %2 pointing at rows that do not exist.</source>
        <translation>%1 fehlgeschlagen: Danach verweisen Zeilen in Tabelle %2 auf Zeilen, die es nicht gibt.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>interview-prep search [--json] [--limit N] [--data-dir DIR] QUERY...</source>
        <translation>interview-prep search [--json] [--limit N] [--data-dir ORDNER] SUCHE...</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>question in %1 [%2]</source>
        <translation>Frage in %1 [%2]</translation>
    </message>
    <message>
        <source>requirement in %1 [%2]</source>
        <translation>Anforderung in %1 [%2]</translation>
    </message>
    <message>
        <source>note in %1 [%2]</source>
        <translation>Notiz in %1 [%2]</translation>
    </message>
    <message>
        <source>evidence in %1 [%2]</source>
        <translation>Nachweis in %1 [%2]</translation>
    </message>
    <message>
        <source>story in %1 [%2]</source>
        <translation>Geschichte in %1 [%2]</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the guides in the library and everything you wrote: notes,
requirement evidence and stories. Best hits first.
  word      words that start with it (&quot;deploy&quot; finds &quot;deployment&quot;)
  &quot;a b&quot;     the words in this order
  -word     leaves out what contains the word
Accents do not matter (&quot;resume&quot; finds &quot;résumé&quot;). A query that starts
with -word goes after --: interview-prep search -- -draft notes</source>
        <translation>Die Leitfäden der Bibliothek und alles Geschriebene durchsuchen: Notizen,
Nachweise zu Anforderungen und Geschichten. Die besten Treffer zuerst.
  wort      Wörter, die damit beginnen („deploy“ findet „deployment“)
  &quot;a b&quot;     die Wörter in dieser Reihenfolge
  -wort     lässt aus, was das Wort enthält
Akzente spielen keine Rolle („resume“ findet „résumé“). Eine Suche, die mit
-wort beginnt, steht nach --: interview-prep search -- -entwurf notizen</translation>
    </message>
    <message>
        <source>Print {&quot;hits&quot;: [{kind, guide, key, title, snippet, score}]}.</source>
        <translation>{&quot;hits&quot;: [{kind, guide, key, title, snippet, score}]} ausgeben.</translation>
    </message>
    <message>
        <source>Show at most N hits (1 to %1; default %2).</source>
        <translation>Höchstens N Treffer zeigen (1 bis %1; Standard %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>SUCHE</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--limit nimmt eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>say what to look for, e.g. &apos;interview-prep search &quot;feature store&quot;&apos;.</source>
        <translation>angeben, wonach gesucht wird, z. B. „interview-prep search &quot;feature store&quot;“.</translation>
    </message>
</context>
<context>
    <name>SearchHitOpener</name>
    <message>
        <source>The guide “%1” is not in the library any more; add it again to see this hit.</source>
        <translation>Der Leitfaden „%1“ ist nicht mehr in der Bibliothek; zum Anzeigen dieses Treffers erneut hinzufügen.</translation>
    </message>
    <message>
        <source>“%1” is no longer in this guide; the words found are kept with your data.</source>
        <translation>„%1“ ist nicht mehr in diesem Leitfaden; die gefundenen Wörter bleiben bei den eigenen Daten erhalten.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>index the guide for search</source>
        <translation>Indizieren des Leitfadens für die Suche</translation>
    </message>
    <message>
        <source>remove the guide from the search index</source>
        <translation>Entfernen des Leitfadens aus dem Suchindex</translation>
    </message>
    <message>
        <source>read the library</source>
        <translation>Lesen der Bibliothek</translation>
    </message>
    <message>
        <source>search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>check the search index</source>
        <translation>Prüfen des Suchindex</translation>
    </message>
    <message>
        <source>The search index does not match the data it indexes (%1). Your data itself is not affected.</source>
        <translation>Der Suchindex passt nicht zu den indizierten Daten (%1). Die Daten selbst sind nicht betroffen.</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <source>unterminated /* comment</source>
        <translation>nicht abgeschlossener /*-Kommentar</translation>
    </message>
    <message>
        <source>unterminated quote %1 in SQL</source>
        <translation>nicht abgeschlossenes Anführungszeichen %1 in SQL</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Could not %1: the database %2 is locked by another program. Nothing was changed; close the other program or try again in a moment.</source>
        <translation>%1 fehlgeschlagen: Die Datenbank %2 ist von einem anderen Programm gesperrt. Es wurde nichts geändert; das andere Programm schließen oder es gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is read-only. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Die Datenbank %2 ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: the disk holding %2 is full. Nothing was changed; free some space and try again.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger mit %2 ist voll. Es wurde nichts geändert; Speicherplatz freigeben und erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is damaged (%3). Run &apos;interview-prep doctor&apos; and restore a backup.</source>
        <translation>%1 fehlgeschlagen: Die Datenbank %2 ist beschädigt (%3). „interview-prep doctor“ ausführen und eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Could not %1: a disk error occurred on %2 (%3).</source>
        <translation>%1 fehlgeschlagen: Beim Zugriff auf %2 ist ein Datenträgerfehler aufgetreten (%3).</translation>
    </message>
    <message>
        <source>Could not %1: the data was refused (%2). Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Die Daten wurden abgewiesen (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: %2 (database %3).</source>
        <translation>%1 fehlgeschlagen: %2 (Datenbank %3).</translation>
    </message>
    <message>
        <source>Could not %1: a guide, question or requirement key is empty. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Ein Schlüssel für Leitfaden, Frage oder Anforderung ist leer. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>StoryCheck</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>The story has no title: give it a short name you will recall it by in the interview.</source>
        <translation>Die Geschichte hat keinen Titel: Einen kurzen Namen geben, an den sich im Interview leicht erinnern lässt.</translation>
    </message>
    <message>
        <source>Situation is empty: say where and when this happened, in a sentence or two.</source>
        <translation>Situation ist leer: In ein, zwei Sätzen sagen, wo und wann das geschah.</translation>
    </message>
    <message>
        <source>Task is empty: say what you were responsible for and what was at stake.</source>
        <translation>Aufgabe ist leer: Sagen, wofür die eigene Verantwortung lag und was auf dem Spiel stand.</translation>
    </message>
    <message>
        <source>Action is empty: say step by step what you did.</source>
        <translation>Handlung ist leer: Schritt für Schritt sagen, was selbst getan wurde.</translation>
    </message>
    <message>
        <source>Action says &quot;we&quot; more than &quot;I&quot; (%1 against %2): the interviewer wants to hear what you did yourself.</source>
        <translation>Handlung sagt öfter „wir“ als „ich“ (%1 zu %2): Im Interview zählt, was selbst getan wurde.</translation>
    </message>
    <message>
        <source>Action says &quot;we&quot; but never &quot;I&quot;: the interviewer wants to hear what you did yourself.</source>
        <translation>Handlung sagt „wir“, aber nie „ich“: Im Interview zählt, was selbst getan wurde.</translation>
    </message>
    <message>
        <source>Result is empty: say how it ended and what changed.</source>
        <translation>Ergebnis ist leer: Sagen, wie es ausging und was sich änderte.</translation>
    </message>
    <message>
        <source>Result has no number or measurable outcome: say what changed and by how much.</source>
        <translation>Ergebnis hat keine Zahl und kein messbares Ergebnis: Sagen, was sich änderte und um wie viel.</translation>
    </message>
    <message>
        <source>The story takes about %1 s to tell at %2 words a minute, over the %3 s target: cut it to about %4 words.</source>
        <translation>Die Geschichte dauert bei %2 Wörtern pro Minute etwa %1 s, mehr als die angestrebten %3 s: Auf etwa %4 Wörter kürzen.</translation>
    </message>
    <message>
        <source>The story takes only about %1 s to tell at %2 words a minute: aim for %3 to %4 s, with more on what you did and how it turned out.</source>
        <translation>Die Geschichte dauert bei %2 Wörtern pro Minute nur etwa %1 s: %3 bis %4 s anstreben, mit mehr dazu, was getan wurde und wie es ausging.</translation>
    </message>
    <message>
        <source>Situation and Task take %1% of the words, more than half: shorten the setup and spend the time on what you did.</source>
        <translation>Situation und Aufgabe nehmen %1 % der Wörter ein, mehr als die Hälfte: Die Einleitung kürzen und die Zeit dafür nutzen, was getan wurde.</translation>
    </message>
    <message>
        <source>Action has only %1% of the words: what you did should carry about half of the story.</source>
        <translation>Handlung hat nur %1 % der Wörter: Was getan wurde, sollte etwa die Hälfte der Geschichte tragen.</translation>
    </message>
</context>
<context>
    <name>StoryExporter</name>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Beantwortet:</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>There are no stories to export; nothing was written.</source>
        <translation>Es gibt keine Geschichten zum Exportieren; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>STAR stories</source>
        <translation>STAR-Geschichten</translation>
    </message>
</context>
<context>
    <name>StoryRepository</name>
    <message>
        <source>save the story</source>
        <translation>Speichern der Geschichte</translation>
    </message>
    <message>
        <source>restore the story</source>
        <translation>Wiederherstellen der Geschichte</translation>
    </message>
    <message>
        <source>delete the story</source>
        <translation>Löschen der Geschichte</translation>
    </message>
    <message>
        <source>link the story to the question</source>
        <translation>Verknüpfen der Geschichte mit der Frage</translation>
    </message>
    <message>
        <source>unlink the story from the question</source>
        <translation>Lösen der Geschichte von der Frage</translation>
    </message>
    <message>
        <source>read the stories</source>
        <translation>Lesen der Geschichten</translation>
    </message>
</context>
<context>
    <name>StoryService</name>
    <message>
        <source>The story no longer exists.</source>
        <translation>Die Geschichte existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>StudyData</name>
    <message>
        <source>There is no data in %1 (no %2 there). Nothing was created; check --data-dir.</source>
        <translation>In %1 gibt es keine Daten (dort ist kein %2). Nichts wurde angelegt; --data-dir prüfen.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be saved.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; nichts kann gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>StudySheet</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Other requirements</source>
        <translation>Weitere Anforderungen</translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s); due again on %1.</source>
        <translation>
            <numerusform>Einmal geübt; wieder fällig am %1.</numerusform>
            <numerusform>%n-mal geübt; wieder fällig am %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s).</source>
        <translation>
            <numerusform>Einmal geübt.</numerusform>
            <numerusform>%n-mal geübt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s).</source>
        <translation>
            <numerusform>Einmal vergessen.</numerusform>
            <numerusform>%n-mal vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Lesezeichen</translation>
    </message>
    <message>
        <source>The guide gives no answer here.</source>
        <translation>Der Leitfaden gibt hier keine Antwort.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Eigene Notizen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <source>Notes on questions no longer in this guide</source>
        <translation>Notizen zu Fragen, die nicht mehr in diesem Leitfaden sind</translation>
    </message>
    <message>
        <source>Requirements done: %1 of %2</source>
        <translation>Anforderungen erledigt: %1 von %2</translation>
    </message>
    <message>
        <source>Questions bookmarked: %1 of %2</source>
        <translation>Fragen mit Lesezeichen: %1 von %2</translation>
    </message>
    <message>
        <source>Questions with your notes: %1 of %2</source>
        <translation>Fragen mit eigenen Notizen: %1 von %2</translation>
    </message>
    <message>
        <source>This guide has no requirements and no questions.</source>
        <translation>Dieser Leitfaden hat keine Anforderungen und keine Fragen.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>StudySheetDocument</name>
    <message>
        <source>Printing needs the program&apos;s fonts, which this mode does not load.</source>
        <translation>Drucken braucht die Schriften des Programms, die dieser Modus nicht lädt.</translation>
    </message>
    <message>
        <source>There is no guide to print.</source>
        <translation>Es gibt keinen Leitfaden zum Drucken.</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>Der Drucker konnte nicht gestartet werden; nichts wurde gedruckt.</translation>
    </message>
    <message>
        <source>There is no guide to export; nothing was written.</source>
        <translation>Es gibt keinen Leitfaden zum Exportieren; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Study sheets</source>
        <translation>Lernblätter</translation>
    </message>
</context>
<context>
    <name>StudySheetExporter</name>
    <message>
        <source>The library&apos;s copy of the guide &apos;%1&apos; cannot be read. Open the guide in the window again to store a fresh copy. Nothing was written.</source>
        <translation>Die Kopie des Leitfadens „%1“ in der Bibliothek kann nicht gelesen werden. Den Leitfaden erneut im Fenster öffnen, um eine frische Kopie zu speichern. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The library in %1 holds no guides yet; a guide is added to it when the window opens it. Nothing was written.</source>
        <translation>Die Bibliothek in %1 enthält noch keine Leitfäden; ein Leitfaden wird hinzugefügt, wenn das Fenster ihn öffnet. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no guide with the key &apos;%1&apos; in the library. The guides there are %2. Nothing was written.</source>
        <translation>In der Bibliothek gibt es keinen Leitfaden mit dem Schlüssel „%1“. Dort sind die Leitfäden %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the study sheets into %1: it is a file, not a folder. Nothing was written.</source>
        <translation>Die Lernblätter können nicht in %1 geschrieben werden: Es ist eine Datei, kein Ordner. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Two guides would both be written to %1. Export them one at a time with --guide. Nothing was written.</source>
        <translation>Zwei Leitfäden würden beide nach %1 geschrieben. Sie einzeln mit --guide exportieren. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Nothing was written.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>transaction already finished</source>
        <translation>Transaktion bereits beendet</translation>
    </message>
</context>
<context>
    <name>YamlMistakes</name>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n Leerzeichen</numerusform>
            <numerusform>%n Leerzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>the quotation mark opened on line %1 is never closed; add the closing %2 at the end of the value</source>
        <translation>das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen; das schließende %2 am Ende des Werts ergänzen</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; opened on line %2 is never closed with &quot;%3&quot;</source>
        <translation>das in Zeile %2 geöffnete „%1“ wird nie mit „%3“ geschlossen</translation>
    </message>
    <message>
        <source>this line is indented with a tab; YAML needs spaces for indentation</source>
        <translation>diese Zeile ist mit einem Tabulator eingerückt; YAML braucht Leerzeichen zum Einrücken</translation>
    </message>
    <message>
        <source>this line looks like the guide&apos;s Markdown (a heading), not front matter: the &quot;---&quot; that should end the front matter before it is missing, so the &quot;---&quot; on line %1 was taken as its end</source>
        <translation>diese Zeile sieht nach dem Markdown des Leitfadens aus (eine Überschrift), nicht nach Front Matter: Das „---“, das das Front Matter davor beenden sollte, fehlt, daher wurde das „---“ in Zeile %1 als sein Ende genommen</translation>
    </message>
    <message>
        <source>this line looks like the guide&apos;s Markdown (body text), not front matter: the &quot;---&quot; that should end the front matter before it is missing, so the &quot;---&quot; on line %1 was taken as its end</source>
        <translation>diese Zeile sieht nach dem Markdown des Leitfadens aus (Fließtext), nicht nach Front Matter: Das „---“, das das Front Matter davor beenden sollte, fehlt, daher wurde das „---“ in Zeile %1 als sein Ende genommen</translation>
    </message>
    <message>
        <source>there is no space after the colon of &quot;%1&quot;; write &quot;%1: %2&quot;</source>
        <translation>nach dem Doppelpunkt von „%1“ fehlt ein Leerzeichen; „%1: %2“ schreiben</translation>
    </message>
    <message>
        <source>this line is not &quot;key: value&quot;: front matter lines are a name, a colon and a value, such as &quot;term: Data Scientist&quot;</source>
        <translation>diese Zeile hat nicht die Form „Schlüssel: Wert“: Zeilen im Front Matter bestehen aus einem Namen, einem Doppelpunkt und einem Wert, etwa „term: Data Scientist“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is indented more than &quot;%2&quot; on line %3, which already has a value; line it up with &quot;%2&quot;</source>
        <translation>„%1“ ist weiter eingerückt als „%2“ in Zeile %3, das schon einen Wert hat; es bündig mit „%2“ ausrichten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is indented by %2, but &quot;%3&quot; on line %4, which it should line up with, by %5</source>
        <translation>„%1“ ist um %2 eingerückt, aber „%3“ in Zeile %4, mit dem es bündig sein sollte, um %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given a second time (first on line %2); a key may appear once, so remove one of them</source>
        <translation>„%1“ steht ein zweites Mal da (zuerst in Zeile %2); ein Schlüssel darf nur einmal vorkommen, also einen davon entfernen</translation>
    </message>
    <message>
        <source>text follows the closing quotation mark; put the whole value in quotation marks</source>
        <translation>auf das schließende Anführungszeichen folgt noch Text; den ganzen Wert in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains a colon followed by a space, which YAML reads as another key; put the value in quotation marks: %1: &quot;%2&quot;</source>
        <translation>der Wert von „%1“ enthält einen Doppelpunkt mit folgendem Leerzeichen, den YAML als weiteren Schlüssel liest; den Wert in Anführungszeichen setzen: %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the quotation mark opened on line %1 is not closed on that line, so everything up to the next %2, on line %3, is read as one value; add the closing %2 on line %1</source>
        <translation>das in Zeile %1 geöffnete Anführungszeichen wird in dieser Zeile nicht geschlossen, daher wird alles bis zum nächsten %2 in Zeile %3 als ein Wert gelesen; das schließende %2 in Zeile %1 ergänzen</translation>
    </message>
    <message>
        <source>brackets are nested more than %1 deep here</source>
        <translation>Klammern sind hier mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; opened on line %2 is not closed on that line, so the lines up to line %3 are read as part of it; add the &quot;%4&quot; on line %2</source>
        <translation>das in Zeile %2 geöffnete „%1“ wird in dieser Zeile nicht geschlossen, daher werden die Zeilen bis Zeile %3 als Teil davon gelesen; das „%4“ in Zeile %2 ergänzen</translation>
    </message>
    <message>
        <source>this list item follows &quot;%1&quot; on line %2, which already has a value; a list goes under a key with nothing after its colon, such as &quot;tags:&quot;</source>
        <translation>dieser Listeneintrag folgt auf „%1“ in Zeile %2, das schon einen Wert hat; eine Liste gehört unter einen Schlüssel ohne etwas nach dem Doppelpunkt, etwa „tags:“</translation>
    </message>
    <message>
        <source>this list item is indented by %1, but the item on line %2 by %3; the items of one list must line up</source>
        <translation>dieser Listeneintrag ist um %1 eingerückt, der Eintrag in Zeile %2 aber um %3; die Einträge einer Liste müssen bündig sein</translation>
    </message>
    <message>
        <source>the front matter cannot be read here: %1</source>
        <translation>das Front Matter kann hier nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the front matter that starts here has no closing &quot;---&quot; line</source>
        <translation>dem hier beginnenden Front Matter fehlt die schließende Zeile „---“</translation>
    </message>
    <message>
        <source>the front matter that starts on line %1 has no closing &quot;---&quot; line; the guide&apos;s text seems to start here: put a line &quot;---&quot; above this one</source>
        <translation>dem in Zeile %1 beginnenden Front Matter fehlt die schließende Zeile „---“; der Text des Leitfadens scheint hier zu beginnen: eine Zeile „---“ über dieser einfügen</translation>
    </message>
    <message>
        <source>a quotation mark is never closed, so the value runs to the end of the front matter</source>
        <translation>ein Anführungszeichen wird nie geschlossen, daher reicht der Wert bis zum Ende des Front Matters</translation>
    </message>
    <message>
        <source>this line does not fit the lines above it: check its indentation, and put a value that contains &quot;: &quot;, &quot; #&quot;, brackets or quotation marks in quotation marks</source>
        <translation>diese Zeile passt nicht zu den Zeilen darüber: ihre Einrückung prüfen und einen Wert, der „: “, „ #“, Klammern oder Anführungszeichen enthält, in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>this line does not line up with the list items above it</source>
        <translation>diese Zeile ist nicht bündig mit den Listeneinträgen darüber</translation>
    </message>
    <message>
        <source>a &quot;{&quot; is never closed with &quot;}&quot;</source>
        <translation>eine „{“ wird nie mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>a &quot;[&quot; is never closed with &quot;]&quot;</source>
        <translation>eine „[“ wird nie mit „]“ geschlossen</translation>
    </message>
    <message>
        <source>a colon here starts a key where none can be: put a value that contains &quot;: &quot; in quotation marks, and line keys up with the ones above</source>
        <translation>ein Doppelpunkt beginnt hier einen Schlüssel, wo keiner stehen kann: einen Wert mit „: “ in Anführungszeichen setzen und Schlüssel bündig mit denen darüber ausrichten</translation>
    </message>
    <message>
        <source>a value cannot start with &quot;?&quot;: put it in quotation marks</source>
        <translation>ein Wert kann nicht mit „?“ beginnen: ihn in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>a list item (&quot;- &quot;) cannot stand here: check its indentation, and put the list under a key with nothing after its colon</source>
        <translation>ein Listeneintrag („- “) kann hier nicht stehen: seine Einrückung prüfen und die Liste unter einen Schlüssel ohne etwas nach dem Doppelpunkt setzen</translation>
    </message>
    <message>
        <source>a tab is used for indentation; YAML needs spaces</source>
        <translation>zum Einrücken wird ein Tabulator verwendet; YAML braucht Leerzeichen</translation>
    </message>
    <message>
        <source>a value cannot start with &quot;@&quot;, &quot;`&quot; or &quot;%&quot;: put it in quotation marks</source>
        <translation>ein Wert kann nicht mit „@“, „`“ oder „%“ beginnen: ihn in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>a value that starts with &quot;&amp;&quot; must be put in quotation marks</source>
        <translation>ein Wert, der mit „&amp;“ beginnt, muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>a value that starts with &quot;*&quot; must be put in quotation marks</source>
        <translation>ein Wert, der mit „*“ beginnt, muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>a value that starts with &quot;*&quot; (such as *bold*) must be put in quotation marks</source>
        <translation>ein Wert, der mit „*“ beginnt (etwa *fett*), muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>a value that starts with &quot;|&quot; or &quot;&gt;&quot; must go on below its key; put a one-line value in quotation marks</source>
        <translation>ein Wert, der mit „|“ oder „&gt;“ beginnt, muss unterhalb seines Schlüssels weitergehen; einen einzeiligen Wert in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>inside double quotation marks a backslash starts an escape such as \n; write \\ for a backslash, or use single quotation marks. Unknown escape: \%1</source>
        <translation>in doppelten Anführungszeichen beginnt ein Backslash eine Escape-Sequenz wie \n; für einen Backslash \\ schreiben oder einfache Anführungszeichen verwenden. Unbekannte Escape-Sequenz: \%1</translation>
    </message>
    <message>
        <source>a \x escape inside double quotation marks is not a character code</source>
        <translation>eine Escape-Sequenz \x in doppelten Anführungszeichen ist kein Zeichencode</translation>
    </message>
    <message>
        <source>a \u or \U escape inside double quotation marks is not a character: %1</source>
        <translation>eine Escape-Sequenz \u oder \U in doppelten Anführungszeichen ist kein Zeichen: %1</translation>
    </message>
    <message>
        <source>a line &quot;---&quot; or &quot;...&quot; stands inside a value</source>
        <translation>eine Zeile „---“ oder „...“ steht innerhalb eines Werts</translation>
    </message>
    <message>
        <source>a &quot;]&quot; or &quot;}&quot; closes nothing: put the value in quotation marks</source>
        <translation>eine „]“ oder „}“ schließt nichts: den Wert in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>a value in single quotation marks holds a character that is not allowed</source>
        <translation>ein Wert in einfachen Anführungszeichen enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>a value holds a character that is not allowed here: put it in quotation marks</source>
        <translation>ein Wert enthält ein Zeichen, das hier unzulässig ist: ihn in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>a value starts with &quot;!&quot; twice: put it in quotation marks</source>
        <translation>ein Wert beginnt zweimal mit „!“: ihn in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>a value starts with &quot;&amp;&quot; twice: put it in quotation marks</source>
        <translation>ein Wert beginnt zweimal mit „&amp;“: ihn in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>a value starts with &quot;*&quot; twice: put it in quotation marks</source>
        <translation>ein Wert beginnt zweimal mit „*“: ihn in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>a value that starts with &quot;!&quot; must be put in quotation marks</source>
        <translation>ein Wert, der mit „!“ beginnt, muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>a value that starts with &quot;!&lt;&quot; must be put in quotation marks</source>
        <translation>ein Wert, der mit „!&lt;“ beginnt, muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>a line that starts with &quot;%&quot; is a YAML directive; remove it</source>
        <translation>eine Zeile, die mit „%“ beginnt, ist eine YAML-Direktive; sie entfernen</translation>
    </message>
    <message>
        <source>a line that starts with &quot;%YAML&quot; names a version that is not one: %1</source>
        <translation>eine Zeile, die mit „%YAML“ beginnt, nennt eine ungültige Version: %1</translation>
    </message>
    <message>
        <source>a line that starts with &quot;%YAML&quot; asks for a newer YAML</source>
        <translation>eine Zeile, die mit „%YAML“ beginnt, verlangt ein neueres YAML</translation>
    </message>
    <message>
        <source>a line that starts with &quot;%YAML&quot; is there twice</source>
        <translation>eine Zeile, die mit „%YAML“ beginnt, steht zweimal da</translation>
    </message>
    <message>
        <source>a line that starts with &quot;%TAG&quot; is a YAML directive; remove it</source>
        <translation>eine Zeile, die mit „%TAG“ beginnt, ist eine YAML-Direktive; sie entfernen</translation>
    </message>
    <message>
        <source>a line that starts with &quot;%TAG&quot; is there twice</source>
        <translation>eine Zeile, die mit „%TAG“ beginnt, steht zweimal da</translation>
    </message>
    <message>
        <source>its brackets or lists are nested too deep to read</source>
        <translation>seine Klammern oder Listen sind zu tief verschachtelt, um sie zu lesen</translation>
    </message>
    <message>
        <source>it is not valid YAML (%1)</source>
        <translation>es ist kein gültiges YAML (%1)</translation>
    </message>
</context>
<context>
    <name>ip::CheckListDialog</name>
    <message>
        <source>Filter: type words; Tab to the list, Space checks, Enter is OK</source>
        <translation>Filter: Wörter eingeben; Tab zur Liste, Leertaste hakt ab, Eingabe bestätigt</translation>
    </message>
    <message>
        <source>%1 checked · %2 shown</source>
        <translation>%1 abgehakt · %2 angezeigt</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>ip::DraftKeeper</name>
    <message numerus="yes">
        <source>%n changes not saved</source>
        <translation>
            <numerusform>%n Änderung nicht gespeichert</numerusform>
            <numerusform>%n Änderungen nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — waiting for another program that is using the database</source>
        <translation>%1 – Warten auf ein anderes Programm, das die Datenbank verwendet</translation>
    </message>
    <message>
        <source>%1 — retrying</source>
        <translation>%1 – neuer Versuch</translation>
    </message>
    <message>
        <source> (no recovery copy could be written: use Save a Copy As… when quitting)</source>
        <translation> (keine Wiederherstellungskopie möglich: beim Beenden „Kopie speichern unter …“ verwenden)</translation>
    </message>
    <message>
        <source># Unsaved work from Interview Prep

</source>
        <translation># Nicht gespeicherte Arbeit aus Interview Prep

</translation>
    </message>
    <message>
        <source>_Typed %1 (UTC)_

</source>
        <translation>_Eingegeben %1 (UTC)_

</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ip::DueForecastChart</name>
    <message>
        <source>Today, %1: 1 review due, overdue ones included</source>
        <translation>Heute, %1: 1 Wiederholung fällig, überfällige eingeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n reviews due, overdue ones included</source>
        <translation>
            <numerusform>Heute, %1: %n Wiederholung fällig, überfällige eingeschlossen</numerusform>
            <numerusform>Heute, %1: %n Wiederholungen fällig, überfällige eingeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 review due</source>
        <translation>%1: 1 Wiederholung fällig</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reviews due</source>
        <translation>
            <numerusform>%1: %n Wiederholung fällig</numerusform>
            <numerusform>%1: %n Wiederholungen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>ip::EditCommands</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>ip::FormatActions</name>
    <message>
        <source>Study Sheet (&amp;Markdown)…</source>
        <translation>Lernblatt (&amp;Markdown) …</translation>
    </message>
    <message>
        <source>Study Sheet (PD&amp;F)…</source>
        <translation>Lernblatt (PD&amp;F) …</translation>
    </message>
    <message>
        <source>&amp;Anki Deck (TSV)…</source>
        <translation>&amp;Anki-Stapel (TSV) …</translation>
    </message>
    <message>
        <source>&amp;Print Study Sheet…</source>
        <translation>Lernblatt d&amp;rucken …</translation>
    </message>
    <message>
        <source>&amp;Flashcards (TSV/CSV)…</source>
        <translation>&amp;Karteikarten (TSV/CSV) …</translation>
    </message>
    <message>
        <source>Your notes and progress cannot be read in this session, so there is nothing to export with the guide.</source>
        <translation>Notizen und Fortschritt können in dieser Sitzung nicht gelesen werden, daher gibt es mit dem Leitfaden nichts zu exportieren.</translation>
    </message>
    <message>
        <source>No Questions to Export</source>
        <translation>Keine Fragen zum Exportieren</translation>
    </message>
    <message>
        <source>“%1” has no questions to put in a deck.</source>
        <translation>„%1“ enthält keine Fragen für einen Stapel.</translation>
    </message>
    <message>
        <source>Export Anki Deck</source>
        <translation>Anki-Stapel exportieren</translation>
    </message>
    <message>
        <source>Anki text decks (*.txt *.tsv);;All files (*)</source>
        <translation>Anki-Textstapel (*.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported 1 question of “%1” to %2 as an Anki deck.</source>
        <translation>1 Frage aus „%1“ als Anki-Stapel nach %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n questions of “%1” to %2 as an Anki deck.</source>
        <translation>
            <numerusform>%n Frage aus „%1“ als Anki-Stapel nach %2 exportiert.</numerusform>
            <numerusform>%n Fragen aus „%1“ als Anki-Stapel nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Study Sheet as PDF</source>
        <translation>Lernblatt als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export Study Sheet as Markdown</source>
        <translation>Lernblatt als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Wrote the study sheet of “%1” to %2.</source>
        <translation>Lernblatt zu „%1“ nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote the study sheet of “%1” to %2 (1 page).</source>
        <translation>Lernblatt zu „%1“ nach %2 geschrieben (1 Seite).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the study sheet of “%1” to %2 (%n pages).</source>
        <translation>
            <numerusform>Lernblatt zu „%1“ nach %2 geschrieben (%n Seite).</numerusform>
            <numerusform>Lernblatt zu „%1“ nach %2 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Study Sheet</source>
        <translation>Lernblatt drucken</translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Printed the study sheet of “%1” (1 page).</source>
        <translation>Lernblatt zu „%1“ gedruckt (1 Seite).</translation>
    </message>
    <message numerus="yes">
        <source>Printed the study sheet of “%1” (%n pages).</source>
        <translation>
            <numerusform>Lernblatt zu „%1“ gedruckt (%n Seite).</numerusform>
            <numerusform>Lernblatt zu „%1“ gedruckt (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Flashcards</source>
        <translation>Karteikarten importieren</translation>
    </message>
    <message>
        <source>Flashcards (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Karteikarten (*.txt *.tsv *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the New Guide</source>
        <translation>Neuen Leitfaden speichern</translation>
    </message>
    <message>
        <source>Interview guides (*.md *.markdown)</source>
        <translation>Interview-Leitfäden (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is the flashcard file itself; save the guide under another name.</source>
        <translation>%1 ist die Karteikartendatei selbst; den Leitfaden unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <source>Imported 1 flashcard as a question into %1.</source>
        <translation>1 Karteikarte als Frage in %1 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n flashcards as questions into %1.</source>
        <translation>
            <numerusform>%n Karteikarte als Frage in %1 importiert.</numerusform>
            <numerusform>%n Karteikarten als Fragen in %1 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::GuideSwitcher</name>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>The guide the screens show. Ctrl+O lists the whole library.</source>
        <translation>Der Leitfaden, den die Ansichten zeigen. Ctrl+O listet die ganze Bibliothek auf.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Manage Library…</source>
        <translation>Bibliothek verwalten …</translation>
    </message>
    <message>
        <source>Add, open and remove guides (Ctrl+O)</source>
        <translation>Leitfäden hinzufügen, öffnen und entfernen (Ctrl+O)</translation>
    </message>
    <message>
        <source>Every guide in the library together</source>
        <translation>Alle Leitfäden der Bibliothek zusammen</translation>
    </message>
</context>
<context>
    <name>ip::InterviewDateDialog</name>
    <message>
        <source>Interview Date</source>
        <translation>Interviewtermin</translation>
    </message>
    <message>
        <source>When is your interview for “%1”? Reviews are then planned so that none falls after it, and Practice shows how much you would recall on the day.</source>
        <translation>Wann ist das Interview für „%1“? Die Wiederholungen werden dann so geplant, dass keine danach liegt, und das Training zeigt, wie viel am Tag noch in Erinnerung wäre.</translation>
    </message>
    <message>
        <source>&amp;Interview on:</source>
        <translation>&amp;Interview am:</translation>
    </message>
    <message>
        <source>&amp;Remove Date</source>
        <translation>Termin &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>ip::LibraryActions</name>
    <message>
        <source>Open from &amp;Library…</source>
        <translation>Aus der Bib&amp;liothek öffnen …</translation>
    </message>
    <message>
        <source>&amp;Guides…</source>
        <translation>&amp;Leitfäden …</translation>
    </message>
    <message>
        <source>Choose a guide from the library, or add guides to it</source>
        <translation>Einen Leitfaden aus der Bibliothek wählen oder Leitfäden hinzufügen</translation>
    </message>
    <message>
        <source>Add guide files, or a folder of them, to the library</source>
        <translation>Leitfadendateien oder einen Ordner davon zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>The included guides could not be added to the library: %1</source>
        <translation>Die mitgelieferten Leitfäden konnten nicht zur Bibliothek hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Import Guides</source>
        <translation>Leitfäden importieren</translation>
    </message>
    <message>
        <source>Interview guides (*.md *.markdown);;All files (*)</source>
        <translation>Interview-Leitfäden (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A guide is being read; import or drop the files again once it is open.</source>
        <translation>Ein Leitfaden wird gerade gelesen; die Dateien erneut importieren oder ablegen, sobald er geöffnet ist.</translation>
    </message>
    <message>
        <source>Guides Not Imported</source>
        <translation>Leitfäden nicht importiert</translation>
    </message>
    <message>
        <source>Guides go into the library with your data, which cannot be changed now: %1</source>
        <translation>Leitfäden kommen mit den eigenen Daten in die Bibliothek, die sich gerade nicht ändern lassen: %1</translation>
    </message>
    <message>
        <source>No guide files (*.md) there to import.</source>
        <translation>Dort gibt es keine Leitfadendateien (*.md) zum Importieren.</translation>
    </message>
    <message>
        <source>Some Guides Were Not Imported</source>
        <translation>Einige Leitfäden wurden nicht importiert</translation>
    </message>
</context>
<context>
    <name>ip::LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Filter guides by title or key</source>
        <translation>Leitfäden nach Titel oder Schlüssel filtern</translation>
    </message>
    <message>
        <source>Filter guides</source>
        <translation>Leitfäden filtern</translation>
    </message>
    <message>
        <source>Guides in the library</source>
        <translation>Leitfäden in der Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Add Guides…</source>
        <translation>Leitfäden &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>The library needs your data, which is not available: %1</source>
        <translation>Die Bibliothek braucht die eigenen Daten, die nicht verfügbar sind: %1</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The library holds no guides yet: add guide files with Add Guides…, or drop them on the window.</source>
        <translation>Die Bibliothek enthält noch keine Leitfäden: Leitfadendateien mit „Leitfäden hinzufügen …“ hinzufügen oder auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>1 guide in the library.</source>
        <translation>1 Leitfaden in der Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>%n guides in the library.</source>
        <translation>
            <numerusform>%n Leitfaden in der Bibliothek.</numerusform>
            <numerusform>%n Leitfäden in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file could not be read; open it to see what could.</source>
        <translation>1 Datei konnte nicht gelesen werden; öffnen, um zu sehen, was lesbar war.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read; open one to see what could.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden; öffnen, um zu sehen, was lesbar war.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden; eine öffnen, um zu sehen, was lesbar war.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files that could not be read cannot be listed: %1</source>
        <translation>Die nicht lesbaren Dateien können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Your data can only be read now: %1</source>
        <translation>Die Daten können gerade nur gelesen werden: %1</translation>
    </message>
    <message>
        <source>Add Guides to the Library</source>
        <translation>Leitfäden zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Interview guides (*.md *.markdown);;All files (*)</source>
        <translation>Interview-Leitfäden (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Some Guides Were Not Added</source>
        <translation>Einige Leitfäden wurden nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Remove Guide</source>
        <translation>Leitfaden entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?</source>
        <translation>„%1“ aus der Bibliothek entfernen?</translation>
    </message>
    <message>
        <source>Your notes, requirement progress, story links and practice history for it are kept, and come back when you add the guide again. The file itself is not touched.</source>
        <translation>Notizen, Fortschritt bei den Anforderungen, Verknüpfungen der Geschichten und Trainingsverlauf dazu bleiben erhalten und kehren zurück, wenn der Leitfaden erneut hinzugefügt wird. Die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The guide could not be removed: %1</source>
        <translation>Der Leitfaden konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed “%1”; your work on it is kept.</source>
        <translation>„%1“ entfernt; die Arbeit daran bleibt erhalten.</translation>
    </message>
    <message>
        <source>Remove from the List</source>
        <translation>Aus der Liste nehmen</translation>
    </message>
    <message>
        <source>Take “%1” off the library&apos;s list?</source>
        <translation>„%1“ aus der Liste der Bibliothek nehmen?</translation>
    </message>
    <message>
        <source>It could not be read, so the library holds none of it. The file itself is not touched; add it again once it is fixed.</source>
        <translation>Die Datei konnte nicht gelesen werden, daher enthält die Bibliothek nichts davon. Die Datei selbst bleibt unverändert; nach der Korrektur erneut hinzufügen.</translation>
    </message>
    <message>
        <source>“%1” could not be taken off the list: %2</source>
        <translation>„%1“ konnte nicht aus der Liste genommen werden: %2</translation>
    </message>
    <message>
        <source>Took “%1” off the list.</source>
        <translation>„%1“ aus der Liste genommen.</translation>
    </message>
</context>
<context>
    <name>ip::LibraryListModel</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Could not be read: %1 (and 1 more problem)</source>
        <translation>Nicht lesbar: %1 (und 1 weiteres Problem)</translation>
    </message>
    <message numerus="yes">
        <source>Could not be read: %1 (and %n more problems)</source>
        <translation>
            <numerusform>Nicht lesbar: %1 (und %n weiteres Problem)</numerusform>
            <numerusform>Nicht lesbar: %1 (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · included with Interview Prep</source>
        <translation>%1 · %2 · mit Interview Prep mitgeliefert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · the file changed since it was added</source>
        <translation>%1 · die Datei hat sich seit dem Hinzufügen geändert</translation>
    </message>
    <message>
        <source>%1 · the file is gone; add it again to open the guide</source>
        <translation>%1 · die Datei fehlt; zum Öffnen des Leitfadens erneut hinzufügen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Included with Interview Prep; it stays in the library.</source>
        <translation>Mit Interview Prep mitgeliefert; bleibt in der Bibliothek.</translation>
    </message>
    <message>
        <source>%1, open now, %2</source>
        <translation>%1, gerade geöffnet, %2</translation>
    </message>
</context>
<context>
    <name>ip::LinkedStoriesList</name>
    <message>
        <source>Your stories for it</source>
        <translation>Geschichten dazu</translation>
    </message>
    <message>
        <source>Stories that answer this question</source>
        <translation>Geschichten, die diese Frage beantworten</translation>
    </message>
    <message>
        <source>Enter opens the story</source>
        <translation>Eingabe öffnet die Geschichte</translation>
    </message>
    <message>
        <source>No story answers this question yet (Ctrl+Shift+S).</source>
        <translation>Noch keine Geschichte beantwortet diese Frage (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>No story answers this question.</source>
        <translation>Keine Geschichte beantwortet diese Frage.</translation>
    </message>
</context>
<context>
    <name>ip::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Guide File…</source>
        <translation>Leitfaden-&amp;Datei öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Included Guide</source>
        <translation>&amp;Mitgelieferten Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Impor&amp;t</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Data (JSON)…</source>
        <translation>&amp;Daten (JSON) …</translation>
    </message>
    <message>
        <source>&amp;Stories (Markdown)…</source>
        <translation>&amp;Geschichten (Markdown) …</translation>
    </message>
    <message>
        <source>Stories (&amp;PDF)…</source>
        <translation>Geschichten (&amp;PDF) …</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Re&amp;store from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>&amp;Requirements</source>
        <translation>&amp;Anforderungen</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Geschichten</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Fo&amp;rtschritt</translation>
    </message>
    <message>
        <source>&amp;Mock Interviews</source>
        <translation>&amp;Probeinterviews</translation>
    </message>
    <message>
        <source>&amp;Find in Current Screen</source>
        <translation>&amp;In dieser Ansicht suchen</translation>
    </message>
    <message>
        <source>Search &amp;Everything…</source>
        <translation>Alles d&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Vergrößer&amp;n</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>St&amp;ory</source>
        <translation>&amp;Geschichte</translation>
    </message>
    <message>
        <source>&amp;Mock Interview…</source>
        <translation>&amp;Probeinterview …</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Interview Prep</source>
        <translation>Ü&amp;ber Interview Prep</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Some of your data could not be read, so what is shown may be incomplete: %1</source>
        <translation>Einige Daten konnten nicht gelesen werden, daher ist die Anzeige womöglich unvollständig: %1</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the database is damaged: %1 What you typed is kept.</source>
        <translation>Die letzte Änderung konnte nicht gespeichert werden, weil die Datenbank beschädigt ist: %1 Die Eingabe bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Another program is using the database, so your last change is waiting. It is kept and saved as soon as the database is free.</source>
        <translation>Ein anderes Programm verwendet die Datenbank, daher wartet die letzte Änderung. Sie bleibt erhalten und wird gespeichert, sobald die Datenbank frei ist.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 What you typed is kept and saving is retried every few seconds.</source>
        <translation>Die letzte Änderung konnte nicht gespeichert werden: %1 Die Eingabe bleibt erhalten, und das Speichern wird alle paar Sekunden erneut versucht.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1</source>
        <translation>Die letzte Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Alles ist gespeichert.</translation>
    </message>
    <message>
        <source>Your notes, stories and progress are still held by the app; nothing you type is lost while it waits.</source>
        <translation>Notizen, Geschichten und Fortschritt werden von der Anwendung festgehalten; während sie wartet, geht keine Eingabe verloren.</translation>
    </message>
    <message>
        <source>&amp;Save Everything to a New Database</source>
        <translation>Alles in einer neuen Datenbank &amp;speichern</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Das Öffnen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your database could not be checked for damage: %1</source>
        <translation>Die Datenbank konnte nicht auf Schäden geprüft werden: %1</translation>
    </message>
    <message>
        <source>The new database could not be written: %1</source>
        <translation>Die neue Datenbank konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The file that had taken its place was kept as %1.</source>
        <translation>Die Datei, die ihren Platz eingenommen hatte, wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Everything was written to a new database at %1; saving goes on there.</source>
        <translation>Alles wurde in eine neue Datenbank unter %1 geschrieben; dort wird weiter gespeichert.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &amp;Without Saving</source>
        <translation>&amp;Ohne Speichern wiederherstellen</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The database you had before was kept as %1.</source>
        <translation>Die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored the backup made %1: %2.</source>
        <translation>Sicherung vom %1 wiederhergestellt: %2.</translation>
    </message>
    <message>
        <source>Save a Copy of Your Unsaved Work</source>
        <translation>Kopie der nicht gespeicherten Arbeit speichern</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <source>“%1” changed on disk and was read again.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert und neu gelesen.</translation>
    </message>
    <message>
        <source>Reload &amp;Without Saving</source>
        <translation>&amp;Ohne Speichern neu laden</translation>
    </message>
    <message>
        <source>Open &amp;Without Saving</source>
        <translation>&amp;Ohne Speichern öffnen</translation>
    </message>
    <message>
        <source>“%1” changed on disk but cannot be read completely. Fix the problems below in the file; the guide as it was before stays shown until then.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert, kann aber nicht vollständig gelesen werden. Die unten genannten Probleme in der Datei beheben; bis dahin bleibt der Leitfaden wie zuvor angezeigt.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: nothing in it can be studied. The guide you had open stays open.</source>
        <translation>„%1“ konnte nicht geöffnet werden: nichts darin lässt sich lernen. Der geöffnete Leitfaden bleibt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is no longer there; it was taken off the recent guides. The guide you had open stays open.</source>
        <translation>„%1“ ist nicht mehr vorhanden und wurde aus den zuletzt geöffneten Leitfäden entfernt. Der geöffnete Leitfaden bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read completely: what could be read is shown, read-only. Fix the problems below in the file and open it again to take notes and practise.</source>
        <translation>„%1“ konnte nicht vollständig gelesen werden: Das Lesbare wird schreibgeschützt angezeigt. Die unten genannten Probleme in der Datei beheben und sie erneut öffnen, um Notizen zu schreiben und zu üben.</translation>
    </message>
    <message>
        <source>“%1” opened with 1 warning; everything else is shown.</source>
        <translation>„%1“ mit 1 Warnung geöffnet; alles andere wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” opened with %n warnings; everything else is shown.</source>
        <translation>
            <numerusform>„%1“ mit %n Warnung geöffnet; alles andere wird angezeigt.</numerusform>
            <numerusform>„%1“ mit %n Warnungen geöffnet; alles andere wird angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your progress and notes cannot be saved in this session. %1</source>
        <translation>Fortschritt und Notizen können in dieser Sitzung nicht gespeichert werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Interview guides (*.md *.markdown);;All files (*)</source>
        <translation>Interview-Leitfäden (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported your data to %1</source>
        <translation>Die Daten wurden nach %1 exportiert</translation>
    </message>
    <message>
        <source>No Stories to Export</source>
        <translation>Keine Geschichten zum Exportieren</translation>
    </message>
    <message>
        <source>Write a story on the Stories screen (Ctrl+3) first.</source>
        <translation>Zuerst in der Geschichten-Ansicht (Ctrl+3) eine Geschichte schreiben.</translation>
    </message>
    <message>
        <source>Export Stories as PDF</source>
        <translation>Geschichten als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export Stories as Markdown</source>
        <translation>Geschichten als Markdown exportieren</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>%1 nach %2 exportiert (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>About Interview Prep</source>
        <translation>Über Interview Prep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Interview Prep %1&lt;/h3&gt;&lt;p&gt;Study for a job interview from a guide: track the requirements, practise the questions, keep your notes.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Interview Prep %1&lt;/h3&gt;&lt;p&gt;Mit einem Leitfaden für ein Vorstellungsgespräch lernen: Anforderungen verfolgen, Fragen üben, Notizen festhalten.&lt;/p&gt;&lt;p&gt;Die Daten bleiben auf diesem Computer, in %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database Deleted</source>
        <translation>Datenbank gelöscht</translation>
    </message>
    <message>
        <source>&amp;Quit Without Saving</source>
        <translation>Ohne Speichern &amp;beenden</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>ip::MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>Meldung &amp;kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ip::MockHistoryView</name>
    <message>
        <source>No mock interviews yet. Practice › Mock Interview… runs one.</source>
        <translation>Noch keine Probeinterviews. Training › Probeinterview … startet eines.</translation>
    </message>
    <message>
        <source>Mock interviews</source>
        <translation>Probeinterviews</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Time per question</source>
        <translation>Zeit pro Frage</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Überzogen</translation>
    </message>
    <message>
        <source>Mean grade</source>
        <translation>Mittlere Bewertung</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ip::MockInterviewReviewPage</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>%1 of %2, over time by %3</source>
        <translation>%1 von %2, um %3 überzogen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Back to the list of your mock interviews (Escape)</source>
        <translation>Zurück zur Liste der Probeinterviews (Esc)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>E&amp;xport as Markdown…</source>
        <translation>Als Markdown e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save this mock interview with your outlines, times, grades and the model answers as a Markdown file</source>
        <translation>Dieses Probeinterview mit Stichpunkten, Zeiten, Bewertungen und den Musterantworten als Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Mock interview questions</source>
        <translation>Fragen des Probeinterviews</translation>
    </message>
    <message>
        <source>Up and Down choose a question; 1 to 4 grade it</source>
        <translation>Nach oben und Nach unten wählen eine Frage; 1 bis 4 bewerten sie</translation>
    </message>
    <message>
        <source>Question, your outline and the model answer</source>
        <translation>Frage, eigene Stichpunkte und die Musterantwort</translation>
    </message>
    <message>
        <source>How well did you answer?</source>
        <translation>Wie gut war die Antwort?</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Grade this answer %1 (key %2); it goes into your practice schedule</source>
        <translation>Diese Antwort mit %1 bewerten (Taste %2); das fließt in den Trainingsplan ein</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1. %2
%3 · %4</source>
        <translation>%1. %2
%3 · %4</translation>
    </message>
    <message>
        <source>Mock interview of %1, %2</source>
        <translation>Probeinterview zu %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 taken of %3 in time boxes</source>
        <translation>%1 · %2 von %3 in Zeitfenstern gebraucht</translation>
    </message>
    <message>
        <source>mean grade %1</source>
        <translation>mittlere Bewertung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n questions to grade</source>
        <translation>
            <numerusform>%n Frage zu bewerten</numerusform>
            <numerusform>%n Fragen zu bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 · %2 · %3</source>
        <translation>Frage %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Your outline</source>
        <translation>Eigene Stichpunkte</translation>
    </message>
    <message>
        <source>No outline written.</source>
        <translation>Keine Stichpunkte geschrieben.</translation>
    </message>
    <message>
        <source>Your stories for it</source>
        <translation>Geschichten dazu</translation>
    </message>
    <message>
        <source>No story is linked to this question.</source>
        <translation>Mit dieser Frage ist keine Geschichte verknüpft.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <source>This question is no longer in the guide.</source>
        <translation>Diese Frage ist nicht mehr im Leitfaden.</translation>
    </message>
    <message>
        <source>This guide gives no answer here.</source>
        <translation>Dieser Leitfaden gibt hier keine Antwort.</translation>
    </message>
</context>
<context>
    <name>ip::MockInterviewRunPage</name>
    <message>
        <source>Time left for this question; it goes on past zero and never stops you</source>
        <translation>Verbleibende Zeit für diese Frage; sie läuft über null hinaus weiter und hält nie auf</translation>
    </message>
    <message>
        <source>Time left for this question</source>
        <translation>Verbleibende Zeit für diese Frage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Your out&amp;line (saved as you type):</source>
        <translation>&amp;Stichpunkte (werden beim Tippen gespeichert):</translation>
    </message>
    <message>
        <source>The points you speak from: a few words each. The model answer is shown when the interview is over.</source>
        <translation>Die Punkte, von denen aus gesprochen wird: jeweils wenige Wörter. Die Musterantwort erscheint, wenn das Interview vorbei ist.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Stichpunkte</translation>
    </message>
    <message>
        <source>Notes for your answer; saved within a second as you type</source>
        <translation>Notizen für die Antwort; werden beim Tippen binnen einer Sekunde gespeichert</translation>
    </message>
    <message>
        <source>En&amp;d Interview</source>
        <translation>Interview &amp;beenden</translation>
    </message>
    <message>
        <source>Finish now and go to the review; questions not reached are left out of it</source>
        <translation>Jetzt beenden und zur Auswertung gehen; nicht erreichte Fragen fehlen darin</translation>
    </message>
    <message>
        <source>End interview</source>
        <translation>Interview beenden</translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3</source>
        <translation>Frage %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Fi&amp;nish  (Ctrl+Enter)</source>
        <translation>&amp;Abschließen  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Next Question  (Ctrl+Enter)</source>
        <translation>&amp;Nächste Frage  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Finish the interview and review your answers (Ctrl+Enter)</source>
        <translation>Interview abschließen und die Antworten auswerten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Go on to the next question (Ctrl+Enter)</source>
        <translation>Weiter zur nächsten Frage (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>+%1 over time</source>
        <translation>+%1 überzogen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minutes in all</source>
        <translation>
            <numerusform>%1 von %n Minute insgesamt</numerusform>
            <numerusform>%1 von %n Minuten insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>ip::MockInterviewScreen</name>
    <message>
        <source>Mock interviews</source>
        <translation>Probeinterviews</translation>
    </message>
    <message>
        <source>A timed run of the guide&apos;s questions, one at a time, like the real interview; then you compare with the model answers and grade yourself.</source>
        <translation>Ein zeitgesteuerter Durchlauf durch die Fragen des Leitfadens, eine nach der anderen, wie im echten Interview; danach mit den Musterantworten vergleichen und selbst bewerten.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Mean grade</source>
        <translation>Mittlere Bewertung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Past mock interviews</source>
        <translation>Bisherige Probeinterviews</translation>
    </message>
    <message>
        <source>Enter opens the review (or resumes an unfinished interview)</source>
        <translation>Eingabe öffnet die Auswertung (oder setzt ein unvollendetes Interview fort)</translation>
    </message>
    <message>
        <source>No mock interviews yet. Start one with New Mock Interview (Ctrl+Shift+M).</source>
        <translation>Noch keine Probeinterviews. Mit „Neues Probeinterview“ (Ctrl+Shift+M) eines starten.</translation>
    </message>
    <message>
        <source>&amp;New Mock Interview…</source>
        <translation>&amp;Neues Probeinterview …</translation>
    </message>
    <message>
        <source>Choose a length and a mix of questions, and start (Ctrl+Shift+M)</source>
        <translation>Dauer und Fragenmischung wählen und starten (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Review the interview chosen, or resume it if unfinished (Enter)</source>
        <translation>Gewähltes Interview auswerten oder, falls unvollendet, fortsetzen (Eingabe)</translation>
    </message>
    <message>
        <source>E&amp;xport as Markdown…</source>
        <translation>Als Markdown e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the interview chosen as a Markdown file</source>
        <translation>Gewähltes Interview als Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Mock interviews cannot be saved in this session. %1</source>
        <translation>Probeinterviews können in dieser Sitzung nicht gespeichert werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unfinished: Enter resumes it</source>
        <translation>Unvollendet: Eingabe setzt es fort</translation>
    </message>
    <message>
        <source>%1 of %2 graded</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>There is no database to export from.</source>
        <translation>Es gibt keine Datenbank, aus der exportiert werden kann.</translation>
    </message>
    <message>
        <source>Exported the mock interview to %1</source>
        <translation>Probeinterview nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Mock Interview as Markdown</source>
        <translation>Probeinterview als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
</context>
<context>
    <name>ip::MockInterviewSetupDialog</name>
    <message>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>One question at a time, each with its own time box, as in the real interview. The answers are shown at the end.</source>
        <translation>Eine Frage nach der anderen, jede mit eigenem Zeitfenster, wie im echten Interview. Die Antworten erscheinen am Ende.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the mock interview lasts; the questions below are filled in for it</source>
        <translation>Wie lange das Probeinterview dauert; die Fragen unten werden danach bemessen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min each):</source>
        <translation>
            <numerusform>%1 (je %n min):</numerusform>
            <numerusform>%1 (je %n min):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <source>The guide has 1 %1 question</source>
        <translation>Der Leitfaden hat 1 Frage der Kategorie %1</translation>
    </message>
    <message numerus="yes">
        <source>The guide has %n %1 questions</source>
        <translation>
            <numerusform>Der Leitfaden hat %n Frage der Kategorie %1</numerusform>
            <numerusform>Der Leitfaden hat %n Fragen der Kategorie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3 minutes in time boxes.</source>
        <translation>%1, %2 von %3 Minuten in Zeitfenstern.</translation>
    </message>
    <message>
        <source>That is longer than the interview; the clock never stops you, but the real one might.</source>
        <translation>Das ist länger als das Interview; die Uhr hält nie auf, das echte Interview vielleicht schon.</translation>
    </message>
</context>
<context>
    <name>ip::NotesEditor</name>
    <message>
        <source>Your notes</source>
        <translation>Eigene Notizen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show the notes rendered (Ctrl+Shift+P)</source>
        <translation>Notizen gerendert anzeigen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Notes cannot be saved right now: %1</source>
        <translation>Notizen können gerade nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Your own answer, keywords to remember, links…

Markdown works here. Everything is saved as you type.</source>
        <translation>Eigene Antwort, Stichwörter zum Merken, Links …

Markdown funktioniert hier. Alles wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>The Questions screen was closed before the note was saved.</source>
        <translation>Die Fragen-Ansicht wurde geschlossen, bevor die Notiz gespeichert war.</translation>
    </message>
    <message>
        <source>No notes for this question.</source>
        <translation>Keine Notizen zu dieser Frage.</translation>
    </message>
    <message>
        <source>No notes yet. Press Ctrl+E to write some.</source>
        <translation>Noch keine Notizen. Ctrl+E drücken, um welche zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes, rendered</source>
        <translation>Eigene Notizen, formatiert</translation>
    </message>
</context>
<context>
    <name>ip::OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Press Delete to clear the date.</source>
        <translation>Entf drücken, um das Datum zu löschen.</translation>
    </message>
</context>
<context>
    <name>ip::OrphanedNoteItemDelegate</name>
    <message>
        <source>Question no longer in this guide  ·  %1</source>
        <translation>Frage nicht mehr in diesem Leitfaden  ·  %1</translation>
    </message>
</context>
<context>
    <name>ip::OrphanedNoteListModel</name>
    <message>
        <source>Your note on a question no longer in this guide (key %1)</source>
        <translation>Notiz zu einer Frage, die nicht mehr in diesem Leitfaden ist (Schlüssel %1)</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>Leere Notiz</translation>
    </message>
    <message>
        <source>note on a question no longer in this guide, key %1</source>
        <translation>Notiz zu einer Frage, die nicht mehr in diesem Leitfaden steht, Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>ip::OrphanedNoteView</name>
    <message>
        <source>Orphaned note</source>
        <translation>Verwaiste Notiz</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>Notiz &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete this note for good (Delete in the list)</source>
        <translation>Diese Notiz endgültig löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>This question is no longer in %1. Your note is kept and shows with the question again if it comes back to the guide.</source>
        <translation>Diese Frage ist nicht mehr in %1. Die Notiz bleibt erhalten und erscheint wieder bei der Frage, falls diese in den Leitfaden zurückkehrt.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Question key: %1</source>
        <translation>Fragenschlüssel: %1</translation>
    </message>
    <message>
        <source>Question key: %1
Last changed: %2</source>
        <translation>Fragenschlüssel: %1
Zuletzt geändert: %2</translation>
    </message>
</context>
<context>
    <name>ip::PracticeNotesPane</name>
    <message>
        <source>Your notes and stories for this question</source>
        <translation>Notizen und Geschichten zu dieser Frage</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Eigene Notizen</translation>
    </message>
    <message>
        <source>Your story</source>
        <translation>Eigene Geschichte</translation>
    </message>
    <message numerus="yes">
        <source>Your stories (%n)</source>
        <translation>
            <numerusform>Eigene Geschichten (%n)</numerusform>
            <numerusform>Eigene Geschichten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handlung:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
</context>
<context>
    <name>ip::PracticeScreen</name>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Nochmal</translation>
    </message>
    <message>
        <source>&amp;Hard</source>
        <translation>&amp;Schwer</translation>
    </message>
    <message>
        <source>&amp;Good</source>
        <translation>&amp;Gut</translation>
    </message>
    <message>
        <source>&amp;Easy</source>
        <translation>&amp;Einfach</translation>
    </message>
    <message>
        <source>Time on this question</source>
        <translation>Zeit für diese Frage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Grades cannot be saved in this session. %1</source>
        <translation>Bewertungen können in dieser Sitzung nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Category to practise</source>
        <translation>Zu übende Kategorie</translation>
    </message>
    <message>
        <source>Practise one category, or all (Ctrl+F)</source>
        <translation>Eine Kategorie üben oder alle (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>&amp;Show Answer</source>
        <translation>Antwort &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Undo Grade</source>
        <translation>Bewertung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Set &amp;Interview Date…</source>
        <translation>&amp;Interviewtermin festlegen …</translation>
    </message>
    <message numerus="yes">
        <source>Final week: weakest first · %n to go</source>
        <translation>
            <numerusform>Letzte Woche: schwächste zuerst · noch %n</numerusform>
            <numerusform>Letzte Woche: schwächste zuerst · noch %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n fällig</numerusform>
            <numerusform>%n fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>In the last week before the interview, every question comes up, the lowest predicted recall on the day first, whatever its due day.</source>
        <translation>In der letzten Woche vor dem Interview kommt jede Frage dran, die mit der geringsten erwarteten Erinnerung am Tag zuerst, unabhängig vom Fälligkeitstag.</translation>
    </message>
    <message>
        <source>Interview today: %1 % ready.</source>
        <translation>Interview heute: %1 % bereit.</translation>
    </message>
    <message>
        <source>Interview tomorrow: %1 % ready.</source>
        <translation>Interview morgen: %1 % bereit.</translation>
    </message>
    <message numerus="yes">
        <source>Interview in %n days: %1 % ready.</source>
        <translation>
            <numerusform>Interview in %n Tag: %1 % bereit.</numerusform>
            <numerusform>Interview in %n Tagen: %1 % bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review 1 question by then to reach %1 %.</source>
        <translation>Bis dahin 1 Frage wiederholen, um %1 % zu erreichen.</translation>
    </message>
    <message numerus="yes">
        <source>Review %n questions by then to reach %1 %.</source>
        <translation>
            <numerusform>Bis dahin %n Frage wiederholen, um %1 % zu erreichen.</numerusform>
            <numerusform>Bis dahin %n Fragen wiederholen, um %1 % zu erreichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One review of every question would lift it to %1 %; keep practising daily.</source>
        <translation>Eine Wiederholung jeder Frage würde den Wert auf %1 % heben; weiter täglich üben.</translation>
    </message>
    <message>
        <source>%1 · %2  (%3)</source>
        <translation>%1 · %2  (%3)</translation>
    </message>
    <message>
        <source>Grade taken back.</source>
        <translation>Bewertung zurückgenommen.</translation>
    </message>
    <message>
        <source>Your practice history could not be read, so there is nothing to practise now. %1</source>
        <translation>Der Trainingsverlauf konnte nicht gelesen werden, daher gibt es jetzt nichts zu üben. %1</translation>
    </message>
    <message>
        <source>This guide has no questions to practise.</source>
        <translation>Dieser Leitfaden enthält keine Fragen zum Üben.</translation>
    </message>
    <message>
        <source>Every question has been practised today.</source>
        <translation>Jede Frage wurde heute schon geübt.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>Nothing due today in %1.</source>
        <translation>Heute ist in %1 nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <source>Due tomorrow: %n questions.</source>
        <translation>
            <numerusform>Morgen fällig: %n Frage.</numerusform>
            <numerusform>Morgen fällig: %n Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review: %1.</source>
        <translation>Nächste Wiederholung: %1.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>ip::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>Also Ctrl++ and Ctrl+- in the window; Ctrl+0 for 100 %.</source>
        <translation>Auch Ctrl++ und Ctrl+- im Fenster; Ctrl+0 für 100 %.</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>&amp;Speaking rate:</source>
        <translation>S&amp;prechtempo:</translation>
    </message>
    <message>
        <source>How long a story takes to tell is worked out from it. Most people speak 120–160 words a minute in an interview.</source>
        <translation>Daraus wird berechnet, wie lange das Erzählen einer Geschichte dauert. Die meisten Menschen sprechen im Interview 120–160 Wörter pro Minute.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Recall to aim for:</source>
        <translation>&amp;Angestrebte Erinnerung:</translation>
    </message>
    <message>
        <source>&amp;New questions a day:</source>
        <translation>&amp;Neue Fragen pro Tag:</translation>
    </message>
    <message>
        <source>A question comes back when your chance of recalling its answer falls to the recall aimed for. Higher: more reviews.</source>
        <translation>Eine Frage kommt wieder, wenn die Wahrscheinlichkeit, sich an ihre Antwort zu erinnern, auf den angestrebten Wert fällt. Höher: mehr Wiederholungen.</translation>
    </message>
</context>
<context>
    <name>ip::ProgressScreen</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Interview Date…</source>
        <translation>Termin festlegen …</translation>
    </message>
    <message>
        <source>The day of the interview for this guide: reviews are planned so that none falls after it</source>
        <translation>Der Tag des Interviews für diesen Leitfaden: Wiederholungen werden so geplant, dass keine danach liegt</translation>
    </message>
    <message>
        <source>Readiness by category</source>
        <translation>Bereitschaft nach Kategorie</translation>
    </message>
    <message numerus="yes">
        <source>Reviews per day, last %n weeks</source>
        <translation>
            <numerusform>Wiederholungen pro Tag, letzte %n Woche</numerusform>
            <numerusform>Wiederholungen pro Tag, letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews due per day, next %n days</source>
        <translation>
            <numerusform>Fällige Wiederholungen pro Tag, nächster %n Tag</numerusform>
            <numerusform>Fällige Wiederholungen pro Tag, nächste %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message numerus="yes">
        <source>Reviews, last %n weeks</source>
        <translation>
            <numerusform>Wiederholungen, letzte %n Woche</numerusform>
            <numerusform>Wiederholungen, letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n days</source>
        <translation>
            <numerusform>Fällig am nächsten %n Tag</numerusform>
            <numerusform>Fällig in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mock interviews</source>
        <translation>Probeinterviews</translation>
    </message>
    <message>
        <source>Your practice history cannot be read in this session. %1</source>
        <translation>Der Trainingsverlauf kann in dieser Sitzung nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>No interview date set</source>
        <translation>Kein Interviewtermin</translation>
    </message>
    <message>
        <source>The interview was on %1</source>
        <translation>Das Interview war am %1</translation>
    </message>
    <message>
        <source>Interview today, %1</source>
        <translation>Interview heute, %1</translation>
    </message>
    <message>
        <source>Interview tomorrow, %1</source>
        <translation>Interview morgen, %1</translation>
    </message>
    <message numerus="yes">
        <source>Interview in %n days, on %1</source>
        <translation>
            <numerusform>Interview in %n Tag, am %1</numerusform>
            <numerusform>Interview in %n Tagen, am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall today</source>
        <translation>Erinnerung heute</translation>
    </message>
    <message>
        <source>Readiness is the mean predicted recall on the interview day: the chance, by FSRS-6, that you remember each answer on that day; unreviewed questions count 0.</source>
        <translation>Die Bereitschaft ist die mittlere erwartete Erinnerung am Interviewtag: die Wahrscheinlichkeit nach FSRS-6, sich an dem Tag an jede Antwort zu erinnern; nie wiederholte Fragen zählen 0.</translation>
    </message>
    <message>
        <source>Recall today is the mean predicted recall now: the chance, by FSRS-6, that you remember each answer today; unreviewed questions count 0.</source>
        <translation>Die Erinnerung heute ist die mittlere erwartete Erinnerung jetzt: die Wahrscheinlichkeit nach FSRS-6, sich heute an jede Antwort zu erinnern; nie wiederholte Fragen zählen 0.</translation>
    </message>
    <message>
        <source>Readiness for the interview</source>
        <translation>Bereitschaft für das Interview</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1: %2 over %3</source>
        <translation>%1: %2 über %3</translation>
    </message>
    <message>
        <source>Overall %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This guide has no questions to practise.</source>
        <translation>Dieser Leitfaden enthält keine Fragen zum Üben.</translation>
    </message>
    <message>
        <source>Set an interview date to see how ready you will be on the day.</source>
        <translation>Einen Interviewtermin festlegen, um zu sehen, wie bereit man am Tag sein wird.</translation>
    </message>
    <message>
        <source>%1 % reached: keep reviewing what comes due.</source>
        <translation>%1 % erreicht: weiter wiederholen, was fällig wird.</translation>
    </message>
    <message>
        <source>One review of every question would lift it to %1 %; keep practising daily, the questions you are least sure of first.</source>
        <translation>Eine Wiederholung jeder Frage würde den Wert auf %1 % heben; weiter täglich üben, die unsichersten Fragen zuerst.</translation>
    </message>
    <message>
        <source>Review 1 question by then to reach %1 %.</source>
        <translation>Bis dahin 1 Frage wiederholen, um %1 % zu erreichen.</translation>
    </message>
    <message numerus="yes">
        <source>Review %n questions by then to reach %1 %.</source>
        <translation>
            <numerusform>Bis dahin %n Frage wiederholen, um %1 % zu erreichen.</numerusform>
            <numerusform>Bis dahin %n Fragen wiederholen, um %1 % zu erreichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This guide lists no requirements.</source>
        <translation>Dieser Leitfaden nennt keine Anforderungen.</translation>
    </message>
    <message>
        <source>No item is marked required.</source>
        <translation>Kein Eintrag ist als erforderlich markiert.</translation>
    </message>
    <message>
        <source>Required: %1 of %2 done</source>
        <translation>Erforderlich: %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: their target dates have passed</source>
        <translation>
            <numerusform>%n überfällig: das Zieldatum ist verstrichen</numerusform>
            <numerusform>%n überfällig: die Zieldaten sind verstrichen</numerusform>
        </translation>
    </message>
    <message>
        <source>All items: %1 of %2 done</source>
        <translation>Alle Einträge: %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>No streak yet: a review today starts one.</source>
        <translation>Noch keine Serie: eine Wiederholung heute beginnt eine.</translation>
    </message>
    <message>
        <source>Current streak: %1</source>
        <translation>Aktuelle Serie: %1</translation>
    </message>
    <message>
        <source>Nothing reviewed today yet: a review keeps the streak going.</source>
        <translation>Heute noch nichts wiederholt: eine Wiederholung hält die Serie am Laufen.</translation>
    </message>
    <message numerus="yes">
        <source>No reviews in the last %n weeks</source>
        <translation>
            <numerusform>Keine Wiederholungen in der letzten %n Woche</numerusform>
            <numerusform>Keine Wiederholungen in den letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews in the last %1 weeks: %2 on %3; most on %4: %5</source>
        <translation>Wiederholungen in den letzten %1 Wochen: %2 an %3; die meisten am %4: %5</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n days</source>
        <translation>
            <numerusform>Nichts fällig am nächsten %n Tag</numerusform>
            <numerusform>Nichts fällig in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews due in the next %1 days: %2; today %3 (overdue included); most on %4: %5</source>
        <translation>Fällige Wiederholungen in den nächsten %1 Tagen: %2; heute %3 (überfällige eingeschlossen); die meisten am %4: %5</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>An interview date belongs to one guide: choose the guide in the switcher to set it</source>
        <translation>Ein Interviewtermin gehört zu einem Leitfaden: Wählen Sie den Leitfaden in der Auswahl, um ihn festzulegen</translation>
    </message>
    <message>
        <source>All guides: interview dates are set per guide</source>
        <translation>Alle Leitfäden: Interviewtermine gelten je Leitfaden</translation>
    </message>
    <message>
        <source>Choose one guide in the switcher to set its interview date and see how ready you will be on the day.</source>
        <translation>Wählen Sie einen Leitfaden in der Auswahl, um seinen Interviewtermin festzulegen und zu sehen, wie gut Sie am Tag vorbereitet sein werden.</translation>
    </message>
</context>
<context>
    <name>ip::QuestionFilterModel</name>
    <message>
        <source>Your notes</source>
        <translation>Eigene Notizen</translation>
    </message>
</context>
<context>
    <name>ip::QuestionItemDelegate</name>
    <message>
        <source>★ bookmarked</source>
        <translation>★ mit Lesezeichen</translation>
    </message>
    <message>
        <source>✎ notes</source>
        <translation>✎ Notizen</translation>
    </message>
</context>
<context>
    <name>ip::QuestionListModel</name>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message>
        <source>has notes</source>
        <translation>hat Notizen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>sicher</translation>
    </message>
</context>
<context>
    <name>ip::QuestionPickerDialog</name>
    <message>
        <source>Questions This Story Answers</source>
        <translation>Fragen, die diese Geschichte beantwortet</translation>
    </message>
    <message>
        <source>Check the questions “%1” answers. One story may answer several questions.</source>
        <translation>Die Fragen abhaken, die „%1“ beantwortet. Eine Geschichte kann mehrere Fragen beantworten.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Show one category</source>
        <translation>Eine Kategorie anzeigen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>ip::QuestionView</name>
    <message>
        <source>The answer is hidden.
Say your answer out loud first, then press Space to compare.</source>
        <translation>Die Antwort ist verborgen.
Zuerst die eigene Antwort laut sagen, dann zum Vergleichen die Leertaste drücken.</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>Show every question again (Escape in the filter field clears the text)</source>
        <translation>Wieder alle Fragen anzeigen (Esc im Filterfeld leert den Text)</translation>
    </message>
    <message>
        <source>Question %1 · %2</source>
        <translation>Frage %1 · %2</translation>
    </message>
    <message>
        <source>No question to show.</source>
        <translation>Keine Frage zum Anzeigen.</translation>
    </message>
    <message>
        <source>Hide answer  (Space)</source>
        <translation>Antwort verbergen  (Leertaste)</translation>
    </message>
    <message>
        <source>Reveal answer  (Space)</source>
        <translation>Antwort zeigen  (Leertaste)</translation>
    </message>
    <message>
        <source>This guide gives no answer here.</source>
        <translation>Dieser Leitfaden gibt hier keine Antwort.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>ip::QuestionsScreen</name>
    <message>
        <source>Filter questions, answers and notes (Ctrl+F)</source>
        <translation>Fragen, Antworten und Notizen filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Show one category</source>
        <translation>Eine Kategorie anzeigen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Stand</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Confident</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Show questions by where they stand in practice: new (never practised), due, weak (forgotten once or hard for you) or confident (remembered for three weeks or more)</source>
        <translation>Fragen nach ihrem Trainingsstand anzeigen: neu (nie geübt), fällig, schwach (einmal vergessen oder schwer gefallen) oder sicher (drei Wochen oder länger behalten)</translation>
    </message>
    <message>
        <source>Practice state</source>
        <translation>Trainingsstand</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Lesezeichen</translation>
    </message>
    <message>
        <source>Show only bookmarked questions</source>
        <translation>Nur Fragen mit Lesezeichen anzeigen</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Verwaiste Notizen</translation>
    </message>
    <message>
        <source>Answer with a &amp;Story…</source>
        <translation>&amp;Geschichte zuordnen …</translation>
    </message>
    <message>
        <source>Choose the stories that answer this question (Ctrl+Shift+S)</source>
        <translation>Die Geschichten wählen, die diese Frage beantworten (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Reveal or Hide Answer</source>
        <translation>Antwort &amp;zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show Bookmarked &amp;Only</source>
        <translation>&amp;Nur Lesezeichen anzeigen</translation>
    </message>
    <message>
        <source>Show only bookmarked questions (Ctrl+B)</source>
        <translation>Nur Fragen mit Lesezeichen anzeigen (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Bookmark Question</source>
        <translation>&amp;Lesezeichen für Frage setzen</translation>
    </message>
    <message>
        <source>&amp;Edit Notes</source>
        <translation>Notizen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preview Notes</source>
        <translation>Notizen-&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Delete Orphaned Note…</source>
        <translation>Verwaiste Notiz lö&amp;schen …</translation>
    </message>
    <message>
        <source>Stories cannot be saved in this session.</source>
        <translation>Geschichten können in dieser Sitzung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Stories cannot be linked to this question: %1</source>
        <translation>Geschichten können nicht mit dieser Frage verknüpft werden: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No orphaned notes.</source>
        <translation>Keine verwaisten Notizen.</translation>
    </message>
    <message>
        <source>No orphaned note matches “%1”.</source>
        <translation>Keine verwaiste Notiz passt zu „%1“.</translation>
    </message>
    <message>
        <source>This guide has no questions.</source>
        <translation>Dieser Leitfaden enthält keine Fragen.</translation>
    </message>
    <message>
        <source>Only bookmarked questions in %1 are shown.</source>
        <translation>Nur Fragen mit Lesezeichen in %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>Only bookmarked questions are shown.</source>
        <translation>Nur Fragen mit Lesezeichen werden angezeigt.</translation>
    </message>
    <message>
        <source>Only questions in %1 are shown.</source>
        <translation>Nur Fragen in %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>Only questions never practised are shown.</source>
        <translation>Nur nie geübte Fragen werden angezeigt.</translation>
    </message>
    <message>
        <source>Only questions due for practice are shown.</source>
        <translation>Nur zum Üben fällige Fragen werden angezeigt.</translation>
    </message>
    <message>
        <source>Only weak questions are shown: forgotten once, or hard for you.</source>
        <translation>Nur schwache Fragen werden angezeigt: einmal vergessen oder schwer gefallen.</translation>
    </message>
    <message>
        <source>Only questions you have remembered for three weeks or more are shown.</source>
        <translation>Nur Fragen, die seit drei Wochen oder länger sitzen, werden angezeigt.</translation>
    </message>
    <message>
        <source>No question is bookmarked here yet (Ctrl+D bookmarks the one shown).</source>
        <translation>Hier hat noch keine Frage ein Lesezeichen (Ctrl+D setzt eines für die angezeigte).</translation>
    </message>
    <message>
        <source>No question matches “%1”.</source>
        <translation>Keine Frage passt zu „%1“.</translation>
    </message>
    <message>
        <source>Bookmarks cannot be changed: %1</source>
        <translation>Lesezeichen können nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Bookmarked question %1</source>
        <translation>Lesezeichen für Frage %1 gesetzt</translation>
    </message>
    <message>
        <source>Removed the bookmark from question %1</source>
        <translation>Lesezeichen von Frage %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned notes</source>
        <translation>
            <numerusform>%n verwaiste Notiz</numerusform>
            <numerusform>%n verwaiste Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 orphaned note</source>
        <translation>%1 von 1 verwaisten Notiz</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n orphaned notes</source>
        <translation>
            <numerusform>%1 von %n verwaisten Notiz</numerusform>
            <numerusform>%1 von %n verwaisten Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 question</source>
        <translation>%1 von 1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions</source>
        <translation>
            <numerusform>%1 von %n Frage</numerusform>
            <numerusform>%1 von %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphaned notes (%1)</source>
        <translation>Verwaiste Notizen (%1)</translation>
    </message>
    <message>
        <source>Notes you kept on questions no longer in this guide</source>
        <translation>Notizen zu Fragen, die nicht mehr in diesem Leitfaden sind</translation>
    </message>
    <message>
        <source>Filter orphaned notes (Ctrl+F)</source>
        <translation>Verwaiste Notizen filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete your note “%1”?</source>
        <translation>Die Notiz „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its question is no longer in this guide, so the note shows nowhere else. Deleting it cannot be undone.</source>
        <translation>Die zugehörige Frage ist nicht mehr in diesem Leitfaden, daher erscheint die Notiz nirgendwo sonst. Das Löschen kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted the note “%1”.</source>
        <translation>Notiz „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Words find the words they begin, in any order; &quot;quotes&quot; find a phrase; -word leaves out what contains it.</source>
        <translation>Wörter finden Wörter, die so beginnen, in beliebiger Reihenfolge; &quot;Anführungszeichen&quot; finden eine Wortgruppe; -wort lässt aus, was es enthält.</translation>
    </message>
</context>
<context>
    <name>ip::ReadinessBars</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ip::RecentGuidesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>No recent guides</source>
        <translation>Keine zuletzt geöffneten Leitfäden</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>ip::RecoveredDraftsOffer</name>
    <message numerus="yes">
        <source>%n unsaved notes</source>
        <translation>
            <numerusform>%n nicht gespeicherte Notiz</numerusform>
            <numerusform>%n nicht gespeicherte Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved stories</source>
        <translation>
            <numerusform>%n nicht gespeicherte Geschichte</numerusform>
            <numerusform>%n nicht gespeicherte Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved pieces of requirement evidence</source>
        <translation>
            <numerusform>%n nicht gespeicherter Nachweis zu einer Anforderung</numerusform>
            <numerusform>%n nicht gespeicherte Nachweise zu Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <source>%1 from your last session was kept.</source>
        <translation>%1 aus der letzten Sitzung wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 from your last session were kept.</source>
        <translation>%1 aus der letzten Sitzung wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>%1 could not be restored: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n changes from your last session.</source>
        <translation>
            <numerusform>%n Änderung aus der letzten Sitzung wiederhergestellt.</numerusform>
            <numerusform>%n Änderungen aus der letzten Sitzung wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Work from Your Last Session</source>
        <translation>Nicht gespeicherte Arbeit aus der letzten Sitzung</translation>
    </message>
    <message>
        <source>Restore puts this text back where you typed it; you can also copy it from here.</source>
        <translation>„Wiederherstellen“ setzt diesen Text dort ein, wo er getippt wurde; er lässt sich auch von hier kopieren.</translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit verwerfen</translation>
    </message>
    <message>
        <source>%1

Discard them? They cannot be recovered afterwards.</source>
        <translation>%1

Verwerfen? Danach lassen sie sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Ungesicherte Arbeit</translation>
    </message>
</context>
<context>
    <name>ip::RehearsalDialog</name>
    <message>
        <source>Rehearse: %1</source>
        <translation>Proben: %1</translation>
    </message>
    <message>
        <source>Target %1–%2 · your text runs about %3 at %4 words a minute</source>
        <translation>Ziel %1–%2 · der Text dauert etwa %3 bei %4 Wörtern pro Minute</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Zurücksetzen (R)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Space starts and stops the clock.</source>
        <translation>Die Leertaste startet und stoppt die Uhr.</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Stopp (Leertaste)</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Start (Leertaste)</translation>
    </message>
    <message>
        <source>Time spoken</source>
        <translation>Gesprochene Zeit</translation>
    </message>
    <message>
        <source>Over the target time. %1</source>
        <translation>Über der Zielzeit. %1</translation>
    </message>
</context>
<context>
    <name>ip::RequirementChecklistModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 of the 1 item in %2 is done; items marked Not applicable are not counted.</source>
        <translation>%1 von 1 Eintrag in %2 erledigt; als „Nicht zutreffend“ markierte Einträge zählen nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n items in %2 are done; items marked Not applicable are not counted.</source>
        <translation>
            <numerusform>%1 von %n Eintrag in %2 erledigt; als „Nicht zutreffend“ markierte Einträge zählen nicht.</numerusform>
            <numerusform>%1 von %n Einträgen in %2 erledigt; als „Nicht zutreffend“ markierte Einträge zählen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Your progress cannot be saved in this session.</source>
        <translation>Der Fortschritt kann in dieser Sitzung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The requirement is no longer in the guide, so its evidence has nowhere to go.</source>
        <translation>Die Anforderung ist nicht mehr im Leitfaden, daher hat ihr Nachweis keinen Platz.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>No date for a group</source>
        <translation>Kein Datum für eine Gruppe</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Kein Zieldatum</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ip::RequirementDetailPane</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Select a requirement to see its description and record your progress.</source>
        <translation>Eine Anforderung wählen, um ihre Beschreibung zu sehen und den Fortschritt festzuhalten.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Remove the target date</source>
        <translation>Zieldatum entfernen</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Zieldatum:</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Erledigungsdatum</translation>
    </message>
    <message>
        <source>Remove the completion date</source>
        <translation>Erledigungsdatum entfernen</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Erledigt am:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Credential ID, link or note. Saved as you type.</source>
        <translation>Zertifikatsnummer, Link oder Notiz. Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Press Delete to clear the date.</source>
        <translation>Entf drücken, um das Datum zu löschen.</translation>
    </message>
    <message>
        <source>Set the status to Done to record when it was completed.</source>
        <translation>Den Status auf „Erledigt“ setzen, um festzuhalten, wann es erledigt wurde.</translation>
    </message>
    <message>
        <source>Shown read-only: changes to your progress cannot be saved in this session.</source>
        <translation>Schreibgeschützt angezeigt: Änderungen am Fortschritt können in dieser Sitzung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Shown read-only: %1</source>
        <translation>Schreibgeschützt angezeigt: %1</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved in this session.</source>
        <translation>Schreibgeschützt: Änderungen können in dieser Sitzung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The guide gives no description for this requirement.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Der Leitfaden enthält keine Beschreibung dieser Anforderung.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Requirements screen was closed before the evidence was saved.</source>
        <translation>Die Anforderungen-Ansicht wurde geschlossen, bevor der Nachweis gespeichert war.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ip::RequirementGapSummary</name>
    <message>
        <source>Required and not done</source>
        <translation>Erforderlich und nicht erledigt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Every required item is done or marked not applicable.</source>
        <translation>Jeder erforderliche Eintrag ist erledigt oder als nicht zutreffend markiert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · überfällig</translation>
    </message>
    <message>
        <source>The target date has passed.</source>
        <translation>Das Zieldatum ist verstrichen.</translation>
    </message>
    <message>
        <source>Required, not done: %1 (%2 overdue)</source>
        <translation>Erforderlich, nicht erledigt: %1 (%2 überfällig)</translation>
    </message>
    <message>
        <source>Required, not done: %1</source>
        <translation>Erforderlich, nicht erledigt: %1</translation>
    </message>
</context>
<context>
    <name>ip::RequirementsScreen</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Filter requirements by title</source>
        <translation>Anforderungen nach Titel filtern</translation>
    </message>
    <message>
        <source>Filter requirements</source>
        <translation>Anforderungen filtern</translation>
    </message>
    <message>
        <source>This guide lists no requirements.</source>
        <translation>Dieser Leitfaden nennt keine Anforderungen.</translation>
    </message>
    <message>
        <source>Requirements checklist</source>
        <translation>Checkliste der Anforderungen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Your progress could not be read, so it is shown read-only: %1</source>
        <translation>Der Fortschritt konnte nicht gelesen werden und wird daher schreibgeschützt angezeigt: %1</translation>
    </message>
    <message>
        <source>Required %1 of %2 done</source>
        <translation>Pflicht: %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Recommended %1 of %2</source>
        <translation>Empfohlen: %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 overall</source>
        <translation>Gesamt: %1 von %2</translation>
    </message>
    <message>
        <source>Items marked Not applicable are not counted.</source>
        <translation>Als „Nicht zutreffend“ markierte Einträge zählen nicht.</translation>
    </message>
</context>
<context>
    <name>ip::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of your current database. The current database is kept aside in the data folder, never deleted, so you can go back to it.</source>
        <translation>Eine Sicherung wählen, die an die Stelle der aktuellen Datenbank tritt. Die aktuelle Datenbank wird im Datenordner beiseitegelegt, nie gelöscht, sodass sich zu ihr zurückkehren lässt.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>There are no backups yet. Interview Prep makes one a day while you use it, and File › Back Up Now makes one at any time.</source>
        <translation>Es gibt noch keine Sicherungen. Interview Prep legt bei Benutzung täglich eine an, und Datei › Jetzt sichern legt jederzeit eine an.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>ip::ReviewHeatMap</name>
    <message>
        <source>%1: no reviews</source>
        <translation>%1: keine Wiederholungen</translation>
    </message>
    <message>
        <source>%1: 1 review</source>
        <translation>%1: 1 Wiederholung</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reviews</source>
        <translation>
            <numerusform>%1: %n Wiederholung</numerusform>
            <numerusform>%1: %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>ip::SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search questions, your notes and stories, requirements</source>
        <translation>Fragen, Notizen, Geschichten und Anforderungen durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Search needs your data, which is not available: %1</source>
        <translation>Die Suche braucht die Daten, die nicht verfügbar sind: %1</translation>
    </message>
    <message>
        <source>Words find what starts with them; &quot;quotes&quot; find a phrase; -word leaves out what contains it.</source>
        <translation>Wörter finden, was mit ihnen beginnt; &quot;Anführungszeichen&quot; finden eine Wortgruppe; -wort lässt aus, was es enthält.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n hits; more words find fewer.</source>
        <translation>
            <numerusform>Die besten %n Treffer; mehr Wörter finden weniger.</numerusform>
            <numerusform>Die besten %n Treffer; mehr Wörter finden weniger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SearchResultsModel</name>
    <message>
        <source>Questions (%1)</source>
        <translation>Fragen (%1)</translation>
    </message>
    <message>
        <source>Your notes (%1)</source>
        <translation>Eigene Notizen (%1)</translation>
    </message>
    <message>
        <source>Your stories (%1)</source>
        <translation>Eigene Geschichten (%1)</translation>
    </message>
    <message>
        <source>Requirements (%1)</source>
        <translation>Anforderungen (%1)</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Evidence, %1</source>
        <translation>Nachweis, %1</translation>
    </message>
</context>
<context>
    <name>ip::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Befehl oder Taste suchen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ip::StoriesScreen</name>
    <message>
        <source>Questions cannot be unlinked right now: %1</source>
        <translation>Fragen können gerade nicht gelöst werden: %1</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Neue Geschichte</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate Story</source>
        <translation>Geschichte &amp;duplizieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Story…</source>
        <translation>Geschichte &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>&amp;Link Questions…</source>
        <translation>&amp;Fragen verknüpfen …</translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>&amp;Proben …</translation>
    </message>
    <message>
        <source>Question &amp;Coverage…</source>
        <translation>Fragen&amp;abdeckung …</translation>
    </message>
    <message>
        <source>New story: give it a title, then tell the four parts.</source>
        <translation>Neue Geschichte: einen Titel geben, dann die vier Teile erzählen.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicated “%1”; link the copy to its own questions.</source>
        <translation>„%1“ dupliziert; die Kopie mit ihren eigenen Fragen verknüpfen.</translation>
    </message>
    <message>
        <source>Questions cannot be linked right now: %1</source>
        <translation>Fragen können gerade nicht verknüpft werden: %1</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Geschichte löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Its four parts and tags are deleted. This cannot be undone.</source>
        <translation>Die vier Teile und Schlagwörter werden gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Its four parts, its tags and its link to 1 question are deleted. This cannot be undone.</source>
        <translation>Die vier Teile, die Schlagwörter und die Verknüpfung mit 1 Frage werden gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Its four parts, its tags and its links to %n questions are deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Die vier Teile, die Schlagwörter und die Verknüpfung mit %n Frage werden gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die vier Teile, die Schlagwörter und die Verknüpfungen mit %n Fragen werden gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Story</source>
        <translation>Geschichte &amp;löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>The story answers %n questions</source>
        <translation>
            <numerusform>Die Geschichte beantwortet %n Frage</numerusform>
            <numerusform>Die Geschichte beantwortet %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stories cannot be written in this session: %1</source>
        <translation>Geschichten können in dieser Sitzung nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No stories yet.

A STAR story tells one thing you did: the Situation, your Task, the Action you took and its Result. Write five or six, each about two minutes long, and link them to the behavioral questions they answer.

Press Ctrl+N to write the first.</source>
        <translation>Noch keine Geschichten.

Eine STAR-Geschichte erzählt eine eigene Leistung: die Situation (Situation), die Aufgabe (Task), die Handlung (Action) und das Ergebnis (Result). Fünf oder sechs schreiben, jede etwa zwei Minuten lang, und mit den Verhaltensfragen verknüpfen, die sie beantworten.

Ctrl+N drücken, um die erste zu schreiben.</translation>
    </message>
    <message>
        <source>No story matches “%1”.</source>
        <translation>Keine Geschichte passt zu „%1“.</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
</context>
<context>
    <name>ip::StoryCoverageView</name>
    <message>
        <source>Story Coverage</source>
        <translation>Abdeckung durch Geschichten</translation>
    </message>
    <message>
        <source>Only questions &amp;without a story</source>
        <translation>Nur Fragen &amp;ohne Geschichte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Enter on a question: choose the stories that answer it. Enter on a story: open it.</source>
        <translation>Eingabe auf einer Frage: die Geschichten wählen, die sie beantworten. Eingabe auf einer Geschichte: sie öffnen.</translation>
    </message>
    <message>
        <source>This guide has no behavioral or situational questions.</source>
        <translation>Dieser Leitfaden enthält keine Verhaltens- oder Situationsfragen.</translation>
    </message>
    <message>
        <source>%1 of 1 behavioral or situational question has a story.</source>
        <translation>%1 von 1 Verhaltens- oder Situationsfrage hat eine Geschichte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n behavioral and situational questions have a story.</source>
        <translation>
            <numerusform>%1 von %n Verhaltens- und Situationsfrage hat eine Geschichte.</numerusform>
            <numerusform>%1 von %n Verhaltens- und Situationsfragen haben eine Geschichte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have none yet.</source>
        <translation>
            <numerusform>%n hat noch keine.</numerusform>
            <numerusform>%n haben noch keine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” answers %n questions.</source>
        <translation>
            <numerusform>„%1“ beantwortet %n Frage.</numerusform>
            <numerusform>„%1“ beantwortet %n Fragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n and an interviewer may hear the same story twice; write another for some of them.</source>
        <translation>
            <numerusform>Mehr als %n, und ein Interviewer hört womöglich zweimal dieselbe Geschichte; für einige davon eine weitere schreiben.</numerusform>
            <numerusform>Mehr als %n, und ein Interviewer hört womöglich zweimal dieselbe Geschichte; für einige davon eine weitere schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>✗ no story</source>
        <translation>✗ keine Geschichte</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 Geschichte</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n questions</source>
        <translation>
            <numerusform>⚠ %n Frage</numerusform>
            <numerusform>⚠ %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions and the stories that answer them</source>
        <translation>Fragen und die Geschichten, die sie beantworten</translation>
    </message>
</context>
<context>
    <name>ip::StoryEditor</name>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>A name you will recognise: “Cut inference latency by 40%”</source>
        <translation>Ein wiedererkennbarer Name: „Inferenz-Latenz um 40 % gesenkt“</translation>
    </message>
    <message>
        <source>Comma-separated: leadership, conflict, deadline</source>
        <translation>Durch Kommas getrennt: Führung, Konflikt, Termindruck</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>T&amp;ask</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>&amp;Handlung</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Where and when? Set the scene in two or three sentences: the team, the product, what was at stake.</source>
        <translation>Wo und wann? Die Szene in zwei, drei Sätzen schildern: das Team, das Produkt, was auf dem Spiel stand.</translation>
    </message>
    <message>
        <source>What was yours to do? The goal or the problem you owned, and what made it hard.</source>
        <translation>Was war die eigene Aufgabe? Das Ziel oder Problem in eigener Verantwortung, und was es schwer machte.</translation>
    </message>
    <message>
        <source>What did you do, step by step? Say “I”, not “we”: your decisions, how you brought people along, what you built. About half of the story belongs here.</source>
        <translation>Was wurde Schritt für Schritt getan? „Ich“ sagen, nicht „wir“: eigene Entscheidungen, wie andere mitgenommen wurden, was gebaut wurde. Etwa die Hälfte der Geschichte gehört hierher.</translation>
    </message>
    <message>
        <source>What changed because of it? Give numbers (latency, accuracy, money, hours saved) and one thing you learned.</source>
        <translation>Was hat sich dadurch geändert? Zahlen nennen (Latenz, Genauigkeit, Geld, eingesparte Stunden) und eine Lehre daraus.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>The Stories screen was closed before the story was saved.</source>
        <translation>Die Geschichten-Ansicht wurde geschlossen, bevor die Geschichte gespeichert war.</translation>
    </message>
    <message>
        <source>The story was deleted.</source>
        <translation>Die Geschichte wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryFindingsList</name>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Zu beheben</translation>
    </message>
    <message>
        <source>Enter or click: go to %1</source>
        <translation>Eingabe oder Klick: zu %1 gehen</translation>
    </message>
    <message>
        <source>✓ Nothing missing. Rehearse it aloud (Ctrl+R).</source>
        <translation>✓ Nichts fehlt. Laut proben (Ctrl+R).</translation>
    </message>
    <message>
        <source>One thing to fix; press Enter on it to go to its field.</source>
        <translation>Eine Sache zu beheben; Eingabe darauf drücken, um zu ihrem Feld zu gehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix; press Enter on one to go to its field.</source>
        <translation>
            <numerusform>%n Sache zu beheben; Eingabe darauf drücken, um zu ihrem Feld zu gehen.</numerusform>
            <numerusform>%n Sachen zu beheben; Eingabe auf einer drücken, um zu ihrem Feld zu gehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose or write a story to check it.</source>
        <translation>Eine Geschichte wählen oder schreiben, um sie zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ip::StoryItemDelegate</name>
    <message>
        <source>to finish</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>no questions</source>
        <translation>keine Fragen</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryListModel</name>
    <message>
        <source>Stories cannot be saved in this session.</source>
        <translation>Geschichten können in dieser Sitzung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Stories cannot be changed in this session.</source>
        <translation>Geschichten können in dieser Sitzung nicht geändert werden.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Die Geschichte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>to finish</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>no questions</source>
        <translation>keine Fragen</translation>
    </message>
    <message numerus="yes">
        <source>answers %n question(s)</source>
        <translation>
            <numerusform>beantwortet %n Frage</numerusform>
            <numerusform>beantwortet %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
</context>
<context>
    <name>ip::StoryListPane</name>
    <message>
        <source>Filter stories (Ctrl+F)</source>
        <translation>Geschichten filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>%1 of 1 story</source>
        <translation>%1 von 1 Geschichte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stories</source>
        <translation>
            <numerusform>%1 von %n Geschichte</numerusform>
            <numerusform>%1 von %n Geschichten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 story, complete</source>
        <translation>1 Geschichte, vollständig</translation>
    </message>
    <message>
        <source>1 story, not complete yet</source>
        <translation>1 Geschichte, noch nicht vollständig</translation>
    </message>
    <message numerus="yes">
        <source>%n stories, %1 complete</source>
        <translation>
            <numerusform>%n Geschichte, %1 vollständig</numerusform>
            <numerusform>%n Geschichten, %1 vollständig</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter stories</source>
        <translation>Geschichten filtern</translation>
    </message>
</context>
<context>
    <name>ip::StoryPickerDialog</name>
    <message>
        <source>Answer with a Story</source>
        <translation>Mit einer Geschichte beantworten</translation>
    </message>
    <message>
        <source>You have no stories yet. Write one for “%1”.</source>
        <translation>Noch keine Geschichten. Eine für „%1“ schreiben.</translation>
    </message>
    <message>
        <source>Check the stories that answer “%1”, or write a new one.</source>
        <translation>Die Geschichten abhaken, die „%1“ beantworten, oder eine neue schreiben.</translation>
    </message>
    <message>
        <source>&amp;New Story for This Question</source>
        <translation>&amp;Neue Geschichte zu dieser Frage</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
</context>
<context>
    <name>ip::StoryQuestionsPanel</name>
    <message>
        <source>Answers these questions</source>
        <translation>Beantwortet diese Fragen</translation>
    </message>
    <message>
        <source>Questions this story answers</source>
        <translation>Fragen, die diese Geschichte beantwortet</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — Enter shows it in Questions</source>
        <translation>%1 – Eingabe zeigt sie unter Fragen</translation>
    </message>
    <message numerus="yes">
        <source>%n questions from other guides</source>
        <translation>
            <numerusform>%n Frage aus einem anderen Leitfaden</numerusform>
            <numerusform>%n Fragen aus anderen Leitfäden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to any question yet. Link it to the behavioral questions it answers (Ctrl+L).</source>
        <translation>Noch mit keiner Frage verknüpft. Mit den Verhaltensfragen verknüpfen, die sie beantwortet (Ctrl+L).</translation>
    </message>
    <message numerus="yes">
        <source>More than %n questions: an interviewer may hear this story twice. Write another story for some of them.</source>
        <translation>
            <numerusform>Mehr als %n Frage: ein Interviewer hört diese Geschichte womöglich zweimal. Für einige davon eine weitere Geschichte schreiben.</numerusform>
            <numerusform>Mehr als %n Fragen: ein Interviewer hört diese Geschichte womöglich zweimal. Für einige davon eine weitere Geschichte schreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers %n questions</source>
        <translation>
            <numerusform>Beantwortet %n Frage</numerusform>
            <numerusform>Beantwortet %n Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryTimingPanel</name>
    <message>
        <source>Read a story aloud against the rehearsal timer to find your own rate; most people speak 120–160 words a minute in an interview.</source>
        <translation>Eine Geschichte mit der Probe-Uhr laut vorlesen, um das eigene Tempo zu finden; die meisten Menschen sprechen im Interview 120–160 Wörter pro Minute.</translation>
    </message>
    <message>
        <source>words per &amp;minute</source>
        <translation>Wörter pro &amp;Minute</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>Anteil %1</translation>
    </message>
    <message>
        <source>The Action should carry about %1% of the words: it is what you did.</source>
        <translation>Die Handlung sollte etwa %1 % der Wörter ausmachen: sie ist das, was selbst getan wurde.</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Sprechdauer</translation>
    </message>
    <message>
        <source>Share of words</source>
        <translation>Anteil der Wörter</translation>
    </message>
    <message>
        <source>%1 s  (%2)</source>
        <translation>%1 s  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1–%2 s. Write the four parts to see how long the story runs.</source>
        <translation>Ziel %1–%2 s. Die vier Teile schreiben, um zu sehen, wie lange die Geschichte dauert.</translation>
    </message>
    <message>
        <source>%1 s under the %2–%3 s target (%4).</source>
        <translation>%1 s unter dem Ziel von %2–%3 s (%4).</translation>
    </message>
    <message>
        <source>%1 s over the %2–%3 s target (%4): an interviewer may stop you.</source>
        <translation>%1 s über dem Ziel von %2–%3 s (%4): ein Interviewer unterbricht womöglich.</translation>
    </message>
    <message>
        <source>Within the %1–%2 s target (%3).</source>
        <translation>Innerhalb des Ziels von %1–%2 s (%3).</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ip::StudyContext</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The database was opened read-only.</source>
        <translation>Die Datenbank wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” could not be read completely, so it is open read-only; fix the problems in the file and open it again to make changes.</source>
        <translation>„%1“ konnte nicht vollständig gelesen werden und ist daher schreibgeschützt geöffnet; die Probleme in der Datei beheben und sie erneut öffnen, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>There is no database to save into.</source>
        <translation>Es gibt keine Datenbank, in die gespeichert werden kann.</translation>
    </message>
    <message>
        <source>There is no database to rescue.</source>
        <translation>Es gibt keine Datenbank, die gerettet werden kann.</translation>
    </message>
</context>
<context>
    <name>ip::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>The colours and style of your desktop</source>
        <translation>Farben und Stil der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Dunkler Text auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Heller Text auf dunklem Hintergrund</translation>
    </message>
</context>
<context>
    <name>ip::UnsavedDraftsDialog</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n changes you typed could not be saved:</source>
        <translation>
            <numerusform>%n Eingabe konnte nicht gespeichert werden:</numerusform>
            <numerusform>%n Eingaben konnten nicht gespeichert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>The database did not accept them.</source>
        <translation>Die Datenbank hat sie nicht angenommen.</translation>
    </message>
    <message>
        <source>Retry once the problem is fixed, or save a copy as a Markdown file so nothing is lost.</source>
        <translation>Nach Behebung des Problems erneut versuchen oder eine Kopie als Markdown-Datei speichern, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Save a Copy As…</source>
        <translation>Kopie &amp;speichern unter …</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gesichert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study for a job interview from a guide.</source>
        <translation>Mit einem Leitfaden für ein Vorstellungsgespräch lernen.</translation>
    </message>
    <message>
        <source>Open this guide file.</source>
        <translation>Diesen Leitfaden öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Keep the database in DIR.</source>
        <translation>Die Datenbank in ORDNER ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
</context>
</TS>
