#pragma once

#include "model/DataFolderHealth.h"

#include <QString>

namespace ip {

// Everything `interview-prep doctor` reports about a data folder.
struct DataFolderHealth {
    DatabaseReport database;
    DataFolderLeftovers leftovers;
    QString backupDirectory;
};

// Looks at a data folder without changing anything: the full integrity
// check of the database, a quick check of every backup, and the files an
// interrupted backup or restore left behind. Safe while the app has the
// folder open.
class DataFolderDoctor {
public:
    static DataFolderHealth examine(const QString& dataDirectory);
};

} // namespace ip
