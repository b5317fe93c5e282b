#include "storage/StorageError.h"

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
    const QString what = QStringLiteral("Could not %1: ").arg(purpose);
    // Every statement and transaction is atomic, so a failure leaves the
    // database as it was; the messages say so because that is what the user
    // needs to know first.
    switch (sqlitePrimaryCode(error)) {
    case SqliteCode::Busy:
    case SqliteCode::Locked:
        return makeError(ErrorKind::Locked,
                         what + QStringLiteral("the database %1 is locked by another program. "
                                               "Nothing was changed; close the other program "
                                               "or try again in a moment.")
                                    .arg(file));
    case SqliteCode::ReadOnly:
        return makeError(
            ErrorKind::ReadOnly,
            what + QStringLiteral("the database %1 is read-only. Nothing was changed.").arg(file));
    case SqliteCode::Full:
        return makeError(ErrorKind::DiskFull,
                         what + QStringLiteral("the disk holding %1 is full. Nothing was changed; "
                                               "free some space and try again.")
                                    .arg(file));
    case SqliteCode::Corrupt:
    case SqliteCode::NotADb:
        return makeError(ErrorKind::Corrupt,
                         what + QStringLiteral("the database %1 is damaged (%2). Run "
                                               "'interview-prep doctor' and restore a backup.")
                                    .arg(file, sqliteText(error)));
    case SqliteCode::IoErr:
    case SqliteCode::CantOpen:
        return makeError(
            ErrorKind::Io,
            what +
                QStringLiteral("a disk error occurred on %1 (%2).").arg(file, sqliteText(error)));
    case SqliteCode::Constraint:
        return makeError(ErrorKind::InvalidInput,
                         what + QStringLiteral("the data was refused (%1). Nothing was changed.")
                                    .arg(sqliteText(error)));
    default:
        return makeError(ErrorKind::Internal,
                         what + QStringLiteral("%1 (database %2).").arg(sqliteText(error), file));
    }
}

Result<void> requireKeys(std::initializer_list<QString> keys, const QString& purpose)
{
    for (const QString& key : keys) {
        if (key.trimmed().isEmpty())
            return makeError(ErrorKind::InvalidInput,
                             QStringLiteral("Could not %1: a guide, question or requirement key "
                                            "is empty. Nothing was changed.")
                                 .arg(purpose));
    }
    return {};
}

} // namespace ip
