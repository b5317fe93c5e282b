#include "cli/DataDirOption.h"

#include "storage/DataDirectory.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace ip::cli {

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(QStringLiteral("data-dir"),
                              QStringLiteral("Keep the database in DIR instead of the user's "
                                             "application data folder."),
                              QStringLiteral("DIR"));
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    CommandIo& io, const QString& usage)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        io.err << "interview-prep: " << parser.errorText() << "\nUsage: " << usage << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser's own usage line names the executable without the
        // sub-command; print ours and keep its list of options.
        const QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String("Options:"));
        io.out << "Usage: " << usage << "\n\n"
               << parser.applicationDescription() << "\n\n"
               << (options >= 0 ? text.mid(options) : text);
        return ExitOk;
    }
    return std::nullopt;
}

QString dataDirectoryFrom(const QCommandLineParser& parser)
{
    return resolveDataDirectory(parser.value(QStringLiteral("data-dir")));
}

Result<void> requireExistingData(const QString& dataDirectory)
{
    const QFileInfo file(QDir(dataDirectory).filePath(QString::fromLatin1(Database::FileName)));
    if (file.isFile() && file.size() > 0)
        return {};
    return makeError(
        ErrorKind::NotFound,
        QStringLiteral("There is no data in %1 (no %2 there). Nothing was created; "
                       "check --data-dir.")
            .arg(QDir::toNativeSeparators(dataDirectory), QString::fromLatin1(Database::FileName)));
}

Result<std::unique_ptr<Database>> openDatabaseForReading(const QString& dataDirectory)
{
    if (auto exists = requireExistingData(dataDirectory); !exists)
        return exists.error();
    DatabaseOptions options;
    options.scheduledBackup = false;
    auto database = Database::open(dataDirectory, options);
    if (database)
        return database;
    const ErrorKind kind = database.error().kind;
    if (kind != ErrorKind::AlreadyRunning && kind != ErrorKind::ReadOnly)
        return database;
    options.mode = OpenMode::ReadOnly;
    auto readOnly = Database::open(dataDirectory, options);
    // The first error explains the situation better when both fail.
    return readOnly ? std::move(readOnly) : std::move(database);
}

void printError(CommandIo& io, const QString& command, const Error& error)
{
    io.err << "interview-prep " << command << ": " << error.message << '\n';
}

} // namespace ip::cli
