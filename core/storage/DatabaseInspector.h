#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

struct BackupCheck {
    QString path;
    QDateTime madeAt; // UTC, from the file name
    int schemaVersion = -1;
    QString problem; // empty when the copy passes quick_check
};

// What `interview-prep doctor` reports about a data folder.
struct DatabaseReport {
    QString dataDirectory;
    QString filePath;
    bool exists = false;
    int schemaVersion = -1; // -1 when it could not be read
    int latestSchemaVersion = 0;
    QString journalMode;
    QStringList problems;       // empty when the database is healthy
    QList<BackupCheck> backups; // oldest first

    bool healthy() const { return problems.isEmpty(); }
};

// Looks at a data folder without changing anything: the full integrity check,
// foreign keys, the schema version, and a quick check of every backup. Unlike
// Database::open it does not refuse a damaged or newer file: describing the
// damage is its job. Safe while the app has the folder open.
class DatabaseInspector {
public:
    static DatabaseReport inspect(const QString& dataDirectory);
};

} // namespace ip
