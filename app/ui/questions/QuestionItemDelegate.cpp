#include "ui/questions/QuestionItemDelegate.h"

#include "ui/questions/QuestionListModel.h"

#include <QApplication>
#include <QPainter>

namespace ip {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 5;
constexpr int LineGap = 2;

QFont secondaryFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}
} // namespace

void QuestionItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
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
    painter->setPen(text);
    painter->setFont(option.font);
    const QString number = QString::number(index.data(QuestionListModel::NumberRole).toInt());
    const int numberWidth = main.horizontalAdvance(QStringLiteral("000"));
    const QRect numberRect(area.left(), area.top(), numberWidth, main.height());
    painter->setPen(muted);
    painter->drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
    painter->setPen(text);
    const QRect promptRect(numberRect.right() + 6, area.top(),
                           area.right() - numberRect.right() - 6, main.height());
    painter->drawText(promptRect, Qt::AlignLeft | Qt::AlignVCenter,
                      main.elidedText(index.data(QuestionListModel::PromptRole).toString(),
                                      Qt::ElideRight, promptRect.width()));

    QStringList marks{index.data(QuestionListModel::CategoryRole).toString()};
    if (index.data(QuestionListModel::BookmarkedRole).toBool())
        marks << tr("★ bookmarked");
    if (index.data(QuestionListModel::HasNotesRole).toBool())
        marks << tr("✎ notes");
    painter->setFont(smallFont);
    painter->setPen(muted);
    const QRect secondLine(promptRect.left(), area.top() + main.height() + LineGap,
                           promptRect.width(), small.height());
    painter->drawText(
        secondLine, Qt::AlignLeft | Qt::AlignVCenter,
        small.elidedText(marks.join(QStringLiteral("  ·  ")), Qt::ElideRight, secondLine.width()));
    painter->restore();
}

QSize QuestionItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    Q_UNUSED(index);
    const QFontMetrics main(option.font);
    const QFontMetrics small(secondaryFont(option.font));
    return QSize(200, 2 * VerticalPadding + main.height() + LineGap + small.height());
}

} // namespace ip
