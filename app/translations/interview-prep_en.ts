<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupDocument</name>
    <message numerus="yes">
        <source>the story id %1 is used %n times (%2)</source>
        <translation>
            <numerusform>the story id %1 is used %n time (%2)</numerusform>
            <numerusform>the story id %1 is used %n times (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message numerus="yes">
        <source>None of the %n backups in %1 is intact. Nothing was changed.</source>
        <translation>
            <numerusform>The %n backup in %1 is not intact. Nothing was changed.</numerusform>
            <numerusform>None of the %n backups in %1 is intact. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message numerus="yes">
        <source>%1 of %n backup(s) cannot be restored (damaged, not Interview Prep&apos;s, or from a newer version); nothing was changed.</source>
        <translation>
            <numerusform>%1 of %n backup cannot be restored (damaged, not Interview Prep&apos;s, or from a newer version); nothing was changed.</numerusform>
            <numerusform>%1 of %n backups cannot be restored (damaged, not Interview Prep&apos;s, or from a newer version); nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>questions: %1 in %n category(ies)</source>
        <translation>
            <numerusform>questions: %1 in %n category</numerusform>
            <numerusform>questions: %1 in %n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview date(s)</source>
        <translation>
            <numerusform>%n interview date</numerusform>
            <numerusform>%n interview dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mock interview(s)</source>
        <translation>
            <numerusform>%n mock interview</numerusform>
            <numerusform>%n mock interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n story(ies) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %n story to %1 (%2).</numerusform>
            <numerusform>Exported %n stories to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n story(ies) to %1.</source>
        <translation>
            <numerusform>Exported %n story to %1.</numerusform>
            <numerusform>Exported %n stories to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n question of %1 to %2.</numerusform>
            <numerusform>Exported %n questions of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the library holds %n guide(s); choose one with --guide KEY, or name a folder for all of them with --out DIR.</source>
        <translation>
            <numerusform>the library holds %n guide; choose one with --guide KEY, or name a folder for all of them with --out DIR.</numerusform>
            <numerusform>the library holds %n guides; choose one with --guide KEY, or name a folder for all of them with --out DIR.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n study sheet(s) to %1.</source>
        <translation>
            <numerusform>Exported %n study sheet to %1.</numerusform>
            <numerusform>Exported %n study sheets to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the study sheets of %n guide(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported the study sheets of %n guide to %1 (%2).</numerusform>
            <numerusform>Exported the study sheets of %n guides to %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlashcardGuideWriter</name>
    <message numerus="yes">
        <source>%n flashcard(s) imported from %1.</source>
        <translation>
            <numerusform>%n flashcard imported from %1.</numerusform>
            <numerusform>%n flashcards imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlashcardImporter</name>
    <message numerus="yes">
        <source>%n cards have a front but no back (lines %1). %2</source>
        <translation>
            <numerusform>%n card has a front but no back (lines %1). %2</numerusform>
            <numerusform>%n cards have a front but no back (lines %1). %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards have a back but no front (lines %1). %2</source>
        <translation>
            <numerusform>%n card has a back but no front (lines %1). %2</numerusform>
            <numerusform>%n cards have a back but no front (lines %1). %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n cards make a guide of %1 KB, and a guide may be at most %2 KB; split the file and import the parts.</source>
        <translation>
            <numerusform>This %n card makes a guide of %1 KB, and a guide may be at most %2 KB; split the file and import the parts.</numerusform>
            <numerusform>These %n cards make a guide of %1 KB, and a guide may be at most %2 KB; split the file and import the parts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The imported guide reads as %n questions, not %1; please report this with the file.</source>
        <translation>
            <numerusform>The imported guide reads as %n question, not %1; please report this with the file.</numerusform>
            <numerusform>The imported guide reads as %n questions, not %1; please report this with the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideImport</name>
    <message numerus="yes">
        <source>Added %n guides to the library.</source>
        <translation>
            <numerusform>Added %n guide to the library.</numerusform>
            <numerusform>Added %n guides to the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n guides.</source>
        <translation>
            <numerusform>Updated %n guide.</numerusform>
            <numerusform>Updated %n guides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guides were up to date.</source>
        <translation>
            <numerusform>%n guide was up to date.</numerusform>
            <numerusform>%n guides were up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files were not added.</source>
        <translation>
            <numerusform>%n file was not added.</numerusform>
            <numerusform>%n files were not added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlashcardsCommand</name>
    <message numerus="yes">
        <source>Imported %n flashcard(s) into %1: the guide &quot;%2&quot; with %3.</source>
        <translation>
            <numerusform>Imported %n flashcard into %1: the guide &quot;%2&quot; with %3.</numerusform>
            <numerusform>Imported %n flashcards into %1: the guide &quot;%2&quot; with %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not added to the library: it has %n error(s).</source>
        <translation>
            <numerusform>%1 was not added to the library: it has %n error.</numerusform>
            <numerusform>%1 was not added to the library: it has %n errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MockInterviewMarkdown</name>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation>
            <numerusform>%n minute planned</numerusform>
            <numerusform>%n minutes planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeTally</name>
    <message numerus="yes">
        <source>You reviewed %n questions in %1: %2.</source>
        <translation>
            <numerusform>You reviewed %n question in %1: %2.</numerusform>
            <numerusform>You reviewed %n questions in %1: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupCommand</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your previous database is kept as %1 (with %n journal file(s) beside it); delete it when you no longer need it.</source>
        <translation>
            <numerusform>Your previous database is kept as %1 (with %n journal file beside it); delete it when you no longer need it.</numerusform>
            <numerusform>Your previous database is kept as %1 (with %n journal files beside it); delete it when you no longer need it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview date(s)</source>
        <translation>
            <numerusform>%n interview date</numerusform>
            <numerusform>%n interview dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mock interview(s)</source>
        <translation>
            <numerusform>%n mock interview</numerusform>
            <numerusform>%n mock interviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message numerus="yes">
        <source>Recorded %1 for %2: next review %3 (in %n day(s)), stability %4 days.</source>
        <extracomment>%1 is the grade (Again, Hard, Good, Easy), %3 the day of the next review.</extracomment>
        <translation>
            <numerusform>Recorded %1 for %2: next review %3 (in %n day), stability %4 days.</numerusform>
            <numerusform>Recorded %1 for %2: next review %3 (in %n days), stability %4 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) at %3 UTC: %n question(s), %4 practised.</source>
        <extracomment>%1 is the guide&apos;s title, %2 its key, %3 the time, %4 how many questions were graded.</extracomment>
        <translation>
            <numerusform>%1 (%2) at %3 UTC: %n question, %4 practised.</numerusform>
            <numerusform>%1 (%2) at %3 UTC: %n questions, %4 practised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interview on %1, %2: %3 ready; to reach %4, review %n question(s) by then.</source>
        <translation>
            <numerusform>Interview on %1, %2: %3 ready; to reach %4, review %n question by then.</numerusform>
            <numerusform>Interview on %1, %2: %3 ready; to reach %4, review %n questions by then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interview on %1, %2: %3 ready; reviewing all %n question(s) by then still falls short of %4.</source>
        <translation>
            <numerusform>Interview on %1, %2: %3 ready; reviewing all %n question by then still falls short of %4.</numerusform>
            <numerusform>Interview on %1, %2: %3 ready; reviewing all %n questions by then still falls short of %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n hit.</numerusform>
            <numerusform>%n hits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySheet</name>
    <message numerus="yes">
        <source>Practised %n time(s); due again on %1.</source>
        <translation>
            <numerusform>Practised once; due again on %1.</numerusform>
            <numerusform>Practised %n times; due again on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s).</source>
        <translation>
            <numerusform>Practised once.</numerusform>
            <numerusform>Practised %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s).</source>
        <translation>
            <numerusform>Forgotten once.</numerusform>
            <numerusform>Forgotten %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YamlMistakes</name>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n space</numerusform>
            <numerusform>%n spaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::DraftKeeper</name>
    <message numerus="yes">
        <source>%n changes not saved</source>
        <translation>
            <numerusform>%n change not saved</numerusform>
            <numerusform>%n changes not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::DueForecastChart</name>
    <message numerus="yes">
        <source>Today, %1: %n reviews due, overdue ones included</source>
        <translation>
            <numerusform>Today, %1: %n review due, overdue ones included</numerusform>
            <numerusform>Today, %1: %n reviews due, overdue ones included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reviews due</source>
        <translation>
            <numerusform>%1: %n review due</numerusform>
            <numerusform>%1: %n reviews due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::FormatActions</name>
    <message numerus="yes">
        <source>Exported %n questions of “%1” to %2 as an Anki deck.</source>
        <translation>
            <numerusform>Exported %n question of “%1” to %2 as an Anki deck.</numerusform>
            <numerusform>Exported %n questions of “%1” to %2 as an Anki deck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the study sheet of “%1” to %2 (%n pages).</source>
        <translation>
            <numerusform>Wrote the study sheet of “%1” to %2 (%n page).</numerusform>
            <numerusform>Wrote the study sheet of “%1” to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the study sheet of “%1” (%n pages).</source>
        <translation>
            <numerusform>Printed the study sheet of “%1” (%n page).</numerusform>
            <numerusform>Printed the study sheet of “%1” (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n flashcards as questions into %1.</source>
        <translation>
            <numerusform>Imported %n flashcard as a question into %1.</numerusform>
            <numerusform>Imported %n flashcards as questions into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::LibraryDialog</name>
    <message numerus="yes">
        <source>%n guides in the library.</source>
        <translation>
            <numerusform>%n guide in the library.</numerusform>
            <numerusform>%n guides in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read; open one to see what could.</source>
        <translation>
            <numerusform>%n file could not be read; open it to see what could.</numerusform>
            <numerusform>%n files could not be read; open one to see what could.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::LibraryListModel</name>
    <message numerus="yes">
        <source>Could not be read: %1 (and %n more problems)</source>
        <translation>
            <numerusform>Could not be read: %1 (and %n more problem)</numerusform>
            <numerusform>Could not be read: %1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::MainWindow</name>
    <message numerus="yes">
        <source>“%1” opened with %n warnings; everything else is shown.</source>
        <translation>
            <numerusform>“%1” opened with %n warning; everything else is shown.</numerusform>
            <numerusform>“%1” opened with %n warnings; everything else is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::MockInterviewReviewPage</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions to grade</source>
        <translation>
            <numerusform>%n question to grade</numerusform>
            <numerusform>%n questions to grade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::MockInterviewRunPage</name>
    <message numerus="yes">
        <source>%1 of %n minutes in all</source>
        <translation>
            <numerusform>%1 of %n minute in all</numerusform>
            <numerusform>%1 of %n minutes in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::MockInterviewScreen</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::MockInterviewSetupDialog</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min each):</source>
        <translation>
            <numerusform>%1 (%n min each):</numerusform>
            <numerusform>%1 (%n min each):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guide has %n %1 questions</source>
        <translation>
            <numerusform>The guide has %n %1 question</numerusform>
            <numerusform>The guide has %n %1 questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::NotesEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::PracticeNotesPane</name>
    <message numerus="yes">
        <source>Your stories (%n)</source>
        <translation>
            <numerusform>Your stories (%n)</numerusform>
            <numerusform>Your stories (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::PracticeScreen</name>
    <message numerus="yes">
        <source>Final week: weakest first · %n to go</source>
        <translation>
            <numerusform>Final week: weakest first · %n to go</numerusform>
            <numerusform>Final week: weakest first · %n to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interview in %n days: %1 % ready.</source>
        <translation>
            <numerusform>Interview in %n day: %1 % ready.</numerusform>
            <numerusform>Interview in %n days: %1 % ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n questions by then to reach %1 %.</source>
        <translation>
            <numerusform>Review %n question by then to reach %1 %.</numerusform>
            <numerusform>Review %n questions by then to reach %1 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due tomorrow: %n questions.</source>
        <translation>
            <numerusform>Due tomorrow: %n question.</numerusform>
            <numerusform>Due tomorrow: %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::ProgressScreen</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews per day, last %n weeks</source>
        <translation>
            <numerusform>Reviews per day, last week</numerusform>
            <numerusform>Reviews per day, last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews due per day, next %n days</source>
        <translation>
            <numerusform>Reviews due per day, next day</numerusform>
            <numerusform>Reviews due per day, next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews, last %n weeks</source>
        <translation>
            <numerusform>Reviews, last week</numerusform>
            <numerusform>Reviews, last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n days</source>
        <translation>
            <numerusform>Due in the next day</numerusform>
            <numerusform>Due in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interview in %n days, on %1</source>
        <translation>
            <numerusform>Interview in %n day, on %1</numerusform>
            <numerusform>Interview in %n days, on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n questions by then to reach %1 %.</source>
        <translation>
            <numerusform>Review %n question by then to reach %1 %.</numerusform>
            <numerusform>Review %n questions by then to reach %1 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: their target dates have passed</source>
        <translation>
            <numerusform>%n overdue: its target date has passed</numerusform>
            <numerusform>%n overdue: their target dates have passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reviews in the last %n weeks</source>
        <translation>
            <numerusform>No reviews in the last week</numerusform>
            <numerusform>No reviews in the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n days</source>
        <translation>
            <numerusform>Nothing due in the next day</numerusform>
            <numerusform>Nothing due in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::QuestionsScreen</name>
    <message numerus="yes">
        <source>%n orphaned notes</source>
        <translation>
            <numerusform>%n orphaned note</numerusform>
            <numerusform>%n orphaned notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n orphaned notes</source>
        <translation>
            <numerusform>%1 of %n orphaned note</numerusform>
            <numerusform>%1 of %n orphaned notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions</source>
        <translation>
            <numerusform>%1 of %n question</numerusform>
            <numerusform>%1 of %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RecoveredDraftsOffer</name>
    <message numerus="yes">
        <source>%n unsaved notes</source>
        <translation>
            <numerusform>%n unsaved note</numerusform>
            <numerusform>%n unsaved notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved stories</source>
        <translation>
            <numerusform>%n unsaved story</numerusform>
            <numerusform>%n unsaved stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved pieces of requirement evidence</source>
        <translation>
            <numerusform>%n unsaved piece of requirement evidence</numerusform>
            <numerusform>%n unsaved pieces of requirement evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n changes from your last session.</source>
        <translation>
            <numerusform>Restored %n change from your last session.</numerusform>
            <numerusform>Restored %n changes from your last session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RequirementChecklistModel</name>
    <message numerus="yes">
        <source>%1 of the %n items in %2 are done; items marked Not applicable are not counted.</source>
        <translation>
            <numerusform>%1 of the %n item in %2 is done; items marked Not applicable are not counted.</numerusform>
            <numerusform>%1 of the %n items in %2 are done; items marked Not applicable are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::ReviewHeatMap</name>
    <message numerus="yes">
        <source>%1: %n reviews</source>
        <translation>
            <numerusform>%1: %n review</numerusform>
            <numerusform>%1: %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SearchDialog</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %n hits; more words find fewer.</source>
        <translation>
            <numerusform>The best hit; more words find fewer.</numerusform>
            <numerusform>The best %n hits; more words find fewer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoriesScreen</name>
    <message numerus="yes">
        <source>Its four parts, its tags and its links to %n questions are deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Its four parts, its tags and its link to %n question are deleted. This cannot be undone.</numerusform>
            <numerusform>Its four parts, its tags and its links to %n questions are deleted. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The story answers %n questions</source>
        <translation>
            <numerusform>The story answers %n question</numerusform>
            <numerusform>The story answers %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryCoverageView</name>
    <message numerus="yes">
        <source>%1 of %n behavioral and situational questions have a story.</source>
        <translation>
            <numerusform>%1 of %n behavioral or situational question has a story.</numerusform>
            <numerusform>%1 of %n behavioral and situational questions have a story.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have none yet.</source>
        <translation>
            <numerusform>%n has none yet.</numerusform>
            <numerusform>%n have none yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” answers %n questions.</source>
        <translation>
            <numerusform>“%1” answers %n question.</numerusform>
            <numerusform>“%1” answers %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n and an interviewer may hear the same story twice; write another for some of them.</source>
        <translation>
            <numerusform>More than %n and an interviewer may hear the same story twice; write another for some of them.</numerusform>
            <numerusform>More than %n and an interviewer may hear the same story twice; write another for some of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n questions</source>
        <translation>
            <numerusform>⚠ %n question</numerusform>
            <numerusform>⚠ %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryFindingsList</name>
    <message numerus="yes">
        <source>%n things to fix; press Enter on one to go to its field.</source>
        <translation>
            <numerusform>%n thing to fix; press Enter on it to go to its field.</numerusform>
            <numerusform>%n things to fix; press Enter on one to go to its field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryItemDelegate</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryListModel</name>
    <message numerus="yes">
        <source>answers %n question(s)</source>
        <translation>
            <numerusform>answers %n question</numerusform>
            <numerusform>answers %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryListPane</name>
    <message numerus="yes">
        <source>%1 of %n stories</source>
        <translation>
            <numerusform>%1 of %n story</numerusform>
            <numerusform>%1 of %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories, %1 complete</source>
        <translation>
            <numerusform>%n story, %1 complete</numerusform>
            <numerusform>%n stories, %1 complete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryQuestionsPanel</name>
    <message numerus="yes">
        <source>%n questions from other guides</source>
        <translation>
            <numerusform>%n question from another guide</numerusform>
            <numerusform>%n questions from other guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n questions: an interviewer may hear this story twice. Write another story for some of them.</source>
        <translation>
            <numerusform>More than %n question: an interviewer may hear this story twice. Write another story for some of them.</numerusform>
            <numerusform>More than %n questions: an interviewer may hear this story twice. Write another story for some of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers %n questions</source>
        <translation>
            <numerusform>Answers %n question</numerusform>
            <numerusform>Answers %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoryTimingPanel</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::UnsavedDraftsDialog</name>
    <message numerus="yes">
        <source>%n changes you typed could not be saved:</source>
        <translation>
            <numerusform>%n change you typed could not be saved:</numerusform>
            <numerusform>%n changes you typed could not be saved:</numerusform>
        </translation>
    </message>
</context>
</TS>
