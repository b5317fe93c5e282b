#include "ui/questions/QuestionItemDelegate.h"

#include "ui/questions/QuestionFilterModel.h"
#include "ui/questions/QuestionListModel.h"

namespace ip {

TwoLineItemDelegate::Row QuestionItemDelegate::row(const QModelIndex& index) const
{
    const QString number = QString::number(index.data(QuestionListModel::NumberRole).toInt());
    const QString prompt = index.data(QuestionListModel::PromptRole).toString();
    // While filtering, the second line says why the question matched when
    // its prompt does not.
    const auto why = index.data(QuestionFilterModel::MatchQuoteRole).value<EmphasisedText>();
    if (!why.isEmpty())
        return Row{number, false, prompt, why.text};
    QStringList details{index.data(QuestionListModel::CategoryRole).toString()};
    if (const QString guide = index.data(QuestionListModel::GuideTitleRole).toString();
        !guide.isEmpty())
        details.prepend(guide);
    if (index.data(QuestionListModel::BookmarkedRole).toBool())
        details << tr("★ bookmarked");
    if (index.data(QuestionListModel::HasNotesRole).toBool())
        details << tr("✎ notes");
    const auto standing =
        PracticeStandings::fromInt(index.data(QuestionListModel::StandingRole).toInt());
    if (const QString words = QuestionListModel::standingText(standing); !words.isEmpty())
        details << words;
    return Row{number, false, prompt, details.join(QStringLiteral("  ·  "))};
}

TwoLineItemDelegate::Emphasis QuestionItemDelegate::emphasis(const QModelIndex& index) const
{
    return Emphasis{
        index.data(QuestionFilterModel::PromptMatchRole).value<EmphasisedText>().emphasis,
        index.data(QuestionFilterModel::MatchQuoteRole).value<EmphasisedText>().emphasis};
}

} // namespace ip
