// Database: what the candidate relies on from the file itself: it is created
// where they expect it, set up for safe writes, kept to one instance, and
// backed up on schedule without ever overwriting or losing a copy.
#include "DatabaseTestPeer.h"
#include "StorageTestSupport.h"
#include "storage/DataFolderLock.h"
#include "storage/DatabaseBackups.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/SchemaMigrator.h"
#include "util/DataDirectory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ip;
using storagetest::openDatabase;
using storagetest::rawValue;

namespace {

int latestVersion()
{
    return SchemaMigrator::load(SchemaMigrator::builtInDirectory())->latestVersion();
}

// A file named like a backup made at `time`; only its name matters to the
// schedule and to pruning.
void placeBackupNamed(const QString& backupDir, const QDateTime& time, const QString& reason)
{
    QDir().mkpath(backupDir);
    QFile file(QDir(backupDir).filePath(
        QStringLiteral("interview-prep-%1-%2.sqlite")
            .arg(time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")), reason)));
    QVERIFY(file.open(QIODevice::WriteOnly));
}

} // namespace

class DatabaseTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createdOnFirstUseWithWalAndSchemaVersion();
    void reopeningKeepsTheData();
    void relativeDataDirectoryIsMadeAbsolute();
    void defaultDataDirectoryIsTheAppDataFolder();
    void secondInstanceIsRefusedWithAMessage();
    void secondInstanceInAnotherProcessIsRefused();
    void lockLeftByAKilledProcessIsTakenOver();
    void emptyLockFileFromAKillDuringStartIsTakenOver();
    void backupIsAConsistentCopy();
    void onlyTheNewestBackupsAreKept();
    void scheduledBackupAtStart_data();
    void scheduledBackupAtStart();
    void foreignSqliteFileIsLeftAlone();
};

void DatabaseTest::createdOnFirstUseWithWalAndSchemaVersion()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("not/yet/there"));
    auto database = openDatabase(dataDir);
    IP_VERIFY_OK(database);

    QVERIFY((*database)->wasCreated());
    QCOMPARE((*database)->filePath(), storagetest::databasePath(dataDir));
    QVERIFY(QFileInfo::exists((*database)->filePath()));
    QCOMPARE((*database)->schemaVersion(), latestVersion());
    QVERIFY((*database)->warnings().isEmpty());
    // A new database has nothing to back up yet.
    QVERIFY(!QFileInfo::exists((*database)->backupDirectory()));

    const QString file = (*database)->filePath();
    QCOMPARE(rawValue(file, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(rawValue(file, QStringLiteral("PRAGMA user_version")).toInt(), latestVersion());

    QSqlQuery query = DatabaseTestPeer::query(**database);
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL: a commit survives a power cut
}

void DatabaseTest::reopeningKeepsTheData()
{
    QTemporaryDir dir;
    {
        auto database = openDatabase(dir.path());
        IP_VERIFY_OK(database);
        IP_VERIFY_OK(QuestionNoteRepository(**database)
                         .save({QStringLiteral("guide"),
                                QStringLiteral("q1"),
                                QStringLiteral("my words"),
                                true,
                                {}}));
    }
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QVERIFY(!(*database)->wasCreated());
    const auto note =
        QuestionNoteRepository(**database).find({QStringLiteral("guide"), QStringLiteral("q1")});
    IP_VERIFY_OK(note);
    QVERIFY(note->has_value());
    QCOMPARE((*note)->markdown, QStringLiteral("my words"));
    QVERIFY((*note)->bookmarked);
}

void DatabaseTest::relativeDataDirectoryIsMadeAbsolute()
{
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    QDir::setCurrent(dir.path());
    auto database = openDatabase(QStringLiteral("relative-data"));
    QDir::setCurrent(previous);
    IP_VERIFY_OK(database);
    QCOMPARE((*database)->dataDirectory(),
             QDir(dir.path()).filePath(QStringLiteral("relative-data")));
    QCOMPARE(resolveDataDirectory(QStringLiteral("/tmp/x/../y")), QStringLiteral("/tmp/y"));
}

void DatabaseTest::defaultDataDirectoryIsTheAppDataFolder()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrep"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep"));
    QCOMPARE(resolveDataDirectory(QString()), defaultDataDirectory());
    QCOMPARE(defaultDataDirectory(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(defaultDataDirectory().endsWith(QStringLiteral("interview-prep")));
}

void DatabaseTest::secondInstanceIsRefusedWithAMessage()
{
    QTemporaryDir dir;
    auto first = openDatabase(dir.path());
    IP_VERIFY_OK(first);
    IP_VERIFY_OK(QuestionNoteRepository(**first).save(
        {QStringLiteral("g"), QStringLiteral("q"), QStringLiteral("first"), false, {}}));

    auto second = openDatabase(dir.path());
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::AlreadyRunning);
    QVERIFY2(second.error().message.contains(QStringLiteral("already using the data folder")),
             qPrintable(second.error().message));
    QVERIFY(second.error().message.contains(dir.path()));

    // Looking is still allowed beside it.
    DatabaseOptions readOnly;
    readOnly.mode = OpenMode::ReadOnly;
    auto reader = openDatabase(dir.path(), readOnly);
    IP_VERIFY_OK(reader);
    const auto seen =
        QuestionNoteRepository(**reader).find({QStringLiteral("g"), QStringLiteral("q")});
    IP_VERIFY_OK(seen);
    QCOMPARE((*seen)->markdown, QStringLiteral("first"));

    first->reset();
    IP_VERIFY_OK(openDatabase(dir.path()));
}

