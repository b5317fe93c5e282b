#include "ui/FilterFieldNavigation.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace ip {

void FilterFieldNavigation::install(QLineEdit* field, QAbstractItemView* view, Enter enter)
{
    field->installEventFilter(new FilterFieldNavigation(field, view, enter));
}

void FilterFieldNavigation::installClearOnEscape(QLineEdit* field)
{
    field->installEventFilter(new FilterFieldNavigation(field, nullptr, Enter::LeftToField));
}

FilterFieldNavigation::FilterFieldNavigation(QLineEdit* field, QAbstractItemView* view, Enter enter)
    : QObject(field), m_field(field), m_view(view), m_enter(enter)
{
}

bool FilterFieldNavigation::eventFilter(QObject* watched, QEvent* event)
{
    const bool escape =
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier;
    if (escape && !m_field->text().isEmpty()) {
        // Claimed before any Escape shortcut or the dialog's Cancel sees it.
        if (event->type() == QEvent::KeyPress)
            m_field->clear();
        event->accept();
        return true;
    }
    // Ctrl+E belongs to the window (Edit Notes): a line edit would take it
    // as "end of line", which the End key does as well.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_E)) {
        event->ignore();
        return true;
    }
    // A hidden view (another list shown in its place) leaves the keys to the
    // navigation of the one shown.
    if (event->type() != QEvent::KeyPress || !m_view || !m_view->isVisible())
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers());
        QCoreApplication::sendEvent(m_view, &forwarded);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_enter == Enter::LeftToField)
            return QObject::eventFilter(watched, event);
        m_view->setFocus(Qt::OtherFocusReason);
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace ip
