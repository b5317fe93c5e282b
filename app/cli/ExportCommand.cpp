#include "cli/ExportCommand.h"

#include "cli/AnkiDeckExport.h"
#include "cli/DataDirOption.h"
#include "services/ExportService.h"
#include "services/OutputFile.h"
#include "services/StoryExporter.h"
#include "services/StudyData.h"
#include "services/StudySheetDocument.h"
#include "services/StudySheetExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <optional>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("export");
QString usage()
{
    return QCoreApplication::translate(
        "ExportCommand",
        "interview-prep export --format json|stories-md|stories-pdf|study-md|study-pdf|anki-tsv "
        "[--guide KEY] [--deck NAME] [--data-dir DIR] [--out FILE|DIR]");
}

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
    const QString incomplete =
        QCoreApplication::translate("ExportCommand", "The output is incomplete.");
    int cause = errno;
    if (cause == 0 && device && device->error() == QFileDevice::ResourceError)
        cause = ENOSPC;
    if (cause == EPIPE)
        return makeError(ErrorKind::Io,
                         QCoreApplication::translate("ExportCommand",
                                                     "Cannot write standard output: it was closed "
                                                     "before the export was complete (the program "
                                                     "reading it stopped). %1")
                             .arg(incomplete));
    return OutputFile::writeError(QCoreApplication::translate("ExportCommand", "standard output"),
                                  cause, device ? device->errorString() : QString(), incomplete);
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
    QStringList exported{QCoreApplication::translate("ExportCommand", "%n requirement(s)", nullptr,
                                                     int(document->requirements.size())),
                         QCoreApplication::translate("ExportCommand", "%n note(s)", nullptr,
                                                     int(document->notes.size())),
                         QCoreApplication::translate("ExportCommand", "%n story(ies)", nullptr,
                                                     int(document->stories.size())),
                         QCoreApplication::translate("ExportCommand", "%n review(s)", nullptr,
                                                     int(document->reviews.size()))};
    if (!document->interviewDates.isEmpty())
        exported << QCoreApplication::translate("ExportCommand", "%n interview date(s)", nullptr,
                                                int(document->interviewDates.size()));
    if (!document->mockInterviews.isEmpty())
        exported << QCoreApplication::translate("ExportCommand", "%n mock interview(s)", nullptr,
                                                int(document->mockInterviews.size()));
    const QString last = exported.takeLast();
    //: %1 is a list of counts ("3 requirements, 2 notes"), %2 the last count.
    io.err << QCoreApplication::translate("ExportCommand", "Exported %1 and %2 to %3.")
                  .arg(exported.join(QStringLiteral(", ")), last, QDir::toNativeSeparators(*out))
           << '\n';
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
    const int storyCount = int(stories.size());
    if (pdf) {
        const Result<int> written = StoryExporter::writePdf(*out, stories, collection->guides);
        if (!written) {
            printError(io, CommandName, written.error());
            return ExitFailure;
        }
        io.err << QCoreApplication::translate("ExportCommand", "Exported %n story(ies) to %1 (%2).",
                                              nullptr, storyCount)
                      .arg(QDir::toNativeSeparators(*out),
                           QCoreApplication::translate("ExportCommand", "%n page(s)", nullptr,
                                                       written.value()))
               << '\n';
        return ExitOk;
    }
    if (auto written = StoryExporter::writeMarkdown(*out, stories, collection->guides); !written) {
        printError(io, CommandName, written.error());
        return ExitFailure;
    }
    io.err << QCoreApplication::translate("ExportCommand", "Exported %n story(ies) to %1.", nullptr,
                                          storyCount)
                  .arg(QDir::toNativeSeparators(*out))
           << '\n';
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
    io.err << QCoreApplication::translate("ExportCommand", "Exported %n question(s) of %1 to %2.",
                                          nullptr, deck->questions)
                  .arg(QCoreApplication::translate("ExportCommand", "%n guide(s)", nullptr,
                                                   deck->guides),
                       QDir::toNativeSeparators(*out))
           << '\n';
    return ExitOk;
}

