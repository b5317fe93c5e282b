#include "content/MarkdownTree.h"

#include <QVarLengthArray>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace ip {

MarkdownTree::MarkdownTree(QByteArrayView utf8, int blankLines)
{
    cmark_gfm_core_extensions_ensure_registered();
    m_parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, NodeArena::allocator());
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    // cmark reads whole lines from its feed, so giving it the blanked lines
    // and the rest in two pieces is the same as giving it one text.
    qsizetype bodyStart = 0;
    int skipped = 0;
    while (skipped < blankLines) {
        const qsizetype newline = utf8.indexOf('\n', bodyStart);
        if (newline < 0) {
            bodyStart = utf8.size();
            break;
        }
        bodyStart = newline + 1;
        ++skipped;
    }
    if (skipped > 0) {
        const QByteArray blank(skipped, '\n');
        cmark_parser_feed(m_parser, blank.constData(), size_t(blank.size()));
    }
    const QByteArrayView body = utf8.sliced(bodyStart);
    cmark_parser_feed(m_parser, body.data(), size_t(body.size()));
    m_root = cmark_parser_finish(m_parser);
}

MarkdownTree::~MarkdownTree()
{
    if (m_root)
        cmark_node_free(m_root);
    if (m_parser)
        cmark_parser_free(m_parser);
}

namespace markdown {

bool isHeading(cmark_node* node)
{
    return cmark_node_get_type(node) == CMARK_NODE_HEADING;
}

bool isParagraph(cmark_node* node)
{
    return cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH;
}

bool isList(cmark_node* node)
{
    return cmark_node_get_type(node) == CMARK_NODE_LIST;
}

bool isThematicBreak(cmark_node* node)
{
    return cmark_node_get_type(node) == CMARK_NODE_THEMATIC_BREAK;
}

int headingLevel(cmark_node* node)
{
    return cmark_node_get_heading_level(node);
}

int startLine(cmark_node* node)
{
    return cmark_node_get_start_line(node);
}

int endLine(cmark_node* node)
{
    return cmark_node_get_end_line(node);
}

int startColumn(cmark_node* node)
{
    return cmark_node_get_start_column(node);
}

static void appendPlainText(cmark_node* node, QString& out)
{
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += QString::fromUtf8(cmark_node_get_literal(child));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        case CMARK_NODE_HTML_INLINE:
            break;
        default:
            appendPlainText(child, out);
            break;
        }
    }
}

// The same walk as appendPlainText, collecting cmark's UTF-8 as it is; false
// as soon as a byte is not ASCII, which takes the general way.
using PlainBytes = QVarLengthArray<char, 256>;

static bool appendAsciiPlainText(cmark_node* node, PlainBytes& out)
{
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            for (const char* c = cmark_node_get_literal(child); c && *c; ++c) {
                if (static_cast<unsigned char>(*c) >= 0x80)
                    return false;
                out.append(*c);
            }
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out.append(' ');
            break;
        case CMARK_NODE_HTML_INLINE:
            break;
        default:
            if (!appendAsciiPlainText(child, out))
                return false;
            break;
        }
    }
    return true;
}

// QString::simplified() of ASCII text: runs of white space become one space
// and the ends lose theirs, made in one go instead of a string per text node.
static QString simplifiedAscii(const PlainBytes& bytes)
{
    const auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    qsizetype length = 0;
    bool pendingSpace = false;
    for (const char c : bytes) {
        if (isSpace(c)) {
            pendingSpace = length > 0;
            continue;
        }
        if (pendingSpace)
            out[length++] = u' ';
        pendingSpace = false;
        out[length++] = QLatin1Char(c);
    }
    text.truncate(length);
    return text;
}

QString plainText(cmark_node* node)
{
    // Labels, headings and titles are nearly always plain ASCII.
    if (PlainBytes bytes; appendAsciiPlainText(node, bytes))
        return simplifiedAscii(bytes);
    QString text;
    appendPlainText(node, text);
    return std::move(text).simplified();
}

// Whether the text, its leading white space aside, starts with a colon. The
// usual text after a label starts with the colon or a letter, which the first
// byte tells; anything else is decoded.
static bool startsWithColon(const char* utf8)
{
    const auto first = static_cast<unsigned char>(utf8[0]);
    const bool asciiSpace = first == ' ' || (first >= '\t' && first <= '\r');
    if (first < 0x80 && !asciiSpace)
        return first == ':';
    return QString::fromUtf8(utf8).trimmed().startsWith(u':');
}

BoldLabel leadingBoldLabel(cmark_node* paragraph)
{
    BoldLabel result;
    cmark_node* first = cmark_node_first_child(paragraph);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
        return result;
    QString label = plainText(first);
    if (label.endsWith(u':')) {
        label.chop(1);
        result.colon = true;
    } else if (cmark_node* next = cmark_node_next(first);
               next && cmark_node_get_type(next) == CMARK_NODE_TEXT) {
        result.colon = startsWithColon(cmark_node_get_literal(next));
    }
    result.label = std::move(label).trimmed();
    result.found = !result.label.isEmpty();
    return result;
}

} // namespace markdown
} // namespace ip
