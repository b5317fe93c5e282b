#pragma once

#include "model/QuestionMatches.h"
#include "model/SearchDocument.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ip {

class Database;

// Search over everything: the library's questions and requirements, the
// candidate's notes, evidence and stories (see SearchQuery for what can be
// typed). Hits come best first.
class SearchService {
public:
    static constexpr int DefaultLimit = 50;
    // A query matching more documents than this is broad (the first letters
    // of a word, a word nearly every text holds): ranking all its matches
    // takes longer than a keystroke (bm25 costs about a microsecond a
    // match) and says little. Its hits are the best of those with it in a
    // title or tag, then the documents written last.
    static constexpr int BroadQueryMatches = 5000;

    explicit SearchService(Database& database, int broadQueryMatches = BroadQueryMatches)
        : m_database(database), m_broadQueryMatches(broadQueryMatches)
    {
    }

    // Text that looks for nothing gives no hits (and no error).
    Result<QList<SearchHit>> search(const QString& text, int limit = DefaultLimit);

    // The question browser's filter over the questions of these guides (a
    // guide's key, or every key of All guides): which questions keep the
    // text typed, in the question's own text or in the note on it, and
    // where. nullopt when the index does not hold every one of the guides as
    // the library stores them (a guide read with errors is not stored): the
    // caller then filters the text it holds itself.
    Result<std::optional<QuestionMatches>> filterQuestions(const QString& text,
                                                           const QStringList& guideKeys);

    // Indexes the library's guides the index does not hold yet (stored
    // before search existed, or by an older GuideSearchText); returns how
    // many. search() and filterQuestions() do it once per service before
    // their first query.
    Result<int> indexLibrary();

private:
    // Indexes the library once per service, before its first query.
    void indexLibraryOnce();

    Database& m_database;
    int m_broadQueryMatches;
    bool m_libraryIndexed = false;
};

} // namespace ip
