// `interview-prep export --format stories-md|stories-pdf` on a database the
// test seeds itself: the real executable, its exit status, its output.
#include "AppProcess.h"
#include "content/GuideJson.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"
#include "storage/StoryRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ip::test::AppRun;
using ip::test::describe;
using ip::test::runApp;

ip::Guide libraryGuide()
{
    ip::Guide guide;
    guide.key = QStringLiteral("ml-engineer");
    guide.title = QStringLiteral("ML Engineer");
    ip::Question question;
    question.key = QStringLiteral("ml-engineer/slow-pipeline");
    question.number = 12;
    question.prompt = QStringLiteral("Tell me about a time you sped up a slow pipeline.");
    guide.questions = {question};
    return guide;
}

ip::StarStory story(const QString& title, const QList<ip::QuestionRef>& questions)
{
    ip::StarStory s;
    s.title = title;
    s.situation = QStringLiteral("The nightly pipeline took 9 hours.");
    s.task = QStringLiteral("I had to get it under 3.");
    s.action = QStringLiteral("I profiled it and rewrote the loader.");
    s.result = QStringLiteral("It runs in 2 hours.");
    s.tags = {QStringLiteral("performance")};
    s.questions = questions;
    return s;
}

int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class StoryExportCommandTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markdownToStandardOutput();
    void markdownToAFile();
    void pdfToAFile();
    void pdfNeedsAFile();
    void unknownFormatIsAUsageError();
    void helpNamesTheFormats();
    void jsonStillExportsEverything();
    void emptyDatabase();

private:
    QTemporaryDir m_dir;
};

void StoryExportCommandTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto database = ip::Database::open(m_dir.path());
    QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().message));
    ip::LibraryEntry entry;
    entry.guideKey = QStringLiteral("ml-engineer");
    entry.filePath = QStringLiteral("ml-engineer.md");
    entry.contentHash = QStringLiteral("test");
    entry.snapshot = QJsonDocument(ip::GuideJson::toJson(libraryGuide())).toJson();
    QVERIFY(ip::LibraryRepository(**database).save(entry).ok());

    ip::StoryRepository stories(**database);
    const ip::QuestionRef known{QStringLiteral("ml-engineer"),
                                QStringLiteral("ml-engineer/slow-pipeline")};
    const ip::QuestionRef unknown{QStringLiteral("old-guide"), QStringLiteral("old-guide/gone")};
    for (const auto& s : {story(QStringLiteral("Faster pipeline"), {known}),
                          story(QStringLiteral("Release rescue"), {unknown}),
                          story(QStringLiteral("Mentoring a new hire"), {})}) {
        const auto saved = stories.save(s);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    }
    // Closed here: the commands open the folder themselves.
}

void StoryExportCommandTest::markdownToStandardOutput()
{
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stories-md"),
                QStringLiteral("--data-dir"), m_dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    for (const char* text :
         {"# Faster pipeline\n\nTags: performance\n\n## Situation\n\nThe nightly pipeline took 9 "
          "hours.\n\n## Task\n",
          "## Action\n\nI profiled it and rewrote the loader.\n\n## Result\n\nIt runs in 2 "
          "hours.\n\nAnswers:\n\n- Question 12: Tell me about a time you sped up a slow "
          "pipeline.\n",
          "# Release rescue\n", "- old-guide/gone\n", "# Mentoring a new hire\n"})
        QVERIFY2(run.out.contains(QString::fromUtf8(text)),
                 qPrintable(QString::fromUtf8(text) + describe(run)));
    QCOMPARE(run.out.count(
                 QRegularExpression(QStringLiteral("^# "), QRegularExpression::MultilineOption)),
             3);
}

void StoryExportCommandTest::markdownToAFile()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("stories.md"));
    const Run toFile =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stories-md"),
                QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--out"), path});
    QVERIFY2(toFile.exitCode == 0, qPrintable(describe(toFile)));
    QVERIFY(toFile.out.isEmpty());
    QVERIFY2(toFile.err.contains(QStringLiteral("Exported 3 stories to")), qPrintable(toFile.err));

    const Run toStdout =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stories-md"),
                QStringLiteral("--data-dir"), m_dir.path()});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), toStdout.out);
}

void StoryExportCommandTest::pdfToAFile()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("stories.pdf"));
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stories-pdf"),
                QStringLiteral("--out"), path, QStringLiteral("--data-dir"), m_dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("Exported 3 stories to")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(3 pages)")), qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pageObjects(pdf), 3);
}

void StoryExportCommandTest::pdfNeedsAFile()
{
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stories-pdf"),
                QStringLiteral("--data-dir"), m_dir.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("--out FILE")), qPrintable(run.err));
}

void StoryExportCommandTest::unknownFormatIsAUsageError()
{
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stories-csv"),
                QStringLiteral("--data-dir"), m_dir.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("unknown format 'stories-csv'")), qPrintable(run.err));
    QVERIFY2(run.err.contains(
                 QStringLiteral("json, stories-md, stories-pdf, study-md, study-pdf and anki-tsv")),
             qPrintable(run.err));
}

void StoryExportCommandTest::helpNamesTheFormats()
{
    const Run run = runApp({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* text :
         {"Usage: interview-prep export --format json|stories-md|stories-pdf", "stories-md",
          "stories-pdf", "one story per page", "--out", "--data-dir"})
        QVERIFY2(run.out.contains(QLatin1String(text)),
                 qPrintable(QLatin1String(text) + describe(run)));
}

void StoryExportCommandTest::jsonStillExportsEverything()
{
    const Run run = runApp({QStringLiteral("export"), QStringLiteral("--data-dir"), m_dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
             QStringLiteral("interview-prep-backup"));
    QCOMPARE(document.value(QStringLiteral("stories")).toArray().size(), 3);
}

void StoryExportCommandTest::emptyDatabase()
{
    QTemporaryDir empty;
    // A database without stories: a folder without one is refused (no data).
    QVERIFY(ip::Database::open(empty.path()).ok());
    const Run markdown =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stories-md"),
                QStringLiteral("--data-dir"), empty.path()});
    QVERIFY2(markdown.exitCode == 0, qPrintable(describe(markdown)));
    QCOMPARE(markdown.out, QString());

    const QString path = empty.filePath(QStringLiteral("none.pdf"));
    const Run pdf =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stories-pdf"),
                QStringLiteral("--out"), path, QStringLiteral("--data-dir"), empty.path()});
    QCOMPARE(pdf.exitCode, 1);
    QVERIFY2(pdf.err.contains(QStringLiteral("no stories")), qPrintable(pdf.err));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(StoryExportCommandTest)
#include "tst_story_export_command.moc"
