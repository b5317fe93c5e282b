#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ip {

class DataFolderLock;
class SchemaMigrator;

enum class OpenMode {
    ReadWrite, // the app and the commands that change data: locks the folder, migrates
    ReadOnly,  // looking only, beside a running app: no lock, no migration, no writes
};

struct DatabaseOptions {
    OpenMode mode = OpenMode::ReadWrite;
    // Make a backup at open when the newest one is over a day old: this is
    // the app's scheduled backup. Commands making a backup of their own turn
    // it off.
    bool scheduledBackup = true;
    // How long a statement waits for another program's lock before failing
    // with ErrorKind::Locked. Short, because the GUI thread is waiting.
    int busyTimeoutMs = 2000;
    // Run PRAGMA quick_check at open. Off only to show, read-only, what a
    // damaged database still holds.
    bool checkIntegrity = true;
    // Where the schema migrations come from; empty for those built into the
    // app. Tests point it at their own chain.
    QString migrationDirectory;
    // Leave PRAGMA quick_check and the scheduled backup out of open(), so the
    // app reaches its window sooner (together they were most of the open);
    // it runs them afterwards with DeferredDatabaseChecks. What opening
    // safely needs stays: the lock, the header and version checks, and the
    // migrations of an older schema, which are still preceded by quick_check
    // (an upgrade writes a lot, and a damaged file must not be written).
    // When set, checkIntegrity and scheduledBackup have no effect at open.
    bool deferChecks = false;
};

// The candidate's SQLite database, interview-prep.sqlite in the data folder.
// Opening creates it on first use, checks it (a damaged file, a file that is
// not a database, a database from a newer app and a second instance are all
// refused with a typed error and left untouched), backs it up before an
// upgrade, migrates it to the current schema, and turns on WAL, full
// synchronous commits and foreign keys.
//
// One Database is used from one thread. Repositories keep a reference to it
// and must not outlive it.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr const char* FileName = "interview-prep.sqlite";
    static constexpr const char* BackupFolderName = "backups";

    static Result<std::unique_ptr<Database>> open(const QString& dataDirectory,
                                                  const DatabaseOptions& options = {});

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QString dataDirectory() const { return m_dataDirectory; }
    QString filePath() const { return m_filePath; }
    QString backupDirectory() const;
    bool isReadOnly() const { return m_options.mode == OpenMode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when this open created the file.
    bool wasCreated() const { return m_created; }
    // What went wrong at open without stopping it, for the app to show: a
    // scheduled backup that failed.
    QStringList warnings() const { return m_warnings; }
    // The options it was opened with.
    const DatabaseOptions& options() const { return m_options; }

    // Makes a backup now (VACUUM INTO, consistent even while in use) and
    // returns its path; keeps the newest DatabaseBackups::KeptCount.
    Result<QString> backup(const QString& reason = QStringLiteral("manual"));

    // Whether the file at filePath() is still the one this Database opened.
    // Someone may delete or replace it while the app runs; SQLite would go on
    // writing into the deleted file and everything would be lost at exit.
    // Once it fails, every later write fails with ErrorKind::Vanished until
    // rescue().
    Result<void> checkFile() const;
    bool isDetached() const { return m_detached.has_value(); }

    // From now on every write, and every backup, fails with `reason`: the
    // check run after the window was shown found the file damaged, and
    // writing more into it (or copying it over a good backup) would make
    // things worse. Reading goes on, so the user still sees their work.
    void refuseWrites(const Error& reason) { m_refusal = reason; }

    // After checkFile() failed: writes everything this connection still
    // reads (the deleted file stays readable while open) into a new database
    // at filePath(), setting aside (never deleting) whatever file took its
    // place, and carries on with the new file. Returns the path of the file
    // set aside, or an empty string when there was none.
    Result<QString> rescue();

private:
    friend class Transaction;
    // Statements are the repositories' only way to the connection: nothing
    // outside core/storage sees it, so nothing else can write SQL.
    friend class SqlStatement;
    // Tests and benchmarks set per-connection PRAGMAs on this very connection
    // (max_page_count stands in for a full disk); see tests/support.
    friend struct DatabaseTestPeer;

    QSqlDatabase connection() const { return m_connection; }

    Database(QString dataDirectory, DatabaseOptions options);

    Result<void> openFile();
    Result<void> prepareFolder(bool fileExists);
    Result<void> connect();
    Result<int> readSchemaVersion();
    Result<void> checkIntegrity();
    Result<void> checkIsOurs();
    Result<void> configureForWriting();
    Result<void> upgrade(const QString& migrationDirectory, int fromVersion, bool fileExisted);
    void backupIfDue();
    void rememberFileIdentity();
    Result<void> checkBeforeWrite() const;
    Result<void> execute(const QString& sql, const QString& purpose);

    QString m_dataDirectory;
    QString m_filePath;
    DatabaseOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unique_ptr<DataFolderLock> m_lock; // released after the connection closes
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_created = false;
    QStringList m_warnings;
    // Device and inode of the file opened, to recognise it again.
    quint64 m_fileDevice = 0;
    quint64 m_fileInode = 0;
    mutable std::optional<Error> m_detached;
    std::optional<Error> m_refusal;
};

} // namespace ip
