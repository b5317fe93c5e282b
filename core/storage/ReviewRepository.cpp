#include "storage/ReviewRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <cmath>
#include <limits>

namespace ip {

Result<void> ReviewRepository::record(const ReviewLogEntry& entry, const ReviewSchedule& next)
{
    const QString purpose = tr("record the practice answer");
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    if (auto done = writeLogEntry(entry, purpose); !done)
        return done;
    if (auto done = writeSchedule(next, purpose); !done)
        return done;
    return transaction->commit();
}

Result<void> ReviewRepository::restoreLogEntry(const ReviewLogEntry& entry)
{
    return writeLogEntry(entry, tr("restore the practice log"));
}

Result<void> ReviewRepository::saveSchedule(const ReviewSchedule& schedule)
{
    return writeSchedule(schedule, tr("save the practice schedule"));
}

Result<void> ReviewRepository::takeBack(const ReviewLogEntry& entry,
                                        const std::optional<ReviewSchedule>& previous)
{
    const QString purpose = tr("take the practice grade back");
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    SqlStatement remove(m_database,
                        QStringLiteral("DELETE FROM review_log WHERE guide_key = :guide AND "
                                       "question_key = :question AND reviewed_at = :reviewed"));
    remove.bind(QStringLiteral(":guide"), entry.guideKey)
        .bind(QStringLiteral(":question"), entry.questionKey)
        .bind(QStringLiteral(":reviewed"), sqlvalue::fromTimestamp(entry.reviewedAt));
    if (auto done = remove.exec(purpose); !done)
        return done;
    if (remove.rowsAffected() == 0)
        return makeError(ErrorKind::NotFound,
                         tr("Could not %1: that grade is not in the practice log any "
                            "more. Nothing was changed.")
                             .arg(purpose));
    if (previous) {
        if (auto done = writeSchedule(*previous, purpose); !done)
            return done;
    } else {
        SqlStatement forget(m_database,
                            QStringLiteral("DELETE FROM review_schedule WHERE guide_key = :guide "
                                           "AND question_key = :question"));
        forget.bind(QStringLiteral(":guide"), entry.guideKey)
            .bind(QStringLiteral(":question"), entry.questionKey);
        if (auto done = forget.exec(purpose); !done)
            return done;
    }
    return transaction->commit();
}

Result<void> ReviewRepository::writeLogEntry(const ReviewLogEntry& entry, const QString& purpose)
{
    if (auto valid = requireKeys({entry.guideKey, entry.questionKey}, purpose); !valid)
        return valid;
    if (entry.grade < 1 || entry.grade > 4 || !std::isfinite(entry.seconds) || entry.seconds < 0 ||
        !entry.reviewedAt.isValid())
        return makeError(ErrorKind::InvalidInput,
                         tr("Could not %1: a grade must be 1 to 4, the time taken "
                            "zero or more seconds, and the time of the answer known. "
                            "Nothing was changed.")
                             .arg(purpose));
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO review_log (guide_key, question_key, "
                                          "reviewed_at, grade, seconds) "
                                          "VALUES (:guide, :question, :reviewed, :grade, :seconds) "
                                          "ON CONFLICT (guide_key, question_key, reviewed_at) "
                                          "DO UPDATE SET grade = excluded.grade, "
                                          "seconds = excluded.seconds"));
    statement.bind(QStringLiteral(":guide"), entry.guideKey)
        .bind(QStringLiteral(":question"), entry.questionKey)
        .bind(QStringLiteral(":reviewed"), sqlvalue::fromTimestamp(entry.reviewedAt))
        .bind(QStringLiteral(":grade"), entry.grade)
        .bind(QStringLiteral(":seconds"), entry.seconds);
    return statement.exec(purpose);
}

namespace {

const QString ScheduleColumns =
    QStringLiteral("guide_key, question_key, stability, difficulty, interval_days, due_at, "
                   "last_reviewed_at, reviews, lapses, last_grade");

QString insertScheduleSql()
{
    return QStringLiteral("INSERT INTO review_schedule (") + ScheduleColumns +
           QStringLiteral(") VALUES (:guide, :question, :stability, :difficulty, :interval, "
                          ":due, :last, :reviews, :lapses, :grade) "
                          "ON CONFLICT (guide_key, question_key) DO UPDATE SET "
                          "stability = excluded.stability, difficulty = excluded.difficulty, "
                          "interval_days = excluded.interval_days, due_at = excluded.due_at, "
                          "last_reviewed_at = excluded.last_reviewed_at, "
                          "reviews = excluded.reviews, lapses = excluded.lapses, "
                          "last_grade = excluded.last_grade");
}

} // namespace

