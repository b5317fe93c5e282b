#include "services/StoryCheck.h"

#include <QSet>
#include <QStringList>
#include <cmath>

namespace ip {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// Lower-case runs of letters, with inner apostrophes kept (as ') so that
// "we're" and "I’ll" are one word each. Digits and punctuation separate.
QStringList letterWords(const QString& text)
{
    QStringList words;
    QString current;
    auto flush = [&] {
        while (!current.isEmpty() && current.back() == u'\'')
            current.chop(1);
        while (!current.isEmpty() && current.front() == u'\'')
            current.remove(0, 1);
        if (!current.isEmpty())
            words << current;
        current.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter() || c.isMark())
            current += c.toLower();
        else if (isApostrophe(c) && !current.isEmpty())
            current += u'\'';
        else
            flush();
    }
    flush();
    return words;
}

int countIn(const QString& text, const QSet<QString>& vocabulary)
{
    int count = 0;
    for (const QString& word : letterWords(text))
        count += vocabulary.contains(word) ? 1 : 0;
    return count;
}

const QSet<QString>& weWords()
{
    static const QSet<QString> words{QStringLiteral("we"),        QStringLiteral("our"),
                                     QStringLiteral("us"),        QStringLiteral("ours"),
                                     QStringLiteral("ourselves"), QStringLiteral("we're"),
                                     QStringLiteral("we've"),     QStringLiteral("we'd"),
                                     QStringLiteral("we'll"),     QStringLiteral("let's")};
    return words;
}

const QSet<QString>& iWords()
{
    static const QSet<QString> words{
        QStringLiteral("i"),    QStringLiteral("my"),     QStringLiteral("me"),
        QStringLiteral("mine"), QStringLiteral("myself"), QStringLiteral("i'm"),
        QStringLiteral("i've"), QStringLiteral("i'd"),    QStringLiteral("i'll")};
    return words;
}

// Words that make an outcome measurable without a digit. "one" is left out
// ("no one complained" measures nothing), and so are "double" and "triple"
// ("double-checked").
const QSet<QString>& measureWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word :
             {// numbers
              "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
              "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
              "millions", "billion", "billions", "dozen", "dozens", "half", "halves", "third",
              "thirds", "quarter", "quarters", "twice", "thrice", "percent",
              // changes
              "doubled", "tripled", "quadrupled", "halved", "tenfold", "hundredfold",
              // time
              "millisecond", "milliseconds", "ms", "second", "seconds", "minute", "minutes", "hour",
              "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
              // money
              "dollar", "dollars", "euro", "euros", "pound", "pounds", "cent", "cents"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool hasText(const QString& text)
{
    return !text.trimmed().isEmpty();
}

int rate(int wordsPerMinute)
{
    return wordsPerMinute > 0 ? wordsPerMinute : StoryCheck::DefaultWordsPerMinute;
}

// Rounded up, so a setup over 50% never reads as "50%". No bar shows the
// setup's share; the parts' own shares are rounded down
// (SpeakingEstimate::percent), for the opposite limit.
int percentUp(int part, int total)
{
    return total > 0 ? (part * 100 + total - 1) / total : 0;
}

} // namespace

QString storyFieldName(StoryField field)
{
    switch (field) {
    case StoryField::Title:
        return QCoreApplication::translate("StoryCheck", "Title");
    case StoryField::Situation:
        return QCoreApplication::translate("StoryCheck", "Situation");
    case StoryField::Task:
        return QCoreApplication::translate("StoryCheck", "Task");
    case StoryField::Action:
        return QCoreApplication::translate("StoryCheck", "Action");
    case StoryField::Result:
        return QCoreApplication::translate("StoryCheck", "Result");
    case StoryField::Whole:
        return QCoreApplication::translate("StoryCheck", "Story");
    }
    return QString();
}

int SpeakingEstimate::totalWords() const
{
    return situationWords + taskWords + actionWords + resultWords;
}

int SpeakingEstimate::words(StoryField part) const
{
    switch (part) {
    case StoryField::Title:
        return 0;
    case StoryField::Situation:
        return situationWords;
    case StoryField::Task:
        return taskWords;
    case StoryField::Action:
        return actionWords;
    case StoryField::Result:
        return resultWords;
    case StoryField::Whole:
        return totalWords();
    }
    return 0;
}

double SpeakingEstimate::share(StoryField part) const
{
    const int total = totalWords();
    return total > 0 ? double(words(part)) / total : 0.0;
}

int SpeakingEstimate::percent(StoryField part) const
{
    // In whole numbers, so 7 of 20 words is exactly 35 on every machine.
    const int total = totalWords();
    return total > 0 ? words(part) * 100 / total : 0;
}

int StoryCheck::wordCount(const QString& text)
{
    int count = 0;
    bool inToken = false;
    bool counted = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inToken = false;
            continue;
        }
        if (!inToken) {
            inToken = true;
            counted = false;
        }
        if (!counted && c.isLetterOrNumber()) {
            counted = true;
            ++count;
        }
    }
    return count;
}

