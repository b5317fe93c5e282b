#include "cli/LibraryCommand.h"

#include "cli/DataDirOption.h"
#include "cli/DiagnosticText.h"
#include "services/LibraryService.h"
#include "services/StudyData.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("library");
QString usage()
{
    return QCoreApplication::translate("LibraryCommand",
                                       "interview-prep library add FILE... [--data-dir DIR]\n"
                                       "       interview-prep library list [--json] [--data-dir "
                                       "DIR]\n"
                                       "       interview-prep library remove KEY [--data-dir DIR]");
}

int usageError(CommandIo& io, const QString& problem)
{
    return usageError(io, CommandName, usage(), problem);
}

int failWith(CommandIo& io, const Error& error)
{
    printError(io, CommandName, error);
    return ExitFailure;
}

QString shownPath(const QString& path)
{
    return printable(QDir::toNativeSeparators(path));
}

QString shownTitle(const Guide& guide)
{
    return printable(guide.title.simplified());
}

// Creates the folder and the database when they are not there yet: adding
// the first guide is how a library starts. The daily backup is the
// window's.
Result<std::unique_ptr<StudyData>> openForWriting(const QString& dataDirectory)
{
    StudyDataOptions options;
    options.scheduledBackup = false;
    return StudyData::open(dataDirectory, options);
}

// Warnings of an added guide and errors of a refused one, as `check` prints
// them.
void printDiagnostics(const Guide& guide, CommandIo& io)
{
    for (const Diagnostic& diagnostic : guide.diagnostics)
        io.err << diagnosticLine(guide, diagnostic) << '\n';
}

void printAddition(const LibraryAddition& addition, CommandIo& io)
{
    const Guide& guide = addition.guide;
    const QString path = shownPath(addition.path);
    //: %1 is the guide's key.
    const QString contents =
        QCoreApplication::translate("LibraryCommand", "%1, %2, %3")
            .arg(printable(guide.key),
                 QCoreApplication::translate("LibraryCommand", "%n question(s)", nullptr,
                                             int(guide.questions.size())),
                 QCoreApplication::translate("LibraryCommand", "%n requirement(s)", nullptr,
                                             guide.requirementCount()));
    switch (addition.outcome) {
    case LibraryAddition::Outcome::Added:
        io.out << QCoreApplication::translate("LibraryCommand", "Added \"%1\" (%2) from %3")
                      .arg(shownTitle(guide), contents, path)
               << '\n';
        break;
    case LibraryAddition::Outcome::Updated:
        io.out << QCoreApplication::translate("LibraryCommand", "Updated \"%1\" (%2) from %3")
                      .arg(shownTitle(guide), contents, path)
               << '\n';
        break;
    case LibraryAddition::Outcome::UpToDate:
        io.out << QCoreApplication::translate(
                      "LibraryCommand", "\"%1\" (%2) is already in the library, up to date with %3")
                      .arg(shownTitle(guide), contents, path)
               << '\n';
        break;
    case LibraryAddition::Outcome::Invalid: {
        const auto errors = std::count_if(guide.diagnostics.cbegin(), guide.diagnostics.cend(),
                                          [](const Diagnostic& d) { return d.isError(); });
        io.err << "interview-prep library: "
               << QCoreApplication::translate("LibraryCommand",
                                              "%1 was not added to the library: it has %n "
                                              "error(s).",
                                              nullptr, int(errors))
                      .arg(path)
               << '\n';
        break;
    }
    }
}

int addGuides(const QStringList& files, const QString& dataDirectory, CommandIo& io)
{
    std::unique_ptr<StudyData> data;
    int status = ExitOk;
    // Each file on its own: one that is missing or has errors never stops
    // the others.
    for (const QString& file : files) {
        // Checked before the data folder is opened, so that a mistyped name
        // alone never creates one.
        if (auto exists = LibraryService::requireGuideFile(file); !exists) {
            status = failWith(io, exists.error());
            continue;
        }
        if (!data) {
            auto opened = openForWriting(dataDirectory);
            if (!opened)
                return failWith(io, opened.error());
            data = std::move(opened).value();
        }
        const Result<LibraryAddition> addition = data->library().add(file);
        if (!addition) {
            status = failWith(io, addition.error());
            continue;
        }
        if (addition->outcome == LibraryAddition::Outcome::Invalid) {
            printDiagnostics(addition->guide, io);
            status = ExitFailure;
        }
        printAddition(addition.value(), io);
        if (addition->outcome != LibraryAddition::Outcome::Invalid)
            printDiagnostics(addition->guide, io);
    }
    return status;
}

