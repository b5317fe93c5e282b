#pragma once

#include "ui/TwoLineItemDelegate.h"

namespace ip {

// Draws a search hit as two lines, its title and where it is with the
// snippet, the matched words in bold; and a group's heading as a small
// caption above its hits.
class SearchHitDelegate : public TwoLineItemDelegate {
    Q_OBJECT
public:
    using TwoLineItemDelegate::TwoLineItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    Row row(const QModelIndex& index) const override;
    Emphasis emphasis(const QModelIndex& index) const override;
    QString widestMark() const override { return QString(); }
};

} // namespace ip
