#include "ui/search/SearchHitDelegate.h"

#include "ui/search/SearchResultsModel.h"

#include <QPainter>

namespace ip {

namespace {

constexpr int CaptionPadding = 4;
constexpr int CaptionIndent = 8;

bool isGroup(const QModelIndex& index)
{
    return index.data(SearchResultsModel::IsGroupRole).toBool();
}

QFont captionFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    if (!isGroup(index)) {
        TwoLineItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    const QFont font = captionFont(option.font);
    painter->setFont(font);
    // The palette's active text colour: a heading is not a disabled item,
    // whatever its flags say to the view's keys.
    QColor colour = option.palette.color(QPalette::Active, QPalette::Text);
    colour.setAlphaF(0.7f);
    painter->setPen(colour);
    const QRect area = option.rect.adjusted(CaptionIndent, CaptionPadding, -CaptionIndent, 0);
    painter->drawText(
        area, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    if (!isGroup(index))
        return TwoLineItemDelegate::sizeHint(option, index);
    return QSize(200, QFontMetrics(captionFont(option.font)).height() + 2 * CaptionPadding);
}

TwoLineItemDelegate::Row SearchHitDelegate::row(const QModelIndex& index) const
{
    const auto title = index.data(SearchResultsModel::TitleRole).value<EmphasisedText>();
    const auto details = index.data(SearchResultsModel::DetailsRole).value<EmphasisedText>();
    return Row{QString(), false, title.text, details.text};
}

TwoLineItemDelegate::Emphasis SearchHitDelegate::emphasis(const QModelIndex& index) const
{
    const auto title = index.data(SearchResultsModel::TitleRole).value<EmphasisedText>();
    const auto details = index.data(SearchResultsModel::DetailsRole).value<EmphasisedText>();
    return Emphasis{title.emphasis, details.emphasis};
}

} // namespace ip
