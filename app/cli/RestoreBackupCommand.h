#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep restore-backup FILE|latest [--data-dir DIR]
int runRestoreBackupCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
