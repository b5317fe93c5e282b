#include "ui/progress/DueForecastChart.h"

#include <QLocale>
#include <QPainter>

namespace ip {

namespace {

constexpr int Spacing = 4;

} // namespace

DueForecastChart::DueForecastChart(QWidget* parent) : DayCountChart(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

// Each column's width is shared out of the widget's, but never less than
// a weekday's short name needs.
int DueForecastChart::columnWidth() const
{
    const int columns = std::max(1, itemCount());
    const int least = widestShortDayName() + 4;
    return std::max(least, (width() - Spacing * (columns - 1)) / columns);
}

int DueForecastChart::plotTop() const
{
    return fontMetrics().height() + 2; // room for the busiest day's count
}

int DueForecastChart::plotBottom() const
{
    return height() - 2 * fontMetrics().height() - 4;
}

QRect DueForecastChart::itemRect(int index) const
{
    if (index < 0 || index >= itemCount())
        return {};
    // The whole column, count and labels included: a target for the mouse
    // and the focus frame, whatever the bar's height.
    return QRect(index * (columnWidth() + Spacing), 1, columnWidth(), height() - 2);
}

QString DueForecastChart::itemText(int index) const
{
    if (index < 0 || index >= itemCount())
        return {};
    const statistics::DayCount& day = days().at(index);
    const QString date =
        QLocale().toString(day.day, tr("dddd d MMMM", "date format (QLocale::toString)"));
    if (index == 0) {
        if (day.count == 1)
            return tr("Today, %1: 1 review due, overdue ones included").arg(date);
        return tr("Today, %1: %n reviews due, overdue ones included", nullptr, day.count).arg(date);
    }
    if (day.count == 1)
        return tr("%1: 1 review due").arg(date);
    return tr("%1: %n reviews due", nullptr, day.count).arg(date);
}

QSize DueForecastChart::sizeHint() const
{
    const int columns = std::max(1, itemCount());
    const int column = widestShortDayName() + 12;
    return QSize(columns * column + (columns - 1) * Spacing, fontMetrics().height() * 9);
}

QSize DueForecastChart::minimumSizeHint() const
{
    const int columns = std::max(1, itemCount());
    const int column = widestShortDayName() + 4;
    return QSize(columns * column + (columns - 1) * Spacing, sizeHint().height());
}

void DueForecastChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& colours = palette();
    const QLocale locale;
    const int top = plotTop();
    const int bottom = plotBottom();
    const int line = fontMetrics().height();

    // The base line the columns stand on.
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(0, bottom, itemCount() * (columnWidth() + Spacing) - Spacing, bottom);

    for (int i = 0; i < itemCount(); ++i) {
        const statistics::DayCount& day = days().at(i);
        const QRect column = itemRect(i);
        // Slim columns on a wide screen: a bar is a mark, not a block.
        const int barWidth = std::clamp(column.width() * 3 / 5, 4, fontMetrics().height() * 3 / 2);
        const int barHeight =
            busiest() > 0 ? qRound(double(bottom - top) * day.count / double(busiest())) : 0;
        const QRect bar(column.center().x() - barWidth / 2 + 1, bottom - barHeight, barWidth,
                        barHeight);
        if (barHeight > 0)
            painter.fillRect(bar, colours.color(QPalette::Highlight));

        QFont font = this->font();
        font.setBold(i == 0);
        painter.setFont(font);
        painter.setPen(colours.color(day.count > 0 ? QPalette::Text : QPalette::PlaceholderText));
        painter.drawText(QRect(column.left(), bottom - barHeight - line - 1, column.width(), line),
                         Qt::AlignHCenter | Qt::AlignBottom, locale.toString(day.count));
        painter.setPen(colours.color(QPalette::Text));
        painter.drawText(QRect(column.left(), bottom + 2, column.width(), line), Qt::AlignHCenter,
                         locale.dayName(day.day.dayOfWeek(), QLocale::ShortFormat));
        painter.setPen(colours.color(i == 0 ? QPalette::Text : QPalette::PlaceholderText));
        painter.drawText(QRect(column.left(), bottom + 2 + line, column.width(), line),
                         Qt::AlignHCenter, locale.toString(day.day.day()));
    }
    painter.setFont(font());
    drawFocusFrame(painter);
}

} // namespace ip