int usageError(CommandIo& io, const QString& problem)
{
    return usageError(io, CommandName, usage(), problem);
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
            return usageError(io, QCoreApplication::translate(
                                      "ExportCommand",
                                      "the library holds %n guide(s); choose one with --guide "
                                      "KEY, or name a folder for all of them with --out DIR.",
                                      nullptr, int(works.size())));
        return writeOrReport(io, StudySheet::toMarkdown(works.first()));
    }
    if (one && !QFileInfo(*out).isDir()) {
        if (auto written = StudySheetExporter::writeMarkdown(*out, works.first()); !written)
            return failWith(io, written.error());
        io.err << QCoreApplication::translate("ExportCommand",
                                              "Exported the study sheet of %1 to %2.")
                      .arg(works.first().guide.title.simplified(), QDir::toNativeSeparators(*out))
               << '\n';
        return ExitOk;
    }
    const auto written = StudySheetExporter::writeFolder(*out, works);
    if (!written)
        return failWith(io, written.error());
    io.err << QCoreApplication::translate("ExportCommand", "Exported %n study sheet(s) to %1.",
                                          nullptr, int(written->size()))
                  .arg(QDir::toNativeSeparators(*out))
           << '\n';
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
    const QString pageCount =
        QCoreApplication::translate("ExportCommand", "%n page(s)", nullptr, pages.value());
    if (works->size() == 1)
        io.err << QCoreApplication::translate("ExportCommand",
                                              "Exported the study sheet of %1 to %2 (%3).")
                      .arg(works->first().guide.title.simplified(), QDir::toNativeSeparators(*out),
                           pageCount)
               << '\n';
    else
        io.err << QCoreApplication::translate("ExportCommand",
                                              "Exported the study sheets of %n guide(s) to %1 "
                                              "(%2).",
                                              nullptr, int(works->size()))
                      .arg(QDir::toNativeSeparators(*out), pageCount)
               << '\n';
    return ExitOk;
}

} // namespace

int runExportCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ExportCommand",
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
        QCoreApplication::translate("ExportCommand",
                                    "The output format: json (the default), stories-md, "
                                    "stories-pdf, study-md, study-pdf or anki-tsv."),
        QCoreApplication::translate("ExportCommand", "FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("ExportCommand",
                                    "Write to FILE instead of standard output (study-md: a "
                                    "folder, DIR, for several guides)."),
        QCoreApplication::translate("ExportCommand", "FILE"));
    const QCommandLineOption guideOption(
        QStringLiteral("guide"),
        QCoreApplication::translate("ExportCommand",
                                    "study-md, study-pdf, anki-tsv: only the guide with this key "
                                    "(see 'interview-prep check --json'). Default: every guide in "
                                    "the library."),
        QCoreApplication::translate("ExportCommand", "KEY"));
    const QCommandLineOption deckOption(
        QStringLiteral("deck"),
        QCoreApplication::translate("ExportCommand",
                                    "anki-tsv: the deck the notes go into (default: \"Interview "
                                    "Prep::<guide title>\", or \"Interview Prep\" for several "
                                    "guides)."),
        QCoreApplication::translate("ExportCommand", "NAME"));
    parser.addOption(formatOption);
    parser.addOption(outOption);
    parser.addOption(guideOption);
    parser.addOption(deckOption);
    parser.addOption(dataDirOption());
    if (const auto status = parseCommandLine(parser, arguments, io, usage()))
        return *status;

    const QString format = parser.value(formatOption);
    const bool json = format == QLatin1String("json");
    const bool study = format.startsWith(QLatin1String("study-"));
    const bool anki = format == QLatin1String("anki-tsv");
    const bool pdf = format == QLatin1String("stories-pdf") || format == QLatin1String("study-pdf");
    if (!json && !pdf && !anki && format != QLatin1String("stories-md") &&
        format != QLatin1String("study-md"))
        return usageError(io, QCoreApplication::translate(
                                  "ExportCommand",
                                  "unknown format '%1'; the formats are json, stories-md, "
                                  "stories-pdf, study-md, study-pdf and anki-tsv.")
                                  .arg(format));
    if (parser.isSet(guideOption) && !study && !anki)
        return usageError(io, QCoreApplication::translate(
                                  "ExportCommand",
                                  "--guide is for the formats study-md, study-pdf and anki-tsv."));
    if (parser.isSet(deckOption) && !anki)
        return usageError(io, QCoreApplication::translate(
                                  "ExportCommand", "--deck goes with --format anki-tsv only."));
    if (parser.isSet(guideOption) && parser.value(guideOption).trimmed().isEmpty())
        return usageError(
            io, QCoreApplication::translate("ExportCommand", "--guide needs a guide's key."));
    if (!parser.positionalArguments().isEmpty())
        return usageError(io,
                          QCoreApplication::translate("ExportCommand", "unexpected argument '%1'.")
                              .arg(parser.positionalArguments().first()));
    std::optional<QString> out;
    if (parser.isSet(outOption))
        out = parser.value(outOption);
    if (pdf && !out)
        return usageError(io, QCoreApplication::translate(
                                  "ExportCommand", "a PDF is not written to standard "
                                                   "output; name the file with --out FILE."));

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
