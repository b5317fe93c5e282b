#include "cli/RestoreBackupCommand.h"

#include "cli/CountText.h"
#include "cli/DataDirOption.h"
#include "services/BackupService.h"

#include <QDir>
#include <QFileInfo>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("restore-backup");
const QString Usage = QStringLiteral("interview-prep restore-backup FILE|latest [--data-dir DIR]");

QString countsText(const BackupInfo& backup)
{
    return QStringLiteral("%1, %2, %3")
        .arg(countText(backup.notes, "note", "notes"),
             countText(backup.stories, "story", "stories"),
             countText(backup.reviews, "review", "reviews"));
}

} // namespace

int runRestoreBackupCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Replace the database with one of its backups: a file that "
                       "'interview-prep backups' lists, or 'latest' for the newest intact one. "
                       "The current database, even a damaged one, is kept aside in the data "
                       "folder as interview-prep.sqlite.before-restore-<time>; nothing is "
                       "deleted. A damaged backup, or a file that is not one, is refused and "
                       "nothing changes. Close Interview Prep first."));
    parser.addPositionalArgument(QStringLiteral("FILE|latest"),
                                 QStringLiteral("The backup file to restore, or 'latest'."));
    parser.addOption(dataDirOption());
    if (const auto status = parseCommandLine(parser, arguments, io, Usage))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        io.err << "interview-prep restore-backup: name one backup file, or 'latest'.\nUsage: "
               << Usage << '\n';
        return ExitUsage;
    }

    const QString dataDirectory = dataDirectoryFrom(parser);
    QString backupFile = parser.positionalArguments().first();
    if (backupFile == BackupService::latestKeyword()) {
        // 'latest' names the folder's own backups; without the folder there
        // is nothing to choose from, and nothing is created.
        if (!QFileInfo(dataDirectory).isDir()) {
            printError(io, CommandName, requireExistingData(dataDirectory).error());
            return ExitFailure;
        }
        const Result<QString> newest = BackupService(dataDirectory).newestIntact();
        if (!newest) {
            printError(io, CommandName, newest.error());
            return ExitFailure;
        }
        backupFile = *newest;
    }

    const Result<RestoreOutcome> outcome = BackupService(dataDirectory).restore(backupFile);
    if (!outcome) {
        printError(io, CommandName, outcome.error());
        return ExitFailure;
    }
    io.out << "Restored " << QDir::toNativeSeparators(outcome->backup.path) << " (made "
           << outcome->backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) << "; "
           << countsText(outcome->backup) << ") into "
           << QDir::toNativeSeparators(outcome->databasePath) << ".\n";
    if (outcome->keptAside.isEmpty()) {
        io.out << "There was no database before, so nothing was set aside.\n";
    } else {
        io.out << "Your previous database is kept as "
               << QDir::toNativeSeparators(outcome->keptAside);
        if (outcome->keptAsideFiles.size() > 1)
            io.out << " (with " << (outcome->keptAsideFiles.size() - 1)
                   << " journal file(s) beside it)";
        io.out << "; delete it when you no longer need it.\n";
    }
    return ExitOk;
}

} // namespace ip::cli
