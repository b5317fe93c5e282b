#include "cli/CommandLine.h"

#include "cli/BackupCommand.h"
#include "cli/BackupsCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DoctorCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportFlashcardsCommand.h"
#include "cli/LibraryCommand.h"
#include "cli/RestoreBackupCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/ReviewCommand.h"
#include "cli/ScheduleCommand.h"
#include "cli/SearchCommand.h"

#include <QCoreApplication>

namespace ip::cli {

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {"check",
         QT_TRANSLATE_NOOP("CommandLine", "Validate guide files and summarise what they contain"),
         &runCheckCommand},
        {"library",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Add guide files to the library, list its guides or remove one"),
         &runLibraryCommand},
        {"export",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "Write your data as JSON, stories or study sheets (Markdown, PDF), or an Anki deck"),
         &runExportCommand, true},
        {"search",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Find words in the library's guides and in everything you wrote"),
         &runSearchCommand},
        {"import-flashcards",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Make a guide file of Anki or spreadsheet flashcards (TSV/CSV)"),
         &runImportFlashcardsCommand},
        {"restore",
         QT_TRANSLATE_NOOP("CommandLine", "Merge an exported JSON document back into your data"),
         &runRestoreCommand},
        {"backup",
         QT_TRANSLATE_NOOP("CommandLine", "Make a copy of the database now and print its path"),
         &runBackupCommand},
        {"backups",
         QT_TRANSLATE_NOOP("CommandLine",
                           "List the backups with their contents and whether each is intact"),
         &runBackupsCommand},
        {"restore-backup",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Replace a damaged database with a backup, keeping it aside"),
         &runRestoreBackupCommand},
        {"doctor",
         QT_TRANSLATE_NOOP("CommandLine", "Check the database and its backups for damage"),
         &runDoctorCommand},
        {"review", QT_TRANSLATE_NOOP("CommandLine", "Record one practice grade for a question"),
         &runReviewCommand},
        {"schedule",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "List a guide's questions with their FSRS-6 state, or set the interview date"),
         &runScheduleCommand},
    };
    return list;
}

static const Command* findCommand(const QString& name)
{
    for (const Command& command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QStringList withCommandFirst(const QStringList& arguments)
{
    // "--data-dir DIR" or "--data-dir=DIR" before a command, as in
    // `interview-prep --data-dir DIR library list`, is taken as the
    // command's own option; without a command it is the window's.
    const QString first = arguments.value(1);
    const QLatin1String option("--data-dir");
    qsizetype commandAt = -1;
    if (first == option)
        commandAt = 3;
    else if (first.startsWith(option + u'='))
        commandAt = 2;
    if (commandAt < 0 || commandAt >= arguments.size())
        return arguments;
    const QString& next = arguments.at(commandAt);
    const bool helpOrVersion = next == QLatin1String("--help") || next == QLatin1String("-h") ||
                               next == QLatin1String("--version") || next == QLatin1String("-v");
    if (helpOrVersion)
        return QStringList{arguments.at(0), next};
    if (next.startsWith(u'-'))
        return arguments;
    return QStringList{arguments.at(0), arguments.at(commandAt)} + arguments.mid(1, commandAt - 1) +
           arguments.mid(commandAt + 1);
}

bool wantsCommandLine(const QStringList& givenArguments)
{
    const QStringList arguments = withCommandFirst(givenArguments);
    if (arguments.size() < 2)
        return false;
    // Anything that is not an option is meant as a command; an unknown one
    // gets an error here rather than silently opening the window.
    const QString& first = arguments.at(1);
    return !first.startsWith(u'-') || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("--version") ||
           first == QLatin1String("-v");
}

bool needsFonts(const QStringList& arguments)
{
    const Command* command = findCommand(withCommandFirst(arguments).value(1));
    return command && command->needsFonts;
}

static void printUsage(QTextStream& stream)
{
    stream << QCoreApplication::translate(
        "CommandLine", "Usage: interview-prep [--guide FILE] [--data-dir DIR]\n"
                       "       interview-prep [--data-dir DIR] COMMAND [OPTIONS] [ARGUMENTS]\n\n"
                       "Without a command, opens the study window.\n\n"
                       "Commands:\n");
    for (const Command& command : commands())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(19)
               << QCoreApplication::translate("CommandLine", command.summary) << '\n';
    stream << QCoreApplication::translate(
        "CommandLine", "\nRun 'interview-prep COMMAND --help' for a command's options.\n");
}

int run(const QStringList& givenArguments, CommandIo& io)
{
    const QStringList arguments = withCommandFirst(givenArguments);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << QCoreApplication::applicationName() << ' '
               << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printUsage(io.out);
        return ExitOk;
    }
    if (const Command* command = findCommand(first)) {
        const int status = command->run(QStringList{arguments.at(0)} + arguments.mid(2), io);
        io.out.flush();
        io.err.flush();
        return status;
    }
    io.err << "interview-prep: "
           << QCoreApplication::translate("CommandLine", "unknown command '%1'").arg(first)
           << "\n\n";
    printUsage(io.err);
    return ExitUsage;
}

} // namespace ip::cli
