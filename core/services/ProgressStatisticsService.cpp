#include "services/ProgressStatisticsService.h"

#include "model/Guide.h"
#include "services/PracticeService.h"
#include "storage/ReviewRepository.h"

#include <QSet>
#include <algorithm>

namespace ip {

ProgressStatisticsService::ProgressStatisticsService(ReviewRepository& reviews,
                                                     PracticeService& practice, QTimeZone zone)
    : m_reviews(reviews), m_practice(practice), m_zone(std::move(zone))
{
}

Result<ReviewActivity> ProgressStatisticsService::activity(const QString& guideKey,
                                                           const QDateTime& now, int days) const
{
    return activity(QStringList{guideKey}, now, days);
}

// Review times of several guides, in time order.
Result<QList<QDateTime>> ProgressStatisticsService::reviewTimes(const QStringList& guideKeys,
                                                                const QDateTime& from,
                                                                const QDateTime& until) const
{
    QList<QDateTime> times;
    for (const QString& guideKey : guideKeys) {
        auto read = m_reviews.reviewTimes(guideKey, from, until);
        if (!read)
            return read.error();
        times += *read;
    }
    if (guideKeys.size() > 1)
        std::sort(times.begin(), times.end());
    return times;
}

Result<ReviewActivity> ProgressStatisticsService::activity(const QStringList& guideKeys,
                                                           const QDateTime& now, int days) const
{
    const QDate today = now.toTimeZone(m_zone).date();
    const QDate first = today.addDays(-std::max(days, 1) + 1);
    const QDateTime from = first.startOfDay(m_zone);
    const QDateTime until = today.addDays(1).startOfDay(m_zone);
    const auto recent = reviewTimes(guideKeys, from, until);
    if (!recent)
        return recent.error();
    ReviewActivity activity;
    activity.days = statistics::reviewsPerDay(*recent, first, today, m_zone);
    QList<QDate> reviewDays = statistics::daysOf(*recent, m_zone);
    activity.streak = statistics::currentStreak(reviewDays, today);
    // A streak that reaches the range's first day may go on before it: only
    // then is the older log read, so the usual case reads the weeks shown.
    // (A streak ending yesterday reaches it one day shorter.)
    if (activity.streak > 0 && activity.days.first().count > 0 &&
        activity.streak >= first.daysTo(today)) {
        const auto older = reviewTimes(guideKeys, QDateTime(), from);
        if (!older)
            return older.error();
        reviewDays += statistics::daysOf(*older, m_zone);
        activity.streak = statistics::currentStreak(reviewDays, today);
    }
    return activity;
}

Result<QList<statistics::DayCount>>
ProgressStatisticsService::dueForecast(const Guide& guide, const QDateTime& now, int days)
{
    const auto schedules = m_practice.schedulesForGuide(guide);
    if (!schedules)
        return schedules.error();
    QSet<QString> inGuide;
    for (const Question& question : guide.questions)
        inGuide.insert(question.key);
    QList<ReviewSchedule> current;
    for (const ReviewSchedule& schedule : *schedules) {
        if (inGuide.contains(schedule.questionKey))
            current.append(schedule);
    }
    return statistics::dueForecast(current, now, days, m_zone);
}

Result<ReadinessReport> ProgressStatisticsService::recallOn(const Guide& guide, const QDate& day,
                                                            const QDate& today)
{
    const auto schedules = m_practice.schedulesForGuide(guide);
    if (!schedules)
        return schedules.error();
    return ReadinessCalculator(m_practice.scheduler()).report(guide, *schedules, day, today);
}

} // namespace ip
