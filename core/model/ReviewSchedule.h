#pragma once

#include <QDateTime>
#include <QString>

namespace ip {

// The spaced-repetition state of one question. Storage keeps it as the
// scheduler left it; the scheduling rules live in core/services.
struct ReviewSchedule {
    QString guideKey;
    QString questionKey;
    QDateTime dueAt; // UTC
    double intervalDays = 0;
    double ease = 2.5;
    int repetitions = 0;
    int lapses = 0;
    QDateTime lastReviewedAt; // UTC, invalid when never reviewed

    friend bool operator==(const ReviewSchedule&, const ReviewSchedule&) = default;
};

} // namespace ip
