#include "ui/stories/StoryItemDelegate.h"

#include "ui/stories/StoryListModel.h"

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

void StoryItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
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

    const QRect area = option.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding,
                                            -VerticalPadding);
    const QFontMetrics main(option.font);
    const QFont smallFont = secondaryFont(option.font);
    const QFontMetrics small(smallFont);

    painter->save();
    painter->setFont(option.font);
    // A check for a story the check finds nothing in, an open circle for one
    // still missing something: the shape, not only a colour, carries it.
    const bool complete = index.data(StoryListModel::CompleteRole).toBool();
    const QString mark = complete ? QStringLiteral("✓") : QStringLiteral("○");
    const int markWidth = main.horizontalAdvance(QStringLiteral("✓○")) / 2 + 2;
    painter->setPen(complete ? text : muted);
    painter->drawText(QRect(area.left(), area.top(), markWidth, main.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, mark);

    const int textLeft = area.left() + markWidth + MarkGap;
    const QRect titleRect(textLeft, area.top(), area.right() - textLeft, main.height());
    painter->setPen(text);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        main.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));

    QStringList details;
    const int linked = index.data(StoryListModel::LinkedCountRole).toInt();
    details << (linked == 0   ? tr("no questions")
                : linked == 1 ? tr("1 question")
                              : tr("%1 questions").arg(linked));
    const QStringList tags = index.data(StoryListModel::TagsRole).toStringList();
    if (!tags.isEmpty())
        details << tags.join(QStringLiteral(", "));
    if (!complete)
        details.prepend(tr("to finish"));
    painter->setFont(smallFont);
    painter->setPen(muted);
    const QRect secondLine(textLeft, area.top() + main.height() + LineGap, titleRect.width(),
                           small.height());
    painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(details.join(QStringLiteral("  ·  ")), Qt::ElideRight,
                                       secondLine.width()));
    painter->restore();
}

QSize StoryItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    Q_UNUSED(index);
    const QFontMetrics main(option.font);
    const QFontMetrics small(secondaryFont(option.font));
    return QSize(200, 2 * VerticalPadding + main.height() + LineGap + small.height());
}

} // namespace ip
