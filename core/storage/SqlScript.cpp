#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ip {

static bool createsTrigger(const QString& statement)
{
    static const QRegularExpression pattern(
        QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(statement).hasMatch();
}

namespace {

// Where a trigger's body ends: at the END that closes its BEGIN, not at an END
// that closes a CASE expression inside it. Fed the statement's words outside
// quotes and comments.
class TriggerBodyEnd {
public:
    void word(const QString& word)
    {
        m_afterEnd = false;
        if (word.compare(QLatin1String("CASE"), Qt::CaseInsensitive) == 0) {
            ++m_caseDepth;
        } else if (word.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0) {
            if (m_caseDepth > 0)
                --m_caseDepth;
            else
                m_afterEnd = true;
        }
    }
    bool reached() const { return m_afterEnd; }
    void reset() { *this = TriggerBodyEnd(); }

private:
    int m_caseDepth = 0;
    bool m_afterEnd = false;
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

Result<QStringList> splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    QString word;
    TriggerBodyEnd bodyEnd;
    const auto finishWord = [&] {
        if (!word.isEmpty())
            bodyEnd.word(word);
        word.clear();
    };
    const auto finishStatement = [&]() -> Result<void> {
        const QString statement = current.trimmed();
        if (createsTrigger(statement) && !bodyEnd.reached()) {
            // A semicolon inside the trigger's body.
            current += u';';
            return {};
        }
        current.clear();
        bodyEnd.reset();
        if (statement.isEmpty())
            return {};
        statements << statement;
        return {};
    };

    const qsizetype size = script.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();
        if (isWordCharacter(c)) {
            word += c;
            current += c;
            continue;
        }
        finishWord();
        if (c == u'-' && next == u'-') {
            while (i < size && script.at(i) != u'\n')
                ++i;
            current += u'\n';
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0)
                return makeError(ErrorKind::Internal, QCoreApplication::translate(
                                                          "SqlScript", "unterminated /* comment"));
            i = end + 1;
            current += u' ';
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype end = i + 1;
            // A doubled quote inside a quoted run is an escaped quote.
            while (true) {
                end = script.indexOf(close, end);
                if (end < 0)
                    return makeError(
                        ErrorKind::Internal,
                        QCoreApplication::translate("SqlScript", "unterminated quote %1 in SQL")
                            .arg(c));
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
    finishWord();
    if (!current.trimmed().isEmpty() && createsTrigger(current.trimmed()) && !bodyEnd.reached())
        return makeError(ErrorKind::Internal,
                         QStringLiteral("CREATE TRIGGER without the END of its body"));
    if (auto done = finishStatement(); !done)
        return done.error();
    return statements;
}

} // namespace ip
