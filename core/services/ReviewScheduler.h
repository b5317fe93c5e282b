#pragma once

#include "model/QuestionRef.h"
#include "model/ReviewLogEntry.h"
#include "model/ReviewSchedule.h"
#include "services/Fsrs6.h"

#include <QDate>
#include <QTimeZone>
#include <functional>
#include <optional>

namespace ip {

struct SchedulerSettings {
    // The recall probability a question is due at (the app offers 0.70-0.97).
    double desiredRetention = 0.9;
    int maximumIntervalDays = 365;
    // Whose calendar days are counted. FSRS counts days in the user's day:
    // two reviews on the same date here are a same-day review, and the
    // elapsed time of the others is the number of dates between them. UTC by
    // default, so a log replays to the same schedule on every machine.
    QTimeZone timeZone = QTimeZone::utc();
    Fsrs6::Parameters parameters = Fsrs6::DefaultParameters;
};

// A limit on a question's next interval, applied after FSRS-6's own (the
// interview date: nothing may be due after it). Given the question, the day
// of its last review and FSRS-6's interval in days, returns the interval to
// use, at least 1. It changes due dates only, never the memory state.
using IntervalCap =
    std::function<int(const QuestionRef& question, const QDate& reviewDay, int intervalDays)>;

// Turns reviews into schedules: FSRS-6 on calendar days, the interval for the
// desired retention, the due day. Deterministic (no fuzz).
class ReviewScheduler {
public:
    explicit ReviewScheduler(SchedulerSettings settings = {}, IntervalCap cap = {});

    const SchedulerSettings& settings() const { return m_settings; }
    const Fsrs6& model() const { return m_model; }
    // The cap it was made with (none when empty).
    const IntervalCap& cap() const { return m_cap; }

    // The calendar day of a time, in the settings' time zone.
    QDate dayOf(const QDateTime& time) const;

    // The schedule after `review`, from the one before it (none for a
    // question never reviewed). The review must not be older than the last
    // one; ReviewScheduleReplay sorts a log first.
    ReviewSchedule next(const std::optional<ReviewSchedule>& current,
                        const ReviewLogEntry& review) const;

    // FSRS-6's interval for a stability, in whole days: rounded (half away
    // from zero), then within [1, maximumIntervalDays]. Without the cap.
    int intervalDays(double stability) const;
    // The same memory state with its interval and due day worked out again
    // under these settings and cap (after the desired retention, the
    // maximum or the interview date changed).
    ReviewSchedule rescheduled(ReviewSchedule schedule) const;

    // The probability of recalling the question on `day` (FSRS-6's curve at
    // the whole days since its last review); 0 when never reviewed.
    double retrievabilityOn(const ReviewSchedule& schedule, const QDate& day) const;

private:
    // The start of a day in the settings' time zone, in UTC.
    QDateTime startOf(const QDate& day) const;

    SchedulerSettings m_settings;
    IntervalCap m_cap;
    Fsrs6 m_model;
    bool m_utc; // counting days needs no time zone conversion
};

} // namespace ip
