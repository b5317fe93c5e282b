#include "services/ReviewScheduler.h"

#include <algorithm>
#include <cmath>

namespace ip {

ReviewScheduler::ReviewScheduler(SchedulerSettings settings, IntervalCap cap)
    : m_settings(std::move(settings)), m_cap(std::move(cap)), m_model(m_settings.parameters),
      m_utc(m_settings.timeZone == QTimeZone::utc())
{
}

namespace {

constexpr qint64 MsecsPerDay = 86'400'000;
constexpr qint64 UnixEpochJulianDay = 2'440'588;

} // namespace

QDate ReviewScheduler::dayOf(const QDateTime& time) const
{
    // UTC by arithmetic: a time zone conversion costs more than the FSRS-6
    // step itself, and a replay takes two for each of 100,000 reviews.
    if (m_utc) {
        const qint64 msecs = time.toMSecsSinceEpoch();
        const qint64 days = msecs >= 0 ? msecs / MsecsPerDay : (msecs + 1) / MsecsPerDay - 1;
        return QDate::fromJulianDay(UnixEpochJulianDay + days);
    }
    return time.toTimeZone(m_settings.timeZone).date();
}

QDateTime ReviewScheduler::startOf(const QDate& day) const
{
    if (m_utc)
        return QDateTime::fromMSecsSinceEpoch(
            (day.toJulianDay() - UnixEpochJulianDay) * MsecsPerDay, Qt::UTC);
    return day.startOfDay(m_settings.timeZone).toUTC();
}

ReviewSchedule ReviewScheduler::next(const std::optional<ReviewSchedule>& current,
                                     const ReviewLogEntry& review) const
{
    const auto grade = static_cast<ReviewGrade>(std::clamp(review.grade, 1, 4));
    ReviewSchedule next;
    next.guideKey = review.guideKey;
    next.questionKey = review.questionKey;
    next.lastReviewedAt = review.reviewedAt.toUTC();
    next.lastGrade = static_cast<int>(grade);

    MemoryState state;
    if (!current || current->reviews == 0) {
        state = m_model.initialState(grade);
        next.reviews = 1;
    } else {
        const MemoryState before{current->stability, current->difficulty};
        const qint64 elapsedDays = dayOf(current->lastReviewedAt).daysTo(dayOf(review.reviewedAt));
        if (elapsedDays <= 0) {
            state = m_model.afterSameDayReview(before, grade);
        } else {
            state = m_model.afterReview(before, double(elapsedDays), grade);
        }
        next.reviews = current->reviews + 1;
        // A lapse is forgetting what had been kept overnight; failing again
        // the same day is still the same lapse (or the first learning).
        next.lapses = current->lapses + (grade == ReviewGrade::Again && elapsedDays > 0 ? 1 : 0);
    }
    next.stability = state.stability;
    next.difficulty = state.difficulty;
    return rescheduled(next);
}

int ReviewScheduler::intervalDays(double stability) const
{
    const double days = m_model.daysUntilRetention(stability, m_settings.desiredRetention);
    const double maximum = std::max(1, m_settings.maximumIntervalDays);
    return int(std::clamp(std::round(days), 1.0, maximum));
}

ReviewSchedule ReviewScheduler::rescheduled(ReviewSchedule schedule) const
{
    if (schedule.reviews == 0 || !schedule.lastReviewedAt.isValid())
        return schedule;
    const QDate reviewDay = dayOf(schedule.lastReviewedAt);
    int interval = intervalDays(schedule.stability);
    if (m_cap)
        interval = std::clamp(m_cap({schedule.guideKey, schedule.questionKey}, reviewDay, interval),
                              1, interval);
    schedule.intervalDays = interval;
    // Due for the whole of the due day, whatever the hour of the last review.
    schedule.dueAt = startOf(reviewDay.addDays(interval));
    return schedule;
}

double ReviewScheduler::retrievabilityOn(const ReviewSchedule& schedule, const QDate& day) const
{
    if (schedule.reviews == 0 || !schedule.lastReviewedAt.isValid())
        return 0;
    const qint64 elapsed = dayOf(schedule.lastReviewedAt).daysTo(day);
    return m_model.retrievability(double(std::max<qint64>(0, elapsed)), schedule.stability);
}

} // namespace ip
