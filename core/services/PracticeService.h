#pragma once

#include "model/QuestionRef.h"
#include "model/ReviewLogEntry.h"
#include "model/ReviewSchedule.h"
#include "services/ReviewScheduler.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace ip {

class Database;
class ReviewRepository;
struct Guide;

// Practice grades and the FSRS-6 schedules they lead to. The review log is
// the truth; each question's schedule is derived from it and stored so that
// today's queue is one indexed query. Whenever the stored schedules may
// disagree with the log (after the upgrade from schema 1, after a restore),
// the first call here replays the whole log first.
class PracticeService {
public:
    PracticeService(Database& database, ReviewRepository& reviews,
                    ReviewScheduler scheduler = ReviewScheduler());

    const ReviewScheduler& scheduler() const { return m_scheduler; }
    // New settings or a new interval cap (the interview date): every stored
    // schedule's interval and due day is worked out again, in one
    // transaction; stability and difficulty do not change.
    Result<void> setScheduler(ReviewScheduler scheduler);
    // The settings the stored schedules were already made with (the app's
    // preferences at start): used from now on, nothing is rewritten.
    void useScheduler(ReviewScheduler scheduler);

    // The interview dates (guide key to day): from now on no interval of a
    // guide's questions passes its date (see intervalBeforeInterview), on
    // top of whatever cap the settings' scheduler has; scheduler() includes
    // them. setInterviewDates() works out the stored schedules of
    // `changedGuideKey` again in one transaction (inside the caller's, if
    // any: InterviewDateService saves the date in the same one);
    // useInterviewDates() is for the dates they were already made with.
    Result<void> setInterviewDates(QHash<QString, QDate> dates, const QString& changedGuideKey);
    void useInterviewDates(QHash<QString, QDate> dates);
    const QHash<QString, QDate>& interviewDates() const { return m_interviewDates; }

    // Logs a grade for `question` given at `at` (now when invalid) after
    // `seconds` of thinking, and stores its next schedule, both in one
    // transaction. A grade older than the question's last review (a
    // command's --at) is replayed into its place in the log. Returns the
    // schedule stored.
    Result<ReviewSchedule> record(const QuestionRef& question, ReviewGrade grade, double seconds,
                                  const QDateTime& at = QDateTime());

    // Takes back a grade given by mistake (Undo): removes `entry` (found by
    // its keys and reviewedAt) from the log and derives the question's
    // schedule again from the grades left, in one transaction. Returns that
    // schedule, none when it was the question's only grade.
    Result<std::optional<ReviewSchedule>> undo(const ReviewLogEntry& entry);

    // None for a question never graded.
    Result<std::optional<ReviewSchedule>> schedule(const QuestionRef& question);
    Result<QList<ReviewSchedule>> schedulesForGuide(const QString& guideKey);
    // The schedules of every guide the guide shows (Guide::guideKeys).
    Result<QList<ReviewSchedule>> schedulesForGuide(const Guide& guide);
    // Every schedule due at or before `time` (due days start at midnight in
    // the scheduler's time zone), soonest first.
    Result<QList<ReviewSchedule>> dueBy(const QDateTime& time);
    // A question's grades, oldest first.
    Result<QList<ReviewLogEntry>> log(const QuestionRef& question) const;

    // Derives every schedule again by replaying the whole log in time order
    // and stores them in one transaction; returns how many there are.
    Result<int> rebuildSchedules();

private:
    // The schedules replayed in memory when they are stale and the database
    // cannot be written (opened read-only beside the app); otherwise none,
    // once stale ones have been rebuilt and stored.
    Result<std::optional<QList<ReviewSchedule>>> currentSchedules();

    // The settings' scheduler with the interview dates' cap added.
    ReviewScheduler withInterviewDates() const;

    Database& m_database;
    ReviewRepository& m_reviews;
    // What setScheduler() and useScheduler() were given, without the dates.
    ReviewScheduler m_settingsScheduler;
    QHash<QString, QDate> m_interviewDates;
    ReviewScheduler m_scheduler; // in use: m_settingsScheduler capped by the dates
};

} // namespace ip
