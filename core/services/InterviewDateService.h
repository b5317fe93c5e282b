#pragma once

#include "services/ReadinessReport.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

namespace ip {

struct Guide;
class Database;
class InterviewDateRepository;
class PracticeService;

// The candidate's interview date per guide. Setting or clearing one stores
// it and moves that guide's due days under the new cap (no review after the
// interview) in one transaction, so the date and the schedules never
// disagree.
class InterviewDateService {
public:
    InterviewDateService(Database& database, InterviewDateRepository& dates,
                         PracticeService& practice);

    // Hands the stored dates to practice, rewriting nothing: the stored
    // schedules were made with them. Called once the database is open.
    Result<void> load();

    // None when the guide has no date.
    Result<std::optional<QDate>> date(const QString& guideKey) const;
    // Every guide's date, by guide key.
    Result<QHash<QString, QDate>> all() const;

    // Sets or replaces the guide's date. A date in the past is accepted (it
    // caps nothing): the candidate may record the day they had.
    Result<void> set(const QString& guideKey, const QDate& day);
    // Clearing a guide without a date is not an error.
    Result<void> clear(const QString& guideKey);

    // The guide's readiness for its interview date as of `today` (see
    // ReadinessCalculator), from the current schedules; none when the guide
    // has no date.
    Result<std::optional<ReadinessReport>> readiness(const Guide& guide, const QDate& today,
                                                     double target = 0.9);

private:
    // Stores the change (done by `write`) and reschedules the guide with
    // `dates`, in one transaction; practice keeps its old dates on failure.
    template <typename Write>
    Result<void> change(const QString& guideKey, QHash<QString, QDate> dates, Write write);

    Database& m_database;
    InterviewDateRepository& m_dates;
    PracticeService& m_practice;
};

} // namespace ip
