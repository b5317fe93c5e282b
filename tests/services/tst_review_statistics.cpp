// The Progress screen's figures with a fixed clock: reviews per day counted
// on the candidate's own calendar (the log stores UTC), the streak, the due
// forecast with overdue reviews on today, and the same read from a real
// SQLite file through ProgressStatisticsService.
#include "VerifyOk.h"
#include "model/Guide.h"
#include "services/PracticeService.h"
#include "services/ProgressStatisticsService.h"
#include "services/ReviewStatistics.h"
#include "services/StudyData.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ip;
using statistics::DayCount;

namespace {

const QString GuideKey = QStringLiteral("machine-learning-engineer");
const QString OtherGuideKey = QStringLiteral("data-engineer");
// Tuesday 1 December 2026, evening in UTC.
const QDate Today(2026, 12, 1);
const QDateTime Now(Today, QTime(20, 0), QTimeZone::utc());
// Fixed offsets: the tests need no time zone database.
const QTimeZone NewYork(-5 * 3600);
const QTimeZone Auckland(13 * 3600);

QDateTime utc(int day, int hour, int minute = 0)
{
    // Days of December 2026 (0 and below reach back into November).
    return QDateTime(QDate(2026, 12, 1).addDays(day - 1), QTime(hour, minute), QTimeZone::utc());
}

QList<QDate> days(std::initializer_list<int> offsetsFromToday)
{
    QList<QDate> list;
    for (int offset : offsetsFromToday)
        list.append(Today.addDays(offset));
    return list;
}

ReviewSchedule dueAt(const QDateTime& due, const QString& key = QStringLiteral("q"))
{
    ReviewSchedule schedule;
    schedule.guideKey = GuideKey;
    schedule.questionKey = key;
    schedule.dueAt = due;
    schedule.reviews = 1;
    return schedule;
}

Guide guideOf(int questions)
{
    Guide guide;
    guide.key = GuideKey;
    guide.categories = {QStringLiteral("Technical")};
    for (int i = 0; i < questions; ++i) {
        Question question;
        question.key = QStringLiteral("q%1").arg(i);
        question.category = QStringLiteral("Technical");
        guide.questions.append(question);
    }
    return guide;
}

} // namespace

class ReviewStatisticsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reviewsPerDayOnTheLocalCalendar_data();
    void reviewsPerDayOnTheLocalCalendar();
    void rangeHasEveryDayOnce();
    void streak_data();
    void streak();
    void forecast_data();
    void forecast();
    void summaryNamesTheBusiestDay();
    void activityFromARealLog();
    void longStreakReadsOlderLog();
    void forecastAndRecallFromStoredSchedules();
    void studyDataOffersTheStatistics();
};

void ReviewStatisticsTest::reviewsPerDayOnTheLocalCalendar_data()
{
    QTest::addColumn<QList<QDateTime>>("times");
    QTest::addColumn<QTimeZone>("zone");
    // Counts of 29 and 30 November, 1 December.
    QTest::addColumn<QList<int>>("expected");

    const QList<QDateTime> aroundMidnight{utc(1, 2), utc(1, 3), utc(1, 12), utc(0, 23)};
    QTest::newRow("UTC: by the UTC date") << aroundMidnight << QTimeZone::utc() << QList{0, 1, 3};
    // 02:00 and 03:00 UTC are the evening before in New York.
    QTest::newRow("New York: early UTC hours are the day before")
        << aroundMidnight << NewYork << QList{0, 3, 1};
    // 23:00 UTC on 30 November is noon on 1 December in Auckland; 12:00 UTC
    // on 1 December is already 2 December there, outside the range.
    QTest::newRow("Auckland: late UTC hours are the day after")
        << aroundMidnight << Auckland << QList{0, 0, 3};
    QTest::newRow("outside the range left out")
        << QList<QDateTime>{utc(-5, 12), utc(-1, 12), utc(2, 12)} << QTimeZone::utc()
        << QList{1, 0, 0};
    QTest::newRow("no reviews: zeros") << QList<QDateTime>{} << QTimeZone::utc() << QList{0, 0, 0};
}

