#include "services/FlashcardReader.h"

#include "services/DelimitedText.h"

#include <QRegularExpression>
#include <QSet>

namespace ip {

namespace {

// Which columns hold what, 0-based.
struct Columns {
    int front = 0;
    int back = 1;
    int tags = -1;
    QSet<int> notFields; // tags, guid, notetype, deck: never added to the back
    QSet<int> named;     // with a row of names: the columns that are fields
};

struct Header {
    QChar separator;
    std::optional<bool> html;
    int tagsColumn = 0; // 1-based, 0 when not named
    QSet<int> ignored;  // 0-based
    bool present = false;
};

std::optional<QChar> separatorNamed(const QString& value)
{
    const QString name = value.trimmed().toLower();
    if (name == QLatin1String("tab") || value == QLatin1String("\t"))
        return u'\t';
    if (name == QLatin1String("comma") || name == QLatin1String(","))
        return u',';
    if (name == QLatin1String("semicolon") || name == QLatin1String(";"))
        return u';';
    if (name == QLatin1String("pipe") || name == QLatin1String("|"))
        return u'|';
    if (name == QLatin1String("colon") || name == QLatin1String(":"))
        return u':';
    if (name == QLatin1String("space") || value == QLatin1String(" "))
        return u' ';
    return std::nullopt;
}

// Reads Anki's "#key:value" lines at the top; returns where the records
// start and the number of lines read.
Result<qsizetype> readHeader(const QString& text, Header& header, int& lines)
{
    qsizetype at = 0;
    while (at < text.size() && text.at(at) == u'#') {
        qsizetype end = text.indexOf(u'\n', at);
        const qsizetype cr = text.indexOf(u'\r', at);
        if (cr >= 0 && (end < 0 || cr < end))
            end = cr;
        const qsizetype next =
            end < 0 ? text.size()
            : (text.at(end) == u'\r' && end + 1 < text.size() && text.at(end + 1) == u'\n')
                ? end + 2
                : end + 1;
        const QString line = text.mid(at + 1, (end < 0 ? text.size() : end) - at - 1);
        ++lines;
        header.present = true;
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0) {
            const QString key = line.left(colon).trimmed().toLower();
            const QString value = line.mid(colon + 1);
            if (key == QLatin1String("separator")) {
                const auto separator = separatorNamed(value);
                if (!separator)
                    return makeError(
                        ErrorKind::InvalidInput,
                        QCoreApplication::translate("FlashcardReader",
                                                    "Line %1: the separator \"%2\" is not one "
                                                    "Anki knows (tab, comma, semicolon, pipe, "
                                                    "colon or space).")
                            .arg(lines)
                            .arg(value.trimmed()));
                header.separator = *separator;
            } else if (key == QLatin1String("html")) {
                header.html =
                    value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            } else if (key.endsWith(QLatin1String(" column"))) {
                bool ok = false;
                const int column = value.trimmed().toInt(&ok);
                if (ok && column > 0) {
                    if (key == QLatin1String("tags column"))
                        header.tagsColumn = column;
                    else
                        header.ignored.insert(column - 1);
                }
            }
        }
        at = next;
    }
    return at;
}

// The first line with something on it.
QString firstLineOf(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        if (!text.mid(start, end - start).trimmed().isEmpty())
            return text.mid(start, end - start).toString();
        start = end + 1;
    }
    return QString();
}

bool oneOf(const QString& cell, std::initializer_list<const char*> names)
{
    const QString name = cell.trimmed().toLower();
    for (const char* candidate : names)
        if (name == QLatin1String(candidate))
            return true;
    return false;
}

// A spreadsheet's first row naming its columns, if it is one.
std::optional<Columns> namedColumns(const QStringList& row)
{
    if (row.size() < 2 || !oneOf(row.at(0), {"front", "question", "prompt", "term", "q"}) ||
        !oneOf(row.at(1), {"back", "answer", "definition", "a"}))
        return std::nullopt;
    Columns columns;
    for (int i = 0; i < row.size(); ++i) {
        if (oneOf(row.at(i), {"tags", "tag", "category", "categories", "topic"})) {
            columns.tags = columns.tags < 0 ? i : columns.tags;
            columns.notFields.insert(i);
        } else {
            columns.named.insert(i);
        }
    }
    return columns;
}

QString fieldAt(const QStringList& fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

} // namespace

Result<FlashcardFile> FlashcardReader::read(const QString& text)
{
    Header header;
    int headerLines = 0;
    const Result<qsizetype> start = readHeader(text, header, headerLines);
    if (!start)
        return start.error();
    const QStringView records = QStringView(text).mid(*start);
    QChar separator = header.separator;
    if (separator.isNull())
        separator = DelimitedText::detectSeparator(firstLineOf(records));
    if (separator.isNull())
        separator = u'\t'; // one column: every card lacks a back, reported below
    auto rows = DelimitedText::read(records, separator, headerLines + 1);
    if (!rows)
        return rows.error();

    Columns columns;
    qsizetype firstRow = 0;
    if (!header.present && !rows->isEmpty()) {
        if (auto named = namedColumns(rows->first().fields)) {
            columns = *named;
            firstRow = 1;
        }
    }
    if (firstRow == 0) {
        columns.tags = header.present ? header.tagsColumn - 1 : 2;
        columns.notFields = header.ignored;
        if (columns.tags >= 0)
            columns.notFields.insert(columns.tags);
        // The front and the back are the first two columns that are fields.
        int found = 0;
        for (int i = 0; found < 2; ++i) {
            if (columns.notFields.contains(i))
                continue;
            (found++ == 0 ? columns.front : columns.back) = i;
        }
    }

    FlashcardFile file;
    file.html = header.html;
    static const QRegularExpression tagSpace(QStringLiteral("\\s+"));
    for (qsizetype r = firstRow; r < rows->size(); ++r) {
        const DelimitedRow& row = rows->at(r);
        const bool empty = std::all_of(row.fields.begin(), row.fields.end(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (empty)
            continue;
        Flashcard card;
        card.line = row.line;
        card.front = fieldAt(row.fields, columns.front);
        card.back = fieldAt(row.fields, columns.back);
        // Each row's own fields are walked, so a row of a million commas
        // costs its length once, not once per row.
        bool backEmpty = card.back.trimmed().isEmpty();
        for (int i = 0; i < row.fields.size(); ++i) {
            const bool extraField = i != columns.front && i != columns.back &&
                                    !columns.notFields.contains(i) &&
                                    (columns.named.isEmpty() || columns.named.contains(i));
            const QString& extra = row.fields.at(i);
            if (!extraField || extra.trimmed().isEmpty())
                continue;
            const bool html = header.html.value_or(true);
            card.back += (backEmpty ? QString()
                          : html    ? QStringLiteral("<br><br>")
                                    : QStringLiteral("\n\n")) +
                         extra;
            backEmpty = false;
        }
        card.tags = fieldAt(row.fields, columns.tags).split(tagSpace, Qt::SkipEmptyParts);
        file.cards << card;
    }
    return file;
}

} // namespace ip
