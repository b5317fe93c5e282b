// The way back from a damaged database: listing the backups with what they
// hold, pruning only our own files, clearing what a killed backup left, and
// restoring a backup with the old database kept aside. Real files in
// temporary folders; the commands through the real executable.
#include "AppProcess.h"
#include "StorageTestSupport.h"
#include "storage/BackupRestore.h"
#include "storage/DatabaseBackups.h"
#include "storage/InterviewDateRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/StoryRepository.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

using namespace ip;

namespace {

using ip::test::AppRun;
using ip::test::describe;
using ip::test::runApp;

const QString Guide = QStringLiteral("g");

QString backupFolder(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("backups"));
}

void saveNote(Database& database, const QString& key, const QString& text)
{
    IP_VERIFY_OK(QuestionNoteRepository(database).save({Guide, key, text, false, {}}));
}

// A database holding `notes` notes (long enough that the file has many
// pages to damage), `stories` stories and `reviews` logged answers.
void addData(Database& database, int notes, int stories, int reviews)
{
    for (int i = 0; i < notes; ++i)
        saveNote(database, QStringLiteral("q%1").arg(i), QString(2000, u'n'));
    for (int i = 0; i < stories; ++i) {
        StarStory story;
        story.title = QStringLiteral("Story %1").arg(i);
        story.questions = {{Guide, QStringLiteral("q0")}};
        IP_VERIFY_OK(StoryRepository(database).save(story));
    }
    for (int i = 0; i < reviews; ++i) {
        ReviewLogEntry entry;
        entry.guideKey = Guide;
        entry.questionKey = QStringLiteral("q0");
        entry.reviewedAt = QDateTime(QDate(2026, 1, 1), QTime(9, i), Qt::UTC);
        entry.grade = 3;
        entry.seconds = 30;
        IP_VERIFY_OK(ReviewRepository(database).restoreLogEntry(entry));
    }
}

// Overwrites whole pages in the middle of the file, as a failing disk would.
void damagePages(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2 / 4096 * 4096;
    QVERIFY(middle > 0);
    file.seek(middle);
    file.write(QByteArray(4096 * 8, char(0x5A)));
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under a folder with a hash of its bytes: equal before and after
// means nothing was created, changed or removed.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), storagetest::fileHash(path));
    }
    return files;
}

// The pid of a process that has exited: nothing will ever finish its files.
qint64 deadProcessId()
{
    QProcess process;
    process.start(storagetest::childExecutable(), {});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

// A database of ours in a folder of its own with three notes ("before" in
// note q0), backed up, then changed ("after"), so the backup and the current
// database differ. Returns the backup's path.
QString databaseWithBackup(const QString& dataDir)
{
    auto database = storagetest::openDatabase(dataDir);
    if (!database)
        return QString();
    addData(**database, 300, 2, 1);
    saveNote(**database, QStringLiteral("q0"), QStringLiteral("before"));
    InterviewDateRepository dates(**database);
    if (!dates.save(Guide, QDate(2026, 12, 15)))
        return QString();
    const Result<QString> backup = (*database)->backup(QStringLiteral("manual"));
    saveNote(**database, QStringLiteral("q0"), QStringLiteral("after"));
    (void)dates.save(Guide, QDate(2027, 3, 1));
    saveNote(**database, QStringLiteral("only-after"), QStringLiteral("x"));
    return backup ? *backup : QString();
}

// What the files at a database's name read as, opened from a scratch copy of
// them (the database and whichever journals sit beside it), so looking
// changes nothing in the folder under test.
QString noteSeenAt(const QString& databasePath, const QString& scratchDir)
{
    QDir(scratchDir).removeRecursively();
    QDir().mkpath(scratchDir);
    const QString copy = QDir(scratchDir).filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(databasePath, copy))
        return QStringLiteral("(no database at the name)");
    for (const QString& suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(databasePath + suffix))
            QFile::copy(databasePath + suffix, copy + suffix);
    }
    // The note q0, and whether the last commit of the killed app is there.
    return storagetest::rawValue(
        copy, QStringLiteral("SELECT markdown || '|' || (SELECT count(*) FROM question_note WHERE "
                             "guide_key = 'held-guide') FROM question_note WHERE question_key = "
                             "'q0'"));
}

} // namespace

class BackupRestoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Listing
    void inspectListsCountsAndIntactFlags();
    void inspectOfAMissingFolderIsEmpty();
    // Pruning and partial files
    void pruningNeverDeletesAPatternMatchingFileThatIsNotSqlite();
    void partialFilesAreRemovedAtTheNextStartAndNeverListed();
    // Restore
    void restoreKeepsTheDamagedDatabaseAsideAndBringsBackTheBackup();
    void restoreKeepsTheOldWalWithTheOldDatabase();
    void atEveryStepTheNameHoldsTheOldOrTheNewDatabase();
    void restoreRefusesABadBackupAndChangesNothing_data();
    void restoreRefusesABadBackupAndChangesNothing();
    void restoreIsRefusedWhileAnotherProcessUsesTheFolder();
    void latestIsTheNewestIntactBackup();
    // Commands
    void restoreBackupLatestCommand();
    void restoreBackupCommandRefusesADamagedBackup();
    void backupsJsonListsEveryBackup();
    void backupsTableAndDamage();
    void backupsOnAMissingFolderCreatesNothing();
    void doctorReportsLeftovers();
    void helpNamesTheNewCommands();
};

void BackupRestoreTest::inspectListsCountsAndIntactFlags()
{
    QTemporaryDir dir;
    QString older;
    QString newer;
    {
        auto database = storagetest::openDatabase(dir.path());
        IP_VERIFY_OK(database);
        addData(**database, 300, 2, 3);
        const Result<QString> first = (*database)->backup(QStringLiteral("manual"));
        IP_VERIFY_OK(first);
        older = *first;
        addData(**database, 0, 1, 0);
        const Result<QString> second = (*database)->backup(QStringLiteral("manual"));
        IP_VERIFY_OK(second);
        newer = *second;
    }
    damagePages(older);
    // Files with our names that are not our backups.
    const QString folder = backupFolder(dir.path());
    const QString text = QDir(folder).filePath(
        QStringLiteral("interview-prep-20200101T000000000Z-manual.sqlite")); // oldest of all
    writeFile(text, "my shopping list");
    const QString foreign =
        QDir(folder).filePath(QStringLiteral("interview-prep-20200102T000000000Z-manual.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(foreign);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE someone_elses (x)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    const Result<QList<BackupInfo>> backups = DatabaseBackups(folder).inspect();
    IP_VERIFY_OK(backups);
    QCOMPARE(backups->size(), 4);
    // Newest first.
    const BackupInfo& good = backups->at(0);
    QCOMPARE(good.path, newer);
    QVERIFY2(good.intact(), qPrintable(good.problem));
    QCOMPARE(good.state, BackupState::Intact);
    QVERIFY(good.problem.isEmpty());
    QCOMPARE(good.notes, 300);
    QCOMPARE(good.stories, 3);
    QCOMPARE(good.reviews, 3);
    QCOMPARE(good.sizeBytes, QFileInfo(newer).size());
    QCOMPARE(good.madeAt, DatabaseBackups::timeFromFileName(QFileInfo(newer).fileName()).value());
    QVERIFY(good.schemaVersion > 0);

    const BackupInfo& damaged = backups->at(1);
    QCOMPARE(damaged.path, older);
    QVERIFY(!damaged.intact());
    QCOMPARE(damaged.state, BackupState::Damaged);
    QVERIFY2(damaged.problem.startsWith(QStringLiteral("damaged")), qPrintable(damaged.problem));

    QCOMPARE(backups->at(2).path, foreign);
    QCOMPARE(backups->at(2).state, BackupState::Foreign);
    QVERIFY2(backups->at(2).problem.contains(QStringLiteral("not one of Interview Prep's")),
             qPrintable(backups->at(2).problem));
    QCOMPARE(backups->at(3).path, text);
    QCOMPARE(backups->at(3).state, BackupState::Foreign);
    QVERIFY2(backups->at(3).problem.contains(QStringLiteral("not an SQLite file")),
             qPrintable(backups->at(3).problem));
    QCOMPARE(backups->at(3).notes, -1);

    // Looking left no -wal, -shm or anything else behind.
    QCOMPARE(snapshot(dir.path()), before);
}

void BackupRestoreTest::inspectOfAMissingFolderIsEmpty()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("nothing-here"));
    const Result<QList<BackupInfo>> backups = DatabaseBackups(folder).inspect();
    IP_VERIFY_OK(backups);
    QVERIFY(backups->isEmpty());
    QVERIFY(!QFileInfo::exists(folder));
}

