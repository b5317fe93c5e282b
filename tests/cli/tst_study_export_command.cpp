// `interview-prep export --format study-md|study-pdf` on data folders the
// test seeds itself: the real executable, its exit status, its output, and
// what it leaves on disk when it refuses.
#include "AppProcess.h"
#include "LibrarySeed.h"
#include "VerifyOk.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ip::test::AppRun;
using ip::test::describe;
using ip::test::libraryEntry;
using ip::test::runApp;
using ip::test::seedLibrary;
using ip::test::snapshotOf;

ip::Guide guide(const QString& key, const QString& title)
{
    ip::Guide g;
    g.key = key;
    g.title = title;
    g.categories = {QStringLiteral("Technical")};
    ip::Question q;
    q.key = key + QStringLiteral("/drift");
    q.number = 1;
    q.category = QStringLiteral("Technical");
    q.prompt = QStringLiteral("How do you detect drift?");
    q.parts = {{ip::PartName::Answer, QStringLiteral("Compare distributions."), {}, {}}};
    g.questions = {q};
    return g;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

QStringList entriesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

QStringList exportArguments(const QString& format, const QString& dataDir,
                            const QStringList& more = {})
{
    return QStringList{QStringLiteral("export"), QStringLiteral("--format"), format,
                       QStringLiteral("--data-dir"), dataDir} +
           more;
}

} // namespace

class StudyExportCommandTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneGuideToStandardOutput();
    void oneGuideToAFile();
    void oneGuideIntoAnExistingFolder();
    void theLibraryToANewFolder();
    void severalGuidesNeedAGuideOrAFolder();
    void aLibraryOfOneGuideNeedsNoGuide();
    void unknownGuideListsTheLibraryAndWritesNothing();
    void pdfOfOneGuide();
    void pdfOfTheLibrary();
    void pdfNeedsAFile();
    void guideIsOnlyForStudySheets();
    void missingDataWritesNothing();
    void damagedGuideWritesNothing();
    void helpNamesTheFormats();

private:
    QTemporaryDir m_data;
};

void StudyExportCommandTest::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY(seedLibrary(
        m_data.path(),
        {libraryEntry(QStringLiteral("alpha"),
                      snapshotOf(guide(QStringLiteral("alpha"), QStringLiteral("Alpha Guide")))),
         libraryEntry(QStringLiteral("beta"),
                      snapshotOf(guide(QStringLiteral("beta"), QStringLiteral("Beta Guide"))))}));
    auto data = ip::StudyData::open(m_data.path());
    IP_VERIFY_OK(data);
    const ip::QuestionRef drift{QStringLiteral("alpha"), QStringLiteral("alpha/drift")};
    IP_VERIFY_OK((*data)->notes().saveMarkdown(drift, QStringLiteral("Mention *PSI*.")));
    IP_VERIFY_OK((*data)->notes().setBookmarked(drift, true));
    // Closed here: the commands open the folder themselves.
}

void StudyExportCommandTest::oneGuideToStandardOutput()
{
    const Run run = runApp(exportArguments(QStringLiteral("study-md"), m_data.path(),
                                           {QStringLiteral("--guide"), QStringLiteral("alpha")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.startsWith(QStringLiteral("# Alpha Guide\n")), qPrintable(run.out));
    for (const char* text :
         {"#### Question 1: How do you detect drift?\n\n★ Bookmarked\n",
          "##### Answer\n\nCompare distributions.\n", "##### My notes\n\nMention *PSI*.\n"})
        QVERIFY2(run.out.contains(QString::fromUtf8(text)),
                 qPrintable(QString::fromUtf8(text) + describe(run)));
    QVERIFY(!run.out.contains(u"Beta Guide"));
    QCOMPARE(run.err, QString());
}

void StudyExportCommandTest::oneGuideToAFile()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("alpha-sheet.md"));
    const Run run = runApp(exportArguments(
        QStringLiteral("study-md"), m_data.path(),
        {QStringLiteral("--guide"), QStringLiteral("alpha"), QStringLiteral("--out"), path}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("Exported the study sheet of Alpha Guide to")),
             qPrintable(run.err));
    const Run toStdout =
        runApp(exportArguments(QStringLiteral("study-md"), m_data.path(),
                               {QStringLiteral("--guide"), QStringLiteral("alpha")}));
    QCOMPARE(readText(path), toStdout.out);
}

