// Export and restore: the candidate's data leaves the app as one documented
// JSON file and comes back exactly, merged by key, all or nothing; a file
// that is not such a backup is refused before anything changes.
#include "DatabaseTestPeer.h"
#include "StorageTestSupport.h"
#include "services/BackupDocument.h"
#include "services/ExportService.h"
#include "storage/InterviewDateRepository.h"
#include "storage/LibraryRepository.h"
#include "storage/MockInterviewRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/StoryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace ip;
using storagetest::openDatabase;

namespace {

const QString Ml = QStringLiteral("machine-learning-engineer");
const QString NotImported = QStringLiteral("data-scientist");

QDateTime at(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Data of every kind, with the awkward cases: non-ASCII and multi-line text,
// empty strings, null dates, millisecond times, fractional seconds, a guide
// that is not in the library (which may have an interview date all the same).
void populate(Database& database)
{
    RequirementProgressRepository requirements(database);
    RequirementProgress done;
    done.guideKey = Ml;
    done.requirementKey = QStringLiteral("machine-learning-engineer/aws-ml-specialty");
    done.status = RequirementStatus::Done;
    done.targetDate = QDate(2026, 10, 1);
    done.completedDate = QDate(2026, 10, 15);
    done.evidence = QStringLiteral("Credential ABC-123\nhttps://example.org/verify?id=1&x=\"2\"");
    QVERIFY(requirements.save(done));
    RequirementProgress planned;
    planned.guideKey = NotImported;
    planned.requirementKey = QStringLiteral("data-scientist/statistics");
    planned.status = RequirementStatus::NotApplicable;
    QVERIFY(requirements.save(planned));

    QuestionNoteRepository notes(database);
    QVERIFY(notes.save(
        {Ml,
         QStringLiteral("machine-learning-engineer/overfitting"),
         QStringLiteral("# Über-fitting 🧠\n\n- point one\n- «point» two\n\ttabbed"),
         true,
         {}}));
    QVERIFY(
        notes.save({Ml, QStringLiteral("machine-learning-engineer/empty"), QString(), false, {}}));
    QVERIFY(notes.save({NotImported,
                        QStringLiteral("data-scientist/p-values"),
                        QStringLiteral("kept anyway"),
                        false,
                        {}}));

    StoryRepository stories(database);
    StarStory story;
    story.title = QStringLiteral("Ranking model rescue");
    story.situation = QStringLiteral("CTR fell 12%.");
    story.task = QStringLiteral("Find why.");
    story.action = QStringLiteral("Rebuilt features;\nshadow-deployed.");
    story.result = QStringLiteral("Back to baseline in 9 days.");
    story.tags = {QStringLiteral("ml-ops"), QStringLiteral("leadership")};
    story.questions = {{Ml, QStringLiteral("machine-learning-engineer/overfitting")},
                       {NotImported, QStringLiteral("data-scientist/p-values")}};
    QVERIFY(stories.save(story));
    StarStory bare;
    bare.title = QStringLiteral("Untagged");
    QVERIFY(stories.save(bare));

    ReviewRepository reviews(database);
    QVERIFY(reviews.restoreLogEntry(
        {Ml, QStringLiteral("machine-learning-engineer/overfitting"), at(1764000000123), 2, 95.5}));
    QVERIFY(reviews.restoreLogEntry(
        {Ml, QStringLiteral("machine-learning-engineer/overfitting"), at(1764000100000), 4, 30}));
    QVERIFY(reviews.restoreLogEntry(
        {NotImported, QStringLiteral("data-scientist/p-values"), at(1764000050000), 1, 0.001}));

    InterviewDateRepository dates(database);
    QVERIFY(dates.save(Ml, QDate(2026, 12, 15)));
    QVERIFY(dates.save(NotImported, QDate(2027, 1, 10)));
}

const QString MockOutline =
    QStringLiteral("# Plan\n- <b>bias</b> & variance, *trade-off* <script>x</script>\n\n```\nif "
                   "(a < b && b > c) return \"quoted\";\n```\n\tC:\\path\r\nü 🧠 &amp; "
                   "[link](http://x)\n");
const QDateTime FinishedStart = QDateTime::fromMSecsSinceEpoch(1764100000000, Qt::UTC);
const QDateTime FinishedEnd = QDateTime::fromMSecsSinceEpoch(1764101800000, Qt::UTC);
const QDateTime Graded = QDateTime::fromMSecsSinceEpoch(1764102000000, Qt::UTC);
const QDateTime UnfinishedStart = QDateTime::fromMSecsSinceEpoch(1764200000123, Qt::UTC);

MockInterviewQuestion mockQuestion(const QString& key, int box, double seconds,
                                   const QString& outline, bool answered)
{
    MockInterviewQuestion question;
    question.questionKey = key;
    question.category = QStringLiteral("ML fundamentals");
    question.prompt = QStringLiteral("Explain %1 <in> \"two\" minutes.").arg(key);
    question.timeBoxSeconds = box;
    question.secondsTaken = seconds;
    question.outline = outline;
    question.answered = answered;
    return question;
}

// A finished mock interview (one question graded, with its review log entry
// as MockInterviewService logs it; one over its time box; one the interview
// ended before) and an unfinished one of a guide not in the library.
void populateMockInterviews(Database& database)
{
    MockInterviewRepository mocks(database);
    MockInterview finished;
    finished.guideKey = Ml;
    finished.startedAt = FinishedStart;
    finished.plannedMinutes = 30;
    finished.questions = {mockQuestion(QStringLiteral("machine-learning-engineer/overfitting"), 300,
                                       280.5, MockOutline, true),
                          mockQuestion(QStringLiteral("machine-learning-engineer/regularisation"),
                                       240, 300.25, QString(), true),
                          mockQuestion(QStringLiteral("machine-learning-engineer/bias-variance"),
                                       300, 0, QString(), false)};
    const auto id = mocks.create(finished);
    QVERIFY(id);
    QVERIFY(mocks.finish(*id, FinishedEnd));
    QVERIFY(mocks.saveGrade(*id, 0, 3, Graded));
    QVERIFY(ReviewRepository(database).restoreLogEntry(
        {Ml, QStringLiteral("machine-learning-engineer/overfitting"), Graded, 3, 280.5}));

    MockInterview running;
    running.guideKey = NotImported;
    running.startedAt = UnfinishedStart;
    running.plannedMinutes = 45;
    running.questions = {mockQuestion(QStringLiteral("data-scientist/p-values"), 360, 61,
                                      QStringLiteral("half a thought\n  - indented"), false)};
    QVERIFY(mocks.create(running));
}

// Every stored mock interview, without the database's own ids, oldest
// first.
QList<MockInterview> storedMockInterviews(Database& database)
{
    const auto found = MockInterviewRepository(database).all();
    QList<MockInterview> all = found ? *found : QList<MockInterview>();
    for (MockInterview& interview : all)
        interview.id = 0;
    std::sort(all.begin(), all.end(), [](const MockInterview& a, const MockInterview& b) {
        return a.startedAt < b.startedAt;
    });
    return all;
}

QByteArray exportJson(Database& database)
{
    const auto document = ExportService(database).exportAll();
    return document ? document->toJson() : QByteArray();
}

// The export without the one field that changes with every run.
QJsonObject withoutExportTime(const QByteArray& json)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.remove(QStringLiteral("exportedAt"));
    return object;
}

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class ExportRestoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportHasTheDocumentedShape();
    void exportRestoreExportIsIdentical();
    void restoreMergesByKey();
    void restoreKeepsDataForGuidesNotInTheLibrary();
    void restoreInterviewDates_data();
    void restoreInterviewDates();
    void mockInterviewsRoundTrip();
    void restoreMergesMockInterviews();
    void olderSchemaExportsNoMockInterviews();
    void unknownFieldsAreIgnored();
    void surrogatePairsAreText();
    void invalidBackupsAreRefusedAndChangeNothing_data();
    void invalidBackupsAreRefusedAndChangeNothing();
    void restoreIsAllOrNothing();
    void timestampsAreIsoUtc_data();
    void timestampsAreIsoUtc();
};