void BackupRestoreTest::pruningNeverDeletesAPatternMatchingFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    auto database = storagetest::openDatabase(dir.path());
    IP_VERIFY_OK(database);
    const QString folder = (*database)->backupDirectory();
    QDir().mkpath(folder);
    // Older than every backup made below, so plain name order would prune it first.
    const QString lookalike =
        QDir(folder).filePath(QStringLiteral("interview-prep-20000101T000000000Z-manual.sqlite"));
    writeFile(lookalike, "not a database, but named like a backup");
    const QString empty =
        QDir(folder).filePath(QStringLiteral("interview-prep-20000102T000000000Z.sqlite"));
    writeFile(empty, QByteArray());

    QStringList made;
    for (int i = 0; i < DatabaseBackups::KeptCount + 3; ++i) {
        const Result<QString> backup = (*database)->backup(QStringLiteral("manual"));
        IP_VERIFY_OK(backup);
        made << *backup;
    }
    QCOMPARE(readBytes(lookalike), QByteArray("not a database, but named like a backup"));
    QVERIFY(QFileInfo::exists(empty));
    QStringList real = DatabaseBackups(folder).list();
    real.removeAll(lookalike);
    real.removeAll(empty);
    // The newest KeptCount real backups, however many look-alikes there are.
    QCOMPARE(real, made.mid(made.size() - DatabaseBackups::KeptCount));
}

void BackupRestoreTest::partialFilesAreRemovedAtTheNextStartAndNeverListed()
{
    QTemporaryDir dir;
    QString backup;
    {
        auto database = storagetest::openDatabase(dir.path());
        IP_VERIFY_OK(database);
        saveNote(**database, QStringLiteral("q"), QStringLiteral("text"));
        const Result<QString> made = (*database)->backup(QStringLiteral("manual"));
        IP_VERIFY_OK(made);
        backup = *made;
    }
    const QString folder = backupFolder(dir.path());
    const qint64 dead = deadProcessId();
    QVERIFY(dead > 0);
    // A backup killed while writing leaves its copy (a real SQLite file) and
    // possibly a journal; one still being written belongs to a live process.
    const QString killed = QDir(folder).filePath(
        QStringLiteral("interview-prep-20260101T000000000Z-manual.partial-%1").arg(dead));
    QVERIFY(QFile::copy(backup, killed));
    writeFile(killed + QStringLiteral("-journal"), "journal");
    const QString live =
        QDir(folder).filePath(QStringLiteral("interview-prep-20260101T000000001Z-manual.partial-%1")
                                  .arg(QCoreApplication::applicationPid()));
    QVERIFY(QFile::copy(backup, live));

    const DatabaseBackups backups(folder);
    QCOMPARE(backups.list(), QStringList{backup});
    QCOMPARE(backups.inspect()->size(), 1);
    const QList<PartialBackupFile> partial = backups.partialFiles();
    QCOMPARE(partial.size(), 3);
    for (const PartialBackupFile& file : partial)
        QCOMPARE(file.abandoned, file.pid == dead);

    // The next start (a read-write open) clears the abandoned ones only. A
    // backup was made within the day, so none is due: the clearing does not
    // depend on one being made.
    {
        auto database = storagetest::openDatabase(dir.path());
        IP_VERIFY_OK(database);
    }
    QVERIFY(!QFileInfo::exists(killed));
    QVERIFY(!QFileInfo::exists(killed + QStringLiteral("-journal")));
    QVERIFY(QFileInfo::exists(live));
    QCOMPARE(backups.list(), QStringList{backup});
    QVERIFY(QFileInfo::exists(backup));
}

