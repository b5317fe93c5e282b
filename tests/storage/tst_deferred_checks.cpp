// The checks the app leaves out of its start (DatabaseOptions::deferChecks)
// and runs afterwards with DeferredDatabaseChecks: a deferred open neither
// checks nor backs up; the later check passes a good database and reports a
// damaged one as Corrupt, which the deferred open let through; the scheduled
// backup is made only when due, from its own connection on a std::thread,
// while the app's connection goes on writing; and the commands' default
// (checks at open) is unchanged.
#include "StorageTestSupport.h"
#include "storage/DatabaseBackups.h"
#include "storage/DeferredDatabaseChecks.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/Transaction.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <atomic>
#include <optional>
#include <thread>

using namespace ip;
using storagetest::openDatabase;
using storagetest::rawValue;

namespace {

const QString Guide = QStringLiteral("deferred-checks-guide");

DatabaseOptions deferred()
{
    DatabaseOptions options;
    options.deferChecks = true;
    return options;
}

QString backupFolder(const QString& dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(Database::BackupFolderName));
}

QStringList backupsIn(const QString& dataDir)
{
    return DatabaseBackups(backupFolder(dataDir)).list();
}

// `count` notes long enough that the file has many pages to damage.
void addNotes(Database& database, int count, int first = 0)
{
    QuestionNoteRepository notes(database);
    for (int i = first; i < first + count; ++i)
        IP_VERIFY_OK(notes.save({Guide,
                                 QStringLiteral("q%1").arg(i),
                                 QString(2000, QLatin1Char('a' + i % 26)),
                                 false,
                                 {}}));
}

// A closed database holding `notes` notes, and no backup yet.
void makeDatabase(const QString& dataDir, int notes)
{
    auto database = openDatabase(dataDir);
    IP_VERIFY_OK(database);
    addNotes(**database, notes);
}

// Overwrites ten whole pages in the middle of the file, as a failing disk
// would; the header and the schema on page 1 stay readable, so only a check
// that reads every page notices.
void damageMiddlePages(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(100);
    const int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    const qint64 pages = file.size() / pageSize;
    QVERIFY(pages > 100);
    for (qint64 page = pages / 2; page < pages / 2 + 10; ++page) {
        file.seek(page * pageSize);
        file.write(QByteArray(pageSize, char(0xA5)));
    }
}

int notesIn(const QString& file)
{
    return rawValue(file, QStringLiteral("SELECT count(*) FROM question_note")).toInt();
}

// Renames the only backup as if it had been made `hoursAgo` hours ago.
QString ageBackup(const QString& path, int hoursAgo)
{
    const QString stamp = QDateTime::currentDateTimeUtc()
                              .addSecs(-3600 * qint64(hoursAgo))
                              .toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString aged = QFileInfo(path).dir().filePath(
        QStringLiteral("interview-prep-%1-scheduled.sqlite").arg(stamp));
    return QFile::rename(path, aged) ? aged : QString();
}

} // namespace

class DeferredChecksTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultOpenStillChecksAndBacksUp();
    void deferredOpenNeitherChecksNorBacksUp();
    void checksPassOnAGoodDatabaseAndMakeTheDueBackup();
    void damagedDatabaseOpensDeferredAndTheCheckReportsCorrupt();
    void damagedDatabaseIsStillRefusedBeforeAnUpgrade();
    void backupIsMadeOnlyWhenDue();
    void checksRunOnAThreadWhileTheAppWrites();
    void backupHoldsWhatWasCommittedWhileATransactionIsOpen();
    void readOnlyDatabaseGetsNoBackup();
    void newOrUnscheduledDatabaseGetsNoBackup();
    void cancelledChecksDoNothing();
};

void DeferredChecksTest::defaultOpenStillChecksAndBacksUp()
{
    // What the commands and every caller not asking for the deferral get.
    QVERIFY(!DatabaseOptions{}.deferChecks);
    QTemporaryDir dir;
    makeDatabase(dir.path(), 3);
    QVERIFY(backupsIn(dir.path()).isEmpty());
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QCOMPARE(backupsIn(dir.path()).size(), 1);
}

void DeferredChecksTest::deferredOpenNeitherChecksNorBacksUp()
{
    QTemporaryDir dir;
    makeDatabase(dir.path(), 3);
    auto database = openDatabase(dir.path(), deferred());
    IP_VERIFY_OK(database);
    // Due (there is none), but left to the deferred checks.
    QVERIFY(backupsIn(dir.path()).isEmpty());
    QVERIFY(!QFileInfo::exists(backupFolder(dir.path())));
    QVERIFY((*database)->warnings().isEmpty());
    QCOMPARE((*database)->schemaVersion(),
             *SchemaMigrator::latestVersionIn(SchemaMigrator::builtInDirectory()));
    // And it is the app's database as ever: it reads and writes.
    addNotes(**database, 2, 3);
    QCOMPARE(QuestionNoteRepository(**database).all()->size(), 5);
}

