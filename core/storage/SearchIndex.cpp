#include "storage/SearchIndex.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <array>

namespace ip {

namespace {

// The kinds as the schema spells them, in SearchKind's order.
const std::array<QString, 5> KindNames = {QStringLiteral("question"), QStringLiteral("requirement"),
                                          QStringLiteral("note"), QStringLiteral("evidence"),
                                          QStringLiteral("story")};

QString kindName(SearchKind kind)
{
    return KindNames.at(static_cast<size_t>(kind));
}

SearchKind kindFrom(const QString& name)
{
    for (size_t i = 0; i < KindNames.size(); ++i) {
        if (KindNames.at(i) == name)
            return static_cast<SearchKind>(i);
    }
    return SearchKind::Question;
}

// What SQLite puts around a match in highlight() and snippet(): control
// characters no guide or note shows, taken out again into TextSpans.
const QString MatchOpen = QStringLiteral("\x02");
const QString MatchClose = QStringLiteral("\x03");

QString withoutMarks(const QString& marked, QList<TextSpan>* matches)
{
    QString text;
    text.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == MatchOpen.front()) {
            start = text.size();
        } else if (c == MatchClose.front()) {
            if (start >= 0 && text.size() > start)
                matches->append(TextSpan{start, text.size() - start});
            start = -1;
        } else {
            text += c;
        }
    }
    return text;
}

// Keys as one value for json_each(): a list of any length in one bound
// parameter.
QString keyList(const QStringList& keys)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> SearchIndex::replaceGuide(const QString& guideKey, const QString& contentHash,
                                       const GuideSearchDocuments& documents)
{
    const QString purpose = tr("index the guide for search");
    if (auto valid = requireKeys({guideKey}, purpose); !valid)
        return valid;
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    if (auto removed = removeGuide(guideKey); !removed)
        return removed;

    SqlStatement insert(m_database,
                        QStringLiteral("INSERT OR REPLACE INTO search_document (kind, guide_key, "
                                       "item_key, title, body, tags) "
                                       "VALUES (:kind, :guide, :item, :title, :body, :tags)"));
    for (const SearchDocument& document : documents.documents) {
        insert.bind(QStringLiteral(":kind"), kindName(document.kind))
            .bind(QStringLiteral(":guide"), guideKey)
            .bind(QStringLiteral(":item"), sqlvalue::fromText(document.itemKey))
            .bind(QStringLiteral(":title"), sqlvalue::fromText(document.title))
            .bind(QStringLiteral(":body"), sqlvalue::fromText(document.body))
            .bind(QStringLiteral(":tags"), sqlvalue::fromText(document.tags));
        if (auto done = insert.exec(purpose); !done)
            return done;
    }
    SqlStatement mark(m_database,
                      QStringLiteral("INSERT OR REPLACE INTO search_indexed_guide (guide_key, "
                                     "content_hash, builder, title) "
                                     "VALUES (:guide, :hash, :builder, :title)"));
    mark.bind(QStringLiteral(":guide"), guideKey)
        .bind(QStringLiteral(":hash"), sqlvalue::fromText(contentHash))
        .bind(QStringLiteral(":builder"), documents.builder)
        .bind(QStringLiteral(":title"), sqlvalue::fromText(documents.guideTitle));
    if (auto done = mark.exec(purpose); !done)
        return done;
    return transaction->commit();
}

Result<void> SearchIndex::removeGuide(const QString& guideKey)
{
    const QString purpose = tr("remove the guide from the search index");
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    SqlStatement documents(m_database,
                           QStringLiteral("DELETE FROM search_document WHERE guide_key = :guide "
                                          "AND kind IN ('question', 'requirement')"));
    documents.bind(QStringLiteral(":guide"), guideKey);
    if (auto done = documents.exec(purpose); !done)
        return done;
    SqlStatement mark(m_database,
                      QStringLiteral("DELETE FROM search_indexed_guide WHERE guide_key = :guide"));
    mark.bind(QStringLiteral(":guide"), guideKey);
    if (auto done = mark.exec(purpose); !done)
        return done;
    return transaction->commit();
}

Result<QList<LibraryEntry>> SearchIndex::guidesToIndex(int builder) const
{
    SqlStatement statement(
        m_database, QStringLiteral("SELECT l.guide_key, l.file_path, l.content_hash, l.snapshot, "
                                   "l.imported_at FROM library_guide l "
                                   "LEFT JOIN search_indexed_guide s ON s.guide_key = l.guide_key "
                                   "WHERE s.guide_key IS NULL OR s.content_hash <> l.content_hash "
                                   "OR s.builder < :builder ORDER BY l.guide_key"));
    statement.bind(QStringLiteral(":builder"), builder);
    if (auto done = statement.exec(tr("read the library")); !done)
        return done.error();
    QList<LibraryEntry> entries;
    while (statement.next()) {
        entries.append(LibraryEntry{statement.value(0).toString(), statement.value(1).toString(),
                                    statement.value(2).toString(), statement.value(3).toByteArray(),
                                    sqlvalue::toTimestamp(statement.value(4))});
    }
    return entries;
}

Result<int> SearchIndex::countMatches(const QString& ftsQuery, int atMost) const
{
    SqlStatement statement(m_database,
                           QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE "
                                          "search_fts MATCH :query LIMIT :most)"));
    statement.bind(QStringLiteral(":query"), ftsQuery).bind(QStringLiteral(":most"), atMost);
    if (auto done = statement.exec(tr("search")); !done)
        return done.error();
    return statement.next() ? statement.value(0).toInt() : 0;
}

