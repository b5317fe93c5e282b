#include "ui/requirements/RequirementStatusDelegate.h"

#include "model/RequirementProgress.h"
#include "ui/requirements/RequirementChecklistModel.h"

#include <QComboBox>
#include <QTimer>

namespace ip {

void RequirementStatusDelegate::addStatuses(QComboBox* combo)
{
    for (RequirementStatus status :
         {RequirementStatus::NotStarted, RequirementStatus::Planned, RequirementStatus::InProgress,
          RequirementStatus::Done, RequirementStatus::NotApplicable})
        combo->addItem(RequirementChecklistModel::statusName(status), int(status));
}

QWidget* RequirementStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                                 const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    addStatuses(combo);
    // Editing starts with the list open, so arrow keys move in the list and
    // Enter or a click makes the choice; a choice is stored at once rather
    // than when the editor happens to lose focus.
    auto* self = const_cast<RequirementStatusDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    QTimer::singleShot(0, combo, &QComboBox::showPopup);
    return combo;
}

void RequirementStatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void RequirementStatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                             const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace ip
