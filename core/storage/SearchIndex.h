#pragma once

#include "model/LibraryEntry.h"
#include "model/SearchDocument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <utility>

namespace ip {

class Database;

// The full-text index over everything a search can find (schema version 5).
// The candidate's own text is indexed by triggers as it is written; a guide's
// questions and requirements are written here by the library, in the
// transaction that stores its snapshot.
class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    explicit SearchIndex(Database& database) : m_database(database) {}

    // Replaces the guide's questions and requirements. contentHash is the
    // snapshot's (LibraryEntry::contentHash) they were made from.
    Result<void> replaceGuide(const QString& guideKey, const QString& contentHash,
                              const GuideSearchDocuments& documents);
    // The guide's questions and requirements leave the index; the
    // candidate's notes and evidence on them stay findable.
    Result<void> removeGuide(const QString& guideKey);

    // The library's guides whose documents are missing (stored before this
    // schema version), from another snapshot, or made by a builder older than
    // `builder`.
    Result<QList<LibraryEntry>> guidesToIndex(int builder) const;

    // In which order search() returns its hits.
    enum class Order {
        BestFirst,   // by rank: bm25, computed for every match before the first hit
        NewestFirst, // the documents written last first; nothing is ranked
    };
    // The hits for an FTS5 query, at most limit.
    Result<QList<SearchHit>> search(const QString& ftsQuery, int limit,
                                    Order order = Order::BestFirst) const;
    // How many documents the query matches, counted up to atMost: a
    // count without ranking, which stops early for a query that matches
    // most of the index.
    Result<int> countMatches(const QString& ftsQuery, int atMost) const;

    // Whether the index holds every one of these guides as the library
    // stores it now (the same snapshot, made by `builder` or newer).
    Result<bool> holdsGuides(const QStringList& guideKeys, int builder) const;
    // The question and note documents of these guides the query matches:
    // each as its kind (Question or Note) and its question's key.
    Result<QList<std::pair<SearchKind, QString>>>
    matchingQuestions(const QString& ftsQuery, const QStringList& guideKeys) const;

    // FTS5's own check that the index holds exactly the documents' words:
    // Corrupt when it does not.
    Result<void> checkIntegrity() const;

private:
    Database& m_database;
};

} // namespace ip
