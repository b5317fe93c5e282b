#pragma once

#include "model/StarStory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ip {

enum class StoryField { Title, Situation, Task, Action, Result, Whole };

// "Situation", "Task", ...; "Title" and "Story" for the other two. For
// labels and test output, not for storage.
QString storyFieldName(StoryField field);

// One thing the completeness check would have the candidate fix.
struct StoryFinding {
    StoryField field; // the field the finding points at (Whole: the story as a whole)
    QString message;  // plain words: what is wrong and what to do about it
    friend bool operator==(const StoryFinding&, const StoryFinding&) = default;
};

// How long the four parts take to say aloud. The title is not spoken.
struct SpeakingEstimate {
    int situationWords = 0, taskWords = 0, actionWords = 0, resultWords = 0;
    int totalWords() const;
    double seconds = 0; // at the given words-per-minute rate
    // The part's share of totalWords (0..1), 0 when there are no words.
    // Whole gives 1 (0 when empty); Title gives 0, as it is not spoken.
    double share(StoryField part) const;
    // The part's share in whole percent, rounded down: the one rounding the
    // share bars and the findings both show, so a share just under the
    // expected third never reads as "35%". 0 when there are no words.
    int percent(StoryField part) const;
    // Words in one part; Whole gives totalWords(), Title 0.
    int words(StoryField part) const;
};

// The completeness check of a STAR story, as the Stories screen shows it and
// as the exports could print it. Pure functions of the story's text.
//
// The rules and their thresholds (every finding names the field to fix):
//  - Title, Situation, Task, Action, Result: empty (only spaces counts as
//    empty).
//  - Action: "we" carries the story: at least MinWeWords we-words (we, our,
//    us, ours, ourselves, we're, we've, we'd, we'll, let's) and more of them
//    than I-words (I, my, me, mine, myself, I'm, I've, I'd, I'll). Whole
//    words, case-insensitive. Interviewers ask what *you* did.
//  - Action: "we" without a single I-word, however few ("We rebuilt the
//    loader."): the listener cannot tell what was yours.
//  - Result: no measurable outcome: no digit, no number word ("two",
//    "dozen", "half", "twice"...), no change word ("doubled", "halved",
//    "tenfold"...), no percent/currency sign and no time or money unit
//    ("hours", "weeks", "dollars"...).
//  - Whole: runs over TargetMaxSeconds at the rate (checked however complete
//    the story is: a long Situation is already too long).
//  - Whole: under TooShortSeconds at the rate; and Situation plus Task over
//    MaxSetupPercent of the words; and Action under MinActionPercent of the
//    words. These three are checked only once all four parts have text: until
//    then the empty-part findings say what to do, and proportions of half a
//    story mislead.
class StoryCheck {
    Q_DECLARE_TR_FUNCTIONS(StoryCheck)

public:
    static constexpr int DefaultWordsPerMinute = 140;
    static constexpr int TargetMinSeconds = 90;
    static constexpr int TargetMaxSeconds = 120;
    // Under this a story cannot carry a situation, an action and a result.
    static constexpr int TooShortSeconds = 45;
    // The setup (Situation + Task) may take at most half of the words...
    static constexpr int MaxSetupPercent = 50;
    // ...and the Action, the part interviewers score, at least about a third.
    static constexpr int MinActionPercent = 35;
    // Fewer we-words than this is just context ("we had an outage").
    static constexpr int MinWeWords = 3;

    // Runs of non-space characters holding at least one letter or digit:
    // "30%" is a word, a lone "-" or "—" is not, "state-of-the-art" is one.
    static int wordCount(const QString& text);
    // A rate of zero or less is taken as DefaultWordsPerMinute.
    static SpeakingEstimate estimate(const StarStory& story,
                                     int wordsPerMinute = DefaultWordsPerMinute);
    // In field order (Title, Situation, Task, Action, Result, Whole); empty
    // when the story is complete.
    static QList<StoryFinding> findings(const StarStory& story,
                                        int wordsPerMinute = DefaultWordsPerMinute);
    // findings().isEmpty()
    static bool isComplete(const StarStory& story, int wordsPerMinute = DefaultWordsPerMinute);

    // The pieces of the rules, public so the screen can explain them.
    static int weWordCount(const QString& text);
    static int iWordCount(const QString& text);
    static bool hasMeasurableOutcome(const QString& text);
};

} // namespace ip
