#include "services/ReviewState.h"

#include "model/ReviewLogEntry.h"

namespace ip {

ReviewState reviewStateOf(const std::optional<ReviewSchedule>& schedule)
{
    if (!schedule || schedule->reviews <= 0)
        return ReviewState::New;
    const bool lastWasAgain = schedule->lastGrade == static_cast<int>(ReviewGrade::Again);
    if (lastWasAgain)
        return schedule->lapses > 0 ? ReviewState::Relearning : ReviewState::Learning;
    return schedule->reviews == 1 ? ReviewState::Learning : ReviewState::Review;
}

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::New:
        return QStringLiteral("new");
    case ReviewState::Learning:
        return QStringLiteral("learning");
    case ReviewState::Review:
        return QStringLiteral("review");
    case ReviewState::Relearning:
        return QStringLiteral("relearning");
    }
    return QString();
}

} // namespace ip
