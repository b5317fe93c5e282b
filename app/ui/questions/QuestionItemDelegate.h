#pragma once

#include "ui/TwoLineItemDelegate.h"

namespace ip {

// A question row: its number, the prompt, then the category with marks for a
// bookmark and for notes. While the list is filtered, the words found are
// emphasised, and a question found by its answer, its other parts or the
// user's notes shows a quote from there instead of the category.
class QuestionItemDelegate : public TwoLineItemDelegate {
    Q_OBJECT
public:
    using TwoLineItemDelegate::TwoLineItemDelegate;

protected:
    Row row(const QModelIndex& index) const override;
    Emphasis emphasis(const QModelIndex& index) const override;
    QString widestMark() const override { return QStringLiteral("000"); }
};

} // namespace ip
