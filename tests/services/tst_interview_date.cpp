// The interview date: stored per guide in a real SQLite file, it caps every
// interval so that no review falls after the interview, and readiness is the
// FSRS-6 recall on the day. Numbers pinned from tests/services/fsrs6_reference.py.
#include "VerifyOk.h"
#include "model/Guide.h"
#include "services/InterviewDateCap.h"
#include "services/InterviewDateService.h"
#include "services/PracticeService.h"
#include "services/ReadinessReport.h"
#include "services/StudyData.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {

const QString GuideKey = QStringLiteral("machine-learning-engineer");
const QString OtherGuideKey = QStringLiteral("data-engineer");
const QuestionRef Overfitting{GuideKey, QStringLiteral("overfitting")};
const QuestionRef Bias{GuideKey, QStringLiteral("bias-variance")};
const QuestionRef Pipelines{OtherGuideKey, QStringLiteral("pipelines")};
const QDate Monday(2026, 3, 2);
const QDateTime MondayEvening(Monday, QTime(19, 30), QTimeZone::utc());

Guide twoCategoryGuide(int questionsEach)
{
    Guide guide;
    guide.key = GuideKey;
    guide.categories = {QStringLiteral("Technical"), QStringLiteral("Behavioral")};
    for (const QString& category : std::as_const(guide.categories)) {
        for (int i = 0; i < questionsEach; ++i) {
            Question question;
            question.key = category.toLower() + QString::number(i);
            question.category = category;
            guide.questions.append(question);
        }
    }
    return guide;
}

ReviewSchedule goodOn(const ReviewScheduler& scheduler, const QString& questionKey,
                      const QDateTime& at)
{
    return scheduler.next(std::nullopt, {GuideKey, questionKey, at, 3, 30});
}

} // namespace

class InterviewDateTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void capEndsTheDayBefore_data();
    void capEndsTheDayBefore();
    void capNeverLetsADueDatePassTheInterview();
    void dateIsStoredAndReschedulesOnlyItsGuide();
    void recallOnTheDayIsFsrs6Retrievability();
    void listReachesTargetOrIsEverything_data();
    void listReachesTargetOrIsEverything();
    void finalWeekPutsTheWeakestFirst();
};

void InterviewDateTest::capEndsTheDayBefore_data()
{
    QTest::addColumn<int>("daysToInterview");
    QTest::addColumn<int>("fsrsInterval");
    QTest::addColumn<int>("expected");
    QTest::newRow("short interval kept") << 30 << 5 << 5;
    QTest::newRow("long interval ends the day before") << 30 << 40 << 29;
    QTest::newRow("interval landing on the day moves back one") << 30 << 30 << 29;
    QTest::newRow("two days ahead: tomorrow") << 2 << 10 << 1;
    QTest::newRow("the day before: the day itself") << 1 << 10 << 1;
    QTest::newRow("on the day: FSRS-6's own") << 0 << 10 << 10;
    QTest::newRow("interview past: FSRS-6's own") << -3 << 10 << 10;
}

void InterviewDateTest::capEndsTheDayBefore()
{
    QFETCH(int, daysToInterview);
    QFETCH(int, fsrsInterval);
    QFETCH(int, expected);
    QCOMPARE(intervalBeforeInterview(Monday.addDays(daysToInterview), Monday, fsrsInterval),
             expected);
}

void InterviewDateTest::capNeverLetsADueDatePassTheInterview()
{
    // Every grade sequence of a question over 40 days of daily chances: while
    // the interview is ahead, the due day is never after it.
    const QDate interview = Monday.addDays(40);
    const ReviewScheduler scheduler({}, interviewDateCap({{GuideKey, interview}}));
    for (int grade = 1; grade <= 4; ++grade) {
        std::optional<ReviewSchedule> schedule;
        QDateTime at = MondayEvening;
        while (at.date() < interview) {
            schedule = scheduler.next(schedule, {GuideKey, Overfitting.questionKey, at, grade, 20});
            const QDate due = schedule->dueAt.date();
            QVERIFY2(due <= interview, qPrintable(due.toString(Qt::ISODate)));
            if (at.date() < interview.addDays(-1))
                QVERIFY(due < interview);
            at = schedule->dueAt.addSecs(3600 * 20);
        }
    }
}