void ExportRestoreTest::exportHasTheDocumentedShape()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    populate(**database);
    const QJsonDocument document = QJsonDocument::fromJson(exportJson(**database));
    QVERIFY(document.isObject());
    const QJsonObject root = document.object();

    QCOMPARE(keysOf(root), (QStringList{u"exportedAt"_s, u"format"_s, u"interviewDates"_s,
                                        u"mockInterviews"_s, u"notes"_s, u"requirements"_s,
                                        u"reviews"_s, u"stories"_s, u"version"_s}));
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("interview-prep-backup"));
    QCOMPARE(root[QStringLiteral("version")].toInt(), 1);
    const QRegularExpression utc(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z$"));
    QVERIFY(utc.match(root[QStringLiteral("exportedAt")].toString()).hasMatch());

    const QJsonArray requirements = root[QStringLiteral("requirements")].toArray();
    QCOMPARE(requirements.size(), 2);
    const QJsonObject done = requirements.at(1).toObject(); // sorted: data-scientist first
    QCOMPARE(keysOf(done), (QStringList{u"completedDate"_s, u"evidence"_s, u"guide"_s, u"key"_s,
                                        u"status"_s, u"targetDate"_s, u"updatedAt"_s}));
    QCOMPARE(done[QStringLiteral("guide")].toString(), Ml);
    QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("done"));
    QCOMPARE(done[QStringLiteral("targetDate")].toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(done[QStringLiteral("completedDate")].toString(), QStringLiteral("2026-10-15"));
    QVERIFY(utc.match(done[QStringLiteral("updatedAt")].toString()).hasMatch());
    const QJsonObject notApplicable = requirements.at(0).toObject();
    QCOMPARE(notApplicable[QStringLiteral("status")].toString(), QStringLiteral("not-applicable"));
    QVERIFY(notApplicable[QStringLiteral("targetDate")].isNull());
    QVERIFY(notApplicable[QStringLiteral("completedDate")].isNull());

    const QJsonArray notes = root[QStringLiteral("notes")].toArray();
    QCOMPARE(notes.size(), 3);
    QCOMPARE(keysOf(notes.at(0).toObject()),
             (QStringList{u"bookmarked"_s, u"guide"_s, u"markdown"_s, u"questionKey"_s,
                          u"updatedAt"_s}));
    QVERIFY(notes.at(0).toObject()[QStringLiteral("bookmarked")].isBool());

    const QJsonArray stories = root[QStringLiteral("stories")].toArray();
    QCOMPARE(stories.size(), 2);
    // Both stories may share a creation millisecond, so find ours by title.
    QJsonObject story;
    for (const QJsonValue& value : stories) {
        if (value.toObject()[QStringLiteral("title")].toString() ==
            QStringLiteral("Ranking model rescue"))
            story = value.toObject();
    }
    QCOMPARE(keysOf(story),
             (QStringList{u"action"_s, u"createdAt"_s, u"id"_s, u"questionKeys"_s, u"result"_s,
                          u"situation"_s, u"tags"_s, u"task"_s, u"title"_s, u"updatedAt"_s}));
    QCOMPARE(story[QStringLiteral("tags")].toArray(),
             QJsonArray({QStringLiteral("ml-ops"), QStringLiteral("leadership")}));
    const QJsonArray links = story[QStringLiteral("questionKeys")].toArray();
    QCOMPARE(links.size(), 2);
    QCOMPARE(keysOf(links.at(0).toObject()), (QStringList{u"guide"_s, u"questionKey"_s}));

    const QJsonArray reviews = root[QStringLiteral("reviews")].toArray();
    QCOMPARE(reviews.size(), 3);
    const QJsonObject first = reviews.at(0).toObject(); // oldest first
    QCOMPARE(keysOf(first), (QStringList{u"grade"_s, u"guide"_s, u"questionKey"_s, u"reviewedAt"_s,
                                         u"seconds"_s}));
    QCOMPARE(first[QStringLiteral("reviewedAt")].toString(),
             QStringLiteral("2025-11-24T16:00:00.123Z"));
    QCOMPARE(first[QStringLiteral("grade")].toInt(), 2);
    QCOMPARE(first[QStringLiteral("seconds")].toDouble(), 95.5);

    // By guide key, each a plain calendar day.
    const QJsonArray dates = root[QStringLiteral("interviewDates")].toArray();
    QCOMPARE(dates.size(), 2);
    QCOMPARE(keysOf(dates.at(0).toObject()), (QStringList{u"date"_s, u"guide"_s}));
    QCOMPARE(dates.at(0).toObject()[QStringLiteral("guide")].toString(), NotImported);
    QCOMPARE(dates.at(0).toObject()[QStringLiteral("date")].toString(),
             QStringLiteral("2027-01-10"));
    QCOMPARE(dates.at(1).toObject()[QStringLiteral("guide")].toString(), Ml);
    QCOMPARE(dates.at(1).toObject()[QStringLiteral("date")].toString(),
             QStringLiteral("2026-12-15"));
}

void ExportRestoreTest::exportRestoreExportIsIdentical()
{
    QTemporaryDir source;
    QTemporaryDir target;
    auto from = openDatabase(source.path());
    IP_VERIFY_OK(from);
    populate(**from);
    const QByteArray first = exportJson(**from);

    auto to = openDatabase(target.path());
    IP_VERIFY_OK(to);
    const auto parsed = BackupDocument::fromJson(first);
    IP_VERIFY_OK(parsed);
    const auto summary = ExportService(**to).restore(*parsed);
    IP_VERIFY_OK(summary);
    QCOMPARE(summary->requirements, 2);
    QCOMPARE(summary->notes, 3);
    QCOMPARE(summary->stories, 2);
    QCOMPARE(summary->reviews, 3);
    QCOMPARE(summary->interviewDates, 2);
    const QByteArray second = exportJson(**to);
    QCOMPARE(withoutExportTime(second), withoutExportTime(first));
    // Byte for byte, apart from the time of export.
    QCOMPARE(second.size(), first.size());

    // Restoring into the same database again changes nothing.
    IP_VERIFY_OK(ExportService(**to).restore(*parsed));
    QCOMPARE(withoutExportTime(exportJson(**to)), withoutExportTime(first));
}

