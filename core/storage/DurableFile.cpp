#include "storage/DurableFile.h"

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
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         QStringLiteral("Could not %1: cannot read %2 (%3).")
                             .arg(purpose, QDir::toNativeSeparators(from), source.errorString()));
    QFile target(to);
    // NewOnly: never write through a name that already holds something.
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorKind::Io,
                         QStringLiteral("Could not %1: cannot create %2 (%3).")
                             .arg(purpose, QDir::toNativeSeparators(to), target.errorString()));
    const auto failed = [&](ErrorKind kind, const QString& reason) {
        target.close();
        QFile::remove(to);
        return makeError(kind, QStringLiteral("Could not %1: cannot copy %2 to %3 (%4).")
                                   .arg(purpose, QDir::toNativeSeparators(from),
                                        QDir::toNativeSeparators(to), reason));
    };
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return failed(ErrorKind::Io, source.errorString());
        if (target.write(chunk) != chunk.size())
            return failed(target.error() == QFileDevice::ResourceError ? ErrorKind::DiskFull
                                                                       : ErrorKind::Io,
                          target.errorString());
    }
    if (!target.flush())
        return failed(ErrorKind::Io, target.errorString());
    target.close();
    if (!syncToDisk(to))
        return failed(ErrorKind::Io, QStringLiteral("it could not be synced to disk"));
    return {};
}

} // namespace ip::durable
