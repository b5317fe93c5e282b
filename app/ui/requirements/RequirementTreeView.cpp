#include "ui/requirements/RequirementTreeView.h"

#include "ui/requirements/RequirementChecklistModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace ip {

namespace {

bool isItem(const QModelIndex& index)
{
    return index.isValid() && !index.data(RequirementChecklistModel::IsGroupRole).toBool();
}

} // namespace

RequirementTreeView::RequirementTreeView(QWidget* parent) : QTreeView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(false);
}

void RequirementTreeView::commitOpenEditor()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    if (QWidget* editor = indexWidget(currentIndex()))
        commitData(editor);
}

bool RequirementTreeView::toggleCheck(const QModelIndex& index)
{
    const QModelIndex check = index.siblingAtColumn(RequirementChecklistModel::TitleColumn);
    if (!(model()->flags(check) & Qt::ItemIsUserCheckable))
        return false;
    const bool checked = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return model()->setData(check, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool RequirementTreeView::editCell(const QModelIndex& index)
{
    QModelIndex target = index;
    // The title cannot be edited; its row's most edited cell is the status.
    if (target.column() == RequirementChecklistModel::TitleColumn)
        target = target.siblingAtColumn(RequirementChecklistModel::StatusColumn);
    if (!(model()->flags(target) & Qt::ItemIsEditable))
        return false;
    setCurrentIndex(target);
    return edit(target, QAbstractItemView::EditKeyPressed, nullptr);
}

void RequirementTreeView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    const bool plain =
        event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (!plain || !isItem(current) || state() == QAbstractItemView::EditingState) {
        QTreeView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Select:
        toggleCheck(current);
        event->accept();
        return;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (editCell(current)) {
            event->accept();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int visual = header()->visualIndex(current.column());
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        if (visual + step >= 0 && visual + step < header()->count()) {
            setCurrentIndex(current.siblingAtColumn(header()->logicalIndex(visual + step)));
        } else if (step < 0) {
            // Left from the first cell goes up to the group, as in any tree.
            setCurrentIndex(current.parent());
        }
        event->accept();
        return;
    }
    default:
        break;
    }
    QTreeView::keyPressEvent(event);
}

} // namespace ip
