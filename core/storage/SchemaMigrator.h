#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

class Database;

struct Migration {
    int version = 0;  // the PRAGMA user_version the database has once it is applied
    QString fileName; // "0001_initial.sql"
    QString sql;
};

// The numbered SQL files that build the schema, and the code that applies
// them. A new database and an old one go through the same chain; each step is
// its own transaction, so a failure leaves the last complete version.
class SchemaMigrator {
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    // The migrations built into the app (resources/sql/migrations).
    static QString builtInDirectory();

    // Reads the NNNN_name.sql files of a folder, resource or real. The numbers
    // must run 1, 2, 3... without gaps.
    static Result<SchemaMigrator> load(const QString& directory);

    // The version the migrations of a folder lead to, from the file names
    // alone (checked as load() checks them), without reading the scripts:
    // enough for an open that finds the schema current, which is nearly
    // every start.
    static Result<int> latestVersionIn(const QString& directory);

    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.last().version; }
    const QList<Migration>& migrations() const { return m_migrations; }

    // Applies every migration above `fromVersion`, in order. The caller has
    // already made a backup of an existing database.
    Result<void> migrate(Database& database, int fromVersion) const;

private:
    // The NNNN_name.sql names of a folder, in order, once they are known to
    // run 1, 2, 3... without gaps.
    static Result<QStringList> scriptNames(const QString& directory);

    Result<void> apply(Database& database, const Migration& migration) const;

    QList<Migration> m_migrations;
};

} // namespace ip
