#include "util/DataDirectory.h"

#include <QDir>
#include <QStandardPaths>

namespace ip {

QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString resolveDataDirectory(const QString& requested)
{
    if (requested.isEmpty())
        return defaultDataDirectory();
    return QDir::cleanPath(QDir(requested).absolutePath());
}

} // namespace ip
