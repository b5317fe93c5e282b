#pragma once

#include <QAbstractItemView>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace ip {

// How a tree shows where the keys go: in the focused view the current row
// carries the full selection and a frame around the whole row; a selected
// row while the focus is elsewhere is only tinted. Many styles draw a
// selection the same with or without the focus, so the views of this screen
// apply it themselves (initViewItemOption and drawRow).
class FocusedRowLook {
public:
    // An unfocused view's selection: a tint of the highlight over the base,
    // with the normal text colour on it. Rows, branches and every column's
    // delegate take their colours from the option.
    static void tintUnfocusedSelection(const QAbstractItemView& view, QStyleOptionViewItem* option)
    {
        if (view.hasFocus())
            return;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            const QColor highlight = option->palette.color(group, QPalette::Highlight);
            const QColor base = option->palette.color(group, QPalette::Base);
            option->palette.setColor(group, QPalette::Highlight,
                                     mixed(highlight, base, UnfocusedSelectionWeight));
            option->palette.setColor(group, QPalette::HighlightedText,
                                     option->palette.color(group, QPalette::Text));
        }
    }

    // After the row at `index` is drawn: the frame, if it is the focused
    // view's current row. On the full selection the frame is the highlighted
    // text's colour drawn into the highlight; on an unselected row, the
    // highlight.
    static void drawFrame(const QAbstractItemView& view, QPainter* painter,
                          const QStyleOptionViewItem& option, const QModelIndex& index)
    {
        const QModelIndex current = view.currentIndex();
        if (!view.hasFocus() || !current.isValid() || index.row() != current.row() ||
            index.parent() != current.parent())
            return;
        const QPalette::ColorGroup group =
            option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor highlight = option.palette.color(group, QPalette::Highlight);
        const bool selected = view.selectionModel() && view.selectionModel()->isSelected(current);
        const QColor frame =
            selected
                ? mixed(option.palette.color(group, QPalette::HighlightedText), highlight, 0.7f)
                : highlight;
        const QRect row(0, option.rect.top(), view.viewport()->width(), option.rect.height());
        const qreal inset = FocusFrameWidth / 2 + 1;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(frame, FocusFrameWidth));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(row).adjusted(inset, inset, -inset, -inset), 3, 3);
        painter->restore();
    }

private:
    static constexpr float UnfocusedSelectionWeight = 0.3f; // of the highlight over the base
    static constexpr qreal FocusFrameWidth = 2.0;

    static QColor mixed(const QColor& a, const QColor& b, float weightOfA)
    {
        QColor colour;
        colour.setRgbF(a.redF() * weightOfA + b.redF() * (1 - weightOfA),
                       a.greenF() * weightOfA + b.greenF() * (1 - weightOfA),
                       a.blueF() * weightOfA + b.blueF() * (1 - weightOfA));
        return colour;
    }
};

} // namespace ip
