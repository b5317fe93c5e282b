#include "cli/CheckCommand.h"

#include "cli/DiagnosticText.h"
#include "content/GuideJson.h"
#include "content/GuideParser.h"
#include "services/GuideParseWorker.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <algorithm>

namespace ip::cli {

namespace {

const char* const Usage = "Usage: interview-prep check [--json] FILE...\n"
                          "Validate interview guides (Markdown with YAML front matter).\n\n"
                          "  --json   print one JSON object describing every guide\n"
                          "  --help   show this help\n\n"
                          "Exit status: 0 no errors, 1 a guide has an error, 2 bad usage.\n";

QString levelCounts(const RequirementGroup& group)
{
    QMap<QString, int> counts; // sorted, so the output is stable
    QStringList order;
    for (const Requirement& item : group.items) {
        const QString level =
            item.level.isEmpty() ? QStringLiteral("no level") : printable(item.level);
        if (!counts.contains(level))
            order << level;
        ++counts[level];
    }
    QStringList parts;
    for (const QString& level : std::as_const(order))
        parts << QStringLiteral("%1 %2").arg(level).arg(counts.value(level));
    return parts.join(QStringLiteral(", "));
}

void printSummary(const Guide& guide, QTextStream& out)
{
    out << printable(guide.fileName) << ": " << printable(guide.title);
    if (!guide.key.isEmpty())
        out << " [" << printable(guide.key) << ']';
    out << '\n';
    out << "  requirements: " << guide.requirementCount() << '\n';
    for (const RequirementGroup& group : guide.requirementGroups) {
        out << "    " << printable(group.name) << ": " << group.items.size();
        if (!group.items.isEmpty())
            out << " (" << levelCounts(group) << ')';
        out << '\n';
    }
    out << "  questions: " << guide.questions.size() << " in " << guide.categories.size()
        << (guide.categories.size() == 1 ? " category\n" : " categories\n");
    for (const QString& category : guide.categories) {
        const auto count = std::count_if(guide.questions.begin(), guide.questions.end(),
                                         [&](const Question& q) { return q.category == category; });
        out << "    " << printable(category) << ": " << count << '\n';
    }
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic& diagnostic : guide.diagnostics) {
        (diagnostic.isError() ? errors : warnings) += 1;
        out << diagnosticLine(guide, diagnostic) << '\n';
    }
    out << "  " << (errors ? "FAILED" : "ok") << ": " << errors
        << (errors == 1 ? " error, " : " errors, ") << warnings
        << (warnings == 1 ? " warning\n" : " warnings\n");
}

} // namespace

int runCheckCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(jsonOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("guide files"));
    if (!parser.parse(arguments)) {
        io.err << "check: " << parser.errorText() << "\n\n" << Usage;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        io.out << Usage;
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << "check: name at least one guide file\n\n" << Usage;
        return ExitUsage;
    }

    bool anyError = false;
    QJsonArray guides;
    for (const QString& file : files) {
        // The same bound as the window: a file that would hang the Markdown
        // library is reported as too complex, not waited on.
        const Guide guide = GuideParseWorker::parseFile(file);
        anyError = anyError || guide.hasErrors();
        if (parser.isSet(jsonOption))
            guides.append(GuideJson::toJson(guide));
        else
            printSummary(guide, io.out);
    }
    if (parser.isSet(jsonOption)) {
        const QJsonDocument document(QJsonObject{{QStringLiteral("guides"), guides}});
        io.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    return anyError ? ExitFailure : ExitOk;
}

} // namespace ip::cli
