// `interview-prep export / restore / backup / doctor` as the candidate and
// their scripts use them: the real executable, its exit status, its output
// and what it leaves in the data folder.
#include "AppProcess.h"
#include "SmallDisk.h"
#include "StorageTestSupport.h"
#include "storage/DatabaseBackups.h"
#include "storage/MockInterviewRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/StoryRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace ip;

namespace {

using Run = ip::test::AppRun;
using ip::test::describe;
using ip::test::runApp;

void addData(const QString& dataDir)
{
    auto database = storagetest::openDatabase(dataDir);
    IP_VERIFY_OK(database);
    IP_VERIFY_OK(QuestionNoteRepository(**database)
                     .save({QStringLiteral("g"),
                            QStringLiteral("q1"),
                            QStringLiteral("Notes with ünïcode\nand lines"),
                            true,
                            {}}));
    StarStory story;
    story.title = QStringLiteral("A story");
    story.tags = {QStringLiteral("t")};
    story.questions = {{QStringLiteral("g"), QStringLiteral("q1")}};
    IP_VERIFY_OK(StoryRepository(**database).save(story));
}

QJsonObject withoutExportTime(const QString& json)
{
    QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    object.remove(QStringLiteral("exportedAt"));
    return object;
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// The real executable with its standard output sent to `file` (/dev/full).
Run runAppWithOutputTo(const QStringList& arguments, const QString& file)
{
    QProcess process;
    process.setStandardOutputFile(file);
    process.start(QStringLiteral(IP_APP_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        qFatal("interview-prep did not finish");
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString(),
               QString::fromUtf8(process.readAllStandardError())};
}

// The S_IF... type of what `path` names, 0 when nothing is there.
mode_t fileType(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

QStringList folderEntries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                QDir::System);
}

} // namespace

class StorageCommandsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportWritesJsonToStdoutOrAFile();
    void exportWithoutDataCreatesNothing_data();
    void exportWithoutDataCreatesNothing();
    void exportToAFullDiskOnStandardOutputFails_data();
    void exportToAFullDiskOnStandardOutputFails();
    void exportToAClosedPipeFails();
    void exportOutReplacesOnlyARegularFile_data();
    void exportOutReplacesOnlyARegularFile();
    void exportOutOnAFullDiskSaysSo_data();
    void exportOutOnAFullDiskSaysSo();
    void exportRefusesAnUnknownFormat();
    void exportRestoreExportRoundTrips();
    void exportAndRestoreNameMockInterviews();
    void restoreMakesASafetyBackupFirst();
    void restoreRefusesAFileThatIsNotABackup_data();
    void restoreRefusesAFileThatIsNotABackup();
    void restoreNeedsExactlyOneFile();
    void backupPrintsThePathOfAGoodCopy();
    void doctorReportsAHealthyDatabase();
    void doctorReportsProblemsAndExitsNonZero_data();
    void doctorReportsProblemsAndExitsNonZero();
    void commandsReportFaultsClearly_data();
    void commandsReportFaultsClearly();
    void whileTheAppIsOpen();
    void helpNamesTheCommands();
};

