#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep export
//     --format json|stories-md|stories-pdf|study-md|study-pdf|anki-tsv
//     [--guide KEY] [--deck NAME] [--data-dir DIR] [--out FILE|DIR]
// json: everything the user wrote, the backup document restore reads.
// stories-md, stories-pdf: the STAR stories to read or print (StoryExporter).
// study-md, study-pdf: a guide with the user's work on it (StudySheet); with
// several guides in the library and no --guide, study-md writes a folder of
// KEY.md files and study-pdf one PDF, each guide from a new page.
// anki-tsv: a guide, or every guide in the library, as a deck for Anki
// (AnkiDeckWriter).
int runExportCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
