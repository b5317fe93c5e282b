#include "ui/questions/QuestionItemDelegate.h"

#include "ui/questions/QuestionListModel.h"

namespace ip {

TwoLineItemDelegate::Row QuestionItemDelegate::row(const QModelIndex& index) const
{
    QStringList details{index.data(QuestionListModel::CategoryRole).toString()};
    if (index.data(QuestionListModel::BookmarkedRole).toBool())
        details << tr("★ bookmarked");
    if (index.data(QuestionListModel::HasNotesRole).toBool())
        details << tr("✎ notes");
    return Row{QString::number(index.data(QuestionListModel::NumberRole).toInt()), false,
               index.data(QuestionListModel::PromptRole).toString(),
               details.join(QStringLiteral("  ·  "))};
}

} // namespace ip