void ExportRestoreTest::restoreMergesByKey()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QuestionNoteRepository notes(**database);
    StoryRepository stories(**database);
    IP_VERIFY_OK(notes.save({Ml, QStringLiteral("q1"), QStringLiteral("old text"), false, {}}));
    IP_VERIFY_OK(
        notes.save({Ml, QStringLiteral("q-untouched"), QStringLiteral("stays"), false, {}}));
    StarStory replaced;
    replaced.id = QStringLiteral("s1");
    replaced.title = QStringLiteral("old title");
    replaced.tags = {QStringLiteral("old-tag")};
    replaced.questions = {{Ml, QStringLiteral("q-old")}};
    IP_VERIFY_OK(stories.save(replaced));
    StarStory untouched;
    untouched.id = QStringLiteral("s2");
    untouched.title = QStringLiteral("not in the file");
    IP_VERIFY_OK(stories.save(untouched));

    BackupDocument document;
    document.exportedAt = at(1764000000000);
    document.notes = {
        {Ml, QStringLiteral("q1"), QStringLiteral("new text"), true, at(1764000001000)},
        {Ml, QStringLiteral("q2"), QStringLiteral("added"), false, at(1764000002000)}};
    StarStory incoming;
    incoming.id = QStringLiteral("s1");
    incoming.title = QStringLiteral("new title");
    incoming.tags = {QStringLiteral("new-tag")};
    incoming.questions = {{Ml, QStringLiteral("q-new")}};
    incoming.createdAt = at(1764000003000);
    incoming.updatedAt = at(1764000004000);
    StarStory withoutId;
    withoutId.title = QStringLiteral("added without id");
    withoutId.createdAt = at(1764000005000);
    withoutId.updatedAt = at(1764000005000);
    document.stories = {incoming, withoutId};
    // Through the JSON, as the command line does it.
    const auto parsed = BackupDocument::fromJson(document.toJson());
    IP_VERIFY_OK(parsed);
    IP_VERIFY_OK(ExportService(**database).restore(*parsed));

    const QuestionNote q1 = notes.find({Ml, QStringLiteral("q1")})->value();
    QCOMPARE(q1.markdown, QStringLiteral("new text"));
    QVERIFY(q1.bookmarked);
    QCOMPARE(q1.updatedAt, at(1764000001000)); // the file's time, not the restore's
    QCOMPARE(notes.find({Ml, QStringLiteral("q2")})->value().markdown, QStringLiteral("added"));
    QCOMPARE(notes.find({Ml, QStringLiteral("q-untouched")})->value().markdown,
             QStringLiteral("stays"));

    const StarStory s1 = stories.find(QStringLiteral("s1"))->value();
    QCOMPARE(s1.title, QStringLiteral("new title"));
    QCOMPARE(s1.tags, QStringList{QStringLiteral("new-tag")});
    QCOMPARE(s1.questions, (QList<QuestionRef>{{Ml, QStringLiteral("q-new")}}));
    QCOMPARE(s1.createdAt, at(1764000003000));
    QCOMPARE(stories.find(QStringLiteral("s2"))->value().title, QStringLiteral("not in the file"));
    const auto all = stories.all();
    QCOMPARE(all->size(), 3);
    const auto added = std::find_if(all->cbegin(), all->cend(), [](const StarStory& s) {
        return s.title == QLatin1String("added without id");
    });
    QVERIFY(added != all->cend());
    QVERIFY(!added->id.isEmpty());
    QVERIFY(added->id != QLatin1String("s1") && added->id != QLatin1String("s2"));
}

void ExportRestoreTest::restoreKeepsDataForGuidesNotInTheLibrary()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    LibraryRepository library(**database);
    QVERIFY(library.all()->isEmpty());

    BackupDocument document;
    document.exportedAt = at(1764000000000);
    document.notes = {{NotImported, QStringLiteral("data-scientist/p-values"),
                       QStringLiteral("my notes"), false, at(1764000000000)}};
    IP_VERIFY_OK(ExportService(**database).restore(document));

    // The guide arrives later: the notes are already waiting for it.
    IP_VERIFY_OK(library.save(
        {NotImported, QStringLiteral("/guides/ds.md"), QStringLiteral("h"), "{}", {}}));
    const auto forGuide = QuestionNoteRepository(**database).forGuide(NotImported);
    IP_VERIFY_OK(forGuide);
    QCOMPARE(forGuide->size(), 1);
    QCOMPARE(forGuide->first().markdown, QStringLiteral("my notes"));
}

void ExportRestoreTest::restoreInterviewDates_data()
{
    QTest::addColumn<QByteArray>("dates"); // the "interviewDates" member, or none
    QTest::addColumn<int>("restored");
    QTest::addColumn<QString>("mlDate");
    QTest::addColumn<QString>("otherDate");
    QTest::addColumn<bool>("replayed"); // every schedule is derived again

    // The stored dates before each row: 2026-12-15 for Ml, 2027-01-10 for
    // NotImported.
    QTest::newRow("an older backup without the field keeps the dates")
        << QByteArray() << 0 << "2026-12-15"
        << "2027-01-10" << false;
    QTest::newRow("an empty list keeps them too")
        << QByteArray(R"("interviewDates": [])") << 0 << "2026-12-15"
        << "2027-01-10" << false;
    QTest::newRow("a date replaces its guide's, the other guide keeps its own")
        << QByteArray(R"("interviewDates": [{"guide": "machine-learning-engineer",
                                              "date": "2027-02-01"}])")
        << 1 << "2027-02-01"
        << "2027-01-10" << true;
    QTest::newRow("a date for a guide that had none")
        << QByteArray(R"("interviewDates": [{"guide": "ai-engineer", "date": "2026-12-20"}])") << 1
        << "2026-12-15"
        << "2027-01-10" << true;
}

