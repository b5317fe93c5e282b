#pragma once

#include "content/SourceLines.h"
#include "model/Diagnostic.h"
#include "model/Guide.h"

#include <QCoreApplication>

namespace ip {

// Reads the YAML block between the first line "---" and the next "---" (or
// "...") into GuideMetadata. Never throws: every yaml-cpp exception becomes an
// error diagnostic with the file line it points at.
class FrontMatter {
    Q_DECLARE_TR_FUNCTIONS(FrontMatter)

public:
    // Front matter larger than this is not a guide's metadata.
    static constexpr qsizetype MaxBytes = 64 * 1024;
    // Beyond this many nodes (aliases can multiply a small text) we stop.
    static constexpr int MaxNodes = 10000;
    static constexpr int MaxDepth = 16;

    struct Block {
        bool present = false;
        bool closed = false;
        int firstLine = 0; // the opening "---", 1-based
        int lastLine = 0;  // the closing "---"
        QString yaml;
    };

    // Finds the block; lines are the file's lines.
    static Block locate(const SourceLines& lines);

    static GuideMetadata read(const Block& block, QList<Diagnostic>& diagnostics);
};

} // namespace ip
