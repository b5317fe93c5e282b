#include "ui/questions/FoldedText.h"

#include <utility>

namespace ip {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

// Appends the folded form of one code point: its full compatibility
// decomposition, without combining marks, case folded.
void appendFolded(char32_t codePoint, qsizetype from, QString& out, QList<qsizetype>* origin)
{
    const QString decomposed = QChar::decomposition(codePoint);
    if (!decomposed.isEmpty()) {
        // One level at a time: "ǖ" is "ü" and a macron, "ü" is "u" and a diaeresis.
        for (const char32_t part : decomposed.toUcs4())
            appendFolded(part, from, out, origin);
        return;
    }
    const QChar::Category category = QChar::category(codePoint);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
        return;
    const char32_t folded = QChar::toCaseFolded(codePoint);
    if (QChar::requiresSurrogates(folded)) {
        out += QChar(QChar::highSurrogate(folded));
        out += QChar(QChar::lowSurrogate(folded));
        if (origin)
            *origin << from << from;
    } else {
        out += QChar(char16_t(folded));
        if (origin)
            *origin << from;
    }
}

QString fold(QStringView source, QList<qsizetype>* origin)
{
    QString out;
    out.reserve(source.size());
    if (origin)
        origin->reserve(source.size() + 1);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const char16_t c = source.at(i).unicode();
        // The common case by far: guides and notes are mostly ASCII.
        if (c < 0x80) {
            out += QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c);
            if (origin)
                *origin << i;
            continue;
        }
        char32_t codePoint = c;
        const qsizetype from = i;
        if (QChar::isHighSurrogate(c) && i + 1 < source.size() &&
            QChar::isLowSurrogate(source.at(i + 1).unicode()))
            codePoint = QChar::surrogateToUcs4(c, source.at(++i).unicode());
        appendFolded(codePoint, from, out, origin);
    }
    if (origin)
        *origin << source.size();
    return out;
}

} // namespace

QString FoldedText::fold(QStringView source)
{
    return ip::fold(source, nullptr);
}

FoldedText FoldedText::withOrigins(QStringView source)
{
    FoldedText folded;
    folded.text = ip::fold(source, &folded.origin);
    return folded;
}

QString markdownAsPlainLine(QStringView markdown)
{
    QString line;
    line.reserve(markdown.size());
    bool pendingSpace = false;
    bool lineStart = true; // only spaces so far on this source line
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown.at(i);
        if (c.isSpace()) {
            pendingSpace = !line.isEmpty();
            lineStart = lineStart || c == u'\n';
            continue;
        }
        const bool wasLineStart = std::exchange(lineStart, false);
        if (c == u'*' || c == u'`')
            continue;
        // An underscore inside a word is part of it (snake_case); at a word's
        // edge it is emphasis.
        if (c == u'_') {
            const bool inWord = i > 0 && i + 1 < markdown.size() &&
                                isWordCharacter(markdown.at(i - 1)) &&
                                isWordCharacter(markdown.at(i + 1));
            if (!inWord)
                continue;
        }
        // A heading's marks, a list item's or a quote's at the start of a line.
        if (wasLineStart && (c == u'#' || c == u'-' || c == u'+' || c == u'>')) {
            qsizetype end = i;
            while (c == u'#' && end + 1 < markdown.size() && markdown.at(end + 1) == u'#')
                ++end;
            if (end + 1 >= markdown.size() || markdown.at(end + 1).isSpace()) {
                i = end;
                lineStart = true;
                continue;
            }
        }
        if (pendingSpace)
            line += u' ';
        pendingSpace = false;
        line += c;
    }
    return line;
}

} // namespace ip
