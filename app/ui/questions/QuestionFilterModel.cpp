#include "ui/questions/QuestionFilterModel.h"

#include "ui/questions/QuestionListModel.h"

namespace ip {

QuestionFilterModel::QuestionFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // A bookmark toggled on a row must take it out of a bookmarked-only view.
    setDynamicSortFilter(true);
    setFilterRole(QuestionListModel::BookmarkedRole);
}

void QuestionFilterModel::setQuestions(QuestionListModel* questions)
{
    m_questions = questions;
    setSourceModel(questions);
}

void QuestionFilterModel::setText(const QString& text)
{
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    m_matchers.clear();
    for (const QString& word : words)
        m_matchers << QStringMatcher(word, Qt::CaseSensitive);
    invalidateRowsFilter();
}

void QuestionFilterModel::setCategory(const QString& category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

void QuestionFilterModel::setBookmarkedOnly(bool bookmarkedOnly)
{
    if (bookmarkedOnly == m_bookmarkedOnly)
        return;
    m_bookmarkedOnly = bookmarkedOnly;
    invalidateRowsFilter();
}

bool QuestionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_questions || sourceParent.isValid())
        return false;
    // Read the source model directly: going through QVariant roles would
    // cost more than the comparison itself on a large library.
    if (m_bookmarkedOnly && !m_questions->isBookmarked(sourceRow))
        return false;
    if (!m_category.isEmpty() && m_questions->question(sourceRow).category != m_category)
        return false;
    const QString& text = m_questions->searchText(sourceRow);
    for (const QStringMatcher& matcher : m_matchers) {
        if (matcher.indexIn(text) < 0)
            return false;
    }
    return true;
}

} // namespace ip
