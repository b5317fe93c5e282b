#include "ui/practice/PracticeQueue.h"

#include <algorithm>

namespace ip {

PracticeQueue::PracticeQueue(const Guide& guide, const QList<ReviewSchedule>& due,
                             const QHash<QString, ReviewSchedule>& scheduled, int newLimit)
{
    QHash<QString, int> rows;
    for (int row = 0; row < int(guide.questions.size()); ++row)
        rows.insert(guide.questions.at(row).key, row);
    for (const ReviewSchedule& schedule : due) {
        const auto row = rows.constFind(schedule.questionKey);
        if (schedule.guideKey == guide.key && row != rows.cend())
            m_cards.append({*row, false});
    }
    for (int row = 0; row < int(guide.questions.size()) && newLimit > 0; ++row) {
        if (!scheduled.contains(guide.questions.at(row).key)) {
            m_cards.append({row, true});
            --newLimit;
        }
    }
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
