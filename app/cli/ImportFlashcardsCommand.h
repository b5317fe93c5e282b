#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep import-flashcards FILE --out GUIDE.md [--title TITLE] [--force]
// An Anki text export or a spreadsheet's CSV/TSV made a guide file
// (FlashcardImporter). An existing GUIDE.md is replaced only with --force;
// a missing or broken FILE writes nothing. Touches no data folder.
int runImportFlashcardsCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
