#include "storage/LibraryRepository.h"

#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <array>

namespace ip {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT guide_key, file_path, content_hash, snapshot, imported_at FROM library_guide ");

// Migration 7's expressions, for one guide.
const std::array<QString, 2> ListingUpdates = {
    QStringLiteral("UPDATE library_guide SET readable = CASE WHEN "
                   "json_valid(CAST(snapshot AS TEXT)) THEN "
                   "json_type(CAST(snapshot AS TEXT)) = 'object' AND "
                   "coalesce(json_extract(CAST(snapshot AS TEXT), '$.key'), '') <> '' "
                   "ELSE 0 END WHERE guide_key = :guide"),
    QStringLiteral("UPDATE library_guide SET "
                   "title = coalesce(json_extract(CAST(snapshot AS TEXT), '$.title'), ''), "
                   "question_count = "
                   "coalesce(json_array_length(CAST(snapshot AS TEXT), '$.questions'), 0), "
                   "requirement_count = (SELECT count(*) FROM "
                   "json_each(CAST(library_guide.snapshot AS TEXT), '$.requirementGroups') "
                   "AS grp, json_each(grp.value, '$.items')) "
                   "WHERE guide_key = :guide AND readable")};

LibraryEntry entryFromRow(const SqlStatement& row)
{
    return LibraryEntry{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                        row.value(3).toByteArray(), sqlvalue::toTimestamp(row.value(4))};
}

} // namespace

Result<void> LibraryRepository::save(const LibraryEntry& entry)
{
    const QString purpose = tr("add the guide to the library");
    if (auto valid = requireKeys({entry.guideKey}, purpose); !valid)
        return valid;
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO library_guide (guide_key, file_path, "
                                          "content_hash, snapshot, imported_at) "
                                          "VALUES (:guide, :path, :hash, :snapshot, :imported) "
                                          "ON CONFLICT (guide_key) DO UPDATE SET "
                                          "file_path = excluded.file_path, "
                                          "content_hash = excluded.content_hash, "
                                          "snapshot = excluded.snapshot, "
                                          "imported_at = excluded.imported_at"));
    const QDateTime importedAt = entry.importedAt.isValid() ? entry.importedAt : sqlvalue::now();
    // A null QByteArray would bind as NULL and break NOT NULL; an empty
    // snapshot is still a value.
    const QByteArray snapshot = entry.snapshot.isNull() ? QByteArray("") : entry.snapshot;
    statement.bind(QStringLiteral(":guide"), entry.guideKey)
        .bind(QStringLiteral(":path"), sqlvalue::fromText(entry.filePath))
        .bind(QStringLiteral(":hash"), sqlvalue::fromText(entry.contentHash))
        .bind(QStringLiteral(":snapshot"), snapshot)
        .bind(QStringLiteral(":imported"), sqlvalue::fromTimestamp(importedAt));
    if (auto done = statement.exec(purpose); !done)
        return done;
    // What the library lists, read from the snapshot just written (the
    // expressions of migration 7); a millisecond or two for a large guide.
    // Whether it reads is set first: the counts are read only when it does.
    for (const QString& update : ListingUpdates) {
        SqlStatement listing(m_database, update);
        listing.bind(QStringLiteral(":guide"), entry.guideKey);
        if (auto done = listing.exec(purpose); !done)
            return done;
    }
    return transaction->commit();
}

Result<void> LibraryRepository::save(const LibraryEntry& entry, const GuideSearchDocuments& search)
{
    auto transaction = Transaction::begin(m_database, tr("add the guide to the library"));
    if (!transaction)
        return transaction.error();
    if (auto saved = save(entry); !saved)
        return saved;
    // The file reads cleanly now (opened in the window after a fix): it is
    // no longer one that could not be read.
    if (auto cleared = removeProblem(entry.filePath); !cleared)
        return cleared;
    if (auto indexed =
            SearchIndex(m_database).replaceGuide(entry.guideKey, entry.contentHash, search);
        !indexed)
        return indexed;
    return transaction->commit();
}

Result<void> LibraryRepository::remove(const QString& guideKey)
{
    const QString purpose = tr("remove the guide from the library");
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    SqlStatement statement(m_database,
                           QStringLiteral("DELETE FROM library_guide WHERE guide_key = :guide"));
    statement.bind(QStringLiteral(":guide"), guideKey);
    if (auto done = statement.exec(purpose); !done)
        return done;
    if (auto unindexed = SearchIndex(m_database).removeGuide(guideKey); !unindexed)
        return unindexed;
    return transaction->commit();
}

