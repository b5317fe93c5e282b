#pragma once

#include "content/SourceLines.h"
#include "model/Diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ip {

// The text of a guide file after the checks every later step relies on: it is
// UTF-8, it is text, it is not too large, and its line endings are LF. Line
// numbers in diagnostics refer to the file as the author sees it.
class GuideSource {
    Q_DECLARE_TR_FUNCTIONS(GuideSource)

public:
    // Guides are tens of kilobytes; a megabyte is far beyond any real one and
    // keeps every later step (all linear) well under a second.
    static constexpr qsizetype MaxBytes = 1024 * 1024;

    static GuideSource fromBytes(const QByteArray& bytes);

    bool isUsable() const { return m_usable; }
    const QString& text() const { return m_lines.text(); }
    const SourceLines& lines() const { return m_lines; }
    // The same text in UTF-8 (byte order mark gone, LF line endings), which is
    // what cmark reads: kept so it is not converted back from text().
    const QByteArray& utf8() const { return m_utf8; }
    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }

private:
    bool m_usable = false;
    QByteArray m_utf8;
    SourceLines m_lines;
    QList<Diagnostic> m_diagnostics;
};

// Structures no real guide has but which make cmark-gfm 0.29 super-linear in
// time or memory (a table with thousands of columns, containers nested
// thousands deep). Reported as errors so the parser never hands them to cmark.
class HostileStructureCheck {
public:
    static constexpr int MaxTableColumns = 64;
    static constexpr int MaxNestingDepth = 32;

    static QList<Diagnostic> run(const SourceLines& lines);
};

} // namespace ip
