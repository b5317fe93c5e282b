#pragma once

#include "model/MockInterview.h"

#include <QDateTime>
#include <QList>

namespace ip {

// One past mock interview as the Progress screen lists it. Filled by whoever
// reads the mock interview history (see ProgressScreen::setMockHistory).
struct MockSummaryRow {
    QDateTime when; // the start
    int questions = 0;
    double meanSecondsPerQuestion = 0;
    int overTimeCount = 0; // questions answered past their time box
    double meanGrade = 0;  // 1 to 4; 0 while none is graded

    friend bool operator==(const MockSummaryRow&, const MockSummaryRow&) = default;
};

// The finished interviews as rows, in the order given. Only the questions
// asked count (not those the interview ended before); the mean grade is over
// those graded.
QList<MockSummaryRow> mockSummaryRows(const QList<MockInterview>& interviews);

} // namespace ip