Result<void> ReviewRepository::writeSchedule(const ReviewSchedule& schedule, const QString& purpose)
{
    SqlStatement statement(m_database, insertScheduleSql());
    return writeSchedule(statement, schedule, purpose);
}

Result<void> ReviewRepository::writeSchedule(SqlStatement& statement,
                                             const ReviewSchedule& schedule, const QString& purpose)
{
    if (auto valid = requireKeys({schedule.guideKey, schedule.questionKey}, purpose); !valid)
        return valid;
    if (!schedule.dueAt.isValid() || !schedule.lastReviewedAt.isValid() || schedule.reviews < 1 ||
        !std::isfinite(schedule.stability) || schedule.stability <= 0 ||
        !(schedule.difficulty >= 1 && schedule.difficulty <= 10) || schedule.intervalDays < 1 ||
        schedule.lastGrade < 1 || schedule.lastGrade > 4)
        return makeError(ErrorKind::InvalidInput,
                         tr("Could not %1: the schedule is incomplete (a due time, "
                            "the last review, a stability above zero and a "
                            "difficulty from 1 to 10 are needed). Nothing was "
                            "changed.")
                             .arg(purpose));
    statement.bind(QStringLiteral(":guide"), schedule.guideKey)
        .bind(QStringLiteral(":question"), schedule.questionKey)
        .bind(QStringLiteral(":stability"), schedule.stability)
        .bind(QStringLiteral(":difficulty"), schedule.difficulty)
        .bind(QStringLiteral(":interval"), schedule.intervalDays)
        .bind(QStringLiteral(":due"), sqlvalue::fromTimestamp(schedule.dueAt))
        .bind(QStringLiteral(":last"), sqlvalue::fromTimestamp(schedule.lastReviewedAt))
        .bind(QStringLiteral(":reviews"), schedule.reviews)
        .bind(QStringLiteral(":lapses"), schedule.lapses)
        .bind(QStringLiteral(":grade"), schedule.lastGrade);
    return statement.exec(purpose);
}

Result<void> ReviewRepository::replaceAllSchedules(const QList<ReviewSchedule>& schedules)
{
    const QString purpose = tr("rebuild the practice schedule from the review log");
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    if (auto done =
            SqlStatement(m_database, QStringLiteral("DELETE FROM review_schedule")).exec(purpose);
        !done)
        return done;
    // One prepared statement for every row: a rebuild writes thousands.
    SqlStatement insert(m_database, insertScheduleSql());
    for (const ReviewSchedule& schedule : schedules) {
        if (auto done = writeSchedule(insert, schedule, purpose); !done)
            return done;
    }
    if (auto done = SqlStatement(m_database, QStringLiteral("DELETE FROM review_schedule_stale"))
                        .exec(purpose);
        !done)
        return done;
    return transaction->commit();
}

Result<void> ReviewRepository::markSchedulesStale()
{
    // Only a log with entries has schedules to derive.
    return SqlStatement(m_database,
                        QStringLiteral("INSERT OR IGNORE INTO review_schedule_stale (pending) "
                                       "SELECT 1 WHERE EXISTS (SELECT 1 FROM review_log)"))
        .exec(tr("mark the practice schedule for a rebuild"));
}

Result<bool> ReviewRepository::schedulesStale() const
{
    SqlStatement statement(m_database,
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM review_schedule_stale)"));
    if (auto done = statement.exec(tr("read the practice schedule")); !done)
        return done.error();
    return statement.next() && statement.value(0).toBool();
}

Result<std::optional<ReviewSchedule>> ReviewRepository::schedule(const QuestionRef& question) const
{
    const Result<QList<ReviewSchedule>> found =
        selectSchedules(QStringLiteral("WHERE guide_key = :p0 AND question_key = :p1"),
                        {question.guideKey, question.questionKey});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ReviewSchedule>{};
    return std::optional<ReviewSchedule>{found->first()};
}

Result<QList<ReviewSchedule>> ReviewRepository::schedulesForGuide(const QString& guideKey) const
{
    return selectSchedules(QStringLiteral("WHERE guide_key = :p0 ORDER BY question_key"),
                           {sqlvalue::fromText(guideKey)});
}

