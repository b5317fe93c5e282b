#include "ui/library/LibraryItemDelegate.h"

#include "ui/library/LibraryListModel.h"

namespace ip {

TwoLineItemDelegate::Row LibraryItemDelegate::row(const QModelIndex& index) const
{
    const bool open = index.data(LibraryListModel::IsOpenRole).toBool();
    // A file that could not be read is marked, not only told in words.
    const bool problem = index.data(LibraryListModel::IsProblemRole).toBool();
    return Row{open ? QStringLiteral("●") : (problem ? QStringLiteral("⚠") : QString()),
               open || problem, index.data().toString(),
               index.data(LibraryListModel::DetailsRole).toString()};
}

} // namespace ip
