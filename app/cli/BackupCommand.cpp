#include "cli/BackupCommand.h"

#include "cli/DataDirOption.h"
#include "services/BackupService.h"
#include "services/StudyData.h"

#include <QCoreApplication>
#include <QDir>

namespace ip::cli {

int runBackupCommand(const QStringList& arguments, CommandIo& io)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("BackupCommand",
                                    "Make a copy of the database now, in the backups folder "
                                    "beside it, and print its path. The newest %1 copies are "
                                    "kept.")
            .arg(BackupService::keptCount()));
    parser.addOption(dataDirOption());
    const QString usage =
        QCoreApplication::translate("BackupCommand", "interview-prep backup [--data-dir DIR]");
    if (const auto status = parseCommandLine(parser, arguments, io, usage))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(io, command, usage,
                          QCoreApplication::translate("BackupCommand", "unexpected argument '%1'.")
                              .arg(parser.positionalArguments().first()));
    }

    auto database = openDataForReading(dataDirectoryFrom(parser));
    if (!database) {
        printError(io, command, database.error());
        return ExitFailure;
    }
    const Result<QString> path = (*database)->backup(QStringLiteral("manual"));
    if (!path) {
        printError(io, command, path.error());
        return ExitFailure;
    }
    io.out << QDir::toNativeSeparators(*path) << '\n';
    return ExitOk;
}

} // namespace ip::cli