QString fileStateName(LibraryGuide::FileState state)
{
    switch (state) {
    case LibraryGuide::FileState::Present:
        return QStringLiteral("present");
    case LibraryGuide::FileState::Missing:
        return QStringLiteral("missing");
    case LibraryGuide::FileState::Changed:
        return QStringLiteral("changed");
    }
    return QString();
}

// The same states in the table's words; --json keeps fileStateName's.
QString fileStateText(LibraryGuide::FileState state)
{
    switch (state) {
    case LibraryGuide::FileState::Present:
        return QCoreApplication::translate("LibraryCommand", "present");
    case LibraryGuide::FileState::Missing:
        return QCoreApplication::translate("LibraryCommand", "missing");
    case LibraryGuide::FileState::Changed:
        return QCoreApplication::translate("LibraryCommand", "changed");
    }
    return QString();
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

void printJson(const QList<LibraryGuide>& guides, const QList<LibraryProblem>& problems,
               CommandIo& io)
{
    QJsonArray unread;
    for (const LibraryProblem& problem : problems)
        unread.append(QJsonObject{
            {QStringLiteral("path"), QDir::toNativeSeparators(problem.filePath)},
            {QStringLiteral("title"), problem.title},
            {QStringLiteral("diagnostics"), QJsonArray::fromStringList(problem.diagnostics)},
            {QStringLiteral("triedAt"), isoTime(problem.triedAt)}});
    QJsonArray list;
    for (const LibraryGuide& guide : guides)
        list.append(QJsonObject{{QStringLiteral("key"), guide.key},
                                {QStringLiteral("title"), guide.title},
                                {QStringLiteral("path"), QDir::toNativeSeparators(guide.path)},
                                {QStringLiteral("questions"), guide.questions},
                                {QStringLiteral("requirements"), guide.requirements},
                                {QStringLiteral("importedAt"), isoTime(guide.importedAt)},
                                {QStringLiteral("file"), fileStateName(guide.file)}});
    io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("guides"), list},
                                                          {QStringLiteral("problems"), unread}})
                                    .toJson(QJsonDocument::Indented));
}

void printTable(const QList<LibraryGuide>& guides, CommandIo& io)
{
    if (guides.isEmpty()) {
        io.out << QCoreApplication::translate("LibraryCommand", "The library holds no guides yet.")
               << '\n';
        return;
    }
    // The columns are as wide as their longest cell, the heading included.
    const QStringList header{QCoreApplication::translate("LibraryCommand", "KEY"),
                             QCoreApplication::translate("LibraryCommand", "TITLE"),
                             QCoreApplication::translate("LibraryCommand", "QUESTIONS"),
                             QCoreApplication::translate("LibraryCommand", "REQUIREMENTS"),
                             QCoreApplication::translate("LibraryCommand", "IMPORTED"),
                             QCoreApplication::translate("LibraryCommand", "FILE"),
                             QCoreApplication::translate("LibraryCommand", "PATH")};
    QList<QStringList> rows{header};
    for (const LibraryGuide& guide : guides)
        rows.append(QStringList{printable(guide.key), printable(guide.title.simplified()),
                                QString::number(guide.questions),
                                QString::number(guide.requirements), isoTime(guide.importedAt),
                                fileStateText(guide.file), shownPath(guide.path)});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    // Counts are right-aligned so their digits line up; the path, last, is
    // not padded.
    for (const QStringList& row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString& cell = row.at(column);
            if (column == row.size() - 1)
                cells << cell;
            else if (column == 2 || column == 3)
                cells << cell.rightJustified(widths.at(column));
            else
                cells << cell.leftJustified(widths.at(column));
        }
        io.out << cells.join(QStringLiteral("  ")) << '\n';
    }
}

// The files the library could not read, after the guides.
void printProblems(const QList<LibraryProblem>& problems, CommandIo& io)
{
    if (problems.isEmpty())
        return;
    io.out << '\n' << QCoreApplication::translate("LibraryCommand", "Could not be read:") << '\n';
    for (const LibraryProblem& problem : problems) {
        io.out << "  " << shownPath(problem.filePath) << '\n';
        for (const QString& diagnostic : problem.diagnostics)
            io.out << "    " << printable(diagnostic) << '\n';
    }
}

