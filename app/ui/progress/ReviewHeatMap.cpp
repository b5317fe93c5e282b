#include "ui/progress/ReviewHeatMap.h"

#include <QLocale>
#include <QPainter>

namespace ip {

namespace {

constexpr int Levels = 4;

QColor mixed(const QColor& from, const QColor& to, double share)
{
    QColor colour;
    colour.setRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                   float(from.greenF() + (to.greenF() - from.greenF()) * share),
                   float(from.blueF() + (to.blueF() - from.blueF()) * share));
    return colour;
}

} // namespace

ReviewHeatMap::ReviewHeatMap(QWidget* parent) : DayCountChart(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

int ReviewHeatMap::cell() const
{
    return std::max(10, fontMetrics().height() - 2);
}

int ReviewHeatMap::gridLeft() const
{
    return widestShortDayName() + 6;
}

int ReviewHeatMap::gridTop() const
{
    return fontMetrics().height() + 2;
}

QDate ReviewHeatMap::firstShown() const
{
    if (days().isEmpty())
        return {};
    const QDate first = days().first().day;
    const int weekStart = QLocale().firstDayOfWeek();
    return first.addDays(-((first.dayOfWeek() - weekStart + 7) % 7));
}

int ReviewHeatMap::weekCount() const
{
    if (days().isEmpty())
        return 12;
    return int(firstShown().daysTo(days().last().day) / 7 + 1);
}

int ReviewHeatMap::indexOf(const QDate& day) const
{
    if (days().isEmpty())
        return -1;
    const qint64 index = days().first().day.daysTo(day);
    return index >= 0 && index < days().size() ? int(index) : -1;
}

QRect ReviewHeatMap::cellRect(const QDate& day) const
{
    if (indexOf(day) < 0)
        return {};
    const qint64 offset = firstShown().daysTo(day);
    const int column = int(offset / 7);
    const int row = int(offset % 7);
    return QRect(gridLeft() + column * pitch(), gridTop() + row * pitch(), cell(), cell());
}

QRect ReviewHeatMap::itemRect(int index) const
{
    return index >= 0 && index < itemCount() ? cellRect(days().at(index).day) : QRect();
}

QString ReviewHeatMap::dayText(const QDate& day) const
{
    const int index = indexOf(day);
    if (index < 0)
        return {};
    const int count = days().at(index).count;
    const QString date =
        QLocale().toString(day, tr("dddd d MMMM", "date format (QLocale::toString)"));
    if (count == 0)
        return tr("%1: no reviews").arg(date);
    if (count == 1)
        return tr("%1: 1 review").arg(date);
    return tr("%1: %n reviews", nullptr, count).arg(date);
}

QString ReviewHeatMap::itemText(int index) const
{
    return index >= 0 && index < itemCount() ? dayText(days().at(index).day) : QString();
}

int ReviewHeatMap::levelOf(int count) const
{
    if (count <= 0 || busiest() <= 0)
        return 0;
    return std::clamp((count * Levels + busiest() - 1) / busiest(), 1, Levels);
}

QColor ReviewHeatMap::levelColour(int level) const
{
    const QPalette& colours = palette();
    const QColor none = colours.color(QPalette::Midlight);
    if (level == 0)
        return none;
    // From the empty square's grey towards the highlight, in even steps, so
    // that the first step stands apart from no reviews on a light and on a
    // dark background alike.
    return mixed(none, colours.color(QPalette::Highlight), double(level + 1) / double(Levels + 1));
}

QSize ReviewHeatMap::sizeHint() const
{
    const int gridWidth = weekCount() * pitch() - 3;
    const int keyHeight = fontMetrics().height() + 6;
    return QSize(gridLeft() + gridWidth + 2, gridTop() + 7 * pitch() + keyHeight);
}

void ReviewHeatMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& colours = palette();
    const QLocale locale;
    const QColor text = colours.color(QPalette::Text);
    const QColor quiet = colours.color(QPalette::PlaceholderText);
    painter.setPen(quiet);

    // Every other weekday named, as a calendar does when room is short.
    if (!days().isEmpty()) {
        const QDate first = firstShown();
        for (int row = 0; row < 7; row += 2) {
            const QRect label(0, gridTop() + row * pitch(), gridLeft() - 6, cell());
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                             locale.dayName(first.addDays(row).dayOfWeek(), QLocale::ShortFormat));
        }
        // A month's name over the first week that starts in it.
        int lastLabelEnd = -1;
        for (int column = 0; column < weekCount(); ++column) {
            const QDate weekStart = first.addDays(column * 7);
            if (column > 0 && weekStart.month() == weekStart.addDays(-7).month())
                continue;
            const QString month = locale.monthName(weekStart.month(), QLocale::ShortFormat);
            const int left = gridLeft() + column * pitch();
            if (left <= lastLabelEnd)
                continue;
            painter.drawText(QPoint(left, fontMetrics().ascent()), month);
            lastLabelEnd = left + fontMetrics().horizontalAdvance(month) + 4;
        }
    }

    const QDate today = days().isEmpty() ? QDate() : days().last().day;
    for (const statistics::DayCount& day : days()) {
        const QRect square = cellRect(day.day);
        painter.fillRect(square, levelColour(levelOf(day.count)));
        if (day.day == today) {
            painter.setPen(QPen(text, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(square.adjusted(0, 0, -1, -1));
        }
    }

    // The key: what the steps mean.
    const int keyTop = gridTop() + 7 * pitch() + 4;
    const QString less = tr("Less");
    const QString more = tr("More");
    int x = sizeHint().width() - 2 - fontMetrics().horizontalAdvance(more);
    painter.setPen(quiet);
    painter.drawText(QPoint(x, keyTop + fontMetrics().ascent()), more);
    const int keyCell = cell() - 2;
    for (int level = Levels; level >= 0; --level) {
        x -= keyCell + 3;
        painter.fillRect(
            QRect(x, keyTop + (fontMetrics().height() - keyCell) / 2, keyCell, keyCell),
            levelColour(level));
    }
    x -= 4 + fontMetrics().horizontalAdvance(less);
    painter.drawText(QPoint(x, keyTop + fontMetrics().ascent()), less);

    drawFocusFrame(painter);
}

// Up and down move a day, as the rows are days; left and right a week.
int ReviewHeatMap::step(int key) const
{
    switch (key) {
    case Qt::Key_Up:
        return -1;
    case Qt::Key_Down:
        return 1;
    case Qt::Key_Left:
        return -7;
    case Qt::Key_Right:
        return 7;
    default:
        return 0;
    }
}

} // namespace ip
