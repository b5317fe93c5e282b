#pragma once

#include "model/ReviewLogEntry.h"
#include "model/ReviewSchedule.h"
#include "services/ReviewScheduler.h"

#include <QList>
#include <optional>

namespace ip {

// Derives schedules from the review log, the truth: each question's reviews
// in time order, the first giving FSRS-6's initial state and each later one
// the next (same-day or long-term). Used after a schema upgrade, a restore, a
// review logged out of order, and by the tests to check the incremental path.
class ReviewScheduleReplay {
public:
    explicit ReviewScheduleReplay(const ReviewScheduler& scheduler) : m_scheduler(scheduler) {}

    // One question's reviews, in any order; none gives no schedule.
    std::optional<ReviewSchedule> replay(QList<ReviewLogEntry> log) const;
    // Every question's schedule from a whole log in any order, sorted by
    // guide key then question key.
    QList<ReviewSchedule> replayAll(QList<ReviewLogEntry> log) const;

private:
    const ReviewScheduler& m_scheduler;
};

} // namespace ip
