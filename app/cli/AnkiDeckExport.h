#pragma once

#include "util/Result.h"

#include <QString>

namespace ip::cli {

// `export --format anki-tsv`: the deck AnkiDeckWriter makes of one guide
// (--guide KEY: an included guide or one in the library) or of every guide
// in the library, with the notes in the data folder.
struct AnkiDeckExport {
    QString text;
    int questions = 0;
    int guides = 0;
};

// deckName empty: AnkiDeckWriter::defaultDeckName. An unknown key, an empty
// library or a folder without data is an error; nothing is written here.
Result<AnkiDeckExport> ankiDeckExport(const QString& dataDirectory, const QString& guideKey,
                                      const QString& deckName);

} // namespace ip::cli
