#include "cli/ExportCommand.h"

#include "cli/AnkiDeckExport.h"
#include "cli/CountText.h"
#include "cli/DataDirOption.h"
#include "services/ExportService.h"
#include "services/OutputFile.h"
#include "services/StoryExporter.h"
#include "services/StudyData.h"

#include <QDir>
#include <QFileDevice>
#include <cerrno>
#include <csignal>
#include <optional>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("export");
const QString Usage = QStringLiteral("interview-prep export --format "
                                     "json|stories-md|stories-pdf|anki-tsv "
                                     "[--data-dir DIR] [--out FILE] [--guide KEY] [--deck NAME]");

// Standard output passes two buffers (QTextStream's, then the C library's),
// so a full disk or a reader that went away shows only when they are
// flushed: the document counts as written once the flush succeeded, and a
// script never gets exit 0 with half a document.
Result<void> writeToStandardOutput(QTextStream& out, const QString& text)
{
    auto* device = qobject_cast<QFileDevice*>(out.device());
    // A closed pipe would kill the process with SIGPIPE, silently and
    // mid-document; ignored, it is an EPIPE error to report.
    if (device)
        std::signal(SIGPIPE, SIG_IGN);
    errno = 0;
    out << text;
    out.flush();
    if (out.status() == QTextStream::Ok && (!device || device->error() == QFileDevice::NoError))
        return {};
    const QString incomplete = QStringLiteral("The output is incomplete.");
    int cause = errno;
    if (cause == 0 && device && device->error() == QFileDevice::ResourceError)
        cause = ENOSPC;
    if (cause == EPIPE)
        return makeError(ErrorKind::Io,
                         QStringLiteral("Cannot write standard output: it was closed before the "
                                        "export was complete (the program reading it stopped). ") +
                             incomplete);
    return OutputFile::writeError(QStringLiteral("standard output"), cause,
                                  device ? device->errorString() : QString(), incomplete);
}

int writeOrReport(CommandIo& io, const QString& text)
{
    if (auto written = writeToStandardOutput(io.out, text); !written) {
        printError(io, CommandName, written.error());
        return ExitFailure;
    }
    return ExitOk;
}

// Without out, to standard output.
int exportJson(StudyData& data, const std::optional<QString>& out, CommandIo& io)
{
    const Result<BackupDocument> document = data.exporter().exportAll();
    if (!document) {
        printError(io, CommandName, document.error());
        return ExitFailure;
    }
    if (!out)
        return writeOrReport(io, QString::fromUtf8(document->toJson()));
    if (auto written = document->writeFile(*out); !written) {
        printError(io, CommandName, written.error());
        return ExitFailure;
    }
    // Interview dates and mock interviews are named when there are some, as
    // restore names them.
    QStringList exported{countText(document->requirements.size(), "requirement", "requirements"),
                         countText(document->notes.size(), "note", "notes"),
                         countText(document->stories.size(), "story", "stories"),
                         countText(document->reviews.size(), "review", "reviews")};
    if (!document->interviewDates.isEmpty())
        exported << countText(document->interviewDates.size(), "interview date", "interview dates");
    if (!document->mockInterviews.isEmpty())
        exported << countText(document->mockInterviews.size(), "mock interview", "mock interviews");
    const QString last = exported.takeLast();
    io.err << QStringLiteral("Exported %1 and %2 to %3.\n")
                  .arg(exported.join(QStringLiteral(", ")), last, QDir::toNativeSeparators(*out));
    return ExitOk;
}

// stories-md and stories-pdf: every story, its linked questions named from
// the guides in the library.
int exportStories(StudyData& data, bool pdf, const std::optional<QString>& out, CommandIo& io)
{
    const Result<StoryCollection> collection = data.storyCollection();
    if (!collection) {
        printError(io, CommandName, collection.error());
        return ExitFailure;
    }
    const QList<StarStory>& stories = collection->stories;
    if (!out)
        return writeOrReport(io, StoryExporter::toMarkdown(stories, collection->guides));
    QString pages;
    if (pdf) {
        const Result<int> written = StoryExporter::writePdf(*out, stories, collection->guides);
        if (!written) {
            printError(io, CommandName, written.error());
            return ExitFailure;
        }
        pages = QStringLiteral(" (%1 pages)").arg(written.value());
    } else if (auto written = StoryExporter::writeMarkdown(*out, stories, collection->guides);
               !written) {
        printError(io, CommandName, written.error());
        return ExitFailure;
    }
    io.err << QStringLiteral("Exported %1 to %2%3.\n")
                  .arg(countText(stories.size(), "story", "stories"),
                       QDir::toNativeSeparators(*out), pages);
    return ExitOk;
}

