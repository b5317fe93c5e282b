#include "storage/DataFolderLeftovers.h"

#include "storage/Database.h"
#include "storage/DatabaseBackups.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace ip {

DataFolderLeftovers findDataFolderLeftovers(const QString& dataDirectory)
{
    DataFolderLeftovers found;
    const QDir dir(dataDirectory);
    if (!dir.exists())
        return found;
    const QString fileName = QString::fromLatin1(Database::FileName);
    const QString databasePath = dir.filePath(fileName);
    if (!QFileInfo::exists(databasePath)) {
        for (const QString& suffix : datafolder::JournalSuffixes) {
            if (QFileInfo::exists(databasePath + suffix))
                found.orphanJournals << databasePath + suffix;
        }
    }
    found.partialBackups =
        DatabaseBackups(dir.filePath(QString::fromLatin1(Database::BackupFolderName)))
            .partialFiles();
    for (const QString& name : dir.entryList({fileName + datafolder::RestoreIncomingMarker + u'*'},
                                             QDir::Files | QDir::Hidden, QDir::Name))
        found.partialRestores << dir.filePath(name);
    for (const QString& name : dir.entryList({fileName + datafolder::RestoreAsideMarker + u'*'},
                                             QDir::Files | QDir::Hidden, QDir::Name)) {
        // The aside database itself, not its -wal and -shm.
        const bool journal =
            std::any_of(datafolder::JournalSuffixes.cbegin(), datafolder::JournalSuffixes.cend(),
                        [&](const QString& suffix) { return name.endsWith(suffix); });
        if (!journal)
            found.keptAside << dir.filePath(name);
    }
    return found;
}

} // namespace ip
