#pragma once

#include "util/Result.h"

#include <QSqlError>
#include <initializer_list>

namespace ip {

// SQLite's primary result codes that decide how the app reacts. Qt reports the
// extended code (e.g. 1555 for a primary key violation); the low byte is the
// primary one.
namespace SqliteCode {
inline constexpr int Busy = 5;
inline constexpr int Locked = 6;
inline constexpr int ReadOnly = 8;
inline constexpr int IoErr = 10;
inline constexpr int Corrupt = 11;
inline constexpr int Full = 13;
inline constexpr int CantOpen = 14;
inline constexpr int Constraint = 19;
inline constexpr int NotADb = 26;
} // namespace SqliteCode

// The primary SQLite result code behind a Qt error, or 0 when there is none.
int sqlitePrimaryCode(const QSqlError& error);

// A typed error for a failed statement. `purpose` says what the user was doing
// in words they know ("save the note"), `databasePath` names the file. The
// message always says whether the user's data is safe.
Error storageError(const QSqlError& error, const QString& purpose, const QString& databasePath);

// Refuses a record with an empty stable key before any SQL runs: a row keyed
// by "" could never be found again from the guide.
Result<void> requireKeys(std::initializer_list<QString> keys, const QString& purpose);

} // namespace ip
