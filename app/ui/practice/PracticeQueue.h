#pragma once

#include "model/Guide.h"
#include "model/ReviewLogEntry.h"
#include "model/ReviewSchedule.h"
#include "services/ReadinessReport.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace ip {

class ReviewScheduler;

// The questions of one practice session, in the order they are asked: the
// due ones first, soonest first, then new ones in the guide's order up to
// the day's limit. A question graded Again goes to the back, so it comes
// back later in the same session, as in Anki. A queue can keep to one
// category (empty: all).
class PracticeQueue {
public:
    struct Card {
        int question = -1; // index into the guide's questions
        bool isNew = false;
    };

    PracticeQueue() = default;
    // due: the schedules due now (any guide's; the others and questions no
    // longer in the guide are left out). scheduled: every schedule of the
    // guide, by question key: a question without one is new. newLimit: how
    // many new questions may still be started today.
    PracticeQueue(const Guide& guide, const QList<ReviewSchedule>& due,
                  const QHash<QString, ReviewSchedule>& scheduled, int newLimit,
                  const QString& category = QString());

    // Final week practice: the questions in `lowestRecallFirst` order
    // (finalWeekQuestions), whatever their due day, leaving out those
    // already reviewed on `today` in the scheduler's calendar (unless their
    // last grade was Again: they are still weak).
    static PracticeQueue finalWeek(const Guide& guide,
                                   const QList<QuestionReadiness>& lowestRecallFirst,
                                   const QHash<QString, ReviewSchedule>& scheduled,
                                   const ReviewScheduler& calendar, const QDate& today,
                                   const QString& category = QString());

    bool isEmpty() const { return m_cards.isEmpty(); }
    int size() const { return int(m_cards.size()); }
    const Card& current() const { return m_cards.first(); }
    int dueCount() const;
    int newCount() const;

    // The current card has been graded: it leaves the queue, or with Again
    // goes to the back as a question already seen.
    void graded(ReviewGrade grade);

private:
    QList<Card> m_cards;
};

} // namespace ip
