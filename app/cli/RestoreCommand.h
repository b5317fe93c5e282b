#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep restore FILE [--data-dir DIR]
int runRestoreCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
