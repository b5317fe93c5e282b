#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep export --format json [--data-dir DIR] [--out FILE]
int runExportCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
