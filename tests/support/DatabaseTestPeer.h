#pragma once

#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ip {

// The app's own connection, which only core/storage may use, for the tests
// that must reach that very connection: per-connection PRAGMAs (a
// max_page_count that stands in for a full disk, synchronous, foreign_keys).
// Anything a second connection can do goes through DirectSql instead.
struct DatabaseTestPeer {
    static QSqlQuery query(const Database& database) { return QSqlQuery(database.connection()); }
};

} // namespace ip
