#pragma once

#include "model/QuestionMatches.h"
#include "services/PracticeStanding.h"
#include "ui/EmphasisedText.h"
#include "ui/questions/QuestionSearchText.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringMatcher>
#include <functional>
#include <optional>

namespace ip {

class QuestionListModel;

// Narrows the question list as the user types, and ranks what is left:
// questions whose prompt holds every word first, then those whose text does,
// then those found by the user's notes; the guide's order within each. Every
// word and "quoted phrase" must occur, in any case and with or without
// accents, and no -word left out (the syntax of the search everywhere, see
// SearchQuery). Text, one category, bookmarked only and a practice standing
// combine.
//
// The words are looked up in the search index (the search everywhere's)
// when it can stand for the guide shown: words match as the start of words,
// every one in the question's text or every one in the note. Otherwise (no
// database, a guide read with errors or not stored yet) the filter reads the
// text it holds: a word is found anywhere in a word, in the prompt, the
// parts and the notes together, and the answer ranks before the other parts.
class QuestionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum Role {
        // EmphasisedText: the prompt with the words it holds emphasised.
        PromptMatchRole = Qt::UserRole + 100,
        // EmphasisedText: why a question matched when its prompt alone does
        // not say ("Your notes: …the overfitting case…"); empty otherwise.
        MatchQuoteRole,
    };

    explicit QuestionFilterModel(QObject* parent = nullptr);

    void setQuestions(QuestionListModel* questions);
    // Looks what is typed up in the search index (SearchService::
    // filterQuestions): nullopt when the index cannot answer.
    using IndexLookup = std::function<std::optional<QuestionMatches>(const QString& text)>;
    void setIndexLookup(IndexLookup lookup);
    // What is typed now was answered by the index.
    bool usesIndex() const { return m_indexed.has_value(); }
    void setText(const QString& text);
    void setCategory(const QString& category); // empty: every category
    void setBookmarkedOnly(bool bookmarkedOnly);
    // Only questions with this practice standing (None: any).
    void setStanding(PracticeStanding standing);
    // Keeps this question (a source row; -1 for none) listed, in its place,
    // when its notes change and no longer match: the one being worked on must
    // not vanish while its notes are typed. Moving the pin drops the old row
    // if it no longer matches; changing the filter removes the pin.
    void setPinnedRow(int sourceRow);

    // Words to find or to leave out were typed.
    bool hasText() const { return !m_words.isEmpty() || !m_excluded.isEmpty(); }
    const QString& category() const { return m_category; }
    bool bookmarkedOnly() const { return m_bookmarkedOnly; }
    PracticeStanding standing() const { return m_standing; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    struct Quotes {
        EmphasisedText prompt;
        EmphasisedText why;
    };
    const Quotes& quotes(int sourceRow) const;
    // Every wanted word and phrase is in the text, and nothing left out.
    bool matches(const QuestionSearchText& text) const;
    QuestionSearchText::Match match(int sourceRow) const;
    void lookUp();
    // The index's reading of what is typed (SearchQuery), to tell when it
    // changes.
    static QString indexQuery(const QString& text);
    void onRowsChanged(const QModelIndex& first, const QModelIndex& last, const QList<int>& roles);

    QuestionListModel* m_questions = nullptr;
    IndexLookup m_lookup;
    QString m_typed;
    QString m_asked;                          // indexQuery(m_typed) while there is a lookup
    std::optional<QuestionMatches> m_indexed; // the index's answer to m_typed
    QStringList m_words;                      // folded; every word must appear
    QList<QStringMatcher> m_matchers;         // one per word, built once per keystroke
    QStringList m_excluded;                   // folded; none may appear as a whole word
    QList<QStringMatcher> m_excludedMatchers;
    QString m_category;
    bool m_bookmarkedOnly = false;
    PracticeStanding m_standing = PracticeStanding::None;
    int m_pinnedRow = -1;
    // By source row, for the current words: filled while filtering, read
    // while sorting; quotes made only for the rows a view draws.
    mutable QList<QuestionSearchText::Match> m_matches;
    mutable QHash<int, Quotes> m_quotes;
};

} // namespace ip
