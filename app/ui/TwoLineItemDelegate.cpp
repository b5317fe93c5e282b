#include "ui/TwoLineItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace ip {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 5;
constexpr int LineGap = 2;
constexpr int MarkGap = 6;

QFont secondaryFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}
} // namespace

void TwoLineItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const Row content = row(index);
    const QRect area = option.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding,
                                            -VerticalPadding);
    const QFontMetrics main(option.font);
    const QFont smallFont = secondaryFont(option.font);
    const QFontMetrics small(smallFont);

    painter->save();
    painter->setFont(option.font);
    const int markWidth = main.horizontalAdvance(widestMark()) + 2;
    painter->setPen(content.markEmphasised ? text : muted);
    painter->drawText(QRect(area.left(), area.top(), markWidth, main.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, content.mark);

    const int textLeft = area.left() + markWidth + MarkGap;
    const QRect titleRect(textLeft, area.top(), area.right() - textLeft, main.height());
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      main.elidedText(content.title, Qt::ElideRight, titleRect.width()));

    painter->setFont(smallFont);
    painter->setPen(muted);
    const QRect detailsRect(textLeft, area.top() + main.height() + LineGap, titleRect.width(),
                            small.height());
    painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(content.details, Qt::ElideRight, detailsRect.width()));
    painter->restore();
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    Q_UNUSED(index);
    const QFontMetrics main(option.font);
    const QFontMetrics small(secondaryFont(option.font));
    return QSize(200, 2 * VerticalPadding + main.height() + LineGap + small.height());
}

} // namespace ip
