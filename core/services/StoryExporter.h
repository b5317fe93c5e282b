#pragma once

#include "model/Guide.h"
#include "model/LibraryEntry.h"
#include "model/StarStory.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ip {

class Database;

// Every story in a database and the guides in its library: what an export
// of the stories prints.
struct StoryCollection {
    QList<StarStory> stories; // oldest first
    QList<Guide> guides;
};

// The candidate's STAR stories as a document to read, print or take to the
// interview: Markdown, or an A4 PDF with one story per page.
//
// Each story gives its title (an empty one reads "Untitled story"), its tags
// when it has any, the four parts in order (an empty part reads "Not written
// yet.") and, when it answers questions, an "Answers:" list of them as
// "Question 12: prompt". A linked question found in none of the guides given
// is printed as its key, so a story keeps its links when a guide is missing.
//
// The files are written atomically (a temporary file in the same folder,
// renamed over the target on success): an export that fails leaves any
// earlier file as it was.
class StoryExporter {
    Q_DECLARE_TR_FUNCTIONS(StoryExporter)

public:
    // guide: used to print each linked question's number and prompt (keys
    // not in the guide are printed as their key). May be null.
    static QString toMarkdown(const QList<StarStory>& stories, const Guide* guide);
    static Result<void> writeMarkdown(const QString& path, const QList<StarStory>& stories,
                                      const Guide* guide);
    // One story per page (a story too long for a page runs on to the next);
    // returns the page count written. Needs a QGuiApplication (fonts): without
    // one, or with no stories, it returns an error and writes nothing.
    static Result<int> writePdf(const QString& path, const QList<StarStory>& stories,
                                const Guide* guide);

    // The same with several guides: a story may answer questions of any guide
    // in the library. The first guide holding a question's keys names it.
    static QString toMarkdown(const QList<StarStory>& stories, const QList<Guide>& guides);
    static Result<void> writeMarkdown(const QString& path, const QList<StarStory>& stories,
                                      const QList<Guide>& guides);
    static Result<int> writePdf(const QString& path, const QList<StarStory>& stories,
                                const QList<Guide>& guides);

    // Reads the stories and the library's guides. A library that cannot be
    // read only costs the prompts (keys are printed instead); stories that
    // cannot be read are an error.
    static Result<StoryCollection> load(Database& database);

    // The guides stored in the library's snapshots, in entry order; a
    // snapshot that does not read as a guide is skipped (it is only a cache).
    static QList<Guide> guidesFromLibrary(const QList<LibraryEntry>& entries);

    // How one linked question is printed: "Question 12: prompt", or its key.
    static QString questionLabel(const QuestionRef& question, const QList<Guide>& guides);
};

} // namespace ip
