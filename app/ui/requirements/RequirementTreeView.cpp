#include "ui/requirements/RequirementTreeView.h"

#include "ui/requirements/FocusedRowLook.h"
#include "ui/requirements/RequirementChecklistModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <algorithm>

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

void RequirementTreeView::initViewItemOption(QStyleOptionViewItem* option) const
{
    QTreeView::initViewItemOption(option);
    FocusedRowLook::tintUnfocusedSelection(*this, option);
}

void RequirementTreeView::drawRow(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QTreeView::drawRow(painter, option, index);
    FocusedRowLook::drawFrame(*this, painter, option, index);
}

void RequirementTreeView::focusInEvent(QFocusEvent* event)
{
    QTreeView::focusInEvent(event);
    viewport()->update(); // every selected row changes colour, not only the current one
}

void RequirementTreeView::focusOutEvent(QFocusEvent* event)
{
    QTreeView::focusOutEvent(event);
    viewport()->update();
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
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        if (const QModelIndex next = shownNeighbour(current, step); next.isValid()) {
            setCurrentIndex(next);
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

QModelIndex RequirementTreeView::shownNeighbour(const QModelIndex& current, int step) const
{
    for (int visual = header()->visualIndex(current.column()) + step;
         visual >= 0 && visual < header()->count(); visual += step) {
        const int column = header()->logicalIndex(visual);
        if (!header()->isSectionHidden(column))
            return current.siblingAtColumn(column);
    }
    return {};
}

void RequirementTreeView::setOptionalColumns(const QList<OptionalColumn>& columns, int titleWidth)
{
    m_optionalColumns = columns;
    m_titleWidth = titleWidth;
    fitColumns();
}

void RequirementTreeView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void RequirementTreeView::fitColumns()
{
    if (m_optionalColumns.isEmpty() || !model())
        return;
    // What the columns that always show take besides the title.
    int fixed = 0;
    for (int column = 0; column < header()->count(); ++column) {
        const bool optional = std::any_of(m_optionalColumns.cbegin(), m_optionalColumns.cend(),
                                          [column](const OptionalColumn& optionalColumn) {
                                              return optionalColumn.column == column;
                                          });
        if (!optional && column != RequirementChecklistModel::TitleColumn &&
            !header()->isSectionHidden(column))
            fixed += header()->sectionSize(column);
    }
    // The last to be given up is kept first, as long as the title still has
    // its width beside what is kept.
    int room = viewport()->width() - fixed - m_titleWidth;
    bool keep = true;
    for (auto it = m_optionalColumns.crbegin(); it != m_optionalColumns.crend(); ++it) {
        const OptionalColumn& optional = *it;
        const int width = header()->isSectionHidden(optional.column)
                              ? optional.width
                              : header()->sectionSize(optional.column);
        keep = keep && room >= width;
        if (keep)
            room -= width;
        if (keep == header()->isSectionHidden(optional.column)) {
            setColumnHidden(optional.column, !keep);
            if (keep)
                header()->resizeSection(optional.column, optional.width);
        }
    }
    // A cell that was current in a column now hidden moves to the title.
    if (currentIndex().isValid() && header()->isSectionHidden(currentIndex().column()))
        setCurrentIndex(currentIndex().siblingAtColumn(RequirementChecklistModel::TitleColumn));
}

} // namespace ip
