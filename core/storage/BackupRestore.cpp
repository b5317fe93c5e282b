#include "storage/BackupRestore.h"

#include "storage/DataFolderLeftovers.h"
#include "storage/DataFolderLock.h"
#include "storage/Database.h"
#include "storage/DurableFile.h"
#include "storage/ReviewRepository.h"
#include "storage/SchemaMigrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <atomic>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <unistd.h>
#else
#include <filesystem>
#endif

namespace ip {

namespace {

// Each of these belongs to its main file: a -wal or -journal left beside a
// different main file would be replayed into it at the next open and mix two
// databases.
const QStringList& JournalSuffixes = datafolder::JournalSuffixes;
const QString& IncomingMarker = datafolder::RestoreIncomingMarker;
const QString& AsideMarker = datafolder::RestoreAsideMarker;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

#ifndef Q_OS_UNIX
std::filesystem::path filesystemPath(const QString& path)
{
    return std::filesystem::path(path.toStdWString());
}
#endif

// rename(2): the new name points at the old file or the new one, never at
// nothing, whatever moment the process is killed.
bool replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    std::error_code error;
    std::filesystem::rename(filesystemPath(from), filesystemPath(to), error);
    return !error;
#endif
}

// A second name for the same file: the old database gains its
// before-restore name while it still sits at its own, so there is no moment
// without it. A file system without hard links gets a synced copy instead.
Result<void> keepAs(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
#endif
    return durable::copyFile(
        from, to, QCoreApplication::translate("BackupRestore", "keep the current database aside"));
}

// Moves what the -wal file holds into the main file, so the main file alone
// is the whole database and the -wal can be taken away without losing a
// commit. Best effort: a damaged database may refuse, and is then kept aside
// with its -wal as it is.
void checkpoint(const QString& databasePath)
{
    if (!durable::hasSqliteHeader(databasePath))
        return; // opening it could not help, and a missing one would be created
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("ip-restore-checkpoint-%1").arg(counter.fetch_add(1));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(databasePath);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (connection.open()) {
            QSqlQuery query(connection);
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        // Closing the last connection of a WAL database also removes its
        // -wal and -shm when the checkpoint succeeded.
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList existingFiles(const QString& databasePath)
{
    QStringList files;
    if (QFileInfo::exists(databasePath))
        files << databasePath;
    for (const QString& suffix : JournalSuffixes) {
        if (QFileInfo::exists(databasePath + suffix))
            files << databasePath + suffix;
    }
    return files;
}

// interview-prep.sqlite.before-restore-<UTC time>, numbered when a restore
// in the same millisecond took that name; never an existing file's name.
QString asideName(const QString& databasePath)
{
    const QString base =
        databasePath + AsideMarker +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString candidate = base;
    for (int n = 2;; ++n) {
        bool taken = QFileInfo::exists(candidate);
        for (const QString& suffix : JournalSuffixes)
            taken = taken || QFileInfo::exists(candidate + suffix);
        if (!taken)
            return candidate;
        candidate = base + QStringLiteral("-%1").arg(n);
    }
}

int builtInSchemaVersion()
{
    const Result<SchemaMigrator> migrator =
        SchemaMigrator::load(SchemaMigrator::builtInDirectory());
    return migrator ? migrator->latestVersion() : 0;
}

Error refusal(const BackupInfo& backup)
{
    const QString file = native(backup.path);
    switch (backup.state) {
    case BackupState::Missing:
        return makeError(
            ErrorKind::NotFound,
            QCoreApplication::translate("BackupRestore", "%1 does not exist. Nothing was changed.")
                .arg(file));
    case BackupState::Foreign:
        return makeError(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("BackupRestore",
                                        "%1 is not an Interview Prep backup (%2). Nothing was "
                                        "changed.")
                .arg(file, backup.problem));
    case BackupState::TooNew:
        return makeError(ErrorKind::TooNew,
                         QCoreApplication::translate(
                             "BackupRestore",
                             "The backup %1 was made by a newer version of Interview Prep (schema "
                             "version %2; this version knows up to %3). Nothing was changed; "
                             "update Interview Prep to restore it.")
                             .arg(file)
                             .arg(backup.schemaVersion)
                             .arg(builtInSchemaVersion()));
    case BackupState::Damaged:
    case BackupState::Intact:
        break;
    }
    return makeError(ErrorKind::Corrupt,
                     QCoreApplication::translate("BackupRestore",
                                                 "The backup %1 is damaged and cannot be restored "
                                                 "(%2). Nothing was changed; choose another "
                                                 "backup ('interview-prep backups' lists them).")
                         .arg(file, backup.problem));
}

} // namespace

Result<QString> BackupRestore::newestIntactBackup(const QString& dataDirectory)
{
    const QString folder =
        QDir(dataDirectory).filePath(QString::fromLatin1(Database::BackupFolderName));
    const Result<QList<BackupInfo>> backups = DatabaseBackups(folder).inspect();
    if (!backups)
        return backups.error();
    for (const BackupInfo& backup : *backups) {
        if (backup.intact())
            return backup.path;
    }
    if (backups->isEmpty())
        return makeError(ErrorKind::NotFound,
                         tr("There are no backups in %1.").arg(native(folder)));
    return makeError(ErrorKind::NotFound,
                     tr("None of the %n backups in %1 is intact. Nothing was changed.", nullptr,
                        int(backups->size()))
                         .arg(native(folder)));
}

Result<RestoreOutcome> BackupRestore::restore(const QString& dataDirectory,
                                              const QString& backupFile,
                                              const std::function<void(RestoreStep)>& afterStep)
{
    const auto reached = [&](RestoreStep step) {
        if (afterStep)
            afterStep(step);
    };
    const QString folder = QDir::cleanPath(QDir(dataDirectory).absolutePath());
    RestoreOutcome outcome;
    outcome.databasePath = QDir(folder).filePath(QString::fromLatin1(Database::FileName));
    const QString& databasePath = outcome.databasePath;
    const QString purpose = tr("restore the backup");

    // The backup is judged before anything in the data folder is touched, so
    // a refusal changes nothing at all.
    outcome.backup = DatabaseBackups::inspectFile(QFileInfo(backupFile).absoluteFilePath());
    if (!outcome.backup.intact())
        return refusal(outcome.backup);
    if (QFileInfo(outcome.backup.path) == QFileInfo(databasePath))
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is the database itself, not a backup. Nothing was "
                            "changed.")
                             .arg(native(databasePath)));