void StorageCommandsTest::exportWritesJsonToStdoutOrAFile()
{
    QTemporaryDir dir;
    addData(dir.path());
    const Run toStdout = runApp({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(toStdout.exitCode == 0, qPrintable(describe(toStdout)));
    const QJsonObject exported = QJsonDocument::fromJson(toStdout.out.toUtf8()).object();
    QCOMPARE(exported[QStringLiteral("format")].toString(),
             QStringLiteral("interview-prep-backup"));
    QCOMPARE(exported[QStringLiteral("notes")]
                 .toArray()
                 .first()
                 .toObject()[QStringLiteral("markdown")]
                 .toString(),
             QStringLiteral("Notes with ünïcode\nand lines"));

    const QString out = dir.filePath(QStringLiteral("mine.json"));
    const Run toFile =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--out"), out});
    QVERIFY2(toFile.exitCode == 0, qPrintable(describe(toFile)));
    QVERIFY(toFile.out.isEmpty());
    QVERIFY2(toFile.err.contains(
                 QStringLiteral("Exported 0 requirements, 1 note, 1 story and 0 reviews")),
             qPrintable(toFile.err));
    QCOMPARE(withoutExportTime(readFile(out)), withoutExportTime(toStdout.out));
}

void StorageCommandsTest::exportWithoutDataCreatesNothing_data()
{
    QTest::addColumn<bool>("folderExists");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("toFile");
    QTest::newRow("no folder, json") << false << "json" << false;
    QTest::newRow("no folder, stories-md to a file") << false << "stories-md" << true;
    QTest::newRow("empty folder, json to a file") << true << "json" << true;
    QTest::newRow("empty folder, stories-md") << true << "stories-md" << false;
}

// A mistyped --data-dir must not "export" an empty database it just made
// and exit 0: looking never creates anything.
void StorageCommandsTest::exportWithoutDataCreatesNothing()
{
    QFETCH(bool, folderExists);
    QFETCH(QString, format);
    QFETCH(bool, toFile);
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    if (folderExists)
        QVERIFY(QDir().mkpath(dataDir));
    const QString out = dir.filePath(QStringLiteral("export.out"));
    QStringList arguments{QStringLiteral("export"), QStringLiteral("--format"), format,
                          QStringLiteral("--data-dir"), dataDir};
    if (toFile)
        arguments << QStringLiteral("--out") << out;

    const Run run = runApp(arguments);
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith(QStringLiteral("interview-prep export: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("no data in ") + QDir::toNativeSeparators(dataDir)),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QFileInfo::exists(dataDir), folderExists);
    if (folderExists)
        QCOMPARE(folderEntries(dataDir), QStringList());
    QVERIFY(!QFileInfo::exists(out));
}

void StorageCommandsTest::exportToAFullDiskOnStandardOutputFails_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << "json";
    QTest::newRow("stories-md") << "stories-md";
}

// `export > /dev/full`: every write is checked, so the script learns that
// its file is truncated.
void StorageCommandsTest::exportToAFullDiskOnStandardOutputFails()
{
    QFETCH(QString, format);
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    QTemporaryDir dir;
    addData(dir.path());
    const Run run = runAppWithOutputTo({QStringLiteral("export"), QStringLiteral("--format"),
                                        format, QStringLiteral("--data-dir"), dir.path()},
                                       QStringLiteral("/dev/full"));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("interview-prep export: Cannot write standard output: the disk "
                                "is full. The output is incomplete.")),
             qPrintable(run.err));
}

// `export | head -1`: the reader went away; the command says so and exits 1
// rather than being killed by SIGPIPE or claiming success.
void StorageCommandsTest::exportToAClosedPipeFails()
{
    QTemporaryDir dir;
    addData(dir.path());
    int ends[2];
    QVERIFY(::pipe(ends) == 0);
    ::close(ends[0]);
    QProcess process;
    // Standard output becomes the pipe nobody reads, with SIGPIPE at its
    // default (killing) action, as a shell leaves it.
    const int writeEnd = ends[1];
    process.setChildProcessModifier([writeEnd] {
        ::dup2(writeEnd, STDOUT_FILENO);
        ::signal(SIGPIPE, SIG_DFL);
    });
    process.start(QStringLiteral(IP_APP_EXECUTABLE),
                  {QStringLiteral("export"), QStringLiteral("--data-dir"), dir.path()});
    const bool finished = process.waitForFinished(60000);
    ::close(writeEnd);
    QVERIFY(finished);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit,
             "killed (by SIGPIPE?) instead of reporting the closed pipe");
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.startsWith(QStringLiteral("interview-prep export: Cannot write standard output: "
                                           "it was closed before the export was complete")),
             qPrintable(err));
}