void ExportRestoreTest::restoreInterviewDates()
{
    QFETCH(QByteArray, dates);
    QFETCH(int, restored);
    QFETCH(QString, mlDate);
    QFETCH(QString, otherDate);
    QFETCH(bool, replayed);

    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    populate(**database);
    ReviewRepository reviews(**database);
    IP_VERIFY_OK(reviews.replaceAllSchedules({})); // nothing stale to begin with
    QCOMPARE(reviews.schedulesStale().value(), false);

    QByteArray json = R"({"format": "interview-prep-backup", "version": 1,
        "exportedAt": "2026-11-24T18:03:00Z")";
    if (!dates.isEmpty())
        json += ", " + dates;
    json += "}";
    const auto document = BackupDocument::fromJson(json);
    IP_VERIFY_OK(document);
    const auto summary = ExportService(**database).restore(*document);
    IP_VERIFY_OK(summary);
    QCOMPARE(summary->interviewDates, restored);

    InterviewDateRepository stored(**database);
    QCOMPARE(stored.load(Ml)->value_or(QDate()).toString(Qt::ISODate), mlDate);
    QCOMPARE(stored.load(NotImported)->value_or(QDate()).toString(Qt::ISODate), otherDate);
    QCOMPARE(stored.all()->size(), 2 + (dates.contains("ai-engineer") ? 1 : 0));
    // A new date moves due days: the schedules are replayed under it.
    QCOMPARE(reviews.schedulesStale().value(), replayed);

    // And they survive the next export.
    const QJsonArray exported = QJsonDocument::fromJson(exportJson(**database))
                                    .object()[QStringLiteral("interviewDates")]
                                    .toArray();
    QCOMPARE(exported.size(), stored.all()->size());
}

void ExportRestoreTest::mockInterviewsRoundTrip()
{
    QTemporaryDir source;
    QTemporaryDir target;
    auto from = openDatabase(source.path());
    IP_VERIFY_OK(from);
    populate(**from);
    populateMockInterviews(**from);
    const QByteArray first = exportJson(**from);

    // The documented shape: by guide, then start; no database id.
    const QJsonArray mocks =
        QJsonDocument::fromJson(first).object()[QStringLiteral("mockInterviews")].toArray();
    QCOMPARE(mocks.size(), 2);
    const QJsonObject running = mocks.at(0).toObject();
    QCOMPARE(keysOf(running), (QStringList{u"finishedAt"_s, u"guide"_s, u"plannedMinutes"_s,
                                           u"questions"_s, u"startedAt"_s}));
    QCOMPARE(running[QStringLiteral("guide")].toString(), NotImported);
    QCOMPARE(running[QStringLiteral("startedAt")].toString(),
             QStringLiteral("2025-11-26T23:33:20.123Z"));
    QVERIFY(running[QStringLiteral("finishedAt")].isNull());
    const QJsonObject finished = mocks.at(1).toObject();
    QCOMPARE(finished[QStringLiteral("plannedMinutes")].toInt(), 30);
    const QJsonArray questions = finished[QStringLiteral("questions")].toArray();
    QCOMPARE(questions.size(), 3);
    const QJsonObject graded = questions.at(0).toObject();
    QCOMPARE(keysOf(graded),
             (QStringList{u"answered"_s, u"category"_s, u"grade"_s, u"gradedAt"_s, u"outline"_s,
                          u"position"_s, u"prompt"_s, u"questionKey"_s, u"secondsTaken"_s,
                          u"timeBoxSeconds"_s}));
    QCOMPARE(graded[QStringLiteral("outline")].toString(), MockOutline);
    QCOMPARE(graded[QStringLiteral("grade")].toInt(), 3);
    QCOMPARE(graded[QStringLiteral("gradedAt")].toString(), formatBackupTimestamp(Graded));
    QCOMPARE(questions.at(1).toObject()[QStringLiteral("secondsTaken")].toDouble(), 300.25);
    QVERIFY(questions.at(1).toObject()[QStringLiteral("grade")].isNull());
    QVERIFY(questions.at(2).toObject()[QStringLiteral("gradedAt")].isNull());
    QCOMPARE(questions.at(2).toObject()[QStringLiteral("answered")].toBool(), false);

    auto to = openDatabase(target.path());
    IP_VERIFY_OK(to);
    const auto parsed = BackupDocument::readFile([&] {
        const QString file = source.filePath(QStringLiteral("backup.json"));
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(first);
        return file;
    }());
    IP_VERIFY_OK(parsed);
    const auto summary = ExportService(**to).restore(*parsed);
    IP_VERIFY_OK(summary);
    QCOMPARE(summary->mockInterviews, 2);
    QCOMPARE(summary->reviews, 4);
    // Every word, time and grade, as the source holds them.
    const QList<MockInterview> expected = storedMockInterviews(**from);
    QCOMPARE(storedMockInterviews(**to), expected);
    QCOMPARE(expected.at(0).questions.at(0).outline, MockOutline);
    QCOMPARE(expected.at(1).questions.at(0).outline,
             QStringLiteral("half a thought\n  - indented"));
    QVERIFY(!expected.at(1).isFinished());
    QCOMPARE(withoutExportTime(exportJson(**to)), withoutExportTime(first));

    // Restored twice: nothing twice, neither the interviews, their questions
    // nor the grades' log entries.
    const auto again = ExportService(**to).restore(*parsed);
    IP_VERIFY_OK(again);
    QCOMPARE(storedMockInterviews(**to), expected);
    QCOMPARE(storagetest::rawValue((*to)->filePath(),
                                   QStringLiteral("SELECT count(*) FROM mock_interview_question")),
             QStringLiteral("4"));
    QCOMPARE(ReviewRepository(**to).allLog()->size(), 4);
    QCOMPARE(withoutExportTime(exportJson(**to)), withoutExportTime(first));

    // An older file, without the field, reads as none and takes none away.
    const auto older = BackupDocument::fromJson(R"({"format": "interview-prep-backup",
        "version": 1, "exportedAt": "2026-11-24T18:03:00Z"})");
    IP_VERIFY_OK(older);
    QVERIFY(older->mockInterviews.isEmpty());
    const auto none = ExportService(**to).restore(*older);
    IP_VERIFY_OK(none);
    QCOMPARE(none->mockInterviews, 0);
    QCOMPARE(storedMockInterviews(**to), expected);
}

