#pragma once

#include <QStyledItemDelegate>

namespace ip {

// Draws a story row as two lines: the completeness mark and the title, then
// the tags and how many questions the story answers.
class StoryItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ip
