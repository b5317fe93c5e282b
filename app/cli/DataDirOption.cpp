#include "cli/DataDirOption.h"

#include "services/StudyData.h"
#include "util/DataDirectory.h"

#include <QCoreApplication>

namespace ip::cli {

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(QStringLiteral("data-dir"),
                              QCoreApplication::translate("DataDirOption",
                                                          "Keep the database in DIR instead of "
                                                          "the user's application data folder."),
                              QCoreApplication::translate("DataDirOption", "DIR"));
}

QString usageLine(const QString& usage)
{
    return QCoreApplication::translate("DataDirOption", "Usage: %1").arg(usage);
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    CommandIo& io, const QString& usage)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        io.err << "interview-prep: " << parser.errorText() << '\n' << usageLine(usage) << '\n';
        return ExitUsage;
    }
    // "--data-dir=" (a variable that was empty) would otherwise act on the
    // standard data folder, the user's real library.
    if (parser.optionNames().contains(QStringLiteral("data-dir")) &&
        parser.value(QStringLiteral("data-dir")).trimmed().isEmpty()) {
        io.err << "interview-prep: "
               << QCoreApplication::translate("DataDirOption", "--data-dir needs a folder") << '\n'
               << usageLine(usage) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser's own usage line names the executable without the
        // sub-command; print ours and keep its list of options.
        // Its "Options:" heading comes from Qt's catalogue, so the list is
        // found by its first option line, in any language.
        const QString text = parser.helpText();
        const qsizetype firstOption = text.indexOf(QLatin1String("\n  -"));
        const qsizetype options =
            firstOption < 0 ? -1 : text.lastIndexOf(u'\n', firstOption - 1) + 1;
        io.out << usageLine(usage) << "\n\n"
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
    return StudyData::requireExisting(dataDirectory);
}

Result<std::unique_ptr<StudyData>> openDataForReading(const QString& dataDirectory)
{
    return StudyData::openForReading(dataDirectory);
}

void printError(CommandIo& io, const QString& command, const Error& error)
{
    io.err << "interview-prep " << command << ": " << error.message << '\n';
}

int usageError(CommandIo& io, const QString& command, const QString& usage, const QString& problem)
{
    io.err << "interview-prep " << command << ": " << problem << '\n' << usageLine(usage) << '\n';
    return ExitUsage;
}

} // namespace ip::cli
