#include "cli/ExportCommand.h"

#include "cli/AnkiDeckExport.h"
#include "cli/CountText.h"
#include "cli/DataDirOption.h"
#include "services/ExportService.h"
#include "services/OutputFile.h"
#include "services/StoryExporter.h"
#include "services/StudyData.h"
#include "services/StudySheetDocument.h"
#include "services/StudySheetExporter.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <optional>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("export");
const QString Usage = QStringLiteral(
    "interview-prep export --format json|stories-md|stories-pdf|study-md|study-pdf|anki-tsv "
    "[--guide KEY] [--deck NAME] [--data-dir DIR] [--out FILE|DIR]");

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
    return usageError(io, CommandName, Usage, problem);
}

int failWith(CommandIo& io, const Error& error)
{
    printError(io, CommandName, error);
    return ExitFailure;
}

// study-md: one guide's sheet to standard output or a file (or, when --out
// is a folder that exists, to <key>.md in it); several guides as a folder.
int exportStudyMarkdown(const QList<GuideWork>& works, const std::optional<QString>& out,
                        CommandIo& io)
{
    const bool one = works.size() == 1;
    if (!out) {
        if (!one)
            return usageError(io, QStringLiteral("the library holds %1; choose one with --guide "
                                                 "KEY, or name a folder for all of them with "
                                                 "--out DIR.")
                                      .arg(countText(works.size(), "guide", "guides")));
        return writeOrReport(io, StudySheet::toMarkdown(works.first()));
    }
    if (one && !QFileInfo(*out).isDir()) {
        if (auto written = StudySheetExporter::writeMarkdown(*out, works.first()); !written)
            return failWith(io, written.error());
        io.err << QStringLiteral("Exported the study sheet of %1 to %2.\n")
                      .arg(works.first().guide.title.simplified(), QDir::toNativeSeparators(*out));
        return ExitOk;
    }
    const auto written = StudySheetExporter::writeFolder(*out, works);
    if (!written)
        return failWith(io, written.error());
    io.err << QStringLiteral("Exported %1 to %2.\n")
                  .arg(countText(written->size(), "study sheet", "study sheets"),
                       QDir::toNativeSeparators(*out));
    return ExitOk;
}

// study-md and study-pdf: the chosen guide, or every guide in the library
// (one PDF, each guide from a new page).
int exportStudySheets(StudyData& data, bool pdf, const QString& guideKey,
                      const std::optional<QString>& out, CommandIo& io)
{
    const auto works = StudySheetExporter::load(data, guideKey);
    if (!works)
        return failWith(io, works.error());
    if (!pdf)
        return exportStudyMarkdown(works.value(), out, io);
    const Result<int> pages = StudySheetDocument::writePdf(*out, works.value());
    if (!pages)
        return failWith(io, pages.error());
    const QString pageCount = countText(pages.value(), "page", "pages");
    if (works->size() == 1)
        io.err << QStringLiteral("Exported the study sheet of %1 to %2 (%3).\n")
                      .arg(works->first().guide.title.simplified(), QDir::toNativeSeparators(*out),
                           pageCount);
    else
        io.err << QStringLiteral("Exported the study sheets of %1 to %2 (%3).\n")
                      .arg(countText(works->size(), "guide", "guides"),
                           QDir::toNativeSeparators(*out), pageCount);
    return ExitOk;
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
        "  study-md     a study sheet: a guide with your notes, bookmarks and\n"
        "               requirement progress, as Markdown. With several guides in\n"
        "               the library and no --guide, --out names a folder that gets\n"
        "               one KEY.md per guide\n"
        "  study-pdf    the same as an A4 PDF (needs --out); without --guide every\n"
        "               guide in the library, each from a new page\n"
        "  anki-tsv     a deck for Anki (File > Import): one note per question, the\n"
        "               answer's parts and your note on the back, the category\n"
        "               and the guide as tags; every guide in the library, or the\n"
        "               one --guide names"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral("The output format: json (the default), stories-md, stories-pdf, study-md, "
                       "study-pdf or anki-tsv."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral("Write to FILE instead of standard output (study-md: a folder, DIR, for "
                       "several guides)."),
        QStringLiteral("FILE"));
    const QCommandLineOption guideOption(
        QStringLiteral("guide"),
        QStringLiteral("study-md, study-pdf, anki-tsv: only the guide with this key (see "
                       "'interview-prep check --json'). Default: every guide in the library."),
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
    const bool study = format.startsWith(QLatin1String("study-"));
    const bool anki = format == QLatin1String("anki-tsv");
    const bool pdf = format == QLatin1String("stories-pdf") || format == QLatin1String("study-pdf");
    if (!json && !pdf && !anki && format != QLatin1String("stories-md") &&
        format != QLatin1String("study-md"))
        return usageError(io, QStringLiteral("unknown format '%1'; the formats are json, "
                                             "stories-md, stories-pdf, study-md, study-pdf and "
                                             "anki-tsv.")
                                  .arg(format));
    if (parser.isSet(guideOption) && !study && !anki)
        return usageError(
            io, QStringLiteral("--guide is for the formats study-md, study-pdf and anki-tsv."));
    if (parser.isSet(deckOption) && !anki)
        return usageError(io, QStringLiteral("--deck goes with --format anki-tsv only."));
    if (parser.isSet(guideOption) && parser.value(guideOption).trimmed().isEmpty())
        return usageError(io, QStringLiteral("--guide needs a guide's key."));
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
    // mistake is never replaced, whoever runs the command. (study-md's --out
    // may be a folder; its files are checked before any is written.)
    if (out && format != QLatin1String("study-md")) {
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
    if (study)
        return exportStudySheets(**database, pdf, parser.value(guideOption), out, io);
    return json ? exportJson(**database, out, io) : exportStories(**database, pdf, out, io);
}

} // namespace ip::cli
