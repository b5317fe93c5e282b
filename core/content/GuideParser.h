#pragma once

#include "model/Guide.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ip {

// Turns a guide file (FORMAT.md) into a Guide. Never throws and never fails
// outright: whatever cannot be read becomes a diagnostic, and the guide holds
// what could be recovered. Safe on hostile input: size, encoding and the
// structures that make cmark-gfm super-linear are checked before parsing.
class GuideParser {
    Q_DECLARE_TR_FUNCTIONS(GuideParser)

public:
    // Bumped whenever a change would parse the same file differently, so
    // snapshots made by an older parser are not reused.
    static constexpr int Version = 1;

    // fileName names the guide in diagnostics and is the last fallback title.
    static Guide parse(const QByteArray& bytes, const QString& fileName);

    // Reads the file first; a missing or unreadable file is an error diagnostic.
    static Guide parseFile(const QString& path);
};

} // namespace ip
