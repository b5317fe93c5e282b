#pragma once

#include "model/ReviewSchedule.h"

#include <QDateTime>
#include <QFlags>
#include <optional>

namespace ip {

// Where a question stands for the question browser's practice filters
// (DESIGN: new, due, weak, confident). Unlike ReviewState these overlap: a
// weak question is often due as well.
enum class PracticeStanding {
    None = 0,
    New = 1,       // never graded
    Due = 2,       // its due time has come
    Weak = 4,      // forgotten once after being learned, or hard for the candidate
    Confident = 8, // remembered for three weeks or more
};
Q_DECLARE_FLAGS(PracticeStandings, PracticeStanding)
Q_DECLARE_OPERATORS_FOR_FLAGS(PracticeStandings)

// From this FSRS-6 difficulty on (1 to 10) a question counts as weak.
inline constexpr double WeakDifficulty = 7;
// From this stability on (days until recall falls to 90 %) a question counts
// as confident.
inline constexpr double ConfidentStability = 21;

PracticeStandings practiceStandingOf(const std::optional<ReviewSchedule>& schedule,
                                     const QDateTime& now);

} // namespace ip
