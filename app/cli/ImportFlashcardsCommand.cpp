#include "cli/ImportFlashcardsCommand.h"

#include "cli/CountText.h"
#include "cli/DataDirOption.h"
#include "services/FlashcardImporter.h"
#include "services/OutputFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("import-flashcards");
const QString Usage = QStringLiteral(
    "interview-prep import-flashcards FILE --out GUIDE.md [--title TITLE] [--force]");
const QString NothingWritten = QStringLiteral("Nothing was written.");

int usageError(CommandIo& io, const QString& problem)
{
    return usageError(io, CommandName, Usage, problem);
}

int failure(CommandIo& io, const QString& message)
{
    printError(io, CommandName,
               Error{ErrorKind::InvalidInput,
                     message.contains(NothingWritten) ? message : message + u' ' + NothingWritten});
    return ExitFailure;
}

} // namespace

int runImportFlashcardsCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Make a guide file of flashcards: an Anki text export (Notes in Plain Text)\n"
        "or a spreadsheet saved as CSV or TSV with a front, a back and optionally a\n"
        "tags column. Each card becomes a question whose answer is the card's back,\n"
        "under the category its first tag names (General without one). The guide\n"
        "then opens like any other."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The flashcard file."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The guide file to write (Markdown)."),
                                       QStringLiteral("GUIDE.md"));
    const QCommandLineOption titleOption(
        QStringLiteral("title"),
        QStringLiteral("The guide's title (default: the file's name without its extension)."),
        QStringLiteral("TITLE"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Replace GUIDE.md when it exists."));
    parser.addOption(outOption);
    parser.addOption(titleOption);
    parser.addOption(forceOption);
    if (const auto status = parseCommandLine(parser, arguments, io, Usage))
        return *status;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(io, QStringLiteral("name the flashcard file to import."));
    if (files.size() > 1)
        return usageError(io, QStringLiteral("unexpected argument '%1'; import one file at a "
                                             "time.")
                                  .arg(files.at(1)));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(io, QStringLiteral("name the guide file to write with --out GUIDE.md."));
    const QString in = files.first();
    const QString out = parser.value(outOption);
    const QString shownOut = QDir::toNativeSeparators(out);

    const QFileInfo inInfo(in);
    const QFileInfo outInfo(out);
    if (outInfo.exists() && inInfo.exists() &&
        outInfo.canonicalFilePath() == inInfo.canonicalFilePath())
        return failure(io, QStringLiteral("%1 is the flashcard file itself; name another file "
                                          "with --out.")
                               .arg(shownOut));
    if (auto replaceable = OutputFile::checkReplaceable(out); !replaceable)
        return failure(io, replaceable.error().message);
    if (outInfo.exists() && !parser.isSet(forceOption))
        return failure(
            io, QStringLiteral("%1 exists already; give --force to replace it.").arg(shownOut));

    const Result<FlashcardImport> import =
        FlashcardImporter::importFile(in, out, parser.value(titleOption));
    if (!import)
        return failure(io, import.error().message);
    for (const Diagnostic& diagnostic : import->guide.diagnostics)
        io.err << shownOut << ':' << diagnostic.line << ':' << diagnostic.column
               << ": warning: " << diagnostic.message << '\n';
    io.out << QStringLiteral("Imported %1 into %2: the guide \"%3\" with %4.\n")
                  .arg(countText(import->cardCount, "flashcard", "flashcards"), shownOut,
                       import->guide.title,
                       countText(import->guide.categories.size(), "category", "categories"));
    return ExitOk;
}

} // namespace ip::cli
