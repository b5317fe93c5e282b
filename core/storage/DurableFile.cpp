#include "storage/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ip::durable {

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(SqliteHeader.size()) == SqliteHeader;
}

bool syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

Result<void> copyFile(const QString& from, const QString& to, const QString& purpose)
{
    QFile source(from);
    const QString fromName = QDir::toNativeSeparators(from);
    const QString toName = QDir::toNativeSeparators(to);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QCoreApplication::translate(
                                            "DurableFile", "Could not %1: cannot read %2 (%3).")
                                            .arg(purpose, fromName, source.errorString()));
    QFile target(to);
    // NewOnly: never write through a name that already holds something.
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorKind::Io, QCoreApplication::translate(
                                            "DurableFile", "Could not %1: cannot create %2 (%3).")
                                            .arg(purpose, toName, target.errorString()));
    const auto failed = [&](ErrorKind kind, const QString& message) {
        target.close();
        QFile::remove(to);
        return makeError(kind, message);
    };
    const auto copyFailed = [&](ErrorKind kind, const QString& reason) {
        return failed(kind, QCoreApplication::translate("DurableFile",
                                                        "Could not %1: cannot copy %2 to %3 (%4).")
                                .arg(purpose, fromName, toName, reason));
    };
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return copyFailed(ErrorKind::Io, source.errorString());
        if (target.write(chunk) != chunk.size())
            return copyFailed(target.error() == QFileDevice::ResourceError ? ErrorKind::DiskFull
                                                                           : ErrorKind::Io,
                              target.errorString());
    }
    if (!target.flush())
        return copyFailed(ErrorKind::Io, target.errorString());
    target.close();
    if (!syncToDisk(to))
        return failed(ErrorKind::Io,
                      QCoreApplication::translate("DurableFile",
                                                  "Could not %1: cannot copy %2 to %3 (it could "
                                                  "not be synced to disk).")
                          .arg(purpose, fromName, toName));
    return {};
}

} // namespace ip::durable
