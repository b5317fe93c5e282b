#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

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

// What the library lists of an entry, without its snapshot: read from
// columns kept beside it, so listing a large library decodes no guide.
struct LibraryListing {
    LibraryEntry entry; // its snapshot left empty
    QString title;
    int questions = 0;
    int requirements = 0;
    // The snapshot is a guide's JSON; one that is not is listed as a problem.
    bool readable = false;
};

// A guide file the library was asked to hold but whose guide has errors:
// kept apart from the snapshots, with the parser's reasons, so the library
// can list it and the candidate can open what could be read.
struct LibraryProblem {
    QString filePath;
    QString title;           // what could be read, else the file's name
    QStringList diagnostics; // "Line 12: …", one per problem
    QDateTime triedAt;       // UTC
    // Set when the problem is a stored guide whose snapshot no longer reads.
    QString guideKey;

    friend bool operator==(const LibraryProblem&, const LibraryProblem&) = default;
};

} // namespace ip
