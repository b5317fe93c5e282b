#pragma once

#include <QDateTime>
#include <QString>

namespace ip {

// Self-grades given in practice, on keys 1 to 4.
enum class ReviewGrade { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// One practice answer: when, how the candidate graded it, how long it took.
struct ReviewLogEntry {
    QString guideKey;
    QString questionKey;
    QDateTime reviewedAt; // UTC, millisecond precision; with the keys it identifies the entry
    int grade = static_cast<int>(ReviewGrade::Good); // 1 to 4
    double seconds = 0;

    friend bool operator==(const ReviewLogEntry&, const ReviewLogEntry&) = default;
};

} // namespace ip
