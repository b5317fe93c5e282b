#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <memory>

namespace ip {

// Held by the one process that may write to a data folder. SQLite would keep
// two writers from corrupting the file, but two windows editing the same
// notes would still overwrite each other's work, so the second is refused
// with a message naming the first. A lock left by a crashed or killed process
// is recognised (its process is gone) and taken over; when that cannot be
// done because the disk is full or the folder read-only, the error says that
// (ErrorKind::DiskFull, ErrorKind::ReadOnly), not that another copy runs.
class DataFolderLock {
    Q_DECLARE_TR_FUNCTIONS(DataFolderLock)

public:
    static constexpr const char* FileName = "interview-prep.lock";

    static Result<std::unique_ptr<DataFolderLock>> acquire(const QString& directory);

    QString filePath() const { return m_filePath; }

private:
    explicit DataFolderLock(const QString& filePath);

    QString m_filePath;
    QLockFile m_lock;
};

} // namespace ip
