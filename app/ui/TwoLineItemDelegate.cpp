#include "ui/TwoLineItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace ip {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 5;
constexpr int LineGap = 2;
constexpr int MarkGap = 6;
constexpr qreal UnfocusedSelectionAlpha = 0.3;
constexpr qreal FocusFrameWidth = 2.0;

QFont secondaryFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

QColor mixed(const QColor& a, const QColor& b, qreal weightOfA)
{
    QColor colour;
    colour.setRgbF(float(a.redF() * weightOfA + b.redF() * (1 - weightOfA)),
                   float(a.greenF() * weightOfA + b.greenF() * (1 - weightOfA)),
                   float(a.blueF() * weightOfA + b.blueF() * (1 - weightOfA)));
    return colour;
}

struct LinePens {
    QColor plain;
    QColor emphasised;
};

// One line in runs, the emphasised ones in bold; what does not fit is elided
// at the right, inside the run where the room ends.
void drawLine(QPainter* painter, const QRect& rect, const QString& text,
              const QList<TextRange>& emphasis, const QFont& font, const LinePens& pens)
{
    QFont bold = font;
    bold.setWeight(QFont::Bold);
    int x = rect.left();
    const auto drawRun = [&](qsizetype from, qsizetype to, bool emphasised) {
        const QFont& runFont = emphasised ? bold : font;
        const QFontMetrics metrics(runFont);
        const int room = rect.right() + 1 - x;
        QString run = text.mid(from, to - from);
        const bool fits = metrics.horizontalAdvance(run) <= room;
        if (!fits)
            run = metrics.elidedText(run, Qt::ElideRight, room);
        painter->setFont(runFont);
        painter->setPen(emphasised ? pens.emphasised : pens.plain);
        painter->drawText(QRect(x, rect.top(), room, rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, run);
        x += metrics.horizontalAdvance(run);
        return fits;
    };
    qsizetype done = 0;
    for (const TextRange& range : emphasis) {
        if (range.start < done || range.start + range.length > text.size())
            continue; // not in order or not in the text: drawn plain
        if (range.start > done && !drawRun(done, range.start, false))
            return;
        if (!drawRun(range.start, range.start + range.length, true))
            return;
        done = range.start + range.length;
    }
    if (done < text.size())
        drawRun(done, text.size(), false);
}

} // namespace

TwoLineItemDelegate::Emphasis TwoLineItemDelegate::emphasis(const QModelIndex& index) const
{
    Q_UNUSED(index);
    return {};
}

void TwoLineItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    // Many styles draw a selection the same whether the list has the focus
    // or not; the row the keys act on must stand out from one that merely
    // stays selected while the user works elsewhere.
    const bool listFocused = widget && widget->hasFocus();
    const bool keyboardRow = option.state & QStyle::State_HasFocus;
    const bool selected = option.state & QStyle::State_Selected;
    const bool fullSelection = selected && listFocused;
    opt.state &= ~QStyle::State_HasFocus; // the frame below replaces the style's dotted one
    if (!fullSelection)
        opt.state &= ~QStyle::State_Selected;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor highlight = option.palette.color(group, QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected && !fullSelection) {
        QColor tint = highlight;
        tint.setAlphaF(float(UnfocusedSelectionAlpha));
        painter->fillRect(option.rect, tint);
    }
    if (keyboardRow) {
        const QColor frame =
            fullSelection
                ? mixed(option.palette.color(group, QPalette::HighlightedText), highlight, 0.7)
                : highlight;
        const qreal inset = FocusFrameWidth / 2 + 1;
        painter->setPen(QPen(frame, FocusFrameWidth));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3);
    }
    painter->restore();

    const QColor text =
        option.palette.color(group, fullSelection ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const Row content = row(index);
    const Emphasis emphasised = emphasis(index);
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
    drawLine(painter, titleRect, content.title, emphasised.title, option.font,
             LinePens{text, text});
    const QRect detailsRect(textLeft, area.top() + main.height() + LineGap, titleRect.width(),
                            small.height());
    drawLine(painter, detailsRect, content.details, emphasised.details, smallFont,
             LinePens{muted, text});
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
