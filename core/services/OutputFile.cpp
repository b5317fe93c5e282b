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

// Names what is there rather than saying "not a regular file"; one whole
// sentence per kind of file, as translations need them.
QString refusalToReplace(const QString& path, mode_t mode)
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("OutputFile",
                                           "Cannot write %1: it is a folder, and only a regular "
                                           "file is replaced. Nothing was written.")
            .arg(path);
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("OutputFile",
                                           "Cannot write %1: it is a named pipe (FIFO), and only a "
                                           "regular file is replaced. Nothing was written.")
            .arg(path);
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("OutputFile",
                                           "Cannot write %1: it is a socket, and only a regular "
                                           "file is replaced. Nothing was written.")
            .arg(path);
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("OutputFile",
                                           "Cannot write %1: it is a device, and only a regular "
                                           "file is replaced. Nothing was written.")
            .arg(path);
    return QCoreApplication::translate("OutputFile",
                                       "Cannot write %1: it is not a regular file, and only a "
                                       "regular file is replaced. Nothing was written.")
        .arg(path);
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
    return makeError(ErrorKind::InvalidInput, refusalToReplace(nativePath(path), info.st_mode));
}

Result<void> OutputFile::write(const QString& path, const QByteArray& bytes)
{
    if (auto replaceable = checkReplaceable(path); !replaceable)
        return replaceable;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(ErrorKind::Io,
                         tr("Cannot write %1: the folder %2 does not exist.")
                             .arg(nativePath(path), nativePath(info.absolutePath())));

    // QSaveFile writes beside the target, so an earlier file stays as it was
    // whatever goes wrong.
    const QString target = nativePath(path);
    const QString unchanged = tr("Nothing was written.");
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
    if (errorNumber == ENOSPC || errorNumber == EDQUOT)
        return makeError(ErrorKind::DiskFull,
                         tr("Cannot write %1: the disk is full. %2").arg(target, consequence));
    ErrorKind kind = ErrorKind::Io;
    QString reason = detail; // the system's words
    if (errorNumber == EACCES || errorNumber == EPERM || errorNumber == EROFS) {
        kind = ErrorKind::ReadOnly;
        reason = QString::fromLocal8Bit(std::strerror(errorNumber));
    } else if (reason.isEmpty() || reason == QLatin1String("Unknown error") ||
               // The same words in the user's language, from Qt's catalogue (or ours,
               // which holds them too).
               reason == QCoreApplication::translate("QIODevice", "Unknown error")) {
        if (errorNumber == 0)
            return makeError(kind,
                             tr("Cannot write %1: the write failed. %2").arg(target, consequence));
        reason = QString::fromLocal8Bit(std::strerror(errorNumber));
    }
    return makeError(kind, tr("Cannot write %1: %2. %3").arg(target, reason, consequence));
}

} // namespace ip
