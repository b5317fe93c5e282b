#pragma once

#include "ui/progress/DayCountChart.h"

#include <QList>

namespace ip {

// The reviews coming due on each of the next days as columns, today first
// (with those already overdue): each column's count written above it, the
// weekday and the day of the month below, today's in bold. The columns
// share one scale, from 0 to the busiest day. Its days start with today.
class DueForecastChart : public DayCountChart {
    Q_OBJECT
public:
    explicit DueForecastChart(QWidget* parent = nullptr);

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
};

} // namespace ip