// anki-tsv: one guide or the whole library as a deck Anki imports.
int exportAnki(const QString& dataDirectory, const QString& guideKey, const QString& deckName,
               const std::optional<QString>& out, CommandIo& io)
{
    const Result<AnkiDeckExport> deck = ankiDeckExport(dataDirectory, guideKey, deckName);
    if (!deck) {
        printError(io, CommandName, deck.error());
        return ExitFailure;
    }
    if (!out)
        return writeOrReport(io, deck->text);
    if (auto written = OutputFile::write(*out, deck->text.toUtf8()); !written) {
        printError(io, CommandName, written.error());
        return ExitFailure;
    }
    io.err << QStringLiteral("Exported %1 of %2 to %3.\n")
                  .arg(countText(deck->questions, "question", "questions"),
                       countText(deck->guides, "guide", "guides"), QDir::toNativeSeparators(*out));
    return ExitOk;
}

int usageError(CommandIo& io, const QString& problem)
{
    io.err << "interview-prep export: " << problem << "\nUsage: " << Usage << '\n';
    return ExitUsage;
}

} // namespace

int runExportCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write your own data to standard output or to a file.\n"
        "  json         all of it (requirement progress, notes, stories, practice\n"
        "               log, interview dates, mock interviews with their outlines)\n"
        "               as one JSON document, for 'interview-prep restore'\n"
        "  stories-md   your STAR stories as Markdown, with the questions each\n"
        "               one answers\n"
        "  stories-pdf  the same as an A4 PDF, one story per page (needs --out)\n"
        "  anki-tsv     a deck for Anki (File > Import): one note per question, the\n"
        "               answer's parts and your note on the back, the category\n"
        "               and the guide as tags; every guide in the library, or the\n"
        "               one --guide names"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral(
            "The output format: json (the default), stories-md, stories-pdf or anki-tsv."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Write to FILE instead of standard output."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption guideOption(
        QStringLiteral("guide"),
        QStringLiteral("anki-tsv: only this guide, by its key as 'interview-prep check --json' "
                       "prints it (an included guide or one in the library)."),
        QStringLiteral("KEY"));
    const QCommandLineOption deckOption(
        QStringLiteral("deck"),
        QStringLiteral("anki-tsv: the deck the notes go into (default: \"Interview "
                       "Prep::<guide title>\", or \"Interview Prep\" for several guides)."),
        QStringLiteral("NAME"));
    parser.addOption(formatOption);
    parser.addOption(outOption);
    parser.addOption(guideOption);
    parser.addOption(deckOption);
    parser.addOption(dataDirOption());
    if (const auto status = parseCommandLine(parser, arguments, io, Usage))
        return *status;

    const QString format = parser.value(formatOption);
    const bool json = format == QLatin1String("json");
    const bool pdf = format == QLatin1String("stories-pdf");
    const bool anki = format == QLatin1String("anki-tsv");
    if (!json && !pdf && !anki && format != QLatin1String("stories-md"))
        return usageError(io, QStringLiteral("unknown format '%1'; the formats are json, "
                                             "stories-md, stories-pdf and anki-tsv.")
                                  .arg(format));
    if (!anki && (parser.isSet(guideOption) || parser.isSet(deckOption)))
        return usageError(io, QStringLiteral("--guide and --deck go with --format anki-tsv only."));
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            io,
            QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    std::optional<QString> out;
    if (parser.isSet(outOption))
        out = parser.value(outOption);
    if (pdf && !out)
        return usageError(io, QStringLiteral("a PDF is not written to standard output; name the "
                                             "file with --out FILE."));

    // Refused before anything is read: a device, a pipe or a folder named by
    // mistake is never replaced, whoever runs the command.
    if (out) {
        if (auto replaceable = OutputFile::checkReplaceable(*out); !replaceable) {
            printError(io, CommandName, replaceable.error());
            return ExitFailure;
        }
    }

    if (anki)
        return exportAnki(dataDirectoryFrom(parser), parser.value(guideOption),
                          parser.value(deckOption), out, io);

    auto database = openDataForReading(dataDirectoryFrom(parser));
    if (!database) {
        printError(io, CommandName, database.error());
        return ExitFailure;
    }
    return json ? exportJson(**database, out, io) : exportStories(**database, pdf, out, io);
}

} // namespace ip::cli
