// The Progress screen on a real database in a temporary folder: grades
// recorded through the practice service at set times show up as the streak,
// the heat map's days (each day's tooltip says its count), the due forecast
// and the recall bars; the interview date set from the screen's button turns
// the bars into readiness for the day; the checklist's required items and
// overdue ones are counted; the keys reach every chart.
//
// With IP_PROGRESS_SCREENSHOTS=DIR, grabScreens also writes PNGs of the
// screen with a few weeks of generated history, light and dark, at the
// sizes it has in a 1024x600 and a 1280x800 window.
#include "../stories/ModalDialog.h"
#include "ScreenFixture.h"
#include "StudyContext.h"
#include "VerifyOk.h"
#include "services/InterviewDateService.h"
#include "services/MockInterviewService.h"
#include "services/PracticeService.h"
#include "services/ProgressStatisticsService.h"
#include "services/RequirementProgressService.h"
#include "services/RequirementProgressSummary.h"
#include "services/StudyData.h"
#include "ui/practice/InterviewDateDialog.h"
#include "ui/progress/ChartCaption.h"
#include "ui/progress/DueForecastChart.h"
#include "ui/progress/MockHistoryView.h"
#include "ui/progress/ProgressScreen.h"
#include "ui/progress/ReadinessBars.h"
#include "ui/progress/ReviewHeatMap.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <numeric>

using namespace ip;

