#include "services/DelimitedText.h"

namespace ip {

Result<QList<DelimitedRow>> DelimitedText::read(QStringView text, QChar separator, int firstLine)
{
    QList<DelimitedRow> rows;
    DelimitedRow row{firstLine, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    bool fieldStart = true; // nothing of this field read yet
    int line = firstLine;
    int quoteLine = 0;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStart = true;
    };
    auto endRecord = [&] {
        endField();
        rows << row;
        row = DelimitedRow{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (lineBreak && c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (lineBreak) {
                field += u'\n';
                ++line;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            quoteLine = line;
            continue;
        }
        if (c == separator) {
            endField();
            continue;
        }
        if (lineBreak) {
            ++line;
            endRecord();
            continue;
        }
        field += c;
        fieldStart = false;
    }
    if (quoted)
        return makeError(ErrorKind::InvalidInput,
                         tr("Line %1: a field starts with a double quote that is never "
                            "closed; add the closing \" (a quote inside a quoted field "
                            "is written twice, \"\").")
                             .arg(quoteLine));
    if (!field.isEmpty() || !row.fields.isEmpty() || !fieldStart)
        endRecord();
    return rows;
}

QChar DelimitedText::detectSeparator(QStringView line)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\t')
            return u'\t';
        if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
    }
    if (commas == 0 && semicolons == 0)
        return QChar();
    return semicolons > commas ? u';' : u',';
}

} // namespace ip
