#include "ui/stories/StoryItemDelegate.h"

#include "ui/stories/StoryListModel.h"

namespace ip {

TwoLineItemDelegate::Row StoryItemDelegate::row(const QModelIndex& index) const
{
    // A check for a story the check finds nothing in, an open circle for one
    // still missing something: the shape, not only a colour, carries it.
    const bool complete = index.data(StoryListModel::CompleteRole).toBool();
    QStringList details;
    if (!complete)
        details << tr("to finish");
    const int linked = index.data(StoryListModel::LinkedCountRole).toInt();
    details << (linked == 0 ? tr("no questions") : tr("%n question(s)", nullptr, linked));
    const QStringList tags = index.data(StoryListModel::TagsRole).toStringList();
    if (!tags.isEmpty())
        details << tags.join(QStringLiteral(", "));
    return Row{complete ? QStringLiteral("✓") : QStringLiteral("○"), complete,
               index.data(Qt::DisplayRole).toString(), details.join(QStringLiteral("  ·  "))};
}

} // namespace ip
