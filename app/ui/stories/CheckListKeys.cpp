#include "ui/stories/CheckListKeys.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>

namespace ip {

void CheckListKeys::install(QLineEdit* filter, QListWidget* list)
{
    auto* keys = new CheckListKeys(filter, list);
    // Installed last, so it sees the keys before the field's navigation helper.
    filter->installEventFilter(keys);
    list->installEventFilter(keys);
}

CheckListKeys::CheckListKeys(QLineEdit* filter, QListWidget* list)
    : QObject(list), m_filter(filter), m_list(list)
{
    // Install once the dialog is built: what happens from then on is the user's.
    connect(list, &QListWidget::itemChanged, this, [this] { m_userChecked = true; });
    connect(list, &QListWidget::currentItemChanged, this, [this] { m_userMoved = true; });
}

bool CheckListKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (watched == m_filter)
            m_spaceChecks = true;
        m_userMoved = true;
        break;
    case Qt::Key_Space:
        if (watched == m_filter && m_spaceChecks && plain) {
            toggleCurrent();
            return true;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (plain)
            checkCurrentIfNothingChosen();
        break;
    default:
        if (watched == m_filter && !key->text().isEmpty())
            m_spaceChecks = false;
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CheckListKeys::toggleCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden() || !(item->flags() & Qt::ItemIsEnabled))
        return;
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void CheckListKeys::checkCurrentIfNothingChosen()
{
    QListWidgetItem* item = m_list->currentItem();
    if (m_userChecked || !m_userMoved || !item || item->isHidden() ||
        !(item->flags() & Qt::ItemIsEnabled))
        return;
    item->setCheckState(Qt::Checked);
}

} // namespace ip
