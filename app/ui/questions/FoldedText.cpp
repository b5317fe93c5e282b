#include "ui/questions/FoldedText.h"

#include <utility>

namespace ip {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

// Writes folded text into a string sized up front (growing only when a
// decomposition is longer than its source), rather than appending a
// character at a time: folding runs over every guide's text at start.
class FoldedWriter {
public:
    FoldedWriter(qsizetype size, QList<qsizetype>* origin) : m_origin(origin)
    {
        m_out.resize(size);
        if (origin)
            origin->reserve(size + 1);
    }

    void put(char16_t c, qsizetype from)
    {
        if (m_used == m_out.size())
            m_out.resize(m_out.size() * 2 + 8);
        m_out.data()[m_used++] = QChar(c);
        if (m_origin)
            m_origin->append(from);
    }

    // The folded form of one code point: its full compatibility
    // decomposition, without combining marks, case folded.
    void putFolded(char32_t codePoint, qsizetype from)
    {
        // Most characters have no decomposition: asked first, without a string.
        if (QChar::decompositionTag(codePoint) != QChar::NoDecomposition) {
            // One level at a time: "ǖ" is "ü" and a macron, "ü" is "u" and a diaeresis.
            for (const char32_t part : QChar::decomposition(codePoint).toUcs4())
                putFolded(part, from);
            return;
        }
        const QChar::Category category = QChar::category(codePoint);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            return;
        const char32_t folded = QChar::toCaseFolded(codePoint);
        if (QChar::requiresSurrogates(folded)) {
            put(QChar::highSurrogate(folded), from);
            put(QChar::lowSurrogate(folded), from);
        } else {
            put(char16_t(folded), from);
        }
    }

    QString finish()
    {
        m_out.resize(m_used);
        return std::move(m_out);
    }

private:
    QString m_out;
    qsizetype m_used = 0;
    QList<qsizetype>* m_origin;
};

QString fold(QStringView source, QList<qsizetype>* origin)
{
    FoldedWriter out(source.size(), origin);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const char16_t c = source.at(i).unicode();
        // The common case by far: guides and notes are mostly ASCII.
        if (c < 0x80) {
            out.put(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c, i);
            continue;
        }
        char32_t codePoint = c;
        const qsizetype from = i;
        if (QChar::isHighSurrogate(c) && i + 1 < source.size() &&
            QChar::isLowSurrogate(source.at(i + 1).unicode()))
            codePoint = QChar::surrogateToUcs4(c, source.at(++i).unicode());
        out.putFolded(codePoint, from);
    }
    if (origin)
        origin->append(source.size());
    return out.finish();
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
    // Never longer than the source: characters are dropped, and a space
    // only ever stands for white space.
    QString line(markdown.size(), Qt::Uninitialized);
    QChar* out = line.data();
    qsizetype used = 0;
    bool pendingSpace = false;
    bool lineStart = true; // only spaces so far on this source line
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown.at(i);
        if (c.isSpace()) {
            pendingSpace = used > 0;
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
            out[used++] = u' ';
        pendingSpace = false;
        out[used++] = c;
    }
    line.resize(used);
    return line;
}

} // namespace ip