void DatabaseTest::secondInstanceInAnotherProcessIsRefused()
{
    QTemporaryDir dir;
    storagetest::Child app({QStringLiteral("hold"), dir.path()});
    QCOMPARE(app.waitForLine(QStringLiteral("ready")), QStringLiteral("ready"));

    auto second = openDatabase(dir.path());
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::AlreadyRunning);
    QVERIFY2(second.error().message.contains(QString::number(app.process().processId())),
             qPrintable(second.error().message));

    QVERIFY(app.release());
    auto afterwards = openDatabase(dir.path());
    IP_VERIFY_OK(afterwards);
    const auto note = QuestionNoteRepository(**afterwards)
                          .find({QStringLiteral("held-guide"), QStringLiteral("held-question")});
    IP_VERIFY_OK(note);
    QVERIFY(note->has_value());
}

void DatabaseTest::lockLeftByAKilledProcessIsTakenOver()
{
    QTemporaryDir dir;
    storagetest::Child app({QStringLiteral("hold"), dir.path()});
    QCOMPARE(app.waitForLine(QStringLiteral("ready")), QStringLiteral("ready"));
    app.process().kill();
    QVERIFY(app.process().waitForFinished(30000));
    QVERIFY(QFileInfo::exists(
        QDir(dir.path()).filePath(QString::fromLatin1(DataFolderLock::FileName))));

    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    const auto note = QuestionNoteRepository(**database)
                          .find({QStringLiteral("held-guide"), QStringLiteral("held-question")});
    IP_VERIFY_OK(note);
    QVERIFY(note->has_value());
}

void DatabaseTest::emptyLockFileFromAKillDuringStartIsTakenOver()
{
    // A kill between creating the lock file and writing its PID leaves an
    // empty file that names no process; the next start must not be refused.
    QTemporaryDir dir;
    QFile lockFile(QDir(dir.path()).filePath(QString::fromLatin1(DataFolderLock::FileName)));
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    lockFile.close();

    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    // And it is really held now: a second open is refused.
    auto second = openDatabase(dir.path());
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::AlreadyRunning);
}

void DatabaseTest::backupIsAConsistentCopy()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QuestionNoteRepository notes(**database);
    IP_VERIFY_OK(notes.save(
        {QStringLiteral("g"), QStringLiteral("q"), QStringLiteral("before"), false, {}}));

    const Result<QString> backup = (*database)->backup();
    IP_VERIFY_OK(backup);
    // Changes after the backup are not in it.
    IP_VERIFY_OK(
        notes.save({QStringLiteral("g"), QStringLiteral("q"), QStringLiteral("after"), false, {}}));

    QCOMPARE(QFileInfo(*backup).absolutePath(), (*database)->backupDirectory());
    QVERIFY(DatabaseBackups::timeFromFileName(QFileInfo(*backup).fileName()).has_value());
    QVERIFY(QFileInfo(*backup).fileName().endsWith(QStringLiteral("-manual.sqlite")));
    QCOMPARE(storagetest::rawValue(*backup, QStringLiteral("PRAGMA quick_check")),
             QStringLiteral("ok"));
    QCOMPARE(storagetest::rawValue(*backup, QStringLiteral("PRAGMA user_version")).toInt(),
             latestVersion());
    QCOMPARE(storagetest::rawValue(*backup, QStringLiteral("SELECT markdown FROM question_note")),
             QStringLiteral("before"));
    // No temporary file is left behind.
    QCOMPARE(QDir((*database)->backupDirectory()).entryList(QDir::Files).size(), 1);
}

