#pragma once

#include "cli/CommandLine.h"
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace ip {
class StudyData;
}

namespace ip::cli {

// What the storage sub-commands share: the --data-dir option, parsing with
// --help, opening the database and printing its errors.

QCommandLineOption dataDirOption();

// "Usage: SYNOPSIS", translated, for the help and for usage errors.
QString usageLine(const QString& usage);

// Parses `arguments` (program name first). Returns an exit status when the
// command must stop here (--help printed, or a usage error reported), or
// nothing to go on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    CommandIo& io, const QString& usage);

// The data folder the parsed --data-dir names, or the default one.
QString dataDirectoryFrom(const QCommandLineParser& parser);

// For the commands that only look (export, doctor, backups, backup): an
// ErrorKind::NotFound error, "There is no data in DIR ...", when the folder
// holds no database. Looking must never create a folder or an empty
// database: a typo in --data-dir would otherwise "export" nothing and exit 0.
Result<void> requireExistingData(const QString& dataDirectory);

// Opens the data for a command that only reads it (StudyData::openForReading):
// never creates it, and works read-only beside a running app.
Result<std::unique_ptr<StudyData>> openDataForReading(const QString& dataDirectory);

void printError(CommandIo& io, const QString& command, const Error& error);

// "interview-prep COMMAND: PROBLEM" and the usage line on standard error;
// returns ExitUsage.
int usageError(CommandIo& io, const QString& command, const QString& usage, const QString& problem);

} // namespace ip::cli
