#pragma once

#include "model/ReviewSchedule.h"

#include <QString>
#include <optional>

namespace ip {

// Where a question stands in practice, in the words Anki users know. FSRS-6
// has no learning steps, so the states are read from the schedule alone:
//
// - new: never graded;
// - learning: graded once so far, or its grades so far ended in Again
//   without a lapse (failed on its first day, still being learned);
// - relearning: its last grade was a lapse, Again on a later day than the
//   review before it (or Again again after one);
// - review: remembered on a later day, the long-term formulas at work.
enum class ReviewState { New, Learning, Review, Relearning };

ReviewState reviewStateOf(const std::optional<ReviewSchedule>& schedule);

// "new", "learning", "review", "relearning": what the command line prints.
QString reviewStateName(ReviewState state);

} // namespace ip