void ExportRestoreTest::restoreMergesMockInterviews()
{
    QTemporaryDir source;
    QTemporaryDir target;
    auto from = openDatabase(source.path());
    IP_VERIFY_OK(from);
    populateMockInterviews(**from);
    auto exported = ExportService(**from).exportAll();
    IP_VERIFY_OK(exported);
    BackupDocument document = *exported;

    auto to = openDatabase(target.path());
    IP_VERIFY_OK(to);
    IP_VERIFY_OK(ExportService(**to).restore(document));
    MockInterviewRepository mocks(**to);
    const qint64 finishedId = mocks.find(Ml, FinishedStart)->value().id;
    const qint64 runningId = mocks.find(NotImported, UnfinishedStart)->value().id;
    // Here, after the backup: the running interview goes on, a question of
    // the finished one is graded, and another interview is held.
    const QString goneOn =
        QStringLiteral("half a thought\n  - indented\n  - and more, typed later");
    IP_VERIFY_OK(mocks.saveOutline(runningId, 0, goneOn, 90));
    IP_VERIFY_OK(mocks.saveGrade(finishedId, 1, 2, Graded.addSecs(60)));
    IP_VERIFY_OK(ReviewRepository(**to).restoreLogEntry(
        {Ml, QStringLiteral("machine-learning-engineer/regularisation"), Graded.addSecs(60), 2,
         300.25}));
    MockInterview later;
    later.guideKey = Ml;
    later.startedAt = FinishedStart.addDays(1);
    later.plannedMinutes = 60;
    later.questions = {mockQuestion(QStringLiteral("machine-learning-engineer/overfitting"), 300,
                                    10, QStringLiteral("only here"), false)};
    IP_VERIFY_OK(mocks.create(later));
    // And the backup's copy of the finished one went further on its first
    // question elsewhere.
    MockInterviewQuestion& elsewhere = document.mockInterviews[1].questions[0];
    QCOMPARE(document.mockInterviews[1].startedAt, FinishedStart);
    elsewhere.outline += QStringLiteral("\nadded on the other machine");
    elsewhere.secondsTaken = 299;

    const auto parsed = BackupDocument::fromJson(document.toJson());
    IP_VERIFY_OK(parsed);
    const auto summary = ExportService(**to).restore(*parsed);
    IP_VERIFY_OK(summary);
    QCOMPARE(summary->mockInterviews, 2);

    const QList<MockInterview> stored = storedMockInterviews(**to);
    QCOMPARE(stored.size(), 3); // merged by guide and start, none twice
    const MockInterview& merged = stored.at(0);
    QCOMPARE(merged.startedAt, FinishedStart);
    QCOMPARE(merged.id, 0);
    QCOMPARE(merged.questions.size(), 3);
    // The backup's question went further: its words.
    QCOMPARE(merged.questions.at(0).outline,
             MockOutline + QStringLiteral("\nadded on the other machine"));
    QCOMPARE(merged.questions.at(0).secondsTaken, 299.0);
    QCOMPARE(merged.questions.at(0).grade, std::optional<int>(3));
    // The grade given here after the backup stays, with its one log entry.
    QCOMPARE(merged.questions.at(1).grade, std::optional<int>(2));
    QCOMPARE(merged.questions.at(1).gradedAt, Graded.addSecs(60));
    QCOMPARE(ReviewRepository(**to).allLog()->size(), 2);
    QCOMPARE(stored.at(1).startedAt, later.startedAt);
    QCOMPARE(stored.at(1).questions.at(0).outline, QStringLiteral("only here"));
    QCOMPARE(stored.at(2).startedAt, UnfinishedStart);
    // The outline typed here after the backup is not lost to the older copy.
    QCOMPARE(stored.at(2).questions.at(0).outline, goneOn);
    QCOMPARE(stored.at(2).questions.at(0).secondsTaken, 90.0);
}

void ExportRestoreTest::olderSchemaExportsNoMockInterviews()
{
    // A database of schema 3 (before mock interviews), made and then opened
    // read-only with the app's own migrations up to it: no mock interview
    // table to read.
    QTemporaryDir dir;
    const QString chain = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(chain));
    const QDir builtIn(SchemaMigrator::builtInDirectory());
    for (const QString& name : builtIn.entryList(QDir::Files)) {
        if (name < QStringLiteral("0004"))
            QVERIFY(QFile::copy(builtIn.filePath(name), QDir(chain).filePath(name)));
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        DatabaseOptions options;
        options.scheduledBackup = false;
        options.migrationDirectory = chain;
        auto database = openDatabase(data, options);
        IP_VERIFY_OK(database);
        QCOMPARE((*database)->schemaVersion(), 3);
        IP_VERIFY_OK(InterviewDateRepository(**database).save(Ml, QDate(2026, 12, 15)));
    }
    DatabaseOptions readOnly;
    readOnly.mode = OpenMode::ReadOnly;
    readOnly.migrationDirectory = chain;
    auto database = openDatabase(data, readOnly);
    IP_VERIFY_OK(database);
    QCOMPARE((*database)->schemaVersion(), 3);
    const auto document = ExportService(**database).exportAll();
    IP_VERIFY_OK(document);
    QVERIFY(document->mockInterviews.isEmpty());
    QCOMPARE(document->interviewDates.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(document->toJson())
                 .object()[QStringLiteral("mockInterviews")]
                 .toArray()
                 .size(),
             0);
}

void ExportRestoreTest::unknownFieldsAreIgnored()
{
    const QByteArray json = R"({
        "format": "interview-prep-backup", "version": 1, "exportedAt": "2026-11-24T18:03:00Z",
        "addedInVersion7": {"anything": [1, 2]},
        "notes": [{"guide": "g", "questionKey": "q", "markdown": "m", "bookmarked": false,
                   "updatedAt": "2026-11-24T18:03:00Z", "colour": "blue"}],
        "requirements": [], "stories": [], "reviews": []})";
    const auto document = BackupDocument::fromJson(json);
    IP_VERIFY_OK(document);
    QCOMPARE(document->notes.size(), 1);
    QCOMPARE(document->notes.first().markdown, QStringLiteral("m"));
}

void ExportRestoreTest::surrogatePairsAreText()
{
    // A brain emoji escaped as its UTF-16 pair, and spelled out in UTF-8.
    const QByteArray json = R"({
        "format": "interview-prep-backup", "version": 1, "exportedAt": "2026-11-24T18:03:00Z",
        "notes": [{"guide": "g", "questionKey": "q", "markdown": "\ud83e\udde0 and 🧠",
                   "updatedAt": "2026-11-24T18:03:00Z"}],
        "stories": [{"id": "s", "tags": ["\ud83e\udde0"], "createdAt": "2026-11-24T18:03:00Z",
                     "updatedAt": "2026-11-24T18:03:00Z"}]})";
    const auto document = BackupDocument::fromJson(json);
    IP_VERIFY_OK(document);
    QCOMPARE(document->notes.first().markdown, QStringLiteral("🧠 and 🧠"));
    QCOMPARE(document->stories.first().tags, QStringList{QStringLiteral("🧠")});
}

