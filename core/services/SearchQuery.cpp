#include "services/SearchQuery.h"

#include <algorithm>

namespace ip {

namespace {

// A term with no letter or digit gives the tokenizer nothing to look for.
bool hasWordCharacters(const QString& term)
{
    return std::any_of(term.cbegin(), term.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// "R", "C++", "^e": one letter is a word of its own, not the prefix of
// every word that starts with it (most of the index, ranked on every first
// keystroke).
bool isSingleLetter(const QString& term)
{
    return std::count_if(term.cbegin(), term.cend(),
                         [](QChar c) { return c.isLetterOrNumber(); }) == 1;
}

QString quoted(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString withColumns(const QString& fts, const QStringList& columns)
{
    return columns.isEmpty() ? fts : QStringLiteral("({%1} : %2)").arg(columns.join(u' '), fts);
}

} // namespace

SearchQuery SearchQuery::parse(const QString& text)
{
    SearchQuery query;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool exclude = false;
        if (text.at(i) == u'-' && i + 1 < size && !text.at(i + 1).isSpace()) {
            exclude = true;
            ++i;
        }
        QString term;
        bool phrase = false;
        bool open = false;
        if (text.at(i) == u'"') {
            // To the closing quote, or to the end while it is being typed.
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? size : close;
            term = text.mid(i + 1, end - i - 1).simplified();
            phrase = true;
            open = close < 0;
            i = close < 0 ? size : close + 1;
        } else {
            const qsizetype start = i;
            while (i < size && !text.at(i).isSpace() && text.at(i) != u'"')
                ++i;
            term = text.mid(start, i - start);
        }
        if (!hasWordCharacters(term))
            continue;
        if (exclude)
            query.m_excluded << term;
        else if (phrase) {
            query.m_phrases << term;
            query.m_phraseOpen = open;
        } else
            query.m_words << term;
    }
    return query;
}

QString SearchQuery::wantedToFts5(const QStringList& columns) const
{
    if (isEmpty())
        return {};
    QStringList wanted;
    for (const QString& word : m_words)
        wanted << (isSingleLetter(word) ? quoted(word) : quoted(word) + u'*');
    // A phrase still being typed ends in a prefix, so hits keep coming as
    // its last word is typed.
    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        const bool typing = m_phraseOpen && i == m_phrases.size() - 1;
        wanted << (typing && !isSingleLetter(m_phrases.at(i).section(u' ', -1))
                       ? quoted(m_phrases.at(i)) + u'*'
                       : quoted(m_phrases.at(i)));
    }
    return withColumns(u'(' + wanted.join(u' ') + u')', columns);
}

QString SearchQuery::excludedToFts5(const QStringList& columns) const
{
    if (m_excluded.isEmpty())
        return {};
    QStringList terms;
    for (const QString& term : m_excluded)
        terms << quoted(term);
    return withColumns(u'(' + terms.join(QStringLiteral(" OR ")) + u')', columns);
}

QString SearchQuery::toFts5(const QStringList& columns) const
{
    QString fts = wantedToFts5(columns);
    if (fts.isEmpty())
        return {};
    // A word left out is left out whole: -java keeps JavaScript.
    for (const QString& term : m_excluded)
        fts += QStringLiteral(" NOT ") + quoted(term);
    return fts;
}

} // namespace ip
