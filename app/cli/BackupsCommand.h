#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep backups [--json] [--data-dir DIR]
int runBackupsCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
