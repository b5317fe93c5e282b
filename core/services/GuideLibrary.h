#pragma once

#include "model/Guide.h"
#include "model/LibraryEntry.h"
#include "model/SearchDocument.h"

#include <functional>
#include <optional>

namespace ip {

class LibraryRepository;

// Opens guides for study. A guide whose bytes are unchanged since the last
// start comes from the parsed snapshot kept in the library, so a start does
// not parse it again; a new or changed guide is parsed in a time- and
// memory-limited worker process (GuideParseWorker) and, when it has no
// errors, recorded in the library with its questions and requirements for
// search.
class GuideLibrary {
public:
    // Keeps a new snapshot; by default it is saved in the library at once.
    using Remember = std::function<void(const LibraryEntry&, const GuideSearchDocuments&)>;

    // library may be null (no database): then every open parses.
    explicit GuideLibrary(LibraryRepository* library, Remember remember = {})
        : m_library(library), m_remember(std::move(remember))
    {
    }

    // path is where the guide came from (a file or a resource path).
    Guide open(const QByteArray& bytes, const QString& path) const;

    // Reads the file, then as open(); a missing file gives a guide with an
    // error diagnostic.
    Guide openFile(const QString& path) const;

    // The guide a library snapshot holds, or nothing when it no longer reads
    // as one (damaged, or written by something else).
    static std::optional<Guide> fromSnapshot(const LibraryEntry& entry);

    // Identifies the bytes, and the parser version and language that read them.
    static QString contentHash(const QByteArray& bytes);

private:
    LibraryRepository* m_library;
    Remember m_remember;
};

} // namespace ip