    if (!QDir().mkpath(folder))
        return makeError(ErrorKind::Io, tr("Could not %1: cannot create the data "
                                           "folder %2. Nothing was changed.")
                                            .arg(purpose, native(folder)));
    auto lock = DataFolderLock::acquire(folder);
    if (!lock)
        return lock.error();

    // Holding the lock, no other restore can be running: any incoming copy
    // is what a killed one left.
    const QDir dir(folder);
    const QString incomingPrefix = QString::fromLatin1(Database::FileName) + IncomingMarker;
    for (const QString& name : dir.entryList({incomingPrefix + u'*'}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));

    // Why this order: at every step a kill leaves a complete database at
    // interview-prep.sqlite, the old one or the new one.
    // 1. The copy is written and synced under a temporary name; the old
    //    database is not touched yet.
    const QString incoming =
        databasePath + IncomingMarker + QString::number(QCoreApplication::applicationPid());
    if (auto copied = durable::copyFile(outcome.backup.path, incoming, purpose); !copied)
        return makeError(copied.error().kind,
                         tr("%1 Your database was not changed.").arg(copied.error().message));
    // Read back from the disk: a read error on the way must not become the
    // database.
    if (const BackupInfo copy = DatabaseBackups::inspectFile(incoming); !copy.intact()) {
        QFile::remove(incoming);
        return makeError(ErrorKind::Io, tr("Could not %1: the copy written to %2 did not read back "
                                           "intact (%3). Your database was not changed.")
                                            .arg(purpose, native(incoming), copy.problem));
    }
    reached(RestoreStep::CopyWritten);

