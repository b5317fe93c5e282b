#include "ui/WindowShortcutKeeper.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace ip {

WindowShortcutKeeper::WindowShortcutKeeper(QWidget* window, const QList<QKeySequence>& keys)
    : QObject(window), m_window(window), m_keys(keys)
{
    qApp->installEventFilter(this);
}

bool WindowShortcutKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    if (static_cast<QWidget*>(watched)->window() != m_window)
        return false;
    const QKeySequence pressed(static_cast<QKeyEvent*>(event)->keyCombination());
    if (!m_keys.contains(pressed))
        return false;
    // Not accepted: the override is refused and the shortcut goes ahead.
    event->ignore();
    return true;
}

} // namespace ip
