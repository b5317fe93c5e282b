#include "services/MarkdownText.h"

#include <QStringList>

namespace ip {

namespace {

// Whether text at i reads as an entity reference: "&name;" or "&#123;".
bool startsEntity(const QString& text, qsizetype i)
{
    qsizetype end = i + 1;
    if (end < text.size() && text.at(end) == u'#')
        ++end;
    const qsizetype nameStart = end;
    while (end < text.size() && end - nameStart < 32 && text.at(end).isLetterOrNumber() &&
           text.at(end).unicode() < 0x80)
        ++end;
    return end > nameStart && end < text.size() && text.at(end) == u';';
}

} // namespace

// A title, a tag or a question label as Markdown that renders as exactly that
// text: "#1 <b>fix</b> *now*" must not become a heading, HTML or emphasis.
// Characters Markdown reads as syntax inside a line are backslash-escaped
// (CommonMark lets any ASCII punctuation be escaped), as is what would open
// a block at the start of a list item ("- # x", "- 1. x", "- + x") or close
// an ATX heading ("# Title #"). A '#' or '!' elsewhere is plain text and is
// left alone so "C#" stays readable in the file. '<' and '>' are written as
// entities rather than escaped, and '&' only where it would start an entity:
// GitHub's autolinks scan the raw line, so a backslash after
// "https://example.com" would become part of the link (a trailing entity is
// left out of it), and "?a=1&b=2" inside one stays as typed. A '*' or '_'
// inside such a link still shows its backslash: a link with those is rare in
// a title, markup that is not is common. The text is one line already.
QString markdownText(const QString& text)
{
    static const QString inlineSyntax = QStringLiteral("\\`*_[]~");
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8 + 2);
    qsizetype closing = text.size(); // where a trailing " ###" run starts
    while (closing > 0 && text.at(closing - 1) == u'#')
        --closing;
    if (closing > 0 && text.at(closing - 1) != u' ')
        closing = text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'<') {
            escaped += QStringLiteral("&lt;");
            continue;
        }
        if (c == u'>') {
            escaped += QStringLiteral("&gt;");
            continue;
        }
        if (c == u'&' && startsEntity(text, i)) {
            escaped += QStringLiteral("&amp;");
            continue;
        }
        if (inlineSyntax.contains(c) || (c == u'#' && (i == 0 || i == closing)) ||
            (i == 0 && (c == u'-' || c == u'+')))
            escaped += u'\\';
        escaped += c;
    }
    // "12. " or "3) " would start an ordered list inside a list item.
    qsizetype digits = 0;
    while (digits < escaped.size() && digits < 10 && escaped.at(digits) >= u'0' &&
           escaped.at(digits) <= u'9')
        ++digits;
    if (digits > 0 && digits < escaped.size() &&
        (escaped.at(digits) == u'.' || escaped.at(digits) == u')'))
        escaped.insert(digits, u'\\');
    return escaped;
}
QString markdownPlainText(const QString& text)
{
    QStringList paragraphs;
    QStringList lines;
    auto endParagraph = [&] {
        if (!lines.isEmpty())
            paragraphs << lines.join(QStringLiteral("\\\n"));
        lines.clear();
    };
    for (const QString& line : text.split(u'\n')) {
        QString content = line;
        content.remove(u'\r');
        qsizetype indent = 0;
        while (indent < content.size() &&
               (content.at(indent) == u' ' || content.at(indent) == u'\t'))
            ++indent;
        content = content.mid(indent).trimmed();
        if (content.isEmpty()) {
            endParagraph();
            continue;
        }
        QString escaped = markdownText(content);
        // "===" under a line would make it a heading; '-' is escaped already.
        if (escaped.startsWith(u'='))
            escaped.prepend(u'\\');
        lines << QStringLiteral("&nbsp;").repeated(indent) + escaped;
    }
    endParagraph();
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace ip