namespace {

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

QString longDay(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

// A time on a day `daysAgo` before today, local time; for today, a little
// before now (but never before today's midnight).
QDateTime localTime(int daysAgo, int secondsBeforeNow = 60)
{
    const QDate today = QDate::currentDate();
    if (daysAgo > 0)
        return QDateTime(today.addDays(-daysAgo), QTime(12, 0));
    const QDateTime earlier = QDateTime::currentDateTime().addSecs(-secondsBeforeNow);
    return earlier.date() == today ? earlier : today.startOfDay().addSecs(secondsBeforeNow);
}

// What the mouse would show over a part of a chart.
QString toolTipAt(QWidget* chart, const QPoint& point)
{
    QHelpEvent help(QEvent::ToolTip, point, chart->mapToGlobal(point));
    QApplication::sendEvent(chart, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

QList<int> countsOf(const QList<statistics::DayCount>& days)
{
    QList<int> counts;
    for (const statistics::DayCount& day : days)
        counts.append(day.count);
    return counts;
}

struct Fixture {
    explicit Fixture(const QString& dataDir, const QString& guide = TypicalGuide)
        : context(std::make_unique<StudyContext>(dataDir, guide))
    {
    }

    // Shown the way the window shows a screen.
    void show(QSize size = QSize(1000, 600))
    {
        screen = std::make_unique<ProgressScreen>(*context);
        screen->resize(size);
        screen->show();
        screen->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(screen.get()));
    }

    QuestionRef ref(int row) const
    {
        return {context->guide().key, context->guide().questions.at(row).key};
    }
    PracticeService& practice() const { return context->data()->practice(); }
    Result<ReviewSchedule> grade(int row, ReviewGrade grade, const QDateTime& at) const
    {
        return practice().record(ref(row), grade, 25, at.toUTC());
    }

    std::unique_ptr<StudyContext> context;
    std::unique_ptr<ProgressScreen> screen;
};

} // namespace

class ProgressScreenTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }
    void cleanup() { QToolTip::hideText(); }
    void freshGuideShowsNothingYet();
    void gradesMakeTheStreakHeatMapAndForecast();
    void recallTodayBarsFollowTheGrades();
    void interviewDateFromTheButtonShowsReadiness();
    void pastInterviewShowsTheRecallOfToday();
    void requiredItemsDoneAndOverdue();
    void figuresAreReadAgainWhenShown();
    void mockHistoryIsListedNewestFirst();
    void finishedMockInterviewsAreListed();
    void tabReachesEveryChartAndKeysReadTheDays();
    void nothingToReadWithoutADatabase();
    void grabScreens();

private:
    QString dataDir() const { return m_temp->path(); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void ProgressScreenTest::freshGuideShowsNothingYet()
{
    Fixture f(dataDir());
    f.show();
    ProgressScreen* screen = f.screen.get();
    QCOMPARE(screen->countdownLabel()->text(), QStringLiteral("No interview date set"));
    QVERIFY(screen->interviewDateButton()->isVisible());
    QVERIFY(screen->interviewDateButton()->isEnabled());
    QCOMPARE(screen->interviewDateButton()->text(), QStringLiteral("Set Interview Date…"));

    // Without a date: the recall of today, said so, every question at 0.
    QCOMPARE(screen->readinessHeading()->text(), QStringLiteral("Recall today"));
    const QList<ReadinessBar>& bars = screen->readinessBars()->bars();
    QCOMPARE(bars.size(), 1 + f.context->guide().categories.size());
    QCOMPARE(bars.first().label, QStringLiteral("Overall"));
    for (const ReadinessBar& bar : bars)
        QCOMPARE(bar.value, 0.0);
    QVERIFY(screen->readinessHeading()->toolTip().contains(QStringLiteral("unreviewed questions "
                                                                          "count 0")));
    QCOMPARE(screen->readinessAdvice()->text(),
             QStringLiteral("Set an interview date to see how ready you will be on the day."));

    QCOMPARE(screen->streakLabel()->text(),
             QStringLiteral("No streak yet: a review today starts one."));
    QCOMPARE(screen->heatMap()->days().last().day, QDate::currentDate());
    QCOMPARE(screen->heatMap()->accessibleDescription(),
             QStringLiteral("No reviews in the last 12 weeks. No streak yet: a review today "
                            "starts one."));
    QCOMPARE(countsOf(screen->forecastChart()->days()), QList<int>(14, 0));
    QCOMPARE(screen->forecastChart()->accessibleDescription(),
             QStringLiteral("Nothing due in the next 14 days"));

    QVERIFY(screen->mockHistory()->emptyLabel()->isVisible());
    QVERIFY(screen->mockHistory()->emptyLabel()->text().startsWith(
        QStringLiteral("No mock interviews yet")));
    QVERIFY(!screen->mockHistory()->list()->isVisible());
}

void ProgressScreenTest::gradesMakeTheStreakHeatMapAndForecast()
{
    Fixture f(dataDir());
    // Five days ago, two days ago, yesterday twice, today three times.
    IP_VERIFY_OK(f.grade(0, ReviewGrade::Good, localTime(5)));
    IP_VERIFY_OK(f.grade(1, ReviewGrade::Good, localTime(2)));
    IP_VERIFY_OK(f.grade(2, ReviewGrade::Hard, localTime(1)));
    IP_VERIFY_OK(f.grade(3, ReviewGrade::Good, localTime(1).addSecs(600)));
    IP_VERIFY_OK(f.grade(2, ReviewGrade::Good, localTime(0, 180)));
    IP_VERIFY_OK(f.grade(3, ReviewGrade::Easy, localTime(0, 120)));
    IP_VERIFY_OK(f.grade(4, ReviewGrade::Again, localTime(0, 60)));
    f.show();
    ProgressScreen* screen = f.screen.get();
    const QDate today = QDate::currentDate();

    // Today, yesterday and the day before; three days ago had none.
    QCOMPARE(screen->streakLabel()->text(), QStringLiteral("Current streak: 3 days"));

    ReviewHeatMap* map = screen->heatMap();
    QCOMPARE(map->days().last().day, today);
    QCOMPARE(map->days().first().day.dayOfWeek(), QLocale().firstDayOfWeek());
    QVERIFY(map->days().size() > 77 && map->days().size() <= 84);
    const QString summary =
        QStringLiteral("Reviews in the last 12 weeks: 7 on 4 days; most on %1: 3")
            .arg(QLocale().toString(today, QStringLiteral("d MMMM")));
    QVERIFY2(map->accessibleDescription().startsWith(summary),
             qPrintable(map->accessibleDescription()));
    QCOMPARE(screen->heatMapCaption()->text(), summary);

    // Each day's square says its count under the mouse.
    const QDate yesterday = today.addDays(-1);
    QVERIFY(!map->cellRect(yesterday).isEmpty());
    QCOMPARE(toolTipAt(map, map->cellRect(yesterday).center()),
             longDay(yesterday) + QStringLiteral(": 2 reviews"));
    QCOMPARE(toolTipAt(map, map->cellRect(today.addDays(-2)).center()),
             longDay(today.addDays(-2)) + QStringLiteral(": 1 review"));
    QCOMPARE(toolTipAt(map, map->cellRect(today.addDays(-3)).center()),
             longDay(today.addDays(-3)) + QStringLiteral(": no reviews"));
    QCOMPARE(map->dayText(today), longDay(today) + QStringLiteral(": 3 reviews"));
    // The busiest day has the deepest colour; a day without any the palest.
    QCOMPARE(map->levelOf(3), 4);
    QCOMPARE(map->levelOf(0), 0);
    QVERIFY(map->levelOf(1) < map->levelOf(2));
    // Days after today are not drawn.
    QVERIFY(map->cellRect(today.addDays(1)).isEmpty());

    // The forecast is the service's: every graded question comes due within
    // two weeks (the longest interval here is Easy's 8 days), the one
    // graded Good five days ago overdue, so on today.
    DueForecastChart* forecast = screen->forecastChart();
    const auto expected = f.context->data()->statistics().dueForecast(
        f.context->guide(), QDateTime::currentDateTime(), 14);
    IP_VERIFY_OK(expected);
    QCOMPARE(forecast->days(), *expected);
    QCOMPARE(forecast->days().first().day, today);
    const QList<int> counts = countsOf(forecast->days());
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0), 5);
    QVERIFY(counts.first() >= 2); // Again today and the overdue one
    QVERIFY2(forecast->accessibleDescription().startsWith(
                 QStringLiteral("Reviews due in the next 14 days: 5; today %1 (overdue included)")
                     .arg(counts.first())),
             qPrintable(forecast->accessibleDescription()));
    QCOMPARE(toolTipAt(forecast, forecast->itemRect(0).center()),
             QStringLiteral("Today, %1: %2 reviews due, overdue ones included")
                 .arg(longDay(today))
                 .arg(counts.first()));
}

