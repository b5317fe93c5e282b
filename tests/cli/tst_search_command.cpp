// `interview-prep search` on a data folder the test seeds: a library guide
// stored before search existed (indexed by the first search), a note and a
// story, searched through the real executable.
#include "AppProcess.h"
#include "LibrarySeed.h"
#include "VerifyOk.h"
#include "services/QuestionNotes.h"
#include "services/StoryService.h"
#include "services/StudyData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using ip::test::describe;
using ip::test::runApp;

ip::Guide mlGuide()
{
    ip::Guide g;
    g.key = QStringLiteral("ml");
    g.title = QStringLiteral("ML Engineer");
    g.categories = {QStringLiteral("Technical")};
    const auto question = [](const QString& slug, int number, const QString& prompt,
                             const QString& answer) {
        ip::Question q;
        q.key = QStringLiteral("ml/") + slug;
        q.number = number;
        q.category = QStringLiteral("Technical");
        q.prompt = prompt;
        q.parts = {{ip::PartName::Answer, answer, {}, {}}};
        return q;
    };
    g.questions = {question(QStringLiteral("drift"), 1, QStringLiteral("How do you detect drift?"),
                            QStringLiteral("Compare the feature distributions over time.")),
                   question(QStringLiteral("store"), 2, QStringLiteral("Why keep a feature store?"),
                            QStringLiteral("Training and serving read the same values."))};
    return g;
}

QStringList searchArguments(const QString& dataDir, const QStringList& more)
{
    return QStringList{QStringLiteral("search"), QStringLiteral("--data-dir"), dataDir} + more;
}

QJsonArray hitsOf(const ip::test::AppRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("hits"))
        .toArray();
}

} // namespace

class SearchCommandTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsAGuideStoredBeforeSearchExisted();
    void findsTheCandidatesOwnWords();
    void textNamesKindGuideAndMarksTheMatch();
    void limitCutsTheList();
    void phraseAndExclusion();
    void nothingFoundIsNoError();
    void badUsageIsRefused_data();
    void badUsageIsRefused();
    void missingDataIsAnError();

private:
    QTemporaryDir m_data;
};

void SearchCommandTest::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY(ip::test::seedLibrary(
        m_data.path(),
        {ip::test::libraryEntry(QStringLiteral("ml"), ip::test::snapshotOf(mlGuide()))}));
    auto data = ip::StudyData::open(m_data.path());
    IP_VERIFY_OK(data);
    IP_VERIFY_OK((*data)->notes().saveMarkdown({QStringLiteral("ml"), QStringLiteral("ml/drift")},
                                               QStringLiteral("Mention the Kolmogorov test.")));
    ip::StarStory story;
    story.title = QStringLiteral("The café rollout");
    story.situation = QStringLiteral("A nightly load failed on Mondays.");
    IP_VERIFY_OK((*data)->stories().save(story));
}

