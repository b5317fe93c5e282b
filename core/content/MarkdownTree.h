#pragma once

#include "content/NodeArena.h"

#include <QByteArrayView>
#include <QString>
#include <memory>

struct cmark_node;
struct cmark_parser;

namespace ip {

// A cmark-gfm document with the GitHub extensions (tables, strikethrough,
// autolinks, task lists) and source positions. Owns the parser and the tree,
// whose memory is an arena's (see NodeArena: trees are local objects, used
// while they are the newest on their thread).
class MarkdownTree {
public:
    // The first blankLines lines of utf8 reach cmark as empty lines, so a
    // guide's front matter is left out while cmark's line numbers still match
    // the file, without copying the rest of the text.
    explicit MarkdownTree(QByteArrayView utf8, int blankLines = 0);
    ~MarkdownTree();
    MarkdownTree(const MarkdownTree&) = delete;
    MarkdownTree& operator=(const MarkdownTree&) = delete;

    cmark_node* root() const { return m_root; }
    cmark_parser* parser() const { return m_parser; }

private:
    NodeArena m_arena; // first, so it outlives the parser and the tree
    cmark_parser* m_parser = nullptr;
    cmark_node* m_root = nullptr;
};

// Small readers over cmark nodes, so the parser reads as intent.
namespace markdown {

bool isHeading(cmark_node* node);
bool isParagraph(cmark_node* node);
bool isList(cmark_node* node);
bool isThematicBreak(cmark_node* node);
int headingLevel(cmark_node* node);
int startLine(cmark_node* node);
int endLine(cmark_node* node);
int startColumn(cmark_node* node);

// The visible text of a node's inlines, markup removed, breaks as spaces.
QString plainText(cmark_node* node);

// A block that starts with a bold label: "**Answer**: ...", "**Answer:** ...".
struct BoldLabel {
    bool found = false;
    QString label;      // without the colon
    bool colon = false; // a colon followed the label (inside or outside the bold)
};

// The bold label that opens this paragraph, if it does.
BoldLabel leadingBoldLabel(cmark_node* paragraph);

} // namespace markdown
} // namespace ip
