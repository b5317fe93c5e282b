#include "ui/progress/DayCountChart.h"

namespace ip {

void DayCountChart::setDays(QList<statistics::DayCount> days)
{
    m_days = std::move(days);
    m_busiest = 0;
    for (const statistics::DayCount& day : std::as_const(m_days))
        m_busiest = std::max(m_busiest, day.count);
    itemsChanged();
}

} // namespace ip
