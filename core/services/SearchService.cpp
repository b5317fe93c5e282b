#include "services/SearchService.h"

#include "content/GuideJson.h"
#include "services/GuideSearchText.h"
#include "services/SearchQuery.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QJsonDocument>

namespace ip {

Result<int> SearchService::indexLibrary()
{
    SearchIndex index(m_database);
    const auto entries = index.guidesToIndex(GuideSearchText::Builder);
    if (!entries)
        return entries.error();
    int indexed = 0;
    for (const LibraryEntry& entry : *entries) {
        const QJsonDocument snapshot = QJsonDocument::fromJson(entry.snapshot);
        // A snapshot that does not read is a cache miss: the guide is parsed
        // and indexed again the next time it is opened.
        if (!snapshot.isObject())
            continue;
        const Guide guide = GuideJson::fromJson(snapshot.object());
        if (auto done = index.replaceGuide(entry.guideKey, entry.contentHash,
                                           GuideSearchText::documentsOf(guide));
            !done)
            return done.error();
        ++indexed;
    }
    return indexed;
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty())
        return QList<SearchHit>{};
    if (!m_libraryIndexed) {
        // Without it the hits lack the guides stored before search existed;
        // a database that cannot be written (read-only, busy) still answers
        // from what it holds, and the next service tries again.
        m_libraryIndexed = true;
        if (!m_database.isReadOnly())
            (void)indexLibrary();
    }
    return SearchIndex(m_database).search(query.toFts5(), limit);
}

} // namespace ip
