#include "ui/questions/QuestionFilterModel.h"

#include "services/SearchQuery.h"
#include "ui/questions/QuestionListModel.h"

namespace ip {

QuestionFilterModel::QuestionFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // A bookmark toggled, or a note saved, re-filters and re-ranks that row.
    setDynamicSortFilter(true);
    setFilterRole(QuestionListModel::BookmarkedRole);
    setSortRole(QuestionListModel::NotesRole);
}

void QuestionFilterModel::setQuestions(QuestionListModel* questions)
{
    if (m_questions)
        disconnect(m_questions, nullptr, this, nullptr);
    m_questions = questions;
    m_matches.clear();
    m_quotes.clear();
    // Connected before the proxy's own handler, so a changed note's quote is
    // made again before the view is told to draw it.
    if (questions)
        connect(questions, &QAbstractItemModel::dataChanged, this,
                &QuestionFilterModel::onRowsChanged);
    setSourceModel(questions);
    sort(0);
}

void QuestionFilterModel::setIndexLookup(IndexLookup lookup)
{
    m_lookup = std::move(lookup);
    m_asked = m_lookup ? indexQuery(m_typed) : QString();
    lookUp();
    invalidate();
}

void QuestionFilterModel::lookUp()
{
    // A lookup that fails (the database busy or damaged) leaves the filter
    // to the text in memory, which finds at least what the index finds.
    m_indexed = m_lookup && hasText() ? m_lookup(m_typed) : std::nullopt;
}

void QuestionFilterModel::onRowsChanged(const QModelIndex& first, const QModelIndex& last,
                                        const QList<int>& roles)
{
    for (int row = first.row(); row <= last.row(); ++row)
        m_quotes.remove(row);
    // A note saved is in the index now: asked again before the proxy
    // filters the row.
    if (m_indexed && (roles.isEmpty() || roles.contains(QuestionListModel::NotesRole))) {
        lookUp();
        // Not answered this time: every row by the text in memory, not
        // this one alone.
        if (!m_indexed)
            invalidate();
    }
}

QString QuestionFilterModel::indexQuery(const QString& text)
{
    const SearchQuery query = SearchQuery::parse(text);
    return query.wantedToFts5() + u'\n' + query.excludedToFts5();
}

void QuestionFilterModel::setText(const QString& text)
{
    const QuestionSearchText::Query query = QuestionSearchText::query(text);
    m_typed = text;
    // A closing quote turns a prefix into a whole phrase for the index,
    // which the folded words do not show.
    const QString asked = m_lookup ? indexQuery(text) : QString();
    if (query.wanted == m_words && query.excluded == m_excluded && asked == m_asked)
        return;
    m_asked = asked;
    m_words = query.wanted;
    m_excluded = query.excluded;
    m_matchers = QuestionSearchText::matchers(m_words);
    m_excludedMatchers = QuestionSearchText::matchers(m_excluded);
    m_quotes.clear();
    m_matches.fill(QuestionSearchText::Match{});
    m_pinnedRow = -1;
    lookUp();
    // The ranks of the rows that stay change too: filter and sort again.
    invalidate();
}

void QuestionFilterModel::setCategory(const QString& category)
{
    if (category == m_category)
        return;
    m_category = category;
    m_pinnedRow = -1;
    invalidateRowsFilter();
}

void QuestionFilterModel::setBookmarkedOnly(bool bookmarkedOnly)
{
    if (bookmarkedOnly == m_bookmarkedOnly)
        return;
    m_bookmarkedOnly = bookmarkedOnly;
    m_pinnedRow = -1;
    invalidateRowsFilter();
}

void QuestionFilterModel::setStanding(PracticeStanding standing)
{
    if (standing == m_standing)
        return;
    m_standing = standing;
    m_pinnedRow = -1;
    invalidateRowsFilter();
}

