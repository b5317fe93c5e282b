#include "services/ReadinessReport.h"

#include "model/Guide.h"
#include "services/ReviewScheduler.h"

#include <QHash>
#include <algorithm>

namespace ip {

double ReadinessReport::afterOneRound() const
{
    if (questions.isEmpty())
        return overall;
    double gains = 0;
    for (const QuestionReadiness& question : questions)
        gains += question.gain;
    return overall + gains / double(questions.size());
}

ReadinessCalculator::ReadinessCalculator(const ReviewScheduler& scheduler, double target)
    : m_scheduler(scheduler), m_target(target)
{
}

double ReadinessCalculator::recallOnTheDay(const ReviewSchedule* schedule,
                                           const QDate& interview) const
{
    return schedule ? m_scheduler.retrievabilityOn(*schedule, interview) : 0.0;
}

double ReadinessCalculator::recallAfterGoodOn(const ReviewSchedule* schedule, const QDate& today,
                                              const QDate& interview) const
{
    const Fsrs6& model = m_scheduler.model();
    MemoryState after;
    if (!schedule || schedule->reviews == 0 || !schedule->lastReviewedAt.isValid()) {
        after = model.initialState(ReviewGrade::Good);
    } else {
        // The same day arithmetic as ReviewScheduler::next, without building
        // a log entry and a due date for every question of the guide.
        const MemoryState before{schedule->stability, schedule->difficulty};
        const qint64 elapsed = m_scheduler.dayOf(schedule->lastReviewedAt).daysTo(today);
        after = elapsed <= 0 ? model.afterSameDayReview(before, ReviewGrade::Good)
                             : model.afterReview(before, double(elapsed), ReviewGrade::Good);
    }
    return model.retrievability(double(std::max<qint64>(0, today.daysTo(interview))),
                                after.stability);
}

namespace {

// The shortest list by gain that lifts the sum of recalls to target * count.
void chooseReviews(ReadinessReport& report, double recallSum)
{
    const double shortfall = report.target * double(report.questions.size()) - recallSum;
    // A tolerance for the sum of thousands of doubles: 90.0% is reached.
    constexpr double Tolerance = 1e-9;
    if (shortfall <= Tolerance || report.today > report.interviewDate)
        return;
    QList<QuestionReadiness> byGain = report.questions;
    std::stable_sort(
        byGain.begin(), byGain.end(),
        [](const QuestionReadiness& a, const QuestionReadiness& b) { return a.gain > b.gain; });
    double gained = 0;
    for (const QuestionReadiness& question : std::as_const(byGain)) {
        report.toReachTarget.append(question);
        gained += question.gain;
        if (gained >= shortfall - Tolerance)
            return;
    }
    report.targetReachable = false;
}

} // namespace

ReadinessReport ReadinessCalculator::report(const Guide& guide,
                                            const QList<ReviewSchedule>& schedules,
                                            const QDate& interview, const QDate& today) const
{
    ReadinessReport report;
    report.guideKey = guide.key;
    report.interviewDate = interview;
    report.today = today;
    report.target = m_target;

    QHash<QString, const ReviewSchedule*> byKey;
    byKey.reserve(schedules.size());
    for (const ReviewSchedule& schedule : schedules) {
        if (guide.holdsGuide(schedule.guideKey))
            byKey.insert(schedule.questionKey, &schedule);
    }

    QStringList categoryOrder = guide.categories;
    QHash<QString, CategoryReadiness> categories;
    double recallSum = 0;
    report.questions.reserve(guide.questions.size());
    for (const Question& question : guide.questions) {
        const ReviewSchedule* schedule = byKey.value(question.key, nullptr);
        QuestionReadiness readiness{guide.refOf(question), question.category};
        readiness.recallOnTheDay = recallOnTheDay(schedule, interview);
        // After the interview there is nothing left to review for.
        if (today <= interview)
            readiness.gain = std::max(0.0, recallAfterGoodOn(schedule, today, interview) -
                                               readiness.recallOnTheDay);
        recallSum += readiness.recallOnTheDay;
        if (!categoryOrder.contains(question.category))
            categoryOrder.append(question.category);
        CategoryReadiness& category = categories[question.category];
        category.category = question.category;
        ++category.questionCount;
        category.readiness += readiness.recallOnTheDay; // a sum until divided below
        report.questions.append(readiness);
    }

    for (const QString& name : std::as_const(categoryOrder)) {
        auto found = categories.find(name);
        if (found == categories.end())
            continue; // a category heading without questions has no readiness
        found->readiness /= double(found->questionCount);
        report.categories.append(*found);
    }
    if (!report.questions.isEmpty())
        report.overall = recallSum / double(report.questions.size());
    chooseReviews(report, recallSum);
    return report;
}

QList<QuestionReadiness> finalWeekQuestions(const ReadinessReport& report)
{
    const int daysLeft = report.daysLeft();
    if (daysLeft < 0 || daysLeft > FinalWeekDays)
        return {};
    QList<QuestionReadiness> weakestFirst = report.questions;
    std::stable_sort(weakestFirst.begin(), weakestFirst.end(),
                     [](const QuestionReadiness& a, const QuestionReadiness& b) {
                         return a.recallOnTheDay < b.recallOnTheDay;
                     });
    return weakestFirst;
}

} // namespace ip
