#pragma once

#include "model/LibraryEntry.h"
#include "model/SearchDocument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ip {

class Database;

// The guides in the candidate's library, keyed by guide key. Removing a guide
// removes only this entry: notes, progress, stories and practice for its
// questions stay, and reappear when the guide is imported again.
class LibraryRepository {
    Q_DECLARE_TR_FUNCTIONS(LibraryRepository)

public:
    explicit LibraryRepository(Database& database) : m_database(database) {}

    // Adds the guide or replaces the entry with the same key. An invalid
    // importedAt is stamped with the current time.
    Result<void> save(const LibraryEntry& entry);
    // The same, and the guide's questions and requirements into the search
    // index, in one transaction.
    Result<void> save(const LibraryEntry& entry, const GuideSearchDocuments& search);
    // The entry and the guide's questions and requirements in the search
    // index go; the candidate's work on them stays.
    Result<void> remove(const QString& guideKey);

    Result<std::optional<LibraryEntry>> find(const QString& guideKey) const;
    // The entry read from this file with these exact bytes (see
    // GuideLibrary::contentHash), if any: what a start looks up, reading one
    // snapshot rather than every guide's.
    Result<std::optional<LibraryEntry>> findSnapshot(const QString& filePath,
                                                     const QString& contentHash) const;
    // Every entry, by guide key.
    Result<QList<LibraryEntry>> all() const;
    // Every entry's title and counts, by guide key, without the snapshots.
    Result<QList<LibraryListing>> listing() const;

    // Records (or replaces) why a file's guide could not go into the library.
    Result<void> saveProblem(const LibraryProblem& problem);
    // Forgets the file's problem, if any: it read cleanly, or the candidate
    // removed it from the list.
    Result<void> removeProblem(const QString& filePath);
    // Every recorded problem, by file.
    Result<QList<LibraryProblem>> problems() const;

private:
    Database& m_database;
};

} // namespace ip
