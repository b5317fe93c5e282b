#include "services/PracticeStanding.h"

namespace ip {

PracticeStandings practiceStandingOf(const std::optional<ReviewSchedule>& schedule,
                                     const QDateTime& now)
{
    if (!schedule)
        return PracticeStanding::New;
    PracticeStandings standing;
    if (schedule->dueAt <= now)
        standing |= PracticeStanding::Due;
    if (schedule->lapses > 0 || schedule->difficulty >= WeakDifficulty)
        standing |= PracticeStanding::Weak;
    if (schedule->stability >= ConfidentStability)
        standing |= PracticeStanding::Confident;
    return standing;
}

} // namespace ip
