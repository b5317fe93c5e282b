// `interview-prep library add|list|remove` run as the real executable on
// data folders of its own: what it prints, its exit status, and what the
// library holds afterwards.
#include "AppProcess.h"
#include "VerifyOk.h"
#include "content/GuideParser.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using ip::test::describe;
using ip::test::runApp;

const QString ShippedGuide = QStringLiteral(IP_SOURCE_DIR "/content/ai-engineer.md");
const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");
const QString BadGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/bad-yaml.md");

QStringList library(const QString& dataDir, const QStringList& arguments)
{
    return QStringList{QStringLiteral("library")} + arguments +
           QStringList{QStringLiteral("--data-dir"), dataDir};
}

QString absolute(const QString& path)
{
    return QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
}

// The line `add` prints for a guide, from what the parser makes of it.
QString addedLine(const QString& verb, const QString& path)
{
    const ip::Guide guide = ip::GuideParser::parseFile(path);
    const auto count = [](qsizetype n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    return QStringLiteral("%1 \"%2\" (%3, %4, %5) from %6")
        .arg(verb, guide.title, guide.key, count(guide.questions.size(), "question", "questions"),
             count(guide.requirementCount(), "requirement", "requirements"), absolute(path));
}

QString keyOf(const QString& path)
{
    return ip::GuideParser::parseFile(path).key;
}

QJsonArray listedGuides(const QString& dataDir)
{
    const auto run = runApp(library(dataDir, {QStringLiteral("list"), QStringLiteral("--json")}));
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(describe(run)));
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("guides"))
        .toArray();
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool appendTo(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}

} // namespace

class LibraryCommandTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addPrintsEachGuideAndListShowsThem();
    void addingAgainSaysUpToDateOrUpdated();
    void listSaysWhenAFileChangedOrIsMissing();
    void aGuideWithErrorsIsReportedAndTheOthersAdded();
    void aMissingFileChangesNothing();
    void removeKeepsTheNotesForWhenTheGuideComesBack();
    void removeOfAnUnknownKeyFails();
    void anEmptyLibrarySaysSo();
    void theDataFolderMayComeBeforeTheCommand();
    void badUsage_data();
    void badUsage();

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_files;
};

void LibraryCommandTest::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid() && m_files->isValid());
}

void LibraryCommandTest::cleanup()
{
    m_data.reset();
    m_files.reset();
}

void LibraryCommandTest::addPrintsEachGuideAndListShowsThem()
{
    const auto added =
        runApp(library(m_data->path(), {QStringLiteral("add"), ShippedGuide, TypicalGuide}));
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    QCOMPARE(added.out.split(u'\n', Qt::SkipEmptyParts),
             QStringList({addedLine(QStringLiteral("Added"), ShippedGuide),
                          addedLine(QStringLiteral("Added"), TypicalGuide)}));

    const QJsonArray guides = listedGuides(m_data->path());
    QCOMPARE(guides.size(), 2);
    const ip::Guide shipped = ip::GuideParser::parseFile(ShippedGuide);
    QJsonObject first;
    for (const QJsonValue& value : guides) {
        if (value[QStringLiteral("key")].toString() == shipped.key)
            first = value.toObject();
    }
    QCOMPARE(first.value(QStringLiteral("title")).toString(), shipped.title);
    QCOMPARE(first.value(QStringLiteral("path")).toString(), absolute(ShippedGuide));
    QCOMPARE(first.value(QStringLiteral("questions")).toInt(), shipped.questions.size());
    QCOMPARE(first.value(QStringLiteral("requirements")).toInt(), shipped.requirementCount());
    QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("present"));
    const QDateTime importedAt =
        QDateTime::fromString(first.value(QStringLiteral("importedAt")).toString(), Qt::ISODate);
    QVERIFY(importedAt.isValid());
    QVERIFY(qAbs(importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    const auto table = runApp(library(m_data->path(), {QStringLiteral("list")}));
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.first().startsWith(QStringLiteral("KEY")), qPrintable(table.out));
    // Aligned: every row's path starts in the header's PATH column.
    const qsizetype pathColumn = lines.first().indexOf(QStringLiteral("PATH"));
    QVERIFY(pathColumn > 0);
    for (const QString& line : lines.mid(1)) {
        QVERIFY2(line.mid(pathColumn).startsWith(QDir::separator()) ||
                     line.mid(pathColumn, 3).contains(u':'),
                 qPrintable(table.out));
        QVERIFY2(line.contains(QStringLiteral(" present ")), qPrintable(line));
    }
    QVERIFY2(table.out.contains(shipped.title), qPrintable(table.out));
}

