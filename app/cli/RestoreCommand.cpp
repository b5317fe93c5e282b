#include "cli/RestoreCommand.h"

#include "cli/DataDirOption.h"
#include "services/ExportService.h"
#include "services/InterviewDateService.h"
#include "services/StudyData.h"

#include <QCoreApplication>
#include <QDir>

namespace ip::cli {

int runRestoreCommand(const QStringList& arguments, CommandIo& io)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "RestoreCommand", "Merge a file written by 'interview-prep export' into your "
                          "data, all or nothing. Entries in the file replace yours with "
                          "the same key; a copy of your data is made first."));
    parser.addPositionalArgument(
        QCoreApplication::translate("RestoreCommand", "FILE"),
        QCoreApplication::translate("RestoreCommand", "The backup to restore."));
    parser.addOption(dataDirOption());
    const QString usage = QCoreApplication::translate(
        "RestoreCommand", "interview-prep restore FILE [--data-dir DIR]");
    if (const auto status = parseCommandLine(parser, arguments, io, usage))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, usage,
                          QCoreApplication::translate("RestoreCommand", "name one backup file."));

    // The whole file is validated before the database is even opened.
    const Result<BackupDocument> document =
        BackupDocument::readFile(parser.positionalArguments().first());
    if (!document) {
        printError(io, command, document.error());
        return ExitFailure;
    }

    StudyDataOptions options;
    options.scheduledBackup = false;
    auto database = StudyData::open(dataDirectoryFrom(parser), options);
    if (!database) {
        printError(io, command, database.error());
        return ExitFailure;
    }
    QString safetyCopy;
    if (!(*database)->wasCreated()) {
        const Result<QString> backup = (*database)->backup(QStringLiteral("before-restore"));
        if (!backup) {
            printError(io, command,
                       makeError(backup.error().kind,
                                 QCoreApplication::translate(
                                     "RestoreCommand", "Nothing was restored, because the copy "
                                                       "of your data made first failed: %1")
                                     .arg(backup.error().message)));
            return ExitFailure;
        }
        safetyCopy = *backup;
    }

    const Result<RestoreSummary> summary = (*database)->exporter().restore(*document);
    if (!summary) {
        printError(io, command, summary.error());
        return ExitFailure;
    }
    // Practice caps due days at the dates it loaded at open; the restored
    // ones replace them before any schedule is replayed.
    if (summary->interviewDates > 0)
        (void)(*database)->interviewDates().load();
    QStringList restored{
        QCoreApplication::translate("RestoreCommand", "%n requirement(s)", nullptr,
                                    summary->requirements),
        QCoreApplication::translate("RestoreCommand", "%n note(s)", nullptr, summary->notes),
        QCoreApplication::translate("RestoreCommand", "%n story(ies)", nullptr, summary->stories),
        QCoreApplication::translate("RestoreCommand", "%n review(s)", nullptr, summary->reviews)};
    if (summary->interviewDates > 0)
        restored << QCoreApplication::translate("RestoreCommand", "%n interview date(s)", nullptr,
                                                summary->interviewDates);
    if (summary->mockInterviews > 0)
        restored << QCoreApplication::translate("RestoreCommand", "%n mock interview(s)", nullptr,
                                                summary->mockInterviews);
    const QString last = restored.takeLast();
    //: %1 is a list of counts ("3 requirements, 2 notes"), %2 the last count.
    io.out << QCoreApplication::translate("RestoreCommand", "Restored %1 and %2 into %3.")
                  .arg(restored.join(QStringLiteral(", ")), last,
                       QDir::toNativeSeparators((*database)->filePath()))
           << '\n';
    if (!safetyCopy.isEmpty())
        io.out << QCoreApplication::translate("RestoreCommand",
                                              "Your data from before the restore is in %1.")
                      .arg(QDir::toNativeSeparators(safetyCopy))
               << '\n';
    return ExitOk;
}

} // namespace ip::cli