void DatabaseTest::onlyTheNewestBackupsAreKept()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    const QString backupDir = (*database)->backupDirectory();
    QDir().mkpath(backupDir);
    // Files that are not our backups are never touched.
    for (const QString& name :
         {QStringLiteral("my-own-copy.sqlite"), QStringLiteral("notes.txt")}) {
        QFile file(QDir(backupDir).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    QStringList made;
    for (int i = 0; i < DatabaseBackups::KeptCount + 3; ++i) {
        const Result<QString> backup = (*database)->backup(QStringLiteral("manual"));
        IP_VERIFY_OK(backup);
        made << *backup;
    }
    const QStringList kept = DatabaseBackups(backupDir).list();
    QCOMPARE(kept.size(), DatabaseBackups::KeptCount);
    QCOMPARE(kept, made.mid(made.size() - DatabaseBackups::KeptCount));
    QVERIFY(QFileInfo::exists(QDir(backupDir).filePath(QStringLiteral("my-own-copy.sqlite"))));
    QVERIFY(QFileInfo::exists(QDir(backupDir).filePath(QStringLiteral("notes.txt"))));
}

void DatabaseTest::scheduledBackupAtStart_data()
{
    QTest::addColumn<int>("newestAgeHours"); // -1: no backup yet; negative hours: in the future
    QTest::addColumn<bool>("backupExpected");

    QTest::newRow("no backup yet") << -1 << true;
    QTest::newRow("newest is two days old") << 48 << true;
    QTest::newRow("newest is 25 hours old") << 25 << true;
    QTest::newRow("newest is an hour old") << 1 << false;
    QTest::newRow("newest is dated in the future (clock was wrong)") << -1000 << true;
}

void DatabaseTest::scheduledBackupAtStart()
{
    QFETCH(int, newestAgeHours);
    QFETCH(bool, backupExpected);

    QTemporaryDir dir;
    {
        auto database = openDatabase(dir.path());
        IP_VERIFY_OK(database);
        IP_VERIFY_OK(
            QuestionNoteRepository(**database)
                .save(
                    {QStringLiteral("g"), QStringLiteral("q"), QStringLiteral("text"), false, {}}));
    }
    const QString backupDir = QDir(dir.path()).filePath(QStringLiteral("backups"));
    if (newestAgeHours != -1)
        placeBackupNamed(backupDir,
                         QDateTime::currentDateTimeUtc().addSecs(-3600LL * newestAgeHours),
                         QStringLiteral("placed"));
    const QStringList before = DatabaseBackups(backupDir).list();

    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QStringList made = DatabaseBackups(backupDir).list();
    for (const QString& old : before)
        made.removeOne(old);
    QCOMPARE(made.size(), backupExpected ? 1 : 0);
    if (backupExpected) {
        QVERIFY(made.first().endsWith(QStringLiteral("-scheduled.sqlite")));
        QCOMPARE(storagetest::rawValue(made.first(),
                                       QStringLiteral("SELECT markdown FROM question_note")),
                 QStringLiteral("text"));
    }

    // Commands that make their own backup can skip the scheduled one.
    database->reset();
    DatabaseOptions noSchedule;
    noSchedule.scheduledBackup = false;
    QDir(backupDir).removeRecursively();
    IP_VERIFY_OK(openDatabase(dir.path(), noSchedule));
    QVERIFY(DatabaseBackups(backupDir).list().isEmpty());
}

void DatabaseTest::foreignSqliteFileIsLeftAlone()
{
    QTemporaryDir dir;
    const QString file = storagetest::databasePath(dir.path());
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE someone_elses (x)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO someone_elses VALUES (42)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = storagetest::fileHash(file);

    auto database = openDatabase(dir.path());
    QVERIFY(!database);
    QCOMPARE(database.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(database.error().message.contains(QStringLiteral("not one of Interview Prep's")),
             qPrintable(database.error().message));
    QCOMPARE(storagetest::fileHash(file), before);
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
