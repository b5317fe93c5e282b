#include "services/ReviewStatistics.h"

#include <QSet>
#include <algorithm>

namespace ip::statistics {

QList<DayCount> reviewsPerDay(const QList<QDateTime>& reviewTimes, const QDate& first,
                              const QDate& last, const QTimeZone& zone)
{
    QList<DayCount> days;
    if (!first.isValid() || !last.isValid() || last < first)
        return days;
    const qint64 length = first.daysTo(last) + 1;
    days.reserve(length);
    for (qint64 i = 0; i < length; ++i)
        days.append({first.addDays(i), 0});
    for (const QDateTime& time : reviewTimes) {
        const qint64 index = first.daysTo(time.toTimeZone(zone).date());
        if (index >= 0 && index < length)
            ++days[index].count;
    }
    return days;
}

QList<QDate> daysOf(const QList<QDateTime>& times, const QTimeZone& zone)
{
    QList<QDate> days;
    days.reserve(times.size());
    for (const QDateTime& time : times)
        days.append(time.toTimeZone(zone).date());
    return days;
}

int currentStreak(const QList<QDate>& reviewDays, const QDate& today)
{
    const QSet<QDate> reviewed(reviewDays.cbegin(), reviewDays.cend());
    QDate day = reviewed.contains(today) ? today : today.addDays(-1);
    int streak = 0;
    while (reviewed.contains(day)) {
        ++streak;
        day = day.addDays(-1);
    }
    return streak;
}

QList<DayCount> dueForecast(const QList<ReviewSchedule>& schedules, const QDateTime& now, int days,
                            const QTimeZone& zone)
{
    QList<DayCount> forecast;
    const QDate today = now.toTimeZone(zone).date();
    for (int i = 0; i < days; ++i)
        forecast.append({today.addDays(i), 0});
    if (forecast.isEmpty())
        return forecast;
    for (const ReviewSchedule& schedule : schedules) {
        if (!schedule.dueAt.isValid())
            continue;
        const qint64 index =
            schedule.dueAt <= now ? 0 : today.daysTo(schedule.dueAt.toTimeZone(zone).date());
        if (index >= 0 && index < days)
            ++forecast[index].count;
    }
    return forecast;
}

DayCountSummary summarize(const QList<DayCount>& days)
{
    DayCountSummary summary;
    for (const DayCount& day : days) {
        summary.total += day.count;
        if (day.count > 0)
            ++summary.activeDays;
        if (day.count > 0 && (!summary.busiest || day.count > summary.busiest->count))
            summary.busiest = day;
    }
    return summary;
}

} // namespace ip::statistics
