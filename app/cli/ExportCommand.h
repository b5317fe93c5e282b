#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep export --format json|stories-md|stories-pdf|anki-tsv [--data-dir DIR]
//                       [--out FILE] [--guide KEY] [--deck NAME]
// json: everything the user wrote, the backup document restore reads.
// stories-md, stories-pdf: the STAR stories to read or print (StoryExporter).
// anki-tsv: a guide, or every guide in the library, as a deck for Anki
// (AnkiDeckWriter).
int runExportCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
