#pragma once

#include <QLabel>

namespace ip {

class ChartWidget;

// The line under a chart: its summary ("Reviews in the last 12 weeks: …"),
// or, while the keys are on the chart, the text of the part they are on, so
// a keyboard user reads what the mouse would show in a tooltip.
class ChartCaption : public QLabel {
    Q_OBJECT
public:
    ChartCaption(ChartWidget* chart, QWidget* parent);

    void setSummary(const QString& summary);
    QString summary() const { return m_summary; }

private:
    void showCurrent();

    ChartWidget* m_chart;
    QString m_summary;
};

} // namespace ip
