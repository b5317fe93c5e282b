#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep doctor [--data-dir DIR]
int runDoctorCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
