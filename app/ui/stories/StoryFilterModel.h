#pragma once

#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace ip {

// Narrows the story list as the user types: every word must appear in the
// title, the tags or one of the four parts.
class StoryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit StoryFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    bool isFiltering() const { return !m_matchers.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QList<QStringMatcher> m_matchers; // one per case-folded word
};

} // namespace ip
