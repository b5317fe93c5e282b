#pragma once

#include <QDateTime>
#include <QString>

namespace ip {

// The spaced-repetition state of one question, as FSRS-6 leaves it after the
// question's last review. It is derived from the review log (the truth) by
// ReviewScheduler in core/services; storage keeps it so that today's queue
// needs no replay.
struct ReviewSchedule {
    QString guideKey;
    QString questionKey;
    double stability = 0;     // days until recall falls to 90%
    double difficulty = 0;    // 1 (easy) to 10
    int intervalDays = 0;     // whole days from the last review's day to the due day
    QDateTime dueAt;          // UTC: the start of the due day
    QDateTime lastReviewedAt; // UTC
    int reviews = 0;
    int lapses = 0;    // Again on a later day than the review before
    int lastGrade = 0; // 1 to 4

    friend bool operator==(const ReviewSchedule&, const ReviewSchedule&) = default;
};

} // namespace ip
