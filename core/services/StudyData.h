#pragma once

#include "model/Draft.h"
#include "model/LibraryEntry.h"
#include "model/QuestionMatches.h"
#include "model/SearchDocument.h"
#include "services/GuideLibrary.h"
#include "services/StoryExporter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ip {

class Database;
class ExportService;
class GuideLibrary;
class InterviewDateRepository;
class InterviewDateService;
class LibraryRepository;
class LibraryService;
class MockInterviewRepository;
class MockInterviewService;
class PracticeService;
class ProgressStatisticsService;
class QuestionNoteRepository;
class QuestionNotes;
class RequirementProgressRepository;
class RequirementProgressService;
class ReviewRepository;
class SearchService;
class StoryRepository;
class StoryService;

struct StudyDataOptions {
    // Looking only (beside a running app): no lock, no migration, no writes.
    bool readOnly = false;
    // Make the scheduled backup at open when the newest is over a day old.
    bool scheduledBackup = true;
    // How long a statement waits for another program's lock before failing
    // with ErrorKind::Locked.
    int busyTimeoutMs = 2000;
    // PRAGMA quick_check at open. Off only to show what a damaged database
    // still holds.
    bool checkIntegrity = true;
    // Leave quick_check and the scheduled backup out of the open, for
    // DeferredStorageCheck to run once the window is shown.
    bool deferChecks = false;
};

// The candidate's own work in a data folder, opened: the one door from the
// app and the commands to the database. Each job has its service (notes,
// requirement progress, stories, export, guides); nothing outside core sees
// a repository, a connection or SQL.
class StudyData {
    Q_DECLARE_TR_FUNCTIONS(StudyData)

public:
    // What the window opens with (its integrity check and scheduled backup
    // deferred, see DeferredStorageCheck): the database read-write, or, when that is
    // refused because it cannot be written but may still be read (damaged
    // pages, a read-only folder, a full disk), read-only so the user still
    // sees their work. `error` says why it is not read-write; `data` is null
    // when nothing could be opened at all.
    struct Opening {
        std::unique_ptr<StudyData> data;
        std::optional<Error> error;
    };

    static Result<std::unique_ptr<StudyData>> open(const QString& dataDirectory,
                                                   const StudyDataOptions& options = {});
    // deferChecks: off where the open is not on the way to a first paint (a
    // restored backup), so a file that fails the check is never written.
    static Opening openForStudy(const QString& dataDirectory, int busyTimeoutMs,
                                bool deferChecks = true);
    // For the commands that only look (export, backup, backups): refuses a
    // folder without a database rather than creating one, and when the app
    // already has the folder (or the file is read-only) opens it read-only
    // beside it.
    static Result<std::unique_ptr<StudyData>> openForReading(const QString& dataDirectory);
    // NotFound, "There is no data in DIR ...", when the folder holds no
    // database (or only the empty file SQLite makes before its first write):
    // a typo in --data-dir must not look like an empty export.
    static Result<void> requireExisting(const QString& dataDirectory);

    ~StudyData();
    StudyData(const StudyData&) = delete;
    StudyData& operator=(const StudyData&) = delete;

    QString dataDirectory() const;
    QString filePath() const;
    bool isReadOnly() const;
    // True when this open created the database file.
    bool wasCreated() const;
    // What went wrong at open without stopping it (a scheduled backup that
    // failed), for the user to see.
    QStringList warnings() const;

