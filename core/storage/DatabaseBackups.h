#pragma once

#include "model/BackupInfo.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ip {

class Database;

// The backups/ folder beside the database: consistent copies made with
// VACUUM INTO (never a file copy of a live database), named after the UTC
// time they were made, the newest KeptCount kept.
class DatabaseBackups {
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackups)

public:
    // A week of daily backups, plus room for the copies made before an upgrade
    // or a restore in the same week.
    static constexpr int KeptCount = 7;
    // A scheduled backup is made at start when the newest is older than this.
    static constexpr qint64 ScheduleIntervalSeconds = 24 * 60 * 60;

    explicit DatabaseBackups(QString directory);

    QString directory() const { return m_directory; }

    // Copies the database to a new file and returns its path. `reason` is a
    // short lower-case word or two ("manual", "before-restore") that goes in
    // the file name. Must not run inside a transaction.
    Result<QString> create(const Database& database, const QString& reason) const;

    // Backup files, oldest first, as full paths: the files whose name follows
    // our pattern (a partial file never does). Other files are ignored.
    QStringList list() const;

    // Every backup with its details, newest first. Reads only: safe beside a
    // running app. A missing folder is an empty list; an unreadable one an
    // error.
    Result<QList<BackupInfo>> inspect() const;

    // Details of one backup file (or any file offered as one).
    static BackupInfo inspectFile(const QString& path);

    // When the newest backup was made, or nothing when there is none. Asked
    // by every read-write open (the schedule check), so it also clears what a
    // killed backup left behind: see removePartialFiles().
    std::optional<QDateTime> newestTime() const;

    // Temporary files of backups still being written or abandoned.
    QList<PartialBackupFile> partialFiles() const;

    // Deletes the abandoned partial files: never one whose process still runs.
    void removePartialFiles() const;

    // Whether the scheduled backup is due: no backup yet, the newest over
    // ScheduleIntervalSeconds old, or dated in the future (the clock was wrong
    // when it was made; trusting it would stop backups until that date).
    // Clears abandoned partial files on the way, as newestTime() does.
    bool scheduledBackupDue() const;

    // The time in a backup file's name, or nothing if it is not one of ours.
    static std::optional<QDateTime> timeFromFileName(const QString& fileName);

private:
    friend class DeferredDatabaseChecks;

    // create() on a connection of the caller's own to the database at
    // `databasePath` (named in messages): the deferred checks back up from
    // their worker thread without touching the app's connection.
    Result<QString> create(QSqlDatabase connection, const QString& databasePath,
                           const QString& reason) const;
    // What both create()s share: `copyTo` writes a consistent copy to the
    // path it is given.
    Result<QString> create(const std::function<Result<void>(const QString&)>& copyTo,
                           const QString& reason) const;
    void prune() const;

    QString m_directory;
};

} // namespace ip
