#include "ui/questions/OrphanedNoteFilterModel.h"

#include "ui/questions/OrphanedNoteListModel.h"

namespace ip {

void OrphanedNoteFilterModel::setText(const QString& text)
{
    const QuestionSearchText::Query query = QuestionSearchText::query(text);
    if (query == m_query)
        return;
    m_query = query;
    m_wanted = QuestionSearchText::matchers(query.wanted);
    m_excluded = QuestionSearchText::matchers(query.excluded);
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
    return !text.containsAnyWhole(m_excluded);
}

} // namespace ip