    QuestionNotes& notes() const { return *m_notes; }
    RequirementProgressService& progress() const { return *m_progress; }
    StoryService& stories() const { return *m_stories; }
    ExportService& exporter() const { return *m_export; }
    // Practice grades and their FSRS-6 schedules.
    PracticeService& practice() const { return *m_practice; }
    // The interview date per guide, the cap it puts on practice and readiness.
    InterviewDateService& interviewDates() const { return *m_interviewDates; }
    // Mock interviews: their plans, outlines, grades and history.
    MockInterviewService& mockInterviews() const { return *m_mockInterviews; }
    // Reviews per day, the streak, the due forecast (the Progress screen).
    ProgressStatisticsService& statistics() const { return *m_statistics; }
    // Everything, as the user types (Ctrl+K, `interview-prep search`).
    SearchService& search() const { return *m_search; }
    // The library managed by hand: add guide files, list them, remove them.
    LibraryService& library() const { return *m_libraryService; }
    // The guides' parsed snapshots, so an unchanged guide opens without a parse.
    GuideLibrary guides();
    // All guides (LibraryService::allGuides), its changed files' snapshots
    // kept as guides() keeps them.
    Result<Guide> allGuides();
    // The question browser's filter over the guides shown (SearchService::
    // filterQuestions). nullopt also where the search index cannot stand in
    // for them: before the deferred check has passed, and while one of them
    // is shown in a version the library has not stored (its snapshot waits
    // for the check, or could not be written), so the index holds the one
    // before.
    Result<std::optional<QuestionMatches>> filterQuestions(const QString& text,
                                                           const QStringList& guideKeys);
    // Every story with the guides its links point into, for an export.
    Result<StoryCollection> storyCollection() const;
    // The guides in the library with their parsed snapshots, by guide key.
    Result<QList<LibraryEntry>> libraryEntries() const;

    // The deferred check passed: the file is sound, and what waited for that
    // (a new guide's snapshot) is written.
    void markChecked();

    // Writes a draft by the keys it names (see DraftWriter::write).
    Result<void> writeDraft(const Draft& draft);
    // A backup now; returns its path.
    Result<QString> backup(const QString& reason);
    // From now on every write and backup fails with `reason` (a damaged file
    // found after the open); reading goes on.
    void refuseWrites(const Error& reason);
    // Whether the file on disk is still the one opened (see Database::checkFile).
    Result<void> checkFile() const;
    // After checkFile() failed: everything into a new file at the same path;
    // returns the path of a file set aside, if any.
    Result<QString> rescue();

private:
    friend class DeferredStorageCheck;

    explicit StudyData(std::unique_ptr<Database> database);
    // Stores a snapshot read on the way, or holds it until the deferred
    // check has passed.
    GuideLibrary::Remember snapshotKeeper();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<LibraryRepository> m_library;
    std::unique_ptr<QuestionNoteRepository> m_noteRepository;
    std::unique_ptr<RequirementProgressRepository> m_progressRepository;
    std::unique_ptr<StoryRepository> m_storyRepository;
    std::unique_ptr<ReviewRepository> m_reviewRepository;
    std::unique_ptr<InterviewDateRepository> m_interviewDateRepository;
    std::unique_ptr<QuestionNotes> m_notes;
    std::unique_ptr<RequirementProgressService> m_progress;
    std::unique_ptr<StoryService> m_stories;
    std::unique_ptr<ExportService> m_export;
    std::unique_ptr<PracticeService> m_practice;
    std::unique_ptr<InterviewDateService> m_interviewDates;
    std::unique_ptr<MockInterviewRepository> m_mockInterviewRepository;
    std::unique_ptr<MockInterviewService> m_mockInterviews;
    std::unique_ptr<ProgressStatisticsService> m_statistics;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<LibraryService> m_libraryService;
    // Until the deferred check has passed, nothing the app writes by itself
    // goes into the file: a damaged one must be left as it was found.
    bool m_checked = true;
    struct PendingSnapshot {
        LibraryEntry entry;
        GuideSearchDocuments search;
    };
    // By guide key: a guide opened before the check passed must not be
    // forgotten because another one was opened after it.
    QHash<QString, PendingSnapshot> m_pendingSnapshots;
    // Guides read in a version whose snapshot is not stored (pending, or its
    // save failed): the search index still holds them as they were.
    QSet<QString> m_unstoredGuides;
};

} // namespace ip
