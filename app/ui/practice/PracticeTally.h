#pragma once

#include "model/ReviewLogEntry.h"

#include <QSet>
#include <QString>
#include <array>

namespace ip {

// What one practice session has done so far, for the summary at its end:
// which questions were graded, how often each grade was given (a question
// graded Again and later Good counts once for each), and the time taken.
class PracticeTally {
public:
    void add(const QString& questionKey, ReviewGrade grade, double seconds);

    int questionCount() const { return int(m_questions.size()); }
    int gradeCount(ReviewGrade grade) const { return m_byGrade[static_cast<int>(grade) - 1]; }
    double seconds() const { return m_seconds; }
    bool isEmpty() const { return m_questions.isEmpty(); }

    // "You reviewed 5 questions in 3 min 20 s: Again 1, Good 4."
    QString summary() const;

private:
    QSet<QString> m_questions;
    std::array<int, 4> m_byGrade{};
    double m_seconds = 0;
};

// The grade's name on its button and in the summary ("Good").
QString gradeName(ReviewGrade grade);
// A length of time as a person says it: "42 s", "3 min 20 s", "1 h 05 min".
QString durationText(double seconds);
// An interval, short as on Anki's buttons: "3 d", "1.5 mo", "1 y".
QString intervalText(int days);

} // namespace ip
