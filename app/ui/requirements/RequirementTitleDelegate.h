#pragma once

#include <QStyledItemDelegate>

namespace ip {

// Paints a requirement's title with its level as a small badge at the right of the cell:
// filled for required items, outlined for the other levels, so the two read
// differently at a glance (required titles are also bold, from the model).
// Items marked Not applicable are drawn in the palette's placeholder colour.
class RequirementTitleDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    static QFont badgeFont(const QFont& base);
};

} // namespace ip
