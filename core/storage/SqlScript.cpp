#include "storage/SqlScript.h"

#include <QRegularExpression>

namespace ip {

static bool createsTrigger(const QString& statement)
{
    static const QRegularExpression pattern(
        QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(statement).hasMatch();
}

Result<QStringList> splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    const auto finishStatement = [&]() -> Result<void> {
        const QString statement = current.trimmed();
        current.clear();
        if (statement.isEmpty())
            return {};
        if (createsTrigger(statement))
            return makeError(ErrorKind::Internal,
                             QStringLiteral("CREATE TRIGGER is not supported in migrations"));
        statements << statement;
        return {};
    };

    const qsizetype size = script.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            while (i < size && script.at(i) != u'\n')
                ++i;
            current += u'\n';
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0)
                return makeError(ErrorKind::Internal, QStringLiteral("unterminated /* comment"));
            i = end + 1;
            current += u' ';
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype end = i + 1;
            // A doubled quote inside a quoted run is an escaped quote.
            while (true) {
                end = script.indexOf(close, end);
                if (end < 0)
                    return makeError(ErrorKind::Internal,
                                     QStringLiteral("unterminated quote %1 in SQL").arg(c));
                if (c != u'[' && end + 1 < size && script.at(end + 1) == close) {
                    end += 2;
                    continue;
                }
                break;
            }
            current += script.mid(i, end - i + 1);
            i = end;
        } else if (c == u';') {
            if (auto done = finishStatement(); !done)
                return done.error();
        } else {
            current += c;
        }
    }
    if (auto done = finishStatement(); !done)
        return done.error();
    return statements;
}

} // namespace ip
