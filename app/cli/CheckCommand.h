#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep check [--json] FILE...
int runCheckCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
