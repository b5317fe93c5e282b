#pragma once

#include <QStyledItemDelegate>

class QComboBox;

namespace ip {

// Edits a requirement's status with a combo box that opens with its list
// shown. Choosing an entry (click or Enter) stores it at once; Escape leaves
// the status as it was.
class RequirementStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

    // Fills a combo box with every status, in workflow order, each carrying
    // its RequirementStatus as int data. Shared with the detail pane.
    static void addStatuses(QComboBox* combo);
};

} // namespace ip
