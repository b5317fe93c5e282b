#include "ui/progress/ChartWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ip {

ChartWidget::ChartWidget(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
}

int ChartWidget::itemAt(const QPoint& point) const
{
    for (int i = 0; i < itemCount(); ++i) {
        if (itemRect(i).contains(point))
            return i;
    }
    return -1;
}

void ChartWidget::setCurrentIndex(int index)
{
    const int bounded = itemCount() == 0 ? -1 : std::clamp(index, 0, itemCount() - 1);
    if (bounded == m_current)
        return;
    m_current = bounded;
    update();
    announceCurrent();
}

void ChartWidget::itemsChanged()
{
    // Until the keys have been on the chart there is no current part: the
    // first focus puts them on firstIndex().
    const int count = itemCount();
    m_current = count == 0 || m_current < 0 ? -1 : std::min(m_current, count - 1);
    updateGeometry();
    update();
    announceCurrent();
}

bool ChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = itemAt(help->pos());
        if (index < 0 && !toolTip().isEmpty()) {
            // Between the parts: what the chart as a whole shows.
            return QWidget::event(event);
        }
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), itemText(index), this, itemRect(index));
        }
        return true;
    }
    return QWidget::event(event);
}

int ChartWidget::step(int key) const
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        return -1;
    case Qt::Key_Right:
    case Qt::Key_Down:
        return 1;
    default:
        return 0;
    }
}

void ChartWidget::keyPressEvent(QKeyEvent* event)
{
    if (itemCount() == 0 || event->modifiers() & ~Qt::KeypadModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Home) {
        setCurrentIndex(0);
    } else if (event->key() == Qt::Key_End) {
        setCurrentIndex(itemCount() - 1);
    } else if (const int by = step(event->key()); by != 0) {
        setCurrentIndex(std::max(m_current, 0) + by);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartWidget::mousePressEvent(QMouseEvent* event)
{
    QWidget::mousePressEvent(event);
    // A click puts the keys on the part clicked (and the focus, by the
    // focus policy, on the chart).
    if (const int index = itemAt(event->position().toPoint()); index >= 0)
        setCurrentIndex(index);
}

void ChartWidget::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    if (m_current < 0 && itemCount() > 0)
        m_current = std::clamp(firstIndex(), 0, itemCount() - 1);
    update();
    announceCurrent();
}

void ChartWidget::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
    announceCurrent();
}

void ChartWidget::drawFocusFrame(QPainter& painter) const
{
    if (!hasFocus() || m_current < 0)
        return;
    const QRect rect = itemRect(m_current).adjusted(-2, -2, 1, 1);
    if (rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Text), 2));
    painter.drawRect(rect);
    painter.restore();
}

int ChartWidget::widestShortDayName() const
{
    const QLocale locale;
    int widest = 0;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        widest = std::max(
            widest, fontMetrics().horizontalAdvance(locale.dayName(day, QLocale::ShortFormat)));
    return widest;
}

void ChartWidget::announceCurrent()
{
    Q_EMIT currentTextChanged(hasFocus() && m_current >= 0 ? itemText(m_current) : QString());
}

} // namespace ip