void QuestionFilterModel::setPinnedRow(int sourceRow)
{
    const int old = m_pinnedRow;
    m_pinnedRow = sourceRow;
    if (old == sourceRow || old < 0 || !hasText() || !m_questions || old >= m_questions->rowCount())
        return;
    if (!match(old).found)
        invalidateRowsFilter();
}

QuestionSearchText::Match QuestionFilterModel::match(int sourceRow) const
{
    if (m_indexed) {
        const QString& key = m_questions->question(sourceRow).key;
        QuestionSearchText::Match found;
        found.found = m_indexed->keeps(key);
        if (found.found && m_indexed->wantsWords) {
            switch (m_indexed->found.value(key)) {
            case QuestionMatches::Place::Prompt:
                found.worst = QuestionSearchText::Place::Prompt;
                break;
            case QuestionMatches::Place::Text:
                found.worst = QuestionSearchText::Place::Answer;
                break;
            case QuestionMatches::Place::Notes:
                found.worst = QuestionSearchText::Place::Notes;
                break;
            }
        }
        return found;
    }
    const QuestionSearchText& text = m_questions->searchText(sourceRow);
    QuestionSearchText::Match found =
        m_matchers.isEmpty() ? QuestionSearchText::Match{true} : text.match(m_matchers);
    if (found.found && !m_excludedMatchers.isEmpty())
        found.found = matches(text);
    return found;
}

bool QuestionFilterModel::matches(const QuestionSearchText& text) const
{
    if (!m_matchers.isEmpty() && !text.match(m_matchers).found)
        return false;
    return !text.containsAnyWhole(m_excludedMatchers);
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
    if (m_standing != PracticeStanding::None &&
        !m_questions->standing(sourceRow).testFlag(m_standing))
        return false;
    if (!hasText())
        return true;
    if (m_matches.size() != m_questions->rowCount())
        m_matches.resize(m_questions->rowCount());
    const QuestionSearchText::Match found = match(sourceRow);
    if (sourceRow == m_pinnedRow && !found.found)
        return true; // keeps its place in the list: the last rank it matched with
    m_matches[sourceRow] = found;
    return found.found;
}

bool QuestionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_words.isEmpty() && left.row() < m_matches.size() && right.row() < m_matches.size()) {
        const QuestionSearchText::Match& a = m_matches.at(left.row());
        const QuestionSearchText::Match& b = m_matches.at(right.row());
        if (a.found != b.found)
            return a.found;
        if (a.ranksBefore(b))
            return true;
        if (b.ranksBefore(a))
            return false;
    }
    return left.row() < right.row();
}

QVariant QuestionFilterModel::data(const QModelIndex& index, int role) const
{
    if (role != PromptMatchRole && role != MatchQuoteRole)
        return QSortFilterProxyModel::data(index, role);
    if (!m_questions || !index.isValid() || m_words.isEmpty())
        return {};
    const Quotes& made = quotes(mapToSource(index).row());
    const EmphasisedText& text = role == PromptMatchRole ? made.prompt : made.why;
    return text.isEmpty() ? QVariant() : QVariant::fromValue(text);
}

const QuestionFilterModel::Quotes& QuestionFilterModel::quotes(int sourceRow) const
{
    if (const auto found = m_quotes.constFind(sourceRow); found != m_quotes.constEnd())
        return found.value();
    const Question& question = m_questions->question(sourceRow);
    Quotes made;
    made.prompt = QuestionSearchText::emphasise(question.prompt, m_words);
    const QuestionSearchText::Match match = m_questions->searchText(sourceRow).match(m_matchers);
    if (match.found && match.worst == QuestionSearchText::Place::Notes)
        made.why = QuestionSearchText::quote(tr("Your notes"), m_questions->notes(sourceRow),
                                             m_words, match.word);
    else if (match.found && match.worst != QuestionSearchText::Place::Prompt)
        made.why =
            QuestionSearchText::quote(question.parts.at(match.part).name,
                                      question.parts.at(match.part).markdown, m_words, match.word);
    return *m_quotes.insert(sourceRow, made);
}

} // namespace ip
