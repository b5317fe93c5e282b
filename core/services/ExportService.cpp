#include "services/ExportService.h"

#include "storage/Database.h"
#include "storage/InterviewDateRepository.h"
#include "storage/MockInterviewRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/StoryRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace ip {

namespace {

// The schema that added the interview_date table (0003_interview_date.sql):
// an older database, opened read-only without its upgrade, has no dates.
constexpr int InterviewDatesSince = 3;
// And the one that added mock interviews (0004_mock_interviews.sql).
constexpr int MockInterviewsSince = 4;

// The stored copy of a mock interview may have gone on after the backup was
// made (resumed, its outline typed further, graded), or the backup's may be
// the later one: neither may lose a word. Each question keeps the copy that
// went further, told by the time taken, which only grows while the candidate
// works on it; a grade or finish either copy has is kept (the stored grade's
// log entry is still in the log, which restore only adds to). A question
// only the stored copy has is kept too.
MockInterview mergedMockInterview(const MockInterview& stored, const MockInterview& restored)
{
    MockInterview result = restored;
    if (!result.finishedAt.isValid())
        result.finishedAt = stored.finishedAt;
    for (const MockInterviewQuestion& mine : stored.questions) {
        const auto theirs = std::find_if(result.questions.begin(), result.questions.end(),
                                         [&](const MockInterviewQuestion& question) {
                                             return question.position == mine.position;
                                         });
        if (theirs == result.questions.end()) {
            result.questions.append(mine);
            continue;
        }
        // Another question at the same place is no copy of this one: the
        // backup's stands.
        if (theirs->questionKey != mine.questionKey)
            continue;
        if (mine.secondsTaken > theirs->secondsTaken) {
            theirs->outline = mine.outline;
            theirs->secondsTaken = mine.secondsTaken;
        }
        theirs->answered = theirs->answered || mine.answered;
        if (!theirs->grade) {
            theirs->grade = mine.grade;
            theirs->gradedAt = mine.gradedAt;
        }
    }
    std::sort(result.questions.begin(), result.questions.end(),
              [](const MockInterviewQuestion& a, const MockInterviewQuestion& b) {
                  return a.position < b.position;
              });
    return result;
}

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

    if (m_database.schemaVersion() >= MockInterviewsSince) {
        auto mocks = MockInterviewRepository(m_database).all();
        if (!mocks)
            return mocks.error();
        document.mockInterviews = std::move(mocks).value();
        for (MockInterview& interview : document.mockInterviews)
            interview.id = 0; // this database's own, no part of the document
        std::sort(document.mockInterviews.begin(), document.mockInterviews.end(),
                  [](const MockInterview& a, const MockInterview& b) {
                      return std::pair(a.guideKey, a.startedAt) <
                             std::pair(b.guideKey, b.startedAt);
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
    const QString purpose = QCoreApplication::translate("ExportService", "restore the backup");
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();

    RequirementProgressRepository requirements(m_database);
    QuestionNoteRepository notes(m_database);
    StoryRepository stories(m_database);
    ReviewRepository reviews(m_database);
    InterviewDateRepository interviewDates(m_database);
    MockInterviewRepository mockInterviews(m_database);
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
    // After the reviews: a mock interview's grades are logged from those
    // alone, never again from the interview.
    for (const MockInterview& interview : document.mockInterviews) {
        auto stored = mockInterviews.find(interview.guideKey, interview.startedAt);
        if (!stored)
            return stored.error();
        const MockInterview restored =
            *stored ? mergedMockInterview(**stored, interview) : interview;
        if (auto done = mockInterviews.restore(restored); !done)
            return done.error();
        ++summary.mockInterviews;
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
