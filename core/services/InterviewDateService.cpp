#include "services/InterviewDateService.h"

#include "model/Guide.h"
#include "services/PracticeService.h"
#include "storage/Database.h"
#include "storage/InterviewDateRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace ip {

InterviewDateService::InterviewDateService(Database& database, InterviewDateRepository& dates,
                                           PracticeService& practice)
    : m_database(database), m_dates(dates), m_practice(practice)
{
}

Result<void> InterviewDateService::load()
{
    auto dates = m_dates.all();
    if (!dates)
        return dates.error();
    m_practice.useInterviewDates(std::move(dates).value());
    return {};
}

Result<std::optional<QDate>> InterviewDateService::date(const QString& guideKey) const
{
    return m_dates.load(guideKey);
}

Result<QHash<QString, QDate>> InterviewDateService::all() const
{
    return m_dates.all();
}

Result<void> InterviewDateService::set(const QString& guideKey, const QDate& day)
{
    auto dates = m_dates.all();
    if (!dates)
        return dates.error();
    dates->insert(guideKey, day);
    return change(guideKey, std::move(dates).value(), [&] { return m_dates.save(guideKey, day); });
}

Result<void> InterviewDateService::clear(const QString& guideKey)
{
    auto dates = m_dates.all();
    if (!dates)
        return dates.error();
    dates->remove(guideKey);
    return change(guideKey, std::move(dates).value(), [&] { return m_dates.remove(guideKey); });
}

Result<std::optional<ReadinessReport>>
InterviewDateService::readiness(const Guide& guide, const QDate& today, double target)
{
    auto day = m_dates.load(guide.key);
    if (!day)
        return day.error();
    if (!day->has_value())
        return std::optional<ReadinessReport>();
    auto schedules = m_practice.schedulesForGuide(guide.key);
    if (!schedules)
        return schedules.error();
    return std::optional<ReadinessReport>(ReadinessCalculator(m_practice.scheduler(), target)
                                              .report(guide, *schedules, **day, today));
}

template <typename Write>
Result<void> InterviewDateService::change(const QString& guideKey, QHash<QString, QDate> dates,
                                          Write write)
{
    auto transaction =
        Transaction::begin(m_database, QCoreApplication::translate("InterviewDateService",
                                                                   "change the interview date"));
    if (!transaction)
        return transaction.error();
    if (auto done = write(); !done)
        return done;
    const QHash<QString, QDate> before = m_practice.interviewDates();
    auto rescheduled = m_practice.setInterviewDates(std::move(dates), guideKey);
    if (rescheduled)
        rescheduled = transaction->commit();
    // Rolled back: the schedules on disk are still the old dates' ones.
    if (!rescheduled)
        m_practice.useInterviewDates(before);
    return rescheduled;
}

} // namespace ip
