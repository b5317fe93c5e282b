#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep library add FILE... | list [--json] | remove KEY [--data-dir DIR]
// The library of guides by hand (LibraryService): add parses each file and
// stores the ones without errors, list shows what the library holds and
// whether each file is still as it was imported, remove takes a guide out
// and keeps the candidate's work on it.
int runLibraryCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
