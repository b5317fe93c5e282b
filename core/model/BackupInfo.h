#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ip {

// What the app and the commands are told about backup files: value types
// only, so they can be shown without reaching into storage.

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
    // finish it; the next start deletes it.
    bool abandoned = false;
};

// What restoring a backup did.
struct RestoreOutcome {
    QString databasePath; // the restored database, interview-prep.sqlite
    BackupInfo backup;    // what was restored: its path, time and counts
    // The database that was there before, under a new name in the data folder
    // (interview-prep.sqlite.before-restore-<UTC time>); the app never
    // deletes it. Empty when the folder held no database.
    QString keptAside;
    // keptAside and whichever of its -wal, -shm and -journal files there were.
    QStringList keptAsideFiles;
};

} // namespace ip
