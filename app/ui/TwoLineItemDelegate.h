#pragma once

#include <QStyledItemDelegate>

namespace ip {

// Draws a list row as two lines: a short mark in a column of its own (a
// number, a completeness sign), the title, and under the title a smaller,
// muted line of details. Subclasses only say what the row shows.
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
    virtual Row row(const QModelIndex& index) const = 0;
    // The widest mark the column must fit, e.g. "000" for question numbers.
    virtual QString widestMark() const = 0;
};

} // namespace ip
