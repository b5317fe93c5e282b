#pragma once

#include "content/SourceLines.h"

#include <QStringList>

struct cmark_node;

namespace ip {

// The Markdown source of parsed blocks, cut from the guide's own lines so a
// part keeps exactly what its author wrote (cmark gives line numbers; its
// rendering would lose the author's formatting). Nested content is dedented.
class BlockSource {
public:
    explicit BlockSource(const SourceLines& lines);

    QString of(cmark_node* block) const;
    // The block without its list marker and leading bold label ("**Answer**:").
    QString afterLabel(cmark_node* block) const;
    // cmark counts the blank line that ends a list as part of it; this does not.
    int lastContentLine(cmark_node* block) const;
    // Lines first..last (1-based, inclusive), dedented, blank ends trimmed.
    QString lines(int first, int last) const;

    // Pieces of Markdown as separate blocks, empty ones left out.
    static QString joined(const QStringList& pieces);

private:
    const SourceLines& m_lines;
};

} // namespace ip