void ReviewStatisticsTest::reviewsPerDayOnTheLocalCalendar()
{
    QFETCH(QList<QDateTime>, times);
    QFETCH(QTimeZone, zone);
    QFETCH(QList<int>, expected);
    const QList<DayCount> counted =
        statistics::reviewsPerDay(times, Today.addDays(-2), Today, zone);
    QList<int> counts;
    for (const DayCount& day : counted)
        counts.append(day.count);
    QCOMPARE(counts, expected);
}

void ReviewStatisticsTest::rangeHasEveryDayOnce()
{
    // The heat map's twelve weeks, across the end of a month.
    const QList<DayCount> range = statistics::reviewsPerDay({}, Today.addDays(-83), Today, NewYork);
    QCOMPARE(range.size(), 84);
    QCOMPARE(range.first().day, QDate(2026, 9, 9));
    QCOMPARE(range.last().day, Today);
    for (qsizetype i = 1; i < range.size(); ++i)
        QCOMPARE(range.at(i - 1).day.daysTo(range.at(i).day), 1);
    QVERIFY(statistics::reviewsPerDay({utc(1, 1)}, Today, Today.addDays(-1), NewYork).isEmpty());
}

void ReviewStatisticsTest::streak_data()
{
    QTest::addColumn<QList<QDate>>("reviewDays");
    QTest::addColumn<int>("expected");
    QTest::newRow("nothing") << QList<QDate>{} << 0;
    QTest::newRow("today only") << days({0}) << 1;
    QTest::newRow("today and the two days before") << days({0, -1, -2}) << 3;
    QTest::newRow("not yet today: up to yesterday") << days({-1, -2, -3, -4}) << 4;
    QTest::newRow("a gap ends it") << days({0, -1, -3, -4, -5}) << 2;
    QTest::newRow("last review two days ago: broken") << days({-2, -3}) << 0;
    QTest::newRow("repeats and any order") << days({-2, 0, -1, 0, -1, -2}) << 3;
    QTest::newRow("a future day does not count") << days({1, 2}) << 0;
}

void ReviewStatisticsTest::streak()
{
    QFETCH(QList<QDate>, reviewDays);
    QFETCH(int, expected);
    QCOMPARE(statistics::currentStreak(reviewDays, Today), expected);
}

void ReviewStatisticsTest::forecast_data()
{
    QTest::addColumn<QList<QDateTime>>("dueTimes");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QList<int>>("expected"); // today and the next three days

    QTest::newRow("overdue and due now count on today")
        << QList<QDateTime>{utc(-30, 0), utc(-1, 0), Now} << QTimeZone::utc() << QList{3, 0, 0, 0};
    QTest::newRow("later today counts on today")
        << QList<QDateTime>{utc(1, 23, 59)} << QTimeZone::utc() << QList{1, 0, 0, 0};
    QTest::newRow("each day its own")
        << QList<QDateTime>{utc(2, 0), utc(2, 0), utc(3, 0), utc(4, 0)} << QTimeZone::utc()
        << QList{0, 2, 1, 1};
    QTest::newRow("past the last day left out")
        << QList<QDateTime>{utc(5, 0), utc(40, 0)} << QTimeZone::utc() << QList{0, 0, 0, 0};
    // Midnight UTC of 3 December is the evening of the 2nd in New York (and
    // 'now', 20:00 UTC, is 15:00 there, still the 1st).
    QTest::newRow("New York: UTC midnights are the evening before")
        << QList<QDateTime>{utc(3, 0), utc(4, 0)} << NewYork << QList{0, 1, 1, 0};
    // In Auckland 'now' is already 2 December, 09:00: that is today.
    QTest::newRow("Auckland: today is the next day")
        << QList<QDateTime>{utc(1, 21), utc(3, 0)} << Auckland << QList{1, 1, 0, 0};
    QTest::newRow("never reviewed has no due time")
        << QList<QDateTime>{QDateTime()} << QTimeZone::utc() << QList{0, 0, 0, 0};
}