Result<QList<SearchHit>> SearchIndex::search(const QString& ftsQuery, int limit, Order order) const
{
    // A note is named by its question, evidence by its requirement: the
    // owner's document, found through the (kind, guide, item) index.
    // ORDER BY rank (bm25 with the weights the migration configures) lets
    // FTS5 sort the matches itself, so the joins, highlight() and snippet()
    // run for the rows LIMIT keeps only; ordering by a bm25() column would
    // run them for every match first (twice the time for a common word).
    SqlStatement statement(
        m_database,
        QStringLiteral(
            "SELECT d.kind, d.guide_key, d.item_key, "
            "highlight(search_fts, 0, :open, :close), "
            "snippet(search_fts, 1, :open, :close, :ellipsis, 16), "
            "coalesce(owner.title, ''), coalesce(g.title, ''), rank "
            "FROM search_fts JOIN search_document d ON d.doc_id = search_fts.rowid "
            "LEFT JOIN search_document owner ON owner.kind = "
            "(CASE d.kind WHEN 'note' THEN 'question' WHEN 'evidence' THEN 'requirement' END) "
            "AND owner.guide_key = d.guide_key AND owner.item_key = d.item_key "
            "LEFT JOIN search_indexed_guide g ON g.guide_key = d.guide_key "
            "WHERE search_fts MATCH :query ORDER BY %1 LIMIT :limit")
            .arg(order == Order::BestFirst ? QStringLiteral("rank")
                                           : QStringLiteral("search_fts.rowid DESC")));
    statement.bind(QStringLiteral(":open"), MatchOpen)
        .bind(QStringLiteral(":close"), MatchClose)
        .bind(QStringLiteral(":ellipsis"), QStringLiteral("…"))
        .bind(QStringLiteral(":query"), ftsQuery)
        .bind(QStringLiteral(":limit"), limit);
    if (auto done = statement.exec(tr("search")); !done)
        return done.error();
    QList<SearchHit> hits;
    while (statement.next()) {
        SearchHit hit;
        hit.kind = kindFrom(statement.value(0).toString());
        hit.guideKey = statement.value(1).toString();
        hit.itemKey = statement.value(2).toString();
        hit.title = withoutMarks(statement.value(3).toString(), &hit.titleMatches);
        if (hit.title.isEmpty()) {
            hit.title = statement.value(5).toString();
            hit.titleMatches.clear();
        }
        hit.snippet = withoutMarks(statement.value(4).toString(), &hit.snippetMatches);
        hit.guideTitle = statement.value(6).toString();
        // A note kept for a guide taken out of the library has no question
        // or guide left to be named by: the keys name them.
        if (hit.title.isEmpty())
            hit.title = hit.itemKey;
        if (hit.guideTitle.isEmpty())
            hit.guideTitle = hit.guideKey;
        hit.score = -statement.value(7).toDouble();
        hits.append(hit);
    }
    return hits;
}

Result<bool> SearchIndex::holdsGuides(const QStringList& guideKeys, int builder) const
{
    SqlStatement statement(
        m_database,
        QStringLiteral("SELECT count(*) FROM search_indexed_guide s JOIN library_guide l "
                       "ON l.guide_key = s.guide_key AND l.content_hash = s.content_hash "
                       "WHERE s.builder >= :builder AND s.guide_key IN "
                       "(SELECT value FROM json_each(:guides))"));
    statement.bind(QStringLiteral(":builder"), builder)
        .bind(QStringLiteral(":guides"), keyList(guideKeys));
    if (auto done = statement.exec(tr("search")); !done)
        return done.error();
    const int held = statement.next() ? statement.value(0).toInt() : 0;
    return held == QSet<QString>(guideKeys.cbegin(), guideKeys.cend()).size();
}

Result<QList<std::pair<SearchKind, QString>>>
SearchIndex::matchingQuestions(const QString& ftsQuery, const QStringList& guideKeys) const
{
    // Nothing is ranked or quoted: the filter wants every match, and
    // ranks them itself by where they were found. The guides' documents come
    // from the (kind, guide, item) index, and the matches are a set of
    // rowids: a ten times quicker plan for a common prefix than joining
    // every match in the library to its document (30 ms on 10,000 questions).
    SqlStatement statement(
        m_database, QStringLiteral("SELECT d.kind, d.item_key FROM search_document d "
                                   "WHERE d.kind IN ('question', 'note') "
                                   "AND d.guide_key IN (SELECT value FROM json_each(:guides)) "
                                   "AND d.doc_id IN (SELECT rowid FROM search_fts "
                                   "WHERE search_fts MATCH :query)"));
    statement.bind(QStringLiteral(":query"), ftsQuery)
        .bind(QStringLiteral(":guides"), keyList(guideKeys));
    if (auto done = statement.exec(tr("search")); !done)
        return done.error();
    QList<std::pair<SearchKind, QString>> found;
    while (statement.next())
        found.append({kindFrom(statement.value(0).toString()), statement.value(1).toString()});
    return found;
}

Result<void> SearchIndex::checkIntegrity() const
{
    SqlStatement statement(
        m_database,
        // rank 1: also against the documents, not only the index's own
        // structure.
        QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)"));
    if (auto done = statement.exec(tr("check the search index")); !done) {
        if (done.error().kind == ErrorKind::ReadOnly || done.error().kind == ErrorKind::Locked)
            return done;
        return makeError(ErrorKind::Corrupt,
                         tr("The search index does not match the data it indexes "
                            "(%1). Your data itself is not affected.")
                             .arg(statement.sqliteMessage()));
    }
    return {};
}

} // namespace ip