void DeferredChecksTest::checksPassOnAGoodDatabaseAndMakeTheDueBackup()
{
    QTemporaryDir dir;
    makeDatabase(dir.path(), 20);
    auto database = openDatabase(dir.path(), deferred());
    IP_VERIFY_OK(database);

    const DeferredDatabaseChecks checks(**database);
    const Result<DeferredCheckReport> report = checks.run();
    IP_VERIFY_OK(report);
    QVERIFY(report->warnings.isEmpty());
    QVERIFY(!report->backupPath.isEmpty());
    QCOMPARE(backupsIn(dir.path()), QStringList{report->backupPath});
    QVERIFY(report->backupPath.endsWith(QStringLiteral("-scheduled.sqlite")));
    const BackupInfo backup = DatabaseBackups::inspectFile(report->backupPath);
    QVERIFY2(backup.intact(), qPrintable(backup.problem));
    QCOMPARE(backup.notes, 20);
    // No partial file is left beside it.
    QCOMPARE(QDir(backupFolder(dir.path())).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void DeferredChecksTest::damagedDatabaseOpensDeferredAndTheCheckReportsCorrupt()
{
    QTemporaryDir dir;
    makeDatabase(dir.path(), 400);
    const QString file = storagetest::databasePath(dir.path());
    damageMiddlePages(file);

    // Checked at open (the default), it is refused as before.
    {
        auto refused = openDatabase(dir.path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Corrupt);
    }

    auto database = openDatabase(dir.path(), deferred());
    IP_VERIFY_OK(database);
    const Result<DeferredCheckReport> report = DeferredDatabaseChecks(**database).run();
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ErrorKind::Corrupt);
    const QString message = report.error().message;
    QVERIFY2(message.contains(QStringLiteral("is damaged")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(backupFolder(dir.path()))),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("interview-prep doctor")), qPrintable(message));
    // A copy of a damaged file would push a good backup out of the kept ones.
    QVERIFY(backupsIn(dir.path()).isEmpty());
    // The step alone says the same.
    const Result<void> check = DeferredDatabaseChecks(**database).checkIntegrity();
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ErrorKind::Corrupt);
}

void DeferredChecksTest::damagedDatabaseIsStillRefusedBeforeAnUpgrade()
{
    // An upgrade writes a lot; deferred or not, a damaged file is refused
    // before it is written.
    QTemporaryDir dir;
    const QString chain = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(chain));
    const QDir builtIn(SchemaMigrator::builtInDirectory());
    for (const QString& name : builtIn.entryList(QDir::Files))
        QVERIFY(QFile::copy(builtIn.filePath(name), QDir(chain).filePath(name)));
    const QString data = dir.filePath(QStringLiteral("data"));
    makeDatabase(data, 400);
    const QString file = storagetest::databasePath(data);
    damageMiddlePages(file);
    const QByteArray before = storagetest::fileHash(file);

    const int next = int(builtIn.entryList(QDir::Files).size()) + 1;
    QFile extra(QDir(chain).filePath(QStringLiteral("%1_extra.sql").arg(next, 4, 10, QChar(u'0'))));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("CREATE TABLE extra (id INTEGER PRIMARY KEY);\n");
    extra.close();

    DatabaseOptions options = deferred();
    options.migrationDirectory = chain;
    auto database = openDatabase(data, options);
    QVERIFY(!database);
    QCOMPARE(database.error().kind, ErrorKind::Corrupt);
    QCOMPARE(storagetest::fileHash(file), before);
    QVERIFY(backupsIn(data).isEmpty());
}

void DeferredChecksTest::backupIsMadeOnlyWhenDue()
{
    QTemporaryDir dir;
    makeDatabase(dir.path(), 5);
    auto database = openDatabase(dir.path(), deferred());
    IP_VERIFY_OK(database);
    const DeferredDatabaseChecks checks(**database);

    const Result<QString> first = checks.backupIfDue();
    IP_VERIFY_OK(first);
    QVERIFY(!first->isEmpty());

    // The newest is minutes old: not due, nothing made.
    const Result<DeferredCheckReport> again = checks.run();
    IP_VERIFY_OK(again);
    QVERIFY(again->backupPath.isEmpty());
    QCOMPARE(backupsIn(dir.path()).size(), 1);

    // 23 hours old: still not due.
    const QString recent = ageBackup(*first, 23);
    QVERIFY(!recent.isEmpty());
    IP_VERIFY_OK(checks.backupIfDue());
    QCOMPARE(backupsIn(dir.path()), QStringList{recent});

    // Over a day old: due, and made.
    const QString old = ageBackup(recent, 25);
    QVERIFY(!old.isEmpty());
    const Result<DeferredCheckReport> due = checks.run();
    IP_VERIFY_OK(due);
    QVERIFY(!due->backupPath.isEmpty());
    QCOMPARE(backupsIn(dir.path()), (QStringList{old, due->backupPath}));
}

