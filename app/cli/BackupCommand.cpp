#include "cli/BackupCommand.h"

#include "cli/DataDirOption.h"
#include "services/BackupService.h"
#include "services/StudyData.h"

#include <QDir>

namespace ip::cli {

int runBackupCommand(const QStringList& arguments, CommandIo& io)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Make a copy of the database now, in the backups folder beside it, and "
                       "print its path. The newest %1 copies are kept.")
            .arg(BackupService::keptCount()));
    parser.addOption(dataDirOption());
    const QString usage = QStringLiteral("interview-prep backup [--data-dir DIR]");
    if (const auto status = parseCommandLine(parser, arguments, io, usage))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "interview-prep backup: unexpected argument '"
               << parser.positionalArguments().first() << "'.\nUsage: " << usage << '\n';
        return ExitUsage;
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
