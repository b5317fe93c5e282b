#pragma once

#include "storage/DatabaseBackups.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// The names the backup and restore code gives files beside the database.
namespace datafolder {
// What SQLite keeps beside a database file, each belonging to its main file.
inline const QStringList JournalSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                            QStringLiteral("-journal")};
// interview-prep.sqlite.restoring-<pid>: a restore's copy before its rename.
inline const QString RestoreIncomingMarker = QStringLiteral(".restoring-");
// interview-prep.sqlite.before-restore-<UTC time>: the database a restore
// replaced, kept for the user.
inline const QString RestoreAsideMarker = QStringLiteral(".before-restore-");
} // namespace datafolder

// Files in a data folder that an interrupted operation left behind, for
// `interview-prep doctor` to explain. Finding them changes nothing.
struct DataFolderLeftovers {
    // -wal, -shm or -journal files while interview-prep.sqlite is missing:
    // the last changes of a database whose main file was moved or deleted.
    QStringList orphanJournals;
    // Temporary files of backups (in backups/), abandoned or in progress.
    QList<PartialBackupFile> partialBackups;
    // Copies a stopped restore-backup left under their temporary name.
    QStringList partialRestores;
    // Databases set aside by earlier restores (kept until the user deletes them).
    QStringList keptAside;

    static DataFolderLeftovers find(const QString& dataDirectory);
};

} // namespace ip
