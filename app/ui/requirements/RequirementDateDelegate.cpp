#include "ui/requirements/RequirementDateDelegate.h"

#include "model/RequirementProgress.h"
#include "ui/requirements/OptionalDateEdit.h"
#include "ui/requirements/RequirementChecklistModel.h"

namespace ip {

QWidget* RequirementDateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                               const QModelIndex& index) const
{
    // Only a finished item has a completion date (the detail pane agrees).
    if (index.column() == RequirementChecklistModel::CompletedDateColumn &&
        index.siblingAtColumn(RequirementChecklistModel::TitleColumn)
                .data(RequirementChecklistModel::StatusRole)
                .toInt() != int(RequirementStatus::Done))
        return nullptr;
    return new OptionalDateEdit(parent);
}

void RequirementDateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<OptionalDateEdit*>(editor)->setOptionalDate(
        date.isValid() ? std::optional<QDate>(date) : std::nullopt);
}

void RequirementDateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                           const QModelIndex& index) const
{
    model->setData(index, static_cast<OptionalDateEdit*>(editor)->dateOrNull(), Qt::EditRole);
}

void RequirementDateDelegate::updateEditorGeometry(QWidget* editor,
                                                   const QStyleOptionViewItem& option,
                                                   const QModelIndex&) const
{
    // The editor needs room for its calendar button; never let it be cut to
    // less than it needs to show a whole date.
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
}

} // namespace ip