void StorageCommandsTest::exportOutReplacesOnlyARegularFile_data()
{
    QTest::addColumn<QString>("target"); // fifo, folder, or a path
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("kind");
    QTest::newRow("a named pipe, json") << "fifo"
                                        << "json"
                                        << "a named pipe (FIFO)";
    QTest::newRow("a named pipe, stories-md") << "fifo"
                                              << "stories-md"
                                              << "a named pipe (FIFO)";
    QTest::newRow("/dev/null, json") << "/dev/null"
                                     << "json"
                                     << "a device";
    QTest::newRow("/dev/null, stories-pdf") << "/dev/null"
                                            << "stories-pdf"
                                            << "a device";
    QTest::newRow("a folder") << "folder"
                              << "json"
                              << "a folder";
}

// Root may rename a file over /dev/null; `--out /dev/null` must not let it.
void StorageCommandsTest::exportOutReplacesOnlyARegularFile()
{
    QFETCH(QString, target);
    QFETCH(QString, format);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    addData(dataDir);
    QString path = target;
    if (target == QLatin1String("fifo")) {
        path = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (target == QLatin1String("folder")) {
        path = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(path));
    }
    const mode_t type = fileType(path);
    QVERIFY(type != 0);

    // Opening the FIFO would block forever; the run returning is part of
    // the test.
    const Run run = runApp({QStringLiteral("export"), QStringLiteral("--format"), format,
                            QStringLiteral("--data-dir"), dataDir, QStringLiteral("--out"), path});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith(QStringLiteral("interview-prep export: Cannot write %1: it is %2, "
                                               "and only a regular file is replaced. Nothing was "
                                               "written.")
                                    .arg(QDir::toNativeSeparators(path), kind)),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileType(path), type);
    if (target != QLatin1String("/dev/null"))
        QCOMPARE(folderEntries(dir.path()),
                 (QStringList{QStringLiteral("data"), path.section(u'/', -1)}));
}

void StorageCommandsTest::exportOutOnAFullDiskSaysSo_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << "json";
    QTest::newRow("stories-md") << "stories-md";
    QTest::newRow("stories-pdf") << "stories-pdf";
}

void StorageCommandsTest::exportOutOnAFullDiskSaysSo()
{
    QFETCH(QString, format);
    storagetest::SmallDisk disk(64 * 1024);
    if (!disk.mounted())
        QSKIP(qPrintable(disk.whyNot() +
                         QStringLiteral("; exportToAFullDiskOnStandardOutputFails covers a "
                                        "full disk through /dev/full")));
    QTemporaryDir dir;
    addData(dir.path());
    const QString out = disk.filePath(QStringLiteral("mine.out"));
    writeFile(out, "the export of last week");
    QVERIFY(disk.fill());

    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), format,
                QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith(QStringLiteral("interview-prep export: Cannot write %1: the disk "
                                               "is full. Nothing was written.")
                                    .arg(QDir::toNativeSeparators(out))),
             qPrintable(run.err));
    // The earlier export is whole, and no temporary file is left behind.
    QCOMPARE(readFile(out), QStringLiteral("the export of last week"));
    QCOMPARE(disk.entries(), QStringList{QStringLiteral("mine.out")});

    disk.freeSpace();
    const Run again =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), format,
                QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--out"), out});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QVERIFY(readFile(out) != QStringLiteral("the export of last week"));
}