void BackupRestoreTest::restoreKeepsTheDamagedDatabaseAsideAndBringsBackTheBackup()
{
    QTemporaryDir dir;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    const QString file = storagetest::databasePath(dir.path());
    damagePages(file);
    QVERIFY(!storagetest::openDatabase(dir.path()));
    const QByteArray damaged = readBytes(file);
    const QByteArray backupBytes = readBytes(backup);

    const Result<RestoreOutcome> outcome = BackupRestore::restore(dir.path(), backup);
    IP_VERIFY_OK(outcome);
    QCOMPARE(outcome->databasePath, file);
    QCOMPARE(outcome->backup.path, backup);
    QCOMPARE(outcome->backup.notes, 300);
    QCOMPARE(outcome->backup.stories, 2);

    // The damaged file is kept, byte for byte, under a name that says what it is.
    QVERIFY(QFileInfo(outcome->keptAside)
                .fileName()
                .startsWith(QStringLiteral("interview-prep.sqlite.before-restore-")));
    QCOMPARE(QFileInfo(outcome->keptAside).absolutePath(), dir.path());
    QCOMPARE(readBytes(outcome->keptAside), damaged);
    QCOMPARE(outcome->keptAsideFiles, QStringList{outcome->keptAside});

    // The database has the backup's data and opens as the app opens it.
    auto database = storagetest::openDatabase(dir.path());
    IP_VERIFY_OK(database);
    const auto note = QuestionNoteRepository(**database).find({Guide, QStringLiteral("q0")});
    IP_VERIFY_OK(note);
    QCOMPARE(note->value().markdown, QStringLiteral("before"));
    QVERIFY(!QuestionNoteRepository(**database)
                 .find({Guide, QStringLiteral("only-after")})
                 ->has_value());
    // The interview date is the backup's too (the one set after it is gone).
    QCOMPARE(InterviewDateRepository(**database).load(Guide)->value_or(QDate()),
             QDate(2026, 12, 15));
    // The backup itself is untouched, and no temporary file is left.
    QCOMPARE(readBytes(backup), backupBytes);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.restoring-*")}, QDir::Files),
             QStringList());
}

void BackupRestoreTest::restoreKeepsTheOldWalWithTheOldDatabase()
{
    QTemporaryDir dir;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    // A copy of the app killed after a commit: its last change is only in the -wal.
    {
        storagetest::Child child({QStringLiteral("hold"), dir.path()});
        QCOMPARE(child.waitForLine(QStringLiteral("ready")), QStringLiteral("ready"));
        child.process().kill();
        QVERIFY(child.process().waitForFinished(10000));
    }
    const QString file = storagetest::databasePath(dir.path());
    QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);

    const Result<RestoreOutcome> outcome = BackupRestore::restore(dir.path(), backup);
    IP_VERIFY_OK(outcome);
    // Nothing of the old -wal reached the restored database.
    QCOMPARE(storagetest::rawValue(file, QStringLiteral("SELECT count(*) FROM question_note "
                                                        "WHERE guide_key = 'held-guide'")),
             QStringLiteral("0"));
    // The database kept aside has every commit, the killed app's last one too.
    QCOMPARE(storagetest::rawValue(outcome->keptAside,
                                   QStringLiteral("SELECT markdown FROM question_note WHERE "
                                                  "guide_key = 'held-guide'")),
             QStringLiteral("written by the first instance"));
    QCOMPARE(storagetest::rawValue(outcome->keptAside,
                                   QStringLiteral("SELECT markdown FROM question_note WHERE "
                                                  "question_key = 'q0'")),
             QStringLiteral("after"));
    QCOMPARE(storagetest::rawValue(file, QStringLiteral("SELECT markdown FROM question_note WHERE "
                                                        "question_key = 'q0'")),
             QStringLiteral("before"));
}

