#include "ui/requirements/RequirementDateDelegate.h"

#include "ui/requirements/OptionalDateEdit.h"

namespace ip {

QWidget* RequirementDateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                               const QModelIndex&) const
{
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
