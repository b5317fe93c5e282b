// Repositories: the candidate's work is stored under stable keys and read back
// exactly; stories keep their links; nothing personal is lost when a guide
// leaves the library.
#include "StorageTestSupport.h"
#include "storage/LibraryRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/StoryRepository.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace ip;

namespace {

const QString Guide = QStringLiteral("machine-learning-engineer");

QuestionRef question(const QString& key)
{
    return {Guide, key};
}

QDateTime at(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

qint64 rowCount(const Database& database, const QString& table)
{
    return storagetest::rawValue(database.filePath(),
                                 QStringLiteral("SELECT count(*) FROM ") + table)
        .toLongLong();
}

} // namespace

class RepositoryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storiesMadeInTheSameMillisecondKeepTheirOrder();

    void noteIsSavedAndReadBackByKey();
    void bookmarkKeepsTheNoteText();
    void notesAreListedPerGuideInKeyOrder();
    void requirementProgressRoundTrips_data();
    void requirementProgressRoundTrips();
    void newStoryGetsAnIdAndTidyTagsAndLinks();
    void editingAStoryKeepsItsCreationTime();
    void storiesAndQuestionsAreManyToMany();
    void deletingAStoryRemovesItsLinks();
    void removingAGuideKeepsTheUsersWork();
    void theLibraryIsListedWithoutItsSnapshots();
    void practiceAnswerUpdatesLogAndSchedule();
    void dueSchedulesComeSoonestFirst();
    void invalidRecordsAreRefusedWithoutWriting_data();
    void invalidRecordsAreRefusedWithoutWriting();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void RepositoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = storagetest::openDatabase(m_dir->path());
    IP_VERIFY_OK(database);
    m_database = std::move(database).value();
}

void RepositoryTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void RepositoryTest::storiesMadeInTheSameMillisecondKeepTheirOrder()
{
    StoryRepository stories(*m_database);
    const QDateTime sameMoment(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QStringList made;
    for (int i = 0; i < 30; ++i) {
        StarStory story;
        story.title = QStringLiteral("Story %1").arg(i);
        story.createdAt = sameMoment;
        const auto saved = stories.restore(story); // a new random id each time
        IP_VERIFY_OK(saved);
        made << saved->id;
    }
    for (int pass = 0; pass < 2; ++pass) {
        const auto all = stories.all();
        IP_VERIFY_OK(all);
        QStringList read;
        for (const StarStory& story : all.value())
            read << story.id;
        QCOMPARE(read, made);
        // An edit keeps the story's place.
        StarStory edited = all->at(10);
        edited.title = QStringLiteral("edited");
        IP_VERIFY_OK(stories.save(edited));
    }
}

void RepositoryTest::noteIsSavedAndReadBackByKey()
{
    QuestionNoteRepository notes(*m_database);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const auto saved =
        notes.save({Guide, QStringLiteral("q1"), QStringLiteral("# Mine\n\nnaïve ✓"), false, {}});
    IP_VERIFY_OK(saved);
    QVERIFY(saved->updatedAt >= before);
    QCOMPARE(saved->updatedAt.timeSpec(), Qt::UTC);

    const auto found = notes.find(question(QStringLiteral("q1")));
    IP_VERIFY_OK(found);
    QCOMPARE(found->value(), *saved);

    IP_VERIFY_OK(
        notes.save({Guide, QStringLiteral("q1"), QStringLiteral("second draft"), false, {}}));
    QCOMPARE(notes.find(question(QStringLiteral("q1")))->value().markdown,
             QStringLiteral("second draft"));
    QCOMPARE(rowCount(*m_database, QStringLiteral("question_note")), 1);

    const auto missing = notes.find(question(QStringLiteral("never-written")));
    IP_VERIFY_OK(missing);
    QVERIFY(!missing->has_value());

    IP_VERIFY_OK(notes.remove(question(QStringLiteral("q1"))));
    QVERIFY(!notes.find(question(QStringLiteral("q1")))->has_value());
}

void RepositoryTest::bookmarkKeepsTheNoteText()
{
    QuestionNoteRepository notes(*m_database);
    IP_VERIFY_OK(notes.setBookmarked(question(QStringLiteral("fresh")), true));
    QCOMPARE(notes.find(question(QStringLiteral("fresh")))->value().markdown, QString());
    QVERIFY(notes.find(question(QStringLiteral("fresh")))->value().bookmarked);

    IP_VERIFY_OK(notes.save({Guide, QStringLiteral("q"), QStringLiteral("keep me"), false, {}}));
    IP_VERIFY_OK(notes.setBookmarked(question(QStringLiteral("q")), true));
    const QuestionNote note = notes.find(question(QStringLiteral("q")))->value();
    QVERIFY(note.bookmarked);
    QCOMPARE(note.markdown, QStringLiteral("keep me"));
}

void RepositoryTest::notesAreListedPerGuideInKeyOrder()
{
    QuestionNoteRepository notes(*m_database);
    for (const QString& key : {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")})
        IP_VERIFY_OK(notes.save({Guide, key, key, false, {}}));
    IP_VERIFY_OK(
        notes.save({QStringLiteral("other-guide"), QStringLiteral("z"), QString(), false, {}}));

    const auto forGuide = notes.forGuide(Guide);
    IP_VERIFY_OK(forGuide);
    QStringList keys;
    for (const QuestionNote& note : *forGuide)
        keys << note.questionKey;
    QCOMPARE(keys, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(notes.all()->size(), 4);
    QCOMPARE(notes.all()->first().guideKey, Guide); // "machine-..." sorts before "other-..."
}

void RepositoryTest::requirementProgressRoundTrips_data()
{
    QTest::addColumn<RequirementStatus>("status");
    QTest::addColumn<QString>("statusKey");
    QTest::addColumn<QDate>("target");
    QTest::addColumn<QDate>("completed");

    QTest::newRow("not started") << RequirementStatus::NotStarted << "not-started" << QDate()
                                 << QDate();
    QTest::newRow("planned") << RequirementStatus::Planned << "planned" << QDate(2027, 1, 31)
                             << QDate();
    QTest::newRow("in progress") << RequirementStatus::InProgress << "in-progress"
                                 << QDate(2026, 12, 1) << QDate();
    QTest::newRow("done") << RequirementStatus::Done << "done" << QDate(2026, 9, 1)
                          << QDate(2026, 8, 30);
    QTest::newRow("not applicable")
        << RequirementStatus::NotApplicable << "not-applicable" << QDate() << QDate();
}

void RepositoryTest::requirementProgressRoundTrips()
{
    QFETCH(RequirementStatus, status);
    QFETCH(QString, statusKey);
    QFETCH(QDate, target);
    QFETCH(QDate, completed);

    QCOMPARE(requirementStatusKey(status), statusKey);
    QCOMPARE(requirementStatusFromKey(statusKey), std::optional<RequirementStatus>(status));

    RequirementProgressRepository repository(*m_database);
    RequirementProgress progress;
    progress.guideKey = Guide;
    progress.requirementKey = QStringLiteral("machine-learning-engineer/aws-ml-specialty");
    progress.status = status;
    if (target.isValid())
        progress.targetDate = target;
    if (completed.isValid())
        progress.completedDate = completed;
    progress.evidence = QStringLiteral("https://example.org/credential/ABC-123");
    const auto saved = repository.save(progress);
    IP_VERIFY_OK(saved);

    const auto found = repository.find(Guide, progress.requirementKey);
    IP_VERIFY_OK(found);
    QCOMPARE(found->value(), *saved);
    QCOMPARE(storagetest::rawValue(m_database->filePath(),
                                   QStringLiteral("SELECT status FROM requirement_progress")),
             statusKey);
    QCOMPARE(repository.forGuide(Guide)->size(), 1);
    QCOMPARE(repository.forGuide(QStringLiteral("other"))->size(), 0);
}

void RepositoryTest::newStoryGetsAnIdAndTidyTagsAndLinks()
{
    StoryRepository stories(*m_database);
    StarStory story;
    story.title = QStringLiteral("Cutting inference cost");
    story.situation = QStringLiteral("GPU bill doubled.");
    story.task = QStringLiteral("Halve it.");
    story.action = QStringLiteral("Distilled the model.");
    story.result = QStringLiteral("-60% cost.");
    story.tags = {QStringLiteral(" cost "), QStringLiteral("ml"), QStringLiteral(""),
                  QStringLiteral("cost")};
    story.questions = {question(QStringLiteral("q2")), question(QStringLiteral("q1")),
                       question(QStringLiteral("q2"))};

    const auto saved = stories.save(story);
    IP_VERIFY_OK(saved);
    QVERIFY(!saved->id.isEmpty());
    QVERIFY(saved->createdAt.isValid());
    QCOMPARE(saved->updatedAt, saved->createdAt);
    QCOMPARE(saved->tags, (QStringList{u"cost"_s, u"ml"_s}));
    QCOMPARE(saved->questions,
             (QList<QuestionRef>{question(QStringLiteral("q1")), question(QStringLiteral("q2"))}));

    const auto found = stories.find(saved->id);
    IP_VERIFY_OK(found);
    QCOMPARE(found->value(), *saved);
}

void RepositoryTest::editingAStoryKeepsItsCreationTime()
{
    StoryRepository stories(*m_database);
    StarStory story;
    story.title = QStringLiteral("First title");
    const StarStory first = stories.save(story).value();
    QTest::qSleep(5);

    StarStory edit = first;
    edit.createdAt = QDateTime(); // an editor that does not carry it
    edit.title = QStringLiteral("Better title");
    edit.tags = {QStringLiteral("new-tag")};
    const auto second = stories.save(edit);
    IP_VERIFY_OK(second);
    QCOMPARE(second->id, first.id);
    QCOMPARE(second->createdAt, first.createdAt);
    QVERIFY(second->updatedAt > first.updatedAt);
    QCOMPARE(stories.all()->size(), 1);
    QCOMPARE(stories.find(first.id)->value().title, QStringLiteral("Better title"));
    QCOMPARE(stories.find(first.id)->value().tags, QStringList{QStringLiteral("new-tag")});
}

void RepositoryTest::storiesAndQuestionsAreManyToMany()
{
    StoryRepository stories(*m_database);
    StarStory a;
    a.title = QStringLiteral("A");
    a.questions = {question(QStringLiteral("q1")), question(QStringLiteral("q2"))};
    const StarStory savedA = stories.save(a).value();
    StarStory b;
    b.title = QStringLiteral("B");
    const StarStory savedB = stories.save(b).value();
    IP_VERIFY_OK(stories.link(savedB.id, question(QStringLiteral("q1"))));
    IP_VERIFY_OK(stories.link(savedB.id, question(QStringLiteral("q1")))); // twice is once

    const auto forQ1 = stories.forQuestion(question(QStringLiteral("q1")));
    IP_VERIFY_OK(forQ1);
    QCOMPARE(forQ1->size(), 2);
    QCOMPARE(stories.forQuestion(question(QStringLiteral("q2")))->size(), 1);
    QCOMPARE(stories.find(savedB.id)->value().questions,
             QList<QuestionRef>{question(QStringLiteral("q1"))});

    IP_VERIFY_OK(stories.unlink(savedA.id, question(QStringLiteral("q1"))));
    QCOMPARE(stories.forQuestion(question(QStringLiteral("q1")))->size(), 1);
    QCOMPARE(stories.forQuestion(question(QStringLiteral("q1")))->first().id, savedB.id);
}

void RepositoryTest::deletingAStoryRemovesItsLinks()
{
    StoryRepository stories(*m_database);
    StarStory story;
    story.title = QStringLiteral("Going away");
    story.tags = {QStringLiteral("t1"), QStringLiteral("t2")};
    story.questions = {question(QStringLiteral("q1")), question(QStringLiteral("q2"))};
    const StarStory saved = stories.save(story).value();
    StarStory stays;
    stays.title = QStringLiteral("Staying");
    stays.questions = {question(QStringLiteral("q1"))};
    IP_VERIFY_OK(stories.save(stays));
    QCOMPARE(rowCount(*m_database, QStringLiteral("star_story_question")), 3);

    IP_VERIFY_OK(stories.remove(saved.id));
    QVERIFY(!stories.find(saved.id)->has_value());
    QCOMPARE(rowCount(*m_database, QStringLiteral("star_story_question")), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("star_story_tag")), 0);
    QCOMPARE(stories.forQuestion(question(QStringLiteral("q2")))->size(), 0);
    QCOMPARE(stories.forQuestion(question(QStringLiteral("q1")))->size(), 1);
}

void RepositoryTest::removingAGuideKeepsTheUsersWork()
{
    LibraryRepository library(*m_database);
    const LibraryEntry entry{Guide, QStringLiteral("/home/me/guides/ml.md"),
                             QStringLiteral("sha256:1"),
                             QByteArray("{\"questions\":[]}\0binary", 23), at(1764000000000)};
    IP_VERIFY_OK(library.save(entry));
    QCOMPARE(library.find(Guide)->value(), entry);
    // A start finds the snapshot by the file and its exact bytes only.
    QCOMPARE(library.findSnapshot(entry.filePath, entry.contentHash)->value(), entry);
    QVERIFY(!library.findSnapshot(entry.filePath, QStringLiteral("sha256:2"))->has_value());
    QVERIFY(
        !library.findSnapshot(QStringLiteral("/elsewhere/ml.md"), entry.contentHash)->has_value());

    QuestionNoteRepository notes(*m_database);
    IP_VERIFY_OK(
        notes.save({Guide, QStringLiteral("q1"), QStringLiteral("weeks of work"), true, {}}));
    RequirementProgress progress;
    progress.guideKey = Guide;
    progress.requirementKey = QStringLiteral("r1");
    progress.status = RequirementStatus::Done;
    IP_VERIFY_OK(RequirementProgressRepository(*m_database).save(progress));
    StarStory story;
    story.questions = {question(QStringLiteral("q1"))};
    IP_VERIFY_OK(StoryRepository(*m_database).save(story));
    const ReviewLogEntry answer{Guide, QStringLiteral("q1"), at(1764000001000), 3, 12.5};
    IP_VERIFY_OK(
        ReviewRepository(*m_database)
            .record(answer, ReviewSchedule{Guide, QStringLiteral("q1"), 2.3065, 2.1181, 2,
                                           at(1764100000000), answer.reviewedAt, 1, 0, 3}));

    IP_VERIFY_OK(library.remove(Guide));
    QVERIFY(!library.find(Guide)->has_value());
    QVERIFY(library.all()->isEmpty());

    // Everything personal is still there, and attached again on re-import.
    IP_VERIFY_OK(
        library.save(LibraryEntry{Guide, entry.filePath, QStringLiteral("sha256:2"), "{}", {}}));
    QCOMPARE(notes.forGuide(Guide)->size(), 1);
    QCOMPARE(notes.find(question(QStringLiteral("q1")))->value().markdown,
             QStringLiteral("weeks of work"));
    QCOMPARE(RequirementProgressRepository(*m_database).forGuide(Guide)->size(), 1);
    QCOMPARE(StoryRepository(*m_database).forQuestion(question(QStringLiteral("q1")))->size(), 1);
    QCOMPARE(ReviewRepository(*m_database).log(question(QStringLiteral("q1")))->size(), 1);
    QVERIFY(library.find(Guide)->value().importedAt.isValid());
}

// The title and counts the library lists come from each snapshot as it is
// written; a snapshot that is not a guide's JSON is marked unreadable, and
// writing a good one over it mends the row.
void RepositoryTest::theLibraryIsListedWithoutItsSnapshots()
{
    LibraryRepository library(*m_database);
    const QByteArray guide =
        R"({"key":"ml","title":"ML Engineer \"2026\"","questions":[{"key":"ml/a"},)"
        R"({"key":"ml/b"},{"key":"ml/c"}],"requirementGroups":[{"items":[{"key":"x"}]},)"
        R"({"items":[{"key":"y"},{"key":"z"}]}]})";
    IP_VERIFY_OK(library.save(LibraryEntry{
        QStringLiteral("ml"), QStringLiteral("/g/ml.md"), QStringLiteral("h1"), guide, {}}));
    IP_VERIFY_OK(library.save(LibraryEntry{QStringLiteral("broken"),
                                           QStringLiteral("/g/b.md"),
                                           QStringLiteral("h2"),
                                           "not json {",
                                           {}}));
    IP_VERIFY_OK(library.save(LibraryEntry{QStringLiteral("keyless"),
                                           QStringLiteral("/g/k.md"),
                                           QStringLiteral("h3"),
                                           R"({"title":"No key"})",
                                           {}}));
    auto listing = library.listing();
    IP_VERIFY_OK(listing);
    QCOMPARE(listing->size(), 3);
    const LibraryListing& broken = listing->at(0);
    QCOMPARE(broken.entry.guideKey, QStringLiteral("broken"));
    QVERIFY(!broken.readable);
    QVERIFY(!listing->at(1).readable); // keyless
    const LibraryListing& ml = listing->at(2);
    QVERIFY(ml.readable);
    QCOMPARE(ml.title, QStringLiteral("ML Engineer \"2026\""));
    QCOMPARE(ml.questions, 3);
    QCOMPARE(ml.requirements, 3);
    QCOMPARE(ml.entry.filePath, QStringLiteral("/g/ml.md"));
    QCOMPARE(ml.entry.contentHash, QStringLiteral("h1"));
    QVERIFY(ml.entry.snapshot.isEmpty());
    QVERIFY(ml.entry.importedAt.isValid());

    IP_VERIFY_OK(library.save(LibraryEntry{
        QStringLiteral("broken"), QStringLiteral("/g/b.md"), QStringLiteral("h4"), guide, {}}));
    listing = library.listing();
    IP_VERIFY_OK(listing);
    QVERIFY(listing->at(0).readable);
    QCOMPARE(listing->at(0).questions, 3);
}

void RepositoryTest::practiceAnswerUpdatesLogAndSchedule()
{
    ReviewRepository reviews(*m_database);
    const ReviewLogEntry first{Guide, QStringLiteral("q1"), at(1764000000123), 1, 30};
    const ReviewSchedule afterFirst{
        Guide, QStringLiteral("q1"), 0.212, 6.4133, 1, at(1764028800000), first.reviewedAt, 1, 0,
        1};
    IP_VERIFY_OK(reviews.record(first, afterFirst));
    const ReviewLogEntry second{Guide, QStringLiteral("q1"), at(1764000700000), 4, 8.25};
    const ReviewSchedule afterSecond{
        Guide, QStringLiteral("q1"), 0.5, 5.25, 1, at(1764115200000), second.reviewedAt, 2, 0, 4};
    IP_VERIFY_OK(reviews.record(second, afterSecond));

    QCOMPARE(reviews.log(question(QStringLiteral("q1")))->size(), 2);
    QCOMPARE(reviews.log(question(QStringLiteral("q1")))->at(0), first);
    QCOMPARE(reviews.allLog()->at(1), second);
    QCOMPARE(reviews.schedule(question(QStringLiteral("q1")))->value(), afterSecond);
    QCOMPARE(reviews.schedulesForGuide(Guide)->size(), 1);

    // The same answer restored again is not logged twice.
    IP_VERIFY_OK(reviews.restoreLogEntry(second));
    QCOMPARE(reviews.allLog()->size(), 2);
}

void RepositoryTest::dueSchedulesComeSoonestFirst()
{
    ReviewRepository reviews(*m_database);
    const auto schedule = [](const QString& key, qint64 due) {
        return ReviewSchedule{Guide, key, 2.3065, 2.1181, 2, at(due), at(500), 1, 0, 3};
    };
    IP_VERIFY_OK(reviews.saveSchedule(schedule(QStringLiteral("later"), 3000)));
    IP_VERIFY_OK(reviews.saveSchedule(schedule(QStringLiteral("soon"), 1000)));
    IP_VERIFY_OK(reviews.saveSchedule(schedule(QStringLiteral("future"), 9000)));
    const auto due = reviews.dueBy(at(3000));
    IP_VERIFY_OK(due);
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).questionKey, QStringLiteral("soon"));
    QCOMPARE(due->at(1).questionKey, QStringLiteral("later"));
    QCOMPARE(due->at(0), schedule(QStringLiteral("soon"), 1000));
}

void RepositoryTest::invalidRecordsAreRefusedWithoutWriting_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("note without a question key") << 0;
    QTest::newRow("requirement without a guide key") << 1;
    QTest::newRow("story linked to a blank key") << 2;
    QTest::newRow("grade 5") << 3;
    QTest::newRow("negative seconds") << 4;
    QTest::newRow("schedule with difficulty 11") << 5;
    QTest::newRow("schedule with zero stability") << 6;
}

