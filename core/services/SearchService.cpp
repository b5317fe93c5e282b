#include "services/SearchService.h"

#include "content/GuideJson.h"
#include "services/GuideSearchText.h"
#include "services/SearchQuery.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QJsonDocument>
#include <algorithm>
#include <limits>

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

void SearchService::indexLibraryOnce()
{
    if (m_libraryIndexed)
        return;
    // Without it the hits lack the guides stored before search existed;
    // a database that cannot be written (read-only, busy) still answers
    // from what it holds, and the next service tries again.
    m_libraryIndexed = true;
    if (!m_database.isReadOnly())
        (void)indexLibrary();
}

Result<std::optional<QuestionMatches>> SearchService::filterQuestions(const QString& text,
                                                                      const QStringList& guideKeys)
{
    indexLibraryOnce();
    const SearchIndex index(m_database);
    const Result<bool> held = index.holdsGuides(guideKeys, GuideSearchText::Builder);
    if (!held)
        return held.error();
    if (!*held)
        return std::optional<QuestionMatches>{};

    const SearchQuery query = SearchQuery::parse(text);
    // The prompt and the parts, not the category: the filter has its own.
    const QStringList title = {QStringLiteral("title")};
    const QStringList words = {QStringLiteral("title"), QStringLiteral("body")};
    QuestionMatches matches;
    if (!query.isEmpty()) {
        matches.wantsWords = true;
        const auto inText = index.matchingQuestions(query.wantedToFts5(words), guideKeys);
        if (!inText)
            return inText.error();
        for (const auto& [kind, key] : *inText) {
            const auto place = kind == SearchKind::Note ? QuestionMatches::Place::Notes
                                                        : QuestionMatches::Place::Text;
            auto known = matches.found.find(key);
            if (known == matches.found.end())
                matches.found.insert(key, place);
            else
                *known = std::min(*known, place);
        }
        const auto inPrompt = index.matchingQuestions(query.wantedToFts5(title), guideKeys);
        if (!inPrompt)
            return inPrompt.error();
        for (const auto& [kind, key] : *inPrompt) {
            if (kind == SearchKind::Question)
                matches.found.insert(key, QuestionMatches::Place::Prompt);
        }
    }
    if (query.excludes()) {
        // Left out by question: a word in the note leaves out the question.
        const auto excluded = index.matchingQuestions(query.excludedToFts5(words), guideKeys);
        if (!excluded)
            return excluded.error();
        for (const auto& match : *excluded)
            matches.excluded.insert(match.second);
    }
    return std::optional<QuestionMatches>{std::move(matches)};
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty())
        return QList<SearchHit>{};
    indexLibraryOnce();
    const SearchIndex index(m_database);
    const QString fts = query.toFts5();
    const Result<int> matches = index.countMatches(fts, m_broadQueryMatches + 1);
    if (!matches)
        return matches.error();
    if (*matches <= m_broadQueryMatches)
        return index.search(fts, limit);

    Result<QList<SearchHit>> hits =
        index.search(query.toFts5({QStringLiteral("title"), QStringLiteral("tags")}), limit);
    if (!hits || hits->size() >= limit)
        return hits;
    const Result<QList<SearchHit>> newest =
        index.search(fts, limit, SearchIndex::Order::NewestFirst);
    if (!newest)
        return newest.error();
    const auto sameDocument = [](const SearchHit& a, const SearchHit& b) {
        return a.kind == b.kind && a.guideKey == b.guideKey && a.itemKey == b.itemKey;
    };
    // Best first, as the scores say: the documents added after the title
    // hits score no higher than the last of them.
    double ceiling = hits->isEmpty() ? std::numeric_limits<double>::max() : hits->last().score;
    for (SearchHit hit : *newest) {
        if (hits->size() >= limit)
            break;
        if (std::any_of(hits->cbegin(), hits->cend(),
                        [&](const SearchHit& kept) { return sameDocument(kept, hit); }))
            continue;
        hit.score = std::min(hit.score, ceiling);
        ceiling = hit.score;
        hits->append(hit);
    }
    return hits;
}

} // namespace ip
