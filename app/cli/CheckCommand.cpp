#include "cli/CheckCommand.h"

#include "cli/DiagnosticText.h"
#include "content/GuideJson.h"
#include "content/GuideParser.h"
#include "services/GuideParseWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <algorithm>

namespace ip::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "CheckCommand", "Usage: interview-prep check [--json] FILE...\n"
                        "Validate interview guides (Markdown with YAML front matter).\n\n"
                        "  --json   print one JSON object describing every guide\n"
                        "  --help   show this help\n\n"
                        "Exit status: 0 no errors, 1 a guide has an error, 2 bad usage.\n");
}

QString levelCounts(const RequirementGroup& group)
{
    QMap<QString, int> counts; // sorted, so the output is stable
    QStringList order;
    for (const Requirement& item : group.items) {
        const QString level = item.level.isEmpty()
                                  ? QCoreApplication::translate("CheckCommand", "no level")
                                  : printable(item.level);
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
    out << "  "
        << QCoreApplication::translate("CheckCommand", "requirements: %1")
               .arg(guide.requirementCount())
        << '\n';
    for (const RequirementGroup& group : guide.requirementGroups) {
        out << "    " << printable(group.name) << ": " << group.items.size();
        if (!group.items.isEmpty())
            out << " (" << levelCounts(group) << ')';
        out << '\n';
    }
    out << "  "
        << QCoreApplication::translate("CheckCommand", "questions: %1 in %n category(ies)", nullptr,
                                       int(guide.categories.size()))
               .arg(guide.questions.size())
        << '\n';
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
    const QString counts =
        QCoreApplication::translate("CheckCommand", "%1, %2")
            .arg(QCoreApplication::translate("CheckCommand", "%n error(s)", nullptr, errors),
                 QCoreApplication::translate("CheckCommand", "%n warning(s)", nullptr, warnings));
    out << "  "
        << (errors ? QCoreApplication::translate("CheckCommand", "FAILED: %1")
                   : QCoreApplication::translate("CheckCommand", "ok: %1"))
               .arg(counts)
        << '\n';
}

} // namespace

int runCheckCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(jsonOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(QCoreApplication::translate("CheckCommand", "FILE"),
                                 QCoreApplication::translate("CheckCommand", "guide files"));
    if (!parser.parse(arguments)) {
        io.err << "check: " << parser.errorText() << "\n\n" << usage();
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        io.out << usage();
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << "check: "
               << QCoreApplication::translate("CheckCommand", "name at least one guide file")
               << "\n\n"
               << usage();
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
