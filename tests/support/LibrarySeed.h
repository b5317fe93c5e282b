#pragma once

// A data folder whose library already holds guides, as if the window had
// opened them: for the commands that work on the library.

#include "content/GuideJson.h"
#include "model/Guide.h"
#include "model/LibraryEntry.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"

#include <QJsonDocument>

namespace ip::test {

inline QByteArray snapshotOf(const Guide& guide)
{
    return QJsonDocument(GuideJson::toJson(guide)).toJson();
}

// snapshot may be anything, to stand for one that no longer reads.
inline LibraryEntry libraryEntry(const QString& key, const QByteArray& snapshot)
{
    LibraryEntry entry;
    entry.guideKey = key;
    entry.filePath = key + QStringLiteral(".md");
    entry.contentHash = QStringLiteral("test");
    entry.snapshot = snapshot;
    return entry;
}

// Stores the entries (without search documents: the search indexes them
// from their snapshots, as it does for a library older than search).
inline bool seedLibrary(const QString& folder, const QList<LibraryEntry>& entries)
{
    auto database = Database::open(folder);
    if (!database)
        return false;
    for (const LibraryEntry& entry : entries) {
        if (!LibraryRepository(**database).save(entry).ok())
            return false;
    }
    return true;
}

} // namespace ip::test
