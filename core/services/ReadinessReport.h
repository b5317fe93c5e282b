#pragma once

#include "model/QuestionRef.h"
#include "model/ReviewSchedule.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ip {

struct Guide;
class ReviewScheduler;

// One question's outlook for the interview day.
struct QuestionReadiness {
    QuestionRef question;
    QString category;
    // FSRS-6's retrievability at the interview date from the question's
    // current state: the chance of recalling it on the day if it is not
    // reviewed again. 0 for a question never reviewed.
    double recallOnTheDay = 0;
    // How much a review today graded Good would raise recallOnTheDay: the
    // recall on the day from the state that review would leave, minus
    // recallOnTheDay. Good because it is the grade most reviews get; a
    // question never reviewed gains all of what its first Good leaves.
    double gain = 0;
};

// The mean recall on the day of one category's questions.
struct CategoryReadiness {
    QString category;
    int questionCount = 0;
    double readiness = 0; // 0 to 1
};

// How ready the candidate is for the interview on one guide, on one day.
struct ReadinessReport {
    QString guideKey;
    QDate interviewDate;
    QDate today;
    double target = 0.9;
    // The mean recall on the day over every question of the guide.
    double overall = 0;
    // In the guide's category order.
    QList<CategoryReadiness> categories;
    // In the guide's question order.
    QList<QuestionReadiness> questions;
    // "To reach 90% readiness, review these N questions by then": the
    // fewest questions whose gains lift the overall readiness to the target,
    // largest gain first; empty when it is reached already (or the interview
    // is past); every question, by gain, when even reviewing them all today
    // falls short (targetReachable is then false).
    QList<QuestionReadiness> toReachTarget;
    bool targetReachable = true;

    // Whole days from today to the interview (negative once it is past).
    int daysLeft() const { return int(today.daysTo(interviewDate)); }
    // The readiness if every question were reviewed once today, graded
    // Good: what one round of practice gives, to say when the target is out
    // of reach of a single round (the days left allow more than one).
    double afterOneRound() const;
};

// Works out a ReadinessReport from a guide, its schedules and the date, with
// a scheduler's FSRS-6 model and calendar days. Pure: no storage.
class ReadinessCalculator {
public:
    explicit ReadinessCalculator(const ReviewScheduler& scheduler, double target = 0.9);

    ReadinessReport report(const Guide& guide, const QList<ReviewSchedule>& schedules,
                           const QDate& interview, const QDate& today) const;

    // The recall on `interview` of a question with `schedule` (0 when never
    // reviewed), and the same after a Good review on `today`.
    double recallOnTheDay(const ReviewSchedule* schedule, const QDate& interview) const;
    double recallAfterGoodOn(const ReviewSchedule* schedule, const QDate& today,
                             const QDate& interview) const;

private:
    const ReviewScheduler& m_scheduler;
    double m_target;
};

// "Final week" practice: in the last 7 days before the interview (and on the
// day itself), every question, lowest recall on the day first, whatever its
// due date; empty at any other time.
QList<QuestionReadiness> finalWeekQuestions(const ReadinessReport& report);

// How many days before the interview final week practice starts.
inline constexpr int FinalWeekDays = 7;

} // namespace ip
