#pragma once

#include "ui/questions/QuestionSearchText.h"

#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace ip {

// Narrows the orphaned notes to those holding what the question filter's
// field holds, read the same way: every word and "phrase", no -word.
class OrphanedNoteFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QuestionSearchText::Query m_query;
    QList<QStringMatcher> m_wanted;
    QList<QStringMatcher> m_excluded;
};

} // namespace ip