void ReviewStatisticsTest::forecast()
{
    QFETCH(QList<QDateTime>, dueTimes);
    QFETCH(QTimeZone, zone);
    QFETCH(QList<int>, expected);
    QList<ReviewSchedule> schedules;
    for (const QDateTime& due : dueTimes)
        schedules.append(dueAt(due));
    const QList<DayCount> forecast = statistics::dueForecast(schedules, Now, 4, zone);
    QList<int> counts;
    for (const DayCount& day : forecast)
        counts.append(day.count);
    QCOMPARE(counts, expected);
    QCOMPARE(forecast.first().day, Now.toTimeZone(zone).date());
}

void ReviewStatisticsTest::summaryNamesTheBusiestDay()
{
    const QList<DayCount> range{
        {Today.addDays(-3), 2}, {Today.addDays(-2), 5}, {Today.addDays(-1), 0}, {Today, 5}};
    const statistics::DayCountSummary summary = statistics::summarize(range);
    QCOMPARE(summary.total, 12);
    QCOMPARE(summary.activeDays, 3);
    QVERIFY(summary.busiest.has_value());
    // The earliest of two equal days.
    QCOMPARE(summary.busiest->day, Today.addDays(-2));
    QCOMPARE(summary.busiest->count, 5);
    QVERIFY(!statistics::summarize({{Today, 0}}).busiest.has_value());
}

namespace {

// A real database file with a review log written the way practice writes it.
struct StoredLog {
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<ReviewRepository> reviews;
    std::unique_ptr<PracticeService> practice;
    std::unique_ptr<ProgressStatisticsService> statistics;

    explicit StoredLog(const QTimeZone& zone)
    {
        auto opened = Database::open(dir.path());
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        database = std::move(opened).value();
        reviews = std::make_unique<ReviewRepository>(*database);
        practice = std::make_unique<PracticeService>(*database, *reviews);
        statistics = std::make_unique<ProgressStatisticsService>(*reviews, *practice, zone);
    }

    Result<ReviewSchedule> grade(const QString& guide, const QString& question, const QDateTime& at,
                                 ReviewGrade grade = ReviewGrade::Good)
    {
        return practice->record({guide, question}, grade, 20, at);
    }
};

} // namespace

void ReviewStatisticsTest::activityFromARealLog()
{
    StoredLog log(NewYork);
    // 30 November 23:30 New York time is 04:30 UTC on 1 December.
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q0"), utc(1, 4, 30)));
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q1"), utc(1, 4, 31)));
    // 1 December, morning and afternoon in New York.
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q2"), utc(1, 14)));
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q0"), utc(1, 19)));
    // 29 November in New York.
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q3"), utc(-1, 15)));
    // Another guide's reviews are not this guide's practice.
    IP_VERIFY_OK(log.grade(OtherGuideKey, QStringLiteral("p"), utc(1, 15)));
    IP_VERIFY_OK(log.grade(OtherGuideKey, QStringLiteral("p"), utc(-3, 15)));
    // After 'now' (a review given with --at in the future) is not counted.
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q4"), utc(2, 12)));

    const auto activity = log.statistics->activity(GuideKey, Now, 84);
    IP_VERIFY_OK(activity);
    QCOMPARE(activity->days.size(), 84);
    QCOMPARE(activity->days.last(), (DayCount{Today, 2}));
    QCOMPARE(activity->days.at(82), (DayCount{Today.addDays(-1), 2}));
    QCOMPARE(activity->days.at(81), (DayCount{Today.addDays(-2), 1}));
    QCOMPARE(statistics::summarize(activity->days).total, 5);
    QCOMPARE(activity->streak, 3);

    // The range starts at the first day's local midnight: two days ending
    // today leave 29 November out, and the streak is still read whole.
    const auto twoDays = log.statistics->activity(GuideKey, Now, 2);
    IP_VERIFY_OK(twoDays);
    QCOMPARE(twoDays->days, (QList<DayCount>{{Today.addDays(-1), 2}, {Today, 2}}));
    QCOMPARE(twoDays->streak, 3);

    // A guide without reviews.
    const auto none = log.statistics->activity(QStringLiteral("nobody"), Now, 7);
    IP_VERIFY_OK(none);
    QCOMPARE(statistics::summarize(none->days).total, 0);
    QCOMPARE(none->streak, 0);
}