void ExportRestoreTest::invalidBackupsAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    const auto withNote = [](const QByteArray& noteFields) {
        return QByteArray(R"({"format": "interview-prep-backup", "version": 1,
            "exportedAt": "2026-11-24T18:03:00Z", "notes": [{"guide": "g", "questionKey": "q",
            "markdown": "m", "updatedAt": "2026-11-24T18:03:00Z"}, {)") +
               noteFields + "}]}";
    };
    const QByteArray header =
        R"({"format": "interview-prep-backup", "version": 1, "exportedAt": "2026-11-24T18:03:00Z", )";

    QTest::newRow("not JSON") << QByteArray("name,notes\nme,stuff\n") << ErrorKind::InvalidInput
                              << "not an Interview Prep backup (not valid JSON";
    QTest::newRow("a JSON list") << QByteArray("[1, 2]") << ErrorKind::InvalidInput
                                 << "not an object";
    QTest::newRow("another program's JSON")
        << QByteArray(R"({"notes": []})") << ErrorKind::InvalidInput
        << "\"format\" is not \"interview-prep-backup\"";
    QTest::newRow("no version") << QByteArray(R"({"format": "interview-prep-backup"})")
                                << ErrorKind::InvalidInput << "\"version\" is missing";
    // A version that is no small whole number is named as the file spells it.
    const auto withVersion = [](const QByteArray& version) {
        return QByteArray(R"({"format": "interview-prep-backup", "version": )") + version +
               R"(, "exportedAt": "2026-11-24T18:03:00Z"})";
    };
    QTest::newRow("version as text")
        << withVersion(R"("1")") << ErrorKind::InvalidInput
        << "\"version\" is \"1\", not a format version (a whole number from 1)";
    QTest::newRow("version 1.5") << withVersion("1.5") << ErrorKind::InvalidInput
                                 << "\"version\" is 1.5, not a format version";
    QTest::newRow("version 0") << withVersion("0") << ErrorKind::InvalidInput
                               << "\"version\" is 0, not a format version";
    QTest::newRow("version 1e300") << withVersion("1e300") << ErrorKind::InvalidInput
                                   << "\"version\" is 1e+300, not a format version";
    QTest::newRow("version 3e9, beyond an int")
        << withVersion("3000000000") << ErrorKind::InvalidInput
        << "\"version\" is 3000000000, not a format version";
    QTest::newRow("version null") << withVersion("null") << ErrorKind::InvalidInput
                                  << "\"version\" is null, not a format version";
    QTest::newRow("version 7 from a newer app") << withVersion("7") << ErrorKind::TooNew
                                                << "(format version 7; this version reads up to 1)";
    QTest::newRow("from a newer app")
        << QByteArray(
               R"({"format": "interview-prep-backup", "version": 2, "exportedAt": "2026-11-24T18:03:00Z"})")
        << ErrorKind::TooNew << "newer version of Interview Prep";
    QTest::newRow("notes is not a list")
        << header + R"("notes": {}})" << ErrorKind::InvalidInput << "\"notes\" must be a list";
    QTest::newRow("missing question key")
        << withNote(R"("guide": "g", "markdown": "x", "updatedAt": "2026-11-24T18:03:00Z")")
        << ErrorKind::InvalidInput << "notes[1].questionKey is missing";
    QTest::newRow("empty guide key")
        << withNote(R"("guide": " ", "questionKey": "q2", "updatedAt": "2026-11-24T18:03:00Z")")
        << ErrorKind::InvalidInput << "notes[1].guide must not be empty";
    QTest::newRow("time without a zone")
        << withNote(R"("guide": "g", "questionKey": "q2", "updatedAt": "2026-11-24T18:03:00")")
        << ErrorKind::InvalidInput << "notes[1].updatedAt must be an ISO 8601 time in UTC";
    QTest::newRow("markdown is a number")
        << withNote(
               R"("guide": "g", "questionKey": "q2", "markdown": 5, "updatedAt": "2026-11-24T18:03:00Z")")
        << ErrorKind::InvalidInput << "notes[1].markdown must be text";
    QTest::newRow("bookmarked is a string")
        << withNote(
               R"("guide": "g", "questionKey": "q2", "bookmarked": "yes", "updatedAt": "2026-11-24T18:03:00Z")")
        << ErrorKind::InvalidInput << "notes[1].bookmarked must be true or false";
    QTest::newRow("unknown status")
        << header +
               R"("requirements": [{"guide": "g", "key": "r", "status": "finished", "updatedAt": "2026-11-24T18:03:00Z"}]})"
        << ErrorKind::InvalidInput << "requirements[0].status must be one of not-started";
    QTest::newRow("impossible date")
        << header +
               R"("requirements": [{"guide": "g", "key": "r", "status": "done", "targetDate": "2026-13-01", "updatedAt": "2026-11-24T18:03:00Z"}]})"
        << ErrorKind::InvalidInput << "requirements[0].targetDate must be a date";
    QTest::newRow("grade 5")
        << header +
               R"("reviews": [{"guide": "g", "questionKey": "q", "reviewedAt": "2026-11-24T18:03:00Z", "grade": 5, "seconds": 3}]})"
        << ErrorKind::InvalidInput << "reviews[0].grade must be 1, 2, 3 or 4";
    // Beyond what an int holds: refused, not converted (UBSan found it).
    QTest::newRow("grade 31e300")
        << header +
               R"("reviews": [{"guide": "g", "questionKey": "q", "reviewedAt": "2026-11-24T18:03:00Z", "grade": 31e300, "seconds": 3}]})"
        << ErrorKind::InvalidInput << "reviews[0].grade must be 1, 2, 3 or 4";
    QTest::newRow("grade 2.5")
        << header +
               R"("reviews": [{"guide": "g", "questionKey": "q", "reviewedAt": "2026-11-24T18:03:00Z", "grade": 2.5, "seconds": 3}]})"
        << ErrorKind::InvalidInput << "reviews[0].grade must be 1, 2, 3 or 4";
    QTest::newRow("negative seconds")
        << header +
               R"("reviews": [{"guide": "g", "questionKey": "q", "reviewedAt": "2026-11-24T18:03:00Z", "grade": 3, "seconds": -1}]})"
        << ErrorKind::InvalidInput << "reviews[0].seconds must not be negative";
    QTest::newRow("tag is not text")
        << header +
               R"("stories": [{"id": "s", "tags": ["ok", 3], "createdAt": "2026-11-24T18:03:00Z", "updatedAt": "2026-11-24T18:03:00Z"}]})"
        << ErrorKind::InvalidInput << "stories[0].tags[1] must be text";
    const auto withStories = [&header](const QByteArray& stories) {
        return header + R"("stories": [)" + stories + "]}";
    };
    const auto story = [](const QByteArray& fields) {
        return "{" + fields +
               R"(, "createdAt": "2026-11-24T18:03:00Z", "updatedAt": "2026-11-24T18:03:00Z"})";
    };
    // Each repeated id once, with every place it is used.
    QTest::newRow("repeated story ids")
        << withStories(story(R"("id": "s1")") + ", " + story(R"("id": "s2")") + ", " +
                       story(R"("id": "s1")") + ", " + story(R"("id": "s1")") + ", " +
                       story(R"("id": "s2")"))
        << ErrorKind::InvalidInput
        << "the story id \"s1\" is used 3 times (stories[0], stories[2], stories[3]); the "
           "story id \"s2\" is used 2 times (stories[1], stories[4]); each story id may appear "
           "once.";
    QTest::newRow("story id of spaces")
        << withStories(story(R"("id": "s1")") + ", " + story(R"("id": "   ")"))
        << ErrorKind::InvalidInput << "stories[1].id is only spaces";
    QTest::newRow("lone high surrogate in a note")
        << withNote(
               R"("guide": "g", "questionKey": "q2", "markdown": "a\ud800b", "updatedAt": "2026-11-24T18:03:00Z")")
        << ErrorKind::InvalidInput
        << "notes[1].markdown holds a lone UTF-16 surrogate (\\ud800 at character 2)";
    QTest::newRow("lone surrogate at the end of a title")
        << withStories(story(R"("title": "Rescue\ud83e")")) << ErrorKind::InvalidInput
        << "stories[0].title holds a lone UTF-16 surrogate (\\ud83e at character 7)";
    QTest::newRow("lone low surrogate in a tag")
        << withStories(story(R"("tags": ["ok", "\udc00x"])")) << ErrorKind::InvalidInput
        << "stories[0].tags[1] holds a lone UTF-16 surrogate (\\udc00 at character 1)";
    QTest::newRow("surrogates the wrong way round in a key")
        << withNote(
               R"("guide": "g", "questionKey": "\udc00\ud800", "updatedAt": "2026-11-24T18:03:00Z")")
        << ErrorKind::InvalidInput << "notes[1].questionKey holds a lone UTF-16 surrogate";
    QTest::newRow("link without a question key")
        << header +
               R"("stories": [{"id": "s", "questionKeys": [{"guide": "g"}], "createdAt": "2026-11-24T18:03:00Z", "updatedAt": "2026-11-24T18:03:00Z"}]})"
        << ErrorKind::InvalidInput << "stories[0].questionKeys[0] needs a guide and a questionKey";
    QTest::newRow("interview dates is not a list")
        << header + R"("interviewDates": {"g": "2026-12-15"}})" << ErrorKind::InvalidInput
        << "\"interviewDates\" must be a list";
    QTest::newRow("interview date without a date")
        << header + R"("interviewDates": [{"guide": "g"}]})" << ErrorKind::InvalidInput
        << "interviewDates[0].date must be a date like 2026-12-15";
    QTest::newRow("interview date that is a time")
        << header + R"("interviewDates": [{"guide": "g", "date": "2026-12-15T09:00:00Z"}]})"
        << ErrorKind::InvalidInput << "interviewDates[0].date must be a date";
    QTest::newRow("impossible interview date")
        << header + R"("interviewDates": [{"guide": "g", "date": "2026-02-30"}]})"
        << ErrorKind::InvalidInput << "interviewDates[0].date must be a date";
    QTest::newRow("interview date without a guide")
        << header + R"("interviewDates": [{"date": "2026-12-15"}]})" << ErrorKind::InvalidInput
        << "interviewDates[0].guide is missing";
    QTest::newRow("a guide with two interview dates")
        << header +
               R"("interviewDates": [{"guide": "g", "date": "2026-12-15"}, {"guide": "h", "date": "2026-12-16"}, {"guide": "g", "date": "2027-01-01"}]})"
        << ErrorKind::InvalidInput
        << "interviewDates[0] and interviewDates[2] are both for the guide \"g\"";

    // A mock interview with one question whose fields are `question`, in an
    // interview whose other fields are `interview`; with `reviews` besides.
    const auto withMock = [&header](const QByteArray& question,
                                    const QByteArray& interview = QByteArray(),
                                    const QByteArray& reviews = QByteArray()) {
        QByteArray json = header + R"("mockInterviews": [{"guide": "g", )";
        json += interview.isEmpty() ? QByteArray(R"("startedAt": "2026-11-24T18:00:00Z",
            "plannedMinutes": 30, "finishedAt": "2026-11-24T18:30:00Z")")
                                    : interview;
        if (!question.isNull())
            json += R"(, "questions": [{)" + question + "}]";
        json += "}]";
        if (!reviews.isEmpty())
            json += ", " + reviews;
        return json + "}";
    };
    const QByteArray asked =
        R"("position": 0, "questionKey": "q", "timeBoxSeconds": 300, "secondsTaken": 12.5, "answered": true)";
    const QByteArray review =
        R"("reviews": [{"guide": "g", "questionKey": "q", "reviewedAt": "2026-11-24T18:40:00Z", "grade": 2, "seconds": 12.5}])";
    QTest::newRow("mock interviews not a list")
        << header + R"("mockInterviews": {"g": 1}})" << ErrorKind::InvalidInput
        << "\"mockInterviews\" must be a list";
    QTest::newRow("mock interview without a guide")
        << header +
               R"("mockInterviews": [{"startedAt": "2026-11-24T18:00:00Z", "plannedMinutes": 30}]})"
        << ErrorKind::InvalidInput << "mockInterviews[0].guide is missing";
    QTest::newRow("mock interview without a start")
        << withMock(QByteArray(), R"("plannedMinutes": 30)") << ErrorKind::InvalidInput
        << "mockInterviews[0].startedAt must be an ISO 8601 time in UTC";
    QTest::newRow("mock interview of no length")
        << withMock(QByteArray(), R"("startedAt": "2026-11-24T18:00:00Z", "plannedMinutes": 0)")
        << ErrorKind::InvalidInput
        << "mockInterviews[0].plannedMinutes must be a whole number from 1 to 1440";
    QTest::newRow("mock interview of half a minute more")
        << withMock(QByteArray(), R"("startedAt": "2026-11-24T18:00:00Z", "plannedMinutes": 30.5)")
        << ErrorKind::InvalidInput << "mockInterviews[0].plannedMinutes must be a whole number";
    QTest::newRow("mock interview finished before it started")
        << withMock(QByteArray(), R"("startedAt": "2026-11-24T18:00:00Z", "plannedMinutes": 30,
            "finishedAt": "2026-11-24T17:00:00Z")")
        << ErrorKind::InvalidInput << "mockInterviews[0].finishedAt is before startedAt";
    QTest::newRow("mock questions not a list")
        << withMock(QByteArray(), R"("startedAt": "2026-11-24T18:00:00Z", "plannedMinutes": 30,
            "questions": "q")")
        << ErrorKind::InvalidInput << "mockInterviews[0].questions must be a list";
    QTest::newRow("mock question without a key")
        << withMock(R"("position": 0, "timeBoxSeconds": 300)") << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].questionKey is missing";
    QTest::newRow("mock question with negative seconds")
        << withMock(
               R"("position": 0, "questionKey": "q", "timeBoxSeconds": 300, "secondsTaken": -1)")
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].secondsTaken must not be negative";
    QTest::newRow("mock question without a time box")
        << withMock(R"("position": 0, "questionKey": "q", "timeBoxSeconds": 0)")
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].timeBoxSeconds must be a whole number from 1";
    QTest::newRow("mock question at a negative position")
        << withMock(R"("position": -1, "questionKey": "q", "timeBoxSeconds": 300)")
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].position must be a whole number from 0";
    QTest::newRow("mock outline not text")
        << withMock(asked + R"(, "outline": 42)") << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].outline must be text";
    QTest::newRow("mock answered not a boolean")
        << withMock(
               R"("position": 0, "questionKey": "q", "timeBoxSeconds": 300, "secondsTaken": 0, "answered": "yes")")
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].answered must be true or false";
    QTest::newRow("mock questions at one position")
        << header + R"("mockInterviews": [{"guide": "g", "startedAt": "2026-11-24T18:00:00Z",
            "plannedMinutes": 30, "questions": [
              {"position": 0, "questionKey": "a", "timeBoxSeconds": 300, "secondsTaken": 0},
              {"position": 0, "questionKey": "b", "timeBoxSeconds": 300, "secondsTaken": 0}]}]})"
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[1].position is 0 where 1 belongs";
    QTest::newRow("mock questions with a gap")
        << header + R"("mockInterviews": [{"guide": "g", "startedAt": "2026-11-24T18:00:00Z",
            "plannedMinutes": 30, "questions": [
              {"position": 0, "questionKey": "a", "timeBoxSeconds": 300, "secondsTaken": 0},
              {"position": 2, "questionKey": "b", "timeBoxSeconds": 300, "secondsTaken": 0}]}]})"
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[1].position is 2 where 1 belongs";
    QTest::newRow("mock grade out of range")
        << withMock(asked + R"(, "grade": 5, "gradedAt": "2026-11-24T18:40:00Z")")
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].grade must be a whole number from 1 to 4";
    QTest::newRow("mock grade as text")
        << withMock(asked + R"(, "grade": "3", "gradedAt": "2026-11-24T18:40:00Z")")
        << ErrorKind::InvalidInput << "mockInterviews[0].questions[0].grade must be a whole number";
    QTest::newRow("mock grade without its time")
        << withMock(asked + R"(, "grade": 2)") << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].gradedAt is missing";
    QTest::newRow("mock grade time without a grade")
        << withMock(asked + R"(, "gradedAt": "2026-11-24T18:40:00Z")") << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].gradedAt is set, but there is no grade";
    QTest::newRow("mock grade of a question never asked")
        << withMock(
               R"("position": 0, "questionKey": "q", "timeBoxSeconds": 300, "secondsTaken": 0, "answered": false,
            "grade": 2, "gradedAt": "2026-11-24T18:40:00Z")",
               QByteArray(), review)
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].grade is set, but the question was never asked";
    QTest::newRow("mock grade of a running interview")
        << withMock(asked + R"(, "grade": 2, "gradedAt": "2026-11-24T18:40:00Z")",
                    R"("startedAt": "2026-11-24T18:00:00Z", "plannedMinutes": 30)", review)
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].grade is set, but the mock interview has not finished";
    QTest::newRow("mock grade not in the review log")
        << withMock(asked + R"(, "grade": 2, "gradedAt": "2026-11-24T18:41:00Z")", QByteArray(),
                    review)
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].grade has no entry in \"reviews\" for the question at "
           "its gradedAt (2026-11-24T18:41:00Z)";
    QTest::newRow("mock grade other than the review log's")
        << withMock(asked + R"(, "grade": 3, "gradedAt": "2026-11-24T18:40:00Z")", QByteArray(),
                    review)
        << ErrorKind::InvalidInput
        << "mockInterviews[0].questions[0].grade is 3, but \"reviews\" logs 2";
    QTest::newRow("one mock interview twice")
        << header + R"("mockInterviews": [
              {"guide": "g", "startedAt": "2026-11-24T18:00:00Z", "plannedMinutes": 30},
              {"guide": "g", "startedAt": "2026-11-24T19:00:00+01:00", "plannedMinutes": 45}]})"
        << ErrorKind::InvalidInput
        << "mockInterviews[0] and mockInterviews[1] are both the mock interview of the guide "
           "\"g\" started at 2026-11-24T18:00:00Z";
}

