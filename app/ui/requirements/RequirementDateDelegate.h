#pragma once

#include <QStyledItemDelegate>

namespace ip {

// Edits a target or completion date with an OptionalDateEdit, so a date can
// be cleared (Delete) as well as set. The value is stored when the editor
// closes (Enter, Tab or leaving it); Escape keeps the old date. The
// completion date of an item that is not Done cannot be edited.
class RequirementDateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace ip