void ProgressScreenTest::recallTodayBarsFollowTheGrades()
{
    Fixture f(dataDir());
    const Guide& guide = f.context->guide();
    // Every question of the first category graded today: its recall today
    // is 1; the others were never reviewed and count 0.
    const QString first = guide.categories.first();
    int inFirst = 0;
    for (int row = 0; row < guide.questions.size(); ++row) {
        if (guide.questions.at(row).category != first)
            continue;
        IP_VERIFY_OK(f.grade(row, ReviewGrade::Good, localTime(0, 60 + row)));
        ++inFirst;
    }
    QVERIFY(inFirst > 0);
    f.show();
    const QList<ReadinessBar>& bars = f.screen->readinessBars()->bars();
    QCOMPARE(bars.at(1).label, first);
    QCOMPARE(bars.at(1).value, 1.0);
    for (qsizetype i = 2; i < bars.size(); ++i)
        QCOMPARE(bars.at(i).value, 0.0);
    const double overall = double(inFirst) / double(guide.questions.size());
    QVERIFY(qAbs(bars.first().value - overall) < 1e-12);
    const QString percent = QStringLiteral("%1 %").arg(qRound(overall * 100));
    QVERIFY2(f.screen->readinessBars()->accessibleDescription().startsWith(
                 QStringLiteral("Recall today: Overall %1, %2 100 %").arg(percent, first)),
             qPrintable(f.screen->readinessBars()->accessibleDescription()));
    // The bar's tooltip says the figure and what it means.
    ReadinessBars* chart = f.screen->readinessBars();
    const QString tip = toolTipAt(chart, chart->itemRect(0).center());
    QVERIFY2(tip.startsWith(QStringLiteral("Recall today: %1 over 5 questions\n").arg(percent)),
             qPrintable(tip));
    QCOMPARE(toolTipAt(chart, chart->itemRect(1).center()),
             QStringLiteral("%1: 100 % over %2")
                 .arg(first)
                 .arg(inFirst == 1 ? QStringLiteral("1 question")
                                   : QStringLiteral("%1 questions").arg(inFirst)));
}