Result<QList<ReviewSchedule>> ReviewRepository::dueBy(const QDateTime& time) const
{
    return selectSchedules(
        QStringLiteral("WHERE due_at <= :p0 ORDER BY due_at, guide_key, question_key"),
        {sqlvalue::fromTimestamp(time)});
}

Result<QList<ReviewSchedule>> ReviewRepository::allSchedules() const
{
    return selectSchedules(QStringLiteral("ORDER BY guide_key, question_key"), {});
}

Result<QList<ReviewSchedule>> ReviewRepository::selectSchedules(const QString& filter,
                                                                const QVariantList& values) const
{
    SqlStatement statement(m_database, QStringLiteral("SELECT ") + ScheduleColumns +
                                           QStringLiteral(" FROM review_schedule ") + filter);
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bind(QStringLiteral(":p%1").arg(i), values.at(i));
    if (auto done = statement.exec(tr("read the practice schedule")); !done)
        return done.error();
    QList<ReviewSchedule> schedules;
    while (statement.next()) {
        ReviewSchedule schedule;
        schedule.guideKey = statement.value(0).toString();
        schedule.questionKey = statement.value(1).toString();
        schedule.stability = statement.value(2).toDouble();
        schedule.difficulty = statement.value(3).toDouble();
        schedule.intervalDays = statement.value(4).toInt();
        schedule.dueAt = sqlvalue::toTimestamp(statement.value(5));
        schedule.lastReviewedAt = sqlvalue::toTimestamp(statement.value(6));
        schedule.reviews = statement.value(7).toInt();
        schedule.lapses = statement.value(8).toInt();
        schedule.lastGrade = statement.value(9).toInt();
        schedules.append(schedule);
    }
    return schedules;
}

Result<QList<ReviewLogEntry>> ReviewRepository::log(const QuestionRef& question) const
{
    return selectLog(QStringLiteral("WHERE guide_key = :p0 AND question_key = :p1"),
                     {question.guideKey, question.questionKey});
}

Result<QList<ReviewLogEntry>> ReviewRepository::allLog() const
{
    return selectLog(QString(), {});
}

Result<QList<ReviewLogEntry>> ReviewRepository::logByTime() const
{
    return selectLog(QString(), {}, QStringLiteral("reviewed_at"));
}

Result<QList<QDateTime>> ReviewRepository::reviewTimes(const QString& guideKey,
                                                       const QDateTime& from,
                                                       const QDateTime& until) const
{
    // Along the time index; the guide filter drops the few other rows.
    SqlStatement statement(
        m_database, QStringLiteral("SELECT reviewed_at FROM review_log WHERE guide_key = :guide "
                                   "AND reviewed_at >= :from AND reviewed_at < :until "
                                   "ORDER BY reviewed_at"));
    statement.bind(QStringLiteral(":guide"), sqlvalue::fromText(guideKey));
    statement.bind(QStringLiteral(":from"), from.isValid()
                                                ? sqlvalue::fromTimestamp(from)
                                                : QVariant(std::numeric_limits<qint64>::min()));
    statement.bind(QStringLiteral(":until"), until.isValid()
                                                 ? sqlvalue::fromTimestamp(until)
                                                 : QVariant(std::numeric_limits<qint64>::max()));
    if (auto done = statement.exec(tr("read the practice log")); !done)
        return done.error();
    QList<QDateTime> times;
    while (statement.next())
        times.append(sqlvalue::toTimestamp(statement.value(0)));
    return times;
}

Result<QList<ReviewLogEntry>> ReviewRepository::selectLog(const QString& filter,
                                                          const QVariantList& values,
                                                          const QString& order) const
{
    SqlStatement statement(m_database,
                           QStringLiteral("SELECT guide_key, question_key, reviewed_at, grade, "
                                          "seconds FROM review_log ") +
                               filter + QStringLiteral(" ORDER BY ") + order);
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bind(QStringLiteral(":p%1").arg(i), values.at(i));
    if (auto done = statement.exec(tr("read the practice log")); !done)
        return done.error();
    QList<ReviewLogEntry> entries;
    while (statement.next())
        entries.append(ReviewLogEntry{statement.value(0).toString(), statement.value(1).toString(),
                                      sqlvalue::toTimestamp(statement.value(2)),
                                      statement.value(3).toInt(), statement.value(4).toDouble()});
    return entries;
}

} // namespace ip
