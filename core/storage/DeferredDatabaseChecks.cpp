#include "storage/DeferredDatabaseChecks.h"

#include "storage/Database.h"
#include "storage/DatabaseBackups.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ip {

namespace {

// A connection of the checks' own to the live database, made, used and
// removed on the calling thread (a QSqlDatabase belongs to the thread that
// made it). Read-only: VACUUM INTO reads its source, and quick_check only
// reads. The busy timeout is the app's: a checkpoint or another program may
// hold a lock for a moment.
class CheckConnection {
public:
    CheckConnection(const QString& filePath, int busyTimeoutMs)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("ip-deferred-checks-%1").arg(counter.fetch_add(1));
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(filePath);
        m_database.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        m_opened = m_database.open();
    }
    ~CheckConnection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    CheckConnection(const CheckConnection&) = delete;
    CheckConnection& operator=(const CheckConnection&) = delete;

    bool isOpen() const { return m_opened; }
    QSqlDatabase database() const { return m_database; }

private:
    QString m_name;
    QSqlDatabase m_database;
    bool m_opened = false;
};

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DeferredDatabaseChecks::DeferredDatabaseChecks(const Database& database)
    : m_filePath(database.filePath()), m_backupDirectory(database.backupDirectory()),
      m_busyTimeoutMs(database.options().busyTimeoutMs), m_readOnly(database.isReadOnly()),
      // As at open: a database this open created holds nothing to keep yet
      // (backing it up would push the first real backup a day later), and a
      // caller may have turned the schedule off.
      m_backupWanted(!database.wasCreated() && database.options().scheduledBackup)
{
}

Result<DeferredCheckReport> DeferredDatabaseChecks::run() const
{
    DeferredCheckReport report;
    if (m_cancelled.load())
        return report;
    if (auto healthy = checkIntegrity(); !healthy)
        return healthy.error();
    if (m_cancelled.load())
        return report;
    const Result<QString> backup = backupIfDue();
    if (backup)
        report.backupPath = *backup;
    else
        report.warnings << backup.error().message;
    return report;
}

Result<void> DeferredDatabaseChecks::checkIntegrity() const
{
    const QString purpose = tr("check the database");
    // Opening read-only would fail on a missing file anyway, but with a
    // disk error's words; the file having gone is what the user must hear.
    if (!QFileInfo::exists(m_filePath))
        return makeError(ErrorKind::Vanished,
                         tr("The database file %1 was deleted while Interview Prep "
                            "was running, so it could not be checked.")
                             .arg(nativePath(m_filePath)));
    const CheckConnection connection(m_filePath, m_busyTimeoutMs);
    if (!connection.isOpen())
        return storageError(connection.database().lastError(), purpose, m_filePath);

    const auto damaged = [this](const QString& detail) {
        return makeError(ErrorKind::Corrupt,
                         tr("The database %1 is damaged (%2), found by the check "
                            "run after start. Save nothing more into it: restore a "
                            "backup from %3; 'interview-prep doctor' lists them.")
                             .arg(nativePath(m_filePath), detail, nativePath(m_backupDirectory)));
    };
    // Same check as Database::open makes when not deferred: quick_check reads
    // every page but skips integrity_check's index cross-checks.
    QSqlQuery check(connection.database());
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        const Error error = storageError(check.lastError(), purpose, m_filePath);
        if (error.kind != ErrorKind::Corrupt)
            return error;
        const QSqlError failure = check.lastError();
        return damaged(failure.databaseText().isEmpty() ? failure.text() : failure.databaseText());
    }
    if (!check.next())
        return damaged(tr("the integrity check returned nothing"));
    const QString first = check.value(0).toString();
    if (first != QLatin1String("ok"))
        return damaged(first);
    return {};
}

Result<QString> DeferredDatabaseChecks::backupIfDue() const
{
    // A read-only open writes nothing beside the database either.
    if (m_readOnly || !m_backupWanted)
        return QString();
    const DatabaseBackups backups(m_backupDirectory);
    if (!backups.scheduledBackupDue())
        return QString();
    if (!QFileInfo::exists(m_filePath))
        return makeError(ErrorKind::Vanished,
                         tr("Could not make a backup of the database: the file %1 "
                            "was deleted while Interview Prep was running.")
                             .arg(nativePath(m_filePath)));
    const CheckConnection connection(m_filePath, m_busyTimeoutMs);
    if (!connection.isOpen())
        return storageError(connection.database().lastError(), tr("make a backup of the database"),
                            m_filePath);
    return backups.create(connection.database(), m_filePath, QStringLiteral("scheduled"));
}

} // namespace ip
