#include "cli/BackupsCommand.h"

#include "cli/DataDirOption.h"
#include "cli/TableLine.h"
#include "services/BackupService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <array>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("backups");
QString usage()
{
    return QCoreApplication::translate("BackupsCommand",
                                       "interview-prep backups [--json] [--data-dir DIR]");
}

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

QString countText(int value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value);
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
        io.out << QCoreApplication::translate("BackupsCommand", "No backups yet in %1.")
                      .arg(QDir::toNativeSeparators(backupDirectory))
               << '\n';
        return;
    }
    io.out << QCoreApplication::translate("BackupsCommand", "Backups in %1, newest first:")
                  .arg(QDir::toNativeSeparators(backupDirectory))
           << "\n\n";
    // The headings are translated: a column is as wide as its values or its
    // heading, whichever is wider. The state is the one JSON gives.
    const QStringList headings{QCoreApplication::translate("BackupsCommand", "made (UTC)"),
                               QCoreApplication::translate("BackupsCommand", "size"),
                               QCoreApplication::translate("BackupsCommand", "notes"),
                               QCoreApplication::translate("BackupsCommand", "stories"),
                               QCoreApplication::translate("BackupsCommand", "reviews"),
                               QCoreApplication::translate("BackupsCommand", "state"),
                               QCoreApplication::translate("BackupsCommand", "file")};
    constexpr std::array<qsizetype, 6> valueWidths{19, 10, 6, 8, 8, 8};
    constexpr std::array<bool, 6> rightAligned{false, true, true, true, true, false};
    constexpr std::array<const char*, 6> gaps{" ", " ", " ", " ", "  ", " "};
    const auto line = [&](const QStringList& cells) {
        return QStringLiteral("  ") + tableLine(headings, valueWidths, rightAligned, gaps, cells);
    };
    io.out << line(headings) << '\n';
    const QLocale c = QLocale::c();
    for (const BackupInfo& backup : backups) {
        io.out << line(
                      {backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       c.formattedDataSize(backup.sizeBytes, 1, QLocale::DataSizeTraditionalFormat),
                       countText(backup.notes), countText(backup.stories),
                       countText(backup.reviews),
                       backup.intact() ? QStringLiteral("ok") : stateName(backup.state).toUpper(),
                       QFileInfo(backup.path).fileName()})
               << '\n';
        if (!backup.intact())
            io.out << "      " << backup.problem << '\n';
    }
    io.out << '\n'
           << QCoreApplication::translate("BackupsCommand",
                                          "Restore one with 'interview-prep restore-backup FILE', "
                                          "or the newest intact one with 'interview-prep "
                                          "restore-backup latest'.")
           << '\n';
}

} // namespace

int runBackupsCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "BackupsCommand", "List the backups of the database, newest first: when each "
                          "was made, its size, how many notes, stories and reviews it "
                          "holds, and whether it is intact. Changes nothing. Exits with "
                          "1 when the folder holds no data or a backup cannot be "
                          "restored."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("BackupsCommand",
                                    "Print one JSON document instead of a table."));
    parser.addOption(json);
    parser.addOption(dataDirOption());
    if (const auto status = parseCommandLine(parser, arguments, io, usage()))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, CommandName, usage(),
                          QCoreApplication::translate("BackupsCommand", "unexpected argument '%1'.")
                              .arg(parser.positionalArguments().first()));

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
        io.err << "interview-prep backups: "
               << QCoreApplication::translate("BackupsCommand",
                                              "%1 of %n backup(s) cannot be restored (damaged, not "
                                              "Interview Prep's, or from a newer version); nothing "
                                              "was changed.",
                                              nullptr, int(backups->size()))
                      .arg(unusable)
               << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace ip::cli
