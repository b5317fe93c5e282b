#include "ui/questions/OrphanedNoteItemDelegate.h"

#include "ui/questions/OrphanedNoteListModel.h"

namespace ip {

TwoLineItemDelegate::Row OrphanedNoteItemDelegate::row(const QModelIndex& index) const
{
    return Row{QStringLiteral("✎"), false, index.data(Qt::DisplayRole).toString(),
               tr("Question no longer in this guide  ·  %1")
                   .arg(index.data(OrphanedNoteListModel::KeyRole).toString())};
}

} // namespace ip
