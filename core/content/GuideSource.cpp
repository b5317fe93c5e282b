#include "content/GuideSource.h"

#include <algorithm>
#include <cstring>

namespace ip {

namespace {

Diagnostic fileError(const QString& message, int line = 0, int column = 0)
{
    return Diagnostic{Diagnostic::Severity::Error, line, column, message};
}

// The 1-based line and column of a byte offset, for pointing at the first
// invalid byte.
std::pair<int, int> positionOf(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

// Whether every byte is ASCII white space, as QByteArray::trimmed sees it.
bool isBlank(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    });
}

// Offset of the first byte that breaks UTF-8, or -1 when the text is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Guides are mostly ASCII: eight bytes with no high bit pass at once.
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = data[i];
        int extra = 0;
        unsigned int codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        const bool overlong = (extra == 1 && codePoint < 0x80) ||
                              (extra == 2 && codePoint < 0x800) ||
                              (extra == 3 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

GuideSource GuideSource::fromBytes(const QByteArray& input)
{
    GuideSource source;
    if (input.size() > MaxBytes) {
        source.m_diagnostics << fileError(
            GuideSource::tr("the file is larger than %1 KB, the most a guide may be")
                .arg(MaxBytes / 1024));
        return source;
    }
    // A view, so the common file (no byte order mark, LF endings) is never
    // copied before it is converted.
    QByteArrayView bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (isBlank(bytes)) {
        source.m_diagnostics << fileError(GuideSource::tr("the file is empty"));
        return source;
    }
    // Editors save "Unicode" as UTF-16, full of NUL bytes: name it rather than
    // call the file binary.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        source.m_diagnostics << fileError(
            GuideSource::tr("the file is saved as UTF-16, not UTF-8; save it as UTF-8"));
        return source;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const auto [line, column] = positionOf(bytes, nul);
        source.m_diagnostics << fileError(
            GuideSource::tr("the file contains NUL bytes: it is binary, not a Markdown guide"),
            line, column);
        return source;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const auto [line, column] = positionOf(bytes, bad);
        source.m_diagnostics << fileError(
            GuideSource::tr("the file is not valid UTF-8 (byte 0x%1); save it as UTF-8")
                .arg(quint8(bytes.at(bad)), 2, 16, QLatin1Char('0')),
            line, column);
        return source;
    }
    // CRLF and lone CR become LF, so every later step sees one convention and
    // line numbers still match the file. Both are ASCII, so this can be done
    // on the UTF-8 bytes.
    QByteArray utf8 = bytes.size() == input.size() ? input : bytes.toByteArray();
    if (utf8.contains('\r')) {
        utf8.replace("\r\n", "\n");
        utf8.replace('\r', '\n');
    }
    source.m_lines = SourceLines(QString::fromUtf8(utf8));
    // QString::fromUtf8 drops a byte order mark at the start, so a second one
    // is gone from the text; cmark must not see it either.
    source.m_utf8 = utf8.startsWith("\xEF\xBB\xBF") ? utf8.sliced(3) : utf8;
    source.m_usable = true;
    return source;
}

namespace {

// A delimiter row such as "|---|:--:|" after its container prefix: only
// pipes, dashes, colons and blanks, with at least one pipe and one dash.
int delimiterRowColumns(QStringView row)
{
    bool hasDash = false;
    int pipes = 0;
    int cellsWithDash = 0;
    bool dashInCell = false;
    for (const QChar c : row) {
        if (c == u'|') {
            ++pipes;
            if (dashInCell)
                ++cellsWithDash;
            dashInCell = false;
        } else if (c == u'-') {
            hasDash = true;
            dashInCell = true;
        } else if (c != u':' && c != u' ' && c != u'\t') {
            return 0;
        }
    }
    if (dashInCell)
        ++cellsWithDash;
    return (hasDash && pipes > 0) ? cellsWithDash : 0;
}

// How deep the containers opened on this line may nest: every block quote
// marker and list marker counts one, and indentation (which continues the
// containers of earlier lines) counts one per two columns.
struct LinePrefix {
    int depth = 0;
    qsizetype contentStart = 0;
};

bool isThematicBreak(QStringView line)
{
    QChar marker;
    for (const QChar c : line) {
        if (c == u' ' || c == u'\t')
            continue;
        if (c != u'-' && c != u'*' && c != u'_')
            return false;
        if (!marker.isNull() && c != marker)
            return false;
        marker = c;
    }
    return !marker.isNull();
}

LinePrefix scanPrefix(QStringView line)
{
    LinePrefix prefix;
    qsizetype i = 0;
    int indent = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t')) {
        indent += line[i] == u'\t' ? 4 : 1;
        ++i;
    }
    int markers = 0;
    for (;;) {
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
        if (i >= line.size())
            break;
        const QChar c = line[i];
        const bool followedByBlank =
            i + 1 >= line.size() || line[i + 1] == u' ' || line[i + 1] == u'\t';
        if (c == u'>') {
            ++markers;
            ++i;
            continue;
        }
        if ((c == u'-' || c == u'*' || c == u'+') && followedByBlank) {
            ++markers;
            ++i;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < line.size() && j - i < 10 && line[j].isDigit())
                ++j;
            const bool delimiter = j < line.size() && (line[j] == u'.' || line[j] == u')');
            const bool blankAfter =
                j + 1 >= line.size() || line[j + 1] == u' ' || line[j + 1] == u'\t';
            if (delimiter && blankAfter && j - i <= 9) {
                ++markers;
                i = j + 1;
                continue;
            }
        }
        break;
    }
    prefix.contentStart = i;
    // "* * * * *" with nothing after it is a thematic break, not nesting.
    if (i >= line.size() && isThematicBreak(line))
        return prefix;
    prefix.depth = markers + indent / 2;
    return prefix;
}

} // namespace

QList<Diagnostic> HostileStructureCheck::run(const SourceLines& lines)
{
    QList<Diagnostic> found;
    for (qsizetype index = 0; index < lines.count(); ++index) {
        const QStringView line = lines.at(index);
        const int lineNumber = int(index) + 1;
        const LinePrefix prefix = scanPrefix(line);
        if (prefix.depth > MaxNestingDepth) {
            found << fileError(GuideSource::tr("lists or block quotes are nested %1 deep here; "
                                               "guides may nest at most %2 deep")
                                   .arg(prefix.depth)
                                   .arg(MaxNestingDepth),
                               lineNumber, 1);
        }
        const int columns = delimiterRowColumns(line.mid(prefix.contentStart));
        if (columns > MaxTableColumns) {
            found << fileError(GuideSource::tr("this table has %1 columns; guides may use at most "
                                               "%2 columns in a table")
                                   .arg(columns)
                                   .arg(MaxTableColumns),
                               lineNumber, 1);
        }
        // One finding of each kind tells the author what to fix; hundreds
        // would bury it.
        if (found.size() >= 10)
            break;
    }
    return found;
}

} // namespace ip
