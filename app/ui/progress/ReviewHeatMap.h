#pragma once

#include "services/ReviewStatistics.h"
#include "ui/progress/ChartWidget.h"

#include <QDate>
#include <QList>

namespace ip {

// Reviews per day as a calendar, like a contribution calendar: a column per
// week (the locale's first day of the week at the top), a row per weekday,
// each day a square whose colour deepens with the day's reviews (four
// steps between none and the busiest day). Month names above the columns,
// a few weekday names on the left, a "Less … More" key below. Today is
// framed; days after it are not drawn.
class ReviewHeatMap : public ChartWidget {
    Q_OBJECT
public:
    explicit ReviewHeatMap(QWidget* parent = nullptr);

    // Consecutive days, oldest first, the last one today.
    void setDays(QList<statistics::DayCount> days);
    const QList<statistics::DayCount>& days() const { return m_days; }

    int itemCount() const override { return int(m_days.size()); }
    QRect itemRect(int index) const override;
    QString itemText(int index) const override;

    // The day's square (empty when the day is not shown) and its text.
    QRect cellRect(const QDate& day) const;
    QString dayText(const QDate& day) const;
    // 0 (no reviews) to 4 (the busiest days).
    int levelOf(int count) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    int step(int key) const override;
    int firstIndex() const override { return itemCount() - 1; }

private:
    int cell() const;
    int pitch() const { return cell() + 3; }
    int gridLeft() const;
    int gridTop() const;
    int weekCount() const;
    // The first day of the week the first day falls in.
    QDate firstShown() const;
    QColor levelColour(int level) const;
    int indexOf(const QDate& day) const;

    QList<statistics::DayCount> m_days;
    int m_busiest = 0;
};

} // namespace ip
