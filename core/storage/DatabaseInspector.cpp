#include "storage/DatabaseInspector.h"

#include "storage/Database.h"
#include "storage/DatabaseBackups.h"
#include "storage/SchemaMigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <atomic>

namespace ip {

namespace {

// A read-only Qt connection that is removed when it goes out of scope.
class ReadOnlyConnection {
public:
    // `immutable` is for backup files: nothing else writes them, and SQLite
    // then creates no -wal or -shm files beside them.
    ReadOnlyConnection(const QString& path, bool immutable)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("ip-inspector-%1").arg(counter.fetch_add(1));
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (immutable) {
            m_database.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                       QStringLiteral("?immutable=1"));
            m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            m_database.setDatabaseName(path);
            m_database.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        }
        m_open = m_database.open();
    }
    ~ReadOnlyConnection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    QString openError() const { return m_open ? QString() : m_database.lastError().text(); }

    // The first column of every row, or the error text as the only problem.
    QStringList column(const QString& sql, QString* error) const
    {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        QStringList values;
        if (!query.prepare(sql) || !query.exec()) {
            *error = query.lastError().databaseText();
            return values;
        }
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            values << fields.join(QLatin1Char(' '));
        }
        return values;
    }

private:
    QString m_name;
    QSqlDatabase m_database;
    bool m_open = false;
};

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

BackupCheck checkBackup(const QString& path)
{
    BackupCheck check;
    check.path = path;
    check.madeAt =
        DatabaseBackups::timeFromFileName(QFileInfo(path).fileName()).value_or(QDateTime());
    if (!hasSqliteHeader(path)) {
        check.problem = QCoreApplication::translate("DatabaseInspector", "not an SQLite file");
        return check;
    }
    ReadOnlyConnection connection(path, true);
    if (const QString error = connection.openError(); !error.isEmpty()) {
        check.problem = error;
        return check;
    }
    QString error;
    const QStringList version = connection.column(QStringLiteral("PRAGMA user_version"), &error);
    check.schemaVersion = version.isEmpty() ? -1 : version.first().toInt();
    const QStringList result = connection.column(QStringLiteral("PRAGMA quick_check"), &error);
    if (!error.isEmpty())
        check.problem = error;
    else if (result != QStringList{QStringLiteral("ok")})
        check.problem = result.mid(0, 3).join(QStringLiteral("; "));
    return check;
}

} // namespace

DatabaseReport DatabaseInspector::inspect(const QString& dataDirectory)
{
    DatabaseReport report;
    report.dataDirectory = QDir::cleanPath(QDir(dataDirectory).absolutePath());
    report.filePath = QDir(report.dataDirectory).filePath(QString::fromLatin1(Database::FileName));
    const Result<SchemaMigrator> migrator =
        SchemaMigrator::load(SchemaMigrator::builtInDirectory());
    report.latestSchemaVersion = migrator ? migrator->latestVersion() : 0;

    const DatabaseBackups backups(
        QDir(report.dataDirectory).filePath(QString::fromLatin1(Database::BackupFolderName)));
    for (const QString& path : backups.list())
        report.backups.append(checkBackup(path));

    const QFileInfo file(report.filePath);
    report.exists = file.exists();
    if (!report.exists || file.size() == 0)
        return report;
    if (!hasSqliteHeader(report.filePath)) {
        report.problems << tr("The file is not an SQLite database.");
        return report;
    }

    ReadOnlyConnection connection(report.filePath, false);
    if (const QString error = connection.openError(); !error.isEmpty()) {
        report.problems << tr("The database cannot be opened: %1").arg(error);
        return report;
    }
    QString error;
    const QStringList version = connection.column(QStringLiteral("PRAGMA user_version"), &error);
    if (!error.isEmpty()) {
        report.problems << tr("The database cannot be read: %1").arg(error);
        return report;
    }
    report.schemaVersion = version.value(0).toInt();
    if (report.schemaVersion > report.latestSchemaVersion)
        report.problems << tr("The database was written by a newer version of "
                              "Interview Prep (schema version %1; this version knows "
                              "up to %2).")
                               .arg(report.schemaVersion)
                               .arg(report.latestSchemaVersion);
    report.journalMode = connection.column(QStringLiteral("PRAGMA journal_mode"), &error).value(0);

    error.clear();
    const QStringList integrity =
        connection.column(QStringLiteral("PRAGMA integrity_check"), &error);
    if (!error.isEmpty())
        report.problems << tr("Integrity check failed: %1").arg(error);
    else if (integrity != QStringList{QStringLiteral("ok")})
        for (const QString& line : integrity)
            report.problems << tr("Integrity check: %1").arg(line);

    error.clear();
    const QStringList foreignKeys =
        connection.column(QStringLiteral("PRAGMA foreign_key_check"), &error);
    if (!error.isEmpty())
        report.problems << tr("Foreign key check failed: %1").arg(error);
    for (const QString& row : foreignKeys)
        report.problems << tr("Foreign key check (table, row, parent): %1").arg(row);
    return report;
}

} // namespace ip
