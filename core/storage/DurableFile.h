#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

// File operations the backup and restore code needs to be crash-safe: a copy
// is only trusted once it is on disk, and a file is only treated as a
// database once its first bytes say so.
namespace ip::durable {

// Every SQLite file starts with these 16 bytes.
inline const QByteArray SqliteHeader("SQLite format 3\0", 16);

bool hasSqliteHeader(const QString& path);

// fsync of a file, or of a folder after a rename or link in it (so the new
// name survives a power cut). False when it could not be done.
bool syncToDisk(const QString& path);

// Copies `from` to a new file `to` (which must not exist) and syncs it.
// `purpose` says what the user was doing, for the error message. On error
// `to` is removed again.
Result<void> copyFile(const QString& from, const QString& to, const QString& purpose);

} // namespace ip::durable
