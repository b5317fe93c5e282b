#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace ip {

class Database;

// One prepared statement on a Database: values are only ever bound, never
// pasted into SQL. Failures come back as typed errors worded for the user.
class SqlStatement {
public:
    SqlStatement(const Database& database, const QString& sql);

    SqlStatement& bind(const QString& placeholder, const QVariant& value);

    // Runs the statement. `purpose` says what the user was doing ("save the
    // note") and goes into the error message.
    Result<void> exec(const QString& purpose);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // The number of rows the last INSERT, UPDATE or DELETE touched.
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // SQLite's own words for the last failure, for messages that add context.
    QString sqliteMessage() const;

private:
    const Database& m_database;
    QSqlQuery m_query;
    bool m_prepared = false;
    bool m_writes = false; // INSERT, UPDATE, DELETE or REPLACE
};

} // namespace ip