Result<std::optional<LibraryEntry>> LibraryRepository::find(const QString& guideKey) const
{
    SqlStatement statement(m_database, SelectColumns + QStringLiteral("WHERE guide_key = :guide"));
    statement.bind(QStringLiteral(":guide"), guideKey);
    if (auto done = statement.exec(tr("read the library")); !done)
        return done.error();
    if (!statement.next())
        return std::optional<LibraryEntry>{};
    return std::optional<LibraryEntry>{entryFromRow(statement)};
}

Result<std::optional<LibraryEntry>>
LibraryRepository::findSnapshot(const QString& filePath, const QString& contentHash) const
{
    SqlStatement statement(m_database,
                           SelectColumns + QStringLiteral("WHERE file_path = :path AND "
                                                          "content_hash = :hash LIMIT 1"));
    statement.bind(QStringLiteral(":path"), sqlvalue::fromText(filePath))
        .bind(QStringLiteral(":hash"), sqlvalue::fromText(contentHash));
    if (auto done = statement.exec(tr("read the library")); !done)
        return done.error();
    if (!statement.next())
        return std::optional<LibraryEntry>{};
    return std::optional<LibraryEntry>{entryFromRow(statement)};
}

Result<QList<LibraryEntry>> LibraryRepository::all() const
{
    SqlStatement statement(m_database, SelectColumns + QStringLiteral("ORDER BY guide_key"));
    if (auto done = statement.exec(tr("read the library")); !done)
        return done.error();
    QList<LibraryEntry> entries;
    while (statement.next())
        entries.append(entryFromRow(statement));
    return entries;
}

Result<QList<LibraryListing>> LibraryRepository::listing() const
{
    SqlStatement statement(m_database,
                           QStringLiteral("SELECT guide_key, file_path, content_hash, imported_at, "
                                          "title, question_count, requirement_count, readable "
                                          "FROM library_guide ORDER BY guide_key"));
    if (auto done = statement.exec(tr("read the library")); !done)
        return done.error();
    QList<LibraryListing> listing;
    while (statement.next()) {
        LibraryListing row;
        row.entry = LibraryEntry{statement.value(0).toString(), statement.value(1).toString(),
                                 statement.value(2).toString(), QByteArray(),
                                 sqlvalue::toTimestamp(statement.value(3))};
        row.title = statement.value(4).toString();
        row.questions = statement.value(5).toInt();
        row.requirements = statement.value(6).toInt();
        row.readable = statement.value(7).toBool();
        listing.append(row);
    }
    return listing;
}

Result<void> LibraryRepository::saveProblem(const LibraryProblem& problem)
{
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO library_problem (file_path, title, "
                                          "diagnostics, tried_at) "
                                          "VALUES (:path, :title, :diagnostics, :tried) "
                                          "ON CONFLICT (file_path) DO UPDATE SET "
                                          "title = excluded.title, "
                                          "diagnostics = excluded.diagnostics, "
                                          "tried_at = excluded.tried_at"));
    const QDateTime triedAt = problem.triedAt.isValid() ? problem.triedAt : sqlvalue::now();
    statement.bind(QStringLiteral(":path"), sqlvalue::fromText(problem.filePath))
        .bind(QStringLiteral(":title"), sqlvalue::fromText(problem.title))
        .bind(QStringLiteral(":diagnostics"), sqlvalue::fromText(problem.diagnostics.join(u'\n')))
        .bind(QStringLiteral(":tried"), sqlvalue::fromTimestamp(triedAt));
    return statement.exec(tr("record the guide that could not be read"));
}

Result<void> LibraryRepository::removeProblem(const QString& filePath)
{
    SqlStatement statement(m_database,
                           QStringLiteral("DELETE FROM library_problem WHERE file_path = :path"));
    statement.bind(QStringLiteral(":path"), sqlvalue::fromText(filePath));
    return statement.exec(tr("forget the guide that could not be read"));
}

Result<QList<LibraryProblem>> LibraryRepository::problems() const
{
    SqlStatement statement(m_database,
                           QStringLiteral("SELECT file_path, title, diagnostics, tried_at FROM "
                                          "library_problem ORDER BY file_path"));
    if (auto done = statement.exec(tr("read the library")); !done)
        return done.error();
    QList<LibraryProblem> problems;
    while (statement.next()) {
        const QString diagnostics = statement.value(2).toString();
        problems.append(
            LibraryProblem{statement.value(0).toString(), statement.value(1).toString(),
                           diagnostics.isEmpty() ? QStringList() : diagnostics.split(u'\n'),
                           sqlvalue::toTimestamp(statement.value(3)), QString()});
    }
    return problems;
}

} // namespace ip
