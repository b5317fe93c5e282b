#include "cli/DoctorCommand.h"

#include "cli/DataDirOption.h"
#include "storage/Database.h"
#include "storage/DatabaseBackups.h"
#include "storage/DatabaseInspector.h"

#include <QDir>

namespace ip::cli {

int runDoctorCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check the database and its backups without changing anything: the full "
                       "SQLite integrity check, foreign keys, the schema version, and a quick "
                       "check of every backup. Exits with 1 when something is wrong."));
    parser.addOption(dataDirOption());
    const QString usage = QStringLiteral("interview-prep doctor [--data-dir DIR]");
    if (const auto status = parseCommandLine(parser, arguments, io, usage))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "interview-prep doctor: unexpected argument '"
               << parser.positionalArguments().first() << "'.\nUsage: " << usage << '\n';
        return ExitUsage;
    }

    const DatabaseReport report = DatabaseInspector::inspect(dataDirectoryFrom(parser));
    io.out << "Data folder: " << QDir::toNativeSeparators(report.dataDirectory) << '\n'
           << "Database:    " << QDir::toNativeSeparators(report.filePath) << '\n';
    bool healthy = report.healthy();
    if (!report.exists) {
        io.out << "No database yet: it is created the first time Interview Prep runs with this "
                  "folder.\n";
    } else {
        if (report.schemaVersion >= 0)
            io.out << "Schema:      version " << report.schemaVersion
                   << " (this app: " << report.latestSchemaVersion << ")\n";
        if (!report.journalMode.isEmpty())
            io.out << "Journal:     " << report.journalMode << '\n';
        if (report.healthy()) {
            io.out << "Integrity:   ok\n";
        } else {
            io.out << "Integrity:   PROBLEMS\n";
            for (const QString& problem : report.problems)
                io.out << "  - " << problem << '\n';
        }
    }

    io.out
        << "Backups:     " << report.backups.size() << " in "
        << QDir::toNativeSeparators(
               QDir(report.dataDirectory).filePath(QString::fromLatin1(Database::BackupFolderName)))
        << " (the newest " << DatabaseBackups::KeptCount << " are kept)\n";
    for (const BackupCheck& backup : report.backups) {
        io.out << "  " << backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
               << "  v" << backup.schemaVersion << "  "
               << (backup.problem.isEmpty() ? QStringLiteral("ok")
                                            : QStringLiteral("DAMAGED: ") + backup.problem)
               << "  " << QDir::toNativeSeparators(backup.path) << '\n';
        if (!backup.problem.isEmpty())
            healthy = false;
    }
    if (!healthy)
        io.out << "\nSomething is wrong; nothing was changed. To go back to a healthy backup, "
                  "close Interview Prep, move interview-prep.sqlite and its -wal and -shm files "
                  "out of the data folder, and copy the backup in as interview-prep.sqlite.\n";
    return healthy ? ExitOk : ExitFailure;
}

} // namespace ip::cli
