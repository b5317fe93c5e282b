#include "ui/practice/PracticeQueue.h"

#include "services/ReviewScheduler.h"

#include <algorithm>

namespace ip {

namespace {

QHash<QString, int> rowsByKey(const Guide& guide, const QString& category)
{
    QHash<QString, int> rows;
    for (int row = 0; row < int(guide.questions.size()); ++row) {
        const Question& question = guide.questions.at(row);
        if (category.isEmpty() || question.category == category)
            rows.insert(question.key, row);
    }
    return rows;
}

} // namespace

PracticeQueue::PracticeQueue(const Guide& guide, const QList<ReviewSchedule>& due,
                             const QHash<QString, ReviewSchedule>& scheduled, int newLimit,
                             const QString& category)
{
    const QHash<QString, int> rows = rowsByKey(guide, category);
    for (const ReviewSchedule& schedule : due) {
        const auto row = rows.constFind(schedule.questionKey);
        if (guide.holdsGuide(schedule.guideKey) && row != rows.cend())
            m_cards.append({*row, false});
    }
    for (int row = 0; row < int(guide.questions.size()) && newLimit > 0; ++row) {
        const Question& question = guide.questions.at(row);
        if (rows.contains(question.key) && !scheduled.contains(question.key)) {
            m_cards.append({row, true});
            --newLimit;
        }
    }
}

PracticeQueue PracticeQueue::finalWeek(const Guide& guide,
                                       const QList<QuestionReadiness>& lowestRecallFirst,
                                       const QHash<QString, ReviewSchedule>& scheduled,
                                       const ReviewScheduler& calendar, const QDate& today,
                                       const QString& category)
{
    const QHash<QString, int> rows = rowsByKey(guide, category);
    PracticeQueue queue;
    for (const QuestionReadiness& readiness : lowestRecallFirst) {
        const auto row = rows.constFind(readiness.question.questionKey);
        if (row == rows.cend())
            continue;
        const auto schedule = scheduled.constFind(readiness.question.questionKey);
        const bool isNew = schedule == scheduled.cend();
        if (!isNew && calendar.dayOf(schedule->lastReviewedAt) == today &&
            schedule->lastGrade != static_cast<int>(ReviewGrade::Again))
            continue;
        queue.m_cards.append({*row, isNew});
    }
    return queue;
}

int PracticeQueue::dueCount() const
{
    return int(std::count_if(m_cards.cbegin(), m_cards.cend(),
                             [](const Card& card) { return !card.isNew; }));
}

int PracticeQueue::newCount() const
{
    return int(m_cards.size()) - dueCount();
}

void PracticeQueue::graded(ReviewGrade grade)
{
    if (m_cards.isEmpty())
        return;
    Card card = m_cards.takeFirst();
    if (grade == ReviewGrade::Again) {
        card.isNew = false;
        m_cards.append(card);
    }
}

} // namespace ip
