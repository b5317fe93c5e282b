#pragma once

#include "ui/TwoLineItemDelegate.h"

namespace ip {

// A question row: its number, the prompt, then the category with marks for a
// bookmark and for notes.
class QuestionItemDelegate : public TwoLineItemDelegate {
    Q_OBJECT
public:
    using TwoLineItemDelegate::TwoLineItemDelegate;

protected:
    Row row(const QModelIndex& index) const override;
    QString widestMark() const override { return QStringLiteral("000"); }
};

} // namespace ip
