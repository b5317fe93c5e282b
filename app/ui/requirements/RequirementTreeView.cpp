#include "ui/requirements/RequirementTreeView.h"

#include "ui/requirements/RequirementChecklistModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <algorithm>

namespace ip {

namespace {

constexpr float UnfocusedSelectionWeight = 0.3f; // of the highlight over the base
constexpr qreal FocusFrameWidth = 2.0;

QColor mixed(const QColor& a, const QColor& b, float weightOfA)
{
    QColor colour;
    colour.setRgbF(a.redF() * weightOfA + b.redF() * (1 - weightOfA),
                   a.greenF() * weightOfA + b.greenF() * (1 - weightOfA),
                   a.blueF() * weightOfA + b.blueF() * (1 - weightOfA));
    return colour;
}

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
    // Many styles draw a selection the same with or without the focus. The
    // rows, their branches and every column's delegate take the colours from
    // here, so an unfocused selection becomes a tint of the highlight over
    // the base, with the normal text colour on it.
    if (hasFocus())
        return;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor highlight = option->palette.color(group, QPalette::Highlight);
        const QColor base = option->palette.color(group, QPalette::Base);
        option->palette.setColor(group, QPalette::Highlight,
                                 mixed(highlight, base, UnfocusedSelectionWeight));
        option->palette.setColor(group, QPalette::HighlightedText,
                                 option->palette.color(group, QPalette::Text));
    }
}

void RequirementTreeView::drawRow(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QTreeView::drawRow(painter, option, index);
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid() || index.row() != current.row() ||
        index.parent() != current.parent())
        return;
    // A frame around the whole row, in the highlighted text's colour drawn
    // into the highlight, so it shows on the full selection in any palette.
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor frame = mixed(option.palette.color(group, QPalette::HighlightedText),
                               option.palette.color(group, QPalette::Highlight), 0.7f);
    const QRect row(0, option.rect.top(), viewport()->width(), option.rect.height());
    const qreal inset = FocusFrameWidth / 2 + 1;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(frame, FocusFrameWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(row).adjusted(inset, inset, -inset, -inset), 3, 3);
    painter->restore();
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
