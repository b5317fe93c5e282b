#pragma once

#include "services/ReviewStatistics.h"
#include "ui/progress/ChartWidget.h"

#include <QList>

namespace ip {

// A chart with a part per day: a count on each of consecutive days, drawn
// on one scale from 0 to the busiest day.
class DayCountChart : public ChartWidget {
    Q_OBJECT
public:
    using ChartWidget::ChartWidget;

    // Consecutive days, oldest first.
    void setDays(QList<statistics::DayCount> days);
    const QList<statistics::DayCount>& days() const { return m_days; }
    // The largest count (0 when every day is empty).
    int busiest() const { return m_busiest; }

    int itemCount() const override { return int(m_days.size()); }

private:
    QList<statistics::DayCount> m_days;
    int m_busiest = 0;
};

} // namespace ip
