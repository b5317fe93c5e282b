#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep backup [--data-dir DIR]
int runBackupCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
