#pragma once

#include "model/SearchDocument.h"
#include "util/Result.h"

#include <QList>

namespace ip {

class Database;

// Search over everything: the library's questions and requirements, the
// candidate's notes, evidence and stories (see SearchQuery for what can be
// typed). Hits come best first.
class SearchService {
public:
    static constexpr int DefaultLimit = 50;

    explicit SearchService(Database& database) : m_database(database) {}

    // Text that looks for nothing gives no hits (and no error).
    Result<QList<SearchHit>> search(const QString& text, int limit = DefaultLimit);

    // Indexes the library's guides the index does not hold yet (stored
    // before search existed, or by an older GuideSearchText); returns how
    // many. search() does it once per service before its first query.
    Result<int> indexLibrary();

private:
    Database& m_database;
    bool m_libraryIndexed = false;
};

} // namespace ip
