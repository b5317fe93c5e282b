#include "ui/progress/ChartCaption.h"

#include "ui/progress/ChartWidget.h"

namespace ip {

ChartCaption::ChartCaption(ChartWidget* chart, QWidget* parent) : QLabel(parent), m_chart(chart)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    connect(chart, &ChartWidget::currentTextChanged, this, &ChartCaption::showCurrent);
}

void ChartCaption::setSummary(const QString& summary)
{
    m_summary = summary;
    showCurrent();
}

void ChartCaption::showCurrent()
{
    const int current = m_chart->hasFocus() ? m_chart->currentIndex() : -1;
    setText(current >= 0 ? m_chart->itemText(current) : m_summary);
}

} // namespace ip
