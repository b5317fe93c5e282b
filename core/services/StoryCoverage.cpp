#include "services/StoryCoverage.h"

namespace ip {

bool StoryCoverage::isStoryCategory(const QString& category)
{
    return category.contains(QLatin1String("behavioral"), Qt::CaseInsensitive) ||
           category.contains(QLatin1String("behavioural"), Qt::CaseInsensitive) ||
           category.contains(QLatin1String("situational"), Qt::CaseInsensitive);
}

StoryCoverage StoryCoverage::compute(const Guide& guide, const QList<StarStory>& stories)
{
    StoryCoverage coverage;
    for (const Question& question : guide.questions) {
        if (!isStoryCategory(question.category))
            continue;
        Row row{question, {}};
        const QuestionRef ref = guide.refOf(question);
        for (const StarStory& story : stories) {
            if (story.questions.contains(ref))
                row.stories << story;
        }
        coverage.m_rows << row;
    }
    for (const StarStory& story : stories) {
        if (story.questions.size() > MaxQuestionsPerStory)
            coverage.m_overused << story;
    }
    return coverage;
}

int StoryCoverage::coveredCount() const
{
    int covered = 0;
    for (const Row& row : m_rows)
        covered += row.stories.isEmpty() ? 0 : 1;
    return covered;
}

} // namespace ip
