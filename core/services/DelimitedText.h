#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace ip {

// One record of a delimited file, with the line it starts on.
struct DelimitedRow {
    int line = 0; // 1-based, in the file as an editor counts lines
    QStringList fields;
};

// Text split into records and fields the way spreadsheets and Anki write
// CSV and TSV (RFC 4180): a field in double quotes may hold the separator,
// line breaks and doubled quotes; a quote inside an unquoted field is text.
// Records end at LF, CRLF or CR; a line break inside quotes is kept as LF.
class DelimitedText {
    Q_DECLARE_TR_FUNCTIONS(DelimitedText)

public:
    // firstLine: the line number of text's first line.
    static Result<QList<DelimitedRow>> read(QStringView text, QChar separator, int firstLine = 1);

    // The separator a record line uses: a tab when it has one outside quotes,
    // otherwise ';' or ',', whichever it has more of (',' on a tie); a null
    // QChar when it has none.
    static QChar detectSeparator(QStringView line);
};

} // namespace ip
