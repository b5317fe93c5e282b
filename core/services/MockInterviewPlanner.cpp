#include "services/MockInterviewPlanner.h"

#include "model/Guide.h"

#include <QRandomGenerator>
#include <algorithm>

namespace ip {

int MockInterviewMix::total() const
{
    int sum = 0;
    for (const Share& share : shares)
        sum += share.count;
    return sum;
}

int MockInterviewMix::count(const QString& category) const
{
    for (const Share& share : shares) {
        if (share.category == category)
            return share.count;
    }
    return 0;
}

int MockInterviewPlan::timeBoxSeconds() const
{
    int total = 0;
    for (const MockInterviewPlanItem& item : questions)
        total += item.timeBoxSeconds;
    return total;
}

int MockInterviewPlanner::timeBoxSeconds(const QString& category)
{
    // "Behavioral", "Behavioural Questions", "behavioral-leadership".
    return category.contains(QLatin1String("behavio"), Qt::CaseInsensitive)
               ? BehavioralTimeBoxSeconds
               : OtherTimeBoxSeconds;
}

namespace {

// The guide's questions per category, in the guide's category order (a
// category named only by its questions comes after the listed ones).
QList<std::pair<QString, QList<const Question*>>> questionsByCategory(const Guide& guide)
{
    QList<std::pair<QString, QList<const Question*>>> byCategory;
    auto find = [&](const QString& category) -> QList<const Question*>* {
        for (auto& [name, questions] : byCategory) {
            if (name == category)
                return &questions;
        }
        return nullptr;
    };
    for (const QString& category : guide.categories) {
        if (!find(category))
            byCategory.append({category, {}});
    }
    for (const Question& question : guide.questions) {
        QList<const Question*>* questions = find(question.category);
        if (!questions) {
            byCategory.append({question.category, {}});
            questions = &byCategory.last().second;
        }
        questions->append(&question);
    }
    byCategory.removeIf([](const auto& category) { return category.second.isEmpty(); });
    return byCategory;
}

} // namespace

MockInterviewMix MockInterviewPlanner::defaultMix(const Guide& guide, int minutes)
{
    const auto byCategory = questionsByCategory(guide);
    MockInterviewMix mix;
    for (const auto& [category, questions] : byCategory)
        mix.shares.append({category, 0});
    int secondsLeft = std::max(0, minutes) * 60;
    while (true) {
        // The category furthest below its share (count / size smallest),
        // the first in guide order on a tie.
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < byCategory.size(); ++i) {
            const int size = int(byCategory.at(i).second.size());
            const int count = mix.shares.at(i).count;
            if (count >= size || timeBoxSeconds(byCategory.at(i).first) > secondsLeft)
                continue;
            if (chosen < 0) {
                chosen = i;
                continue;
            }
            const int chosenSize = int(byCategory.at(chosen).second.size());
            // count/size < chosenCount/chosenSize, without division.
            if (qint64(count) * chosenSize < qint64(mix.shares.at(chosen).count) * size)
                chosen = i;
        }
        if (chosen < 0)
            return mix;
        ++mix.shares[chosen].count;
        secondsLeft -= timeBoxSeconds(byCategory.at(chosen).first);
    }
}

MockInterviewPlan MockInterviewPlanner::plan(const Guide& guide, int minutes,
                                             const MockInterviewMix& mix,
                                             const QHash<QString, double>& recall, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QList<const Question*>> chosen;
    for (auto [category, questions] : questionsByCategory(guide)) {
        const int wanted = std::min(mix.count(category), int(questions.size()));
        if (wanted <= 0)
            continue;
        // Shuffled, then stably sorted by recall: equal recall (every
        // question never practised) keeps the shuffle's order.
        std::shuffle(questions.begin(), questions.end(), random);
        std::stable_sort(questions.begin(), questions.end(),
                         [&](const Question* a, const Question* b) {
                             return recall.value(a->key, 0.0) < recall.value(b->key, 0.0);
                         });
        chosen.append(questions.first(wanted));
    }
    MockInterviewPlan plan;
    plan.guideKey = guide.key;
    plan.minutes = minutes;
    for (qsizetype round = 0;; ++round) {
        bool any = false;
        for (const QList<const Question*>& questions : std::as_const(chosen)) {
            if (round >= questions.size())
                continue;
            const Question* question = questions.at(round);
            plan.questions.append({question->key, question->category, question->prompt,
                                   timeBoxSeconds(question->category)});
            any = true;
        }
        if (!any)
            return plan;
    }
}

} // namespace ip
