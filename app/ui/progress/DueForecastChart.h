#pragma once

#include "services/ReviewStatistics.h"
#include "ui/progress/ChartWidget.h"

#include <QList>

namespace ip {

// The reviews coming due on each of the next days as columns, today first
// (with those already overdue): each column's count written above it, the
// weekday and the day of the month below, today's in bold. The columns
// share one scale, from 0 to the busiest day.
class DueForecastChart : public ChartWidget {
    Q_OBJECT
public:
    explicit DueForecastChart(QWidget* parent = nullptr);

    // Consecutive days, the first one today.
    void setDays(QList<statistics::DayCount> days);
    const QList<statistics::DayCount>& days() const { return m_days; }

    int itemCount() const override { return int(m_days.size()); }
    QRect itemRect(int index) const override;
    QString itemText(int index) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int columnWidth() const;
    int plotTop() const;
    int plotBottom() const;

    QList<statistics::DayCount> m_days;
    int m_busiest = 0;
};

} // namespace ip