void InterviewDateTest::dateIsStoredAndReschedulesOnlyItsGuide()
{
    QTemporaryDir dir;
    const QDate interview = Monday.addDays(20);
    int uncappedInterval = 0;
    {
        auto data = StudyData::open(dir.path());
        IP_VERIFY_OK(data);
        PracticeService& practice = (*data)->practice();
        // Easy twice: FSRS-6's interval is well past 20 days.
        IP_VERIFY_OK(practice.record(Overfitting, ReviewGrade::Easy, 10, MondayEvening));
        IP_VERIFY_OK(practice.record(Overfitting, ReviewGrade::Easy, 10, MondayEvening.addDays(9)));
        IP_VERIFY_OK(practice.record(Pipelines, ReviewGrade::Easy, 10, MondayEvening));
        const auto before = practice.schedule(Overfitting);
        uncappedInterval = (*before)->intervalDays;
        QVERIFY(uncappedInterval > 11);
        const auto otherBefore = practice.schedule(Pipelines);

        InterviewDateService& dates = (*data)->interviewDates();
        QVERIFY(!dates.date(GuideKey)->has_value());
        IP_VERIFY_OK(dates.set(GuideKey, interview));
        QCOMPARE(*dates.date(GuideKey), std::optional<QDate>(interview));
        const auto capped = practice.schedule(Overfitting);
        QCOMPARE((*capped)->dueAt.date(), interview.addDays(-1));
        QCOMPARE((*capped)->stability, (*before)->stability);
        QCOMPARE(*practice.schedule(Pipelines), *otherBefore);

        // A grade after the date was set is capped too.
        const auto next = practice.record(Bias, ReviewGrade::Easy, 10, MondayEvening.addDays(15));
        IP_VERIFY_OK(next);
        QVERIFY(next->dueAt.date() < interview);
    }
    {
        // Reopened from the file: the date is there and practice uses it.
        auto data = StudyData::open(dir.path());
        IP_VERIFY_OK(data);
        QCOMPARE(*(*data)->interviewDates().date(GuideKey), std::optional<QDate>(interview));
        QCOMPARE((*data)->practice().interviewDates().value(GuideKey), interview);
        IP_VERIFY_OK((*data)->interviewDates().clear(GuideKey));
        QVERIFY(!(*data)->interviewDates().date(GuideKey)->has_value());
        QCOMPARE((*(*data)->practice().schedule(Overfitting))->intervalDays, uncappedInterval);
        IP_VERIFY_OK((*data)->interviewDates().clear(GuideKey)); // nothing to clear is fine
    }
}

void InterviewDateTest::recallOnTheDayIsFsrs6Retrievability()
{
    const ReviewScheduler scheduler;
    Guide guide = twoCategoryGuide(1); // technical0, behavioral0
    const QList<ReviewSchedule> schedules{
        goodOn(scheduler, QStringLiteral("technical0"), MondayEvening)};
    const ReadinessReport report = ReadinessCalculator(scheduler).report(
        guide, schedules, Monday.addDays(10), Monday.addDays(1));
    QCOMPARE(report.questions.size(), 2);
    // R(10, S0(Good) = 2.3065), and the gain of a Good tomorrow.
    QVERIFY(qAbs(report.questions[0].recallOnTheDay - 0.7743669168) < 1e-9);
    QVERIFY(qAbs(report.questions[0].gain - 0.1107740428) < 1e-9);
    // Never reviewed: 0 on the day; a first Good tomorrow gives R(9, 2.3065).
    QCOMPARE(report.questions[1].recallOnTheDay, 0.0);
    QVERIFY(qAbs(report.questions[1].gain - 0.7845130366) < 1e-9);
    QCOMPARE(report.categories.size(), 2);
    QCOMPARE(report.categories[0].category, QStringLiteral("Technical"));
    QVERIFY(qAbs(report.categories[0].readiness - 0.7743669168) < 1e-9);
    QCOMPARE(report.categories[1].readiness, 0.0);
    QVERIFY(qAbs(report.overall - 0.7743669168 / 2) < 1e-9);
    QCOMPARE(report.daysLeft(), 9);
    // One round of Good reviews tomorrow: R(9) of the reviewed question's
    // next state and R(9, 2.3065) for the new one, averaged.
    QVERIFY(qAbs(report.afterOneRound() - (0.7743669168 + 0.1107740428 + 0.7845130366) / 2) < 1e-9);

    const ReadinessReport unreviewed =
        ReadinessCalculator(scheduler).report(guide, {}, Monday.addDays(10), Monday);
    QCOMPARE(unreviewed.overall, 0.0);
}

