#pragma once

#include "ui/TwoLineItemDelegate.h"

namespace ip {

// A library guide as two lines, its title and its size, with a dot before
// the guide open now.
class LibraryItemDelegate : public TwoLineItemDelegate {
    Q_OBJECT
public:
    using TwoLineItemDelegate::TwoLineItemDelegate;

protected:
    Row row(const QModelIndex& index) const override;
    QString widestMark() const override { return QStringLiteral("⚠"); }
};

} // namespace ip
