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
};

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

QTEST_GUILESS_MAIN(AutosaveTimerTest)
#include "tst_autosave_timer.moc"