void ExportRestoreTest::invalidBackupsAreRefusedAndChangeNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);

    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    populate(**database);
    const QJsonObject before = withoutExportTime(exportJson(**database));

    const QString file = dir.filePath(QStringLiteral("backup.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
    }
    const auto document = BackupDocument::readFile(file);
    QVERIFY(!document);
    QCOMPARE(document.error().kind, kind);
    QVERIFY2(document.error().message.contains(message), qPrintable(document.error().message));
    QVERIFY2(document.error().message.startsWith(file), qPrintable(document.error().message));
    QCOMPARE(withoutExportTime(exportJson(**database)), before);
}

void ExportRestoreTest::restoreIsAllOrNothing()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    populate(**database);
    const QJsonObject before = withoutExportTime(exportJson(**database));

    // Valid from end to end, but the last note does not fit on the "disk".
    BackupDocument document;
    document.exportedAt = at(1764000000000);
    for (int i = 0; i < 50; ++i)
        document.notes.append({Ml, QStringLiteral("restored-%1").arg(i), QStringLiteral("small"),
                               false, at(1764000000000)});
    document.notes.append({Ml, QStringLiteral("machine-learning-engineer/overfitting"),
                           QString(300000, QLatin1Char('y')), false, at(1764000000000)});
    QSqlQuery query = DatabaseTestPeer::query(**database);
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const qint64 pages = query.value(0).toLongLong();
    query.finish();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 5)));
    query.finish();

    const auto restored = ExportService(**database).restore(document);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, ErrorKind::DiskFull);
    QVERIFY(restored.error().message.contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(withoutExportTime(exportJson(**database)), before);
}