void StudyExportCommandTest::oneGuideIntoAnExistingFolder()
{
    QTemporaryDir out;
    const Run run = runApp(exportArguments(
        QStringLiteral("study-md"), m_data.path(),
        {QStringLiteral("--guide"), QStringLiteral("beta"), QStringLiteral("--out"), out.path()}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(entriesIn(out.path()), QStringList{QStringLiteral("beta.md")});
    QVERIFY(readText(out.filePath(QStringLiteral("beta.md"))).startsWith(u"# Beta Guide\n"));
}

void StudyExportCommandTest::theLibraryToANewFolder()
{
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("sheets"));
    const Run run = runApp(exportArguments(QStringLiteral("study-md"), m_data.path(),
                                           {QStringLiteral("--out"), folder}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("Exported 2 study sheets to")), qPrintable(run.err));
    QCOMPARE(entriesIn(folder),
             (QStringList{QStringLiteral("alpha.md"), QStringLiteral("beta.md")}));
    const Run alpha = runApp(exportArguments(QStringLiteral("study-md"), m_data.path(),
                                             {QStringLiteral("--guide"), QStringLiteral("alpha")}));
    QCOMPARE(readText(QDir(folder).filePath(QStringLiteral("alpha.md"))), alpha.out);
}

void StudyExportCommandTest::severalGuidesNeedAGuideOrAFolder()
{
    const Run run = runApp(exportArguments(QStringLiteral("study-md"), m_data.path()));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("the library holds 2 guides")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--guide KEY")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--out DIR")), qPrintable(run.err));
}

void StudyExportCommandTest::aLibraryOfOneGuideNeedsNoGuide()
{
    QTemporaryDir data;
    QVERIFY(seedLibrary(
        data.path(),
        {libraryEntry(QStringLiteral("solo"),
                      snapshotOf(guide(QStringLiteral("solo"), QStringLiteral("Solo Guide"))))}));
    const Run toStdout = runApp(exportArguments(QStringLiteral("study-md"), data.path()));
    QVERIFY2(toStdout.exitCode == 0, qPrintable(describe(toStdout)));
    QVERIFY(toStdout.out.startsWith(u"# Solo Guide\n"));

    const QString path = data.filePath(QStringLiteral("solo.pdf"));
    const Run pdf = runApp(
        exportArguments(QStringLiteral("study-pdf"), data.path(), {QStringLiteral("--out"), path}));
    QVERIFY2(pdf.exitCode == 0, qPrintable(describe(pdf)));
    QVERIFY2(pdf.err.contains(QStringLiteral("Exported the study sheet of Solo Guide to")),
             qPrintable(pdf.err));
    QVERIFY2(pdf.err.contains(QStringLiteral("(1 page)")), qPrintable(pdf.err));
}

void StudyExportCommandTest::unknownGuideListsTheLibraryAndWritesNothing()
{
    QTemporaryDir out;
    for (const QString& format : {QStringLiteral("study-md"), QStringLiteral("study-pdf")}) {
        const QString path = out.filePath(QStringLiteral("sheet"));
        const Run run = runApp(exportArguments(
            format, m_data.path(),
            {QStringLiteral("--guide"), QStringLiteral("gamma"), QStringLiteral("--out"), path}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no guide with the key 'gamma'")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("alpha, beta")), qPrintable(run.err));
        QCOMPARE(entriesIn(out.path()), QStringList());
    }
}

void StudyExportCommandTest::pdfOfOneGuide()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("alpha.pdf"));
    const Run run = runApp(exportArguments(
        QStringLiteral("study-pdf"), m_data.path(),
        {QStringLiteral("--guide"), QStringLiteral("alpha"), QStringLiteral("--out"), path}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("(1 page)")), qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pageObjects(pdf), 1);
}

