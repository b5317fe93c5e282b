// The recovery journal keeps text whose save failed outside the database,
// one file per draft, and DraftWriter puts it back by its keys in a later
// session without touching what the draft does not hold.
#include "VerifyOk.h"
#include "services/DraftWriter.h"
#include "services/RecoveryJournal.h"
#include "storage/Database.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/StoryRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

class RecoveryJournalTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void draftRoundTripsThroughItsFile();
    void newerDraftOfTheSameFieldReplacesTheOlder();
    void removedDraftIsGoneAndOthersStay();
    void unreadableFilesAreReportedAndLeftInPlace();
    void readOnlyFolderIsReported();
    void writerPutsEachKindBackByItsKeys();
    void writerKeepsBothWhenTheTargetWasEditedSince();
};

void RecoveryJournalTest::draftRoundTripsThroughItsFile()
{
    QTemporaryDir dir;
    RecoveryJournal journal(dir.path());
    QCOMPARE(journal.read().drafts.size(), 0); // no folder yet: empty
    const Draft note = DraftWriter::noteDraft(
        QuestionRef{QStringLiteral("ml"), QStringLiteral("ml/what-is-overfitting")},
        QStringLiteral("What is overfitting?"), QStringLiteral("Line one\n\n* a < b & \"c\"\n"));
    IP_VERIFY_OK(journal.write(note));
    QVERIFY(QFile::exists(journal.filePath(note.id())));
    QCOMPARE(QFileInfo(journal.filePath(note.id())).path(),
             dir.filePath(QStringLiteral("recovery")));

    const RecoveryJournal::Contents contents = RecoveryJournal(dir.path()).read();
    QCOMPARE(contents.drafts.size(), 1);
    QCOMPARE(contents.drafts.first(), note);
    QCOMPARE(contents.drafts.first().label, QStringLiteral("Note on “What is overfitting?”"));
    QVERIFY(contents.unreadable.isEmpty());
}

void RecoveryJournalTest::newerDraftOfTheSameFieldReplacesTheOlder()
{
    QTemporaryDir dir;
    RecoveryJournal journal(dir.path());
    const QuestionRef question{QStringLiteral("ml"), QStringLiteral("q")};
    IP_VERIFY_OK(journal.write(
        DraftWriter::noteDraft(question, QStringLiteral("Q"), QStringLiteral("old"))));
    IP_VERIFY_OK(journal.write(
        DraftWriter::noteDraft(question, QStringLiteral("Q"), QStringLiteral("new"))));
    const auto drafts = journal.read().drafts;
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().field(QStringLiteral("note")), QStringLiteral("new"));
    // Atomic replacement leaves no temporary files behind.
    QCOMPARE(QDir(journal.directory()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void RecoveryJournalTest::removedDraftIsGoneAndOthersStay()
{
    QTemporaryDir dir;
    RecoveryJournal journal(dir.path());
    StarStory story;
    story.id = QStringLiteral("s1");
    story.title = QStringLiteral("Cut inference cost");
    const Draft storyDraft = DraftWriter::storyDraft(story);
    const Draft evidence =
        DraftWriter::evidenceDraft(QStringLiteral("ml"), QStringLiteral("aws"),
                                   QStringLiteral("AWS ML Engineer"), QStringLiteral("ID 123"));
    IP_VERIFY_OK(journal.write(storyDraft));
    IP_VERIFY_OK(journal.write(evidence));
    IP_VERIFY_OK(journal.remove(storyDraft.id()));
    IP_VERIFY_OK(journal.remove(storyDraft.id())); // already gone: fine
    const auto drafts = journal.read().drafts;
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first(), evidence);
}

void RecoveryJournalTest::unreadableFilesAreReportedAndLeftInPlace()
{
    QTemporaryDir dir;
    RecoveryJournal journal(dir.path());
    QVERIFY(QDir().mkpath(journal.directory()));
    const QString broken = QDir(journal.directory()).filePath(QStringLiteral("x.draft.json"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ truncated");
    }
    const auto contents = journal.read();
    QVERIFY(contents.drafts.isEmpty());
    QCOMPARE(contents.unreadable, QStringList{broken});
    QVERIFY(QFile::exists(broken));
}

void RecoveryJournalTest::readOnlyFolderIsReported()
{
    // A plain file where the folder should be: no permissions needed, so this
    // fails for root too.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("recovery")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RecoveryJournal journal(dir.path());
    const auto written =
        journal.write(DraftWriter::noteDraft(QuestionRef{QStringLiteral("g"), QStringLiteral("q")},
                                             QStringLiteral("Q"), QStringLiteral("text")));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(journal.directory())),
             qPrintable(written.error().message));
}

