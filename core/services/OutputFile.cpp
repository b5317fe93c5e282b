#include "services/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/statvfs.h>

namespace ip {

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// What the user sees instead of "not a regular file".
QString describeFileType(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    return QStringLiteral("not a regular file");
}

// QSaveFile (Qt 6.4) leaves error() at NoError when a write runs out of
// space, so errno may be all there is; when even that was overwritten, the
// free space of the folder tells.
bool folderIsFull(const QString& path)
{
    struct statvfs info {};
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::statvfs(folder.constData(), &info) == 0 && info.f_bavail == 0;
}

// The errno of a write to `path` that just failed.
int failureCause(const QString& path)
{
    const int saved = errno;
    if (saved == ENOSPC || saved == EDQUOT || !folderIsFull(path))
        return saved;
    return ENOSPC;
}

} // namespace

Result<void> OutputFile::checkReplaceable(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || S_ISREG(info.st_mode))
        return {};
    return makeError(ErrorKind::InvalidInput,
                     QStringLiteral("Cannot write %1: it is %2, and only a regular file is "
                                    "replaced. Nothing was written.")
                         .arg(nativePath(path), describeFileType(info.st_mode)));
}

Result<void> OutputFile::write(const QString& path, const QByteArray& bytes)
{
    if (auto replaceable = checkReplaceable(path); !replaceable)
        return replaceable;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(ErrorKind::Io,
                         QStringLiteral("Cannot write %1: the folder %2 does not exist.")
                             .arg(nativePath(path), nativePath(info.absolutePath())));

    // QSaveFile writes beside the target, so an earlier file stays as it was
    // whatever goes wrong.
    const QString target = nativePath(path);
    const QString unchanged = QStringLiteral("Nothing was written.");
    QSaveFile file(path);
    errno = 0;
    // Unbuffered: a buffered write that fails only when commit() flushes it
    // is not reported by QSaveFile (Qt 6.4), which then commits a short file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return writeError(target, errno, file.errorString(), unchanged);
    // A short count is a failure even though QSaveFile would commit the part
    // it wrote (it does on a full disk).
    if (file.write(bytes) != bytes.size()) {
        const int failure = failureCause(path);
        const QString detail = file.errorString();
        file.cancelWriting();
        return writeError(target, failure, detail, unchanged);
    }
    errno = 0;
    if (!file.commit()) {
        const int failure = failureCause(path);
        return writeError(target, failure, file.errorString(), unchanged);
    }
    return {};
}

Error OutputFile::writeError(const QString& target, int errorNumber, const QString& detail,
                             const QString& consequence)
{
    ErrorKind kind = ErrorKind::Io;
    QString reason = detail;
    if (errorNumber == ENOSPC || errorNumber == EDQUOT) {
        kind = ErrorKind::DiskFull;
        reason = QStringLiteral("the disk is full");
    } else if (errorNumber == EACCES || errorNumber == EPERM || errorNumber == EROFS) {
        kind = ErrorKind::ReadOnly;
        reason = QString::fromLocal8Bit(std::strerror(errorNumber));
    } else if (reason.isEmpty() || reason == QLatin1String("Unknown error")) {
        reason = errorNumber != 0 ? QString::fromLocal8Bit(std::strerror(errorNumber))
                                  : QStringLiteral("the write failed");
    }
    return makeError(kind,
                     QStringLiteral("Cannot write %1: %2. %3").arg(target, reason, consequence));
}

} // namespace ip
