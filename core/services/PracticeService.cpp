#include "services/PracticeService.h"

#include "model/Guide.h"
#include "services/InterviewDateCap.h"
#include "services/ReviewScheduleReplay.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace ip {

namespace {

QList<ReviewSchedule> filtered(const QList<ReviewSchedule>& schedules,
                               const std::function<bool(const ReviewSchedule&)>& keep)
{
    QList<ReviewSchedule> kept;
    std::copy_if(schedules.cbegin(), schedules.cend(), std::back_inserter(kept), keep);
    return kept;
}

} // namespace

PracticeService::PracticeService(Database& database, ReviewRepository& reviews,
                                 ReviewScheduler scheduler)
    : m_database(database), m_reviews(reviews), m_settingsScheduler(std::move(scheduler)),
      m_scheduler(m_settingsScheduler)
{
}

ReviewScheduler PracticeService::withInterviewDates() const
{
    if (m_interviewDates.isEmpty())
        return m_settingsScheduler;
    return ReviewScheduler(m_settingsScheduler.settings(),
                           interviewDateCap(m_interviewDates, m_settingsScheduler.cap()));
}

void PracticeService::useScheduler(ReviewScheduler scheduler)
{
    m_settingsScheduler = std::move(scheduler);
    m_scheduler = withInterviewDates();
}

void PracticeService::useInterviewDates(QHash<QString, QDate> dates)
{
    m_interviewDates = std::move(dates);
    m_scheduler = withInterviewDates();
}

Result<void> PracticeService::setInterviewDates(QHash<QString, QDate> dates,
                                                const QString& changedGuideKey)
{
    useInterviewDates(std::move(dates));
    if (m_database.isReadOnly())
        return {};
    // Stale schedules are replayed under the new cap by currentSchedules()
    // itself; otherwise only the changed guide's due days move.
    auto current = currentSchedules();
    if (!current)
        return current.error();
    auto stored = m_reviews.schedulesForGuide(changedGuideKey);
    if (!stored)
        return stored.error();
    auto transaction = Transaction::begin(
        m_database, QCoreApplication::translate("PracticeService", "reschedule the guide"));
    if (!transaction)
        return transaction.error();
    for (const ReviewSchedule& schedule : std::as_const(*stored)) {
        if (auto done = m_reviews.saveSchedule(m_scheduler.rescheduled(schedule)); !done)
            return done;
    }
    return transaction->commit();
}

Result<void> PracticeService::setScheduler(ReviewScheduler scheduler)
{
    useScheduler(std::move(scheduler));
    if (m_database.isReadOnly())
        return {};
    auto current = currentSchedules();
    if (!current)
        return current.error();
    auto stored = m_reviews.allSchedules();
    if (!stored)
        return stored.error();
    QList<ReviewSchedule> moved;
    moved.reserve(stored->size());
    for (const ReviewSchedule& schedule : std::as_const(*stored))
        moved.append(m_scheduler.rescheduled(schedule));
    return m_reviews.replaceAllSchedules(moved);
}

Result<ReviewSchedule> PracticeService::record(const QuestionRef& question, ReviewGrade grade,
                                               double seconds, const QDateTime& at)
{
    if (auto current = currentSchedules(); !current)
        return current.error();
    // Stored to the millisecond, so compare and replay what will be stored.
    const ReviewLogEntry entry{question.guideKey, question.questionKey,
                               at.isValid()
                                   ? QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC)
                                   : sqlvalue::now(),
                               static_cast<int>(grade), seconds};

    const auto current = m_reviews.schedule(question);
    if (!current)
        return current.error();
    ReviewSchedule next;
    if (!current->has_value() || entry.reviewedAt > (*current)->lastReviewedAt) {
        next = m_scheduler.next(*current, entry);
    } else {
        // Not the newest grade: it goes into its place in the history (or
        // replaces the grade logged at that very time), and the question's
        // history is replayed.
        auto history = m_reviews.log(question);
        if (!history)
            return history.error();
        history->removeIf(
            [&](const ReviewLogEntry& logged) { return logged.reviewedAt == entry.reviewedAt; });
        history->append(entry);
        next = *ReviewScheduleReplay(m_scheduler).replay(std::move(history).value());
    }
    if (auto done = m_reviews.record(entry, next); !done)
        return done.error();
    return next;
}

