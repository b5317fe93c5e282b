#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep search [--json] [--limit N] [--data-dir DIR] QUERY...
// Searches the library's questions and requirements and the candidate's
// notes, evidence and stories (SearchService), best first. The words of the
// query may come as one argument or several.
int runSearchCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
