#include "storage/Database.h"

#include "storage/DataFolderLock.h"
#include "storage/DatabaseBackups.h"
#include "storage/DurableFile.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <atomic>
#include <sys/stat.h>

namespace ip {

namespace {

// Every SQLite file starts with these 16 bytes.
const QByteArray SqliteHeader("SQLite format 3\0", 16);

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Moves a file out of the way under a name that says why; nothing the user
// might need is ever deleted.
bool setAside(const QString& path, const QString& suffix)
{
    if (!QFileInfo::exists(path))
        return true;
    return QFile::rename(path, path + suffix);
}

} // namespace

Database::Database(QString dataDirectory, DatabaseOptions options)
    : m_dataDirectory(std::move(dataDirectory)),
      m_filePath(QDir(m_dataDirectory).filePath(QString::fromLatin1(FileName))),
      m_options(std::move(options))
{
    // Tests and commands open several databases in one process; each needs
    // its own Qt connection name.
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("ip-database-%1").arg(counter.fetch_add(1));
}

Database::~Database()
{
    if (m_connection.isValid())
        m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    // m_lock is released after this body, once the file is closed.
}

Result<std::unique_ptr<Database>> Database::open(const QString& dataDirectory,
                                                 const DatabaseOptions& options)
{
    const QString directory = QDir::cleanPath(QDir(dataDirectory).absolutePath());
    std::unique_ptr<Database> database(new Database(directory, options));
    if (auto opened = database->openFile(); !opened)
        return opened.error();
    return database;
}

QString Database::backupDirectory() const
{
    return QDir(m_dataDirectory).filePath(QString::fromLatin1(BackupFolderName));
}

Result<QString> Database::backup(const QString& reason)
{
    if (m_transactionDepth > 0)
        return makeError(ErrorKind::Internal, tr("A backup cannot be made inside a transaction."));
    if (m_refusal)
        return *m_refusal;
    return DatabaseBackups(backupDirectory()).create(*this, reason);
}

Result<void> Database::execute(const QString& sql, const QString& purpose)
{
    return SqlStatement(*this, sql).exec(purpose);
}

Result<void> Database::openFile()
{
    const QFileInfo file(m_filePath);
    // An empty file is what SQLite itself creates before the first write; it
    // holds nothing to lose or to check.
    const bool fileExisted = file.exists() && file.size() > 0;

    // Without its main file, a leftover -wal would be replayed into a new,
    // empty database, or lost: neither may happen to the user's latest work.
    const QString journal = m_filePath + QStringLiteral("-wal");
    if (!fileExisted && QFileInfo(journal).size() > 0)
        return makeError(ErrorKind::Corrupt,
                         tr("The database %1 is missing, but its journal %2 is still "
                            "there and may hold your latest changes. Nothing was "
                            "created or changed. Put the database file back, or "
                            "restore a backup (File › Restore from Backup…, or "
                            "'interview-prep restore-backup latest').")
                             .arg(nativePath(m_filePath), nativePath(journal)));

    if (auto ready = prepareFolder(file.exists()); !ready)
        return ready;

    if (fileExisted) {
        QFile reader(m_filePath);
        if (!reader.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, tr("Cannot read the database %1: %2")
                                                .arg(nativePath(m_filePath), reader.errorString()));
        if (reader.read(SqliteHeader.size()) != SqliteHeader)
            return makeError(ErrorKind::Corrupt,
                             tr("%1 is not an Interview Prep database (it is not an "
                                "SQLite file). It was left untouched; move it away or "
                                "restore a backup from %2.")
                                 .arg(nativePath(m_filePath), nativePath(backupDirectory())));
    }

    const QString migrationDirectory = m_options.migrationDirectory.isEmpty()
                                           ? SchemaMigrator::builtInDirectory()
                                           : m_options.migrationDirectory;
    // The scripts themselves are read only when an upgrade needs them.
    const Result<int> latestVersion = SchemaMigrator::latestVersionIn(migrationDirectory);
    if (!latestVersion)
        return latestVersion.error();
    const int latest = *latestVersion;

    if (auto connected = connect(); !connected)
        return connected;

    // Nothing is written before the version is known: a database from a newer
    // app must be left exactly as it is.
    const Result<int> version = readSchemaVersion();
    if (!version)
        return version.error();
    if (*version > latest)
        return makeError(ErrorKind::TooNew,
                         tr("The database %1 was written by a newer version of "
                            "Interview Prep (schema version %2; this version knows up "
                            "to %3). It was not changed. Update Interview Prep to "
                            "open it.")
                             .arg(nativePath(m_filePath))
                             .arg(*version)
                             .arg(latest));

    if (fileExisted) {
        // Deferred, the check still runs before an upgrade: that is the one
        // open that writes much, and a damaged file is refused before any
        // write.
        const bool upgrading = !isReadOnly() && *version < latest;
        if (m_options.checkIntegrity && (!m_options.deferChecks || upgrading)) {
            if (auto healthy = checkIntegrity(); !healthy)
                return healthy;
        }
        if (*version == 0) {
            if (auto ours = checkIsOurs(); !ours)
                return ours;
        }
    }

    if (isReadOnly()) {
        if (*version < latest)
            return makeError(ErrorKind::ReadOnly,
                             tr("The database %1 needs an upgrade (schema version %2 "
                                "to %3), which cannot be done read-only. Open it once "
                                "with write access.")
                                 .arg(nativePath(m_filePath))
                                 .arg(*version)
                                 .arg(latest));
        m_schemaVersion = *version;
        return execute(QStringLiteral("PRAGMA foreign_keys = ON"), tr("open the database"));
    }

    if (auto configured = configureForWriting(); !configured)
        return configured;
    if (*version < latest) {
        if (auto upgraded = upgrade(migrationDirectory, *version, fileExisted); !upgraded)
            return upgraded;
    }
    m_schemaVersion = latest;
    m_created = !fileExisted;
    rememberFileIdentity();
    if (fileExisted && m_options.scheduledBackup && !m_options.deferChecks)
        backupIfDue();
    return {};
}

Result<void> Database::prepareFolder(bool fileExists)
{
    const QString folder = nativePath(m_dataDirectory);
    if (isReadOnly()) {
        if (!fileExists)
            return makeError(ErrorKind::NotFound,
                             tr("There is no Interview Prep database in %1.").arg(folder));
        return {};
    }

    if (!QDir().mkpath(m_dataDirectory))
        return makeError(ErrorKind::Io, tr("Cannot create the data folder %1.").arg(folder));
    auto lock = DataFolderLock::acquire(m_dataDirectory);
    if (!lock)
        return lock.error();
    m_lock = std::move(lock).value();

    // SQLite would open a read-only file anyway and fail at the first save,
    // after the user typed; refuse at open instead. (Root passes these checks
    // whatever the permissions, as it may write anyway.)
    const QFileInfo file(m_filePath);
    if (fileExists && !file.isWritable())
        return makeError(ErrorKind::ReadOnly,
                         tr("The database %1 is read-only, so your work in it can be "
                            "read but not changed. To make changes, make the file "
                            "writable and start again. It was not changed.")
                             .arg(nativePath(m_filePath)));
    if (!QFileInfo(m_dataDirectory).isWritable())
        return makeError(ErrorKind::ReadOnly,
                         tr("The data folder %1 is read-only, so your work there can "
                            "be read but not changed (the database writes its journal "
                            "beside it). To make changes, make the folder writable, "
                            "or start with --data-dir and a folder you can write to. "
                            "Nothing was changed.")
                             .arg(folder));
    return {};
}

Result<void> Database::connect()
{
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_connection.isValid())
        return makeError(ErrorKind::Internal,
                         tr("The Qt SQLite driver (QSQLITE) is not installed."));
    m_connection.setDatabaseName(m_filePath);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    if (isReadOnly())
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // Reading a WAL database needs its index file (-shm) beside it; in a
    // read-only folder (read-only mount, immutable folder) SQLite can create
    // none and refuses the open, so the user's work would not be shown at
    // all. It is read as immutable instead: the app's own writers need the
    // folder for their lock and journal, so none can be at work in it.
    if (isReadOnly() && !QFileInfo(m_dataDirectory).isWritable() &&
        !QFileInfo::exists(m_filePath + QStringLiteral("-shm"))) {
        QUrl uri = QUrl::fromLocalFile(m_filePath);
        uri.setQuery(QStringLiteral("immutable=1"));
        m_connection.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    m_connection.setConnectOptions(connectOptions);
    if (!m_connection.open())
        return storageError(m_connection.lastError(), tr("open the database"), m_filePath);
    return {};
}

Result<int> Database::readSchemaVersion()
{
    SqlStatement statement(*this, QStringLiteral("PRAGMA user_version"));
    if (auto done = statement.exec(tr("open the database")); !done) {
        if (done.error().kind == ErrorKind::Corrupt)
            return makeError(ErrorKind::Corrupt,
                             tr("%1 is not an Interview Prep database or is damaged "
                                "(%2). It was left untouched; restore a backup from "
                                "%3.")
                                 .arg(nativePath(m_filePath), statement.sqliteMessage(),
                                      nativePath(backupDirectory())));
        return done.error();
    }
    if (!statement.next())
        return makeError(ErrorKind::Internal, tr("PRAGMA user_version returned nothing."));
    return statement.value(0).toInt();
}

Result<void> Database::checkIntegrity()
{
    // quick_check reads every page but skips the index cross-checks of
    // integrity_check: damage is caught at start for a few milliseconds;
    // `interview-prep doctor` runs the full check.
    SqlStatement statement(*this, QStringLiteral("PRAGMA quick_check"));
    const auto damaged = [this](const QString& detail) {
        return makeError(ErrorKind::Corrupt,
                         tr("The database %1 is damaged (%2). It was not changed. "
                            "Restore a backup from %3; 'interview-prep doctor' lists "
                            "them.")
                             .arg(nativePath(m_filePath), detail, nativePath(backupDirectory())));
    };
    if (auto done = statement.exec(tr("check the database")); !done) {
        if (done.error().kind == ErrorKind::Corrupt)
            return damaged(statement.sqliteMessage());
        return done;
    }
    if (!statement.next())
        return damaged(tr("the integrity check returned nothing"));
    const QString first = statement.value(0).toString();
    if (first != QLatin1String("ok"))
        return damaged(first);
    return {};
}

Result<void> Database::checkIsOurs()
{
    // A file at version 0 that already holds tables was made by something
    // else; running our migrations on it would mix two programs' data.
    SqlStatement statement(*this, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (auto done = statement.exec(tr("open the database")); !done)
        return done;
    if (statement.next() && statement.value(0).toInt() > 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is an SQLite database, but not one of Interview "
                            "Prep's. It was left untouched; move it away or choose "
                            "another folder with --data-dir.")
                             .arg(nativePath(m_filePath)));
    return {};
}

Result<void> Database::configureForWriting()
{
    const QString purpose = tr("open the database");
    SqlStatement journal(*this, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (auto done = journal.exec(purpose); !done)
        return done;
    if (!journal.next() ||
        journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorKind::Io, tr("Could not switch the database %1 to WAL mode (the file "
                                           "system may not support it).")
                                            .arg(nativePath(m_filePath)));
    // WAL with NORMAL survives a crash of the app but may lose the last
    // commits on a power cut; the promise is that a committed change is never
    // lost, and a laptop's battery does run out, so every commit is synced.
    if (auto done = execute(QStringLiteral("PRAGMA synchronous = FULL"), purpose); !done)
        return done;
    return execute(QStringLiteral("PRAGMA foreign_keys = ON"), purpose);
}

Result<void> Database::upgrade(const QString& migrationDirectory, int fromVersion, bool fileExisted)
{
    const Result<SchemaMigrator> loaded = SchemaMigrator::load(migrationDirectory);
    if (!loaded)
        return loaded.error();
    const SchemaMigrator& migrator = *loaded;
    QString backupPath;
    if (fileExisted && fromVersion > 0) {
        const Result<QString> made = backup(QStringLiteral("before-upgrade-v%1-to-v%2")
                                                .arg(fromVersion)
                                                .arg(migrator.latestVersion()));
        if (!made)
            return makeError(made.error().kind,
                             tr("The database needs an upgrade, but the backup that "
                                "comes first failed, so nothing was changed. %1")
                                 .arg(made.error().message));
        backupPath = *made;
    }
    if (auto migrated = migrator.migrate(*this, fromVersion); !migrated) {
        QString message = migrated.error().message;
        if (!backupPath.isEmpty())
            message = tr("%1 The database was left at the last complete version; a copy from "
                         "before the upgrade is %2.")
                          .arg(message, nativePath(backupPath));
        return makeError(migrated.error().kind, message);
    }
    return {};
}

void Database::rememberFileIdentity()
{
    struct stat info {};
    if (::stat(QFile::encodeName(m_filePath).constData(), &info) == 0) {
        m_fileDevice = quint64(info.st_dev);
        m_fileInode = quint64(info.st_ino);
    }
}

Result<void> Database::checkFile() const
{
    if (m_detached)
        return *m_detached;
    if (isReadOnly() || m_fileInode == 0)
        return {};
    struct stat info {};
    const bool present = ::stat(QFile::encodeName(m_filePath).constData(), &info) == 0;
    if (present && quint64(info.st_dev) == m_fileDevice && quint64(info.st_ino) == m_fileInode)
        return {};
    m_detached = makeError(
        ErrorKind::Vanished,
        (present ? tr("The database file %1 was replaced by another file while Interview Prep "
                      "was running. Nothing more is saved into it. Everything the app still "
                      "holds can be written to a new database.")
                 : tr("The database file %1 was deleted while Interview Prep was running. "
                      "Nothing more is saved into it. Everything the app still holds can be "
                      "written to a new database."))
            .arg(nativePath(m_filePath)));
    return *m_detached;
}

Result<void> Database::checkBeforeWrite() const
{
    if (m_refusal)
        return *m_refusal;
    return checkFile();
}

Result<QString> Database::rescue()
{
    if (m_transactionDepth > 0)
        return makeError(ErrorKind::Internal,
                         tr("The database cannot be rescued inside a transaction."));
    if (isReadOnly())
        return makeError(ErrorKind::ReadOnly, tr("The database is open read-only."));
    if (!QDir().mkpath(m_dataDirectory))
        return makeError(ErrorKind::Io,
                         tr("Cannot create the data folder %1.").arg(nativePath(m_dataDirectory)));

    // 1. Copy what this connection reads, through SQLite (the deleted file
    //    and its journal are still open), into a new file of its own name.
    //    An earlier attempt's copy is never touched: it may be all there is.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString copy = m_filePath + QStringLiteral(".rescue-") + stamp;
    SqlStatement vacuum(*this, QStringLiteral("VACUUM INTO :path"));
    vacuum.bind(QStringLiteral(":path"), copy);
    if (auto done = vacuum.exec(tr("write everything into a new database")); !done) {
        QFile::remove(copy); // a partial copy of ours, never complete
        return done.error();
    }
    durable::syncToDisk(copy);

    // 2. Whatever sits at the old names (a file put in its place, or
    //    journal files the new database must not pick up) is kept aside, and
    //    the copy takes the name. The old connection stays open meanwhile,
    //    so if any step fails nothing is lost and a retry starts over.
    const QString suffix = QStringLiteral(".replaced-") + stamp;
    QString setAsidePath;
    if (QFileInfo::exists(m_filePath))
        setAsidePath = m_filePath + suffix;
    bool moved = setAside(m_filePath, suffix);
    for (const char* journal : {"-wal", "-shm", "-journal"})
        moved = setAside(m_filePath + QLatin1String(journal), suffix) && moved;
    if (!moved || !QFile::rename(copy, m_filePath))
        return makeError(ErrorKind::Io, tr("Could not put the new database in place at %1. "
                                           "Everything the app held is also in %2.")
                                            .arg(nativePath(m_filePath), nativePath(copy)));
    durable::syncToDisk(m_dataDirectory);

    // 3. Only now the old file is let go. Its journal names were moved, so
    //    closing cannot touch the new database's.
    m_connection.close();

    // The lock file may have gone with the folder; another copy of the app
    // must still be kept out.
    if (!m_lock || !QFileInfo::exists(m_lock->filePath())) {
        m_lock.reset();
        auto lock = DataFolderLock::acquire(m_dataDirectory);
        if (lock)
            m_lock = std::move(lock).value();
        else
            m_warnings << lock.error().message;
    }

    if (auto connected = m_connection.open(); !connected) {
        const Error error =
            storageError(m_connection.lastError(), tr("open the new database"), m_filePath);
        m_detached = error;
        return error;
    }
    m_detached.reset();
    if (auto configured = configureForWriting(); !configured) {
        m_detached = configured.error();
        return configured.error();
    }
    rememberFileIdentity();
    return setAsidePath;
}

void Database::backupIfDue()
{
    const DatabaseBackups backups(backupDirectory());
    if (!backups.scheduledBackupDue())
        return;
    const Result<QString> made = backups.create(*this, QStringLiteral("scheduled"));
    if (!made)
        m_warnings << made.error().message;
}

} // namespace ip
