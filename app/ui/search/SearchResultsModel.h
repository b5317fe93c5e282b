#pragma once

#include "model/SearchDocument.h"
#include "ui/EmphasisedText.h"

#include <QAbstractItemModel>

namespace ip {

// Search hits as a two-level tree: a row per kind found (questions, your
// notes, your stories, requirements), the kind with the best hit first, and
// under it that kind's hits, best first. So Enter on the first hit opens the
// best one, and each group says how much it holds.
class SearchResultsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        // EmphasisedText: a hit's title with the matched words.
        TitleRole = Qt::UserRole + 1,
        // EmphasisedText: where the hit is (the guide) and the snippet
        // around the match, with the matched words.
        DetailsRole,
        // bool: the row is a group heading, not a hit.
        IsGroupRole,
    };

    // Notes and requirement evidence are both the candidate's notes.
    enum class Group { Questions, Notes, Stories, Requirements };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    void clear() { setHits({}); }
    int hitCount() const { return m_hitCount; }
    // The hit at a hit row; null for a group row or an invalid index.
    const SearchHit* hitAt(const QModelIndex& index) const;
    // The first hit (the best one), or an invalid index.
    QModelIndex firstHit() const;
    static Group groupOf(SearchKind kind);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct HitGroup {
        Group group = Group::Questions;
        QList<SearchHit> hits;
    };
    // Group rows carry NoParent as their internal id; hit rows the row of
    // their group.
    static constexpr quintptr NoParent = ~quintptr(0);

    QString groupTitle(const HitGroup& group) const;
    EmphasisedText details(const SearchHit& hit) const;

    QList<HitGroup> m_groups;
    int m_hitCount = 0;
};

} // namespace ip
