#pragma once

#include <QStyledItemDelegate>

namespace ip {

// Draws a question row as two lines: the number and prompt, then the
// category with marks for a bookmark and for notes.
class QuestionItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ip
