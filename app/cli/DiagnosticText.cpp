#include "cli/DiagnosticText.h"

#include <algorithm>

namespace ip::cli {

// What a guide says is printed to a terminal, where an ESC starts a command
// (colours, moving the cursor, rewriting the title, hiding lines) and a CR
// overwrites what came before: every C0 control but tab and newline, DEL and
// the C1 controls (a lone U+009B is a CSI to some terminals) are shown as
// "\xHH" instead, so the user sees which byte the file holds.
QString printable(const QString& text)
{
    const auto isControl = [](char16_t c) {
        return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString shown;
    shown.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            shown += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

QString diagnosticLine(const Guide& guide, const Diagnostic& diagnostic)
{
    QString where = printable(guide.fileName);
    if (diagnostic.line > 0) {
        where += u':' + QString::number(diagnostic.line);
        where += u':' + QString::number(std::max(diagnostic.column, 1));
    }
    return QStringLiteral("%1: %2: %3")
        .arg(where, Diagnostic::severityName(diagnostic.severity), printable(diagnostic.message));
}

} // namespace ip::cli