SpeakingEstimate StoryCheck::estimate(const StarStory& story, int wordsPerMinute)
{
    SpeakingEstimate estimate;
    estimate.situationWords = wordCount(story.situation);
    estimate.taskWords = wordCount(story.task);
    estimate.actionWords = wordCount(story.action);
    estimate.resultWords = wordCount(story.result);
    estimate.seconds = estimate.totalWords() * 60.0 / rate(wordsPerMinute);
    return estimate;
}

int StoryCheck::weWordCount(const QString& text)
{
    return countIn(text, weWords());
}

int StoryCheck::iWordCount(const QString& text)
{
    return countIn(text, iWords());
}

bool StoryCheck::hasMeasurableOutcome(const QString& text)
{
    for (const QChar c : text) {
        if (c.isDigit() || c == u'%' || c == u'\u2030' || c.category() == QChar::Symbol_Currency)
            return true;
    }
    return countIn(text, measureWords()) > 0;
}

QList<StoryFinding> StoryCheck::findings(const StarStory& story, int wordsPerMinute)
{
    const int wpm = rate(wordsPerMinute);
    QList<StoryFinding> found;

    if (!hasText(story.title))
        found << StoryFinding{StoryField::Title,
                              tr("The story has no title: give it a short name you "
                                 "will recall it by in the interview.")};
    if (!hasText(story.situation))
        found << StoryFinding{StoryField::Situation,
                              tr("Situation is empty: say where and when this happened, in a "
                                 "sentence or two.")};
    if (!hasText(story.task))
        found << StoryFinding{StoryField::Task,
                              tr("Task is empty: say what you were responsible for and what was "
                                 "at stake.")};
    if (!hasText(story.action)) {
        found << StoryFinding{StoryField::Action,
                              tr("Action is empty: say step by step what you did.")};
    } else {
        const int we = weWordCount(story.action);
        const int i = iWordCount(story.action);
        if (we >= MinWeWords && we > i)
            found << StoryFinding{StoryField::Action,
                                  tr("Action says \"we\" more than \"I\" (%1 against %2): the "
                                     "interviewer wants to hear what you did yourself.")
                                      .arg(we)
                                      .arg(i)};
        else if (we > 0 && i == 0)
            found << StoryFinding{StoryField::Action, tr("Action says \"we\" but never \"I\": the "
                                                         "interviewer wants to hear what you did "
                                                         "yourself.")};
    }
    if (!hasText(story.result)) {
        found << StoryFinding{StoryField::Result,
                              tr("Result is empty: say how it ended and what changed.")};
    } else if (!hasMeasurableOutcome(story.result)) {
        found << StoryFinding{StoryField::Result,
                              tr("Result has no number or measurable outcome: say "
                                 "what changed and by how much.")};
    }

    const SpeakingEstimate spoken = estimate(story, wpm);
    const int total = spoken.totalWords();
    // Compared in whole numbers (words * 60 against seconds * rate) so a
    // story exactly on a limit is judged the same on every machine.
    if (total * 60 > TargetMaxSeconds * wpm) {
        found << StoryFinding{StoryField::Whole,
                              tr("The story takes about %1 s to tell at %2 words a "
                                 "minute, over the %3 s target: cut it to about %4 "
                                 "words.")
                                  .arg(std::lround(spoken.seconds))
                                  .arg(wpm)
                                  .arg(TargetMaxSeconds)
                                  .arg(TargetMaxSeconds * wpm / 60)};
    }
    const bool allParts = hasText(story.situation) && hasText(story.task) &&
                          hasText(story.action) && hasText(story.result);
    if (!allParts)
        return found;
    if (total * 60 < TooShortSeconds * wpm) {
        found << StoryFinding{StoryField::Whole,
                              tr("The story takes only about %1 s to tell at %2 words "
                                 "a minute: aim for %3 to %4 s, with more on what you "
                                 "did and how it turned out.")
                                  .arg(std::lround(spoken.seconds))
                                  .arg(wpm)
                                  .arg(TargetMinSeconds)
                                  .arg(TargetMaxSeconds)};
    }
    const int setup = spoken.situationWords + spoken.taskWords;
    if (setup * 100 > MaxSetupPercent * total) {
        found << StoryFinding{StoryField::Whole,
                              tr("Situation and Task take %1% of the words, more than "
                                 "half: shorten the setup and spend the time on what "
                                 "you did.")
                                  .arg(percentUp(setup, total))};
    }
    if (spoken.actionWords * 100 < MinActionPercent * total) {
        found << StoryFinding{StoryField::Whole,
                              tr("Action has only %1% of the words: what you did "
                                 "should carry about half of the story.")
                                  .arg(spoken.percent(StoryField::Action))};
    }
    return found;
}

bool StoryCheck::isComplete(const StarStory& story, int wordsPerMinute)
{
    return findings(story, wordsPerMinute).isEmpty();
}

} // namespace ip
