// The state the command line prints for each question (new, learning,
// review, relearning), read from the schedules real grade sequences leave.
#include "services/ReviewScheduleReplay.h"
#include "services/ReviewScheduler.h"
#include "services/ReviewState.h"

#include <QTest>

using namespace ip;

namespace {

// Reviews as (the day counted from the first review, the grade).
using Steps = QList<std::pair<int, int>>;

std::optional<ReviewSchedule> scheduleAfter(const Steps& steps)
{
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
    QList<ReviewLogEntry> log;
    int sameDay = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto [day, grade] = steps.at(i);
        sameDay = i > 0 && day == steps.at(i - 1).first ? sameDay + 1 : 0;
        log.append({QStringLiteral("g"), QStringLiteral("g/q"),
                    start.addDays(day).addSecs(600 * sameDay), grade, 5});
    }
    return ReviewScheduleReplay(ReviewScheduler()).replay(log);
}

} // namespace

Q_DECLARE_METATYPE(Steps)

class ReviewStateTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void neverGradedIsNew();
    void states_data();
    void states();
    void names();
};

void ReviewStateTest::neverGradedIsNew()
{
    QCOMPARE(reviewStateOf(std::nullopt), ReviewState::New);
    QCOMPARE(reviewStateOf(ReviewSchedule{}), ReviewState::New);
}

void ReviewStateTest::states_data()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<ReviewState>("state");

    QTest::newRow("good once") << Steps{{0, 3}} << ReviewState::Learning;
    QTest::newRow("easy once") << Steps{{0, 4}} << ReviewState::Learning;
    QTest::newRow("again once") << Steps{{0, 1}} << ReviewState::Learning;
    QTest::newRow("good then again the same day") << Steps{{0, 3}, {0, 1}} << ReviewState::Learning;
    QTest::newRow("good on days 0 and 3") << Steps{{0, 3}, {3, 3}} << ReviewState::Review;
    QTest::newRow("good, good, again on day 19")
        << Steps{{0, 3}, {3, 3}, {19, 1}} << ReviewState::Relearning;
    QTest::newRow("a lapse, then again the same day")
        << Steps{{0, 3}, {3, 1}, {3, 1}} << ReviewState::Relearning;
    QTest::newRow("a lapse recalled the next day")
        << Steps{{0, 3}, {3, 1}, {4, 3}} << ReviewState::Review;
    QTest::newRow("good good again hard easy over 3 weeks")
        << Steps{{0, 3}, {2, 3}, {9, 1}, {10, 2}, {21, 4}} << ReviewState::Review;
}

void ReviewStateTest::states()
{
    QFETCH(Steps, steps);
    QFETCH(ReviewState, state);
    QCOMPARE(reviewStateOf(scheduleAfter(steps)), state);
}

void ReviewStateTest::names()
{
    QCOMPARE(reviewStateName(ReviewState::New), QStringLiteral("new"));
    QCOMPARE(reviewStateName(ReviewState::Learning), QStringLiteral("learning"));
    QCOMPARE(reviewStateName(ReviewState::Review), QStringLiteral("review"));
    QCOMPARE(reviewStateName(ReviewState::Relearning), QStringLiteral("relearning"));
}

QTEST_GUILESS_MAIN(ReviewStateTest)
#include "tst_review_state.moc"
