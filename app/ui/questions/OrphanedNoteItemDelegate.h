#pragma once

#include "ui/TwoLineItemDelegate.h"

namespace ip {

// An orphaned note's row: its first line, then that it belongs to a question
// no longer in the guide, with the question's key.
class OrphanedNoteItemDelegate : public TwoLineItemDelegate {
    Q_OBJECT
public:
    using TwoLineItemDelegate::TwoLineItemDelegate;

protected:
    Row row(const QModelIndex& index) const override;
    QString widestMark() const override { return QStringLiteral("✎"); }
};

} // namespace ip
