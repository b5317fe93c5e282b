#include "ui/questions/OrphanedNoteFilterModel.h"

#include "ui/questions/OrphanedNoteListModel.h"

#include <algorithm>

namespace ip {

void OrphanedNoteFilterModel::setText(const QString& text)
{
    const QuestionSearchText::Query query = QuestionSearchText::query(text);
    if (query == m_query)
        return;
    m_query = query;
    m_wanted.clear();
    for (const QString& word : std::as_const(query.wanted))
        m_wanted << QStringMatcher(word, Qt::CaseSensitive);
    m_excluded.clear();
    for (const QString& term : std::as_const(query.excluded))
        m_excluded << QStringMatcher(term, Qt::CaseSensitive);
    invalidateRowsFilter();
}

bool OrphanedNoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_wanted.isEmpty() && m_excluded.isEmpty())
        return true;
    const QString notes = sourceModel()
                              ->index(sourceRow, 0, sourceParent)
                              .data(OrphanedNoteListModel::NotesRole)
                              .toString();
    // A note alone, searched as a question's notes are (a handful of them).
    const QuestionSearchText text(Question{}, notes);
    if (!m_wanted.isEmpty() && !text.match(m_wanted).found)
        return false;
    return std::none_of(m_excluded.cbegin(), m_excluded.cend(),
                        [&text](const QStringMatcher& term) { return text.containsWhole(term); });
}

} // namespace ip
