#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <array>

namespace ip {

struct Guide;

// How many questions of each category a mock interview asks, in the guide's
// category order.
struct MockInterviewMix {
    struct Share {
        QString category;
        int count = 0;
        friend bool operator==(const Share&, const Share&) = default;
    };
    QList<Share> shares;

    int total() const;
    int count(const QString& category) const;
    friend bool operator==(const MockInterviewMix&, const MockInterviewMix&) = default;
};

// One question a plan asks, with the time it is meant to take.
struct MockInterviewPlanItem {
    QString questionKey;
    QString category;
    QString prompt;
    int timeBoxSeconds = 0;
};

// The questions of a mock interview, in the order they are asked.
struct MockInterviewPlan {
    QString guideKey;
    int minutes = 0;
    QList<MockInterviewPlanItem> questions;

    int timeBoxSeconds() const;
};

// Chooses a mock interview's questions. Pure: the guide, the recall the
// candidate has of each question now, and a seed decide it, so a plan can be
// tested and made again.
class MockInterviewPlanner {
public:
    // The lengths offered, in minutes.
    static constexpr std::array<int, 3> Lengths{30, 45, 60};
    static constexpr int BehavioralTimeBoxSeconds = 3 * 60;
    static constexpr int OtherTimeBoxSeconds = 5 * 60;

    // A behavioral question is a story told in about three minutes; anything
    // else (technical, situational, problem-solving) gets five.
    static int timeBoxSeconds(const QString& category);

    // The mix that fills `minutes` with time boxes, each category in
    // proportion to its share of the guide's questions: one question at a
    // time goes to the category furthest below its share that still has
    // questions and whose box still fits. Categories without questions are
    // left out.
    static MockInterviewMix defaultMix(const Guide& guide, int minutes);

    // The plan for a mix (counts above a category's questions are cut to
    // what it has). Within a category the questions the candidate is least
    // likely to recall now come first, so the mock interview is practice
    // that counts: `recall` maps question keys to FSRS-6 retrievability, and
    // a question missing from it (never practised) counts as 0. Ties are
    // broken by a shuffle from `seed`. The categories take turns, in the
    // guide's order, as a real interviewer moves between kinds of question.
    static MockInterviewPlan plan(const Guide& guide, int minutes, const MockInterviewMix& mix,
                                  const QHash<QString, double>& recall, quint32 seed);
};

} // namespace ip
