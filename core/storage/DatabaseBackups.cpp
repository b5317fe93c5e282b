#include "storage/DatabaseBackups.h"

#include "storage/Database.h"
#include "storage/DurableFile.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace ip {

namespace {

const QString FilePrefix = QStringLiteral("interview-prep-");
const QString TimeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");
const QString PartialMarker = QStringLiteral(".partial-");

const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^interview-prep-(\\d{8}T\\d{9}Z)(-[a-z0-9-]+)?\\.sqlite$"));
    return pattern;
}

// The temporary name of a backup being written: "<final name without
// .sqlite>.partial-<pid>", and the journal SQLite may keep beside it.
const QRegularExpression& partialNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^interview-prep-.*\\.partial-(\\d+)(-journal|-wal|-shm)?$"));
    return pattern;
}

// A writer that is still running may be about to rename its partial file;
// only a dead one's file is abandoned. Where processes cannot be asked, the
// age rule in PartialBackupFile decides alone.
bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

// The tables every Interview Prep database has had since version 1; a file
// without them was written by another program.
const QStringList OurTables = {QStringLiteral("question_note"), QStringLiteral("star_story"),
                               QStringLiteral("review_log")};

int latestSchemaVersion()
{
    static const int latest = [] {
        const Result<SchemaMigrator> migrator =
            SchemaMigrator::load(SchemaMigrator::builtInDirectory());
        return migrator ? migrator->latestVersion() : 0;
    }();
    return latest;
}

// A read-only connection to a backup file. immutable=1 because nothing
// writes a backup: SQLite then takes no locks and creates no -wal or -shm
// files beside it, so looking changes nothing in the backups folder.
class BackupFileConnection {
public:
    explicit BackupFileConnection(const QString& path)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("ip-backup-file-%1").arg(counter.fetch_add(1));
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                   QStringLiteral("?immutable=1"));
        m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!m_database.open())
            m_openError = m_database.lastError().text();
    }
    ~BackupFileConnection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    BackupFileConnection(const BackupFileConnection&) = delete;
    BackupFileConnection& operator=(const BackupFileConnection&) = delete;

    QString openError() const { return m_openError; }

    // The first column of every row; on failure nothing, with SQLite's message
    // in `error`.
    QStringList column(const QString& sql, QString* error) const
    {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        QStringList values;
        if (!query.exec(sql)) {
            const QSqlError failure = query.lastError();
            *error = failure.databaseText().isEmpty() ? failure.text() : failure.databaseText();
            return values;
        }
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    int count(const QString& table) const
    {
        QString error;
        const QStringList rows =
            column(QStringLiteral("SELECT count(*) FROM %1").arg(table), &error);
        return error.isEmpty() && !rows.isEmpty() ? rows.first().toInt() : -1;
    }

private:
    QString m_name;
    QSqlDatabase m_database;
    QString m_openError;
};

} // namespace

DatabaseBackups::DatabaseBackups(QString directory) : m_directory(std::move(directory)) {}

