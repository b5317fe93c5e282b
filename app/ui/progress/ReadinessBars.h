#pragma once

#include "ui/progress/ChartWidget.h"

#include <QList>
#include <QString>

namespace ip {

// One bar: a name, a share from 0 to 1 and what it means in words.
struct ReadinessBar {
    QString label;    // "Technical"
    double value = 0; // 0 to 1
    QString text;     // "Technical: 43 % (12 questions)", the tooltip
    bool emphasised = false;
};

// Horizontal bars with their percentage written at the end: the overall
// readiness, then one per category. The track is the palette's mid colour,
// the filled part its highlight, so it reads in light and dark themes.
class ReadinessBars : public ChartWidget {
    Q_OBJECT
public:
    explicit ReadinessBars(QWidget* parent = nullptr);

    void setBars(QList<ReadinessBar> bars);
    const QList<ReadinessBar>& bars() const { return m_bars; }

    int itemCount() const override { return int(m_bars.size()); }
    QRect itemRect(int index) const override;
    QString itemText(int index) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int rowHeight() const;
    int rowTop(int index) const;
    int labelWidth() const;
    int percentWidth() const;
    QFont fontOf(const ReadinessBar& bar) const;

    QList<ReadinessBar> m_bars;
};

} // namespace ip