void ReviewStatisticsTest::longStreakReadsOlderLog()
{
    StoredLog log(QTimeZone::utc());
    // A review every day for 100 days up to yesterday.
    for (int day = 100; day >= 1; --day)
        IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q%1").arg(day % 7),
                               Now.addDays(-day).addSecs(-3600)));
    const auto activity = log.statistics->activity(GuideKey, Now, 84);
    IP_VERIFY_OK(activity);
    QCOMPARE(activity->days.last().count, 0);
    QCOMPARE(statistics::summarize(activity->days).activeDays, 83);
    QCOMPARE(activity->streak, 100);
}

void ReviewStatisticsTest::forecastAndRecallFromStoredSchedules()
{
    StoredLog log(QTimeZone::utc());
    const Guide guide = guideOf(4);
    // Good as a first review: FSRS-6 gives 2 days (stability 2.3065), due
    // at the start of 3 December. Easy: 8 days (8.2956), 9 December.
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q0"), utc(1, 9)));
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q1"), utc(1, 9), ReviewGrade::Easy));
    // Good four weeks ago: long overdue, counted today.
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("q2"), utc(1, 9).addDays(-28)));
    // Not in the guide any more: left out.
    IP_VERIFY_OK(log.grade(GuideKey, QStringLiteral("gone"), utc(1, 9)));

    const auto forecast = log.statistics->dueForecast(guide, Now, 14);
    IP_VERIFY_OK(forecast);
    QCOMPARE(forecast->size(), 14);
    QList<int> counts;
    for (const DayCount& day : *forecast)
        counts.append(day.count);
    QCOMPARE(counts, (QList{1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0}));
    QCOMPARE(forecast->at(2).day, QDate(2026, 12, 3));

    // Recall today: just reviewed is 1, never reviewed 0; q2, 28 days after
    // a 2.3065-day stability, is FSRS-6's R(28, 2.3065).
    const auto today = log.statistics->recallOn(guide, Today, Today);
    IP_VERIFY_OK(today);
    QCOMPARE(today->questions.size(), 4);
    QCOMPARE(today->questions.at(0).recallOnTheDay, 1.0);
    QCOMPARE(today->questions.at(3).recallOnTheDay, 0.0);
    const double q2 = today->questions.at(2).recallOnTheDay;
    QVERIFY2(q2 > 0.3 && q2 < 0.75, qPrintable(QString::number(q2)));
    QVERIFY(qAbs(today->overall - (2.0 + q2) / 4.0) < 1e-12);
    QCOMPARE(today->categories.size(), 1);
    QVERIFY(qAbs(today->categories.first().readiness - today->overall) < 1e-12);
}

void ReviewStatisticsTest::studyDataOffersTheStatistics()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    const QDateTime justNow = QDateTime::currentDateTimeUtc().addSecs(-60);
    IP_VERIFY_OK((*data)->practice().record({GuideKey, QStringLiteral("q0")}, ReviewGrade::Good, 5,
                                            justNow));
    ProgressStatisticsService& service = (*data)->statistics();
    QCOMPARE(service.timeZone(), QTimeZone::systemTimeZone());
    const auto activity = service.activity(GuideKey, justNow.addSecs(30), 84);
    IP_VERIFY_OK(activity);
    QCOMPARE(activity->days.last().count, 1);
    QCOMPARE(activity->streak, 1);
}

QTEST_GUILESS_MAIN(ReviewStatisticsTest)
#include "tst_review_statistics.moc"