void RepositoryTest::invalidRecordsAreRefusedWithoutWriting()
{
    QFETCH(int, which);
    Result<void> outcome;
    switch (which) {
    case 0: {
        const auto saved = QuestionNoteRepository(*m_database)
                               .save({Guide, QString(), QStringLiteral("x"), false, {}});
        outcome = saved ? Result<void>() : Result<void>(saved.error());
        break;
    }
    case 1: {
        RequirementProgress progress;
        progress.requirementKey = QStringLiteral("r");
        const auto saved = RequirementProgressRepository(*m_database).save(progress);
        outcome = saved ? Result<void>() : Result<void>(saved.error());
        break;
    }
    case 2: {
        StarStory story;
        story.questions = {{Guide, QStringLiteral("  ")}};
        const auto saved = StoryRepository(*m_database).save(story);
        outcome = saved ? Result<void>() : Result<void>(saved.error());
        break;
    }
    case 3:
        outcome =
            ReviewRepository(*m_database)
                .record({Guide, QStringLiteral("q"), at(1), 5, 1},
                        {Guide, QStringLiteral("q"), 2.3065, 2.1181, 2, at(2), at(1), 1, 0, 3});
        break;
    case 4:
        outcome = ReviewRepository(*m_database)
                      .restoreLogEntry({Guide, QStringLiteral("q"), at(1), 2, -1});
        break;
    case 5:
    case 6:
        outcome = ReviewRepository(*m_database)
                      .record({Guide, QStringLiteral("q"), at(1), 3, 1},
                              {Guide, QStringLiteral("q"), which == 6 ? 0.0 : 2.3065,
                               which == 5 ? 11.0 : 2.1181, 2, at(2), at(1), 1, 0, 3});
        break;
    }
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(outcome.error().message.contains(QStringLiteral("Nothing was changed")),
             qPrintable(outcome.error().message));
    for (const QString& table :
         {QStringLiteral("question_note"), QStringLiteral("requirement_progress"),
          QStringLiteral("star_story"), QStringLiteral("review_log"),
          QStringLiteral("review_schedule")})
        QCOMPARE(rowCount(*m_database, table), 0);
}

QTEST_GUILESS_MAIN(RepositoryTest)
#include "tst_repositories.moc"
