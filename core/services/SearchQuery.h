#pragma once

#include <QString>
#include <QStringList>

namespace ip {

// What the user typed into a search field, read the way search boxes read
// it: words match as prefixes ("kube" finds "Kubernetes"), "quoted words"
// match as a phrase, -word and -"a phrase" leave out what contains them.
// A single letter is a whole word ("R"), and a phrase whose quote is not
// closed yet ends in a prefix.
// Every word must be found. Case and diacritics do not matter (the index
// folds them). Nothing typed can be an FTS5 syntax error: every word and
// phrase goes to FTS5 quoted.
class SearchQuery {
public:
    static SearchQuery parse(const QString& text);

    // Nothing to look for: no word (leaving out alone finds nothing).
    bool isEmpty() const { return m_words.isEmpty() && m_phrases.isEmpty(); }
    // The query in FTS5's syntax; empty when isEmpty(). With columns, what
    // is wanted must be found in one of them (a column filter); what is
    // left out is left out wherever it is.
    QString toFts5(const QStringList& columns = {}) const;
    // Its two halves, each on its own: what is wanted (empty when isEmpty()),
    // and a query for what would be left out (empty when nothing is); with
    // columns, found in one of them.
    QString wantedToFts5(const QStringList& columns = {}) const;
    QString excludedToFts5(const QStringList& columns = {}) const;
    bool excludes() const { return !m_excluded.isEmpty(); }

    QStringList words() const { return m_words; }
    QStringList phrases() const { return m_phrases; }
    QStringList excluded() const { return m_excluded; }

private:
    QStringList m_words;
    QStringList m_phrases;
    QStringList m_excluded;
    // The last phrase has no closing quote yet.
    bool m_phraseOpen = false;
};

} // namespace ip
