#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// interview-prep export --format json|stories-md|stories-pdf [--data-dir DIR] [--out FILE]
// json: everything the user wrote, the backup document restore reads.
// stories-md, stories-pdf: the STAR stories to read or print (StoryExporter).
int runExportCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
