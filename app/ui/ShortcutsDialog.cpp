#include "ui/ShortcutsDialog.h"

#include "ui/FilterFieldNavigation.h"
#include "ui/KeyboardReference.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <functional>

namespace ip {

namespace {
// Every shortcut of a menu and of its submenus, as "Menu › Submenu".
void collectMenu(const QMenu* menu, const QString& place,
                 const std::function<void(const QString&, const QAction*)>& add)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), place + QStringLiteral(" › ") + action->text().remove(u'&'),
                        add);
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
            add(place, action);
        }
    }
}

QString keysText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& sequence : action->shortcuts()) {
        // The standard keys' alternatives for keyboards with F13 and up
        // (Copy is also F16) only clutter the list on a PC keyboard.
        const int key = sequence[0].key();
        if (key >= Qt::Key_F13 && key <= Qt::Key_F35)
            continue;
        keys << sequence.toString(QKeySequence::NativeText);
    }
    keys.removeDuplicates();
    return keys.join(QStringLiteral(", "));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a command or a key"));

    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One focus frame around the row, not around a cell as in a spreadsheet.
    m_list->setAllColumnsShowFocus(true);

    for (QAction* menuAction : menus->actions()) {
        if (const QMenu* menu = menuAction->menu()) {
            collectMenu(menu, menu->title().remove(u'&'),
                        [this](const QString& place, const QAction* action) {
                            addEntry(place, action->text().remove(u'&'), keysText(action));
                        });
        }
    }
    for (const KeyboardReferenceEntry& entry : keysInsideScreens())
        addEntry(entry.place, entry.command, entry.keys);
    m_list->expandAll();
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0)->child(0));

    FilterFieldNavigation::install(m_filter, m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    // As wide as the two columns need, as tall as the screen allows.
    const int width = m_list->columnWidth(0) + m_list->columnWidth(1) + m_list->indentation() +
                      fontMetrics().averageCharWidth() * 6;
    const int rows = m_list->topLevelItemCount();
    int entries = 0;
    for (int group = 0; group < rows; ++group)
        entries += m_list->topLevelItem(group)->childCount();
    const int rowHeight =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() * 3 / 2;
    const int height = (entries + rows + 5) * rowHeight;
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(qMin(width, available.width() * 9 / 10), qMin(height, available.height() * 8 / 10));
}

void ShortcutsDialog::addEntry(const QString& place, const QString& command, const QString& keys)
{
    QTreeWidgetItem* group = nullptr;
    for (int index = 0; index < m_list->topLevelItemCount() && !group; ++index) {
        if (m_list->topLevelItem(index)->text(0) == place)
            group = m_list->topLevelItem(index);
    }
    if (!group) {
        group = new QTreeWidgetItem(m_list, {place});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        // A heading, not something to choose.
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
    }
    auto* item = new QTreeWidgetItem(group, {command, keys});
    item->setData(0, Qt::AccessibleDescriptionRole, keys);
}

void ShortcutsDialog::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int index = 0; index < m_list->topLevelItemCount(); ++index) {
        QTreeWidgetItem* group = m_list->topLevelItem(index);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int row = 0; row < group->childCount(); ++row) {
            QTreeWidgetItem* item = group->child(row);
            const bool match = groupMatches ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
    // The keys act on a row that shows.
    QTreeWidgetItem* current = m_list->currentItem();
    if (!current || current->isHidden() || (current->parent() && current->parent()->isHidden())) {
        for (int index = 0; index < m_list->topLevelItemCount(); ++index) {
            QTreeWidgetItem* group = m_list->topLevelItem(index);
            for (int row = 0; row < group->childCount() && !group->isHidden(); ++row) {
                if (!group->child(row)->isHidden()) {
                    m_list->setCurrentItem(group->child(row));
                    return;
                }
            }
        }
    }
}

} // namespace ip