Result<std::optional<ReviewSchedule>> PracticeService::undo(const ReviewLogEntry& entry)
{
    if (auto current = currentSchedules(); !current)
        return current.error();
    const QuestionRef question{entry.guideKey, entry.questionKey};
    auto history = m_reviews.log(question);
    if (!history)
        return history.error();
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(entry.reviewedAt.toMSecsSinceEpoch(), Qt::UTC);
    history->removeIf([&](const ReviewLogEntry& logged) { return logged.reviewedAt == at; });
    // Replayed rather than remembered: the schedule before the grade may
    // have been moved since (a new interview date, new settings).
    std::optional<ReviewSchedule> previous =
        ReviewScheduleReplay(m_scheduler).replay(std::move(history).value());
    if (auto done = m_reviews.takeBack(
            {entry.guideKey, entry.questionKey, at, entry.grade, entry.seconds}, previous);
        !done)
        return done.error();
    return previous;
}

Result<std::optional<ReviewSchedule>> PracticeService::schedule(const QuestionRef& question)
{
    auto current = currentSchedules();
    if (!current)
        return current.error();
    if (!current->has_value())
        return m_reviews.schedule(question);
    for (const ReviewSchedule& schedule : std::as_const(**current)) {
        if (schedule.guideKey == question.guideKey && schedule.questionKey == question.questionKey)
            return std::optional<ReviewSchedule>(schedule);
    }
    return std::optional<ReviewSchedule>();
}

Result<QList<ReviewSchedule>> PracticeService::schedulesForGuide(const QString& guideKey)
{
    auto current = currentSchedules();
    if (!current)
        return current.error();
    if (!current->has_value())
        return m_reviews.schedulesForGuide(guideKey);
    return filtered(**current,
                    [&](const ReviewSchedule& schedule) { return schedule.guideKey == guideKey; });
}

Result<QList<ReviewSchedule>> PracticeService::schedulesForGuide(const Guide& guide)
{
    QList<ReviewSchedule> schedules;
    for (const QString& guideKey : guide.guideKeys()) {
        auto read = schedulesForGuide(guideKey);
        if (!read)
            return read.error();
        schedules += *read;
    }
    return schedules;
}

Result<QList<ReviewSchedule>> PracticeService::dueBy(const QDateTime& time)
{
    auto current = currentSchedules();
    if (!current)
        return current.error();
    if (!current->has_value())
        return m_reviews.dueBy(time);
    QList<ReviewSchedule> due =
        filtered(**current, [&](const ReviewSchedule& schedule) { return schedule.dueAt <= time; });
    std::stable_sort(due.begin(), due.end(), [](const ReviewSchedule& a, const ReviewSchedule& b) {
        return a.dueAt < b.dueAt;
    });
    return due;
}

Result<QList<ReviewLogEntry>> PracticeService::log(const QuestionRef& question) const
{
    return m_reviews.log(question);
}

Result<int> PracticeService::rebuildSchedules()
{
    auto log = m_reviews.logByTime();
    if (!log)
        return log.error();
    const QList<ReviewSchedule> schedules =
        ReviewScheduleReplay(m_scheduler).replayAll(std::move(log).value());
    if (auto done = m_reviews.replaceAllSchedules(schedules); !done)
        return done.error();
    return int(schedules.size());
}

Result<std::optional<QList<ReviewSchedule>>> PracticeService::currentSchedules()
{
    auto stale = m_reviews.schedulesStale();
    if (!stale)
        return stale.error();
    if (!*stale)
        return std::optional<QList<ReviewSchedule>>();
    if (m_database.isReadOnly()) {
        auto log = m_reviews.logByTime();
        if (!log)
            return log.error();
        return std::optional<QList<ReviewSchedule>>(
            ReviewScheduleReplay(m_scheduler).replayAll(std::move(log).value()));
    }
    if (auto rebuilt = rebuildSchedules(); !rebuilt)
        return rebuilt.error();
    return std::optional<QList<ReviewSchedule>>();
}

} // namespace ip
