#include "services/BackupService.h"

#include "storage/BackupRestore.h"
#include "storage/Database.h"
#include "storage/DatabaseBackups.h"

#include <QDir>

namespace ip {

int BackupService::keptCount()
{
    return DatabaseBackups::KeptCount;
}

QString BackupService::latestKeyword()
{
    return QString::fromLatin1(BackupRestore::LatestKeyword);
}

BackupService::BackupService(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory)),
      m_backupDirectory(
          QDir(m_dataDirectory).filePath(QString::fromLatin1(Database::BackupFolderName)))
{
}

Result<QList<BackupInfo>> BackupService::list() const
{
    return DatabaseBackups(m_backupDirectory).inspect();
}

Result<QString> BackupService::newestIntact() const
{
    return BackupRestore::newestIntactBackup(m_dataDirectory);
}

Result<RestoreOutcome> BackupService::restore(const QString& backupFile) const
{
    return BackupRestore::restore(m_dataDirectory, backupFile);
}

} // namespace ip
