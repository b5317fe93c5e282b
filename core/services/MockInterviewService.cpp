#include "services/MockInterviewService.h"

#include "model/Guide.h"
#include "services/MockInterviewMarkdown.h"
#include "services/OutputFile.h"
#include "services/PracticeService.h"
#include "storage/Database.h"
#include "storage/MockInterviewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace ip {

namespace {

// Stored to the millisecond, like every other time.
QDateTime storedTime(const QDateTime& at)
{
    const QDateTime time = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

MockInterviewService::MockInterviewService(Database& database, MockInterviewRepository& interviews,
                                           PracticeService& practice)
    : m_database(database), m_interviews(interviews), m_practice(practice)
{
}

Result<MockInterviewPlan> MockInterviewService::plan(const Guide& guide, int minutes,
                                                     const MockInterviewMix& mix, quint32 seed,
                                                     const QDateTime& now)
{
    auto schedules = m_practice.schedulesForGuide(guide);
    if (!schedules)
        return schedules.error();
    const ReviewScheduler& scheduler = m_practice.scheduler();
    const QDate today = scheduler.dayOf(storedTime(now));
    QHash<QString, double> recall;
    for (const ReviewSchedule& schedule : std::as_const(*schedules))
        recall.insert(schedule.questionKey, scheduler.retrievabilityOn(schedule, today));
    return MockInterviewPlanner::plan(guide, minutes, mix, recall, seed);
}

Result<MockInterview> MockInterviewService::start(const MockInterviewPlan& plan,
                                                  const QDateTime& at)
{
    if (plan.questions.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("Could not start the mock interview: it has no "
                            "questions. Choose at least one."));
    MockInterview interview;
    interview.guideKey = plan.guideKey;
    interview.startedAt = storedTime(at);
    interview.plannedMinutes = plan.minutes;
    for (const MockInterviewPlanItem& item : plan.questions) {
        MockInterviewQuestion question;
        question.position = int(interview.questions.size());
        question.questionKey = item.questionKey;
        question.category = item.category;
        question.prompt = item.prompt;
        question.timeBoxSeconds = item.timeBoxSeconds;
        interview.questions.append(question);
    }
    auto id = m_interviews.create(interview);
    if (!id)
        return id.error();
    interview.id = *id;
    return interview;
}

Result<void> MockInterviewService::saveOutline(qint64 mockId, int position, const QString& text,
                                               double secondsTaken)
{
    return m_interviews.saveOutline(mockId, position, text, secondsTaken);
}

Result<void> MockInterviewService::answer(qint64 mockId, int position, const QString& text,
                                          double secondsTaken)
{
    auto transaction = Transaction::begin(
        m_database, QCoreApplication::translate("MockInterviewService", "save the answer"));
    if (!transaction)
        return transaction.error();
    if (auto done = m_interviews.saveOutline(mockId, position, text, secondsTaken); !done)
        return done;
    if (auto done = m_interviews.markAnswered(mockId, position, secondsTaken); !done)
        return done;
    return transaction->commit();
}

Result<void> MockInterviewService::finish(qint64 mockId, const QDateTime& at)
{
    return m_interviews.finish(mockId, storedTime(at));
}

Result<MockInterview> MockInterviewService::grade(qint64 mockId, int position, ReviewGrade grade,
                                                  const QDateTime& at)
{
    auto interview = load(mockId);
    if (!interview)
        return interview.error();
    if (position < 0 || position >= interview->questions.size())
        return makeError(ErrorKind::NotFound,
                         tr("Could not grade the question: the mock interview has "
                            "no question %1. Nothing was changed.")
                             .arg(position + 1));
    if (!interview->isFinished())
        return makeError(ErrorKind::InvalidInput,
                         tr("Could not grade the question: the mock interview is "
                            "still running. Finish it first. Nothing was changed."));
    MockInterviewQuestion& question = interview->questions[position];
    if (!question.answered)
        return makeError(ErrorKind::InvalidInput,
                         tr("Could not grade the question: the mock interview ended "
                            "before it was asked. Nothing was changed."));
    // A second grade goes to the time of the first, so its log entry is
    // replaced and the question's history replayed, not answered twice.
    const QDateTime gradedAt = question.gradedAt.isValid() ? question.gradedAt : storedTime(at);
    auto transaction = Transaction::begin(
        m_database,
        QCoreApplication::translate("MockInterviewService", "grade the mock interview question"));
    if (!transaction)
        return transaction.error();
    if (auto recorded =
            m_practice.record(interview->refOf(question), grade, question.secondsTaken, gradedAt);
        !recorded)
        return recorded.error();
    if (auto done = m_interviews.saveGrade(mockId, position, static_cast<int>(grade), gradedAt);
        !done)
        return done.error();
    if (auto done = transaction->commit(); !done)
        return done.error();
    question.grade = static_cast<int>(grade);
    question.gradedAt = gradedAt;
    return interview;
}

Result<MockInterview> MockInterviewService::load(qint64 mockId) const
{
    auto found = m_interviews.load(mockId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorKind::NotFound, tr("That mock interview is not in the database."));
    return **found;
}

Result<QList<MockInterview>> MockInterviewService::history(const QString& guideKey) const
{
    return m_interviews.forGuide(guideKey);
}

Result<QList<MockInterview>> MockInterviewService::history(const Guide& guide) const
{
    QStringList keys = guide.guideKeys();
    if (guide.isCombined())
        keys << Guide::AllGuidesKey;
    QList<MockInterview> interviews;
    for (const QString& guideKey : std::as_const(keys)) {
        auto read = history(guideKey);
        if (!read)
            return read.error();
        interviews += *read;
    }
    if (keys.size() > 1)
        std::stable_sort(interviews.begin(), interviews.end(),
                         [](const MockInterview& a, const MockInterview& b) {
                             return a.startedAt != b.startedAt ? a.startedAt > b.startedAt
                                                               : a.id > b.id;
                         });
    return interviews;
}

Result<QString> MockInterviewService::exportMarkdown(qint64 mockId, const Guide& guide) const
{
    auto interview = load(mockId);
    if (!interview)
        return interview.error();
    return MockInterviewMarkdown::toMarkdown(*interview, guide);
}

Result<void> MockInterviewService::writeMarkdown(qint64 mockId, const Guide& guide,
                                                 const QString& path) const
{
    auto markdown = exportMarkdown(mockId, guide);
    if (!markdown)
        return markdown.error();
    return OutputFile::write(path, markdown->toUtf8());
}

} // namespace ip
