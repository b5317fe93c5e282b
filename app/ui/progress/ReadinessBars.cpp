#include "ui/progress/ReadinessBars.h"

#include <QEvent>
#include <QPainter>

namespace ip {

namespace {

constexpr int Gap = 8;

QString percentText(double value)
{
    return ReadinessBars::tr("%1 %").arg(qRound(std::clamp(value, 0.0, 1.0) * 100));
}

} // namespace

ReadinessBars::ReadinessBars(QWidget* parent) : ChartWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ReadinessBars::setBars(QList<ReadinessBar> bars)
{
    m_bars = std::move(bars);
    itemsChanged();
}

int ReadinessBars::rowHeight() const
{
    return fontMetrics().height() + 8;
}

// An emphasised bar (the overall one) is followed by a little space, which
// sets it apart from the categories under it.
int ReadinessBars::rowTop(int index) const
{
    int top = 0;
    for (int i = 0; i < index; ++i)
        top += rowHeight() + (m_bars.at(i).emphasised ? Gap : 0);
    return top;
}

QFont ReadinessBars::fontOf(const ReadinessBar& bar) const
{
    QFont font = this->font();
    font.setBold(bar.emphasised);
    return font;
}

// Wide enough for the longest name (measured for this widget's screen, as
// it is painted, plus a pixel: the advance is rounded down, and a name a
// fraction too wide would be cut), but never more than two fifths of the
// chart: a long category name is cut with "…" (its tooltip has it whole).
int ReadinessBars::labelWidth() const
{
    int widest = 0;
    for (const ReadinessBar& bar : m_bars)
        widest = std::max(widest, QFontMetrics(fontOf(bar), this).horizontalAdvance(bar.label) + 1);
    return std::min(widest, width() * 2 / 5);
}

int ReadinessBars::percentWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold, this).horizontalAdvance(percentText(1.0));
}

QRect ReadinessBars::itemRect(int index) const
{
    if (index < 0 || index >= itemCount())
        return {};
    // Inset, so that the focus frame round it stays inside the widget.
    return QRect(2, rowTop(index) + 1, width() - 4, rowHeight() - 2);
}

QString ReadinessBars::itemText(int index) const
{
    return index >= 0 && index < itemCount() ? m_bars.at(index).text : QString();
}

QSize ReadinessBars::sizeHint() const
{
    const int height = m_bars.isEmpty() ? rowHeight() : rowTop(itemCount());
    return QSize(fontMetrics().averageCharWidth() * 50, height);
}

QSize ReadinessBars::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 28, sizeHint().height());
}

void ReadinessBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    const int labels = labelWidth();
    const int percent = percentWidth();
    const int trackLeft = labels + Gap;
    const int trackWidth = std::max(0, width() - trackLeft - Gap - percent);
    for (int i = 0; i < itemCount(); ++i) {
        const ReadinessBar& bar = m_bars.at(i);
        const QRect row(0, rowTop(i), width(), rowHeight());
        painter.setFont(fontOf(bar));
        painter.setPen(colours.color(QPalette::Text));
        const QString label = painter.fontMetrics().elidedText(bar.label, Qt::ElideRight, labels);
        painter.drawText(QRect(0, row.top(), labels, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.drawText(QRect(width() - percent, row.top(), percent, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter, percentText(bar.value));

        const int barHeight = std::max(6, row.height() / 2);
        const QRectF track(trackLeft, row.center().y() - barHeight / 2.0 + 0.5, trackWidth,
                           barHeight);
        const double radius = barHeight / 4.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.color(QPalette::Midlight));
        painter.drawRoundedRect(track, radius, radius);
        QRectF filled = track;
        filled.setWidth(track.width() * std::clamp(bar.value, 0.0, 1.0));
        if (filled.width() > 0) {
            painter.setBrush(colours.color(QPalette::Highlight));
            painter.drawRoundedRect(filled, radius, radius);
        }
        // The track's outline keeps an empty bar visible on any background.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colours.color(QPalette::Mid), 1));
        painter.drawRoundedRect(track, radius, radius);
    }
    drawFocusFrame(painter);
}

void ReadinessBars::changeEvent(QEvent* event)
{
    ChartWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace ip
