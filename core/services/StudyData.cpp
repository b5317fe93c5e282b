#include "services/StudyData.h"

#include "services/DraftWriter.h"
#include "services/ExportService.h"
#include "services/GuideLibrary.h"
#include "services/InterviewDateService.h"
#include "services/LibraryService.h"
#include "services/MockInterviewService.h"
#include "services/PracticeService.h"
#include "services/ProgressStatisticsService.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/SearchService.h"
#include "services/StoryService.h"
#include "storage/Database.h"
#include "storage/InterviewDateRepository.h"
#include "storage/LibraryRepository.h"
#include "storage/MockInterviewRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/StoryRepository.h"

#include <QDir>
#include <QFileInfo>

namespace ip {

namespace {

DatabaseOptions databaseOptions(const StudyDataOptions& options)
{
    DatabaseOptions database;
    database.mode = options.readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite;
    database.scheduledBackup = options.scheduledBackup && !options.readOnly;
    database.busyTimeoutMs = options.busyTimeoutMs;
    database.checkIntegrity = options.checkIntegrity;
    database.deferChecks = options.deferChecks;
    return database;
}

} // namespace

StudyData::StudyData(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_library(std::make_unique<LibraryRepository>(*m_database)),
      m_noteRepository(std::make_unique<QuestionNoteRepository>(*m_database)),
      m_progressRepository(std::make_unique<RequirementProgressRepository>(*m_database)),
      m_storyRepository(std::make_unique<StoryRepository>(*m_database)),
      m_reviewRepository(std::make_unique<ReviewRepository>(*m_database)),
      m_interviewDateRepository(std::make_unique<InterviewDateRepository>(*m_database)),
      m_notes(std::make_unique<QuestionNotes>(*m_noteRepository)),
      m_progress(std::make_unique<RequirementProgressService>(*m_progressRepository)),
      m_stories(std::make_unique<StoryService>(*m_storyRepository)),
      m_export(std::make_unique<ExportService>(*m_database)),
      m_practice(std::make_unique<PracticeService>(*m_database, *m_reviewRepository)),
      m_interviewDates(std::make_unique<InterviewDateService>(
          *m_database, *m_interviewDateRepository, *m_practice)),
      m_mockInterviewRepository(std::make_unique<MockInterviewRepository>(*m_database)),
      m_mockInterviews(std::make_unique<MockInterviewService>(
          *m_database, *m_mockInterviewRepository, *m_practice)),
      m_statistics(std::make_unique<ProgressStatisticsService>(*m_reviewRepository, *m_practice)),
      m_search(std::make_unique<SearchService>(*m_database)),
      m_libraryService(std::make_unique<LibraryService>(*m_database, *m_library))
{
    // Practice caps intervals at the stored dates from the first grade on.
    // An older schema opened read-only (no migration) has no dates table:
    // then there are no dates, and reading goes on.
    (void)m_interviewDates->load();
}

// The services hold references into the repositories, and those into the
// database: members go in reverse order, the database (and its lock) last.
StudyData::~StudyData() = default;

Result<std::unique_ptr<StudyData>> StudyData::open(const QString& dataDirectory,
                                                   const StudyDataOptions& options)
{
    auto database = Database::open(dataDirectory, databaseOptions(options));
    if (!database)
        return database.error();
    std::unique_ptr<StudyData> data(new StudyData(std::move(database).value()));
    data->m_checked = !options.deferChecks;
    return data;
}

StudyData::Opening StudyData::openForStudy(const QString& dataDirectory, int busyTimeoutMs,
                                           bool deferChecks)
{
    StudyDataOptions options;
    options.busyTimeoutMs = busyTimeoutMs;
    // The first paint does not wait for quick_check and the daily backup.
    options.deferChecks = deferChecks;
    auto opened = open(dataDirectory, options);
    if (opened)
        return {std::move(opened).value(), std::nullopt};
    Opening opening{nullptr, opened.error()};
    const ErrorKind kind = opened.error().kind;
    // What cannot be written may still be read: the user sees their notes,
    // stories and progress, read-only, rather than an empty app that looks
    // like their work is gone.
    if (kind == ErrorKind::Corrupt || kind == ErrorKind::ReadOnly || kind == ErrorKind::DiskFull ||
        kind == ErrorKind::Io) {
        options.readOnly = true;
        options.checkIntegrity = false;
        options.deferChecks = false;
        if (auto readable = open(dataDirectory, options))
            opening.data = std::move(readable).value();
    }
    return opening;
}

Result<void> StudyData::requireExisting(const QString& dataDirectory)
{
    const QFileInfo file(QDir(dataDirectory).filePath(QString::fromLatin1(Database::FileName)));
    if (file.isFile() && file.size() > 0)
        return {};
    return makeError(
        ErrorKind::NotFound,
        tr("There is no data in %1 (no %2 there). Nothing was created; "
           "check --data-dir.")
            .arg(QDir::toNativeSeparators(dataDirectory), QString::fromLatin1(Database::FileName)));
}

Result<std::unique_ptr<StudyData>> StudyData::openForReading(const QString& dataDirectory)
{
    if (auto exists = requireExisting(dataDirectory); !exists)
        return exists.error();
    StudyDataOptions options;
    options.scheduledBackup = false;
    auto data = open(dataDirectory, options);
    if (data)
        return data;
    const ErrorKind kind = data.error().kind;
    if (kind != ErrorKind::AlreadyRunning && kind != ErrorKind::ReadOnly)
        return data;
    options.readOnly = true;
    auto readOnly = open(dataDirectory, options);
    // The first error explains the situation better when both fail.
    return readOnly ? std::move(readOnly) : std::move(data);
}

QString StudyData::dataDirectory() const
{
    return m_database->dataDirectory();
}

QString StudyData::filePath() const
{
    return m_database->filePath();
}

bool StudyData::isReadOnly() const
{
    return m_database->isReadOnly();
}

bool StudyData::wasCreated() const
{
    return m_database->wasCreated();
}

QStringList StudyData::warnings() const
{
    return m_database->warnings();
}

GuideLibrary::Remember StudyData::snapshotKeeper()
{
    return [this](const LibraryEntry& entry, const GuideSearchDocuments& search) {
        // The snapshot is a cache: failing to store it loses nothing. Until
        // it is stored, though, the search index holds the guide as it was,
        // and cannot stand in for the one shown (filterQuestions).
        if (m_checked && m_library->save(entry, search)) {
            m_unstoredGuides.remove(entry.guideKey);
            return;
        }
        m_unstoredGuides.insert(entry.guideKey);
        if (!m_checked)
            m_pendingSnapshots.insert(entry.guideKey, PendingSnapshot{entry, search});
    };
}

Result<std::optional<QuestionMatches>> StudyData::filterQuestions(const QString& text,
                                                                  const QStringList& guideKeys)
{
    // Before the check nothing is written, and the index may need writing
    // (SearchService::indexLibrary) before it can answer.
    if (!m_checked)
        return std::optional<QuestionMatches>{};
    for (const QString& key : guideKeys) {
        if (m_unstoredGuides.contains(key))
            return std::optional<QuestionMatches>{};
    }
    return m_search->filterQuestions(text, guideKeys);
}

GuideLibrary StudyData::guides()
{
    return GuideLibrary(m_library.get(), snapshotKeeper());
}

Result<Guide> StudyData::allGuides()
{
    return m_libraryService->allGuides(snapshotKeeper());
}

void StudyData::markChecked()
{
    m_checked = true;
    for (const PendingSnapshot& pending : std::as_const(m_pendingSnapshots)) {
        if (m_library->save(pending.entry, pending.search))
            m_unstoredGuides.remove(pending.entry.guideKey);
    }
    m_pendingSnapshots.clear();
}

Result<StoryCollection> StudyData::storyCollection() const
{
    return StoryExporter::load(*m_database);
}

Result<QList<LibraryEntry>> StudyData::libraryEntries() const
{
    return m_library->all();
}

Result<void> StudyData::writeDraft(const Draft& draft)
{
    if (isReadOnly())
        return makeError(ErrorKind::ReadOnly,
                         tr("The database is open read-only; nothing can be saved."));
    return DraftWriter(*m_noteRepository, *m_storyRepository, *m_progressRepository).write(draft);
}

Result<QString> StudyData::backup(const QString& reason)
{
    return m_database->backup(reason);
}

void StudyData::refuseWrites(const Error& reason)
{
    m_database->refuseWrites(reason);
}

Result<void> StudyData::checkFile() const
{
    return m_database->checkFile();
}

Result<QString> StudyData::rescue()
{
    return m_database->rescue();
}

} // namespace ip
