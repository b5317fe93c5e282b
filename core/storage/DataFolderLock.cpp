#include "storage/DataFolderLock.h"

#include <QDir>
#include <QThread>

namespace ip {

namespace {
// Writing a lock file's few bytes takes microseconds; a quarter second is
// far beyond any live writer.
constexpr unsigned long UnreadableLockGraceMs = 250;
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

    const QString folder = QDir::toNativeSeparators(directory);
    switch (lock->m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        QString owner = QStringLiteral("Another copy of Interview Prep");
        if (lock->m_lock.getLockInfo(&pid, &host, &application))
            owner += QStringLiteral(" (process %1 on %2)").arg(pid).arg(host);
        return makeError(ErrorKind::AlreadyRunning,
                         QStringLiteral("%1 is already using the data folder %2. Close it first, "
                                        "or choose another folder with --data-dir. Nothing was "
                                        "changed.")
                             .arg(owner, folder));
    }
    case QLockFile::PermissionError:
        return makeError(ErrorKind::ReadOnly,
                         QStringLiteral("The data folder %1 is read-only (cannot create %2). "
                                        "Nothing was changed.")
                             .arg(folder, QString::fromLatin1(FileName)));
    default:
        return makeError(
            ErrorKind::Io,
            QStringLiteral("Cannot lock the data folder %1. Nothing was changed.").arg(folder));
    }
}

} // namespace ip