void InterviewDateTest::listReachesTargetOrIsEverything_data()
{
    QTest::addColumn<int>("reviewedDaysBefore"); // when the reviewed half was last seen
    QTest::addColumn<int>("daysToInterview");
    QTest::addColumn<bool>("reachable");
    QTest::newRow("reviewed yesterday, interview tomorrow") << 1 << 1 << true;
    QTest::newRow("reviewed today, interview tomorrow") << 0 << 1 << true;
    QTest::newRow("interview in a month: out of reach") << 1 << 30 << false;
}

void InterviewDateTest::listReachesTargetOrIsEverything()
{
    QFETCH(int, reviewedDaysBefore);
    QFETCH(int, daysToInterview);
    QFETCH(bool, reachable);
    const ReviewScheduler scheduler;
    const Guide guide = twoCategoryGuide(10);
    const QDate today = Monday;
    QList<ReviewSchedule> schedules;
    for (int i = 0; i < 10; ++i)
        schedules.append(goodOn(scheduler, QStringLiteral("technical%1").arg(i),
                                MondayEvening.addDays(-reviewedDaysBefore)));
    const ReadinessReport report = ReadinessCalculator(scheduler).report(
        guide, schedules, today.addDays(daysToInterview), today);
    QCOMPARE(report.targetReachable, reachable);
    double reached = report.overall * report.questions.size();
    for (const QuestionReadiness& question : report.toReachTarget)
        reached += question.gain;
    reached /= report.questions.size();
    if (reachable) {
        QVERIFY(reached >= 0.9 - 1e-9);
        // The shortest: one fewer falls short.
        reached -= report.toReachTarget.last().gain / report.questions.size();
        QVERIFY(reached < 0.9);
    } else {
        QCOMPARE(report.toReachTarget.size(), report.questions.size());
    }
    for (int i = 1; i < report.toReachTarget.size(); ++i)
        QVERIFY(report.toReachTarget[i - 1].gain >= report.toReachTarget[i].gain);
}

void InterviewDateTest::finalWeekPutsTheWeakestFirst()
{
    const ReviewScheduler scheduler;
    const Guide guide = twoCategoryGuide(2);
    const QList<ReviewSchedule> schedules{
        goodOn(scheduler, QStringLiteral("technical0"), MondayEvening.addDays(-6)),
        goodOn(scheduler, QStringLiteral("technical1"), MondayEvening)};
    const QDate interview = Monday.addDays(7);
    const ReadinessCalculator calculator(scheduler);
    const QList<QuestionReadiness> weakest =
        finalWeekQuestions(calculator.report(guide, schedules, interview, Monday));
    QCOMPARE(weakest.size(), 4);
    QCOMPARE(weakest[0].recallOnTheDay, 0.0);
    QCOMPARE(weakest[1].recallOnTheDay, 0.0);
    QCOMPARE(weakest[2].question.questionKey, QStringLiteral("technical0"));
    QCOMPARE(weakest[3].question.questionKey, QStringLiteral("technical1"));
    QVERIFY(finalWeekQuestions(calculator.report(guide, schedules, interview, Monday.addDays(-1)))
                .isEmpty());
}

QTEST_GUILESS_MAIN(InterviewDateTest)
#include "tst_interview_date.moc"