void ProgressScreenTest::interviewDateFromTheButtonShowsReadiness()
{
    Fixture f(dataDir());
    f.show();
    ProgressScreen* screen = f.screen.get();
    const QDate today = QDate::currentDate();
    QSignalSpy changed(screen, &ProgressScreen::interviewDateChanged);
    bool asked = false;
    test::onNextModal<InterviewDateDialog>([&](InterviewDateDialog* dialog) {
        asked = true;
        dialog->dateEdit()->setDate(today.addDays(12));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    // From the keyboard: the button has the focus first.
    screen->focusFilter();
    QVERIFY(screen->interviewDateButton()->hasFocus());
    QTest::keyClick(screen->interviewDateButton(), Qt::Key_Space);
    QVERIFY(asked);
    QCOMPARE(changed.size(), 1);
    const auto stored = f.context->data()->interviewDates().date(f.context->guide().key);
    IP_VERIFY_OK(stored);
    QCOMPARE(stored.value(), std::optional<QDate>(today.addDays(12)));

    QString day = longDay(today.addDays(12));
    if (today.addDays(12).year() != today.year())
        day += QLatin1Char(' ') + QString::number(today.addDays(12).year());
    QCOMPARE(screen->countdownLabel()->text(),
             QStringLiteral("Interview in 12 days, on %1").arg(day));
    QCOMPARE(screen->readinessHeading()->text(), QStringLiteral("Readiness for the interview"));
    QCOMPARE(screen->readinessHeading()->toolTip(),
             QStringLiteral("Readiness is the mean predicted recall on the interview day: the "
                            "chance, by FSRS-6, that you remember each answer on that day; "
                            "unreviewed questions count 0."));
    // Nothing reviewed: 0 % ready, and even a review of everything today
    // would not reach 90 % twelve days later: the advice says what one
    // round would give.
    QCOMPARE(screen->readinessBars()->bars().first().value, 0.0);
    QVERIFY2(screen->readinessAdvice()->text().startsWith(
                 QStringLiteral("One review of every question would lift it to ")),
             qPrintable(screen->readinessAdvice()->text()));

    // A grade given meanwhile raises the readiness for the day.
    IP_VERIFY_OK(f.grade(0, ReviewGrade::Easy, localTime(0)));
    screen->hide();
    screen->show();
    QVERIFY(screen->readinessBars()->bars().first().value > 0);

    // Remove Date goes back to the recall of today.
    test::onNextModal<InterviewDateDialog>([&](InterviewDateDialog* dialog) {
        for (QAbstractButton* button : dialog->findChild<QDialogButtonBox*>()->buttons()) {
            if (button->text() == QStringLiteral("&Remove Date"))
                button->click();
        }
    });
    screen->interviewDateButton()->click();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(screen->countdownLabel()->text(), QStringLiteral("No interview date set"));
    QCOMPARE(screen->readinessHeading()->text(), QStringLiteral("Recall today"));
}

void ProgressScreenTest::pastInterviewShowsTheRecallOfToday()
{
    Fixture f(dataDir());
    const QDate today = QDate::currentDate();
    const QDate past = today.addDays(-3);
    IP_VERIFY_OK(f.context->data()->interviewDates().set(f.context->guide().key, past));
    IP_VERIFY_OK(f.grade(0, ReviewGrade::Good, localTime(0)));
    f.show();
    QString day = longDay(past);
    if (past.year() != today.year())
        day += QLatin1Char(' ') + QString::number(past.year());
    QCOMPARE(f.screen->countdownLabel()->text(),
             QStringLiteral("The interview was on %1").arg(day));
    // A day gone by has no readiness to speak of: the recall of today.
    QCOMPARE(f.screen->readinessHeading()->text(), QStringLiteral("Recall today"));
    QCOMPARE(f.screen->readinessBars()->bars().first().value, 1.0 / 5.0);
}

void ProgressScreenTest::requiredItemsDoneAndOverdue()
{
    Fixture f(dataDir());
    const Guide& guide = f.context->guide();
    QList<const Requirement*> required;
    for (const RequirementGroup& group : guide.requirementGroups) {
        for (const Requirement& requirement : group.items) {
            if (requirementTier(requirement.level) == RequirementTier::Required)
                required.append(&requirement);
        }
    }
    QVERIFY(required.size() >= 3);
    RequirementProgressService& progress = f.context->data()->progress();
    const auto save = [&](const Requirement* requirement, RequirementStatus status,
                          std::optional<QDate> target) {
        RequirementProgress entry;
        entry.guideKey = guide.key;
        entry.requirementKey = requirement->key;
        entry.status = status;
        entry.targetDate = target;
        return progress.save(RequirementProgressService::withStatus(entry, status));
    };
    const QDate today = QDate::currentDate();
    IP_VERIFY_OK(save(required.at(0), RequirementStatus::Done, std::nullopt));
    IP_VERIFY_OK(save(required.at(1), RequirementStatus::InProgress, today.addDays(-3)));
    IP_VERIFY_OK(save(required.at(2), RequirementStatus::Planned, today.addDays(30)));
    f.show();
    QCOMPARE(f.screen->requiredLabel()->text(),
             QStringLiteral("Required: 1 of %1 done").arg(required.size()));
    QCOMPARE(f.screen->overdueLabel()->text(),
             QStringLiteral("1 overdue: its target date has passed"));
    QVERIFY(f.screen->overdueLabel()->isVisible());

    // A second one past its date.
    IP_VERIFY_OK(save(required.at(2), RequirementStatus::Planned, today.addDays(-1)));
    f.screen->reload();
    QCOMPARE(f.screen->overdueLabel()->text(),
             QStringLiteral("2 overdue: their target dates have passed"));
}

void ProgressScreenTest::figuresAreReadAgainWhenShown()
{
    Fixture f(dataDir());
    f.show();
    QCOMPARE(f.screen->streakLabel()->text(),
             QStringLiteral("No streak yet: a review today starts one."));
    // Practice is shown meanwhile and a grade is given there.
    f.screen->hide();
    IP_VERIFY_OK(f.grade(1, ReviewGrade::Good, localTime(0)));
    f.screen->show();
    QCOMPARE(f.screen->streakLabel()->text(), QStringLiteral("Current streak: 1 day"));
    QCOMPARE(f.screen->heatMap()->days().last().count, 1);
    QCOMPARE(
        std::accumulate(f.screen->forecastChart()->days().cbegin(),
                        f.screen->forecastChart()->days().cend(), 0,
                        [](int sum, const statistics::DayCount& day) { return sum + day.count; }),
        1);
}

void ProgressScreenTest::mockHistoryIsListedNewestFirst()
{
    Fixture f(dataDir());
    f.show();
    const QDateTime monday(QDate(2026, 11, 23), QTime(19, 0));
    f.screen->setMockHistory({{monday, 6, 150.4, 1, 2.5}, {monday.addDays(3), 8, 95, 0, 3.25}});
    MockHistoryView* history = f.screen->mockHistory();
    QVERIFY(!history->emptyLabel()->isVisible());
    QTreeWidget* list = history->list();
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    const QTreeWidgetItem* newest = list->topLevelItem(0);
    QCOMPARE(newest->text(0),
             QLocale().toString(monday.date().addDays(3), QStringLiteral("ddd d MMM yyyy")) +
                 QStringLiteral(", 19:00"));
    QCOMPARE(newest->text(1), QStringLiteral("8"));
    QCOMPARE(newest->text(2), QStringLiteral("1:35"));
    QCOMPARE(newest->text(3), QStringLiteral("0"));
    QCOMPARE(newest->text(4), QLocale().toString(3.25, 'f', 1));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("2:30"));
    // Every row shown without a scroll bar of its own.
    // (The view lays its rows out after a pass of the event loop.)
    QTRY_VERIFY(list->visualItemRect(list->topLevelItem(1)).bottom() < list->viewport()->height());
    QTRY_VERIFY(!list->verticalScrollBar()->isVisible());

    f.screen->setMockHistory({});
    QVERIFY(history->emptyLabel()->isVisible());
    QVERIFY(!list->isVisible());
}

void ProgressScreenTest::finishedMockInterviewsAreListed()
{
    Fixture f(dataDir());
    const Guide& guide = f.context->guide();
    MockInterviewService& mocks = f.context->data()->mockInterviews();
    MockInterviewPlan plan;
    plan.guideKey = guide.key;
    plan.minutes = 30;
    for (int row = 0; row < 3; ++row)
        plan.questions.append({guide.questions.at(row).key, guide.questions.at(row).category,
                               guide.questions.at(row).prompt, 300});
    const QDateTime started = localTime(2);
    // Two questions asked (the second over its five minutes), the third
    // never reached; both graded.
    const auto done = mocks.start(plan, started.toUTC());
    IP_VERIFY_OK(done);
    IP_VERIFY_OK(mocks.answer(done->id, 0, QStringLiteral("outline"), 200));
    IP_VERIFY_OK(mocks.answer(done->id, 1, QStringLiteral("outline"), 340));
    IP_VERIFY_OK(mocks.finish(done->id, started.addSecs(600).toUTC()));
    IP_VERIFY_OK(mocks.grade(done->id, 0, ReviewGrade::Good, started.addSecs(700).toUTC()));
    IP_VERIFY_OK(mocks.grade(done->id, 1, ReviewGrade::Again, started.addSecs(710).toUTC()));
    // One still running is not history yet.
    IP_VERIFY_OK(mocks.start(plan, started.addSecs(3600).toUTC()));

    f.show();
    QTreeWidget* list = f.screen->mockHistory()->list();
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(f.screen->mockHistory()->rows(),
             (QList<MockSummaryRow>{{started.toUTC(), 2, 270, 1, 2.0}}));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("4:30"));
}

