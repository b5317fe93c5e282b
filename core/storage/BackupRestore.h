#pragma once

#include "model/BackupInfo.h"
#include "storage/DatabaseBackups.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace ip {

// The points in a restore after which a kill leaves a different set of files;
// tests look at the data folder at each.
enum class RestoreStep {
    CopyWritten,        // the backup's copy is on disk under a temporary name
    OldDatabaseLinked,  // the old files also carry their before-restore names
    OldJournalsRemoved, // the old -wal, -shm, -journal are gone from beside the name
    NewDatabaseInPlace, // the copy has replaced the old database
};

// Puts a backup file in place of a data folder's database: the way back from
// a damaged database, for the window and `interview-prep restore-backup`.
class BackupRestore {
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    // What `restore-backup` takes instead of a file name.
    static constexpr const char* LatestKeyword = "latest";

    // The newest backup in the data folder's backups/ that is intact.
    // NotFound when there is none.
    static Result<QString> newestIntactBackup(const QString& dataDirectory);

    // Restores `backupFile` into `dataDirectory`. The database there must not
    // be open in this process (close it first); another process holding the
    // folder is refused (AlreadyRunning). A backup that is missing (NotFound),
    // not one of ours (InvalidInput), damaged (Corrupt) or from a newer app
    // (TooNew) is refused before anything is touched. The old database, even
    // a damaged one, is kept aside and named in the outcome; then the
    // restored database is opened once (which upgrades an older schema) to
    // prove it works.
    static Result<RestoreOutcome> restore(const QString& dataDirectory, const QString& backupFile,
                                          const std::function<void(RestoreStep)>& afterStep = {});
};

} // namespace ip
