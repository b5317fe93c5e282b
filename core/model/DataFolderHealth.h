#pragma once

#include "model/BackupInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// What `interview-prep doctor` finds in a data folder: value types only.

struct BackupCheck {
    QString path;
    QDateTime madeAt; // UTC, from the file name
    int schemaVersion = -1;
    QString problem; // empty when the copy passes quick_check
};

// What `interview-prep doctor` reports about a data folder.
struct DatabaseReport {
    QString dataDirectory;
    QString filePath;
    bool exists = false;
    int schemaVersion = -1; // -1 when it could not be read
    int latestSchemaVersion = 0;
    QString journalMode;
    QStringList problems;       // empty when the database is healthy
    QList<BackupCheck> backups; // oldest first

    bool healthy() const { return problems.isEmpty(); }
};

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
};

} // namespace ip