void StudyExportCommandTest::pdfOfTheLibrary()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("library.pdf"));
    const Run run = runApp(exportArguments(QStringLiteral("study-pdf"), m_data.path(),
                                           {QStringLiteral("--out"), path}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("Exported the study sheets of 2 guides to")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(2 pages)")), qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pageObjects(file.readAll()), 2);
}

void StudyExportCommandTest::pdfNeedsAFile()
{
    const Run run = runApp(exportArguments(QStringLiteral("study-pdf"), m_data.path(),
                                           {QStringLiteral("--guide"), QStringLiteral("alpha")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("--out FILE")), qPrintable(run.err));
}

void StudyExportCommandTest::guideIsOnlyForStudySheets()
{
    const Run run = runApp(exportArguments(QStringLiteral("json"), m_data.path(),
                                           {QStringLiteral("--guide"), QStringLiteral("alpha")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(
                 QStringLiteral("--guide is for the formats study-md, study-pdf and anki-tsv")),
             qPrintable(run.err));
}

void StudyExportCommandTest::missingDataWritesNothing()
{
    QTemporaryDir parent;
    const QString missing = parent.filePath(QStringLiteral("no-data"));
    const QString path = parent.filePath(QStringLiteral("sheet.md"));
    for (const QString& format : {QStringLiteral("study-md"), QStringLiteral("study-pdf")}) {
        const Run run = runApp(exportArguments(format, missing, {QStringLiteral("--out"), path}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("There is no data in")), qPrintable(run.err));
        QCOMPARE(entriesIn(parent.path()), QStringList());
    }
}

void StudyExportCommandTest::damagedGuideWritesNothing()
{
    QTemporaryDir data;
    QVERIFY(seedLibrary(
        data.path(),
        {libraryEntry(QStringLiteral("alpha"),
                      snapshotOf(guide(QStringLiteral("alpha"), QStringLiteral("Alpha Guide")))),
         libraryEntry(QStringLiteral("broken"), "{\"key\": ")}));
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("sheets"));
    const Run markdown = runApp(exportArguments(QStringLiteral("study-md"), data.path(),
                                                {QStringLiteral("--out"), folder}));
    QCOMPARE(markdown.exitCode, 1);
    QVERIFY2(markdown.err.contains(QStringLiteral("'broken' cannot be read")),
             qPrintable(markdown.err));
    const QString pdfPath = out.filePath(QStringLiteral("all.pdf"));
    const Run pdf = runApp(exportArguments(QStringLiteral("study-pdf"), data.path(),
                                           {QStringLiteral("--out"), pdfPath}));
    QCOMPARE(pdf.exitCode, 1);
    QCOMPARE(entriesIn(out.path()), QStringList());
    // The sound guide still exports on its own.
    const Run alpha = runApp(exportArguments(QStringLiteral("study-md"), data.path(),
                                             {QStringLiteral("--guide"), QStringLiteral("alpha")}));
    QVERIFY2(alpha.exitCode == 0, qPrintable(describe(alpha)));
}

void StudyExportCommandTest::helpNamesTheFormats()
{
    const Run run = runApp({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* text : {"json|stories-md|stories-pdf|study-md|study-pdf", "[--guide KEY]",
                             "study-md", "study-pdf", "each from a new page", "--out"})
        QVERIFY2(run.out.contains(QLatin1String(text)),
                 qPrintable(QLatin1String(text) + describe(run)));
}

QTEST_GUILESS_MAIN(StudyExportCommandTest)
#include "tst_study_export_command.moc"