void BackupRestoreTest::atEveryStepTheNameHoldsTheOldOrTheNewDatabase()
{
    QTemporaryDir dir;
    QTemporaryDir scratch;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    {
        storagetest::Child child({QStringLiteral("hold"), dir.path()});
        QCOMPARE(child.waitForLine(QStringLiteral("ready")), QStringLiteral("ready"));
        child.process().kill();
        QVERIFY(child.process().waitForFinished(10000));
    }
    const QString file = storagetest::databasePath(dir.path());

    // A kill right after any step leaves the files as they are then; each
    // state must read as a whole database, the old one until the last step.
    QMap<RestoreStep, QString> seen;
    const Result<RestoreOutcome> outcome =
        BackupRestore::restore(dir.path(), backup, [&](RestoreStep step) {
            seen.insert(step, noteSeenAt(file, scratch.path()));
        });
    IP_VERIFY_OK(outcome);
    QCOMPARE(seen.value(RestoreStep::CopyWritten), QStringLiteral("after|1"));
    QCOMPARE(seen.value(RestoreStep::OldDatabaseLinked), QStringLiteral("after|1"));
    QCOMPARE(seen.value(RestoreStep::OldJournalsRemoved), QStringLiteral("after|1"));
    QCOMPARE(seen.value(RestoreStep::NewDatabaseInPlace), QStringLiteral("before|0"));
}

void BackupRestoreTest::restoreRefusesABadBackupAndChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("message");
    QTest::newRow("damaged backup") << "damaged" << int(ErrorKind::Corrupt) << "is damaged";
    QTest::newRow("text file") << "text" << int(ErrorKind::InvalidInput)
                               << "is not an Interview Prep backup";
    QTest::newRow("empty file") << "empty" << int(ErrorKind::InvalidInput)
                                << "is not an Interview Prep backup";
    QTest::newRow("another program's database")
        << "foreign" << int(ErrorKind::InvalidInput) << "not one of Interview Prep's";
    QTest::newRow("no such file") << "missing" << int(ErrorKind::NotFound) << "does not exist";
}

