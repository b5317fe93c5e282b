#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>

namespace ip {

int sqlitePrimaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

static QString sqliteText(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

Error storageError(const QSqlError& error, const QString& purpose, const QString& databasePath)
{
    const QString file = QDir::toNativeSeparators(databasePath);
    // Every statement and transaction is atomic, so a failure leaves the
    // database as it was; the messages say so because that is what the user
    // needs to know first.
    switch (sqlitePrimaryCode(error)) {
    case SqliteCode::Busy:
    case SqliteCode::Locked:
        return makeError(ErrorKind::Locked,
                         QCoreApplication::translate(
                             "StorageError", "Could not %1: the database %2 is locked by another "
                                             "program. Nothing was changed; close the other "
                                             "program or try again in a moment.")
                             .arg(purpose, file));
    case SqliteCode::ReadOnly:
        return makeError(
            ErrorKind::ReadOnly,
            QCoreApplication::translate(
                "StorageError", "Could not %1: the database %2 is read-only. Nothing was changed.")
                .arg(purpose, file));
    case SqliteCode::Full:
        return makeError(ErrorKind::DiskFull,
                         QCoreApplication::translate(
                             "StorageError", "Could not %1: the disk holding %2 is full. Nothing "
                                             "was changed; free some space and try again.")
                             .arg(purpose, file));
    case SqliteCode::Corrupt:
    case SqliteCode::NotADb:
        return makeError(ErrorKind::Corrupt,
                         QCoreApplication::translate(
                             "StorageError", "Could not %1: the database %2 is damaged (%3). Run "
                                             "'interview-prep doctor' and restore a backup.")
                             .arg(purpose, file, sqliteText(error)));
    case SqliteCode::IoErr:
    case SqliteCode::CantOpen:
        return makeError(ErrorKind::Io,
                         QCoreApplication::translate(
                             "StorageError", "Could not %1: a disk error occurred on %2 (%3).")
                             .arg(purpose, file, sqliteText(error)));
    case SqliteCode::Constraint:
        return makeError(
            ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "StorageError", "Could not %1: the data was refused (%2). Nothing was changed.")
                .arg(purpose, sqliteText(error)));
    default:
        return makeError(ErrorKind::Internal, QCoreApplication::translate(
                                                  "StorageError", "Could not %1: %2 (database %3).")
                                                  .arg(purpose, sqliteText(error), file));
    }
}

Result<void> requireKeys(std::initializer_list<QString> keys, const QString& purpose)
{
    for (const QString& key : keys) {
        if (key.trimmed().isEmpty())
            return makeError(ErrorKind::InvalidInput,
                             QCoreApplication::translate("StorageError",
                                                         "Could not %1: a guide, question or "
                                                         "requirement key is empty. Nothing was "
                                                         "changed.")
                                 .arg(purpose));
    }
    return {};
}

} // namespace ip
