#include "services/InterviewDateCap.h"

#include <algorithm>

namespace ip {

int intervalBeforeInterview(const QDate& interview, const QDate& reviewDay, int intervalDays)
{
    if (!interview.isValid() || !reviewDay.isValid() || reviewDay >= interview)
        return std::max(1, intervalDays);
    const qint64 latest = reviewDay.daysTo(interview) - 1; // the day before
    return int(std::max<qint64>(1, std::min<qint64>(intervalDays, latest)));
}

IntervalCap interviewDateCap(QHash<QString, QDate> dates, IntervalCap inner)
{
    return [dates = std::move(dates), inner = std::move(inner)](
               const QuestionRef& question, const QDate& reviewDay, int intervalDays) {
        const int interval = inner ? inner(question, reviewDay, intervalDays) : intervalDays;
        const auto found = dates.constFind(question.guideKey);
        return found == dates.cend() ? interval
                                     : intervalBeforeInterview(*found, reviewDay, interval);
    };
}

} // namespace ip