void SearchCommandTest::findsAGuideStoredBeforeSearchExisted()
{
    const auto run = runApp(
        searchArguments(m_data.path(), {QStringLiteral("--json"), QStringLiteral("feature")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray hits = hitsOf(run);
    QCOMPARE(hits.size(), 2);
    // The prompt that names it comes before the answer that does.
    const QJsonObject best = hits.at(0).toObject();
    QCOMPARE(best.value(QStringLiteral("kind")).toString(), QStringLiteral("question"));
    QCOMPARE(best.value(QStringLiteral("guide")).toString(), QStringLiteral("ml"));
    QCOMPARE(best.value(QStringLiteral("key")).toString(), QStringLiteral("ml/store"));
    QCOMPARE(best.value(QStringLiteral("title")).toString(),
             QStringLiteral("Why keep a feature store?"));
    QVERIFY(best.value(QStringLiteral("score")).toDouble() >=
            hits.at(1).toObject().value(QStringLiteral("score")).toDouble());
    QCOMPARE(hits.at(1).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("ml/drift"));
}

void SearchCommandTest::findsTheCandidatesOwnWords()
{
    const auto note =
        runApp(searchArguments(m_data.path(), {QStringLiteral("--json"), QStringLiteral("kolmo")}));
    QVERIFY2(note.exitCode == 0, qPrintable(describe(note)));
    QCOMPARE(hitsOf(note).size(), 1);
    const QJsonObject hit = hitsOf(note).at(0).toObject();
    QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
    QCOMPARE(hit.value(QStringLiteral("key")).toString(), QStringLiteral("ml/drift"));
    // A note is named by its question.
    QCOMPARE(hit.value(QStringLiteral("title")).toString(),
             QStringLiteral("How do you detect drift?"));
    QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("Kolmogorov")));

    // Accents folded both ways.
    const auto story =
        runApp(searchArguments(m_data.path(), {QStringLiteral("--json"), QStringLiteral("cafe")}));
    QCOMPARE(hitsOf(story).size(), 1);
    QCOMPARE(hitsOf(story).at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("story"));
    QCOMPARE(hitsOf(story).at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("The café rollout"));
}

void SearchCommandTest::textNamesKindGuideAndMarksTheMatch()
{
    const auto run = runApp(searchArguments(m_data.path(), {QStringLiteral("distributions")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("question in ML Engineer [ml/drift]")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("**distributions**")), qPrintable(run.out));
    QVERIFY2(run.out.trimmed().endsWith(QStringLiteral("1 hit.")), qPrintable(run.out));
}

void SearchCommandTest::limitCutsTheList()
{
    const auto run =
        runApp(searchArguments(m_data.path(), {QStringLiteral("--json"), QStringLiteral("--limit"),
                                               QStringLiteral("1"), QStringLiteral("feature")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(hitsOf(run).size(), 1);
    QCOMPARE(hitsOf(run).at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("ml/store"));
}

void SearchCommandTest::phraseAndExclusion()
{
    // Several arguments are one query, as a shell splits them.
    const auto excluded =
        runApp(searchArguments(m_data.path(), {QStringLiteral("--json"), QStringLiteral("feature"),
                                               QStringLiteral("-store")}));
    QCOMPARE(hitsOf(excluded).size(), 1);
    QCOMPARE(hitsOf(excluded).at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("ml/drift"));
    // An exclusion first needs the "--" that ends the options.
    const auto first = runApp(
        searchArguments(m_data.path(), {QStringLiteral("--json"), QStringLiteral("--"),
                                        QStringLiteral("-store"), QStringLiteral("feature")}));
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QCOMPARE(hitsOf(first).size(), 1);

    const auto phrase = runApp(searchArguments(
        m_data.path(), {QStringLiteral("--json"), QStringLiteral("\"same values\"")}));
    QCOMPARE(hitsOf(phrase).size(), 1);
    const auto wrongOrder = runApp(searchArguments(
        m_data.path(), {QStringLiteral("--json"), QStringLiteral("\"values same\"")}));
    QVERIFY2(wrongOrder.exitCode == 0, qPrintable(describe(wrongOrder)));
    QCOMPARE(hitsOf(wrongOrder).size(), 0);
}

void SearchCommandTest::nothingFoundIsNoError()
{
    const auto run = runApp(searchArguments(m_data.path(), {QStringLiteral("zeppelin")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Nothing matches \"zeppelin\".")),
             qPrintable(run.out));
    // Operators alone look for nothing: no hits, never a query error.
    const auto operators = runApp(
        searchArguments(m_data.path(), {QStringLiteral("--json"), QStringLiteral("\" - * (")}));
    QVERIFY2(operators.exitCode == 0, qPrintable(describe(operators)));
    QCOMPARE(hitsOf(operators).size(), 0);
}

void SearchCommandTest::badUsageIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no query") << QStringList{} << QStringLiteral("say what to look for");
    QTest::newRow("blank query") << QStringList{QStringLiteral("  ")}
                                 << QStringLiteral("say what to look for");
    QTest::newRow("limit zero") << QStringList{QStringLiteral("--limit"), QStringLiteral("0"),
                                               QStringLiteral("x")}
                                << QStringLiteral("--limit takes a number from 1 to 1000, not '0'");
    QTest::newRow("limit word") << QStringList{QStringLiteral("--limit"), QStringLiteral("ten"),
                                               QStringLiteral("x")}
                                << QStringLiteral("not 'ten'");
}

void SearchCommandTest::badUsageIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = runApp(searchArguments(m_data.path(), arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void SearchCommandTest::missingDataIsAnError()
{
    QTemporaryDir empty;
    const QString missing = empty.filePath(QStringLiteral("nowhere"));
    const auto run = runApp(searchArguments(missing, {QStringLiteral("x")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("There is no data in")), qPrintable(run.err));
    // Looking never creates the folder.
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(SearchCommandTest)
#include "tst_search_command.moc"
