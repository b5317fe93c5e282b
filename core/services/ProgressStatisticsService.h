#pragma once

#include "services/ReadinessReport.h"
#include "services/ReviewStatistics.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace ip {

struct Guide;
class PracticeService;
class ReviewRepository;

// The practice of one guide over the last weeks: reviews per day and the
// streak they make.
struct ReviewActivity {
    // One entry per day, oldest first, the last one today.
    QList<statistics::DayCount> days;
    // Days in a row with a review up to today (or yesterday), counted as far
    // back as the log goes, not only over `days`.
    int streak = 0;
};

// The figures of the Progress screen, read from the review log and the
// schedules: what the candidate did, what is coming, and how much they would
// recall on a day. Days are the candidate's calendar days in `zone` (the
// system's by default); the clock is the caller's.
class ProgressStatisticsService {
public:
    ProgressStatisticsService(ReviewRepository& reviews, PracticeService& practice,
                              QTimeZone zone = QTimeZone::systemTimeZone());

    const QTimeZone& timeZone() const { return m_zone; }

    // The guide's reviews on each of the `days` days ending on the day of
    // `now`, and the current streak.
    Result<ReviewActivity> activity(const QString& guideKey, const QDateTime& now, int days) const;
    // The same over several guides' reviews together (All guides).
    Result<ReviewActivity> activity(const QStringList& guideKeys, const QDateTime& now,
                                    int days) const;

    // How many of the guide's questions come due on each of the `days` days
    // from today on; those already due count on today. Schedules of
    // questions no longer in the guide are left out.
    Result<QList<statistics::DayCount>> dueForecast(const Guide& guide, const QDateTime& now,
                                                    int days);

    // The guide's mean predicted recall on `day` per category and overall
    // (see ReadinessCalculator), as of `today`: readiness for the interview
    // when `day` is its date, the recall of today when it is today.
    Result<ReadinessReport> recallOn(const Guide& guide, const QDate& day, const QDate& today);

private:
    Result<QList<QDateTime>> reviewTimes(const QStringList& guideKeys, const QDateTime& from,
                                         const QDateTime& until) const;

    ReviewRepository& m_reviews;
    PracticeService& m_practice;
    QTimeZone m_zone;
};

} // namespace ip
