#include "ui/progress/MockSummaryRow.h"

namespace ip {

QList<MockSummaryRow> mockSummaryRows(const QList<MockInterview>& interviews)
{
    QList<MockSummaryRow> rows;
    for (const MockInterview& interview : interviews) {
        if (!interview.isFinished())
            continue;
        MockSummaryRow row;
        row.when = interview.startedAt;
        double seconds = 0;
        for (const MockInterviewQuestion& question : interview.questions) {
            if (!question.answered)
                continue;
            ++row.questions;
            seconds += question.secondsTaken;
            row.overTimeCount += question.isOverTime() ? 1 : 0;
        }
        row.meanSecondsPerQuestion = row.questions > 0 ? seconds / row.questions : 0;
        row.meanGrade = interview.meanGrade().value_or(0);
        rows.append(row);
    }
    return rows;
}

} // namespace ip
