// When typed text gets saved: after a pause, and never later than a second
// after the first unsaved keystroke even while the user keeps typing.
#include "ui/AutosaveTimer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ip;

class AutosaveTimerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void savesAfterAPause();
    void continuousTypingIsSavedAnyway();
    void stopCancels();
    void pauseOnTheClockSaves();
    void oneSecondBoundOnTheClock();
    void lateTimerStillSavesOnce();
};

namespace {
// A clock the test moves by hand: what the timer decides depends on it only.
struct FakeClock {
    qint64 now = 1000;
    AutosaveTimer::Clock function()
    {
        return [this] { return now; };
    }
};
} // namespace

void AutosaveTimerTest::savesAfterAPause()
{
    AutosaveTimer timer;
    QSignalSpy due(&timer, &AutosaveTimer::due);
    timer.edited();
    QVERIFY(timer.isPending());
    QCOMPARE(due.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(due.size(), 1, 5000);
    QVERIFY(!timer.isPending());
}

void AutosaveTimerTest::continuousTypingIsSavedAnyway()
{
    AutosaveTimer timer;
    QSignalSpy due(&timer, &AutosaveTimer::due);
    // A keystroke every 100 ms never leaves a 500 ms pause.
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 2500 && due.isEmpty()) {
        timer.edited();
        QTest::qWait(100);
    }
    QVERIFY2(!due.isEmpty(), "nothing was saved during two and a half seconds of typing");
}

void AutosaveTimerTest::stopCancels()
{
    AutosaveTimer timer;
    QSignalSpy due(&timer, &AutosaveTimer::due);
    timer.edited();
    timer.stop();
    QVERIFY(!timer.isPending());
    QTest::qWait(AutosaveTimer::MaxUnsavedMs + 300);
    QCOMPARE(due.size(), 0);
}

void AutosaveTimerTest::pauseOnTheClockSaves()
{
    FakeClock clock;
    AutosaveTimer timer(nullptr, AutosaveTimer::PauseMs, clock.function());
    QSignalSpy due(&timer, &AutosaveTimer::due);
    timer.edited();
    clock.now += AutosaveTimer::PauseMs - 1;
    timer.fireIfDue();
    QCOMPARE(due.size(), 0);
    QVERIFY(timer.isPending());
    clock.now += 1;
    timer.fireIfDue();
    QCOMPARE(due.size(), 1);
    QVERIFY(!timer.isPending());
    timer.fireIfDue(); // nothing left to save
    QCOMPARE(due.size(), 1);
}

void AutosaveTimerTest::oneSecondBoundOnTheClock()
{
    FakeClock clock;
    AutosaveTimer timer(nullptr, AutosaveTimer::PauseMs, clock.function());
    QSignalSpy due(&timer, &AutosaveTimer::due);
    const qint64 first = clock.now;
    // A keystroke every 200 ms never leaves a pause; the save still comes
    // exactly one second after the first unsaved keystroke.
    for (int i = 0; i < 5; ++i) {
        timer.edited();
        QCOMPARE(timer.dueAt(),
                 std::min(clock.now + AutosaveTimer::PauseMs, first + AutosaveTimer::MaxUnsavedMs));
        clock.now += 200;
        timer.fireIfDue();
        if (clock.now < first + AutosaveTimer::MaxUnsavedMs)
            QCOMPARE(due.size(), 0);
    }
    QCOMPARE(clock.now, first + AutosaveTimer::MaxUnsavedMs);
    QCOMPARE(due.size(), 1);
    // The next keystroke starts a new second.
    timer.edited();
    QCOMPARE(timer.dueAt(), clock.now + AutosaveTimer::PauseMs);
}

void AutosaveTimerTest::lateTimerStillSavesOnce()
{
    // A blocked event loop delivers the timer late: the save is then due at
    // once, and is made once.
    FakeClock clock;
    AutosaveTimer timer(nullptr, AutosaveTimer::PauseMs, clock.function());
    QSignalSpy due(&timer, &AutosaveTimer::due);
    timer.edited();
    clock.now += 5000;
    timer.edited();
    QCOMPARE(timer.dueAt(), clock.now - 5000 + AutosaveTimer::MaxUnsavedMs);
    QTRY_COMPARE_WITH_TIMEOUT(due.size(), 1, 5000);
    QVERIFY(!timer.isPending());
}

QTEST_GUILESS_MAIN(AutosaveTimerTest)
#include "tst_autosave_timer.moc"
