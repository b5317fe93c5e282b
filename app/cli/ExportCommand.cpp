#include "cli/ExportCommand.h"

#include "cli/DataDirOption.h"
#include "services/ExportService.h"
#include "storage/Database.h"

#include <QDir>

namespace ip::cli {

int runExportCommand(const QStringList& arguments, CommandIo& io)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write all your own data (requirement progress, notes, stories, practice "
                       "log) as one JSON document, to standard output or to a file."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("The output format; only json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Write to FILE instead of standard output."),
                                       QStringLiteral("FILE"));
    parser.addOption(formatOption);
    parser.addOption(outOption);
    parser.addOption(dataDirOption());
    const QString usage =
        QStringLiteral("interview-prep export --format json [--data-dir DIR] [--out FILE]");
    if (const auto status = parseCommandLine(parser, arguments, io, usage))
        return *status;
    if (parser.value(formatOption) != QLatin1String("json")) {
        io.err << "interview-prep export: unknown format '" << parser.value(formatOption)
               << "'; the only format is json.\nUsage: " << usage << '\n';
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "interview-prep export: unexpected argument '"
               << parser.positionalArguments().first() << "'.\nUsage: " << usage << '\n';
        return ExitUsage;
    }

    auto database = openDatabaseForReading(dataDirectoryFrom(parser));
    if (!database) {
        printError(io, command, database.error());
        return ExitFailure;
    }
    const Result<BackupDocument> document = ExportService(**database).exportAll();
    if (!document) {
        printError(io, command, document.error());
        return ExitFailure;
    }

    if (!parser.isSet(outOption)) {
        io.out << QString::fromUtf8(document->toJson());
        return ExitOk;
    }
    const QString out = parser.value(outOption);
    if (auto written = document->writeFile(out); !written) {
        printError(io, command, written.error());
        return ExitFailure;
    }
    io.err << QStringLiteral(
                  "Exported %1 requirements, %2 notes, %3 stories and %4 reviews to %5.\n")
                  .arg(document->requirements.size())
                  .arg(document->notes.size())
                  .arg(document->stories.size())
                  .arg(document->reviews.size())
                  .arg(QDir::toNativeSeparators(out));
    return ExitOk;
}

} // namespace ip::cli
