#pragma once

#include "model/ReviewSchedule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <optional>

// What the Progress screen counts from the review log and the schedules:
// reviews per day, the streak, the reviews coming due. Pure functions: the
// caller reads the log and gives the clock and the time zone, so a day is
// the candidate's own calendar day (the log stores UTC).
namespace ip::statistics {

// One calendar day and how many of something fell on it.
struct DayCount {
    QDate day;
    int count = 0;

    friend bool operator==(const DayCount&, const DayCount&) = default;
};

// The reviews given on each day from `first` to `last` (both included), in
// `zone`'s calendar: one entry per day, oldest first, days without reviews
// as 0. Times outside the range are left out; empty when last < first.
QList<DayCount> reviewsPerDay(const QList<QDateTime>& reviewTimes, const QDate& first,
                              const QDate& last, const QTimeZone& zone);

// The days in a row with at least one review, ending today, or ending
// yesterday when there is none yet today (the day is not over: the streak
// still stands). 0 when neither today nor yesterday had one. `reviewDays`
// in any order, repeats allowed.
int currentStreak(const QList<QDate>& reviewDays, const QDate& today);

// The calendar day (in `zone`) of each time.
QList<QDate> daysOf(const QList<QDateTime>& times, const QTimeZone& zone);

// How many schedules come due on each of the `days` days from the day of
// `now` on (in `zone`): a schedule comes due on the day its due time falls
// in; one already due (overdue too) counts on today, as it is waiting now.
// Due times after the last day are left out.
QList<DayCount> dueForecast(const QList<ReviewSchedule>& schedules, const QDateTime& now, int days,
                            const QTimeZone& zone);

// The total and the busiest day of a range (the earliest of equal ones;
// none when every day is 0).
struct DayCountSummary {
    int total = 0;
    int activeDays = 0; // days with at least one
    std::optional<DayCount> busiest;
};
DayCountSummary summarize(const QList<DayCount>& days);

} // namespace ip::statistics
