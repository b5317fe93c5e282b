#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ip {

// A guide in the candidate's library. The snapshot is the parser's output for
// the file, stored as it came (JSON) so a start can skip re-parsing files whose
// content hash has not changed; storage never looks inside it.
struct LibraryEntry {
    QString guideKey;
    QString filePath;
    QString contentHash;
    QByteArray snapshot;
    QDateTime importedAt; // UTC

    friend bool operator==(const LibraryEntry&, const LibraryEntry&) = default;
};

} // namespace ip
