#pragma once

#include "model/Guide.h"

#include <QString>

namespace ip::cli {

// What a guide says, made safe for a terminal: every C0 control but tab and
// newline, DEL and the C1 controls are shown as "\xHH".
QString printable(const QString& text);

// A diagnostic as `check` prints it: "file:line:col: severity: message".
QString diagnosticLine(const Guide& guide, const Diagnostic& diagnostic);

} // namespace ip::cli
