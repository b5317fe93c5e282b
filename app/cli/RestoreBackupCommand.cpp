#include "cli/RestoreBackupCommand.h"

#include "cli/DataDirOption.h"
#include "services/BackupService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("restore-backup");
QString usage()
{
    return QCoreApplication::translate(
        "RestoreBackupCommand", "interview-prep restore-backup FILE|latest [--data-dir DIR]");
}

QString countsText(const BackupInfo& backup)
{
    return QCoreApplication::translate("RestoreBackupCommand", "%1, %2, %3")
        .arg(QCoreApplication::translate("RestoreBackupCommand", "%n note(s)", nullptr,
                                         backup.notes),
             QCoreApplication::translate("RestoreBackupCommand", "%n story(ies)", nullptr,
                                         backup.stories),
             QCoreApplication::translate("RestoreBackupCommand", "%n review(s)", nullptr,
                                         backup.reviews));
}

} // namespace

int runRestoreBackupCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "RestoreBackupCommand",
        "Replace the database with one of its backups: a file that 'interview-prep backups' "
        "lists, or 'latest' for the newest intact one. The current database, even a damaged "
        "one, is kept aside in the data folder as "
        "interview-prep.sqlite.before-restore-<time>; nothing is deleted. A damaged backup, "
        "or a file that is not one, is refused and nothing changes. Close Interview Prep "
        "first."));
    parser.addPositionalArgument(
        QCoreApplication::translate("RestoreBackupCommand", "FILE|latest"),
        QCoreApplication::translate("RestoreBackupCommand",
                                    "The backup file to restore, or 'latest'."));
    parser.addOption(dataDirOption());
    if (const auto status = parseCommandLine(parser, arguments, io, usage()))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, CommandName, usage(),
                          QCoreApplication::translate("RestoreBackupCommand",
                                                      "name one backup file, or 'latest'."));

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
    //: %2 is the time the backup was made, %3 its counts ("2 notes, 1 story, 5 reviews").
    io.out << QCoreApplication::translate("RestoreBackupCommand",
                                          "Restored %1 (made %2; %3) into %4.")
                  .arg(QDir::toNativeSeparators(outcome->backup.path),
                       outcome->backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                       countsText(outcome->backup), QDir::toNativeSeparators(outcome->databasePath))
           << '\n';
    if (outcome->keptAside.isEmpty()) {
        io.out << QCoreApplication::translate(
                      "RestoreBackupCommand",
                      "There was no database before, so nothing was set aside.")
               << '\n';
    } else if (const qsizetype journals = outcome->keptAsideFiles.size() - 1; journals > 0) {
        io.out << QCoreApplication::translate("RestoreBackupCommand",
                                              "Your previous database is kept as %1 (with %n "
                                              "journal file(s) beside it); delete it when you no "
                                              "longer need it.",
                                              nullptr, int(journals))
                      .arg(QDir::toNativeSeparators(outcome->keptAside))
               << '\n';
    } else {
        io.out << QCoreApplication::translate("RestoreBackupCommand",
                                              "Your previous database is kept as %1; delete it "
                                              "when you no longer need it.")
                      .arg(QDir::toNativeSeparators(outcome->keptAside))
               << '\n';
    }
    return ExitOk;
}

} // namespace ip::cli
