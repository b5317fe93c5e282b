#include "content/BlockSource.h"

#include "content/MarkdownTree.h"

#include <QRegularExpression>
#include <cmark-gfm.h>

namespace ip {

using namespace markdown;

namespace {

// The list marker, a task box and the bold label with its colon at the start
// of a block's first line: what remains is the label's text.
const QRegularExpression& leadingLabelPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(?:[-*+]|\\d{1,9}[.)])\\s+)?(?:\\[[ "
                       "xX]\\]\\s+)?(\\*\\*|__)(.+?)\\1\\s*:?[ \\t]*"));
    return pattern;
}

int indentationOf(const QString& line)
{
    int count = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++count;
        else if (c == u'\t')
            count += 4;
        else
            break;
    }
    return count;
}

// Removes the indentation all non-blank lines share (list nesting), and blank
// lines at both ends.
QString dedented(QStringList lines)
{
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    int common = -1;
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const int indent = indentationOf(line);
        common = common < 0 ? indent : std::min(common, indent);
    }
    if (common > 0) {
        for (QString& line : lines) {
            QString expanded = line;
            expanded.replace(u'\t', QStringLiteral("    "));
            line = expanded.mid(std::min<qsizetype>(common, indentationOf(expanded)));
        }
    }
    return lines.join(u'\n');
}

} // namespace

BlockSource::BlockSource(const QStringList& lines) : m_lines(lines) {}

QString BlockSource::joined(const QStringList& pieces)
{
    QStringList kept;
    for (const QString& piece : pieces) {
        if (!piece.trimmed().isEmpty())
            kept << piece;
    }
    return kept.join(QStringLiteral("\n\n"));
}

QString BlockSource::lines(int first, int last) const
{
    QStringList slice;
    for (int line = std::max(first, 1); line <= last && line <= m_lines.size(); ++line)
        slice << m_lines.at(line - 1);
    return dedented(slice);
}

int BlockSource::lastContentLine(cmark_node* block) const
{
    // cmark counts the blank line that ends a list as part of it.
    int last = endLine(block);
    while (last > startLine(block) && last <= m_lines.size() &&
           m_lines.at(last - 1).trimmed().isEmpty())
        --last;
    return last;
}

QString BlockSource::of(cmark_node* block) const
{
    return lines(startLine(block), endLine(block));
}

QString BlockSource::afterLabel(cmark_node* block) const
{
    const int first = startLine(block);
    const int last = endLine(block);
    if (first < 1 || first > m_lines.size())
        return {};
    const QString firstLine = m_lines.at(first - 1);
    const QRegularExpressionMatch match = leadingLabelPattern().match(firstLine);
    QString remainder;
    if (match.hasMatch()) {
        remainder = firstLine.mid(match.capturedEnd()).trimmed();
    } else {
        // The label runs over more than one line: fall back to the text the
        // parser saw, which loses inline markup but keeps the words.
        cmark_node* paragraph = isParagraph(block) ? block : cmark_node_first_child(block);
        const BoldLabel label = leadingBoldLabel(paragraph);
        remainder = plainText(paragraph).mid(label.label.size()).trimmed();
        if (remainder.startsWith(u':'))
            remainder = remainder.mid(1).trimmed();
        if (cmark_node_next(paragraph))
            return joined({remainder, lines(endLine(paragraph) + 1, last)});
        return remainder;
    }
    const QString rest = lines(first + 1, last);
    if (remainder.isEmpty())
        return rest;
    return rest.isEmpty() ? remainder : remainder + u'\n' + rest;
}

} // namespace ip