    // `message` is a whole sentence; what follows it are whole sentences too.
    const auto abandon = [&](const Error& error, const QString& failure) {
        QFile::remove(incoming);
        QString message = failure;
        if (!outcome.keptAside.isEmpty())
            message = tr("%1 A copy of it is also at %2.").arg(message, native(outcome.keptAside));
        if (!error.message.isEmpty())
            message += u' ' + error.message;
        return makeError(error.kind, message);
    };

    // 2. The old database's commits are moved from its -wal into the main
    //    file, which stays in place and complete.
    checkpoint(databasePath);
    const QStringList oldFiles = existingFiles(databasePath);
    if (!oldFiles.isEmpty()) {
        // 3. The old files gain their before-restore names as hard links: the
        //    database is now both in place and aside. Even a damaged one is
        //    kept; it may hold work the backup does not.
        const QString aside = asideName(databasePath);
        for (const QString& file : oldFiles) {
            const QString target = aside + file.mid(databasePath.size());
            if (auto kept = keepAs(file, target); !kept)
                return abandon(kept.error(),
                               tr("Could not %1: the current database could not be kept aside. "
                                  "Your database was not changed.")
                                   .arg(purpose));
            outcome.keptAsideFiles << target;
        }
        if (QFileInfo::exists(databasePath))
            outcome.keptAside = aside;
        else
            outcome.keptAside = outcome.keptAsideFiles.first();
        durable::syncToDisk(folder);
        reached(RestoreStep::OldDatabaseLinked);

        // 4. The old -wal, -shm and -journal leave the database's name: beside
        //    the restored file they would be replayed into it. After the
        //    checkpoint the main file in place still holds every commit
        //    (only a damaged database whose -wal could not be checkpointed
        //    lacks its last ones here; they are kept aside with it).
        for (const QString& suffix : JournalSuffixes) {
            const QString journal = databasePath + suffix;
            if (QFileInfo::exists(journal) && !QFile::remove(journal))
                return abandon(Error{ErrorKind::Io, QString()},
                               tr("Could not %1: cannot remove %2. Your database was not changed.")
                                   .arg(purpose, native(journal)));
        }
        durable::syncToDisk(folder);
        reached(RestoreStep::OldJournalsRemoved);
    }

    // 5. One rename puts the copy in place: the name points at the old file
    //    or at the new one, never at nothing.
    if (!replaceFile(incoming, databasePath))
        return abandon(Error{ErrorKind::Io, QString()},
                       tr("Could not %1: cannot rename %2 to %3. Your database was not changed.")
                           .arg(purpose, native(incoming), native(databasePath)));
    durable::syncToDisk(folder);
    reached(RestoreStep::NewDatabaseInPlace);

    // 6. Opened once as the app will open it: proves it works, and upgrades
    //    an older backup's schema now rather than at the next start.
    lock->reset();
    DatabaseOptions options;
    options.scheduledBackup = false;
    auto opened = Database::open(folder, options);
    if (!opened) {
        QString message =
            tr("The backup %1 was restored to %2, but it does not open: "
               "%3")
                .arg(native(outcome.backup.path), native(databasePath), opened.error().message);
        if (!outcome.keptAside.isEmpty())
            message = tr("%1 Your previous database is kept at %2.")
                          .arg(message, native(outcome.keptAside));
        return makeError(opened.error().kind, message);
    }
    // The backup's log is the truth: its schedules are replayed before they
    // are next used (they may come from other settings). Should the mark
    // fail, the backup's own schedules still match its log.
    (void)ReviewRepository(**opened).markSchedulesStale();
    return outcome;
}

} // namespace ip
