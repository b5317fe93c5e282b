#pragma once

#include "model/BackupInfo.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace ip {

// The backups kept in a data folder's backups/ folder, and the way back to
// one of them, for the window and the `backups` and `restore-backup`
// commands. Making a backup needs the open database: StudyData::backup().
class BackupService {
public:
    // How many backups are kept (the oldest beyond it are deleted).
    static int keptCount();
    // What `restore-backup` takes instead of a file name.
    static QString latestKeyword();

    explicit BackupService(QString dataDirectory);

    QString directory() const { return m_backupDirectory; }

    // Every backup with its details, newest first. Reads only: safe beside a
    // running app. A missing folder is an empty list.
    Result<QList<BackupInfo>> list() const;
    // The newest backup that is intact; NotFound when there is none.
    Result<QString> newestIntact() const;
    // Puts the backup in place of the folder's database, keeping the old one
    // aside. The database must not be open in this process; another process
    // holding the folder is refused (AlreadyRunning), and so is a backup that
    // is missing, not ours, damaged or too new, before anything is touched.
    Result<RestoreOutcome> restore(const QString& backupFile) const;

private:
    QString m_dataDirectory;
    QString m_backupDirectory;
};

} // namespace ip