void LibraryCommandTest::addingAgainSaysUpToDateOrUpdated()
{
    const QString path = m_files->filePath(QStringLiteral("typical.md"));
    QVERIFY(copyFile(TypicalGuide, path));
    QCOMPARE(runApp(library(m_data->path(), {QStringLiteral("add"), path})).exitCode, 0);

    const auto again = runApp(library(m_data->path(), {QStringLiteral("add"), path}));
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QVERIFY2(
        again.out.contains(
            QStringLiteral("is already in the library, up to date with %1").arg(absolute(path))),
        qPrintable(describe(again)));

    QVERIFY(appendTo(path, "\n#### Question 9: What did you change last week?\n\n"
                           "**Answer**: The retry policy.\n"));
    const auto updated = runApp(library(m_data->path(), {QStringLiteral("add"), path}));
    QVERIFY2(updated.exitCode == 0, qPrintable(describe(updated)));
    QCOMPARE(updated.out.trimmed(), addedLine(QStringLiteral("Updated"), path));
    QCOMPARE(listedGuides(m_data->path()).size(), 1);
}

void LibraryCommandTest::listSaysWhenAFileChangedOrIsMissing()
{
    const QString path = m_files->filePath(QStringLiteral("typical.md"));
    QVERIFY(copyFile(TypicalGuide, path));
    QCOMPARE(runApp(library(m_data->path(), {QStringLiteral("add"), path})).exitCode, 0);
    const int questions = ip::GuideParser::parseFile(path).questions.size();

    QVERIFY(appendTo(path, "\n#### Question 9: Edited?\n\n**Answer**: Yes.\n"));
    QJsonArray guides = listedGuides(m_data->path());
    QCOMPARE(guides.size(), 1);
    QCOMPARE(guides.at(0)[QStringLiteral("file")].toString(), QStringLiteral("changed"));
    // Listing only reports: the library still holds the guide as imported.
    QCOMPARE(guides.at(0)[QStringLiteral("questions")].toInt(), questions);

    QVERIFY(QFile::remove(path));
    guides = listedGuides(m_data->path());
    QCOMPARE(guides.at(0)[QStringLiteral("file")].toString(), QStringLiteral("missing"));
    const auto table = runApp(library(m_data->path(), {QStringLiteral("list")}));
    QVERIFY2(table.out.contains(QStringLiteral(" missing ")), qPrintable(table.out));
}

void LibraryCommandTest::aGuideWithErrorsIsReportedAndTheOthersAdded()
{
    const auto run =
        runApp(library(m_data->path(), {QStringLiteral("add"), BadGuide, TypicalGuide}));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    // check's format: file:line:col: severity: message.
    const QRegularExpression diagnostic(QRegularExpression::escape(absolute(BadGuide)) +
                                        QStringLiteral(":\\d+:\\d+: error: "));
    QVERIFY2(diagnostic.match(run.err).hasMatch(), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("was not added to the library")),
             qPrintable(describe(run)));
    QCOMPARE(run.out.trimmed(), addedLine(QStringLiteral("Added"), TypicalGuide));

    const QJsonArray guides = listedGuides(m_data->path());
    QCOMPARE(guides.size(), 1);
    QCOMPARE(guides.at(0)[QStringLiteral("key")].toString(), keyOf(TypicalGuide));
}

void LibraryCommandTest::aMissingFileChangesNothing()
{
    const QString dataDir = m_data->filePath(QStringLiteral("never-made"));
    const QString missing = m_files->filePath(QStringLiteral("absent.md"));
    const auto run = runApp(library(dataDir, {QStringLiteral("add"), missing}));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(
                 QStringLiteral("There is no file %1").arg(QDir::toNativeSeparators(missing))),
             qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!QFileInfo::exists(dataDir), "a missing file alone must not create the data folder");

    // Beside a good file, the missing one is reported and the good one added.
    const auto mixed =
        runApp(library(m_data->path(), {QStringLiteral("add"), missing, TypicalGuide}));
    QVERIFY2(mixed.exitCode == 1, qPrintable(describe(mixed)));
    QCOMPARE(mixed.out.trimmed(), addedLine(QStringLiteral("Added"), TypicalGuide));
    QCOMPARE(listedGuides(m_data->path()).size(), 1);
}

void LibraryCommandTest::removeKeepsTheNotesForWhenTheGuideComesBack()
{
    QCOMPARE(runApp(library(m_data->path(), {QStringLiteral("add"), TypicalGuide})).exitCode, 0);
    const ip::Guide guide = ip::GuideParser::parseFile(TypicalGuide);
    const ip::QuestionRef question{guide.key, guide.questions.first().key};
    {
        auto data = ip::StudyData::open(m_data->path());
        IP_VERIFY_OK(data);
        IP_VERIFY_OK((*data)->notes().saveMarkdown(question, QStringLiteral("Say SCD type 2.")));
    }

    const auto removed = runApp(library(m_data->path(), {QStringLiteral("remove"), guide.key}));
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    QVERIFY2(
        removed.out.startsWith(
            QStringLiteral("Removed \"%1\" (%2) from the library.").arg(guide.title, guide.key)),
        qPrintable(describe(removed)));
    QVERIFY2(removed.out.contains(QStringLiteral("are kept")), qPrintable(describe(removed)));
    QCOMPARE(listedGuides(m_data->path()).size(), 0);

    QCOMPARE(runApp(library(m_data->path(), {QStringLiteral("add"), TypicalGuide})).exitCode, 0);
    auto data = ip::StudyData::open(m_data->path());
    IP_VERIFY_OK(data);
    const auto notes = (*data)->notes().forGuide(guide.key);
    IP_VERIFY_OK(notes);
    QCOMPARE(notes->value(question.questionKey).markdown, QStringLiteral("Say SCD type 2."));
}

