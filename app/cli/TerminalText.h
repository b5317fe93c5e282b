#pragma once

#include <QString>

namespace ip::cli {

// What a guide says is printed to a terminal, where an ESC starts a command
// (colours, moving the cursor, rewriting the title, hiding lines) and a CR
// overwrites what came before: every C0 control but tab and newline, DEL and
// the C1 controls (a lone U+009B is a CSI to some terminals) are shown as
// "\xHH" instead, so the user sees which byte the file holds.
QString printable(const QString& text);

} // namespace ip::cli