void RecoveryJournalTest::writerPutsEachKindBackByItsKeys()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    IP_VERIFY_OK(opened);
    Database& database = **opened;
    QuestionNoteRepository notes(database);
    StoryRepository stories(database);
    RequirementProgressRepository progress(database);

    // Existing work the drafts must not disturb: a bookmark, a story's link,
    // a requirement's status.
    const QuestionRef question{QStringLiteral("ml"), QStringLiteral("q1")};
    IP_VERIFY_OK(notes.setBookmarked(question, true));
    StarStory story;
    story.title = QStringLiteral("Old title");
    story.questions = {question};
    const auto savedStory = stories.save(story);
    IP_VERIFY_OK(savedStory);
    RequirementProgress item{QStringLiteral("ml"),
                             QStringLiteral("aws"),
                             RequirementStatus::InProgress,
                             {},
                             {},
                             QString(),
                             {}};
    IP_VERIFY_OK(progress.save(item));

    DraftWriter writer(notes, stories, progress);
    IP_VERIFY_OK(writer.write(
        DraftWriter::noteDraft(question, QStringLiteral("Q1"), QStringLiteral("recovered note"))));
    StarStory edited = *savedStory;
    edited.title = QStringLiteral("New title");
    edited.tags = {QStringLiteral("cost"), QStringLiteral("leadership")};
    edited.action = QStringLiteral("I profiled the service.");
    IP_VERIFY_OK(writer.write(DraftWriter::storyDraft(edited)));
    IP_VERIFY_OK(writer.write(
        DraftWriter::evidenceDraft(QStringLiteral("ml"), QStringLiteral("aws"),
                                   QStringLiteral("AWS"), QStringLiteral("Credential 42"))));
    // A story deleted since comes back under its id.
    StarStory gone;
    gone.id = QStringLiteral("deleted-story");
    gone.title = QStringLiteral("Came back");
    IP_VERIFY_OK(writer.write(DraftWriter::storyDraft(gone)));

    const auto note = notes.find(question);
    IP_VERIFY_OK(note);
    QCOMPARE((*note)->markdown, QStringLiteral("recovered note"));
    QVERIFY((*note)->bookmarked);
    const auto reread = stories.find(savedStory->id);
    IP_VERIFY_OK(reread);
    QCOMPARE((*reread)->title, QStringLiteral("New title"));
    QCOMPARE((*reread)->tags, (QStringList{QStringLiteral("cost"), QStringLiteral("leadership")}));
    QCOMPARE((*reread)->action, QStringLiteral("I profiled the service."));
    QCOMPARE((*reread)->questions, QList<QuestionRef>{question});
    const auto requirement = progress.find(QStringLiteral("ml"), QStringLiteral("aws"));
    IP_VERIFY_OK(requirement);
    QCOMPARE((*requirement)->evidence, QStringLiteral("Credential 42"));
    QCOMPARE((*requirement)->status, RequirementStatus::InProgress);
    const auto back = stories.find(QStringLiteral("deleted-story"));
    IP_VERIFY_OK(back);
    QVERIFY(back->has_value());
    QCOMPARE((*back)->title, QStringLiteral("Came back"));
}

void RecoveryJournalTest::writerKeepsBothWhenTheTargetWasEditedSince()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    IP_VERIFY_OK(opened);
    QuestionNoteRepository notes(**opened);
    StoryRepository stories(**opened);
    RequirementProgressRepository progress(**opened);
    const QuestionRef question{QStringLiteral("ml"), QStringLiteral("q1")};

    // Typed in a session that died, then the user wrote on in the next one.
    Draft oldNote =
        DraftWriter::noteDraft(question, QStringLiteral("Q1"), QStringLiteral("old text"));
    oldNote.modified = QDateTime::currentDateTimeUtc().addSecs(-3600);
    IP_VERIFY_OK(notes.save(
        {question.guideKey, question.questionKey, QStringLiteral("newer text"), false, {}}));
    StarStory story;
    story.title = QStringLiteral("Newer");
    story.questions = {question};
    const auto saved = stories.save(story);
    IP_VERIFY_OK(saved);
    StarStory older = *saved;
    older.title = QStringLiteral("Older");
    Draft oldStory = DraftWriter::storyDraft(older);
    oldStory.modified = oldNote.modified;

    DraftWriter writer(notes, stories, progress);
    IP_VERIFY_OK(writer.write(oldNote));
    IP_VERIFY_OK(writer.write(oldStory));

    const auto note = notes.find(question);
    IP_VERIFY_OK(note);
    QVERIFY((*note)->markdown.startsWith(QStringLiteral("newer text")));
    QVERIFY((*note)->markdown.endsWith(QStringLiteral("old text")));
    const auto all = stories.all();
    IP_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).title, QStringLiteral("Newer"));
    QCOMPARE(all->at(0).questions, QList<QuestionRef>{question});
    QCOMPARE(all->at(1).title, QStringLiteral("Older (recovered)"));
    QVERIFY(all->at(1).questions.isEmpty());
}

QTEST_GUILESS_MAIN(RecoveryJournalTest)
#include "tst_recovery_journal.moc"
