#include "services/ExportService.h"

#include "storage/Database.h"
#include "storage/InterviewDateRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/StoryRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace ip {

namespace {

// The schema that added the interview_date table (0003_interview_date.sql):
// an older database, opened read-only without its upgrade, has no dates.
constexpr int InterviewDatesSince = 3;

} // namespace

Result<BackupDocument> ExportService::exportAll() const
{
    BackupDocument document;
    document.exportedAt =
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000, Qt::UTC);

    auto requirements = RequirementProgressRepository(m_database).all();
    if (!requirements)
        return requirements.error();
    auto notes = QuestionNoteRepository(m_database).all();
    if (!notes)
        return notes.error();
    auto stories = StoryRepository(m_database).all();
    if (!stories)
        return stories.error();
    auto reviews = ReviewRepository(m_database).allLog();
    if (!reviews)
        return reviews.error();
    if (m_database.schemaVersion() >= InterviewDatesSince) {
        auto dates = InterviewDateRepository(m_database).all();
        if (!dates)
            return dates.error();
        for (auto date = dates->cbegin(); date != dates->cend(); ++date)
            document.interviewDates.append({date.key(), date.value()});
        std::sort(document.interviewDates.begin(), document.interviewDates.end(),
                  [](const GuideInterviewDate& a, const GuideInterviewDate& b) {
                      return a.guideKey < b.guideKey;
                  });
    }

    document.requirements = std::move(requirements).value();
    document.notes = std::move(notes).value();
    document.stories = std::move(stories).value();
    document.reviews = std::move(reviews).value();
    return document;
}

Result<RestoreSummary> ExportService::restore(const BackupDocument& document)
{
    const QString purpose = QStringLiteral("restore the backup");
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();

    RequirementProgressRepository requirements(m_database);
    QuestionNoteRepository notes(m_database);
    StoryRepository stories(m_database);
    ReviewRepository reviews(m_database);
    InterviewDateRepository interviewDates(m_database);
    RestoreSummary summary;
    for (const RequirementProgress& progress : document.requirements) {
        if (auto done = requirements.restore(progress); !done)
            return done.error();
        ++summary.requirements;
    }
    for (const QuestionNote& note : document.notes) {
        if (auto done = notes.restore(note); !done)
            return done.error();
        ++summary.notes;
    }
    for (const StarStory& story : document.stories) {
        if (auto done = stories.restore(story); !done)
            return done.error();
        ++summary.stories;
    }
    for (const ReviewLogEntry& entry : document.reviews) {
        if (auto done = reviews.restoreLogEntry(entry); !done)
            return done.error();
        ++summary.reviews;
    }
    for (const GuideInterviewDate& date : document.interviewDates) {
        if (auto done = interviewDates.save(date.guideKey, date.date); !done)
            return done.error();
        ++summary.interviewDates;
    }
    // The log is the truth: every schedule is replayed from it (by
    // PracticeService, before they are next used), since restored grades may
    // fall before or between the ones already here, and restored dates cap
    // due days differently.
    if (!document.reviews.isEmpty() || !document.interviewDates.isEmpty()) {
        if (auto done = reviews.markSchedulesStale(); !done)
            return done.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace ip
