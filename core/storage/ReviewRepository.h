#pragma once

#include "model/QuestionRef.h"
#include "model/ReviewLogEntry.h"
#include "model/ReviewSchedule.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <optional>

namespace ip {

class Database;
class SqlStatement;

// Practice: the log of every answer, the truth, and each question's FSRS-6
// schedule derived from it (core/services derives; this class only stores).
class ReviewRepository {
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    explicit ReviewRepository(Database& database) : m_database(database) {}

    // Records an answer and the question's next schedule together, in one
    // transaction: the log and the schedule never disagree.
    Result<void> record(const ReviewLogEntry& entry, const ReviewSchedule& next);
    // Adds a log entry, replacing one for the same question and time
    // (restoring a backup twice does not log an answer twice).
    Result<void> restoreLogEntry(const ReviewLogEntry& entry);
    Result<void> saveSchedule(const ReviewSchedule& schedule);
    // Takes a grade back (an undo): removes the log entry logged for the
    // question at entry.reviewedAt and stores the question's schedule
    // without it (`previous`, or none when it was the only grade), in one
    // transaction. NotFound when no such entry is logged.
    Result<void> takeBack(const ReviewLogEntry& entry,
                          const std::optional<ReviewSchedule>& previous);
    // Replaces every schedule with `schedules` (replayed from the whole log)
    // and clears the stale mark, in one transaction.
    Result<void> replaceAllSchedules(const QList<ReviewSchedule>& schedules);
    // Says the schedules may disagree with the log (a restore changed it)
    // and must be replayed before they are next used; nothing when the log
    // is empty.
    Result<void> markSchedulesStale();
    Result<bool> schedulesStale() const;

    Result<std::optional<ReviewSchedule>> schedule(const QuestionRef& question) const;
    Result<QList<ReviewSchedule>> schedulesForGuide(const QString& guideKey) const;
    // Every schedule, by guide key then question key.
    Result<QList<ReviewSchedule>> allSchedules() const;
    // Schedules due at or before `time`, soonest first.
    Result<QList<ReviewSchedule>> dueBy(const QDateTime& time) const;

    // A question's answers, oldest first.
    Result<QList<ReviewLogEntry>> log(const QuestionRef& question) const;
    // Every answer, oldest first.
    Result<QList<ReviewLogEntry>> allLog() const;
    // Every answer, oldest first, answers given at the same time in no set
    // order: what a replay needs, read along the time index without sorting.
    Result<QList<ReviewLogEntry>> logByTime() const;
    // When each of a guide's answers at or after `from` and before `until`
    // was given (UTC), oldest first: the statistics count them per day of
    // the user's calendar, which SQL cannot do across time zone rules.
    // Invalid `from` or `until` leaves that end open.
    Result<QList<QDateTime>> reviewTimes(const QString& guideKey, const QDateTime& from,
                                         const QDateTime& until) const;

private:
    Result<void> writeLogEntry(const ReviewLogEntry& entry, const QString& purpose);
    Result<void> writeSchedule(const ReviewSchedule& schedule, const QString& purpose);
    Result<void> writeSchedule(SqlStatement& statement, const ReviewSchedule& schedule,
                               const QString& purpose);
    Result<QList<ReviewSchedule>> selectSchedules(const QString& filter,
                                                  const QVariantList& values) const;
    Result<QList<ReviewLogEntry>>
    selectLog(const QString& filter, const QVariantList& values,
              const QString& order = QStringLiteral("reviewed_at, guide_key, question_key")) const;

    Database& m_database;
};

} // namespace ip
