#pragma once

#include "model/Guide.h"
#include "ui/EmphasisedText.h"

#include <QList>
#include <QStringMatcher>

namespace ip {

// One question's words as the filter searches them, folded (see FoldedText)
// into one string whose fields follow the order of rank: the prompt, the
// answer, the other parts (scenario, pitfalls, follow-ups), then the user's
// notes. So the first place a word occurs is also the best place it occurs.
class QuestionSearchText {
public:
    // Where a word was found, best first.
    enum class Place : quint8 { Prompt, Answer, OtherPart, Notes };

    // How a question matched a query; `found` false when some word is missing.
    struct Match {
        bool found = false;
        Place worst = Place::Prompt; // the place needed to find every word
        int placeSum = 0;            // with worst, orders questions that match
        int part = -1;               // the part that holds `word` (OtherPart, Answer)
        int word = -1;               // the query word found in the worst place

        // Before `other` in the list: every word in a better place.
        bool ranksBefore(const Match& other) const
        {
            if (worst != other.worst)
                return worst < other.worst;
            return placeSum < other.placeSum;
        }
    };

    QuestionSearchText() = default;
    QuestionSearchText(const Question& question, const QString& notesMarkdown);

    // Every word must occur somewhere; each is looked for once.
    Match match(const QList<QStringMatcher>& words) const;
    // Whether one of the folded terms occurs as a whole word (or words):
    // -java leaves out what says "Java" and keeps what says "JavaScript".
    bool containsAnyWhole(const QList<QStringMatcher>& terms) const;

    // What is typed, read as the search everywhere reads it (SearchQuery):
    // words, "quoted phrases", and -words to leave out; folded as `match`
    // expects. Words and phrases are looked for anywhere, so the filter
    // keeps everything a search for them finds.
    struct Query {
        QStringList wanted;
        QStringList excluded;
        bool operator==(const Query&) const = default;
    };
    static Query query(const QString& text);
    // Folded terms made into matchers, once per keystroke.
    static QList<QStringMatcher> matchers(const QStringList& terms);

    // The words' occurrences in a line of plain text, emphasised.
    static EmphasisedText emphasise(const QString& text, const QStringList& words);
    // A short quote of a field around the first occurrence of words[anchor],
    // after its label ("Common Pitfalls: …the overfitting case…"), with every
    // query word in it emphasised. The field is Markdown.
    static EmphasisedText quote(const QString& label, const QString& markdown,
                                const QStringList& words, int anchor);

private:
    struct Field {
        Place place;
        int part; // index in Question::parts, -1 for the prompt and the notes
        qsizetype end;
    };
    const Field& fieldAt(qsizetype position) const;

    QString m_text;
    QList<Field> m_fields;
};

} // namespace ip