void StorageCommandsTest::exportRefusesAnUnknownFormat()
{
    QTemporaryDir dir;
    const Run run = runApp({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("unknown format 'csv'")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void StorageCommandsTest::exportRestoreExportRoundTrips()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    const QString target = dir.filePath(QStringLiteral("target"));
    addData(source);
    const QString file = dir.filePath(QStringLiteral("backup.json"));
    const Run exported =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--data-dir"), source, QStringLiteral("--out"), file});
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));

    const Run restored =
        runApp({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), target});
    QVERIFY2(restored.exitCode == 0, qPrintable(describe(restored)));
    QVERIFY2(restored.out.contains(
                 QStringLiteral("Restored 0 requirements, 1 note, 1 story and 0 reviews")),
             qPrintable(restored.out));

    const Run again = runApp({QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--data-dir"), target});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QCOMPARE(withoutExportTime(again.out), withoutExportTime(readFile(file)));
}

void StorageCommandsTest::exportAndRestoreNameMockInterviews()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    const QString target = dir.filePath(QStringLiteral("target"));
    const QString outline = QStringLiteral("- <i>first</i> & *second*\n\n  indented line");
    {
        auto database = storagetest::openDatabase(source);
        IP_VERIFY_OK(database);
        MockInterview interview;
        interview.guideKey = QStringLiteral("g");
        interview.startedAt = QDateTime::fromMSecsSinceEpoch(1764100000000, Qt::UTC);
        interview.plannedMinutes = 30;
        MockInterviewQuestion question;
        question.questionKey = QStringLiteral("q1");
        question.timeBoxSeconds = 300;
        question.secondsTaken = 42.5;
        question.outline = outline;
        interview.questions = {question};
        IP_VERIFY_OK(MockInterviewRepository(**database).create(interview));
    }
    const QString file = dir.filePath(QStringLiteral("backup.json"));
    const Run exported =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--data-dir"), source, QStringLiteral("--out"), file});
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    QVERIFY2(exported.err.contains(QStringLiteral("0 reviews and 1 mock interview to")),
             qPrintable(exported.err));

    const Run restored =
        runApp({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), target});
    QVERIFY2(restored.exitCode == 0, qPrintable(describe(restored)));
    QVERIFY2(restored.out.contains(QStringLiteral("0 reviews and 1 mock interview into")),
             qPrintable(restored.out));
    QCOMPARE(storagetest::rawValue(storagetest::databasePath(target),
                                   QStringLiteral("SELECT outline FROM mock_interview_question")),
             outline);
}

void StorageCommandsTest::restoreMakesASafetyBackupFirst()
{
    QTemporaryDir dir;
    addData(dir.path());
    const QString file = dir.filePath(QStringLiteral("backup.json"));
    writeFile(
        file,
        R"({"format": "interview-prep-backup", "version": 1, "exportedAt": "2026-11-24T18:03:00Z",
        "notes": [{"guide": "g", "questionKey": "q1", "markdown": "from the file", "bookmarked": false,
                   "updatedAt": "2026-11-24T18:03:00Z"}]})");

    const Run run =
        runApp({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList backups =
        DatabaseBackups(QDir(dir.path()).filePath(QStringLiteral("backups"))).list();
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().endsWith(QStringLiteral("-before-restore.sqlite")));
    QVERIFY2(run.out.contains(backups.first()), qPrintable(run.out));
    // The copy holds the data as it was; the database holds the restored note.
    QCOMPARE(storagetest::rawValue(backups.first(),
                                   QStringLiteral("SELECT markdown FROM question_note")),
             QStringLiteral("Notes with ünïcode\nand lines"));
    QCOMPARE(storagetest::rawValue(storagetest::databasePath(dir.path()),
                                   QStringLiteral("SELECT markdown FROM question_note")),
             QStringLiteral("from the file"));
}

void StorageCommandsTest::restoreRefusesAFileThatIsNotABackup_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << "does not exist";
    QTest::newRow("a CSV file") << QByteArray("a,b\n1,2\n") << "is not an Interview Prep backup";
    QTest::newRow("someone else's JSON")
        << QByteArray(R"({"notes": []})") << "is not an Interview Prep backup";
    QTest::newRow("a bad entry") << QByteArray(R"({"format": "interview-prep-backup", "version": 1,
        "exportedAt": "2026-11-24T18:03:00Z", "requirements": [{"guide": "g", "key": "r", "status": "finished",
        "updatedAt": "2026-11-24T18:03:00Z"}]})")
                                 << "requirements[0].status must be one of";
}

void StorageCommandsTest::restoreRefusesAFileThatIsNotABackup()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    addData(dir.path());
    const QString file = dir.filePath(QStringLiteral("backup.json"));
    if (!content.isEmpty())
        writeFile(file, content);
    const QByteArray before = storagetest::fileHash(storagetest::databasePath(dir.path()));

    const Run run =
        runApp({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("interview-prep restore: ") + file),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(storagetest::fileHash(storagetest::databasePath(dir.path())), before);
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("backups"))));
}

