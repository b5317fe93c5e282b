#include "services/DataFolderDoctor.h"

#include "services/BackupService.h"
#include "storage/DataFolderLeftovers.h"
#include "storage/DatabaseInspector.h"

namespace ip {

DataFolderHealth DataFolderDoctor::examine(const QString& dataDirectory)
{
    DataFolderHealth health;
    health.database = DatabaseInspector::inspect(dataDirectory);
    health.leftovers = findDataFolderLeftovers(health.database.dataDirectory);
    health.backupDirectory = BackupService(health.database.dataDirectory).directory();
    return health;
}

} // namespace ip
