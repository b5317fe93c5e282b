#pragma once

#include "model/DataFolderHealth.h"

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

// The files in a data folder that an interrupted operation left behind.
// Finding them changes nothing.
DataFolderLeftovers findDataFolderLeftovers(const QString& dataDirectory);

} // namespace ip
