// The question browser's practice filters: which schedules count as new,
// due, weak and confident, at the edges of each rule.
#include "services/PracticeStanding.h"

#include <QTest>
#include <QTimeZone>

using namespace ip;

Q_DECLARE_METATYPE(ip::PracticeStandings)

namespace {

const QDateTime Now(QDate(2026, 12, 1), QTime(20, 0), QTimeZone::utc());

ReviewSchedule scheduleWith(double stability, double difficulty, int lapses, qint64 dueInSeconds)
{
    ReviewSchedule schedule;
    schedule.guideKey = QStringLiteral("guide");
    schedule.questionKey = QStringLiteral("guide/question");
    schedule.stability = stability;
    schedule.difficulty = difficulty;
    schedule.lapses = lapses;
    schedule.reviews = lapses + 1;
    schedule.dueAt = Now.addSecs(dueInSeconds);
    schedule.lastReviewedAt = Now.addDays(-3);
    schedule.intervalDays = 3;
    schedule.lastGrade = 3;
    return schedule;
}

} // namespace

class PracticeStandingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void standing_data();
    void standing();
};

void PracticeStandingTest::standing_data()
{
    QTest::addColumn<std::optional<ReviewSchedule>>("schedule");
    QTest::addColumn<PracticeStandings>("expected");
    const qint64 day = 24 * 3600;
    QTest::newRow("never graded") << std::optional<ReviewSchedule>()
                                  << PracticeStandings(PracticeStanding::New);
    QTest::newRow("learned, due later")
        << std::optional(scheduleWith(5, 5, 0, day)) << PracticeStandings();
    QTest::newRow("due this very moment")
        << std::optional(scheduleWith(5, 5, 0, 0)) << PracticeStandings(PracticeStanding::Due);
    QTest::newRow("overdue and lapsed") << std::optional(scheduleWith(2, 5, 1, -day))
                                        << (PracticeStanding::Due | PracticeStanding::Weak);
    QTest::newRow("difficulty just under 7")
        << std::optional(scheduleWith(5, 6.9999, 0, day)) << PracticeStandings();
    QTest::newRow("difficulty 7") << std::optional(scheduleWith(5, 7, 0, day))
                                  << PracticeStandings(PracticeStanding::Weak);
    QTest::newRow("stability just under 21 days")
        << std::optional(scheduleWith(20.999, 3, 0, day)) << PracticeStandings();
    QTest::newRow("stability 21 days") << std::optional(scheduleWith(21, 3, 0, day))
                                       << PracticeStandings(PracticeStanding::Confident);
    QTest::newRow("confident after a lapse, due")
        << std::optional(scheduleWith(40, 4, 2, -1))
        << (PracticeStanding::Due | PracticeStanding::Weak | PracticeStanding::Confident);
}

void PracticeStandingTest::standing()
{
    QFETCH(std::optional<ReviewSchedule>, schedule);
    QFETCH(PracticeStandings, expected);
    QCOMPARE(practiceStandingOf(schedule, Now), expected);
}

QTEST_APPLESS_MAIN(PracticeStandingTest)
#include "tst_practice_standing.moc"
