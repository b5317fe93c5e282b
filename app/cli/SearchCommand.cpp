#include "cli/SearchCommand.h"

#include "cli/DataDirOption.h"
#include "cli/DiagnosticText.h"
#include "services/SearchService.h"
#include "services/StudyData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("search");
QString usage()
{
    return QCoreApplication::translate(
        "SearchCommand", "interview-prep search [--json] [--limit N] [--data-dir DIR] QUERY...");
}
// Beyond this a list is no longer read; the index answers any limit as fast.
constexpr int MaximumLimit = 1000;

int usageError(CommandIo& io, const QString& problem)
{
    return usageError(io, CommandName, usage(), problem);
}

QString kindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Question:
        return QStringLiteral("question");
    case SearchKind::Requirement:
        return QStringLiteral("requirement");
    case SearchKind::Note:
        return QStringLiteral("note");
    case SearchKind::Evidence:
        return QStringLiteral("evidence");
    case SearchKind::Story:
        return QStringLiteral("story");
    }
    return QString();
}

// What a hit is, in the listing: the kinds as words to read, where JSON
// keeps kindName's.
QString shownKindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Question:
        return QCoreApplication::translate("SearchCommand", "question");
    case SearchKind::Requirement:
        return QCoreApplication::translate("SearchCommand", "requirement");
    case SearchKind::Note:
        return QCoreApplication::translate("SearchCommand", "note");
    case SearchKind::Evidence:
        return QCoreApplication::translate("SearchCommand", "evidence");
    case SearchKind::Story:
        return QCoreApplication::translate("SearchCommand", "story");
    }
    return QString();
}

// "question in ML Engineer [ml/drift]": one sentence per kind, so that each
// language can say it its own way.
QString hitInGuide(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Question:
        return QCoreApplication::translate("SearchCommand", "question in %1 [%2]");
    case SearchKind::Requirement:
        return QCoreApplication::translate("SearchCommand", "requirement in %1 [%2]");
    case SearchKind::Note:
        return QCoreApplication::translate("SearchCommand", "note in %1 [%2]");
    case SearchKind::Evidence:
        return QCoreApplication::translate("SearchCommand", "evidence in %1 [%2]");
    case SearchKind::Story:
        return QCoreApplication::translate("SearchCommand", "story in %1 [%2]");
    }
    return QStringLiteral("%1 [%2]");
}

// The matched words between ** in a terminal, as Markdown would mark them:
// readable without colour, in a pipe and in a log.
QString marked(const QString& text, const QList<TextSpan>& matches)
{
    QString shown;
    qsizetype at = 0;
    for (const TextSpan& span : matches) {
        if (span.start < at || span.start + span.length > text.size())
            continue;
        shown += text.mid(at, span.start - at);
        shown += QStringLiteral("**") + text.mid(span.start, span.length) + QStringLiteral("**");
        at = span.start + span.length;
    }
    shown += text.mid(at);
    return printable(shown.simplified());
}

void printText(const QString& query, const QList<SearchHit>& hits, CommandIo& io)
{
    if (hits.isEmpty()) {
        io.out << QCoreApplication::translate("SearchCommand", "Nothing matches \"%1\".")
                      .arg(printable(query))
               << '\n';
        return;
    }
    for (const SearchHit& hit : hits) {
        const QString where =
            hit.guideKey.isEmpty()
                ? shownKindName(hit.kind)
                : hitInGuide(hit.kind).arg(printable(hit.guideTitle), printable(hit.itemKey));
        io.out << where << '\n';
        io.out << "  " << marked(hit.title, hit.titleMatches) << '\n';
        if (!hit.snippet.isEmpty())
            io.out << "  " << marked(hit.snippet, hit.snippetMatches) << '\n';
    }
    io.out << QCoreApplication::translate("SearchCommand", "%n hit(s).", nullptr, int(hits.size()))
           << '\n';
}

void printJson(const QList<SearchHit>& hits, CommandIo& io)
{
    QJsonArray list;
    for (const SearchHit& hit : hits) {
        QJsonObject object{{QStringLiteral("kind"), kindName(hit.kind)},
                           {QStringLiteral("guide"), hit.guideKey},
                           {QStringLiteral("guideTitle"), hit.guideTitle},
                           {QStringLiteral("key"), hit.itemKey},
                           {QStringLiteral("title"), hit.title},
                           {QStringLiteral("snippet"), hit.snippet},
                           {QStringLiteral("score"), hit.score}};
        list.append(object);
    }
    io.out << QJsonDocument(QJsonObject{{QStringLiteral("hits"), list}})
                  .toJson(QJsonDocument::Indented);
}

} // namespace

int runSearchCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "SearchCommand",
        "Search the guides in the library and everything you wrote: notes,\n"
        "requirement evidence and stories. Best hits first.\n"
        "  word      words that start with it (\"deploy\" finds \"deployment\")\n"
        "  \"a b\"     the words in this order\n"
        "  -word     leaves out what contains the word\n"
        "Accents do not matter (\"resume\" finds \"résumé\"). A query that starts\n"
        "with -word goes after --: interview-prep search -- -draft notes"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate(
            "SearchCommand", "Print {\"hits\": [{kind, guide, key, title, snippet, score}]}."));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"),
        QCoreApplication::translate("SearchCommand", "Show at most N hits (1 to %1; default %2).")
            .arg(MaximumLimit)
            .arg(SearchService::DefaultLimit),
        QCoreApplication::translate("SearchCommand", "N"),
        QString::number(SearchService::DefaultLimit));
    // "feature -store": what follows the first word is the query's, so an
    // exclusion is not read as an option.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(jsonOption);
    parser.addOption(limitOption);
    parser.addOption(dataDirOption());
    parser.addPositionalArgument(QCoreApplication::translate("SearchCommand", "QUERY"),
                                 QCoreApplication::translate("SearchCommand", "What to look for."));
    if (const auto status = parseCommandLine(parser, arguments, io, usage()))
        return *status;

    bool isNumber = false;
    const int limit = parser.value(limitOption).toInt(&isNumber);
    if (!isNumber || limit < 1 || limit > MaximumLimit)
        return usageError(io, QCoreApplication::translate(
                                  "SearchCommand", "--limit takes a number from 1 to %1, not '%2'.")
                                  .arg(MaximumLimit)
                                  .arg(parser.value(limitOption)));
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return usageError(io, QCoreApplication::translate("SearchCommand",
                                                          "say what to look for, e.g. "
                                                          "'interview-prep search \"feature "
                                                          "store\"'."));

    auto data = openDataForReading(dataDirectoryFrom(parser));
    if (!data) {
        printError(io, CommandName, data.error());
        return ExitFailure;
    }
    const auto hits = (*data)->search().search(query, limit);
    if (!hits) {
        printError(io, CommandName, hits.error());
        return ExitFailure;
    }
    if (parser.isSet(jsonOption))
        printJson(*hits, io);
    else
        printText(query, *hits, io);
    return ExitOk;
}

} // namespace ip::cli
