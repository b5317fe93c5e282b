#include "ui/stories/StoryFilterModel.h"

#include "ui/stories/StoryListModel.h"

namespace ip {

StoryFilterModel::StoryFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // Rows keep the source order (oldest first); only the filter applies.
    setDynamicSortFilter(true);
    // The source reports only the roles that changed; the filter must run
    // again when the searched text does.
    setFilterRole(StoryListModel::SearchTextRole);
}

void StoryFilterModel::setText(const QString& text)
{
    QList<QStringMatcher> matchers;
    for (const QString& word : text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        matchers << QStringMatcher(word, Qt::CaseSensitive);
    m_matchers = matchers;
    invalidateRowsFilter();
}

bool StoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_matchers.isEmpty())
        return true;
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(StoryListModel::SearchTextRole)
                             .toString();
    for (const QStringMatcher& matcher : m_matchers) {
        if (matcher.indexIn(text) < 0)
            return false;
    }
    return true;
}

} // namespace ip
