#pragma once

#include "model/Guide.h"
#include "model/LibraryEntry.h"
#include "services/GuideLibrary.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ip {

class Database;
class LibraryRepository;

// What adding a guide file to the library did.
struct LibraryAddition {
    enum class Outcome {
        Added,    // the library did not hold the guide's key before
        Updated,  // it did, from other bytes or another file: replaced
        UpToDate, // the same file with the same bytes: nothing changed
        Invalid,  // the guide has errors (see guide.diagnostics): not stored
    };
    Outcome outcome = Outcome::Invalid;
    // The absolute path the library records.
    QString path;
    // As parsed, or as the stored snapshot holds it when up to date; its
    // diagnostics say what is wrong when Invalid, and may hold warnings
    // otherwise.
    Guide guide;
};

// A guide in the library as the user sees it in a list.
struct LibraryGuide {
    // Whether the file the guide was imported from is still as it was read.
    enum class FileState { Present, Missing, Changed };

    QString key;
    QString title;
    QString path;
    int questions = 0;
    int requirements = 0;
    QDateTime importedAt; // UTC
    FileState file = FileState::Present;
    // Comes with the program (a resource path): always in the library.
    bool shipped = false;

    // The order lists show guides in: by title whatever the case, then key.
    static bool listedBefore(const LibraryGuide& a, const LibraryGuide& b)
    {
        const int order = a.title.compare(b.title, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.key < b.key;
    }
};

// The candidate's library of guides, managed by hand (`interview-prep
// library`): files are added and parsed once, listed with where they came
// from, and removed. Removing a guide takes only the library's copy and its
// search entries; the candidate's notes, progress, stories links and
// practice stay under the guide's keys and show again when it is added back.
class LibraryService {
    Q_DECLARE_TR_FUNCTIONS(LibraryService)

public:
    LibraryService(Database& database, LibraryRepository& library)
        : m_database(database), m_library(library)
    {
    }

    // Parses the guide file (GuideLibrary: in the limited worker, or from
    // the snapshot when its bytes are unchanged) and stores it with its
    // search documents unless it has errors; then its diagnostics are
    // recorded as a problem (see problems()). A missing file is NotFound, a
    // folder InvalidInput; both change nothing.
    Result<LibraryAddition> add(const QString& path);
    // What add() refuses before it touches the library: a path that names no
    // file (NotFound) or a folder (InvalidInput). Lets a command check a file
    // before it opens, or creates, the database.
    static Result<void> requireGuideFile(const QString& path);

    // Whether entries() reads each guide's file to tell whether it changed.
    enum class FileStates { Checked, Unchecked };
    // Every guide in the library, by key, with the state of its file
    // (Present when Unchecked). A snapshot that no longer reads as a guide is
    // left out here and listed by problems().
    Result<QList<LibraryGuide>> entries(FileStates states = FileStates::Checked) const;

    // "All guides" (CombinedGuide): every guide the library holds, by title.
    // A file edited since it was stored is read again (and stored when it
    // reads cleanly as the same guide); one that no longer reads, or now
    // names another guide, is shown as last stored with a warning, so one
    // broken file never hides the others. A file gone shows as stored.
    // remember stores a changed file's new snapshot (default: at once).
    Result<Guide> allGuides(const GuideLibrary::Remember& remember = {}) const;

    // The files add() was given whose guides have errors, with the reasons,
    // and the stored guides whose snapshot no longer reads; by file. A file
    // leaves the list when it is added again without errors, or by
    // forgetProblem().
    Result<QList<LibraryProblem>> problems() const;
    // Takes the problem off the list (a stored guide that no longer reads
    // leaves the library, the candidate's work on it staying).
    Result<void> forgetProblem(const LibraryProblem& problem);

    // The guides that come with the program (resource paths) are always in
    // the library: each is added when the library does not hold it from
    // that path with those bytes, unless the library holds its key from a
    // file of the candidate's (their own copy wins; the program's copy is
    // then parsed at each call, to learn its key). Cheap when nothing
    // changed: no guide is parsed. Returns how many were added or updated.
    Result<int> includeShipped(const QStringList& resourcePaths);
    // A resource path, not a file on disk: the program's own guide.
    static bool isShipped(const QString& path) { return path.startsWith(u':'); }

    // Takes the guide out of the library and the search index; the
    // candidate's work on it stays. Returns the removed guide's title (empty
    // when its snapshot no longer reads). An unknown key is NotFound naming
    // the keys the library holds; a guide that comes with the program is
    // InvalidInput (it would only come back).
    Result<QString> remove(const QString& guideKey);

private:
    // The error `message` (a whole sentence) when the database is read-only.
    Result<void> requireWritable(const QString& message) const;
    // What add() does once the file is known to be there; keepOthers: leave
    // a guide of the same key stored from another file as it is.
    enum class SameKey { Replace, Keep };
    Result<LibraryAddition> store(const QString& path, SameKey sameKey);

    Database& m_database;
    LibraryRepository& m_library;
};

} // namespace ip