void BackupRestoreTest::restoreRefusesABadBackupAndChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(int, errorKind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    QTemporaryDir elsewhere;
    QString offered = elsewhere.filePath(QStringLiteral("offered.sqlite"));
    if (kind == QLatin1String("damaged")) {
        offered = backup;
        damagePages(backup);
    } else if (kind == QLatin1String("text")) {
        writeFile(offered, "SQLite format 2 is not what this is");
    } else if (kind == QLatin1String("empty")) {
        writeFile(offered, QByteArray());
    } else if (kind == QLatin1String("foreign")) {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(offered);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE question_note (x)")));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    }
    const QMap<QString, QByteArray> before = snapshot(dir.path());
    const QMap<QString, QByteArray> offeredBefore = snapshot(elsewhere.path());

    const Result<RestoreOutcome> outcome = BackupRestore::restore(dir.path(), offered);
    QVERIFY(!outcome);
    QCOMPARE(int(outcome.error().kind), errorKind);
    QVERIFY2(outcome.error().message.contains(message), qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().message.contains(QStringLiteral("Nothing was changed")),
             qPrintable(outcome.error().message));
    QCOMPARE(snapshot(dir.path()), before);
    QCOMPARE(snapshot(elsewhere.path()), offeredBefore);

    // The command says the same, exits 1 and changes nothing either.
    const AppRun run = runApp(
        {QStringLiteral("restore-backup"), offered, QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith(QStringLiteral("interview-prep restore-backup: ")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(snapshot(dir.path()), before);
}

void BackupRestoreTest::restoreIsRefusedWhileAnotherProcessUsesTheFolder()
{
    QTemporaryDir dir;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    storagetest::Child child({QStringLiteral("hold"), dir.path()});
    QCOMPARE(child.waitForLine(QStringLiteral("ready")), QStringLiteral("ready"));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    const QByteArray database = readBytes(storagetest::databasePath(dir.path()));

    const Result<RestoreOutcome> outcome = BackupRestore::restore(dir.path(), backup);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, ErrorKind::AlreadyRunning);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
    QCOMPARE(readBytes(storagetest::databasePath(dir.path())), database);
    QVERIFY(child.release());
}

void BackupRestoreTest::latestIsTheNewestIntactBackup()
{
    QTemporaryDir dir;
    QVERIFY(!BackupRestore::newestIntactBackup(dir.path()));
    QStringList made;
    {
        auto database = storagetest::openDatabase(dir.path());
        IP_VERIFY_OK(database);
        addData(**database, 300, 0, 0);
        for (int i = 0; i < 3; ++i) {
            const Result<QString> backup = (*database)->backup(QStringLiteral("manual"));
            IP_VERIFY_OK(backup);
            made << *backup;
        }
    }
    const Result<QString> newest = BackupRestore::newestIntactBackup(dir.path());
    IP_VERIFY_OK(newest);
    QCOMPARE(*newest, made.last());
    damagePages(made.last());
    QCOMPARE(*BackupRestore::newestIntactBackup(dir.path()), made.at(1));
    damagePages(made.at(1));
    damagePages(made.at(0));
    const Result<QString> none = BackupRestore::newestIntactBackup(dir.path());
    QVERIFY(!none);
    QCOMPARE(none.error().kind, ErrorKind::NotFound);
    QVERIFY2(none.error().message.contains(QStringLiteral("None of the 3 backups")),
             qPrintable(none.error().message));
}

void BackupRestoreTest::restoreBackupLatestCommand()
{
    QTemporaryDir dir;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    const QString file = storagetest::databasePath(dir.path());
    damagePages(file);
    const QByteArray damaged = readBytes(file);

    const AppRun run = runApp({QStringLiteral("restore-backup"), QStringLiteral("latest"),
                               QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.startsWith(QStringLiteral("Restored ") + backup), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("300 notes, 2 stories, 1 review")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("into ") + file), qPrintable(run.out));
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("interview-prep.sqlite.before-restore-*")});
    QCOMPARE(aside.size(), 1);
    const QString asidePath = QDir(dir.path()).filePath(aside.first());
    QVERIFY2(run.out.contains(QStringLiteral("Your previous database is kept as ") + asidePath),
             qPrintable(run.out));
    QCOMPARE(readBytes(asidePath), damaged);
    QCOMPARE(
        storagetest::rawValue(
            file, QStringLiteral("SELECT markdown FROM question_note WHERE question_key = 'q0'")),
        QStringLiteral("before"));
    QCOMPARE(storagetest::rawValue(file, QStringLiteral("PRAGMA quick_check")),
             QStringLiteral("ok"));
    QCOMPARE(storagetest::rawValue(
                 file, QStringLiteral("SELECT interview_day FROM interview_date WHERE guide_key = "
                                      "'g'")),
             QStringLiteral("2026-12-15"));

    // doctor now finds the database healthy and names the file kept aside.
    const AppRun doctor =
        runApp({QStringLiteral("doctor"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(doctor.exitCode == 0, qPrintable(describe(doctor)));
    QVERIFY2(doctor.out.contains(asidePath + QStringLiteral(": the database as it was before")),
             qPrintable(doctor.out));
}

void BackupRestoreTest::restoreBackupCommandRefusesADamagedBackup()
{
    QTemporaryDir dir;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    damagePages(backup);
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    // 'latest' skips nothing that is intact: the only backup is damaged.
    const AppRun latest = runApp({QStringLiteral("restore-backup"), QStringLiteral("latest"),
                                  QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(latest.exitCode, 1);
    QVERIFY2(latest.err.contains(QStringLiteral("The 1 backup in ")), qPrintable(latest.err));
    QCOMPARE(snapshot(dir.path()), before);

    const AppRun usage =
        runApp({QStringLiteral("restore-backup"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains(QStringLiteral("Usage: interview-prep restore-backup FILE|latest")));
    QCOMPARE(snapshot(dir.path()), before);
}

void BackupRestoreTest::backupsJsonListsEveryBackup()
{
    QTemporaryDir dir;
    QStringList made;
    {
        auto database = storagetest::openDatabase(dir.path());
        IP_VERIFY_OK(database);
        addData(**database, 3, 1, 2);
        for (int i = 0; i < 2; ++i) {
            const Result<QString> backup = (*database)->backup(QStringLiteral("manual"));
            IP_VERIFY_OK(backup);
            made << *backup;
            addData(**database, 0, 1, 0);
        }
    }
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    const AppRun run = runApp({QStringLiteral("backups"), QStringLiteral("--json"),
                               QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(document[QStringLiteral("dataDirectory")].toString(), dir.path());
    QCOMPARE(document[QStringLiteral("backupDirectory")].toString(), backupFolder(dir.path()));
    const QJsonArray backups = document[QStringLiteral("backups")].toArray();
    QCOMPARE(backups.size(), 2);
    const QJsonObject newest = backups.at(0).toObject();
    QCOMPARE(newest[QStringLiteral("path")].toString(), made.at(1));
    QCOMPARE(newest[QStringLiteral("file")].toString(), QFileInfo(made.at(1)).fileName());
    QCOMPARE(newest[QStringLiteral("notes")].toInt(), 3);
    QCOMPARE(newest[QStringLiteral("stories")].toInt(), 2);
    QCOMPARE(newest[QStringLiteral("reviews")].toInt(), 2);
    QCOMPARE(newest[QStringLiteral("sizeBytes")].toInteger(), QFileInfo(made.at(1)).size());
    QCOMPARE(newest[QStringLiteral("intact")].toBool(), true);
    QCOMPARE(newest[QStringLiteral("state")].toString(), QStringLiteral("intact"));
    QCOMPARE(QDateTime::fromString(newest[QStringLiteral("madeAt")].toString(), Qt::ISODateWithMs),
             DatabaseBackups::timeFromFileName(QFileInfo(made.at(1)).fileName()).value());
    QCOMPARE(backups.at(1).toObject()[QStringLiteral("stories")].toInt(), 1);
    QCOMPARE(snapshot(dir.path()), before);

    // A damaged backup: still listed, flagged, and the exit status says so.
    writeFile(made.at(0), readBytes(made.at(0)).left(4096) + QByteArray(8192, 'x'));
    const AppRun damaged = runApp({QStringLiteral("backups"), QStringLiteral("--json"),
                                   QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(damaged.exitCode, 1);
    const QJsonObject bad = QJsonDocument::fromJson(damaged.out.toUtf8())
                                .object()[QStringLiteral("backups")]
                                .toArray()
                                .at(1)
                                .toObject();
    QCOMPARE(bad[QStringLiteral("intact")].toBool(), false);
    QCOMPARE(bad[QStringLiteral("state")].toString(), QStringLiteral("damaged"));
    QVERIFY(!bad[QStringLiteral("problem")].toString().isEmpty());
    QVERIFY(bad[QStringLiteral("notes")].isNull());
    QVERIFY2(damaged.err.contains(QStringLiteral("1 of 2 backups cannot be restored")),
             qPrintable(damaged.err));
}

void BackupRestoreTest::backupsTableAndDamage()
{
    QTemporaryDir dir;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    const AppRun run =
        runApp({QStringLiteral("backups"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Backups in ") + backupFolder(dir.path())),
             qPrintable(run.out));
    const QString row = run.out.split(u'\n').filter(QFileInfo(backup).fileName()).value(0);
    QVERIFY2(row.contains(QStringLiteral("   300 ")), qPrintable(run.out));
    QVERIFY2(row.contains(QStringLiteral(" ok ")), qPrintable(run.out));

    // With the database gone, the backups are what is left: still listed.
    const QString file = storagetest::databasePath(dir.path());
    QVERIFY(QFile::rename(file, dir.filePath(QStringLiteral("moved.sqlite"))));
    const AppRun gone =
        runApp({QStringLiteral("backups"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(gone.exitCode == 0, qPrintable(describe(gone)));
    QVERIFY2(gone.out.contains(QFileInfo(backup).fileName()), qPrintable(gone.out));
    QVERIFY(!QFileInfo::exists(file));

    damagePages(backup);
    const AppRun damaged =
        runApp({QStringLiteral("backups"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.out.contains(QStringLiteral("DAMAGED")), qPrintable(damaged.out));
    QVERIFY2(damaged.out.contains(QStringLiteral("damaged: ")), qPrintable(damaged.out));
    QVERIFY2(damaged.err.startsWith(QStringLiteral("interview-prep backups: 1 of 1 backup ")),
             qPrintable(damaged.err));

    // A database without backups yet is not an error.
    QTemporaryDir fresh;
    IP_VERIFY_OK(storagetest::openDatabase(fresh.path(), [] {
        DatabaseOptions options;
        options.scheduledBackup = false;
        return options;
    }()));
    const AppRun none =
        runApp({QStringLiteral("backups"), QStringLiteral("--data-dir"), fresh.path()});
    QVERIFY2(none.exitCode == 0, qPrintable(describe(none)));
    QVERIFY2(none.out.startsWith(QStringLiteral("No backups yet")), qPrintable(none.out));
}

void BackupRestoreTest::backupsOnAMissingFolderCreatesNothing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("not-there"));
    for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const AppRun run = runApp(QStringList{QStringLiteral("backups")} + extra +
                                  QStringList{QStringLiteral("--data-dir"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("interview-prep backups: There is no data in ") +
                                    missing),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(missing));
    }
    // An empty folder has no data either, and stays empty.
    const AppRun empty =
        runApp({QStringLiteral("backups"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    const AppRun latest = runApp({QStringLiteral("restore-backup"), QStringLiteral("latest"),
                                  QStringLiteral("--data-dir"), missing});
    QCOMPARE(latest.exitCode, 1);
    QVERIFY2(latest.err.contains(QStringLiteral("no data in")), qPrintable(latest.err));
    QVERIFY(!QFileInfo::exists(missing));
}

void BackupRestoreTest::doctorReportsLeftovers()
{
    QTemporaryDir dir;
    const QString backup = databaseWithBackup(dir.path());
    QVERIFY(!backup.isEmpty());
    const QString file = storagetest::databasePath(dir.path());
    // The main file gone (moved by a sync tool, deleted by hand), its -wal left.
    QVERIFY(QFile::rename(file, dir.filePath(QStringLiteral("moved.sqlite"))));
    writeFile(file + QStringLiteral("-wal"), QByteArray(4096, 'w'));
    const qint64 dead = deadProcessId();
    const QString partial = QDir(backupFolder(dir.path()))
                                .filePath(QStringLiteral("interview-prep-20260101T000000000Z-"
                                                         "manual.partial-%1")
                                              .arg(dead));
    QVERIFY(QFile::copy(backup, partial));
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    const AppRun run = runApp({QStringLiteral("doctor"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(file + QStringLiteral("-wal: a journal of the database, but "
                                                    "interview-prep.sqlite itself is missing")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Do not delete it")), qPrintable(run.out));
    QVERIFY2(run.out.contains(partial +
                              QStringLiteral(": an unfinished backup, left when process ") +
                              QString::number(dead)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("interview-prep restore-backup latest")),
             qPrintable(run.out));
    QCOMPARE(snapshot(dir.path()), before);
}

void BackupRestoreTest::helpNamesTheNewCommands()
{
    const AppRun help = runApp({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const QString& command : {QStringLiteral("backups "), QStringLiteral("restore-backup ")})
        QVERIFY2(help.out.contains(QStringLiteral("  ") + command), qPrintable(help.out));
    const AppRun backupsHelp = runApp({QStringLiteral("backups"), QStringLiteral("--help")});
    QCOMPARE(backupsHelp.exitCode, 0);
    QVERIFY(backupsHelp.out.startsWith(
        QStringLiteral("Usage: interview-prep backups [--json] [--data-dir DIR]")));
    const AppRun restoreHelp = runApp({QStringLiteral("restore-backup"), QStringLiteral("--help")});
    QCOMPARE(restoreHelp.exitCode, 0);
    QVERIFY(restoreHelp.out.contains(QStringLiteral("before-restore")));
}

QTEST_GUILESS_MAIN(BackupRestoreTest)
#include "tst_backup_restore.moc"