void ProgressScreenTest::tabReachesEveryChartAndKeysReadTheDays()
{
    Fixture f(dataDir());
    IP_VERIFY_OK(f.grade(0, ReviewGrade::Good, localTime(7)));
    IP_VERIFY_OK(f.grade(1, ReviewGrade::Good, localTime(0)));
    f.show();
    ProgressScreen* screen = f.screen.get();
    screen->focusFilter();
    QCOMPARE(QApplication::focusWidget(), screen->interviewDateButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), screen->readinessBars());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), screen->heatMap());

    // The keys start on today; the caption reads the day out.
    const QDate today = QDate::currentDate();
    QCOMPARE(screen->heatMapCaption()->text(), longDay(today) + QStringLiteral(": 1 review"));
    QTest::keyClick(screen->heatMap(), Qt::Key_Left); // a week back
    QCOMPARE(screen->heatMapCaption()->text(),
             longDay(today.addDays(-7)) + QStringLiteral(": 1 review"));
    QTest::keyClick(screen->heatMap(), Qt::Key_Down); // the next day
    QCOMPARE(screen->heatMapCaption()->text(),
             longDay(today.addDays(-6)) + QStringLiteral(": no reviews"));

    // A click puts the keys on the day clicked.
    QTest::mouseClick(screen->heatMap(), Qt::LeftButton, {},
                      screen->heatMap()->cellRect(today.addDays(-7)).center());
    QCOMPARE(screen->heatMapCaption()->text(),
             longDay(today.addDays(-7)) + QStringLiteral(": 1 review"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), screen->forecastChart());
    // Leaving the heat map puts its summary back.
    QVERIFY(screen->heatMapCaption()->text().startsWith(QStringLiteral("Reviews in the last 12")));
    QVERIFY(screen->forecastCaption()->text().startsWith(QStringLiteral("Today, ")));
    QTest::keyClick(screen->forecastChart(), Qt::Key_End);
    QVERIFY(screen->forecastCaption()->text().startsWith(longDay(today.addDays(13))));
}

