#include "ui/library/LibraryItemDelegate.h"

#include "ui/library/LibraryListModel.h"

namespace ip {

TwoLineItemDelegate::Row LibraryItemDelegate::row(const QModelIndex& index) const
{
    const bool open = index.data(LibraryListModel::IsOpenRole).toBool();
    return Row{open ? QStringLiteral("●") : QString(), open, index.data().toString(),
               index.data(LibraryListModel::DetailsRole).toString()};
}

} // namespace ip
