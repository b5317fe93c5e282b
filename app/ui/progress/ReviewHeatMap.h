#pragma once

#include "ui/progress/DayCountChart.h"

#include <QDate>
#include <QList>

namespace ip {

// Reviews per day as a calendar, like a contribution calendar: a column per
// week (the locale's first day of the week at the top), a row per weekday,
// each day a square whose colour deepens with the day's reviews (four
// steps between none and the busiest day). Month names above the columns,
// a few weekday names on the left, a "Less … More" key below. Today is
// framed; days after it are not drawn. Its days end with today.
class ReviewHeatMap : public DayCountChart {
    Q_OBJECT
public:
    explicit ReviewHeatMap(QWidget* parent = nullptr);

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
};

} // namespace ip
