#include "services/Fsrs6.h"

#include <algorithm>
#include <cmath>

namespace ip {

namespace {

double boundedStability(double stability)
{
    return std::clamp(stability, Fsrs6::MinimumStability, Fsrs6::MaximumStability);
}

double boundedDifficulty(double difficulty)
{
    return std::clamp(difficulty, Fsrs6::MinimumDifficulty, Fsrs6::MaximumDifficulty);
}

int value(ReviewGrade grade)
{
    return static_cast<int>(grade);
}

} // namespace

Fsrs6::Fsrs6(const Parameters& parameters)
    : m_w(parameters), m_factor(std::pow(0.9, -1.0 / parameters[20]) - 1.0)
{
}

double Fsrs6::retrievability(double elapsedDays, double stability) const
{
    return std::pow(1.0 + m_factor * std::max(0.0, elapsedDays) / stability, -m_w[20]);
}

double Fsrs6::daysUntilRetention(double stability, double retention) const
{
    return stability / m_factor * (std::pow(retention, -1.0 / m_w[20]) - 1.0);
}

double Fsrs6::unclampedInitialDifficulty(ReviewGrade grade) const
{
    return m_w[4] - std::exp(m_w[5] * (value(grade) - 1)) + 1.0;
}

MemoryState Fsrs6::initialState(ReviewGrade grade) const
{
    return {boundedStability(m_w[std::size_t(value(grade) - 1)]),
            boundedDifficulty(unclampedInitialDifficulty(grade))};
}

double Fsrs6::nextDifficulty(double difficulty, ReviewGrade grade) const
{
    const double change = -m_w[6] * (value(grade) - 3);
    // Linear damping: the closer D is to 10, the less a bad grade adds.
    const double damped = difficulty + change * (10.0 - difficulty) / 9.0;
    // Mean reversion towards D0(Easy), so D does not stick at an extreme.
    const double reverted =
        m_w[7] * unclampedInitialDifficulty(ReviewGrade::Easy) + (1.0 - m_w[7]) * damped;
    return boundedDifficulty(reverted);
}

double Fsrs6::recallStability(double difficulty, double stability, double retrievability,
                              ReviewGrade grade) const
{
    const double hardPenalty = grade == ReviewGrade::Hard ? m_w[15] : 1.0;
    const double easyBonus = grade == ReviewGrade::Easy ? m_w[16] : 1.0;
    const double growth = std::exp(m_w[8]) * (11.0 - difficulty) * std::pow(stability, -m_w[9]) *
                          (std::exp(m_w[10] * (1.0 - retrievability)) - 1.0) * hardPenalty *
                          easyBonus;
    return boundedStability(stability * (1.0 + growth));
}

double Fsrs6::forgetStability(double difficulty, double stability, double retrievability) const
{
    const double longTerm = m_w[11] * std::pow(difficulty, -m_w[12]) *
                            (std::pow(stability + 1.0, m_w[13]) - 1.0) *
                            std::exp(m_w[14] * (1.0 - retrievability));
    const double sameDayCeiling = stability / std::exp(m_w[17] * m_w[18]);
    return boundedStability(std::min(longTerm, sameDayCeiling));
}

double Fsrs6::sameDayStability(double stability, ReviewGrade grade) const
{
    double growth =
        std::exp(m_w[17] * (value(grade) - 3 + m_w[18])) * std::pow(stability, -m_w[19]);
    if (grade == ReviewGrade::Good || grade == ReviewGrade::Easy)
        growth = std::max(growth, 1.0);
    return boundedStability(stability * growth);
}

MemoryState Fsrs6::afterReview(const MemoryState& state, double elapsedDays,
                               ReviewGrade grade) const
{
    // Both updates start from the state before the review: S uses the old D.
    const double recall = retrievability(elapsedDays, state.stability);
    const double stability =
        grade == ReviewGrade::Again
            ? forgetStability(state.difficulty, state.stability, recall)
            : recallStability(state.difficulty, state.stability, recall, grade);
    return {stability, nextDifficulty(state.difficulty, grade)};
}

MemoryState Fsrs6::afterSameDayReview(const MemoryState& state, ReviewGrade grade) const
{
    return {sameDayStability(state.stability, grade), nextDifficulty(state.difficulty, grade)};
}

} // namespace ip
