#pragma once

#include <QString>

namespace ip {

// A finding about a guide file. Warnings mean something was recovered; errors
// mean nothing usable came out of that part (or of the whole file).
struct Diagnostic {
    enum class Severity { Warning, Error };

    Severity severity = Severity::Warning;
    int line = 0;   // 1-based; 0 when the finding concerns the whole file
    int column = 0; // 1-based; 0 when unknown
    QString message;

    bool isError() const { return severity == Severity::Error; }
    static QString severityName(Severity severity)
    {
        return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
};

} // namespace ip
