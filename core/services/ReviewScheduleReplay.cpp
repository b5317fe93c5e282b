#include "services/ReviewScheduleReplay.h"

#include <QHash>
#include <algorithm>

namespace ip {

namespace {

void sortByTime(QList<ReviewLogEntry>& log)
{
    // Stable, so entries with equal times (only possible for different
    // questions) keep the log's order.
    std::stable_sort(log.begin(), log.end(), [](const ReviewLogEntry& a, const ReviewLogEntry& b) {
        return a.reviewedAt.toMSecsSinceEpoch() < b.reviewedAt.toMSecsSinceEpoch();
    });
}

} // namespace

std::optional<ReviewSchedule> ReviewScheduleReplay::replay(QList<ReviewLogEntry> log) const
{
    sortByTime(log);
    std::optional<ReviewSchedule> schedule;
    for (const ReviewLogEntry& entry : log)
        schedule = m_scheduler.next(schedule, entry);
    return schedule;
}

QList<ReviewSchedule> ReviewScheduleReplay::replayAll(QList<ReviewLogEntry> log) const
{
    sortByTime(log);
    // Questions by guide, then key: two lookups without building a combined
    // key string for each of 100,000 entries.
    QHash<QString, QHash<QString, ReviewSchedule>> byGuide;
    for (const ReviewLogEntry& entry : log) {
        QHash<QString, ReviewSchedule>& questions = byGuide[entry.guideKey];
        const auto found = questions.find(entry.questionKey);
        if (found == questions.end())
            questions.insert(entry.questionKey, m_scheduler.next(std::nullopt, entry));
        else
            *found = m_scheduler.next(*found, entry);
    }

    QList<ReviewSchedule> schedules;
    for (const QHash<QString, ReviewSchedule>& questions : std::as_const(byGuide))
        for (const ReviewSchedule& schedule : questions)
            schedules.append(schedule);
    std::sort(schedules.begin(), schedules.end(),
              [](const ReviewSchedule& a, const ReviewSchedule& b) {
                  return a.guideKey != b.guideKey ? a.guideKey < b.guideKey
                                                  : a.questionKey < b.questionKey;
              });
    return schedules;
}

} // namespace ip
