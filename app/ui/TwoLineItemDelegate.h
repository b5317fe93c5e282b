#pragma once

#include "ui/EmphasisedText.h"

#include <QStyledItemDelegate>

namespace ip {

// Draws a list row as two lines: a short mark in a column of its own (a
// number, a completeness sign), the title, and under the title a smaller,
// muted line of details. Subclasses only say what the row shows, and which
// words in it to emphasise.
//
// The row the keyboard is on in a focused list carries the full selection
// colour and a focus frame; a selected row in a list without the focus is
// only tinted, so the user sees at once where their keys go.
class TwoLineItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    struct Row {
        QString mark;
        bool markEmphasised = false; // drawn in the text colour rather than muted
        QString title;
        QString details;
    };
    // Stretches of the title and of the details drawn in bold (the details'
    // in the text colour, not muted).
    struct Emphasis {
        QList<TextRange> title;
        QList<TextRange> details;
    };
    virtual Row row(const QModelIndex& index) const = 0;
    virtual Emphasis emphasis(const QModelIndex& index) const;
    // The widest mark the column must fit, e.g. "000" for question numbers.
    virtual QString widestMark() const = 0;
};

} // namespace ip
