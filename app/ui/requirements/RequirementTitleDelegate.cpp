#include "ui/requirements/RequirementTitleDelegate.h"

#include "model/RequirementProgress.h"
#include "services/RequirementProgressSummary.h"
#include "ui/requirements/RequirementChecklistModel.h"

#include <QApplication>
#include <QPainter>

namespace ip {

namespace {

constexpr int BadgeGap = 8;     // between the title and the badge
constexpr int BadgePadding = 6; // left and right inside the badge
constexpr int RowPadding = 6;   // above and below, so badges do not touch

QString badgeText(const QModelIndex& index)
{
    return RequirementChecklistModel::levelLabel(
        index.data(RequirementChecklistModel::LevelRole).toString());
}

} // namespace

QFont RequirementTitleDelegate::badgeFont(const QFont& base)
{
    QFont font = base;
    font.setBold(false);
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8);
    return font;
}

void RequirementTitleDelegate::initStyleOption(QStyleOptionViewItem* option,
                                               const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(RequirementChecklistModel::StatusRole);
    if (status.isValid() && status.toInt() == int(RequirementStatus::NotApplicable)) {
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            option->palette.setColor(group, QPalette::Text,
                                     option->palette.color(group, QPalette::PlaceholderText));
    }
}

void RequirementTitleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const QString badge = badgeText(index);
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // The style draws everything but the text (background, selection, check
    // box, focus); the title and badge are drawn here so the title can be
    // elided to leave room for the badge.
    const QString title = opt.text;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFont smallFont = badgeFont(opt.font);
    const QFontMetrics badgeMetrics(smallFont);
    const int badgeWidth = badgeMetrics.horizontalAdvance(badge) + 2 * BadgePadding;
    const QFontMetrics titleMetrics(opt.font);
    const int titleRoom = qMax(0, textRect.width() - badgeWidth - BadgeGap);
    const QString shownTitle = titleMetrics.elidedText(title, Qt::ElideRight, titleRoom);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor textColour =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColour);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shownTitle);

    const int badgeHeight = badgeMetrics.height() + 2;
    // Right-aligned, so the badges form a column that is easy to scan.
    const QRect badgeRect(textRect.right() - badgeWidth + 1,
                          textRect.center().y() - badgeHeight / 2 + 1, badgeWidth, badgeHeight);
    const bool required =
        index.data(RequirementChecklistModel::TierRole).toInt() == int(RequirementTier::Required);
    const QColor accent = opt.palette.color(group, QPalette::Highlight);
    const QColor onAccent = opt.palette.color(group, QPalette::HighlightedText);
    const QColor quiet = opt.palette.color(group, QPalette::PlaceholderText);
    QColor fill = Qt::transparent;
    QColor outline;
    QColor badgeText;
    if (required) {
        // On a selected row the highlight is the background; swap the colours.
        fill = selected ? onAccent : accent;
        outline = fill;
        badgeText = selected ? accent : onAccent;
    } else {
        outline = selected ? onAccent : quiet;
        badgeText = outline;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(outline);
    painter->setBrush(fill);
    const qreal radius = badgeHeight / 2.0;
    painter->drawRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setFont(smallFont);
    painter->setPen(badgeText);
    painter->drawText(badgeRect, Qt::AlignCenter, badge);
    painter->restore();
}

QSize RequirementTitleDelegate::sizeHint(const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += RowPadding;
    const QString badge = badgeText(index);
    if (!badge.isEmpty()) {
        const QFontMetrics metrics(badgeFont(option.font));
        size.rwidth() += metrics.horizontalAdvance(badge) + 2 * BadgePadding + BadgeGap;
    }
    return size;
}

} // namespace ip
