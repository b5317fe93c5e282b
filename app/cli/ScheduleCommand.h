#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// `interview-prep schedule [--json] [--guide KEY] [--at TIME] [--data-dir DIR]`:
// every question of a guide with its FSRS-6 state, and the readiness for the
// interview date when one is set.
// `interview-prep schedule --interview-date YYYY-MM-DD|none [--guide KEY]`:
// sets or clears that date.
int runScheduleCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