std::optional<QDateTime> DatabaseBackups::timeFromFileName(const QString& fileName)
{
    const QRegularExpressionMatch match = backupNamePattern().match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    // Date and time parsed apart: parsing the whole as local time would fail
    // for an hour skipped by a daylight-saving change.
    const QString text = match.captured(1);
    const QDate date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(text.mid(9, 9), QStringLiteral("HHmmsszzz"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QStringList DatabaseBackups::list() const
{
    const QDir dir(m_directory);
    QStringList paths;
    // The UTC time leads the name, so name order is time order.
    for (const QString& name :
         dir.entryList({FilePrefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        if (timeFromFileName(name))
            paths << dir.filePath(name);
    }
    return paths;
}

std::optional<QDateTime> DatabaseBackups::newestTime() const
{
    // Every read-write open asks this first (the schedule check), which makes
    // it the one place that runs at each start without the app calling
    // anything more: the leftovers of a backup killed last time go here.
    removePartialFiles();
    const QStringList paths = list();
    if (paths.isEmpty())
        return std::nullopt;
    return timeFromFileName(QFileInfo(paths.last()).fileName());
}

bool DatabaseBackups::scheduledBackupDue() const
{
    const std::optional<QDateTime> newest = newestTime();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return !newest || *newest > now || newest->secsTo(now) >= ScheduleIntervalSeconds;
}

Result<QString> DatabaseBackups::create(const Database& database, const QString& reason) const
{
    return create(
        [&database](const QString& path) -> Result<void> {
            SqlStatement vacuum(database, QStringLiteral("VACUUM INTO :path"));
            vacuum.bind(QStringLiteral(":path"), path);
            return vacuum.exec(tr("make a backup of the database"));
        },
        reason);
}

Result<QString> DatabaseBackups::create(QSqlDatabase connection, const QString& databasePath,
                                        const QString& reason) const
{
    return create(
        [&connection, &databasePath](const QString& path) -> Result<void> {
            QSqlQuery vacuum(connection);
            if (!vacuum.prepare(QStringLiteral("VACUUM INTO :path")))
                return storageError(vacuum.lastError(), tr("make a backup of the database"),
                                    databasePath);
            vacuum.bindValue(QStringLiteral(":path"), path);
            if (!vacuum.exec())
                return storageError(vacuum.lastError(), tr("make a backup of the database"),
                                    databasePath);
            return {};
        },
        reason);
}

Result<QString> DatabaseBackups::create(const std::function<Result<void>(const QString&)>& copyTo,
                                        const QString& reason) const
{
    const QString purpose = tr("make a backup of the database");
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorKind::Io, tr("Could not %1: cannot create the folder %2.")
                                            .arg(purpose, QDir::toNativeSeparators(m_directory)));

    const QDir dir(m_directory);
    const QString stamp = sqlvalue::now().toString(TimeFormat);
    const QString baseName = FilePrefix + stamp + (reason.isEmpty() ? QString() : u'-' + reason);
    // The copy is written under a temporary name and renamed when complete, so
    // a crash or a full disk never leaves a half-written file that looks like
    // a backup. The number keeps two backups of this process apart (the
    // deferred scheduled one on a worker thread and Back Up Now may run in
    // the same millisecond).
    static std::atomic<int> partialCounter{0};
    const QString partial =
        dir.filePath(baseName + QStringLiteral("-w%1").arg(partialCounter.fetch_add(1)) +
                     PartialMarker + QString::number(QCoreApplication::applicationPid()));
    QFile::remove(partial);

    if (auto done = copyTo(partial); !done) {
        QFile::remove(partial);
        return done.error();
    }
    durable::syncToDisk(partial);
    QString finalPath = dir.filePath(baseName + QStringLiteral(".sqlite"));
    for (int attempt = 2; !QFile::rename(partial, finalPath); ++attempt) {
        // Two backups in the same millisecond (another process, a fast test):
        // never overwrite, take the next free name.
        if (!QFileInfo::exists(finalPath) || attempt > 100) {
            QFile::remove(partial);
            return makeError(ErrorKind::Io, tr("Could not %1: cannot rename %2 to %3.")
                                                .arg(purpose, QDir::toNativeSeparators(partial),
                                                     QDir::toNativeSeparators(finalPath)));
        }
        finalPath = dir.filePath(baseName + QStringLiteral("-%1.sqlite").arg(attempt));
    }
    durable::syncToDisk(m_directory);
    prune();
    return finalPath;
}

Result<QList<BackupInfo>> DatabaseBackups::inspect() const
{
    const QFileInfo folder(m_directory);
    if (!folder.exists())
        return QList<BackupInfo>();
    if (!folder.isDir() || !folder.isReadable())
        return makeError(
            ErrorKind::Io,
            tr("Cannot read the backups folder %1.").arg(QDir::toNativeSeparators(m_directory)));
    QList<BackupInfo> backups;
    const QStringList paths = list();
    for (auto path = paths.crbegin(); path != paths.crend(); ++path)
        backups.append(inspectFile(*path));
    return backups;
}

BackupInfo DatabaseBackups::inspectFile(const QString& path)
{
    BackupInfo info;
    info.path = path;
    const QFileInfo file(path);
    info.madeAt = timeFromFileName(file.fileName()).value_or(QDateTime());
    if (!file.exists()) {
        info.state = BackupState::Missing;
        info.problem = tr("the file does not exist");
        return info;
    }
    info.sizeBytes = file.size();
    info.state = BackupState::Foreign;
    if (info.sizeBytes == 0) {
        info.problem = tr("the file is empty");
        return info;
    }
    if (!durable::hasSqliteHeader(path)) {
        info.problem = tr("not a database: the file is not an SQLite file");
        return info;
    }

    const BackupFileConnection connection(path);
    if (const QString error = connection.openError(); !error.isEmpty()) {
        info.state = BackupState::Damaged;
        info.problem = tr("the file cannot be opened (%1)").arg(error);
        return info;
    }
    QString error;
    const QStringList version = connection.column(QStringLiteral("PRAGMA user_version"), &error);
    if (!error.isEmpty()) {
        info.state = BackupState::Damaged;
        info.problem = tr("damaged: the file cannot be read (%1)").arg(error);
        return info;
    }
    info.schemaVersion = version.value(0).toInt();
    const QStringList check = connection.column(QStringLiteral("PRAGMA quick_check"), &error);
    info.state = BackupState::Damaged;
    if (!error.isEmpty()) {
        info.problem = tr("damaged: the file cannot be read (%1)").arg(error);
        return info;
    }
    if (check != QStringList{QStringLiteral("ok")}) {
        info.problem = tr("damaged: SQLite's integrity check found problems (%1)")
                           .arg(check.mid(0, 2).join(QStringLiteral("; ")));
        return info;
    }

    const QStringList tables = connection.column(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), &error);
    const bool ours = info.schemaVersion > 0 &&
                      std::all_of(OurTables.cbegin(), OurTables.cend(),
                                  [&](const QString& table) { return tables.contains(table); });
    if (!ours) {
        info.state = BackupState::Foreign;
        info.problem = tr("an SQLite database, but not one of Interview Prep's");
        return info;
    }
    info.notes = connection.count(QStringLiteral("question_note"));
    info.stories = connection.count(QStringLiteral("star_story"));
    info.reviews = connection.count(QStringLiteral("review_log"));
    if (info.schemaVersion > latestSchemaVersion()) {
        info.state = BackupState::TooNew;
        info.problem = tr("made by a newer version of Interview Prep (schema version "
                          "%1; this version knows up to %2)")
                           .arg(info.schemaVersion)
                           .arg(latestSchemaVersion());
        return info;
    }
    info.state = BackupState::Intact;
    return info;
}

QList<PartialBackupFile> DatabaseBackups::partialFiles() const
{
    const QDir dir(m_directory);
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QList<PartialBackupFile> files;
    for (const QFileInfo& info :
         dir.entryInfoList({FilePrefix + QStringLiteral("*") + PartialMarker + QStringLiteral("*")},
                           QDir::Files | QDir::Hidden, QDir::Name)) {
        const QRegularExpressionMatch match = partialNamePattern().match(info.fileName());
        if (!match.hasMatch())
            continue;
        PartialBackupFile file;
        file.path = info.filePath();
        file.pid = match.captured(1).toLongLong();
        // A live process with that number may be a later one that reused it;
        // no backup takes an hour, so an old file is abandoned all the same.
        file.abandoned = !processIsRunning(file.pid) || info.lastModified().toUTC() < anHourAgo;
        files.append(file);
    }
    return files;
}

void DatabaseBackups::removePartialFiles() const
{
    for (const PartialBackupFile& file : partialFiles()) {
        if (file.abandoned)
            QFile::remove(file.path);
    }
}

void DatabaseBackups::prune() const
{
    // Only files we can prove we wrote are deleted: our name and an SQLite
    // header. Anything else with a matching name (an empty placeholder, a
    // note the user saved there) is neither counted nor touched.
    QStringList ours;
    for (const QString& path : list()) {
        if (durable::hasSqliteHeader(path))
            ours << path;
    }
    for (qsizetype i = 0; i + KeptCount < ours.size(); ++i)
        QFile::remove(ours.at(i));
    removePartialFiles();
}

} // namespace ip
