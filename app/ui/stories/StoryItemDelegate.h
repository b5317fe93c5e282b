#pragma once

#include "ui/TwoLineItemDelegate.h"

namespace ip {

// A story row: the completeness mark and the title, then what is left to do,
// how many questions the story answers and its tags.
class StoryItemDelegate : public TwoLineItemDelegate {
    Q_OBJECT
public:
    using TwoLineItemDelegate::TwoLineItemDelegate;

    // The row's second line: "to finish  ·  2 questions  ·  ops".
    QString detailsText(const QModelIndex& index) const { return row(index).details; }

protected:
    Row row(const QModelIndex& index) const override;
    QString widestMark() const override { return QStringLiteral("✓"); }
};

} // namespace ip
