#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ip {

class Database;

enum class BackupState {
    Intact,  // this app can restore it
    Missing, // no such file
    Foreign, // not an SQLite file, or another program's database
    Damaged, // an SQLite file that fails PRAGMA quick_check or cannot be read
    TooNew,  // one of ours, from a newer version of the app
};

// One backup file as found on disk, read with its own read-only connection.
struct BackupInfo {
    QString path;
    QDateTime madeAt; // UTC, from the file name
    qint64 sizeBytes = 0;
    int schemaVersion = -1; // -1 when it could not be read
    // Rows in question_note, star_story and review_log; -1 when unreadable.
    int notes = -1;
    int stories = -1;
    int reviews = -1;
    // Intact: an SQLite file that passes PRAGMA quick_check, holds Interview
    // Prep's tables and is not from a newer version of the app.
    BackupState state = BackupState::Missing;
    // Why it is not intact, in plain words; empty when it is.
    QString problem;

    bool intact() const { return state == BackupState::Intact; }
};

// A backup's temporary file that a killed or failed backup left behind.
struct PartialBackupFile {
    QString path;
    qint64 pid = 0; // the process that was writing it
    // Its process is gone (or it is over an hour old), so nothing will
    // finish it; removePartialFiles() deletes it.
    bool abandoned = false;
};

// The backups/ folder beside the database: consistent copies made with
// VACUUM INTO (never a file copy of a live database), named after the UTC
// time they were made, the newest KeptCount kept.
class DatabaseBackups {
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

    // The time in a backup file's name, or nothing if it is not one of ours.
    static std::optional<QDateTime> timeFromFileName(const QString& fileName);

private:
    void prune() const;

    QString m_directory;
};

} // namespace ip
