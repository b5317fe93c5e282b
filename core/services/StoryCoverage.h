#pragma once

#include "model/Guide.h"
#include "model/StarStory.h"

#include <QList>

namespace ip {

// Which of the guide's behavioral and situational questions have a story
// that answers them, and which stories are stretched over too many.
class StoryCoverage {
public:
    // Beyond this many questions one story starts to sound rehearsed: the
    // interviewer may hear it twice, and it fits some of them poorly.
    static constexpr int MaxQuestionsPerStory = 4;

    struct Row {
        Question question;
        QList<StarStory> stories; // oldest first
    };

    // "Behavioral", "Situational Questions": the categories a STAR story
    // answers.
    static bool isStoryCategory(const QString& category);

    static StoryCoverage compute(const Guide& guide, const QList<StarStory>& stories);

    const QList<Row>& rows() const { return m_rows; }
    int coveredCount() const;
    int uncoveredCount() const { return int(m_rows.size()) - coveredCount(); }
    // Stories linked to more than MaxQuestionsPerStory questions.
    const QList<StarStory>& overused() const { return m_overused; }

private:
    QList<Row> m_rows;
    QList<StarStory> m_overused;
};

} // namespace ip
