#pragma once

#include "cli/CommandLine.h"

namespace ip::cli {

// `interview-prep review QUESTION-KEY GRADE [--guide KEY] [--at TIME]
// [--seconds N] [--data-dir DIR]`: records one practice grade, as the
// Practice screen does, and prints when the question comes back.
int runReviewCommand(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
