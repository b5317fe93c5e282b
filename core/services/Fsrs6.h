#pragma once

#include "model/ReviewLogEntry.h"

#include <array>

namespace ip {

// A question's memory in FSRS-6: stability S, the days until recall falls to
// 90%, and difficulty D, from 1 (easy) to 10.
struct MemoryState {
    double stability = 0;
    double difficulty = 0;

    friend bool operator==(const MemoryState&, const MemoryState&) = default;
};

// The FSRS-6 memory model (open-spaced-repetition, "The Algorithm", FSRS-6),
// exactly as published: the formulas and nothing else. No dates, no fuzz, no
// learning steps; ReviewScheduler turns review times into the elapsed days
// these functions take. tests/services/fsrs6_reference.py is an independent
// second implementation that the tests check this one against.
class Fsrs6 {
public:
    static constexpr int ParameterCount = 21;
    using Parameters = std::array<double, ParameterCount>;
    // The published FSRS-6 defaults, w0 to w20.
    static constexpr Parameters DefaultParameters{
        0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    // The bounds the reference implementations keep S and D within: a
    // stability of zero would make retrievability undefined.
    static constexpr double MinimumStability = 0.001;
    static constexpr double MaximumStability = 36500;
    static constexpr double MinimumDifficulty = 1;
    static constexpr double MaximumDifficulty = 10;

    explicit Fsrs6(const Parameters& parameters = DefaultParameters);

    const Parameters& parameters() const { return m_w; }
    // w20: how fast the forgetting curve flattens.
    double decay() const { return m_w[20]; }
    // 0.9^(-1/w20) - 1, so that R(S, S) = 0.9 for every w20.
    double factor() const { return m_factor; }

    // R(t, S) = (1 + factor * t / S)^(-w20): the probability of recall t days
    // after a review that left stability S.
    double retrievability(double elapsedDays, double stability) const;
    // The days t at which R(t, S) falls to `retention`, unrounded.
    double daysUntilRetention(double stability, double retention) const;

    // S0(G) = w[G-1]; D0(G) = w4 - e^(w5 (G-1)) + 1, clamped to [1, 10].
    MemoryState initialState(ReviewGrade grade) const;
    // D0(G) before clamping: mean reversion aims at the unclamped D0(Easy).
    double unclampedInitialDifficulty(ReviewGrade grade) const;

    // D' = D - w6 (G-3) (10-D)/9, then w7 D0(Easy) + (1-w7) D', in [1, 10].
    double nextDifficulty(double difficulty, ReviewGrade grade) const;
    // After a successful recall (Hard, Good, Easy) on a later day.
    double recallStability(double difficulty, double stability, double retrievability,
                           ReviewGrade grade) const;
    // After a lapse (Again) on a later day: the long-term formula, never more
    // than S / e^(w17 w18), what a same-day Again would leave.
    double forgetStability(double difficulty, double stability, double retrievability) const;
    // A second review on the same day: S e^(w17 (G-3+w18)) S^(-w19); Good
    // and Easy never lower S.
    double sameDayStability(double stability, ReviewGrade grade) const;

    // The state after a review `elapsedDays` (>= 1) after the last one.
    MemoryState afterReview(const MemoryState& state, double elapsedDays, ReviewGrade grade) const;
    // The state after another review on the same day.
    MemoryState afterSameDayReview(const MemoryState& state, ReviewGrade grade) const;

private:
    Parameters m_w;
    double m_factor;
};

} // namespace ip
