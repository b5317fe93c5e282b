#include "storage/DataFolderLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ip {

namespace {
// Writing a lock file's few bytes takes microseconds; a quarter second is
// far beyond any live writer.
constexpr unsigned long UnreadableLockGraceMs = 250;

// True when the lock names a process of this machine that is still there.
// A lock from another machine (a shared folder) cannot be checked and counts
// as live.
bool ownerIsRunning(const QLockFile& lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return false;
    if (host != QSysInfo::machineHostName())
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

// Said in the user's words: what it means for their work and what they can
// do, not which file could not be made. True for the window (which then
// shows the data read-only) and for the commands alike.
Error readOnlyFolder(const QString& folder)
{
    return makeError(
        ErrorKind::ReadOnly,
        QCoreApplication::translate("DataFolderLock",
                                    "The data folder %1 is read-only, so your work there can be "
                                    "read but not changed. To make changes, make the folder "
                                    "writable, or start with --data-dir and a folder you can "
                                    "write to. Nothing was changed.")
            .arg(folder));
}

// Taking a lock over, or making a first one, writes a small file; QLockFile
// reports a failed write only as "unknown", or (when the stale lock cannot
// be cleared for want of space to lock the clearing) as the old owner still
// holding it. Writing a file of about the same size says which it was.
Result<void> checkFolderTakesAFile(const QString& directory)
{
    const QByteArray probe = QFile::encodeName(QDir(directory).filePath(
        QStringLiteral(".interview-prep-probe-%1").arg(QCoreApplication::applicationPid())));
    int failure = 0;
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        failure = errno;
    } else {
        const char bytes[256] = {};
        if (::write(fd, bytes, sizeof bytes) != ssize_t(sizeof bytes))
            failure = errno != 0 ? errno : ENOSPC;
        ::close(fd);
        ::unlink(probe.constData());
    }
    const QString folder = QDir::toNativeSeparators(directory);
    switch (failure) {
    case 0:
        return {};
    case ENOSPC:
    case EDQUOT:
        return makeError(
            ErrorKind::DiskFull,
            QCoreApplication::translate("DataFolderLock",
                                        "The disk holding the data folder %1 is full: there is "
                                        "no room for the lock file %2, so nothing can be saved. "
                                        "Free some space and start again. Nothing was changed.")
                .arg(folder, QString::fromLatin1(DataFolderLock::FileName)));
    case EACCES:
    case EPERM:
    case EROFS:
        return readOnlyFolder(folder);
    default:
        return makeError(
            ErrorKind::Io,
            QCoreApplication::translate("DataFolderLock",
                                        "Cannot lock the data folder %1: %2. Nothing was changed.")
                .arg(folder, QString::fromLocal8Bit(std::strerror(failure))));
    }
}

} // namespace

DataFolderLock::DataFolderLock(const QString& filePath) : m_filePath(filePath), m_lock(filePath)
{
    // The app holds the lock for hours; the default age limit (30 s) would let
    // a second instance take a live lock. With 0, only a lock whose process is
    // gone counts as stale.
    m_lock.setStaleLockTime(0);
}

Result<std::unique_ptr<DataFolderLock>> DataFolderLock::acquire(const QString& directory)
{
    const QString path = QDir(directory).filePath(QString::fromLatin1(FileName));
    std::unique_ptr<DataFolderLock> lock(new DataFolderLock(path));
    if (lock->m_lock.tryLock(0))
        return lock;

    // A lock file without readable contents names no process: either its
    // owner is writing it this very moment, or it was killed between creating
    // the file and writing its PID. With stale detection by age turned off,
    // such a file would block every later start, so after giving a live
    // writer time to finish, it is taken over.
    if (lock->m_lock.error() == QLockFile::LockFailedError &&
        !lock->m_lock.getLockInfo(nullptr, nullptr, nullptr)) {
        QThread::msleep(UnreadableLockGraceMs);
        if (!lock->m_lock.getLockInfo(nullptr, nullptr, nullptr) &&
            lock->m_lock.removeStaleLockFile() && lock->m_lock.tryLock(0))
            return lock;
        if (lock->m_lock.tryLock(0))
            return lock;
    }

    // Anything but a live owner: find out whether the folder takes a file
    // at all, and say so plainly when it does not.
    if (lock->m_lock.error() != QLockFile::LockFailedError || !ownerIsRunning(lock->m_lock)) {
        if (auto writable = checkFolderTakesAFile(directory); !writable)
            return writable.error();
    }

    const QString folder = QDir::toNativeSeparators(directory);
    switch (lock->m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->m_lock.getLockInfo(&pid, &host, &application))
            return makeError(ErrorKind::AlreadyRunning,
                             tr("Another copy of Interview Prep (process %1 on %2) is already "
                                "using the data folder %3. Close it first, or choose another "
                                "folder with --data-dir. Nothing was changed.")
                                 .arg(QString::number(pid), host, folder));
        return makeError(ErrorKind::AlreadyRunning,
                         tr("Another copy of Interview Prep is already using the data folder "
                            "%1. Close it first, or choose another folder with --data-dir. "
                            "Nothing was changed.")
                             .arg(folder));
    }
    case QLockFile::PermissionError:
        return readOnlyFolder(folder);
    default:
        return makeError(ErrorKind::Io,
                         tr("Cannot lock the data folder %1. Nothing was changed.").arg(folder));
    }
}

} // namespace ip
