#include "cli/BackupsCommand.h"

#include "cli/DataDirOption.h"
#include "services/BackupService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("backups");
const QString Usage = QStringLiteral("interview-prep backups [--json] [--data-dir DIR]");

QString stateName(BackupState state)
{
    switch (state) {
    case BackupState::Intact:
        return QStringLiteral("intact");
    case BackupState::Missing:
        return QStringLiteral("missing");
    case BackupState::Foreign:
        return QStringLiteral("foreign");
    case BackupState::Damaged:
        return QStringLiteral("damaged");
    case BackupState::TooNew:
        return QStringLiteral("too-new");
    }
    return QString();
}

// Unknown numbers are null, not -1: a script must not add them up.
QJsonValue count(int value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString countText(int value, int width)
{
    return (value < 0 ? QStringLiteral("-") : QString::number(value)).rightJustified(width);
}

void printJson(const QString& dataDirectory, const QString& backupDirectory,
               const QList<BackupInfo>& backups, CommandIo& io)
{
    QJsonArray list;
    for (const BackupInfo& backup : backups) {
        list.append(QJsonObject{
            {QStringLiteral("path"), QDir::toNativeSeparators(backup.path)},
            {QStringLiteral("file"), QFileInfo(backup.path).fileName()},
            {QStringLiteral("madeAt"), backup.madeAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("sizeBytes"), backup.sizeBytes},
            {QStringLiteral("schemaVersion"), count(backup.schemaVersion)},
            {QStringLiteral("notes"), count(backup.notes)},
            {QStringLiteral("stories"), count(backup.stories)},
            {QStringLiteral("reviews"), count(backup.reviews)},
            {QStringLiteral("intact"), backup.intact()},
            {QStringLiteral("state"), stateName(backup.state)},
            {QStringLiteral("problem"), backup.problem},
        });
    }
    const QJsonObject document{
        {QStringLiteral("dataDirectory"), QDir::toNativeSeparators(dataDirectory)},
        {QStringLiteral("backupDirectory"), QDir::toNativeSeparators(backupDirectory)},
        {QStringLiteral("backups"), list},
    };
    io.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void printTable(const QString& backupDirectory, const QList<BackupInfo>& backups, CommandIo& io)
{
    if (backups.isEmpty()) {
        io.out << "No backups yet in " << QDir::toNativeSeparators(backupDirectory) << ".\n";
        return;
    }
    io.out << "Backups in " << QDir::toNativeSeparators(backupDirectory) << ", newest first:\n\n"
           << "  made (UTC)                size  notes  stories  reviews  state    file\n";
    const QLocale c = QLocale::c();
    for (const BackupInfo& backup : backups) {
        const QString made = backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        io.out << "  " << made.leftJustified(19) << ' '
               << c.formattedDataSize(backup.sizeBytes, 1, QLocale::DataSizeTraditionalFormat)
                      .rightJustified(10)
               << ' ' << countText(backup.notes, 6) << ' ' << countText(backup.stories, 8) << ' '
               << countText(backup.reviews, 8) << "  "
               << (backup.intact() ? QStringLiteral("ok") : stateName(backup.state).toUpper())
                      .leftJustified(8)
               << ' ' << QFileInfo(backup.path).fileName() << '\n';
        if (!backup.intact())
            io.out << "      " << backup.problem << '\n';
    }
    io.out << "\nRestore one with 'interview-prep restore-backup FILE', or the newest intact one "
              "with 'interview-prep restore-backup latest'.\n";
}

} // namespace

int runBackupsCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the backups of the database, newest first: when each was made, its "
                       "size, how many notes, stories and reviews it holds, and whether it is "
                       "intact. Changes nothing. Exits with 1 when the folder holds no data or a "
                       "backup cannot be restored."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON document instead of a table."));
    parser.addOption(json);
    parser.addOption(dataDirOption());
    if (const auto status = parseCommandLine(parser, arguments, io, Usage))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "interview-prep backups: unexpected argument '"
               << parser.positionalArguments().first() << "'.\nUsage: " << Usage << '\n';
        return ExitUsage;
    }

    // Only looks: never creates the folder or a database, so a mistyped
    // --data-dir is reported rather than made. A folder whose database is
    // gone but whose backups remain is when this list is needed most, so only
    // a folder with neither is refused.
    const QString dataDirectory = dataDirectoryFrom(parser);
    const BackupService folder(dataDirectory);
    const QString backupDirectory = folder.directory();
    const Result<QList<BackupInfo>> backups = folder.list();
    if (auto exists = requireExistingData(dataDirectory);
        !exists && (!backups || backups->isEmpty())) {
        printError(io, CommandName, exists.error());
        return ExitFailure;
    }
    if (!backups) {
        printError(io, CommandName, backups.error());
        return ExitFailure;
    }

    if (parser.isSet(json))
        printJson(dataDirectory, backupDirectory, *backups, io);
    else
        printTable(backupDirectory, *backups, io);

    qsizetype unusable = 0;
    for (const BackupInfo& backup : *backups)
        unusable += backup.intact() ? 0 : 1;
    if (unusable > 0) {
        io.err << "interview-prep backups: " << unusable << " of " << backups->size()
               << " backups cannot be restored (damaged, not Interview Prep's, or from a newer "
                  "version); nothing was changed.\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace ip::cli