void DeferredChecksTest::checksRunOnAThreadWhileTheAppWrites()
{
    QTemporaryDir dir;
    makeDatabase(dir.path(), 300);
    auto database = openDatabase(dir.path(), deferred());
    IP_VERIFY_OK(database);
    const DeferredDatabaseChecks checks(**database);

    // The checks on a plain std::thread (no Qt thread, no event loop), the
    // app's connection saving notes on this thread all the while.
    std::atomic<bool> finished{false};
    std::optional<Result<DeferredCheckReport>> report;
    std::thread worker([&] {
        report.emplace(checks.run());
        finished.store(true);
    });
    QuestionNoteRepository notes(**database);
    int saves = 0;
    QStringList failures;
    // At least a few saves, and on until the worker is done.
    while (!finished.load() || saves < 5) {
        const auto saved = notes.save({Guide,
                                       QStringLiteral("during-%1").arg(saves),
                                       QStringLiteral("typed while the checks ran"),
                                       false,
                                       {}});
        if (!saved)
            failures << saved.error().message;
        ++saves;
    }
    worker.join();

    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(report.has_value());
    IP_VERIFY_OK(*report);
    QVERIFY((*report)->warnings.isEmpty());
    const BackupInfo backup = DatabaseBackups::inspectFile((*report)->backupPath);
    QVERIFY2(backup.intact(), qPrintable(backup.problem));
    // A consistent snapshot: the 300 notes from before, and some of the
    // notes saved meanwhile, each whole.
    QVERIFY(backup.notes >= 300 && backup.notes <= 300 + saves);
    QCOMPARE(QuestionNoteRepository(**database).all()->size(), 300 + saves);
}

void DeferredChecksTest::backupHoldsWhatWasCommittedWhileATransactionIsOpen()
{
    QTemporaryDir dir;
    makeDatabase(dir.path(), 10);
    auto database = openDatabase(dir.path(), deferred());
    IP_VERIFY_OK(database);
    // Committed since open: in the WAL, not yet in the main file.
    addNotes(**database, 5, 10);
    QVERIFY(QFileInfo(storagetest::databasePath(dir.path()) + QStringLiteral("-wal")).size() > 0);

    // The app is in the middle of a write when the worker runs.
    auto transaction = Transaction::begin(**database, QStringLiteral("test"));
    IP_VERIFY_OK(transaction);
    addNotes(**database, 1, 100);

    const DeferredDatabaseChecks checks(**database);
    std::optional<Result<DeferredCheckReport>> report;
    std::thread worker([&] { report.emplace(checks.run()); });
    worker.join();
    IP_VERIFY_OK(*report);
    QCOMPARE(notesIn((*report)->backupPath), 15);

    IP_VERIFY_OK(transaction->commit());
    QCOMPARE(QuestionNoteRepository(**database).all()->size(), 16);
}

void DeferredChecksTest::readOnlyDatabaseGetsNoBackup()
{
    QTemporaryDir dir;
    makeDatabase(dir.path(), 3);
    DatabaseOptions options = deferred();
    options.mode = OpenMode::ReadOnly;
    auto database = openDatabase(dir.path(), options);
    IP_VERIFY_OK(database);
    const Result<DeferredCheckReport> report = DeferredDatabaseChecks(**database).run();
    IP_VERIFY_OK(report);
    QVERIFY(report->backupPath.isEmpty());
    QVERIFY(!QFileInfo::exists(backupFolder(dir.path())));
}

void DeferredChecksTest::newOrUnscheduledDatabaseGetsNoBackup()
{
    // A database this open created holds nothing yet: its backup would only
    // put the first real one off by a day.
    QTemporaryDir fresh;
    auto created = openDatabase(fresh.path(), deferred());
    IP_VERIFY_OK(created);
    QVERIFY((*created)->wasCreated());
    const Result<DeferredCheckReport> first = DeferredDatabaseChecks(**created).run();
    IP_VERIFY_OK(first);
    QVERIFY(first->backupPath.isEmpty());
    QVERIFY(backupsIn(fresh.path()).isEmpty());

    // A caller that turned the schedule off gets none either.
    QTemporaryDir dir;
    makeDatabase(dir.path(), 5);
    DatabaseOptions options = deferred();
    options.scheduledBackup = false;
    auto unscheduled = openDatabase(dir.path(), options);
    IP_VERIFY_OK(unscheduled);
    const Result<DeferredCheckReport> report = DeferredDatabaseChecks(**unscheduled).run();
    IP_VERIFY_OK(report);
    QVERIFY(report->backupPath.isEmpty());
    QVERIFY(backupsIn(dir.path()).isEmpty());
}

void DeferredChecksTest::cancelledChecksDoNothing()
{
    QTemporaryDir dir;
    makeDatabase(dir.path(), 3);
    auto database = openDatabase(dir.path(), deferred());
    IP_VERIFY_OK(database);
    DeferredDatabaseChecks checks(**database);
    checks.cancel();
    const Result<DeferredCheckReport> report = checks.run();
    IP_VERIFY_OK(report);
    QVERIFY(report->backupPath.isEmpty());
    QVERIFY(backupsIn(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(DeferredChecksTest)
#include "tst_deferred_checks.moc"