void LibraryCommandTest::removeOfAnUnknownKeyFails()
{
    QCOMPARE(runApp(library(m_data->path(), {QStringLiteral("add"), TypicalGuide})).exitCode, 0);
    const auto run = runApp(
        library(m_data->path(), {QStringLiteral("remove"), QStringLiteral("no-such-guide")}));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("no-such-guide")) &&
                 run.err.contains(keyOf(TypicalGuide)),
             qPrintable(describe(run)));
    QCOMPARE(listedGuides(m_data->path()).size(), 1);

    // A folder without data gets no database from a remove.
    const QString empty = m_data->filePath(QStringLiteral("empty"));
    const auto nothing =
        runApp(library(empty, {QStringLiteral("remove"), QStringLiteral("no-such-guide")}));
    QVERIFY2(nothing.exitCode == 1, qPrintable(describe(nothing)));
    QVERIFY(!QFileInfo::exists(empty));
}

void LibraryCommandTest::anEmptyLibrarySaysSo()
{
    IP_VERIFY_OK(ip::StudyData::open(m_data->path()));
    const auto run = runApp(library(m_data->path(), {QStringLiteral("list")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out, QStringLiteral("The library holds no guides yet.\n"));
    QCOMPARE(listedGuides(m_data->path()).size(), 0);
}

// As with `git -C`: the folder first, then what to do in it. Before, this
// started the window (or, without a display, aborted).
void LibraryCommandTest::theDataFolderMayComeBeforeTheCommand()
{
    const QString folder = m_data->path();
    const auto added = runApp({QStringLiteral("--data-dir"), folder, QStringLiteral("library"),
                               QStringLiteral("add"), TypicalGuide});
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    QCOMPARE(added.out.trimmed(), addedLine(QStringLiteral("Added"), TypicalGuide));
    const auto listed = runApp({QStringLiteral("--data-dir=") + folder, QStringLiteral("library"),
                                QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    const QJsonArray guides = QJsonDocument::fromJson(listed.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("guides"))
                                  .toArray();
    QCOMPARE(guides.size(), 1);
    QCOMPARE(guides.first()[QStringLiteral("key")].toString(), keyOf(TypicalGuide));

    // Help and the version, asked after the folder, are the command line's.
    const auto help = runApp({QStringLiteral("--data-dir"), folder, QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0 && help.out.contains(QStringLiteral("Commands:")),
             qPrintable(describe(help)));
    const auto version = runApp({QStringLiteral("--data-dir"), folder, QStringLiteral("-v")});
    QVERIFY2(version.exitCode == 0 && version.out.startsWith(QStringLiteral("interview-prep ")),
             qPrintable(describe(version)));
    // An empty folder is refused, not read as the standard one.
    const auto empty =
        runApp({QStringLiteral("--data-dir="), QStringLiteral("library"), QStringLiteral("list")});
    QVERIFY2(empty.exitCode == 2 && empty.err.contains(QStringLiteral("--data-dir needs a folder")),
             qPrintable(describe(empty)));
}

void LibraryCommandTest::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{} << QStringLiteral("name an action");
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("import")} << QStringLiteral("unknown action 'import'");
    QTest::newRow("add without a file")
        << QStringList{QStringLiteral("add")} << QStringLiteral("at least one guide file");
    QTest::newRow("remove without a key")
        << QStringList{QStringLiteral("remove")} << QStringLiteral("the key of one guide");
    QTest::newRow("remove of two keys")
        << QStringList{QStringLiteral("remove"), QStringLiteral("a"), QStringLiteral("b")}
        << QStringLiteral("the key of one guide");
    QTest::newRow("json for add") << QStringList{QStringLiteral("add"), TypicalGuide,
                                                 QStringLiteral("--json")}
                                  << QStringLiteral("--json goes with list only");
    QTest::newRow("list with an argument")
        << QStringList{QStringLiteral("list"), QStringLiteral("extra")}
        << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("list"), QStringLiteral("--xml")} << QStringLiteral("xml");
}

void LibraryCommandTest::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = runApp(library(m_data->path(), arguments));
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(message), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("Usage: interview-prep library")),
             qPrintable(describe(run)));
    // Nothing was added by a command that was refused.
    QVERIFY(!QFileInfo::exists(m_data->filePath(QStringLiteral("interview-prep.sqlite"))));
}

QTEST_GUILESS_MAIN(LibraryCommandTest)
#include "tst_library_command.moc"
