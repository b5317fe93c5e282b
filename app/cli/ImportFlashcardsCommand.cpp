#include "cli/ImportFlashcardsCommand.h"

#include "cli/DataDirOption.h"
#include "services/FlashcardImporter.h"
#include "services/OutputFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("import-flashcards");
QString usage()
{
    return QCoreApplication::translate(
        "ImportFlashcardsCommand",
        "interview-prep import-flashcards FILE --out GUIDE.md [--title TITLE] [--force]");
}

int usageError(CommandIo& io, const QString& problem)
{
    return usageError(io, CommandName, usage(), problem);
}

int failure(CommandIo& io, const QString& message)
{
    const QString nothingWritten =
        QCoreApplication::translate("ImportFlashcardsCommand", "Nothing was written.");
    //: %1 is an error message, one or more sentences.
    const QString told =
        QCoreApplication::translate("ImportFlashcardsCommand", "%1 Nothing was written.")
            .arg(message);
    printError(io, CommandName,
               Error{ErrorKind::InvalidInput, message.contains(nothingWritten) ? message : told});
    return ExitFailure;
}

} // namespace

int runImportFlashcardsCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ImportFlashcardsCommand",
        "Make a guide file of flashcards: an Anki text export (Notes in Plain Text)\n"
        "or a spreadsheet saved as CSV or TSV with a front, a back and optionally a\n"
        "tags column. Each card becomes a question whose answer is the card's back,\n"
        "under the category its first tag names (General without one). The guide\n"
        "then opens like any other."));
    parser.addPositionalArgument(
        QCoreApplication::translate("ImportFlashcardsCommand", "FILE"),
        QCoreApplication::translate("ImportFlashcardsCommand", "The flashcard file."));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("ImportFlashcardsCommand",
                                    "The guide file to write (Markdown)."),
        QCoreApplication::translate("ImportFlashcardsCommand", "GUIDE.md"));
    const QCommandLineOption titleOption(
        QStringLiteral("title"),
        QCoreApplication::translate("ImportFlashcardsCommand",
                                    "The guide's title (default: the file's name without its "
                                    "extension)."),
        QCoreApplication::translate("ImportFlashcardsCommand", "TITLE"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        QCoreApplication::translate("ImportFlashcardsCommand", "Replace GUIDE.md when it exists."));
    parser.addOption(outOption);
    parser.addOption(titleOption);
    parser.addOption(forceOption);
    if (const auto status = parseCommandLine(parser, arguments, io, usage()))
        return *status;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(io, QCoreApplication::translate("ImportFlashcardsCommand",
                                                          "name the flashcard file to import."));
    if (files.size() > 1)
        return usageError(io, QCoreApplication::translate("ImportFlashcardsCommand",
                                                          "unexpected argument '%1'; import one "
                                                          "file at a time.")
                                  .arg(files.at(1)));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(
            io, QCoreApplication::translate("ImportFlashcardsCommand",
                                            "name the guide file to write with --out GUIDE.md."));
    const QString in = files.first();
    const QString out = parser.value(outOption);
    const QString shownOut = QDir::toNativeSeparators(out);

    const QFileInfo inInfo(in);
    const QFileInfo outInfo(out);
    if (outInfo.exists() && inInfo.exists() &&
        outInfo.canonicalFilePath() == inInfo.canonicalFilePath())
        return failure(io, QCoreApplication::translate("ImportFlashcardsCommand",
                                                       "%1 is the flashcard file itself; name "
                                                       "another file with --out.")
                               .arg(shownOut));
    if (auto replaceable = OutputFile::checkReplaceable(out); !replaceable)
        return failure(io, replaceable.error().message);
    if (outInfo.exists() && !parser.isSet(forceOption))
        return failure(io,
                       QCoreApplication::translate("ImportFlashcardsCommand",
                                                   "%1 exists already; give --force to replace it.")
                           .arg(shownOut));

    const Result<FlashcardImport> import =
        FlashcardImporter::importFile(in, out, parser.value(titleOption));
    if (!import)
        return failure(io, import.error().message);
    for (const Diagnostic& diagnostic : import->guide.diagnostics)
        io.err << shownOut << ':' << diagnostic.line << ':' << diagnostic.column
               << ": warning: " << diagnostic.message << '\n';
    io.out << QCoreApplication::translate("ImportFlashcardsCommand",
                                          "Imported %n flashcard(s) into %1: the guide \"%2\" "
                                          "with %3.",
                                          nullptr, import->cardCount)
                  .arg(shownOut, import->guide.title,
                       QCoreApplication::translate("ImportFlashcardsCommand", "%n category(ies)",
                                                   nullptr, int(import->guide.categories.size())))
           << '\n';
    return ExitOk;
}

} // namespace ip::cli