void ProgressScreenTest::nothingToReadWithoutADatabase()
{
    // A file where the data folder should be: the database cannot open.
    const QString blocked = dataDir() + QStringLiteral("/not-a-folder");
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Fixture f(blocked);
    QVERIFY(!f.context->hasStorage());
    f.show();
    QVERIFY(!f.screen->interviewDateButton()->isEnabled());
    QCOMPARE(f.screen->countdownLabel()->text(), QStringLiteral("No interview date set"));
    QVERIFY(f.screen->readinessBars()->bars().isEmpty());
    QCOMPARE(countsOf(f.screen->forecastChart()->days()), QList<int>());
}

namespace {

QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x45));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x60));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa8));
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    return dark;
}

} // namespace

void ProgressScreenTest::grabScreens()
{
    const QString folder = qEnvironmentVariable("IP_PROGRESS_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set IP_PROGRESS_SCREENSHOTS=DIR to write the screenshots");
    QVERIFY(QDir().mkpath(folder));
    {
        // A first start: no date, no reviews, nothing due.
        QTemporaryDir fresh;
        Fixture empty(fresh.path(), QString());
        empty.show(QSize(854, 550));
        QVERIFY(empty.screen->grab().save(
            QDir(folder).filePath(QStringLiteral("progress-1024x600-light-empty.png"))));
    }
    // The shipped guide with five weeks of evenings: most days some
    // questions, a few days off, the last week busier.
    Fixture f(dataDir(), QString());
    const Guide& guide = f.context->guide();
    QRandomGenerator random(11);
    int next = 0;
    for (int daysAgo = 35; daysAgo >= 0; --daysAgo) {
        if (daysAgo != 0 && random.bounded(10) < 2)
            continue;
        const int reviews = daysAgo < 7 ? 8 + random.bounded(14) : 3 + random.bounded(10);
        QDateTime at = daysAgo == 0 ? localTime(0, 3600) : localTime(daysAgo).addSecs(7 * 3600);
        for (int i = 0; i < reviews; ++i) {
            // New questions early on, then the ones already seen again.
            const int row =
                (next < 40 && random.bounded(3) > 0) ? next++ : random.bounded(next + 1);
            const int roll = random.bounded(10);
            const ReviewGrade grade = roll < 1   ? ReviewGrade::Again
                                      : roll < 3 ? ReviewGrade::Hard
                                      : roll < 9 ? ReviewGrade::Good
                                                 : ReviewGrade::Easy;
            IP_VERIFY_OK(f.grade(row % int(guide.questions.size()), grade, at));
            at = at.addSecs(40 + random.bounded(80));
        }
    }
    IP_VERIFY_OK(
        f.context->data()->interviewDates().set(guide.key, QDate::currentDate().addDays(19)));
    const QDateTime evening(QDate::currentDate().addDays(-4), QTime(19, 30));
    const QList<MockSummaryRow> mocks{{evening, 7, 168, 2, 2.6},
                                      {evening.addDays(-6), 6, 204, 3, 2.2}};

    // The screen's room in a window of that size: less the navigation list,
    // the menu bar and the status bar.
    const QList<std::pair<QString, QSize>> sizes{{QStringLiteral("1024x600"), QSize(854, 550)},
                                                 {QStringLiteral("1280x800"), QSize(1110, 750)}};
    const QPalette light = QApplication::palette();
    for (const auto& [name, size] : sizes) {
        for (bool isDark : {false, true}) {
            QApplication::setPalette(isDark ? darkPalette() : light);
            f.show(size);
            f.screen->setMockHistory(mocks);
            QApplication::processEvents();
            const QString file = QDir(folder).filePath(
                QStringLiteral("progress-%1-%2.png").arg(name, isDark ? u"dark" : u"light"));
            QVERIFY(f.screen->grab().save(file));
            // The page below the fold, scrolled to the end.
            auto* scroll = f.screen->findChild<QScrollArea*>();
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            QApplication::processEvents();
            QVERIFY(f.screen->grab().save(
                QString(file).replace(QStringLiteral(".png"), QStringLiteral("-end.png"))));
        }
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(ProgressScreenTest)
#include "tst_progress_screen.moc"
