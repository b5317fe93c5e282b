#pragma once

#include "model/Guide.h"
#include "model/MockInterview.h"

#include <QCoreApplication>
#include <QString>

namespace ip {

// A mock interview as a Markdown document to keep or share: a title with
// its date, the figures (questions, time against the boxes, mean grade), and
// for each question the prompt, the time taken against its box, the
// candidate's outline, the grade and the guide's model answer.
//
// The prompt, the outline and the guide's title are plain text and are
// escaped so they render as typed; the model answer is the guide's own
// Markdown and is written as it is. A question no longer in the guide keeps
// its prompt as asked and says its answer is not available.
class MockInterviewMarkdown {
    Q_DECLARE_TR_FUNCTIONS(MockInterviewMarkdown)

public:
    static QString toMarkdown(const MockInterview& interview, const Guide& guide);

    // "4:05": minutes and seconds.
    static QString duration(double seconds);
    // "3 (Good)".
    static QString gradeText(int grade);
};

} // namespace ip