void ExportRestoreTest::timestampsAreIsoUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs"); // -1: refused
    QTest::addColumn<QString>("formatted");

    QTest::newRow("UTC, whole seconds")
        << "2026-11-24T18:03:00Z" << qint64(1795543380000) << "2026-11-24T18:03:00Z";
    QTest::newRow("UTC with milliseconds")
        << "2026-11-24T18:03:00.250Z" << qint64(1795543380250) << "2026-11-24T18:03:00.250Z";
    QTest::newRow("an offset is converted to UTC")
        << "2026-11-24T19:03:00+01:00" << qint64(1795543380000) << "2026-11-24T18:03:00Z";
    QTest::newRow("no zone is ambiguous") << "2026-11-24T18:03:00" << qint64(-1) << "";
    QTest::newRow("a date alone") << "2026-11-24" << qint64(-1) << "";
    QTest::newRow("not a time") << "yesterday" << qint64(-1) << "";
}

void ExportRestoreTest::timestampsAreIsoUtc()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    QFETCH(QString, formatted);
    const std::optional<QDateTime> parsed = parseBackupTimestamp(text);
    if (msecs < 0) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
    QCOMPARE(formatBackupTimestamp(*parsed), formatted);
}

QTEST_GUILESS_MAIN(ExportRestoreTest)
#include "tst_export_restore.moc"
