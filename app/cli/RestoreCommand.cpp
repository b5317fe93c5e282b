#include "cli/RestoreCommand.h"

#include "cli/CountText.h"
#include "cli/DataDirOption.h"
#include "services/ExportService.h"
#include "services/InterviewDateService.h"
#include "services/StudyData.h"

#include <QDir>

namespace ip::cli {

int runRestoreCommand(const QStringList& arguments, CommandIo& io)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Merge a file written by 'interview-prep export' into your data, all or "
                       "nothing. Entries in the file replace yours with the same key; a copy of "
                       "your data is made first."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The backup to restore."));
    parser.addOption(dataDirOption());
    const QString usage = QStringLiteral("interview-prep restore FILE [--data-dir DIR]");
    if (const auto status = parseCommandLine(parser, arguments, io, usage))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        io.err << "interview-prep restore: name one backup file.\nUsage: " << usage << '\n';
        return ExitUsage;
    }

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
                                 QStringLiteral("Nothing was restored, because the copy of your "
                                                "data made first failed: %1")
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
    QStringList restored{countText(summary->requirements, "requirement", "requirements"),
                         countText(summary->notes, "note", "notes"),
                         countText(summary->stories, "story", "stories"),
                         countText(summary->reviews, "review", "reviews")};
    if (summary->interviewDates > 0)
        restored << countText(summary->interviewDates, "interview date", "interview dates");
    if (summary->mockInterviews > 0)
        restored << countText(summary->mockInterviews, "mock interview", "mock interviews");
    const QString last = restored.takeLast();
    io.out << QStringLiteral("Restored %1 and %2 into %3.\n")
                  .arg(restored.join(QStringLiteral(", ")), last,
                       QDir::toNativeSeparators((*database)->filePath()));
    if (!safetyCopy.isEmpty())
        io.out << "Your data from before the restore is in " << QDir::toNativeSeparators(safetyCopy)
               << ".\n";
    return ExitOk;
}

} // namespace ip::cli
