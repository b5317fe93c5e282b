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

// Where leadingLabelPattern's match ends in the line, or -1 when it does not
// match: the same steps by hand, since a label is cut from every part and
// STAR item. A line with a character the pattern's "." or "\s" might read
// otherwise than here (line breaks other than LF, vertical tab, form feed) is
// left to the pattern.
qsizetype leadingLabelEnd(QStringView line)
{
    const qsizetype n = line.size();
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u == u'\v' || u == u'\f' || u == u'\r' || u == 0x85 || u == 0x2028 || u == 0x2029) {
            const QRegularExpressionMatch match = leadingLabelPattern().match(line);
            return match.hasMatch() ? match.capturedEnd() : -1;
        }
    }
    const auto isSpace = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n'; };
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype i = 0;
    while (i < n && isSpace(line[i]))
        ++i;
    // The list marker, kept only when white space follows it.
    qsizetype afterMarker = -1;
    if (i < n && (line[i] == u'-' || line[i] == u'*' || line[i] == u'+')) {
        afterMarker = i + 1;
    } else {
        qsizetype digits = i;
        while (digits < n && isDigit(line[digits]))
            ++digits;
        if (digits > i && digits - i <= 9 && digits < n &&
            (line[digits] == u'.' || line[digits] == u')'))
            afterMarker = digits + 1;
    }
    if (afterMarker >= 0 && afterMarker < n && isSpace(line[afterMarker])) {
        i = afterMarker;
        while (i < n && isSpace(line[i]))
            ++i;
    }
    // The task box, likewise.
    if (i + 3 < n && line[i] == u'[' &&
        (line[i + 1] == u' ' || line[i + 1] == u'x' || line[i + 1] == u'X') &&
        line[i + 2] == u']' && isSpace(line[i + 3])) {
        i += 3;
        while (i < n && isSpace(line[i]))
            ++i;
    }
    if (i + 1 >= n || line[i] != line[i + 1] || (line[i] != u'*' && line[i] != u'_'))
        return -1;
    const QStringView delimiter = line.mid(i, 2);
    // The shortest label: the first closing delimiter after one character.
    const qsizetype close = line.indexOf(delimiter, i + 3);
    if (close < 0)
        return -1;
    i = close + 2;
    while (i < n && isSpace(line[i]))
        ++i;
    if (i < n && line[i] == u':')
        ++i;
    while (i < n && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return i;
}

int indentationOf(QStringView line)
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

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

} // namespace

BlockSource::BlockSource(const SourceLines& lines) : m_lines(lines) {}

QString BlockSource::joined(const QStringList& pieces)
{
    // Sized first, so a part of many blocks is copied once, not regrown.
    qsizetype kept = 0;
    qsizetype size = 0;
    const QString* only = nullptr;
    for (const QString& piece : pieces) {
        if (isBlank(piece))
            continue;
        ++kept;
        size += piece.size();
        only = &piece;
    }
    if (kept <= 1)
        return only ? *only : QString();
    QString text;
    text.reserve(size + 2 * (kept - 1));
    for (const QString& piece : pieces) {
        if (isBlank(piece))
            continue;
        if (!text.isEmpty())
            text += QLatin1String("\n\n");
        text += piece;
    }
    return text;
}

// Without the blank lines at both ends, and without the indentation all
// non-blank lines share (list nesting). When lines are dedented, their tabs
// count four columns and become four spaces.
QString BlockSource::lines(int first, int last) const
{
    qsizetype from = std::max(first, 1) - 1;
    qsizetype to = std::min<qsizetype>(last, m_lines.count()) - 1;
    while (from <= to && isBlank(m_lines.at(from)))
        ++from;
    while (to >= from && isBlank(m_lines.at(to)))
        --to;
    if (from > to)
        return {};
    int common = -1;
    for (qsizetype index = from; index <= to; ++index) {
        const QStringView line = m_lines.at(index);
        if (isBlank(line))
            continue;
        const int indent = indentationOf(line);
        common = common < 0 ? indent : std::min(common, indent);
    }
    // Nothing to dedent: the lines are one piece of the text as it stands.
    const qsizetype start = m_lines.startOf(from);
    if (common <= 0)
        return m_lines.text().mid(start, m_lines.endOf(to) - start);
    QString text;
    text.reserve(m_lines.endOf(to) - start);
    for (qsizetype index = from; index <= to; ++index) {
        if (index > from)
            text += u'\n';
        const QStringView line = m_lines.at(index);
        if (line.contains(u'\t')) {
            QString expanded = line.toString();
            expanded.replace(u'\t', QStringLiteral("    "));
            text += QStringView(expanded).mid(std::min(common, indentationOf(expanded)));
        } else {
            text += line.mid(std::min(common, indentationOf(line)));
        }
    }
    return text;
}

int BlockSource::lastContentLine(cmark_node* block) const
{
    // cmark counts the blank line that ends a list as part of it.
    int last = endLine(block);
    while (last > startLine(block) && last <= m_lines.count() && isBlank(m_lines.at(last - 1)))
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
    if (first < 1 || first > m_lines.count())
        return {};
    const QStringView firstLine = m_lines.at(first - 1);
    const qsizetype labelEnd = leadingLabelEnd(firstLine);
    QString remainder;
    if (labelEnd >= 0) {
        remainder = firstLine.mid(labelEnd).trimmed().toString();
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
