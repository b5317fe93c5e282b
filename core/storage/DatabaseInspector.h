#pragma once

#include "model/DataFolderHealth.h"

#include <QCoreApplication>

namespace ip {

// Looks at a data folder without changing anything: the full integrity check,
// foreign keys, the schema version, and a quick check of every backup. Unlike
// Database::open it does not refuse a damaged or newer file: describing the
// damage is its job. Safe while the app has the folder open.
class DatabaseInspector {
    Q_DECLARE_TR_FUNCTIONS(DatabaseInspector)

public:
    static DatabaseReport inspect(const QString& dataDirectory);
};

} // namespace ip
