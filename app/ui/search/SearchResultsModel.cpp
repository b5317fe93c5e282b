#include "ui/search/SearchResultsModel.h"

#include <QTextDocument>
#include <algorithm>

namespace ip {

namespace {

// One line of the text, runs of white space (a note's line breaks, a
// Markdown table's padding) made one space, with the matches moved along.
EmphasisedText emphasised(const QString& text, const QList<TextSpan>& spans, qsizetype shift = 0)
{
    QString line;
    line.reserve(text.size());
    // Where each character of text, and its end, lands in line.
    QList<qsizetype> at(text.size() + 1);
    bool inSpace = true; // no space at the start
    for (qsizetype i = 0; i < text.size(); ++i) {
        at[i] = line.size();
        if (text.at(i).isSpace()) {
            if (!inSpace)
                line += QLatin1Char(' ');
            inSpace = true;
        } else {
            line += text.at(i);
            inSpace = false;
        }
    }
    at[text.size()] = line.size();
    if (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    EmphasisedText result{line, {}};
    for (const TextSpan& span : spans) {
        const qsizetype from = span.start + shift;
        const qsizetype to = from + span.length;
        if (from < 0 || to > text.size() || span.length <= 0)
            continue;
        const qsizetype start = at[from];
        const qsizetype end = std::min(at[to], line.size());
        if (end > start)
            result.emphasis.append(TextRange{start, end - start});
    }
    return result;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractItemModel(parent) {}

SearchResultsModel::Group SearchResultsModel::groupOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Question:
        return Group::Questions;
    case SearchKind::Note:
    case SearchKind::Evidence:
        return Group::Notes;
    case SearchKind::Story:
        return Group::Stories;
    case SearchKind::Requirement:
        return Group::Requirements;
    }
    return Group::Questions;
}

void SearchResultsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_groups.clear();
    m_hitCount = int(hits.size());
    // Hits come best first, so a group's first hit is its best and groups
    // made in order of first appearance are ordered by their best hit.
    for (const SearchHit& hit : hits) {
        const Group group = groupOf(hit.kind);
        auto found = std::find_if(m_groups.begin(), m_groups.end(),
                                  [group](const HitGroup& g) { return g.group == group; });
        if (found == m_groups.end()) {
            m_groups.append(HitGroup{group, {}});
            found = std::prev(m_groups.end());
        }
        found->hits.append(hit);
    }
    endResetModel();
}

const SearchHit* SearchResultsModel::hitAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == NoParent)
        return nullptr;
    return &m_groups.at(qsizetype(index.internalId())).hits.at(index.row());
}

QModelIndex SearchResultsModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, NoParent);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex SearchResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == NoParent)
        return {};
    return createIndex(int(child.internalId()), 0, NoParent);
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != NoParent)
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return 1;
}

QString SearchResultsModel::groupTitle(const HitGroup& group) const
{
    const int n = int(group.hits.size());
    // Headings, not counted phrases: the number in brackets reads the same
    // for one and many.
    switch (group.group) {
    case Group::Questions:
        return tr("Questions (%1)").arg(n);
    case Group::Notes:
        return tr("Your notes (%1)").arg(n);
    case Group::Stories:
        return tr("Your stories (%1)").arg(n);
    case Group::Requirements:
        return tr("Requirements (%1)").arg(n);
    }
    return QString();
}

EmphasisedText SearchResultsModel::details(const SearchHit& hit) const
{
    QString where;
    switch (hit.kind) {
    case SearchKind::Story:
        where = tr("Story");
        break;
    case SearchKind::Evidence:
        where = tr("Evidence, %1").arg(hit.guideTitle);
        break;
    default:
        where = hit.guideTitle;
        break;
    }
    const QString prefix = where + QStringLiteral(" — ");
    // A snippet is a stretch of text from anywhere in the document: one
    // line of it, in the spacing of a line.
    return emphasised(prefix + hit.snippet, hit.snippetMatches, prefix.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == NoParent) {
        const HitGroup& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return groupTitle(group);
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const SearchHit& hit = *hitAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        // A tooltip guesses its format: guide text is never markup.
        return Qt::convertFromPlainText(QStringLiteral("%1\n%2").arg(hit.title, details(hit).text),
                                        Qt::WhiteSpaceNormal);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1\n%2").arg(hit.title, details(hit).text);
    case TitleRole:
        return QVariant::fromValue(emphasised(hit.title, hit.titleMatches));
    case DetailsRole:
        return QVariant::fromValue(details(hit));
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A heading is only read: not enabled, so the view's keys go from hit to
    // hit past it (the delegate draws it in full colour all the same).
    if (index.internalId() == NoParent)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace ip