void StorageCommandsTest::restoreNeedsExactlyOneFile()
{
    QTemporaryDir dir;
    const Run none = runApp({QStringLiteral("restore"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QStringLiteral("Usage: interview-prep restore FILE")));
    const Run two =
        runApp({QStringLiteral("restore"), QStringLiteral("a.json"), QStringLiteral("b.json")});
    QCOMPARE(two.exitCode, 2);
}

void StorageCommandsTest::backupPrintsThePathOfAGoodCopy()
{
    QTemporaryDir dir;
    addData(dir.path());
    const Run run = runApp({QStringLiteral("backup"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString path = run.out.trimmed();
    QVERIFY2(!path.contains(u'\n'), qPrintable(run.out));
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.path()).filePath(QStringLiteral("backups")));
    QCOMPARE(storagetest::rawValue(path, QStringLiteral("PRAGMA quick_check")),
             QStringLiteral("ok"));
    QCOMPARE(storagetest::rawValue(path, QStringLiteral("SELECT count(*) FROM star_story")),
             QStringLiteral("1"));
}

void StorageCommandsTest::doctorReportsAHealthyDatabase()
{
    QTemporaryDir dir;
    const Run empty = runApp({QStringLiteral("doctor"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(empty.exitCode == 0, qPrintable(describe(empty)));
    QVERIFY(empty.out.contains(QStringLiteral("No database yet")));
    QVERIFY2(!QFileInfo::exists(storagetest::databasePath(dir.path())),
             "doctor must not create anything");

    addData(dir.path());
    QVERIFY(runApp({QStringLiteral("backup"), QStringLiteral("--data-dir"), dir.path()}).exitCode ==
            0);
    const Run run = runApp({QStringLiteral("doctor"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const int latest = SchemaMigrator::load(SchemaMigrator::builtInDirectory())->latestVersion();
    for (const QString& expected :
         {QStringLiteral("Integrity:   ok"), QStringLiteral("Journal:     wal"),
          QStringLiteral("Schema:      version %1 (this app: %1)").arg(latest),
          QStringLiteral("Backups:     1 in"), QStringLiteral("the newest 7 are kept")})
        QVERIFY2(run.out.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in:\n") + run.out));
}

void StorageCommandsTest::doctorReportsProblemsAndExitsNonZero_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a database") << "replace"
                                    << "The file is not an SQLite database.";
    QTest::newRow("damaged pages") << "pages"
                                   << "Integrity:   PROBLEMS";
    QTest::newRow("damaged backup") << "backup"
                                    << "DAMAGED";
}

void StorageCommandsTest::doctorReportsProblemsAndExitsNonZero()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    {
        auto database = storagetest::openDatabase(dir.path());
        IP_VERIFY_OK(database);
        QuestionNoteRepository notes(**database);
        for (int i = 0; i < 300; ++i)
            IP_VERIFY_OK(notes.save({QStringLiteral("g"),
                                     QStringLiteral("q%1").arg(i),
                                     QString(2000, u'n'),
                                     false,
                                     {}}));
        IP_VERIFY_OK((*database)->backup());
    }
    const QString file = storagetest::databasePath(dir.path());
    if (damage == QLatin1String("replace")) {
        writeFile(file, "not a database at all");
    } else {
        const QString target =
            damage == QLatin1String("pages")
                ? file
                : DatabaseBackups(QDir(dir.path()).filePath(QStringLiteral("backups")))
                      .list()
                      .first();
        QFile damaged(target);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 middle = damaged.size() / 2 / 4096 * 4096;
        damaged.seek(middle);
        damaged.write(QByteArray(4096 * 8, char(0x5A)));
    }
    const QByteArray before = storagetest::fileHash(file);

    const Run run = runApp({QStringLiteral("doctor"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Something is wrong; nothing was changed")));
    QCOMPARE(storagetest::fileHash(file), before);
}

void StorageCommandsTest::commandsReportFaultsClearly_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer version") << "newer"
                                   << "newer version of Interview Prep";
    QTest::newRow("not a database") << "garbage"
                                    << "is not an Interview Prep database";
}

void StorageCommandsTest::commandsReportFaultsClearly()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    QTemporaryDir dir;
    addData(dir.path());
    const QString file = storagetest::databasePath(dir.path());
    if (fault == QLatin1String("newer")) {
        QSqlDatabase later =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("later"));
        later.setDatabaseName(file);
        QVERIFY(later.open());
        QSqlQuery(later).exec(QStringLiteral("PRAGMA user_version = 999"));
        later.close();
        later = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("later"));
    } else {
        writeFile(file, QByteArray(8192, 'x'));
    }
    const QByteArray before = storagetest::fileHash(file);
    const QString json = dir.filePath(QStringLiteral("b.json"));
    writeFile(
        json,
        R"({"format": "interview-prep-backup", "version": 1, "exportedAt": "2026-11-24T18:03:00Z"})");

    for (const QStringList& arguments :
         {QStringList{QStringLiteral("export")}, QStringList{QStringLiteral("backup")},
          QStringList{QStringLiteral("restore"), json}}) {
        const QString command = arguments.first();
        const Run run = runApp(arguments + QStringList{QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(run.exitCode == 1, qPrintable(command + QStringLiteral(": ") + describe(run)));
        QVERIFY2(run.err.startsWith(QStringLiteral("interview-prep %1: ").arg(command)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(storagetest::fileHash(file), before);
}

void StorageCommandsTest::whileTheAppIsOpen()
{
    QTemporaryDir dir;
    auto app = storagetest::openDatabase(dir.path());
    IP_VERIFY_OK(app);
    IP_VERIFY_OK(QuestionNoteRepository(**app).save({QStringLiteral("g"),
                                                     QStringLiteral("q"),
                                                     QStringLiteral("typed in the window"),
                                                     false,
                                                     {}}));

    // Reading commands work beside the app...
    const Run exported =
        runApp({QStringLiteral("export"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    QVERIFY(exported.out.contains(QStringLiteral("typed in the window")));
    const Run backup = runApp({QStringLiteral("backup"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
    QCOMPARE(storagetest::rawValue(backup.out.trimmed(),
                                   QStringLiteral("SELECT markdown FROM question_note")),
             QStringLiteral("typed in the window"));

    // ...but a restore would change data under the app's feet.
    const QString json = dir.filePath(QStringLiteral("b.json"));
    writeFile(
        json,
        R"({"format": "interview-prep-backup", "version": 1, "exportedAt": "2026-11-24T18:03:00Z",
        "notes": [{"guide": "g", "questionKey": "q", "markdown": "from the file", "updatedAt": "2026-11-24T18:03:00Z"}]})");
    const Run restored =
        runApp({QStringLiteral("restore"), json, QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(restored.exitCode, 1);
    QVERIFY2(restored.err.contains(QStringLiteral("is already using the data folder")),
             qPrintable(restored.err));
    QCOMPARE(QuestionNoteRepository(**app)
                 .find({QStringLiteral("g"), QStringLiteral("q")})
                 ->value()
                 .markdown,
             QStringLiteral("typed in the window"));
}

void StorageCommandsTest::helpNamesTheCommands()
{
    const Run help = runApp({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const QString& command : {QStringLiteral("export"), QStringLiteral("restore"),
                                   QStringLiteral("backup"), QStringLiteral("doctor")})
        QVERIFY2(help.out.contains(QStringLiteral("  ") + command), qPrintable(help.out));
    const Run exportHelp = runApp({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(
        exportHelp.out.startsWith(QStringLiteral("Usage: interview-prep export --format json")));
    QVERIFY(exportHelp.out.contains(QStringLiteral("--data-dir <DIR>")));
}

QTEST_GUILESS_MAIN(StorageCommandsTest)
#include "tst_storage_commands.moc"
