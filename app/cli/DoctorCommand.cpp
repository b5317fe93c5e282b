#include "cli/DoctorCommand.h"

#include "cli/DataDirOption.h"
#include "services/BackupService.h"
#include "services/DataFolderDoctor.h"

#include <QCoreApplication>
#include <QDir>

namespace ip::cli {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Files an interrupted backup or restore, or a database moved away, left in
// the data folder: each with what it is and what to do. Returns false when
// one of them means something is wrong.
bool printLeftovers(const DataFolderLeftovers& leftovers, CommandIo& io)
{
    if (leftovers.orphanJournals.isEmpty() && leftovers.partialBackups.isEmpty() &&
        leftovers.partialRestores.isEmpty() && leftovers.keptAside.isEmpty())
        return true;
    io.out << QCoreApplication::translate("DoctorCommand", "Other files:") << '\n';
    bool dataAtRisk = false;
    for (const QString& journal : leftovers.orphanJournals) {
        // The -shm is only an index into the -wal; the -wal and -journal hold data.
        if (journal.endsWith(QLatin1String("-shm"))) {
            io.out << "  - "
                   << QCoreApplication::translate(
                          "DoctorCommand",
                          "%1: SQLite's index of a journal, left after interview-prep.sqlite was "
                          "removed. It holds no data; delete it, or run 'interview-prep "
                          "restore-backup latest', which keeps it aside.")
                          .arg(native(journal))
                   << '\n';
            continue;
        }
        dataAtRisk = true;
        io.out << "  - "
               << QCoreApplication::translate(
                      "DoctorCommand",
                      "%1: a journal of the database, but interview-prep.sqlite itself is "
                      "missing. It may hold your latest changes, which SQLite cannot use without "
                      "the main file. Do not delete it: put interview-prep.sqlite back if you "
                      "moved it, or run 'interview-prep restore-backup latest', which keeps this "
                      "file aside.")
                      .arg(native(journal))
               << '\n';
    }
    for (const PartialBackupFile& partial : leftovers.partialBackups) {
        if (partial.abandoned)
            io.out << "  - "
                   << QCoreApplication::translate(
                          "DoctorCommand",
                          "%1: an unfinished backup, left when process %2 was stopped. It is not "
                          "a usable backup; Interview Prep removes it the next time it starts, or "
                          "you can delete it.")
                          .arg(native(partial.path))
                          .arg(partial.pid)
                   << '\n';
        else
            io.out << "  - "
                   << QCoreApplication::translate(
                          "DoctorCommand",
                          "%1: a backup being written right now by process %2; nothing to do.")
                          .arg(native(partial.path))
                          .arg(partial.pid)
                   << '\n';
    }
    for (const QString& partial : leftovers.partialRestores)
        io.out << "  - "
               << QCoreApplication::translate(
                      "DoctorCommand",
                      "%1: an unfinished copy left by a stopped restore-backup. It is not in use; "
                      "delete it, or run the restore again (which removes it).")
                      .arg(native(partial))
               << '\n';
    for (const QString& aside : leftovers.keptAside)
        io.out << "  - "
               << QCoreApplication::translate(
                      "DoctorCommand",
                      "%1: the database as it was before a restore-backup, kept for you. Delete "
                      "it (and its -wal and -shm, if any) once you no longer need it.")
                      .arg(native(aside))
               << '\n';
    return !dataAtRisk;
}

} // namespace

int runDoctorCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DoctorCommand",
        "Check the database and its backups without changing anything: the full SQLite "
        "integrity check, foreign keys, the schema version, a quick check of every backup, "
        "and files an interrupted backup or restore left behind. Exits with 1 when something "
        "is wrong."));
    parser.addOption(dataDirOption());
    const QString usage =
        QCoreApplication::translate("DoctorCommand", "interview-prep doctor [--data-dir DIR]");
    if (const auto status = parseCommandLine(parser, arguments, io, usage))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(io, QStringLiteral("doctor"), usage,
                          QCoreApplication::translate("DoctorCommand", "unexpected argument '%1'.")
                              .arg(parser.positionalArguments().first()));
    }

    const DataFolderHealth health = DataFolderDoctor::examine(dataDirectoryFrom(parser));
    const DatabaseReport& report = health.database;
    //: The labels of these lines are padded to one width; keep the values lined up.
    io.out << QCoreApplication::translate("DoctorCommand", "Data folder: %1")
                  .arg(QDir::toNativeSeparators(report.dataDirectory))
           << '\n'
           << QCoreApplication::translate("DoctorCommand", "Database:    %1")
                  .arg(QDir::toNativeSeparators(report.filePath))
           << '\n';
    bool healthy = report.healthy();
    const DataFolderLeftovers& leftovers = health.leftovers;
    if (!report.exists && !leftovers.orphanJournals.isEmpty()) {
        io.out << QCoreApplication::translate("DoctorCommand",
                                              "No database file, but files of one are left (see "
                                              "below).")
               << '\n';
    } else if (!report.exists) {
        io.out << QCoreApplication::translate("DoctorCommand",
                                              "No database yet: it is created the first time "
                                              "Interview Prep runs with this folder.")
               << '\n';
    } else {
        if (report.schemaVersion >= 0)
            io.out << QCoreApplication::translate("DoctorCommand",
                                                  "Schema:      version %1 (this app: %2)")
                          .arg(report.schemaVersion)
                          .arg(report.latestSchemaVersion)
                   << '\n';
        if (!report.journalMode.isEmpty())
            io.out << QCoreApplication::translate("DoctorCommand", "Journal:     %1")
                          .arg(report.journalMode)
                   << '\n';
        if (report.healthy()) {
            io.out << QCoreApplication::translate("DoctorCommand", "Integrity:   ok") << '\n';
        } else {
            io.out << QCoreApplication::translate("DoctorCommand", "Integrity:   PROBLEMS") << '\n';
            for (const QString& problem : report.problems)
                io.out << "  - " << problem << '\n';
        }
    }

    io.out << QCoreApplication::translate("DoctorCommand",
                                          "Backups:     %1 in %2 (the newest %3 are kept)")
                  .arg(report.backups.size())
                  .arg(QDir::toNativeSeparators(health.backupDirectory))
                  .arg(BackupService::keptCount())
           << '\n';
    for (const BackupCheck& backup : report.backups) {
        io.out << "  " << backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
               << "  v" << backup.schemaVersion << "  "
               << (backup.problem.isEmpty()
                       ? QCoreApplication::translate("DoctorCommand", "ok")
                       : QCoreApplication::translate("DoctorCommand", "DAMAGED: %1")
                             .arg(backup.problem))
               << "  " << QDir::toNativeSeparators(backup.path) << '\n';
        if (!backup.problem.isEmpty())
            healthy = false;
    }
    if (!printLeftovers(leftovers, io))
        healthy = false;
    if (!healthy)
        io.out << '\n'
               << QCoreApplication::translate(
                      "DoctorCommand",
                      "Something is wrong; nothing was changed. To go back to a healthy backup, "
                      "close Interview Prep and run 'interview-prep restore-backup latest' (or "
                      "name a file that 'interview-prep backups' lists). The current database is "
                      "kept aside in the data folder, not deleted.")
               << '\n';
    return healthy ? ExitOk : ExitFailure;
}

} // namespace ip::cli
