#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace ip {

class Database;

// What the deferred checks did besides passing.
struct DeferredCheckReport {
    // The scheduled backup made, or empty when none was due (or the database
    // is open read-only, or the checks were cancelled before it).
    QString backupPath;
    // What went wrong without the database being at fault, for the app to
    // show as Database::warnings() are shown: a scheduled backup that failed.
    QStringList warnings;
};

// The checks Database::open leaves out with DatabaseOptions::deferChecks:
// PRAGMA quick_check and the daily scheduled backup. Together they were most
// of the time open() took, all of it before the first paint; the app runs
// them once its window is shown.
//
// Threading: construct on the Database's thread (it copies the file's path,
// the backups folder and the options, and keeps no reference to the
// Database, which may be closed or destroyed meanwhile). run() may then be
// called on any one thread, a worker included, while the app goes on reading
// and writing through its own connection: the checks open a connection of
// their own (read-only for quick_check), which WAL lets read a consistent
// snapshot beside the writer. cancel() may be called from any thread.
// Before the process exits, the app waits for run() to return (a backup
// being written is then finished and renamed, never left half-done).
class DeferredDatabaseChecks {
    Q_DECLARE_TR_FUNCTIONS(DeferredDatabaseChecks)

public:
    explicit DeferredDatabaseChecks(const Database& database);

    DeferredDatabaseChecks(const DeferredDatabaseChecks&) = delete;
    DeferredDatabaseChecks& operator=(const DeferredDatabaseChecks&) = delete;

    // quick_check, then the scheduled backup if it is due. An error is the
    // database's own fault: ErrorKind::Corrupt when quick_check finds damage
    // (no backup is made then, so a damaged copy never pushes a good one out
    // of the KeptCount kept), or the kind of a failure to read it at all
    // (Locked after busyTimeoutMs, Io, Vanished when the file is gone). A
    // failed backup is a warning in the report, as at open.
    Result<DeferredCheckReport> run() const;

    // The two steps alone, each on a connection of its own.
    Result<void> checkIntegrity() const;
    // The path of the backup made, or empty when none was due; on a database
    // opened read-only, never makes one.
    Result<QString> backupIfDue() const;

    // Asks a run() under way on another thread to stop before its next step:
    // the step under way (at most one quick_check or one backup) finishes.
    void cancel() { m_cancelled.store(true); }

private:
    QString m_filePath;
    QString m_backupDirectory;
    int m_busyTimeoutMs = 0;
    bool m_readOnly = false;
    bool m_backupWanted = true;
    std::atomic<bool> m_cancelled{false};
};

} // namespace ip