int listGuides(const QString& dataDirectory, bool json, CommandIo& io)
{
    auto data = openDataForReading(dataDirectory);
    if (!data)
        return failWith(io, data.error());
    const auto guides = (*data)->library().entries();
    if (!guides)
        return failWith(io, guides.error());
    const auto problems = (*data)->library().problems();
    if (!problems)
        return failWith(io, problems.error());
    if (json) {
        printJson(guides.value(), problems.value(), io);
    } else {
        printTable(guides.value(), io);
        printProblems(problems.value(), io);
    }
    return ExitOk;
}

int removeGuide(const QString& key, const QString& dataDirectory, CommandIo& io)
{
    // Removing from a folder with no data must not create one.
    if (auto exists = requireExistingData(dataDirectory); !exists)
        return failWith(io, exists.error());
    auto data = openForWriting(dataDirectory);
    if (!data)
        return failWith(io, data.error());
    const Result<QString> title = (*data)->library().remove(key);
    if (!title)
        return failWith(io, title.error());
    // Two sentences, not one with the guide's name put in: "the guide '%1'"
    // would be a phrase to fit into another language's sentence.
    io.out << (title->isEmpty()
                   ? QCoreApplication::translate(
                         "LibraryCommand",
                         "Removed the guide '%1' from the library. Your notes, progress, story "
                         "links and practice history for it are kept, and come back when you add "
                         "the guide again.")
                         .arg(printable(key))
                   : QCoreApplication::translate(
                         "LibraryCommand",
                         "Removed \"%1\" (%2) from the library. Your notes, progress, story links "
                         "and practice history for it are kept, and come back when you add the "
                         "guide again.")
                         .arg(printable(title->simplified()), printable(key)))
           << '\n';
    return ExitOk;
}

} // namespace

int runLibraryCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LibraryCommand",
        "Manage the library of guides.\n"
        "  add FILE...   parse each guide file and store the ones without errors\n"
        "                (a guide with errors is listed with its diagnostics and\n"
        "                left out); adding a file again updates its guide\n"
        "  list          every guide with its key, title, counts, when it was\n"
        "                imported and whether its file is present, missing or\n"
        "                changed since\n"
        "  remove KEY    take the guide out of the library; your notes, progress,\n"
        "                story links and practice history for it are kept\n"
        "Exit status: 0 done, 1 a guide has errors or a file or key was not\n"
        "found, 2 bad usage."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("LibraryCommand",
                                    "list: print the guides as one JSON object."));
    parser.addOption(jsonOption);
    parser.addOption(dataDirOption());
    parser.addPositionalArgument(
        QCoreApplication::translate("LibraryCommand", "ACTION"),
        QCoreApplication::translate("LibraryCommand", "add, list or remove, with its arguments."));
    if (const auto status = parseCommandLine(parser, arguments, io, usage()))
        return *status;

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(io, QCoreApplication::translate("LibraryCommand",
                                                          "name an action: add, list or remove."));
    const QString action = positional.takeFirst();
    const bool json = parser.isSet(jsonOption);
    const QString dataDirectory = dataDirectoryFrom(parser);
    if (json && action != QLatin1String("list"))
        return usageError(
            io, QCoreApplication::translate("LibraryCommand", "--json goes with list only."));
    if (action == QLatin1String("add")) {
        if (positional.isEmpty())
            return usageError(io, QCoreApplication::translate(
                                      "LibraryCommand", "name at least one guide file to add."));
        return addGuides(positional, dataDirectory, io);
    }
    if (action == QLatin1String("list")) {
        if (!positional.isEmpty())
            return usageError(
                io, QCoreApplication::translate("LibraryCommand", "unexpected argument '%1'.")
                        .arg(positional.first()));
        return listGuides(dataDirectory, json, io);
    }
    if (action == QLatin1String("remove")) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return usageError(io, QCoreApplication::translate(
                                      "LibraryCommand", "name the key of one guide to remove (see "
                                                        "'interview-prep library list')."));
        return removeGuide(positional.first(), dataDirectory, io);
    }
    return usageError(
        io, QCoreApplication::translate(
                "LibraryCommand", "unknown action '%1'; the actions are add, list and remove.")
                .arg(action));
}

} // namespace ip::cli
