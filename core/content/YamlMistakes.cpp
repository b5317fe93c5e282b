#include "content/YamlMistakes.h"

#include "content/FrontMatter.h"

#include <QHash>
#include <QRegularExpression>
#include <climits>
#include <optional>
#include <string_view>
#include <yaml-cpp/exceptions.h>

namespace ip {

namespace {

// "key:" then a space or the end: the shape of every front matter line.
const QRegularExpression& keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([A-Za-z_][\w .-]*?)\s*:(?=\s|$))"));
    return pattern;
}

// "key:value": the space after the colon forgotten. A colon followed by "//"
// is a web address, not a key.
const QRegularExpression& missingSpacePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([A-Za-z_][\w-]*):(?=[^\s:/]))"));
    return pattern;
}

// A line that can only be the guide's Markdown: what a body starts with.
const QRegularExpression& markdownPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\*\*\S|[-*+]\s+\*\*|\d{1,3}[.)]\s+\S|>\s|\|.*\||```|~~~))"));
    return pattern;
}

bool looksLikeKeyLine(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*[A-Za-z_][\w-]*:(\s|$))"));
    return pattern.match(line).hasMatch();
}

// A heading at the start of a line. In front matter that is closed, "# text"
// is a YAML comment people do write; "## text" is a heading left inside.
bool isHeading(QStringView content, bool singleHashToo)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(#{1,6})\s+\S)"));
    const QRegularExpressionMatch match = pattern.match(content);
    return match.hasMatch() && (singleHashToo || match.capturedLength(1) > 1);
}

qsizetype leadingWhiteSpace(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return i;
}

// Where the quotation mark that closes a value quoted with quote is, from
// from on; -1 when not on this line. "\"" escapes in double quotes, "''" in
// single ones.
qsizetype closingQuote(QStringView line, qsizetype from, QChar quote)
{
    for (qsizetype i = from; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == u'"' && c == u'\\') {
            ++i;
        } else if (c == quote) {
            if (quote == u'\'' && i + 1 < line.size() && line.at(i + 1) == u'\'')
                ++i;
            else
                return i;
        }
    }
    return -1;
}

QString spaces(int count)
{
    return YamlMistakes::tr("%n space(s)", nullptr, count);
}

QString elided(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    return trimmed.size() <= 40 ? trimmed : trimmed.left(37) + QStringLiteral("...");
}

} // namespace

// Reads the YAML lines once, top to bottom, keeping just enough of the
// structure (open quotes and brackets, block scalars, the keys of each map,
// the lists) to see the slips above. It is not a YAML parser: it looks for
// the shapes people get wrong and leaves the rest to yaml-cpp.
class YamlMistakes::Scanner {
public:
    // closingLine: the closing "---"'s, 0 when there is none.
    Scanner(QList<Finding>& findings, int firstLine, int closingLine)
        : m_findings(findings), m_firstLine(firstLine), m_closingLine(closingLine),
          m_closed(closingLine > 0)
    {
    }

    // The file line where the guide's text seems to start, 0 when none.
    int bodyStart = 0;

    void scan(const QString& yaml)
    {
        const QList<QStringView> lines = QStringView(yaml).split(u'\n');
        for (qsizetype i = 0; i < lines.size() && bodyStart == 0; ++i) {
            m_line = m_firstLine + int(i);
            readLine(lines.at(i));
        }
        if (m_quote.open) {
            add(Kind::Certain, m_quote.line, m_quote.column,
                YamlMistakes::tr("the quotation mark opened on line %1 is never closed; add the "
                                 "closing %2 at the end of the value")
                    .arg(m_quote.line)
                    .arg(m_quote.mark));
        } else if (m_flow.open) {
            add(Kind::Certain, m_flow.line, m_flow.column,
                YamlMistakes::tr("the \"%1\" opened on line %2 is never closed with \"%3\"")
                    .arg(m_flow.mark)
                    .arg(m_flow.line)
                    .arg(closerOf(m_flow.mark)));
        }
    }

private:
    // What the line before was, for the lines that depend on it.
    enum class Previous { Nothing, KeyWithoutValue, KeyWithValue, ListItem };
    // A value in quotation marks or brackets that goes on past its line.
    struct Open {
        bool open = false;
        QChar mark;
        int line = 0;
        int column = 0;
        bool swallowedKey = false;
        int depth = 0; // brackets
        QChar inQuote; // a quotation mark open inside brackets
    };
    struct Scope {
        int indent;
        QHash<QString, int> keys; // key -> line
        QString firstKey;
        int firstLine;
    };
    struct List {
        int indent;
        int line; // of its last item
    };

    static QChar closerOf(QChar opener) { return opener == u'[' ? u']' : u'}'; }

    void add(Kind kind, int line, int column, const QString& message)
    {
        m_findings << Finding{kind, line, column, message};
    }

    void readLine(QStringView line)
    {
        if (m_quote.open) {
            continueQuote(line);
            return;
        }
        if (m_flow.open) {
            continueFlow(line, 0);
            return;
        }
        const qsizetype indent = leadingWhiteSpace(line);
        const QStringView content = line.sliced(indent);
        if (m_blockIndent >= 0) {
            if (content.isEmpty())
                return;
            if (indent > m_blockIndent) {
                // Tabs past the indentation are the value's own text.
                if (const qsizetype tab = line.left(m_blockIndent + 1).indexOf(u'\t'); tab >= 0)
                    tabIndented(tab);
                return;
            }
            m_blockIndent = -1;
        }
        if (content.isEmpty())
            return;
        if (indent == 0 && looksLikeMarkdown(content))
            return;
        if (content.startsWith(u'#'))
            return;
        if (const qsizetype tab = line.left(indent).indexOf(u'\t'); tab >= 0)
            tabIndented(tab);
        if (content == u'-' || content.startsWith(QLatin1String("- "))) {
            listItem(int(indent));
            const qsizetype offset = 1 + leadingWhiteSpace(content.sliced(1));
            if (offset < content.size())
                entry(content.sliced(offset), int(indent + offset), true);
            return;
        }
        entry(content, int(indent), false);
    }

    void tabIndented(qsizetype column)
    {
        add(Kind::Breaking, m_line, int(column) + 1,
            YamlMistakes::tr(
                "this line is indented with a tab; YAML needs spaces for indentation"));
    }

    bool looksLikeMarkdown(QStringView content)
    {
        const bool heading = isHeading(content, !m_closed);
        if (!heading && !markdownPattern().match(content).hasMatch())
            return false;
        bodyStart = m_line;
        if (m_closed) {
            add(Kind::Certain, m_line, 1,
                heading ? YamlMistakes::tr("this line looks like the guide's Markdown (a heading), "
                                           "not front matter: the \"---\" that should end the "
                                           "front matter before it is missing, so the \"---\" on "
                                           "line %1 was taken as its end")
                              .arg(m_closingLine)
                        : YamlMistakes::tr("this line looks like the guide's Markdown (body text), "
                                           "not front matter: the \"---\" that should end the "
                                           "front matter before it is missing, so the \"---\" on "
                                           "line %1 was taken as its end")
                              .arg(m_closingLine));
        }
        return true;
    }

    // A "key: value" line, or the text of a list item, starting at column indent.
    void entry(QStringView text, int indent, bool inListItem)
    {
        QString key;
        qsizetype valueStart = -1;
        if (const auto match = keyPattern().match(text); match.hasMatch()) {
            key = match.captured(1);
            valueStart = match.capturedEnd(0);
        } else if (const auto slip = missingSpacePattern().match(text); slip.hasMatch()) {
            key = slip.captured(1);
            valueStart = slip.capturedEnd(0);
            add(Kind::Breaking, m_line, indent + int(valueStart) + 1,
                YamlMistakes::tr("there is no space after the colon of \"%1\"; write \"%1: %2\"")
                    .arg(key, elided(text.sliced(valueStart))));
        }
        if (valueStart < 0) {
            if (inListItem || text.startsWith(u'"') || text.startsWith(u'\'') ||
                text.startsWith(u'[') || text.startsWith(u'{')) {
                value(text, indent, QString(), indent);
            } else if (indent == 0) {
                add(Kind::Breaking, m_line, 1,
                    YamlMistakes::tr(
                        "this line is not \"key: value\": front matter lines are a "
                        "name, a colon and a value, such as \"term: Data Scientist\""));
                m_previous = Previous::Nothing;
            }
            // Otherwise an indented line carries on the value above it.
            return;
        }
        keyAt(key, indent, inListItem);
        const QStringView rest = text.sliced(valueStart);
        const qsizetype skip = leadingWhiteSpace(rest);
        value(rest.sliced(skip), indent + int(valueStart + skip), key, indent);
    }

    void keyAt(const QString& key, int indent, bool firstOfListItem)
    {
        if (m_previous == Previous::KeyWithValue && indent > m_previousIndent && !firstOfListItem) {
            add(Kind::Breaking, m_line, indent + 1,
                YamlMistakes::tr("\"%1\" is indented more than \"%2\" on line %3, which already "
                                 "has a value; line it up with \"%2\"")
                    .arg(key, m_previousKey)
                    .arg(m_previousLine));
        }
        while (!m_lists.isEmpty() && m_lists.last().indent >= indent && !firstOfListItem)
            m_lists.removeLast();
        bool popped = false;
        Scope last{};
        while (!m_scopes.isEmpty() && m_scopes.last().indent > indent) {
            last = m_scopes.takeLast();
            popped = true;
        }
        if (popped && (m_scopes.isEmpty() || m_scopes.last().indent < indent)) {
            add(Kind::Breaking, m_line, indent + 1,
                YamlMistakes::tr("\"%1\" is indented by %2, but \"%3\" on line %4, which it should "
                                 "line up with, by %5")
                    .arg(key, spaces(indent), last.firstKey)
                    .arg(last.firstLine)
                    .arg(spaces(last.indent)));
        }
        if (m_scopes.isEmpty() || m_scopes.last().indent < indent)
            m_scopes << Scope{indent, {}, key, m_line};
        Scope& scope = m_scopes.last();
        if (const auto first = scope.keys.constFind(key); first != scope.keys.cend()) {
            add(Kind::Misread, m_line, indent + 1,
                YamlMistakes::tr("\"%1\" is given a second time (first on line %2); a key may "
                                 "appear once, so remove one of them")
                    .arg(key)
                    .arg(*first));
        } else {
            scope.keys.insert(key, m_line);
        }
        m_previousKey = key;
        m_previousIndent = indent;
        m_previousLine = m_line;
    }

    // A value starting at column: after "key: " (key not empty) or a list item.
    void value(QStringView text, int column, const QString& key, int keyIndent)
    {
        m_previous = Previous::KeyWithValue;
        if (text.isEmpty() || text.startsWith(u'#')) {
            m_previous = key.isEmpty() ? Previous::ListItem : Previous::KeyWithoutValue;
            return;
        }
        const QChar first = text.at(0);
        if (first == u'"' || first == u'\'') {
            const qsizetype close = closingQuote(text, 1, first);
            if (close < 0) {
                m_quote = Open{true, first, m_line, column + 1, false, 0, QChar()};
                return;
            }
            const QStringView after = text.sliced(close + 1).trimmed();
            if (!after.isEmpty() && !after.startsWith(u'#') && !after.startsWith(u':')) {
                add(Kind::Breaking, m_line, column + int(close) + 2,
                    YamlMistakes::tr("text follows the closing quotation mark; put the whole "
                                     "value in quotation marks"));
            }
        } else if (first == u'[' || first == u'{') {
            m_flow = Open{true, first, m_line, column + 1, false, 0, QChar()};
            continueFlow(text, column);
        } else if (first == u'|' || first == u'>') {
            m_blockIndent = keyIndent;
            m_previous = Previous::Nothing;
        } else if (!key.isEmpty()) {
            plainValue(text, column, key);
        }
        if (key.isEmpty())
            m_previous = Previous::ListItem;
    }

    void plainValue(QStringView text, int column, const QString& key)
    {
        qsizetype end = text.indexOf(QLatin1String(" #"));
        if (end < 0)
            end = text.size();
        const QStringView value = text.left(end).trimmed();
        qsizetype colon = value.indexOf(QLatin1String(": "));
        if (colon < 0 && value.endsWith(u':'))
            colon = value.size() - 1;
        if (colon < 0)
            return;
        add(Kind::Breaking, m_line, column + int(colon) + 1,
            YamlMistakes::tr("the value of \"%1\" contains a colon followed by a space, which YAML "
                             "reads as another key; put the value in quotation marks: %1: \"%2\"")
                .arg(key, elided(value)));
    }

    void continueQuote(QStringView line)
    {
        const qsizetype close = closingQuote(line, 0, m_quote.mark);
        if (close < 0) {
            m_quote.swallowedKey = m_quote.swallowedKey || looksLikeKeyLine(line);
            return;
        }
        if (m_quote.swallowedKey || looksLikeKeyLine(line.left(close))) {
            add(Kind::Certain, m_quote.line, m_quote.column,
                YamlMistakes::tr("the quotation mark opened on line %1 is not closed on that line, "
                                 "so everything up to the next %2, on line %3, is read as one "
                                 "value; add the closing %2 on line %1")
                    .arg(m_quote.line)
                    .arg(m_quote.mark)
                    .arg(m_line));
        }
        m_quote.open = false;
        m_previous = Previous::Nothing;
    }

    // Brackets and the quotation marks inside them, from from on.
    void continueFlow(QStringView line, int column)
    {
        const bool firstLine = m_flow.line == m_line;
        if (!firstLine && looksLikeKeyLine(line) && m_flow.inQuote.isNull())
            m_flow.swallowedKey = true;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (!m_flow.inQuote.isNull()) {
                if (m_flow.inQuote == u'"' && c == u'\\')
                    ++i;
                else if (c == m_flow.inQuote)
                    m_flow.inQuote = QChar();
            } else if (c == u'"' || c == u'\'') {
                m_flow.inQuote = c;
            } else if (c == u'[' || c == u'{') {
                if (++m_flow.depth == FrontMatter::MaxDepth + 1) {
                    add(Kind::Breaking, m_line, column + int(i) + 1,
                        YamlMistakes::tr("brackets are nested more than %1 deep here")
                            .arg(FrontMatter::MaxDepth));
                }
            } else if (c == u']' || c == u'}') {
                if (--m_flow.depth == 0) {
                    m_flow.open = false;
                    break;
                }
            } else if (c == u'#' && i > 0 && line.at(i - 1).isSpace()) {
                break;
            }
        }
        if (!m_flow.open && m_flow.swallowedKey) {
            add(Kind::Certain, m_flow.line, m_flow.column,
                YamlMistakes::tr("the \"%1\" opened on line %2 is not closed on that line, so the "
                                 "lines up to line %3 are read as part of it; add the \"%4\" on "
                                 "line %2")
                    .arg(m_flow.mark)
                    .arg(m_flow.line)
                    .arg(m_line)
                    .arg(closerOf(m_flow.mark)));
        }
        if (!firstLine && !m_flow.open)
            m_previous = Previous::Nothing;
    }

    void listItem(int indent)
    {
        while (!m_scopes.isEmpty() && m_scopes.last().indent > indent)
            m_scopes.removeLast();
        if (m_previous == Previous::KeyWithoutValue && indent >= m_previousIndent) {
            m_lists << List{indent, m_line};
        } else if (m_previous == Previous::KeyWithValue && indent >= m_previousIndent) {
            add(Kind::Breaking, m_line, indent + 1,
                YamlMistakes::tr("this list item follows \"%1\" on line %2, which already has a "
                                 "value; a list goes under a key with nothing after its colon, "
                                 "such as \"tags:\"")
                    .arg(m_previousKey)
                    .arg(m_previousLine));
        } else {
            std::optional<List> nearest;
            while (!m_lists.isEmpty() && m_lists.last().indent > indent)
                nearest = m_lists.takeLast();
            if (!m_lists.isEmpty() && m_lists.last().indent == indent) {
                m_lists.last().line = m_line;
            } else if (nearest || !m_lists.isEmpty()) {
                const List above = nearest ? *nearest : m_lists.last();
                add(Kind::Breaking, m_line, indent + 1,
                    YamlMistakes::tr("this list item is indented by %1, but the item on line %2 "
                                     "by %3; the items of one list must line up")
                        .arg(spaces(indent))
                        .arg(above.line)
                        .arg(spaces(above.indent)));
                m_lists << List{indent, m_line};
            }
        }
        m_previous = Previous::ListItem;
        m_previousIndent = indent;
    }

    QList<Finding>& m_findings;
    int m_firstLine;
    int m_closingLine;
    bool m_closed;
    int m_line = 0;
    Open m_quote;
    Open m_flow;
    int m_blockIndent = -1; // the key's, while inside a "|" or ">" value
    QList<Scope> m_scopes;
    QList<List> m_lists;
    Previous m_previous = Previous::Nothing;
    QString m_previousKey;
    int m_previousIndent = 0;
    int m_previousLine = 0;
};

YamlMistakes::YamlMistakes(const QString& yaml, int yamlFirstLine, int closingLine)
    : m_yamlFirstLine(yamlFirstLine)
{
    Scanner scanner(m_findings, yamlFirstLine, closingLine);
    scanner.scan(yaml);
    m_bodyStart = scanner.bodyStart;
}

QList<Diagnostic> YamlMistakes::whenAccepted() const
{
    QList<Diagnostic> diagnostics;
    for (const Finding& finding : m_findings) {
        diagnostics << Diagnostic{finding.kind == Kind::Certain ? Diagnostic::Severity::Error
                                                                : Diagnostic::Severity::Warning,
                                  finding.line, finding.column, finding.message};
    }
    return diagnostics;
}

Diagnostic YamlMistakes::whenRefused(const std::string& message, int line, int column) const
{
    const int failedAt = line >= 0 ? m_yamlFirstLine + line : INT_MAX;
    const Finding* mistake = nullptr;
    for (const Finding& finding : m_findings) {
        if (finding.kind != Kind::Misread && finding.line <= failedAt &&
            (!mistake || finding.line < mistake->line))
            mistake = &finding;
    }
    if (mistake)
        return Diagnostic{Diagnostic::Severity::Error, mistake->line, mistake->column,
                          mistake->message};
    return Diagnostic{
        Diagnostic::Severity::Error, line >= 0 ? failedAt : m_yamlFirstLine - 1,
        column >= 0 ? column + 1 : 1,
        YamlMistakes::tr("the front matter cannot be read here: %1").arg(plainWords(message))};
}

Diagnostic YamlMistakes::whenUnclosed(int openingLine) const
{
    if (m_bodyStart == 0) {
        return Diagnostic{Diagnostic::Severity::Error, openingLine, 1,
                          YamlMistakes::tr("the front matter that starts here has no closing "
                                           "\"---\" line")};
    }
    return Diagnostic{Diagnostic::Severity::Error, m_bodyStart, 1,
                      YamlMistakes::tr("the front matter that starts on line %1 has no closing "
                                       "\"---\" line; the guide's text seems to start here: put a "
                                       "line \"---\" above this one")
                          .arg(openingLine)};
}

QString YamlMistakes::plainWords(const std::string& message)
{
    namespace Msg = YAML::ErrorMsg;
    // yaml-cpp's messages (exceptions.h) and what they mean for a person
    // writing front matter. Those ending in ": " carry a detail, which goes
    // where the plain words have %1.
    struct Translation {
        const char* yamlCpp;
        const char* plain;
    };
    static const Translation translations[] = {
        {Msg::EOF_IN_SCALAR,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a quotation mark is never closed, so the value runs to the end of "
                           "the front matter")},
        {Msg::END_OF_MAP,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "this line does not fit the lines above it: check its indentation, and "
                           "put a value that contains \": \", \" #\", brackets or quotation marks "
                           "in quotation marks")},
        {Msg::END_OF_SEQ,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "this line does not line up with the list items above it")},
        {Msg::END_OF_MAP_FLOW,
         QT_TRANSLATE_NOOP("YamlMistakes", "a \"{\" is never closed with \"}\"")},
        {Msg::END_OF_SEQ_FLOW,
         QT_TRANSLATE_NOOP("YamlMistakes", "a \"[\" is never closed with \"]\"")},
        {Msg::MAP_VALUE,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a colon here starts a key where none can be: put a value that contains "
                           "\": \" in quotation marks, and line keys up with the ones above")},
        {Msg::MAP_KEY,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value cannot start with \"?\": put it in quotation marks")},
        {Msg::BLOCK_ENTRY,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a list item (\"- \") cannot stand here: check its indentation, and "
                           "put the list under a key with nothing after its colon")},
        {Msg::TAB_IN_INDENTATION,
         QT_TRANSLATE_NOOP("YamlMistakes", "a tab is used for indentation; YAML needs spaces")},
        {Msg::UNKNOWN_TOKEN,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value cannot start with \"@\", \"`\" or \"%\": put it in "
                           "quotation marks")},
        {Msg::ANCHOR_NOT_FOUND,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"&\" must be put in quotation marks")},
        {Msg::CHAR_IN_ANCHOR,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"&\" must be put in quotation marks")},
        {Msg::INVALID_ANCHOR,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"&\" must be put in quotation marks")},
        {Msg::ALIAS_NOT_FOUND,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"*\" must be put in quotation marks")},
        {Msg::CHAR_IN_ALIAS,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"*\" must be put in quotation marks")},
        {Msg::INVALID_ALIAS,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"*\" must be put in quotation marks")},
        {Msg::UNKNOWN_ANCHOR,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"*\" (such as *bold*) must be put in "
                           "quotation marks")},
        {Msg::CHAR_IN_BLOCK,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"|\" or \">\" must go on below its key; "
                           "put a one-line value in quotation marks")},
        {Msg::ZERO_INDENT_IN_BLOCK,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"|\" or \">\" must go on below its "
                           "key; put a one-line value in quotation marks")},
        {Msg::INVALID_ESCAPE,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "inside double quotation marks a backslash starts an escape such as "
                           "\\n; write \\\\ for a backslash, or use single quotation marks. "
                           "Unknown escape: \\%1")},
        {Msg::INVALID_HEX,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a \\x escape inside double quotation marks is not a character code")},
        {Msg::INVALID_UNICODE,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a \\u or \\U escape inside double quotation marks is not a "
                           "character: %1")},
        {Msg::DOC_IN_SCALAR,
         QT_TRANSLATE_NOOP("YamlMistakes", "a line \"---\" or \"...\" stands inside a value")},
        {Msg::FLOW_END,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a \"]\" or \"}\" closes nothing: put the value in quotation marks")},
        {Msg::SINGLE_QUOTED_CHAR,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value in single quotation marks holds a character that is "
                           "not allowed")},
        {Msg::CHAR_IN_SCALAR,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value holds a character that is not allowed here: put it in "
                           "quotation marks")},
        {Msg::MULTIPLE_TAGS,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value starts with \"!\" twice: put it in quotation marks")},
        {Msg::MULTIPLE_ANCHORS,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value starts with \"&\" twice: put it in quotation marks")},
        {Msg::MULTIPLE_ALIASES,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value starts with \"*\" twice: put it in quotation marks")},
        {Msg::ALIAS_CONTENT,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"*\" must be put in quotation marks")},
        {Msg::CHAR_IN_TAG_HANDLE,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"!\" must be put in quotation marks")},
        {Msg::TAG_WITH_NO_SUFFIX,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"!\" must be put in quotation marks")},
        {Msg::END_OF_VERBATIM_TAG,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a value that starts with \"!<\" must be put in quotation "
                           "marks")},
        {Msg::YAML_DIRECTIVE_ARGS,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a line that starts with \"%\" is a YAML directive; remove it")},
        {Msg::YAML_VERSION,
         QT_TRANSLATE_NOOP(
             "YamlMistakes",
             "a line that starts with \"%YAML\" names a version that is not one: %1")},
        {Msg::YAML_MAJOR_VERSION,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a line that starts with \"%YAML\" asks for a newer YAML")},
        {Msg::REPEATED_YAML_DIRECTIVE,
         QT_TRANSLATE_NOOP("YamlMistakes", "a line that starts with \"%YAML\" is there twice")},
        {Msg::TAG_DIRECTIVE_ARGS,
         QT_TRANSLATE_NOOP("YamlMistakes",
                           "a line that starts with \"%TAG\" is a YAML directive; remove "
                           "it")},
        {Msg::REPEATED_TAG_DIRECTIVE,
         QT_TRANSLATE_NOOP("YamlMistakes", "a line that starts with \"%TAG\" is there twice")},
        // DeepRecursion says only this when nesting passes yaml-cpp's limit.
        {Msg::BAD_FILE,
         QT_TRANSLATE_NOOP("YamlMistakes", "its brackets or lists are nested too deep to read")},
    };
    const std::string_view said = message;
    for (const Translation& translation : translations) {
        const std::string_view key = translation.yamlCpp;
        const bool withDetail = key.ends_with(": ");
        if (withDetail ? said.starts_with(key) : said == key) {
            const QString plain = tr(translation.plain);
            return withDetail
                       ? plain.arg(QString::fromStdString(std::string(said.substr(key.size()))))
                       : plain;
        }
    }
    return YamlMistakes::tr("it is not valid YAML (%1)").arg(QString::fromStdString(message));
}

} // namespace ip
