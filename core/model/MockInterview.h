#pragma once

#include "model/QuestionRef.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace ip {

// One question of a mock interview: what was asked, in which time box, and
// what the candidate did with it.
struct MockInterviewQuestion {
    int position = 0; // 0-based order in the interview
    QString questionKey;
    QString category;
    QString prompt;           // as it was asked, so the record reads when the guide changes
    int timeBoxSeconds = 0;   // the time the question was meant to take
    double secondsTaken = 0;  // time spent on it so far
    QString outline;          // the scratch notes typed while answering, plain text
    bool answered = false;    // the candidate moved on from it
    std::optional<int> grade; // 1 to 4 once graded in the review
    QDateTime gradedAt;       // UTC: the time of its review log entry

    bool isOverTime() const { return secondsTaken > timeBoxSeconds; }

    friend bool operator==(const MockInterviewQuestion&, const MockInterviewQuestion&) = default;
};

// A timed run of questions from one guide, run like the real interview and
// graded afterwards. Unfinished while finishedAt is invalid.
struct MockInterview {
    qint64 id = 0;
    QString guideKey;
    QDateTime startedAt; // UTC
    int plannedMinutes = 0;
    QDateTime finishedAt; // UTC; invalid while it runs (or after a kill)
    QList<MockInterviewQuestion> questions;

    bool isFinished() const { return finishedAt.isValid(); }
    // How the review log and the stories name an asked question: one run
    // over All guides ("*", Guide::AllGuidesKey) asks questions of many.
    QuestionRef refOf(const MockInterviewQuestion& question) const
    {
        return {guideKey == u"*" ? QuestionRef::guideKeyOfItem(question.questionKey) : guideKey,
                question.questionKey};
    }

    // The first question not yet moved on from: where a resumed interview
    // goes on; the question count when every one was answered.
    int resumePosition() const
    {
        for (const MockInterviewQuestion& question : questions) {
            if (!question.answered)
                return question.position;
        }
        return int(questions.size());
    }
    double secondsTaken() const
    {
        double total = 0;
        for (const MockInterviewQuestion& question : questions)
            total += question.secondsTaken;
        return total;
    }
    int timeBoxSeconds() const
    {
        int total = 0;
        for (const MockInterviewQuestion& question : questions)
            total += question.timeBoxSeconds;
        return total;
    }
    int overTimeCount() const
    {
        int count = 0;
        for (const MockInterviewQuestion& question : questions)
            count += question.isOverTime() ? 1 : 0;
        return count;
    }
    int gradedCount() const
    {
        int count = 0;
        for (const MockInterviewQuestion& question : questions)
            count += question.grade ? 1 : 0;
        return count;
    }
    // The mean of the grades given so far; none before the first.
    std::optional<double> meanGrade() const
    {
        int sum = 0;
        for (const MockInterviewQuestion& question : questions)
            sum += question.grade.value_or(0);
        const int graded = gradedCount();
        return graded == 0 ? std::nullopt : std::optional<double>(double(sum) / graded);
    }

    friend bool operator==(const MockInterview&, const MockInterview&) = default;
};

} // namespace ip
